"""The clerks' pages: meetings, attendance, agenda, minute-taking, publishing, corrections."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from django.contrib import messages
from django.db import transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from simple_history.utils import get_m2m_reverse_field_name

from actions.models import Action
from minutes import printed_names
from minutes.caching import CachedCountPaginator
from minutes.clerk import versions
from minutes.clerk.forms import (
    AgendaFormSet,
    ConfirmForm,
    CorrectionForm,
    MeetingForm,
)
from minutes.clerk.minute_taking import MinutesPage, PageError, form_errors
from minutes.clerk.register import Register
from minutes.history import stamp_history
from minutes.models import (
    AgendaItem,
    Decision,
    DiscussionPoint,
    Meeting,
    Person,
    Report,
)
from minutes.roles import clerk_required
from minutes.services import (
    WorkflowError,
    check_move,
    confirm_minutes,
    move_meeting,
    record_correction,
    reprint_names,
)

CLERK_HOME_LENGTH = 20
CLERK_PAGE_LENGTH = 50

STAGE_GROUPS = [
    (Meeting.Stage.DRAFT, "Draft", "Not yet public."),
    (Meeting.Stage.AGENDA, "Agenda published", "The public sees the agenda and its reports."),
    (
        Meeting.Stage.PUBLISHED,
        "Minutes published, awaiting confirmation",
        "Draft minutes are public until a later meeting confirms them.",
    ),
    (Meeting.Stage.CONFIRMED, "Confirmed", "The legal record: a change is a logged correction."),
]


PUBLISHING_MOVES = {
    Meeting.Stage.AGENDA: "Publish the agenda",
    Meeting.Stage.PUBLISHED: "Publish the draft minutes",
}


def publication_preview(meeting: Meeting, to: str) -> dict:
    """What the public will see once the meeting is at stage `to`: counts, and the exempt
    items that stay private. A few counting queries, for one page a clerk opens rarely."""
    items = meeting.agenda_items.all()
    public_items = items.filter(is_exempt=False)
    shown = {
        "items": items.count(),
        "exempt": list(items.filter(is_exempt=True).values_list("number", "title")),
        "reports": Report.objects.filter(item__in=public_items).count(),
    }
    if to == Meeting.Stage.PUBLISHED:
        shown.update(
            minutes=public_items.exclude(minute_text="").count(),
            points=DiscussionPoint.objects.filter(item__in=public_items).count(),
            decisions=Decision.objects.filter(item__in=public_items).count(),
            actions=Action.objects.filter(item__in=public_items).count(),
            attendance=meeting.attendances.count(),
        )
    return shown


def _meeting_for_clerk(pk: int) -> Meeting:
    return get_object_or_404(
        Meeting.objects.select_related("committee", "chair", "confirmed_at", "signed_by"), pk=pk
    )


def _item_for_clerk(pk: int, item_pk: int) -> AgendaItem:
    return get_object_or_404(
        AgendaItem.objects.select_related("meeting__committee"), pk=item_pk, meeting_id=pk
    )


def _posted(request: HttpRequest):
    """The submitted data, or None on a GET (an empty POST still binds, and fails checks)."""
    return request.POST if request.method == "POST" else None


def _crumbs(meeting: Meeting | None = None, *rest: tuple[str, str | None]) -> list:
    crumbs = [("Clerk", reverse("clerk:home"))]
    if meeting is not None:
        crumbs.append((str(meeting), reverse("clerk:meeting", args=[meeting.pk])))
    return [*crumbs, *rest]


# --- Meetings --------------------------------------------------------------------------------


@clerk_required
def home(request: HttpRequest) -> HttpResponse:
    """Meetings by stage: each stage's newest, with its count; ?stage= pages through one.

    Three queries whatever the archive: the counts, the newest of each stage, and nothing
    per meeting. A stage's full list pages on the start-time index.
    """
    counts = dict(
        Meeting.objects.order_by()
        .values_list("stage")
        .annotate(n=Count("pk"))
        .values_list("stage", "n")
    )
    shown = request.GET.get("stage")
    if shown not in Meeting.Stage.values:
        shown = None
    meetings = Meeting.objects.select_related("committee").only(
        "starts_at", "stage", "venue", "is_cancelled", "committee__name"
    )
    groups = []
    for stage, label, hint in STAGE_GROUPS:
        group = {"stage": stage, "label": label, "hint": hint, "count": counts.get(stage, 0)}
        if shown is None or shown == stage:
            of_stage = meetings.filter(stage=stage).order_by("-starts_at", "-pk")
            if shown == stage:
                page = _stage_page(of_stage, group["count"], request.GET.get("page"))
                group.update(meetings=page.object_list, page=page)
            else:
                group["meetings"] = list(of_stage[:CLERK_HOME_LENGTH])
            groups.append(group)
    return render(request, "clerk/home.html", {"groups": groups, "shown": shown})


def _stage_page(meetings, count: int, number):
    paginator = CachedCountPaginator(meetings, CLERK_PAGE_LENGTH)
    paginator.count = count  # already counted with the others: no second count
    return paginator.get_page(number)


@clerk_required
def meeting_create(request: HttpRequest) -> HttpResponse:
    form = MeetingForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        meeting = form.save()
        messages.success(request, f"Meeting added: {meeting}. Now record who attends.")
        return redirect("clerk:meeting", pk=meeting.pk)
    return render(
        request,
        "clerk/meeting_form.html",
        {
            "form": form,
            "errors": form_errors(form) if form.is_bound else [],
            "title": "Add a meeting",
            "crumbs": _crumbs(None, ("Add a meeting", None)),
        },
    )


@clerk_required
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_for_clerk(pk)
    items = meeting.agenda_items.all()
    attendance = meeting.attendances.select_related("person", "substitute_for")
    # Minutes are confirmed at a later meeting: the later meeting's page prompts for it.
    awaiting_confirmation = Meeting.objects.filter(
        committee_id=meeting.committee_id,
        stage=Meeting.Stage.PUBLISHED,
        starts_at__lt=meeting.starts_at,
    ).order_by("-starts_at")[:5]
    return render(
        request,
        "clerk/meeting_detail.html",
        {
            "meeting": meeting,
            "items": items,
            "attendance": attendance,
            "awaiting_confirmation": awaiting_confirmation,
            "unreachable_owners": _unreachable_owners(meeting),
            "crumbs": _crumbs(None, (str(meeting), None)),
            "Stage": Meeting.Stage,
        },
    )


def _unreachable_owners(meeting: Meeting) -> list[Person]:
    """Owners of this meeting's open actions who have no email address for reminders."""
    return list(
        Person.objects.filter(
            actions_owned__item__meeting=meeting,
            actions_owned__status__in=Action.OPEN_STATUSES,
            email="",
        )
        .distinct()
        .order_by("name")
    )


@clerk_required
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit a meeting's details; once its minutes are confirmed, as a correction with a reason."""
    meeting = _meeting_for_clerk(pk)
    data = _posted(request)
    form = MeetingForm(data, instance=meeting)
    correction = CorrectionForm(data, prefix="correction", reprint=REPRINT_DETAILS)
    conflict = None
    if data is not None and form.is_valid() & correction.is_valid():
        with transaction.atomic():
            locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
            conflict = _conflict(request, [MeetingForm(instance=locked)])
            # The details go onto the row as it stands under the lock: the copy read before
            # it may hold a stage or confirmation another clerk has since moved on, which
            # saving it would quietly put back.
            form = MeetingForm(data, instance=locked)
            valid = form.is_valid()
            reprint = correction.reprint_asked()
            reason = _correction_reason(locked, correction, form.has_changed() or reprint)
            if not valid:
                reason = None
            if conflict is None and reason is not None:
                stamp_history(form.instance, request.user, reason)
                form.save()
                if reason:
                    record_correction(meeting=locked, user=request.user, reason=reason)
                    # A new chair is printed as they are now; the box prints all again.
                    people = {form.instance.chair_id} if "chair" in form.changed_data else set()
                    if reprint:
                        people |= {form.instance.chair_id, form.instance.signed_by_id}
                    reprint_names(
                        meeting=locked,
                        people=people,
                        committee=reprint,
                        reason=reason,
                        user=request.user,
                    )
        if conflict is None and reason is not None:
            messages.success(
                request, "Correction recorded." if reason else "Meeting details saved."
            )
            return redirect("clerk:meeting", pk=meeting.pk)
        if conflict is not None:
            form = MeetingForm(conflict.data, instance=locked)
            correction = CorrectionForm(conflict.data, prefix="correction")
    return render(
        request,
        "clerk/meeting_form.html",
        {
            "form": form,
            "correction": correction,
            "meeting": meeting,
            "errors": (form_errors(form) + form_errors(correction)) if form.is_bound else [],
            "title": "Correct the meeting’s details" if meeting.is_locked else "Edit the meeting",
            "crumbs": _crumbs(meeting, ("Edit", None)),
            **_version(request, conflict, lambda: [MeetingForm(instance=_meeting_for_clerk(pk))]),
        },
    )


# Whose names the "print these names as they now stand" box prints again, on each page.
REPRINT_DETAILS = "the committee's name, the chair's and the name of who signed the minutes"
REPRINT_REGISTER = "the name of everyone on the register"


def _correction_reason(meeting: Meeting, correction, changed: bool) -> str | None:
    """The reason to log with a change: "" before confirmation, the clerk's reason after;
    None when confirmed minutes would change without one (the form then says so)."""
    if not (meeting.is_locked and changed):
        return ""
    if not correction.require_reason():
        return None
    return correction.cleaned_data["reason"].strip()


def _conflict(request: HttpRequest, now) -> versions.Conflict | None:
    """Whether the record moved since the page was drawn; call holding the meeting's lock."""
    return versions.check(request.POST, versions.page_data(now), versions.page_labels(now))


def _version(request: HttpRequest, conflict, drawn) -> dict:
    """The page's version and any conflict, for the template.

    A page drawn afresh carries the record's version; one sent back with errors keeps the
    version it was drawn with, so that a save made after someone else's is still caught.
    """
    if conflict is not None:
        token = conflict.token
    elif request.method == "POST" and request.POST.get(versions.VERSION_FIELD):
        token = request.POST[versions.VERSION_FIELD]
    else:
        token = versions.token_for(versions.page_data(drawn()))
    return {"version": token, "conflict": conflict}


# --- Attendance ------------------------------------------------------------------------------


@clerk_required
def attendance(request: HttpRequest, pk: int) -> HttpResponse:
    """Record the register; once the minutes are confirmed, as a correction with a reason."""
    meeting = _meeting_for_clerk(pk)
    data = _posted(request)
    register = Register(meeting, data)
    correction = CorrectionForm(data, prefix="correction", reprint=REPRINT_REGISTER)
    conflict = None
    if data is not None:
        valid = register.is_valid() & correction.is_valid()
        if valid:
            reprint = correction.reprint_asked()
            changed = register.has_changed() or reprint
            with transaction.atomic():
                locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
                conflict = _conflict(request, Register(locked).parts)
                reason = _correction_reason(locked, correction, changed)
                if conflict is None and reason is not None:
                    register.save(user=request.user, reason=reason)
                    if reason:
                        record_correction(meeting=locked, user=request.user, reason=reason)
                        # Whoever the correction put on, took off or changed is printed as
                        # they are now; the box prints everyone on the register again.
                        people = register.touched
                        if reprint:
                            people |= printed_names.people_on_register(locked)
                        reprint_names(
                            meeting=locked, people=people, reason=reason, user=request.user
                        )
            if conflict is None and reason is not None:
                messages.success(request, "Correction recorded." if reason else "Attendance saved.")
                return redirect("clerk:meeting", pk=meeting.pk)
            if conflict is not None:
                register = Register(meeting, conflict.data)
                correction = CorrectionForm(conflict.data, prefix="correction")
        register.errors += form_errors(correction)

    def drawn():
        return Register(_meeting_for_clerk(pk)).parts

    return render(
        request,
        "clerk/attendance.html",
        {
            "meeting": meeting,
            "rows": register.rows,
            "substitutes": register.substitutes,
            "guests": register.guests,
            "correction": correction,
            "errors": register.errors,
            "crumbs": _crumbs(meeting, ("Attendance", None)),
            **_version(request, conflict, drawn),
        },
    )


# --- The agenda ------------------------------------------------------------------------------


@clerk_required
def agenda(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_for_clerk(pk)
    data = request.POST if request.method == "POST" else None
    formset = AgendaFormSet(data, instance=meeting, prefix="items")
    formset.can_delete = not meeting.is_locked
    correction = CorrectionForm(data, prefix="correction")
    errors: list[PageError] = []
    conflict = None
    if data is not None:
        valid = formset.is_valid() & correction.is_valid()
        if valid and meeting.is_locked and formset.has_changed():
            valid = correction.require_reason()
        if valid:
            with transaction.atomic():
                locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
                conflict = _conflict(request, [_agenda_formset(locked)])
                reason = ""
                if conflict is None and locked.is_locked and formset.has_changed():
                    valid = correction.require_reason()
                    reason = correction.cleaned_data.get("reason", "").strip() if valid else ""
                if conflict is None and valid:
                    changed = formset.save_agenda(user=request.user, reason=reason)
                    for item in changed if reason else []:
                        record_correction(item=item, user=request.user, reason=reason)
            if conflict is None and valid:
                messages.success(request, "Agenda saved.")
                return redirect("clerk:agenda", pk=meeting.pk)
            if conflict is not None:
                formset = AgendaFormSet(conflict.data, instance=locked, prefix="items")
                formset.can_delete = not locked.is_locked
                correction = CorrectionForm(conflict.data, prefix="correction")
        if conflict is None:
            for index, form in enumerate(formset.forms, start=1):
                errors += form_errors(form, f"Item row {index}")
            errors += [PageError(m, "items-rows") for m in formset.non_form_errors()]
            errors += form_errors(correction)
    return render(
        request,
        "clerk/agenda.html",
        {
            "meeting": meeting,
            "formset": formset,
            "correction": correction,
            "errors": errors,
            "crumbs": _crumbs(meeting, ("Agenda", None)),
            **_version(request, conflict, lambda: [_agenda_formset(_meeting_for_clerk(pk))]),
        },
    )


def _agenda_formset(meeting: Meeting):
    formset = AgendaFormSet(instance=meeting, prefix="items")
    formset.can_delete = not meeting.is_locked
    return formset


# --- Minute-taking ---------------------------------------------------------------------------


@clerk_required
def item_minutes(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    item = _item_for_clerk(pk, item_pk)
    conflict = None
    if request.method != "POST":
        page = MinutesPage(item)
    elif "add_people" in request.POST:
        page = _add_people(request, item)
    else:
        page = MinutesPage(item, request.POST, request.FILES)

        def stale():
            nonlocal conflict
            conflict = _conflict(request, MinutesPage(_item_for_clerk(pk, item_pk)).parts)
            return conflict is not None

        if page.is_valid() and page.save(user=request.user, stale=stale):
            saved = f"Minutes saved for item {item.number}, {item.title}."
            if page.emails_given:
                names = ", ".join(person.full_name for person in page.emails_given)
                saved += f" Email address kept for {names}, who can now be reminded."
            messages.success(request, saved)
            following = _next_item(item)
            if "save_next" in request.POST and following is not None:
                return redirect("clerk:item_minutes", pk=pk, item_pk=following.pk)
            return redirect("clerk:item_minutes", pk=pk, item_pk=item.pk)
        page.keep_uploads()
        if conflict is not None:
            page = MinutesPage(_item_for_clerk(pk, item_pk), conflict.data, None)
            page.keep_uploads()
            page.show_without_errors()
    return render(
        request,
        "clerk/item_minutes.html",
        {
            "item": item,
            "meeting": item.meeting,
            "page": page,
            "next_item": _next_item(item),
            "crumbs": _crumbs(item.meeting, (f"Item {item.number}", None)),
            **_version(request, conflict, lambda: MinutesPage(_item_for_clerk(pk, item_pk)).parts),
        },
    )


def _next_item(item: AgendaItem) -> AgendaItem | None:
    """The item after this one on the agenda, for "Save and go to the next item"."""
    return (
        AgendaItem.objects.filter(meeting_id=item.meeting_id, position__gt=item.position)
        .order_by("position")
        .only("pk", "number", "title")
        .first()
    )


def _add_people(request: HttpRequest, item: AgendaItem) -> MinutesPage:
    """Add the people typed as new, then redraw the page exactly as typed, nothing saved."""
    page = MinutesPage(item, request.POST, request.FILES)
    if not page.people.is_valid():
        page.errors = []
        for index, form in enumerate(page.people.forms, start=1):
            page.errors += form_errors(form, f"New person {index}")
        return page
    with transaction.atomic():
        added = page.add_people()
    if added:
        names = ", ".join(person.full_name for person in added)
        messages.success(
            request,
            f"Added to the register as in attendance: {names}. Nothing else is saved yet.",
        )
    data = request.POST.copy()
    for key in [k for k in data if k.startswith("people-")]:
        del data[key]
    data.update({"people-TOTAL_FORMS": "1", "people-INITIAL_FORMS": "0"})
    page = MinutesPage(item, data, request.FILES)
    page.keep_uploads()
    page.show_without_errors()
    return page


@clerk_required
def item_history(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    item = _item_for_clerk(pk, item_pk)
    sources = [
        (AgendaItem.history.filter(id=item.pk), "The item", {"position"}),
        (DiscussionPoint.history.filter(item_id=item.pk), "Point", set()),
        (Decision.history.filter(item_id=item.pk), "Decision", {"position"}),
        (Action.history.filter(item_id=item.pk), "Action", {"updated_at", "created_at"}),
    ]
    entries = []
    for history, label, skip in sources:
        records = list(
            history.select_related("history_user").order_by("id", "history_date", "history_id")
        )
        m2m_rows = _m2m_rows(history)
        for record in records:
            record.changes = []
        for older, newer in pairwise(records):
            if older.id != newer.id:
                continue
            # Plain fields are compared in memory; diff_against would run two queries per
            # many-to-many field for every pair of revisions, so those come from m2m_rows.
            delta = newer.diff_against(older, excluded_fields=skip | set(m2m_rows))
            changes = [(c.field, c.old, c.new) for c in delta.changes]
            for field, by_revision in m2m_rows.items():
                old = by_revision.get(older.history_id, [])
                new = by_revision.get(newer.history_id, [])
                if old != new:
                    changes.append((field, old, new))
            newer.changes = sorted(changes, key=lambda change: change[0])
        entries += [_history_entry(record, label) for record in records]
    _name_people(entries)
    entries.sort(key=lambda e: e["when"], reverse=True)
    return render(
        request,
        "clerk/item_history.html",
        {
            "item": item,
            "meeting": item.meeting,
            "entries": entries,
            "corrections": item.corrections.select_related("made_by"),
            "crumbs": _crumbs(item.meeting, (f"Item {item.number}: history", None)),
        },
    )


def _m2m_rows(history) -> dict[str, dict[int, list[dict]]]:
    """Each many-to-many field's rows at every revision in `history`, one query per field.

    The rows are those diff_against compares (a point's speakers: [{"discussionpoint": 4,
    "person": 3}, ...]), keyed by the revision's history_id, in the same order.
    """
    found: dict[str, dict[int, list[dict]]] = {}
    for field in history.model._history_m2m_fields:
        rows_model = getattr(history.model, field.name).model
        compared = [
            f.name
            for f in rows_model._meta.fields
            if f.editable and f.name not in ("id", "m2m_history_id", "history")
        ]
        rows = rows_model.objects.filter(history_id__in=history.values("history_id")).order_by(
            "history_id", get_m2m_reverse_field_name(field)
        )
        by_revision: dict[int, list[dict]] = defaultdict(list)
        for row in rows.values("history_id", *compared):
            by_revision[row.pop("history_id")].append(row)
        found[field.name] = by_revision
    return found


HISTORY_KINDS = {"+": "Added", "~": "Changed", "-": "Removed"}
PERSON_FIELDS = {"introduced_by", "owner", "speakers", "presenter"}


def _history_entry(record, label: str) -> dict:
    model = record.instance_type
    names = {
        f.name: str(f.verbose_name) for f in model._meta.get_fields() if hasattr(f, "verbose_name")
    }
    if label == "Point":
        label = f"Point {record.position}"
    elif label == "Action":
        label = f"Action {record.reference}"
    return {
        "when": record.history_date,
        "who": record.history_user,
        "what": HISTORY_KINDS.get(record.history_type, record.history_type),
        "label": label,
        "reason": record.history_change_reason or "",
        "changes": [
            {"field": field, "label": names.get(field, field).capitalize(), "old": old, "new": new}
            for field, old, new in record.changes
        ],
        "summary": str(record.instance) if record.history_type != "~" else "",
    }


def _name_people(entries: list[dict]) -> None:
    """Show people by name rather than number, looking them all up in one query."""

    def ids(value) -> list[int]:
        if isinstance(value, list):  # many-to-many rows, e.g. [{"person": 3, ...}]
            return [row.get("person") for row in value if isinstance(row, dict)]
        return [value] if isinstance(value, int) else []

    changes = [c for e in entries for c in e["changes"] if c["field"] in PERSON_FIELDS]
    wanted = {pk for c in changes for pk in ids(c["old"]) + ids(c["new"])}
    names = {p.pk: p.full_name for p in Person.objects.filter(pk__in=wanted)}
    for entry in entries:
        for change in entry["changes"]:
            for side in ("old", "new"):
                value = change[side]
                if change["field"] in PERSON_FIELDS:
                    value = ", ".join(names.get(pk, f"person {pk}") for pk in ids(value))
                change[side] = _shown(value)


def _shown(value) -> str:
    if value in (None, ""):
        return "(blank)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    return str(value)


# --- The workflow ------------------------------------------------------------------------------


@require_POST
@clerk_required
def meeting_move(request: HttpRequest, pk: int) -> HttpResponse:
    """Move a meeting to another stage. Publishing asks first, saying what the public will
    then see; stepping back (which hides things again) goes straight through."""
    meeting = _meeting_for_clerk(pk)
    to = request.POST.get("to", "")
    if to in PUBLISHING_MOVES and request.POST.get("confirm") != "yes":
        try:
            check_move(meeting=meeting, to=to)
        except WorkflowError as refusal:
            messages.error(request, refusal.message)
            return redirect("clerk:meeting", pk=meeting.pk)
        return render(
            request,
            "clerk/publish_check.html",
            {
                "meeting": meeting,
                "to": to,
                "heading": PUBLISHING_MOVES[to],
                "shown": publication_preview(meeting, to),
                "crumbs": _crumbs(meeting, (PUBLISHING_MOVES[to], None)),
            },
        )
    try:
        move_meeting(meeting=meeting, to=to, user=request.user)
    except WorkflowError as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, f"{meeting}: now “{meeting.get_stage_display()}”.")
    return redirect("clerk:meeting", pk=meeting.pk)


@clerk_required
def meeting_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_for_clerk(pk)
    # From the later meeting's page, "?at=" names that meeting as the one that approved them.
    form = ConfirmForm(
        _posted(request), meeting=meeting, initial={"confirmed_at": request.GET.get("at")}
    )
    if request.method == "POST" and form.is_valid():
        try:
            confirm_minutes(
                meeting=meeting,
                confirmed_at=form.cleaned_data["confirmed_at"],
                signed_by=form.cleaned_data["signed_by"],
                confirmed_on=form.cleaned_data["confirmed_on"],
                user=request.user,
            )
        except WorkflowError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, f"The minutes of {meeting} are confirmed.")
            return redirect("clerk:meeting", pk=meeting.pk)
    return render(
        request,
        "clerk/confirm.html",
        {
            "meeting": meeting,
            "form": form,
            "errors": form_errors(form) if form.is_bound else [],
            "crumbs": _crumbs(meeting, ("Confirm the minutes", None)),
        },
    )
