"""The record as one document: the whole minutes as a page and a PDF, the agenda pack, and
what changed in confirmed minutes.

The same publication rules as every page: the minutes only once they are published, the
agenda pack once the agenda is; exempt items by number, title and reason only.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import content_disposition_header

from minutes import changes
from minutes.meeting_documents import (
    agenda_document,
    agenda_size,
    cached_pdf,
    minutes_document,
)
from minutes.models import Meeting

MEETING_RELATIONS = ("committee", "chair", "signed_by", "confirmed_at__committee")


def _get_meeting(queryset, committee: str, meeting: str) -> Meeting:
    return get_object_or_404(
        queryset.select_related(*MEETING_RELATIONS), committee__slug=committee, slug=meeting
    )


def _crumbs(meeting: Meeting, *last: tuple[str, str | None]) -> list[tuple[str, str | None]]:
    return [
        ("Home", reverse("home")),
        ("Committees", reverse("committee_list")),
        (meeting.committee.name, meeting.committee.get_absolute_url()),
        (f"{meeting.date:%-d %B %Y}", meeting.get_absolute_url()),
        *last,
    ]


def _pdf():
    """WeasyPrint's module, imported when a PDF is first made: it loads Pango (a Debian
    package) as it is imported, and no other page needs it."""
    from minutes import pdf

    return pdf


def _pdf_response(pdf: bytes, meeting: Meeting, what: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"{meeting.committee.slug}-{meeting.slug}-{what}.pdf"
    response["Content-Disposition"] = content_disposition_header(False, filename)
    response["Content-Length"] = str(len(pdf))
    return response


def whole_minutes(request: HttpRequest, committee: str, meeting: str) -> HttpResponse:
    """The whole minutes of a meeting on one page, in a fixed number of queries."""
    meeting = _get_meeting(Meeting.objects.with_public_minutes(), committee, meeting)
    document = minutes_document(meeting)
    return render(
        request,
        "minutes/whole_minutes.html",
        {
            "meeting": meeting,
            "committee": meeting.committee,
            "body": document.body,
            "pdf_size": document.size,
            "agenda_size": agenda_size(meeting),
            "draft_changes": changes.draft_changes_exist(meeting),
            "crumbs": _crumbs(meeting, ("Minutes", None)),
        },
    )


def minutes_pdf(request: HttpRequest, committee: str, meeting: str) -> HttpResponse:
    """The whole minutes as a PDF, made once for each state of the record."""
    meeting = _get_meeting(Meeting.objects.with_public_minutes(), committee, meeting)
    document = minutes_document(meeting)
    pdf = cached_pdf(document.key, lambda: _pdf().write_pdf(document.context["html"]))
    return _pdf_response(pdf, meeting, "minutes")


def agenda_pdf(request: HttpRequest, committee: str, meeting: str) -> HttpResponse:
    """The agenda pack: contents, the agenda, then each public report that is a PDF."""
    meeting = _get_meeting(Meeting.objects.public(), committee, meeting)
    document = agenda_document(meeting)

    def make() -> bytes:
        pdf = _pdf()
        reports = pdf.read_reports(document.context["reports"])
        return pdf.write_agenda_pack(meeting=meeting, context=document.context, reports=reports)

    return _pdf_response(cached_pdf(document.key, make), meeting, "agenda-pack")


def draft_changes(request: HttpRequest, committee: str, meeting: str) -> HttpResponse:
    """Confirmed minutes beside the draft the public first read: what changed, word by word."""
    meeting = _get_meeting(
        Meeting.objects.with_public_minutes().filter(stage=Meeting.Stage.CONFIRMED),
        committee,
        meeting,
    )
    return render(
        request,
        "minutes/draft_changes.html",
        {
            "meeting": meeting,
            "committee": meeting.committee,
            "changed": changes.changes_since_draft(meeting),
            "crumbs": _crumbs(
                meeting,
                ("Minutes", reverse("whole_minutes", args=[meeting.committee.slug, meeting.slug])),
                ("Changes since the draft", None),
            ),
        },
    )
