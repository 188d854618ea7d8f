"""Meetings as Open Civic Data events, in the shape of the OCD event schema.

The fields are those of the schema the OCD scraper framework (pupa) validates events
against: name, classification, description, start_date and end_date (ISO 8601 date-times
in London time with their offset, whole seconds), all_day, status (cancelled, tentative,
confirmed or passed), location, participants, agenda (description, order, notes), documents
(with media_type), links and sources. Only what the public pages show goes in: attendance
and decisions wait for the minutes, an exempt item shows its title and reason only.
"""

from __future__ import annotations

import datetime
import mimetypes
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from rest_framework import serializers, viewsets

from minutes.api.filters import MeetingFilter
from minutes.api.serializers import absolute
from minutes.api.views import cursor
from minutes.models import AgendaItem, Attendance, Decision, Meeting, Report

CLASSIFICATION = "committee-meeting"

# Attendance kinds as the note of a participant.
ROLE_NOTES = {
    Attendance.Kind.PRESENT: "present",
    Attendance.Kind.SUBSTITUTE: "substitute",
    Attendance.Kind.APOLOGIES: "apologies",
    Attendance.Kind.ABSENT: "absent",
    Attendance.Kind.IN_ATTENDANCE: "in attendance",
}


def ocd_datetime(moment: datetime.datetime) -> str:
    """2019-01-17T11:00:00+00:00: London time, its offset, no fraction of a second."""
    return timezone.localtime(moment).replace(microsecond=0).isoformat()


def ocd_id(meeting: Meeting) -> str:
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    return f"ocd-event/{uuid.uuid5(uuid.NAMESPACE_DNS, f'{meeting.pk}.meetings.{host}')}"


def status(meeting: Meeting, now: datetime.datetime | None = None) -> str:
    if meeting.is_cancelled:
        return "cancelled"
    return "passed" if meeting.starts_at < (now or timezone.now()) else "confirmed"


def _media_type(report: Report) -> str:
    guessed, _ = mimetypes.guess_type(urlsplit(report.href).path)
    return guessed or "text/html"


class _Location(serializers.Serializer):
    name = serializers.CharField()
    note = serializers.CharField(allow_blank=True)


class _Participant(serializers.Serializer):
    name = serializers.CharField()
    type = serializers.ChoiceField(choices=["organization", "person"])
    note = serializers.CharField()


class _AgendaEntry(serializers.Serializer):
    description = serializers.CharField()
    order = serializers.CharField(allow_null=True)
    notes = serializers.ListField(child=serializers.CharField())
    subjects = serializers.ListField(child=serializers.CharField())
    related_entities = serializers.ListField(child=serializers.DictField())
    media = serializers.ListField(child=serializers.DictField())


class _Document(serializers.Serializer):
    note = serializers.CharField()
    url = serializers.URLField()
    media_type = serializers.CharField()


class _Link(serializers.Serializer):
    note = serializers.CharField(allow_blank=True)
    url = serializers.URLField()


class OCDEventSerializer(serializers.Serializer):
    """A meeting as an OCD event (read-only). The fields declare the shape for the OpenAPI
    schema; to_representation builds it from the meeting."""

    _id = serializers.CharField(help_text="ocd-event/<uuid>, stable for the meeting.")
    name = serializers.CharField()
    classification = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    all_day = serializers.BooleanField()
    start_date = serializers.CharField(help_text="e.g. 2019-01-17T11:00:00+00:00")
    end_date = serializers.CharField(allow_blank=True, help_text="Empty when not known.")
    status = serializers.ChoiceField(choices=["cancelled", "tentative", "confirmed", "passed"])
    location = _Location()
    participants = _Participant(many=True)
    agenda = _AgendaEntry(many=True)
    documents = _Document(many=True)
    links = _Link(many=True)
    sources = _Link(many=True)
    extras = serializers.DictField()

    def to_representation(self, meeting: Meeting) -> dict:
        page = absolute(meeting.get_absolute_url())
        event = {
            "_id": ocd_id(meeting),
            "name": f"{meeting.printed_committee_name}, {meeting.date:%-d %B %Y}",
            "classification": CLASSIFICATION,
            "description": meeting.committee.description,
            "all_day": False,
            "start_date": ocd_datetime(meeting.starts_at),
            "end_date": "",
            "status": status(meeting),
            "location": {"name": meeting.venue or "To be confirmed", "note": ""},
            "participants": self._participants(meeting),
            "agenda": [self._agenda_entry(meeting, item) for item in meeting.agenda_items.all()],
            "documents": [
                {
                    "note": report.title,
                    "url": absolute(report.href),
                    "media_type": _media_type(report),
                }
                for item in meeting.agenda_items.all()
                for report in item.public_reports
            ],
            "links": [
                {"note": "Committee page", "url": absolute(meeting.committee.get_absolute_url())}
            ],
            "sources": [{"url": page, "note": "Meeting page"}],
            "extras": {"stage": meeting.stage, "meeting_id": meeting.pk},
        }
        if meeting.ends_at:
            local = timezone.localtime(meeting.starts_at)
            ends = datetime.datetime.combine(local.date(), meeting.ends_at, local.tzinfo)
            if ends > local:
                event["end_date"] = ocd_datetime(ends)
        return event

    def _participants(self, meeting: Meeting) -> list[dict]:
        # As the minutes print them: once confirmed, as on the day.
        host = meeting.printed_committee_name
        people = [{"name": host, "type": "organization", "note": "host"}]
        if meeting.chair:
            chair = meeting.printed(meeting.chair).full_name
            people.append({"name": chair, "type": "person", "note": "chair"})
        if meeting.minutes_public:  # the register is part of the minutes
            people += [
                {
                    "name": meeting.printed(a.person).full_name,
                    "type": "person",
                    "note": ROLE_NOTES[a.kind],
                }
                for a in meeting.attendances.all()
            ]
        return people

    def _agenda_entry(self, meeting: Meeting, item: AgendaItem) -> dict:
        if item.is_exempt:
            notes = [f"Exempt: {item.exempt_reason}"]
        else:
            notes = [decision.text for decision in item.public_decisions if decision.text]
        return {
            "description": item.title,
            "order": item.number,
            "notes": notes,
            "subjects": [],
            "related_entities": [],
            "media": [],
        }


def _public_register():
    """Attendance is part of the minutes: only of meetings whose minutes are public."""
    return Attendance.objects.filter(
        meeting__in=Meeting.objects.with_public_minutes()
    ).select_related("person")


class OCDEventViewSet(viewsets.ReadOnlyModelViewSet):
    """Public meetings as Open Civic Data events."""

    serializer_class = OCDEventSerializer
    pagination_class = cursor("-starts_at", "-id")
    filterset_class = MeetingFilter

    def get_queryset(self):
        readable = AgendaItem.objects.with_public_minutes()
        items = AgendaItem.objects.order_by("position").prefetch_related(
            Prefetch(
                "reports",
                queryset=Report.objects.filter(item__is_exempt=False),
                to_attr="public_reports",
            ),
            Prefetch(
                "decisions",
                queryset=Decision.objects.filter(item__in=readable),
                to_attr="public_decisions",
            ),
        )
        return (
            Meeting.objects.public()
            .select_related("committee", "chair")
            .prefetch_related(
                Prefetch("agenda_items", queryset=items),
                Prefetch("attendances", queryset=_public_register()),
            )
        )
