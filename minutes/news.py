"""The record's news: a meeting's agenda published, its minutes published, its minutes confirmed.

Feeds and email alerts tell the same news, read from the moments the workflow stamps on
each meeting, and only while the meeting still stands at a stage where that news is public:
minutes withdrawn are no longer news, and a draft never is.
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from heapq import merge
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone

from minutes.models import AgendaItem, Meeting
from minutes.templatetags.minutes_tags import uk_time


class NewsKind(models.TextChoices):
    """What went out about a meeting: the three steps of the publication rules the public sees."""

    AGENDA = "agenda", "Agenda published"
    MINUTES = "minutes", "Draft minutes published"
    CONFIRMED = "confirmed", "Minutes confirmed"


# Each kind: the moment it records, and the meetings where that news is (still) public.
MOMENT = {
    NewsKind.AGENDA: "agenda_published_at",
    NewsKind.MINUTES: "minutes_published_at",
    NewsKind.CONFIRMED: "minutes_confirmed_at",
}


def meetings_with(kind: str, meetings=None):
    """Meetings whose news of this kind is public, newest news first."""
    meetings = Meeting.objects.all() if meetings is None else meetings
    public = {
        NewsKind.AGENDA: meetings.public(),
        NewsKind.MINUTES: meetings.with_public_minutes(),
        NewsKind.CONFIRMED: meetings.filter(stage=Meeting.Stage.CONFIRMED),
    }[kind]
    moment = MOMENT[kind]
    return public.filter(**{f"{moment}__isnull": False}).order_by(f"-{moment}", "-pk")


@dataclass(frozen=True)
class News:
    """One piece of news about one meeting."""

    kind: str
    meeting: Meeting
    at: datetime.datetime

    @property
    def label(self) -> str:
        return NewsKind(self.kind).label

    @property
    def title(self) -> str:
        return f"{self.label}: {self.meeting}"

    @property
    def uid(self) -> str:
        """Stable across edits to the meeting (even its date): built from its id and the kind."""
        host = urlsplit(settings.SITE_URL).hostname or "localhost"
        name = f"{self.kind}.{self.meeting.pk}.meetings.{host}"
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_DNS, name)}"

    @property
    def summary(self) -> str:
        """What went out, in a sentence or two, and the agenda (numbers and titles only:
        public at every public stage, exempt items included)."""
        meeting = self.meeting
        when = timezone.localtime(meeting.starts_at)
        of = f"the meeting of {meeting.committee} on {when:%-d %B %Y}"
        if self.kind == NewsKind.AGENDA:
            place = f" at {meeting.venue}" if meeting.venue else ""
            text = f"The agenda is published for {of} at {uk_time(when)}{place}."
        elif self.kind == NewsKind.MINUTES:
            text = f"Draft minutes of {of} are published, subject to confirmation."
        else:
            text = f"The minutes of {of} are confirmed as a correct record"
            if meeting.confirmed_at:
                text += f" at the meeting of {meeting.confirmed_at.date:%-d %B %Y}"
            text += "."
        if meeting.is_cancelled:
            text += " This meeting is cancelled."
        items = [f"{item.number}. {item.title}" for item in getattr(meeting, "agenda", [])]
        if items:
            text += " Agenda: " + "; ".join(items) + "."
        return text


def latest_news(*, committee=None, limit: int = 50) -> list[News]:
    """The newest news of every kind, merged, newest first.

    One query per kind (each on its moment's index) and one for the agendas of the
    meetings shown, whatever the size of the record.
    """
    meetings = Meeting.objects.select_related("committee", "confirmed_at")
    if committee is not None:
        meetings = meetings.filter(committee=committee)
    by_kind = []
    for kind, moment in MOMENT.items():
        rows = list(meetings_with(kind, meetings)[:limit])
        by_kind.append([News(kind, meeting, getattr(meeting, moment)) for meeting in rows])
    news = list(merge(*by_kind, key=lambda n: (n.at, n.meeting.pk), reverse=True))[:limit]
    attach_agendas([n.meeting for n in news])
    return news


def attach_agendas(meetings: list[Meeting]) -> None:
    """Give each meeting its agenda (numbers and titles: public at any public stage)."""
    agenda = AgendaItem.objects.only("meeting_id", "number", "title", "position", "is_exempt")
    models.prefetch_related_objects(
        meetings, Prefetch("agenda_items", queryset=agenda, to_attr="agenda")
    )
