"""An item's history: every revision of the item and of what is recorded under it, with
each change field by field, and the corrections logged against it."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from simple_history.utils import get_m2m_reverse_field_name

from actions.models import Action
from minutes.clerk.views.common import breadcrumbs, item_for_clerk
from minutes.models import AgendaItem, Decision, DiscussionPoint, Person
from minutes.roles import clerk_required


@clerk_required
def item_history(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    item = item_for_clerk(pk, item_pk)
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
            "crumbs": breadcrumbs(item.meeting, (f"Item {item.number}: history", None)),
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
