"""What a meeting's public page shows of its record besides the agenda: who attended and
how, the matters arising from earlier meetings as they stood when it began (a page at a
time), and the committee's notes on actions at it. Each is a list of dicts of what the
page shows, read in a fixed number of queries.
"""

from __future__ import annotations

from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import TruncDate
from django.http import HttpRequest
from django.utils import timezone

from actions.models import Action, ActionUpdate, name_of_owner
from minutes.addresses import address
from minutes.caching import cached_value
from minutes.compiled import results
from minutes.models import Attendance, Meeting, full_name
from minutes.printed_names import person_columns, printed_from_row

MATTERS_ARISING_PER_PAGE = 50

ATTENDANCE_GROUPS = [
    (Attendance.Kind.PRESENT, "Present"),
    (Attendance.Kind.SUBSTITUTE, "Substitutes"),
    (Attendance.Kind.APOLOGIES, "Apologies"),
    (Attendance.Kind.ABSENT, "Absent"),
    (Attendance.Kind.IN_ATTENDANCE, "In attendance"),
]


def matters_arising(request: HttpRequest, meeting: Meeting) -> dict:
    """Public actions of the committee's earlier meetings that were open when this one began,
    each as it stood then, with its latest public note before it: a page of them at a time.

    The record of a meeting does not move when an action is closed later: that is on the
    action's own page. Two queries: a page of the actions, and the notes they had then, by
    the keys and statuses then of them all, kept in order once per version of the record.
    """
    arising = _arising_keys(meeting)
    count = len(arising)
    pages = max(1, -(-count // MATTERS_ARISING_PER_PAGE))
    number = _page_number(request.GET.get("arising"), pages)
    start = (number - 1) * MATTERS_ARISING_PER_PAGE
    page = arising[start : start + MATTERS_ARISING_PER_PAGE]
    by_key = page and {
        row["pk"]: row
        for row in results(_in_zone(_arising_rows), _arising_rows, keys=[k for k, _, _ in page])
    }
    notes = [note for _, _, note in page if note is not None]
    # Read by key under the publication rules again: a key kept a moment before a change
    # (or read from a replica behind the primary) never shows a note that is not public,
    # and one no longer there is shown as no note rather than failing the page.
    notes_then = {}
    if notes:
        notes_then = {
            pk: (note, on)
            for pk, note, on in results(_in_zone(_public_notes), _public_notes, keys=notes)
        }
    rows = []
    on_the_day = meeting.date
    action_url = address("action_list")
    for key, status_then, note in page:
        row = by_key.get(key)
        if row is None:  # gone since its key was kept
            continue
        row["status_then"] = status_then
        row["url"] = f"{action_url}{row['reference']}/"
        row["owner"] = _owner_of(row, "owner")
        row["overdue_then"] = row["due_on"] is not None and row["due_on"] < on_the_day
        row["note_then"], row["noted_on_then"] = notes_then.get(note, (None, None))
        rows.append(row)
    return {
        "matters_arising": rows,
        "arising_count": count,
        "arising_page": number,
        "arising_pages": pages,
        "arising_first": start + 1,
        "arising_last": start + len(rows),
    }


def _owner_of(row: dict, owner: str) -> str:
    """The name of an action's owner from a `values()` row holding `<owner>_id`,
    `<owner>__honorific`, `<owner>__name` and `<owner>_label`."""
    return name_of_owner(
        full_name(row[f"{owner}__honorific"], row[f"{owner}__name"])
        if row[f"{owner}_id"]
        else None,
        row[f"{owner}_label"],
    )


def attendance(meeting: Meeting) -> list[tuple[str, list[tuple]]]:
    """The register by kind of attendance, each entry (who, whom they stood in for) as the
    minutes print them: worked out once here rather than by a filter for each name."""
    register = results(_register, _register, meeting=meeting.pk)
    return [
        (
            label,
            [
                (
                    printed_from_row(meeting, entry, "person"),
                    printed_from_row(meeting, entry, "substitute_for"),
                )
                for entry in register
                if entry["kind"] == kind
            ],
        )
        for kind, label in ATTENDANCE_GROUPS
    ]


def notes_here(meeting: Meeting) -> list[dict]:
    """The committee's notes at this meeting on public actions, each a dict of what it shows."""
    notes = results(_notes_at, _notes_at, meeting=meeting.pk)
    action_url = address("action_list")
    for note in notes:
        note["url"] = f"{action_url}{note['action__reference']}/"
        note["owner"] = _owner_of(note, "action__owner")
    return notes


# The page's queries, each compiled once a process (minutes/compiled.py).


def _in_zone(build) -> tuple:
    """The key of a query that gives days in the current time zone: the zone's name is in
    its SQL, so each zone has a statement of its own."""
    return (build, timezone.get_current_timezone_name())


def _arising_rows(keys: list[int]):
    # Where each was raised as columns of the action's own row; each row a dict of what it
    # shows: no action, owner or item is built for it.
    return (
        Action.objects.filter(pk__in=keys)
        .order_by()
        .values(
            "pk",
            "reference",
            "description",
            "owner_label",
            "due_on",
            "owner_id",
            "owner__honorific",
            "owner__name",
            # The day it was raised, in local time: the database gives a date, and no
            # moment is loaded and converted in Python for each of a page's fifty rows.
            raised_on=TruncDate("item__meeting__starts_at"),
            item_number=F("item__number"),
        )
    )


def _public_notes(keys: list[int]):
    # Read by key, so in no order: sorting them as an action's history is sorted would join
    # every note to its action for nothing.
    return (
        ActionUpdate.objects.public()
        .filter(pk__in=keys)
        .order_by()
        .values_list("pk", "note", TruncDate("created_at"))
    )


def _register(meeting: int):
    return (
        Attendance.objects.filter(meeting=meeting)
        .order_by("kind", "person__name")
        .values("kind", *person_columns("person"), *person_columns("substitute_for"))
    )


def _notes_at(meeting: int):
    return (
        ActionUpdate.objects.filter(meeting=meeting)
        .of_public_actions()
        .order_by("action__reference", "created_at", "pk")
        .values(
            "note",
            "status_before",
            "status_after",
            "action__reference",
            "action__owner_id",
            "action__owner_label",
            "action__owner__honorific",
            "action__owner__name",
        )
    )


def _arising_keys(meeting: Meeting) -> list[tuple[int, str, int | None]]:
    """Every matter arising at the meeting in order, as (action's key, status then, key of
    its latest public note then or None).

    They are of the record as it stood when the meeting began, so they change only with the
    record: sorted once per version of it (a sort of every earlier open action), not per page.
    """
    return cached_value(f"matters-arising:{meeting.pk}", lambda: _arising_in_order(meeting))


def _arising_in_order(meeting: Meeting) -> list[tuple[int, str, int | None]]:
    notes_then = (
        ActionUpdate.objects.public()
        .filter(action=OuterRef("pk"), created_at__lt=meeting.starts_at)
        .order_by("-created_at", "-pk")
    )
    return list(
        Action.objects.public()
        .arising_for(meeting)
        .annotate(note_then=Subquery(notes_then.values("pk")[:1]))
        .order_by("item__meeting__starts_at", "item__position", "reference")
        .values_list("pk", "status_then", "note_then")
    )


def _page_number(value: str | None, pages: int) -> int:
    """A page number from the address; anything that is not one is the first page."""
    try:
        number = int(value or 1)
    except ValueError:
        return 1
    return min(max(number, 1), pages)
