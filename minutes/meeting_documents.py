"""A meeting's record as one document: the whole minutes and the agenda, as a page and as a PDF.

The page and the PDF are rendered from the same template fragments. What goes into them is
fetched here, through the publication rules, in a fixed number of queries whatever the
number of items: an exempt item brings only its number, title and reason, never its
minute, points, decisions, declarations, reports or actions.

A PDF takes WeasyPrint a second or more, so it is cached. Its cache key is a digest of the
HTML it is made from (and, for the agenda pack, of the report files merged into it): when
anything the document shows changes, the key changes with it, and nothing can be served
stale, whichever part of the record changed.
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.db.models import Prefetch
from django.template.loader import render_to_string

from actions.models import Action
from minutes.caching import cached_value
from minutes.corrections import MeetingCorrections, meeting_corrections
from minutes.models import (
    AgendaItem,
    Attendance,
    Decision,
    DeclarationOfInterest,
    DiscussionPoint,
    Meeting,
    Person,
    Report,
)

ATTENDANCE_GROUPS = [
    (Attendance.Kind.PRESENT, "Present"),
    (Attendance.Kind.SUBSTITUTE, "Substitutes"),
    (Attendance.Kind.APOLOGIES, "Apologies"),
    (Attendance.Kind.ABSENT, "Absent"),
    (Attendance.Kind.IN_ATTENDANCE, "In attendance"),
]

# Bump when the way a PDF is put together changes in a way its HTML and stylesheet would
# not show (how the agenda pack merges its reports, say), so that cached PDFs are made again.
DOCUMENT_VERSION = "1"
PDF_STYLESHEET = "pdf/document.css"
PDF_CACHE_SECONDS = 60 * 60 * 24 * 7


@dataclass
class WholeMinutes:
    """Everything the whole-minutes document shows, fetched through the publication rules."""

    meeting: Meeting
    items: list[AgendaItem]
    attendance: list[tuple[str, list[Attendance]]] = field(default_factory=list)
    corrections: MeetingCorrections = field(default_factory=MeetingCorrections)


def public_minutes_items(meeting: Meeting) -> list[AgendaItem]:
    """The meeting's items in order, each public one carrying its minute's parts.

    Eight queries, whatever the number of items: items, points, their speakers, decisions,
    declarations, reports, actions, and attendance (made by the caller); the corrections,
    with what each changed, are added by whole_minutes. The parts are fetched only for
    items that are not exempt.
    """
    open_items = AgendaItem.objects.filter(meeting=meeting, is_exempt=False)
    items = list(
        meeting.agenda_items.select_related("introduced_by").prefetch_related(
            Prefetch(
                "discussion_points",
                queryset=DiscussionPoint.objects.filter(item__in=open_items).prefetch_related(
                    Prefetch("speakers", queryset=Person.objects.order_by("name"))
                ),
                to_attr="public_points",
            ),
            Prefetch(
                "decisions",
                queryset=Decision.objects.filter(item__in=open_items),
                to_attr="public_decisions",
            ),
            Prefetch(
                "declarations",
                queryset=DeclarationOfInterest.objects.filter(item__in=open_items).select_related(
                    "person"
                ),
                to_attr="public_declarations",
            ),
            Prefetch(
                "reports",
                queryset=Report.objects.filter(item__in=open_items).select_related("presenter"),
                to_attr="public_reports",
            ),
        )
    )
    actions = defaultdict(list)
    for action in (
        Action.objects.public()
        .filter(item__meeting=meeting)
        .select_related("owner", "discussion_point")
        .order_by("reference")
    ):
        actions[action.item_id].append(action)
    for item in items:
        item.public_actions = [] if item.is_exempt else actions[item.pk]
    return items


def whole_minutes(meeting: Meeting) -> WholeMinutes:
    """The whole minutes of a meeting whose minutes are public (the caller checks)."""
    register = list(meeting.attendances.select_related("person", "substitute_for"))
    items = public_minutes_items(meeting)
    corrections = meeting_corrections(meeting)
    for item in items:
        item.public_corrections = corrections.by_item.get(item.pk, [])
    return WholeMinutes(
        meeting=meeting,
        items=items,
        corrections=corrections,
        attendance=[
            (label, entries)
            for kind, label in ATTENDANCE_GROUPS
            if (entries := [a for a in register if a.kind == kind])
        ],
    )


def agenda_items(meeting: Meeting) -> list[AgendaItem]:
    """The agenda in order, each item with the reports the public may open (two queries).
    Numbers and titles only: the minutes' text stays in the database."""
    return list(
        meeting.agenda_items.only(
            "meeting_id", "number", "position", "title", "is_exempt", "exempt_reason"
        ).prefetch_related(
            Prefetch(
                "reports",
                queryset=Report.objects.filter(item__is_exempt=False).select_related("presenter"),
                to_attr="public_reports",
            )
        )
    )


def render_minutes_body(minutes: WholeMinutes, *, for_print: bool = False) -> str:
    """The whole minutes as HTML, for the page and the PDF alike."""
    return render_to_string(
        "minutes/includes/whole_minutes.html",
        {
            "meeting": minutes.meeting,
            "committee": minutes.meeting.committee,
            "items": minutes.items,
            "attendance": minutes.attendance,
            "meeting_corrections": minutes.corrections.own,
            "for_print": for_print,
        },
    )


@functools.cache
def _stylesheet() -> str:
    """The PDF stylesheet's text: a change to it makes every PDF again."""
    path = finders.find(PDF_STYLESHEET)
    return Path(path).read_text(encoding="utf-8") if path else ""


def digest(*parts: str) -> str:
    """A short, stable digest of what a document shows: its cache key's changing part."""
    hasher = hashlib.sha256()
    for part in (DOCUMENT_VERSION, _stylesheet(), settings.SITE_NAME, *parts):
        hasher.update(part.encode())
        hasher.update(b"\0")
    return hasher.hexdigest()[:32]


def pdf_cache_key(kind: str, meeting: Meeting, shows: str) -> str:
    return f"document:{kind}:{meeting.pk}:{shows}"


def cached_pdf(key: str, make) -> bytes:
    """The PDF under `key`, made by `make()` and kept when it is not cached yet."""
    pdf = cache.get(key)
    if pdf is None:
        pdf = make()
        cache.set(key, pdf, PDF_CACHE_SECONDS)
        cache.set(f"{key}:size", len(pdf), PDF_CACHE_SECONDS)
    return pdf


def cached_size(key: str) -> int | None:
    """The size in bytes of the PDF under `key`, if it has been made."""
    return cache.get(f"{key}:size")


@dataclass
class Document:
    """A document ready to show or print: its HTML body, and its PDF's cache key."""

    body: str
    key: str
    context: dict = field(default_factory=dict)

    @property
    def size(self) -> int | None:
        return cached_size(self.key)


def agenda_size(meeting: Meeting) -> int | None:
    """The size of the agenda pack's PDF if it has been made, for the link to it.

    Every page of a meeting shows it. Rather than build the agenda on each request to learn
    its key, the key is kept for the current version of the record (which moves on any
    change to it) and of the document's make-up.
    """
    key = cached_value(
        f"document-key:agenda:{meeting.pk}:{digest()}", lambda: agenda_document(meeting).key
    )
    return cached_size(key)


def _status(meeting: Meeting) -> str:
    return render_to_string("minutes/includes/document_status.html", {"meeting": meeting}).strip()


def minutes_document(meeting: Meeting) -> Document:
    """The whole minutes: the page's body, and the HTML its PDF is made from."""
    minutes = whole_minutes(meeting)
    body = render_minutes_body(minutes)
    context = {
        "meeting": meeting,
        "committee": meeting.committee,
        "body": body,
        "site_name": settings.SITE_NAME,
    }
    html = render_to_string("minutes/pdf/minutes.html", context)
    return Document(
        body=body,
        key=pdf_cache_key("minutes", meeting, digest(html)),
        context={**context, "html": html},
    )


def agenda_document(meeting: Meeting) -> Document:
    """The agenda and its public reports. The key names each report file merged in: a
    replaced file is stored under a new name, so the pack is made again."""
    items = agenda_items(meeting)
    context = {"meeting": meeting, "committee": meeting.committee, "items": items}
    body = render_to_string("minutes/includes/agenda.html", context)
    reports = [report for item in items if not item.is_exempt for report in item.public_reports]
    shows = digest(
        body,
        _status(meeting),
        *(f"{r.pk}|{r.item.number}|{r.title}|{r.file.name}|{r.url}" for r in reports),
    )
    return Document(
        body=body,
        key=pdf_cache_key("agenda", meeting, shows),
        context={**context, "body": body, "site_name": settings.SITE_NAME, "reports": reports},
    )
