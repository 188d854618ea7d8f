"""What the clerks' pages share: the meeting or item a page is about, the submitted data,
breadcrumbs, and the edit pages' correction reason and version check."""

from __future__ import annotations

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse

from minutes.clerk import versions
from minutes.models import AgendaItem, Meeting


def meeting_for_clerk(pk: int) -> Meeting:
    """The meeting, with what every clerk page shows of it; 404 if there is none."""
    return get_object_or_404(
        Meeting.objects.select_related("committee", "chair", "confirmed_at", "signed_by"), pk=pk
    )


def item_for_clerk(pk: int, item_pk: int) -> AgendaItem:
    """The item, on that meeting's agenda; 404 if it is not there."""
    return get_object_or_404(
        AgendaItem.objects.select_related("meeting__committee"), pk=item_pk, meeting_id=pk
    )


def posted(request: HttpRequest):
    """The submitted data, or None on a GET (an empty POST still binds, and fails checks)."""
    return request.POST if request.method == "POST" else None


def breadcrumbs(meeting: Meeting | None = None, *rest: tuple[str, str | None]) -> list:
    """The trail above a page: Clerk, then the meeting if there is one, then `rest`."""
    crumbs = [("Clerk", reverse("clerk:home"))]
    if meeting is not None:
        crumbs.append((str(meeting), reverse("clerk:meeting", args=[meeting.pk])))
    return [*crumbs, *rest]


def correction_reason(meeting: Meeting, correction, changed: bool) -> str | None:
    """The reason to log with a change: "" before confirmation, the clerk's reason after;
    None when confirmed minutes would change without one (the form then says so)."""
    if not (meeting.is_locked and changed):
        return ""
    if not correction.require_reason():
        return None
    return correction.cleaned_data["reason"].strip()


def find_conflict(request: HttpRequest, now) -> versions.Conflict | None:
    """Whether the record moved since the page was drawn; call holding the meeting's lock."""
    return versions.check(request.POST, versions.page_data(now), versions.page_labels(now))


def version_context(request: HttpRequest, conflict, drawn) -> dict:
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
