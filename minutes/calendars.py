"""Meetings as iCalendar feeds: `/calendar.ics` for every committee, and one per committee.

Only public meetings (agenda published or more) are in them, never a draft. Times are in
Europe/London with its VTIMEZONE, so a calendar shows 6:30pm in winter and summer alike.
At the size of a large council's archive (10,000 meetings over 20 years) a feed would be
megabytes that calendar apps fetch every few hours, so it holds the last CALENDAR_MONTHS
months and everything to come: the archive stays on the committee pages.
"""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from icalendar import Calendar, Event

from minutes.models import Committee, Meeting

CALENDAR_MONTHS = 12
LONDON = ZoneInfo("Europe/London")


def calendar_window(meetings):
    """Public meetings from CALENDAR_MONTHS months ago onwards, in order of time."""
    since = timezone.now() - datetime.timedelta(days=CALENDAR_MONTHS * 31)
    return (
        meetings.public()
        .filter(starts_at__gte=since)
        .select_related("committee")
        .order_by("starts_at", "pk")
    )


def meeting_event(meeting: Meeting) -> Event:
    """One meeting as a VEVENT: a UID that survives a change of date, the page's address."""
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    starts = timezone.localtime(meeting.starts_at, LONDON)
    event = Event()
    event.add("uid", f"meeting-{meeting.pk}@{host}")
    stamped = meeting.agenda_published_at or meeting.starts_at
    event.add("dtstamp", stamped.astimezone(datetime.UTC))
    summary = meeting.committee.name + (" (cancelled)" if meeting.is_cancelled else "")
    event.add("summary", summary)
    event.add("dtstart", starts)
    if meeting.ends_at and meeting.ends_at > starts.time():
        event.add("dtend", datetime.datetime.combine(starts.date(), meeting.ends_at, LONDON))
    if meeting.venue:
        event.add("location", meeting.venue)
    url = f"{settings.SITE_URL}{meeting.get_absolute_url()}"
    event.add("url", url)
    event.add("description", f"Agenda, documents and minutes: {url}")
    event.add("status", "CANCELLED" if meeting.is_cancelled else "CONFIRMED")
    return event


def build_calendar(meetings, *, name: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", f"-//{settings.SITE_NAME}//Meetings//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/London")
    for meeting in calendar_window(meetings):
        cal.add_component(meeting_event(meeting))
    cal.add_missing_timezones()
    return cal.to_ical()


def _ics(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def all_meetings_calendar(request: HttpRequest) -> HttpResponse:
    """Every committee's meetings."""
    body = build_calendar(Meeting.objects.all(), name=f"{settings.SITE_NAME}: meetings")
    return _ics(body, "meetings.ics")


def committee_calendar(request: HttpRequest, committee: str) -> HttpResponse:
    """One committee's meetings."""
    committee = get_object_or_404(Committee, slug=committee)
    body = build_calendar(committee.meetings.all(), name=f"{committee.name}: meetings")
    return _ics(body, f"{committee.slug}.ics")
