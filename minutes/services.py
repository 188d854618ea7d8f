"""The minutes workflow: the moves a meeting's record makes towards the public, corrections,
and importing a minute pasted from a council's minutes page.

A meeting moves draft → agenda → published → confirmed. Before confirmation a clerk may
step back one stage (published → agenda, agenda → draft); confirmed minutes are the legal
record and never move again. Every move locks the meeting's row, so that two clerks
pressing buttons at once cannot both act on a stage that one of them has already changed.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from actions.models import Action
from minutes import printed_names
from minutes.history import stamp_history
from minutes.importing import ParsedAction, ParsedMeeting, ParsedMinute
from minutes.importing.structure import record_number
from minutes.models import (
    AgendaItem,
    Attendance,
    Correction,
    Decision,
    DeclarationOfInterest,
    DiscussionPoint,
    Meeting,
    Person,
)
from minutes.people import find_or_create_person, split_honorific
from minutes.templatetags.minutes_tags import uk_time

Stage = Meeting.Stage

# (from, to): what the move is called, for messages.
MOVES: dict[tuple[str, str], str] = {
    (Stage.DRAFT, Stage.AGENDA): "Agenda published",
    (Stage.AGENDA, Stage.PUBLISHED): "Draft minutes published",
    (Stage.AGENDA, Stage.DRAFT): "Agenda withdrawn: the meeting is a draft again",
    (Stage.PUBLISHED, Stage.AGENDA): "Minutes withdrawn: only the agenda is public",
}

# The moves that put news out (feeds, alerts), and the field that records when.
NEWS: dict[tuple[str, str], str] = {
    (Stage.DRAFT, Stage.AGENDA): "agenda_published_at",
    (Stage.AGENDA, Stage.PUBLISHED): "minutes_published_at",
}


class WorkflowError(Exception):
    """A move the workflow refuses, with a message for the clerk."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


def move_meeting(*, meeting: Meeting, to: str, user=None) -> Meeting:
    """Move a meeting one stage forward or back (not into confirmation; see confirm_minutes)."""
    with transaction.atomic():
        locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
        here = locked.stage
        _check_move(locked, to)
        locked.stage = to
        locked._change_reason = MOVES[(here, to)]
        fields = ["stage"]
        if (here, to) in NEWS:
            # Published again after a withdrawal, the news goes out again, dated now.
            setattr(locked, NEWS[(here, to)], timezone.now())
            fields.append(NEWS[(here, to)])
        _save(locked, fields, user)
    meeting.stage = locked.stage
    return locked


def check_move(*, meeting: Meeting, to: str) -> None:
    """Raise WorkflowError if the meeting may not move to `to` now: for a page that asks
    before moving. move_meeting checks again under the row lock."""
    _check_move(meeting, to)


def _check_move(meeting: Meeting, to: str) -> None:
    here = meeting.stage
    if to not in Stage.values:
        raise WorkflowError(f"There is no stage called {to!r}.", code="unknown_stage")
    if here == to:
        raise WorkflowError(
            f"The meeting is already at the stage “{Stage(here).label}”.", code="same_stage"
        )
    if here == Stage.CONFIRMED:
        raise WorkflowError(
            "These minutes are confirmed: they are the legal record and cannot go back a stage. "
            "Record any change as a correction, with its reason.",
            code="confirmed_is_final",
        )
    if to == Stage.CONFIRMED:
        raise WorkflowError(
            "Confirm the minutes with the meeting that approved them, who signed them and when.",
            code="confirm_needs_details",
        )
    if (here, to) not in MOVES:
        raise WorkflowError(
            f"A meeting moves one stage at a time: from “{Stage(here).label}” it cannot go "
            f"straight to “{Stage(to).label}”.",
            code="skipped_stage",
        )
    if to == Stage.AGENDA and here == Stage.DRAFT and not meeting.agenda_items.exists():
        raise WorkflowError(
            "Add at least one item to the agenda before publishing it.", code="empty_agenda"
        )
    if to == Stage.PUBLISHED and not meeting.has_started:
        starts = timezone.localtime(meeting.starts_at)
        raise WorkflowError(
            f"Minutes are published once the meeting has started: this one starts on "
            f"{starts:%-d %B %Y} at {uk_time(starts)}.",
            code="not_started",
        )
    if to == Stage.PUBLISHED and meeting.is_cancelled:
        raise WorkflowError(
            "This meeting was cancelled, so it has no minutes to publish.",
            code="cancelled_no_minutes",
        )


def confirm_minutes(
    *,
    meeting: Meeting,
    confirmed_at: Meeting,
    signed_by: Person,
    confirmed_on: datetime.date | None = None,
    user=None,
) -> Meeting:
    """Record that a later meeting approved these minutes as a correct record, and lock them."""
    with transaction.atomic():
        locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if locked.stage == Stage.CONFIRMED:
            raise WorkflowError("These minutes are already confirmed.", code="already_confirmed")
        if locked.stage != Stage.PUBLISHED:
            raise WorkflowError(
                "Publish the draft minutes before confirming them.", code="confirm_unpublished"
            )
        confirmed_on = confirmed_on or confirmed_at.date
        refusal = locked.confirmation_refusal(confirmed_at, confirmed_on)
        if refusal is not None:
            _field, message, code = refusal
            raise WorkflowError(message, code=code)
        locked.stage = Stage.CONFIRMED
        locked.confirmed_at = confirmed_at
        locked.signed_by = signed_by
        locked.confirmed_on = confirmed_on
        locked.minutes_confirmed_at = timezone.now()
        # The record prints everyone it names, and the committee, as they are today.
        locked.printed_names = printed_names.snapshot(locked)
        locked._change_reason = f"Minutes confirmed at the meeting of {confirmed_at.date}"
        fields = [
            "stage",
            "confirmed_at",
            "signed_by",
            "confirmed_on",
            "minutes_confirmed_at",
            "printed_names",
        ]
        _save(locked, fields, user)
    meeting.refresh_from_db()
    return locked


def reprint_names(
    *,
    meeting: Meeting,
    reason: str,
    user=None,
    people: set[int] | frozenset[int] = frozenset(),
    committee: bool = False,
) -> Meeting:
    """After a correction to confirmed minutes, bring how they print names up to date.

    The `people` given (those a correction touched, or whose names the clerk asked to print
    again) and, when asked, the committee are printed as their records now stand; anyone
    the minutes now name who has no printed name yet is added as they now stand; everyone
    else stays as printed on the day. Under the meeting's row lock; the meeting's history
    keeps the change with the correction's reason. Minutes not yet confirmed print names
    live, so for them this does nothing.
    """
    with transaction.atomic():
        locked = Meeting.objects.select_for_update().select_related("committee").get(pk=meeting.pk)
        if not locked.is_locked:
            return locked
        names = printed_names.reprinted(locked, people=set(people), committee=committee)
        if names != locked.printed_names:
            locked.printed_names = names
            stamp_history(locked, user, reason)
            locked.save(update_fields=["printed_names"])
    meeting.printed_names = locked.printed_names
    return locked


def record_correction(
    *, reason: str, user, item: AgendaItem | None = None, meeting: Meeting | None = None
) -> Correction:
    """Log a change to confirmed minutes: to an item's minutes, or to the meeting's own
    details or attendance. The change itself is kept by the records' history."""
    meeting = meeting or item.meeting
    return Correction.objects.create(
        meeting=meeting, item=item, made_by=user, reason=reason.strip()
    )


def _save(meeting: Meeting, fields: list[str], user) -> None:
    if user is not None:
        meeting._history_user = user
    meeting.save(update_fields=fields)


# --- Importing a pasted minute -----------------------------------------------------------------

IMPORT_REASON = "Imported from a pasted minute"
# Honorifics spelled either way, in minutes and in the record.
HONORIFIC_SPELLINGS = [{"cllr", "councillor"}, {"prof", "professor"}]


def _honorific_is(honorific: str) -> Q:
    wanted = honorific.lower()
    spellings = next((s for s in HONORIFIC_SPELLINGS if wanted in s), {wanted})
    condition = Q()
    for spelling in spellings:
        condition |= Q(honorific__iexact=spelling)
    return condition


def match_person(name: str) -> Person | None:
    """The one known person a name in a minute means, or None when no one or several fit.

    "Dennis Skinner" or "Cllr Joy Allen" match that name exactly (a record that gives no
    honorific still fits "Cllr"); "Cllr Allen" matches the one Cllr whose name ends
    "Allen". A name that fits several people matches no one: a wrong speaker in the
    record is worse than a new person the clerk can replace on the minute-taking page.
    """
    honorific, rest = split_honorific(name)
    if not rest:
        return None
    exact = Person.objects.filter(name__iexact=rest)
    if honorific:
        exact = exact.filter(_honorific_is(honorific) | Q(honorific=""))
    found = list(exact)
    if len(found) > 1 and honorific:
        # Cllr Joy Allen and an officer Joy Allen with no honorific: the minute said "Cllr".
        found = [p for p in found if p.honorific] or found
    if len(found) == 1:
        return found[0]
    if found or not honorific or " " in rest:
        return None
    by_surname = list(
        Person.objects.filter(_honorific_is(honorific), name__iendswith=f" {rest}")[:2]
    )
    return by_surname[0] if len(by_surname) == 1 else None


def person_named(name: str) -> Person:
    """The person a name in a minute means: the one match_person finds, or a new person."""
    return match_person(name) or find_or_create_person(name)


def import_minute(
    *,
    meeting: Meeting,
    number: str,
    title: str,
    parsed: ParsedMinute,
    user=None,
) -> AgendaItem:
    """Add a pasted minute to a meeting as a new item, with its points, decisions and actions.

    Holds the meeting's row lock, so that the minutes cannot be confirmed, nor the number
    taken, between the check and the save. Refused (WorkflowError) when the minutes are
    confirmed, the number is taken or there is no title.
    """
    title = title.strip() or parsed.title
    if not title:
        raise WorkflowError("Enter the item’s title: the pasted minute has none.", code="no_title")
    with transaction.atomic():
        locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if locked.is_locked:
            raise WorkflowError(
                f"The minutes of {locked} are confirmed, so they are locked: an item cannot be "
                "imported into them. Choose a meeting whose minutes are not yet confirmed.",
                code="minutes_confirmed",
            )
        if locked.agenda_items.filter(number__iexact=number).exists():
            raise WorkflowError(
                f"Item {number} is already on the agenda of {locked}: choose another number.",
                code="number_taken",
            )
        return create_item_from_minute(
            meeting=locked, number=number, title=title, parsed=parsed, user=user
        )


def create_item_from_minute(
    *,
    meeting: Meeting,
    number: str,
    title: str,
    parsed: ParsedMinute,
    user=None,
    position: int | None = None,
) -> AgendaItem:
    """Create an item and everything minuted under it from a parsed minute, without checks.

    import_minute calls it after its checks, holding the meeting's lock; the demo calls it
    to build a confirmed meeting's record as it stood before confirmation. The item takes
    the next free place on the agenda unless given one. Every action is raised under the
    whole item: a pasted minute does not tie an action to one point.
    """
    people: dict[str, Person] = {}

    def person(name: str) -> Person:
        if name not in people:
            people[name] = person_named(name)
        return people[name]

    with transaction.atomic():
        if position is None:
            top = meeting.agenda_items.aggregate(top=Max("position"))["top"]
            position = (top or 0) + 1
        item = AgendaItem(
            meeting=meeting,
            number=number,
            position=position,
            title=title,
            minute_text=parsed.minute_text,
            introduced_by=person(parsed.introduced_by) if parsed.introduced_by else None,
        )
        _save_imported(item, user)
        for place, parsed_point in enumerate(parsed.points, start=1):
            point = DiscussionPoint(
                item=item, position=place, topic=parsed_point.topic, text=parsed_point.text
            )
            _save_imported(point, user)
            speakers = list(dict.fromkeys(person(name) for name in parsed_point.speakers))
            if speakers:
                point.speakers.set(speakers)
        for place, text in enumerate(parsed.decisions, start=1):
            _save_imported(Decision(item=item, position=place, text=text), user)
        for parsed_action in parsed.actions:
            action = Action(
                item=item,
                description=_action_description(parsed_action),
                owner_label=parsed_action.owner_label[:100],
                due_on=parsed_action.due_date,
            )
            _save_imported(action, user)
    return item


def _action_description(action: ParsedAction) -> str:
    """The action as the record keeps it: a log's own reference and status stay in its words."""
    description = action.description
    if action.reference:
        description = f"{action.reference}: {description}"
    if action.due_text and action.due_date is None:
        description = f"{description} (due {action.due_text})"
    if action.status:
        description = f"{description} – {action.status}"
    return description


# How each list of the parsed register is kept on the meeting's attendance.
REGISTER_KINDS = {
    "present": Attendance.Kind.PRESENT,
    "apologies": Attendance.Kind.APOLOGIES,
    "absent": Attendance.Kind.ABSENT,
    "in_attendance": Attendance.Kind.IN_ATTENDANCE,
    "substitutes": Attendance.Kind.SUBSTITUTE,
}


def import_meeting(*, meeting: Meeting, parsed: ParsedMeeting, user=None) -> list[AgendaItem]:
    """Add pasted or uploaded minutes to a meeting: its items, attendance and declarations.

    One transaction under the meeting's row lock: all of it is saved or none. Each item
    must have its number and title (the clerk has checked them in the preview). Someone
    already on the register keeps their entry; a chair named in the register ("(Chair)")
    becomes the meeting's chair when it has none. A declaration goes under the item it
    names, else under the "Declarations of interest" item, else under the first item.
    """
    with transaction.atomic():
        locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if locked.is_locked:
            raise WorkflowError(
                f"The minutes of {locked} are confirmed, so they are locked: nothing can be "
                "imported into them. Choose a meeting whose minutes are not yet confirmed.",
                code="minutes_confirmed",
            )
        taken = {n.lower() for n in locked.agenda_items.values_list("number", flat=True)}
        for parsed_item in parsed.items:
            parsed_item.number = record_number(parsed_item.number)
            if not parsed_item.number or not parsed_item.title.strip():
                raise WorkflowError("Every item needs its number and title.", code="no_title")
            if parsed_item.number.lower() in taken:
                raise WorkflowError(
                    f"Item {parsed_item.number} is already on the agenda of {locked}: "
                    "choose another number.",
                    code="number_taken",
                )
            taken.add(parsed_item.number.lower())
        items = [
            create_item_from_minute(
                meeting=locked,
                number=parsed_item.number,
                title=parsed_item.title.strip(),
                parsed=parsed_item,
                user=user,
            )
            for parsed_item in parsed.items
        ]
        _import_register(locked, parsed, items, user)
    return items


def _import_register(
    meeting: Meeting, parsed: ParsedMeeting, items: list[AgendaItem], user
) -> None:
    register = parsed.register
    on_register = set(meeting.attendances.values_list("person_id", flat=True))
    for field, kind in REGISTER_KINDS.items():
        for name in getattr(register, field):
            person = person_named(name)
            if person.pk not in on_register:
                Attendance.objects.create(meeting=meeting, person=person, kind=kind)
                on_register.add(person.pk)
    chair = register.roles.get("chair")
    if chair and meeting.chair_id is None:
        meeting.chair = person_named(chair)
        _save(meeting, ["chair"], user)
    if not items:
        return
    by_number = {item.number.lower(): item for item in items}
    declarations_item = next((i for i in items if "declaration" in i.title.lower()), items[0])
    for declaration in register.declarations:
        item = by_number.get(declaration["item"].lower(), declarations_item)
        DeclarationOfInterest.objects.create(
            item=item, person=person_named(declaration["person"]), nature=declaration["nature"]
        )


def _save_imported(obj, user) -> None:
    stamp_history(obj, user, "")
    obj._change_reason = IMPORT_REASON
    obj.save()
