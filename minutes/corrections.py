"""What each correction to confirmed minutes changed, for the public to read beside its reason.

A correction is logged (services.record_correction) in the transaction that saves the change,
and each save writes a history row whose change reason starts "Correction: "
(history.stamp_history). So a correction changed the records whose rows are so marked, dated
after the previous correction of the same part of the minutes and no later than this one:
- a correction to an item: the item itself, its discussion points (with their speakers),
  decisions, reports and declarations of interest;
- a correction to the meeting: its details (time, venue, chair, cancelled) and attendance.
Each record touched is compared as it stood before its first marked row with how it stood after
its last, so that several saves in one correction (a point, then its speakers) read as one.

Only what the public may read is compared. Callers leave out items that are exempt now; and
a correction to an item that was exempt just before or after it shows only the item's number,
title and exemption, never the words that were withheld.

Every function reads in a fixed number of queries, however many corrections there are: the
corrections, one per kind of history, and one for the names of the people in them.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps

from minutes.changes import FieldChange, word_diff
from minutes.compiled import results
from minutes.models import (
    AgendaItem,
    Attendance,
    Correction,
    Decision,
    DeclarationOfInterest,
    DiscussionPoint,
    Meeting,
    Person,
    Report,
)
from minutes.templatetags.minutes_tags import uk_date, uk_time

CORRECTION_PREFIX = "Correction: "
# The item's fields the public may read even while it is exempt (see the module's docstring).
ITEM_FIELDS_SHOWN_WHEN_EXEMPT = {"Number", "Title", "Exempt", "Reason for exemption"}
UNKNOWN_PERSON = "(name not recorded)"


@dataclass
class CorrectionShown:
    """A correction, and the changes it made that the public may read."""

    correction: Correction
    changes: list[FieldChange] = field(default_factory=list)


@dataclass
class MeetingCorrections:
    """A meeting's corrections: to its details and attendance, and to each public item."""

    own: list[CorrectionShown] = field(default_factory=list)
    by_item: dict[int, list[CorrectionShown]] = field(default_factory=dict)


# --- Reading a record's history --------------------------------------------------------------


class People:
    """The names of the people the history rows refer to, fetched in one query."""

    def __init__(self, ids):
        wanted = {pk for pk in ids if pk is not None}
        self.names = {
            person.pk: person.full_name
            for person in Person.objects.filter(pk__in=wanted).only("honorific", "name")
        }

    def name(self, pk) -> str:
        return self.names.get(pk, UNKNOWN_PERSON) if pk is not None else ""

    def names_of(self, *pks) -> tuple[str, ...]:
        return tuple(self.name(pk) for pk in pks if pk is not None)


def _timelines(records) -> dict[int, list]:
    """Each record's revisions, oldest first."""
    found: dict[int, list] = defaultdict(list)
    for record in sorted(records, key=lambda r: (r.history_date, r.history_id)):
        found[record.id].append(record)
    return found


def _marked(record, since, until) -> bool:
    return (
        (record.history_change_reason or "").startswith(CORRECTION_PREFIX)
        and record.history_date <= until
        and (since is None or record.history_date > since)
    )


def _span(timeline: list, since, until) -> list | None:
    """The revisions a correction made to a record, with the one before them (None if none
    and the record was added); None when the correction did not touch the record."""
    marked = [n for n, record in enumerate(timeline) if _marked(record, since, until)]
    if not marked:
        return None
    first, last = marked[0], marked[-1]
    return [timeline[first - 1] if first else None, *timeline[first : last + 1]]


def _alive(record):
    return None if record is None or record.history_type == "-" else record


def _as_of(timeline: list, when: datetime.datetime):
    current = None
    for record in timeline:
        if record.history_date > when:
            break
        current = record
    return _alive(current)


def _names_diff(old: tuple[str, ...], new: tuple[str, ...]) -> list[tuple[str, str]]:
    """People removed from and added to a list, whole names rather than words."""
    marked = [("same" if n in new else "del", n) for n in old]
    marked += [("ins", n) for n in new if n not in old]
    diff: list[tuple[str, str]] = []
    for index, (kind, name) in enumerate(marked):
        if index:
            diff.append(("same", ", "))
        diff.append((kind, name))
    return diff


# --- What the public reads of each kind of record --------------------------------------------


@dataclass
class Part:
    """One kind of record a correction can change: its revisions, what to call one, and
    what the public reads of it (field label → text, or a tuple of people's names)."""

    timelines: dict[int, list]
    name: Callable[[object], str]
    describe: Callable[[object], dict]
    order: int
    notes: bool = True  # say "(added)" or "(removed)" when a whole record comes or goes

    def changes(self, since, until, *, only=None) -> list[tuple[tuple, FieldChange]]:
        found = []
        for timeline in self.timelines.values():
            span = _span(timeline, since, until)
            if span is None:
                continue
            before, after = _alive(span[0]), _alive(span[-1])
            shown = after or before
            if shown is None:
                continue
            old = self.describe(before) if before else {}
            new = self.describe(after) if after else {}
            note = ""
            if self.notes and (before is None) != (after is None):
                note = " (added)" if before is None else " (removed)"
            for index, label in enumerate(new or old):
                if only is not None and label not in only:
                    continue
                a, b = old.get(label), new.get(label)
                if not (a or b) or a == b:
                    continue
                if isinstance(a or b, tuple):
                    diff = _names_diff(a or (), b or ())
                else:
                    diff = word_diff(a or "", b or "")
                title = f"{self.name(shown)} {label}".strip() + note
                place = (self.order, getattr(shown, "position", 0), self.name(shown), index)
                found.append((place, FieldChange(title, diff)))
        return found


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def _meeting_part(history, people: People) -> Part:
    return Part(
        timelines=_timelines(history),
        name=lambda r: "",
        describe=lambda r: {
            "Date": uk_date(r.starts_at),
            "Start time": uk_time(r.starts_at),
            "End time": uk_time(r.ends_at),
            "Venue": r.venue,
            "Chair": people.names_of(r.chair_id),
            "Cancelled": _yes_no(r.is_cancelled),
        },
        order=0,
    )


def _attendance_part(history, people: People) -> Part:
    def describe(r) -> dict:
        how = Attendance.Kind(r.kind).label
        if r.kind == Attendance.Kind.SUBSTITUTE and r.substitute_for_id:
            how = f"{how} for {people.name(r.substitute_for_id)}"
        return {"": how}

    return Part(
        timelines=_timelines(history),
        name=lambda r: f"Attendance of {people.name(r.person_id)}",
        describe=describe,
        order=1,
        notes=False,
    )


def _item_part(history, people: People) -> Part:
    return Part(
        timelines=_timelines(history),
        name=lambda r: "",
        describe=lambda r: {
            "Number": r.number,
            "Title": r.title,
            "Exempt": _yes_no(r.is_exempt),
            "Reason for exemption": r.exempt_reason,
            "Introduced by": people.names_of(r.introduced_by_id),
            "Minutes": r.minute_text,
        },
        order=0,
    )


def _point_part(history, speakers: dict[int, list[int]], people: People) -> Part:
    return Part(
        timelines=_timelines(history),
        name=lambda r: f"Point {r.position}",
        describe=lambda r: {
            "topic": r.topic,
            "text": r.text,
            "speakers": tuple(sorted(people.names_of(*speakers.get(r.history_id, [])))),
        },
        order=1,
    )


def _decision_part(history) -> Part:
    return Part(
        timelines=_timelines(history),
        name=lambda r: f"Decision {r.position}",
        describe=lambda r: {"text": r.text},
        order=2,
    )


def _report_part(history, people: People) -> Part:
    return Part(
        timelines=_timelines(history),
        name=lambda r: f"Report {r.position}",
        describe=lambda r: {
            "title": r.title,
            "presented by": people.names_of(r.presenter_id),
            "file": r.original_name,
            "link": r.url,
        },
        order=3,
    )


def _declaration_part(history, people: People) -> Part:
    return Part(
        timelines=_timelines(history),
        name=lambda r: "Declaration of interest",
        describe=lambda r: {"": f"{people.name(r.person_id)}: {r.nature}"},
        order=4,
    )


# --- Corrections, with their changes ---------------------------------------------------------


def _shown(corrections: list[Correction], parts: list[Part], item_timeline=None):
    """Each correction with its changes; each correction's window starts at the one before."""
    shown, since = [], None
    for correction in corrections:
        until = correction.made_at
        entry = CorrectionShown(correction)
        exempt = item_timeline is not None and _exempt_around(item_timeline, since, until)
        found = []
        for part in parts:
            if exempt and part.order != 0:
                continue
            only = ITEM_FIELDS_SHOWN_WHEN_EXEMPT if exempt else None
            found += part.changes(since, until, only=only)
        entry.changes = [change for _, change in sorted(found, key=lambda pair: pair[0])]
        shown.append(entry)
        since = until
    return shown


def _exempt_around(timeline: list, since, until) -> bool:
    """Whether the item was exempt just before a correction, or after any of its saves."""
    span = _span(timeline, since, until)
    states = span if span is not None else [_as_of(timeline, until)]
    return any(state is not None and state.is_exempt for state in states)


def _speakers(item_ids, until) -> dict[int, list[int]]:
    """Who spoke to each revision of the items' points (the history's own list)."""
    through = apps.get_model("minutes", "HistoricalDiscussionPoint_speakers")
    found: dict[int, list[int]] = defaultdict(list)
    rows = through.objects.filter(
        history__item_id__in=item_ids, history__history_date__lte=until
    ).values_list("history_id", "person_id")
    for history_id, person_id in rows:
        found[history_id].append(person_id)
    return found


def _item_histories(item_ids: list[int], until) -> dict:
    return {
        "items": list(AgendaItem.history.filter(id__in=item_ids, history_date__lte=until)),
        "points": list(
            DiscussionPoint.history.filter(item_id__in=item_ids, history_date__lte=until)
        ),
        "decisions": list(Decision.history.filter(item_id__in=item_ids, history_date__lte=until)),
        "reports": list(Report.history.filter(item_id__in=item_ids, history_date__lte=until)),
        "declarations": list(
            DeclarationOfInterest.history.filter(item_id__in=item_ids, history_date__lte=until)
        ),
        "speakers": _speakers(item_ids, until),
    }


def meeting_corrections(meeting: Meeting, *, items: bool = True) -> MeetingCorrections:
    """A confirmed meeting's corrections with what each changed: to the meeting's details and
    attendance and, unless `items` is False, to each item that is not exempt now.

    At most ten queries, whatever the number of corrections, items and revisions.
    """
    found = MeetingCorrections()
    corrections = results(_corrections_of, _corrections_of, meeting=meeting.pk)
    own = [c for c in corrections if c.item_id is None]
    public_items = set()
    if items and any(c.item_id for c in corrections):
        public_items = set(
            AgendaItem.objects.filter(meeting=meeting, is_exempt=False).values_list("pk", flat=True)
        )
    by_item: dict[int, list[Correction]] = defaultdict(list)
    for correction in corrections:
        if correction.item_id in public_items:
            by_item[correction.item_id].append(correction)
    if not (own or by_item):
        return found
    until = corrections[-1].made_at
    meeting_history, attendance_history = [], []
    if own:
        meeting_history = list(Meeting.history.filter(id=meeting.pk, history_date__lte=until))
        attendance_history = list(
            Attendance.history.filter(meeting_id=meeting.pk, history_date__lte=until)
        )
    histories = _item_histories(list(by_item), until) if by_item else {}
    people = People(_people_in(meeting_history, attendance_history, histories))
    if own:
        parts = [
            _meeting_part((meeting_history), people),
            _attendance_part((attendance_history), people),
        ]
        found.own = _shown(own, parts)
    if by_item:
        found.by_item = _item_corrections(by_item, histories, people)
    return found


def _corrections_of(meeting: int):
    """A meeting's corrections in the order made (compiled once a process)."""
    return Correction.objects.filter(meeting=meeting).order_by("made_at", "pk")


def _item_corrections(by_item, histories, people) -> dict[int, list[CorrectionShown]]:
    grouped: dict[str, dict[int, list]] = {}
    for kind in ("items", "points", "decisions", "reports", "declarations"):
        key = "id" if kind == "items" else "item_id"
        grouped[kind] = defaultdict(list)
        for record in histories[kind]:
            grouped[kind][getattr(record, key)].append(record)
    shown = {}
    for item_id, corrections in by_item.items():
        item_part = _item_part((grouped["items"][item_id]), people)
        parts = [
            item_part,
            _point_part((grouped["points"][item_id]), histories["speakers"], people),
            _decision_part(grouped["decisions"][item_id]),
            _report_part((grouped["reports"][item_id]), people),
            _declaration_part((grouped["declarations"][item_id]), people),
        ]
        timeline = item_part.timelines.get(item_id, [])
        shown[item_id] = _shown(corrections, parts, item_timeline=timeline)
    return shown


def _people_in(meeting_history, attendance_history, histories) -> set:
    ids = {r.chair_id for r in meeting_history}
    ids |= {pk for r in attendance_history for pk in (r.person_id, r.substitute_for_id)}
    ids |= {r.introduced_by_id for r in histories.get("items", [])}
    ids |= {r.presenter_id for r in histories.get("reports", [])}
    ids |= {r.person_id for r in histories.get("declarations", [])}
    ids |= {pk for pks in histories.get("speakers", {}).values() for pk in pks}
    return ids


def corrections_with_changes(item: AgendaItem) -> list[CorrectionShown]:
    """Each correction to an item, with the words it changed (the item page)."""
    if item.is_exempt:
        return [CorrectionShown(c) for c in item.corrections.order_by("made_at", "pk")]
    corrections = list(item.corrections.order_by("made_at", "pk"))
    if not corrections:
        return []
    until = corrections[-1].made_at
    histories = _item_histories([item.pk], until)
    people = People(_people_in([], [], histories))
    return _item_corrections({item.pk: corrections}, histories, people)[item.pk]
