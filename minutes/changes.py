"""What changed in the minutes, shown word by word: the confirmed record against the draft the
public first read (what each correction changed is in minutes.corrections, from the same diff).

It is read from the history the record keeps (django-simple-history): an item's title and
minute, its discussion points and its decisions. Only what the public may read is compared:
an item that was exempt at either end is left out, so a diff never shows withheld words.
Each view reads the history in a fixed number of queries.

A diff is a list of (kind, words) pairs, kind being "same", "del" or "ins"; the templates
escape the words, so whatever markup a clerk typed shows as typed.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from minutes.models import AgendaItem, Decision, DiscussionPoint, Meeting

TOKENS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """The words removed from `old` and added in `new`, in order, with what stayed between."""
    before, after = TOKENS.findall(old or ""), TOKENS.findall(new or "")
    # Runs of (removed, added, kept) words; a change that stops only for a space goes on,
    # so that "on track." → "slightly over budget." reads as one change, not three.
    runs: list[list[str]] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        old_words, new_words = "".join(before[a1:a2]), "".join(after[b1:b2])
        if op == "equal":
            runs.append(["", "", old_words])
        elif runs and runs[-1][2].isspace() and len(runs) > 1 and (runs[-2][0] or runs[-2][1]):
            space = runs.pop()[2]
            runs[-1][0] += space + old_words
            runs[-1][1] += space + new_words
        else:
            runs.append([old_words, new_words, ""])
    diff: list[tuple[str, str]] = []
    for removed, added, kept in runs:
        diff += [(kind, words) for kind, words in (("del", removed), ("ins", added)) if words]
        if kept:
            diff.append(("same", kept))
    return diff


@dataclass
class FieldChange:
    """One part of the minutes that changed: what it is, and the words."""

    label: str
    diff: list[tuple[str, str]]


@dataclass
class ItemChanges:
    item_number: str
    item_title: str
    changes: list[FieldChange] = field(default_factory=list)


# What each kind of record shows the public, and how a change to it is named.
ITEM_FIELDS = [("title", "Title"), ("minute_text", "Minutes")]
POINT_FIELDS = [("topic", "topic"), ("text", "text")]
DECISION_FIELDS = [("text", "text")]


def _compare(label: str, old, new, fields) -> list[FieldChange]:
    """The fields of a record that differ between two of its revisions (None: absent)."""
    found = []
    for name, field_label in fields:
        before = getattr(old, name, "") if old is not None else ""
        after = getattr(new, name, "") if new is not None else ""
        if before != after:
            found.append(FieldChange(f"{label} {field_label}".strip(), word_diff(before, after)))
    return found


def _as_of(timeline: list, when: datetime.datetime):
    """The revision in force at `when` (None if the record did not exist then)."""
    current = None
    for record in timeline:
        if record.history_date > when:
            break
        current = record
    if current is None or current.history_type == "-":
        return None
    return current


def _timelines(history, key: str) -> dict[int, list]:
    found: dict[int, list] = defaultdict(list)
    for record in history.order_by("history_date", "history_id"):
        found[getattr(record, key)].append(record)
    return found


# --- Changes since the draft was published ---------------------------------------------------


def draft_and_confirmation_times(
    meeting: Meeting,
) -> tuple[datetime.datetime, datetime.datetime] | None:
    """When the draft minutes were first published, and when they were confirmed (one query)."""
    published = confirmed = None
    for record in meeting.history.order_by("history_date", "history_id").only(
        "stage", "history_date"
    ):
        if record.stage == Meeting.Stage.PUBLISHED and published is None:
            published = record.history_date
        if record.stage == Meeting.Stage.CONFIRMED:
            confirmed = record.history_date
            break
    if published is None or confirmed is None:
        return None
    return published, confirmed


def changes_since_draft(meeting: Meeting) -> list[ItemChanges]:
    """Each public item whose title, minute, points or decisions changed between the first
    published draft and the confirmed record. Five queries, whatever the meeting's size."""
    times = draft_and_confirmation_times(meeting)
    if times is None:
        return []
    published, confirmed = times
    items = _timelines(AgendaItem.history.filter(meeting_id=meeting.pk), "id")
    public_now = set(
        AgendaItem.objects.filter(meeting=meeting, is_exempt=False).values_list("pk", flat=True)
    )
    points = _timelines(DiscussionPoint.history.filter(item_id__in=list(items)), "id")
    decisions = _timelines(Decision.history.filter(item_id__in=list(items)), "id")
    parts_by_item: dict[int, list] = defaultdict(list)
    for label, timelines, fields in (
        ("Point", points, POINT_FIELDS),
        ("Decision", decisions, DECISION_FIELDS),
    ):
        for timeline in timelines.values():
            parts_by_item[timeline[-1].item_id].append((label, timeline, fields))

    found = []
    for item_id, timeline in items.items():
        draft, record = _as_of(timeline, published), _as_of(timeline, confirmed)
        if item_id not in public_now or any(r is not None and r.is_exempt for r in (draft, record)):
            continue
        shown = record or draft
        entry = ItemChanges(item_number=shown.number, item_title=shown.title)
        entry.changes += _compare("", draft, record, ITEM_FIELDS)
        ordered = sorted(
            parts_by_item[item_id],
            key=lambda part: (part[0] != "Point", _position(part[1], published, confirmed)),
        )
        for label, part_timeline, fields in ordered:
            old, new = _as_of(part_timeline, published), _as_of(part_timeline, confirmed)
            position = _position(part_timeline, published, confirmed)
            entry.changes += _compare(f"{label} {position}", old, new, fields)
        if entry.changes:
            found.append((shown.position, entry))
    return [entry for _, entry in sorted(found, key=lambda pair: pair[0])]


def _position(timeline: list, *times) -> int:
    for when in reversed(times):
        record = _as_of(timeline, when)
        if record is not None:
            return record.position
    return timeline[-1].position


def draft_changes_exist(meeting: Meeting) -> bool:
    return meeting.is_locked and bool(changes_since_draft(meeting))
