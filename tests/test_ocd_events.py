"""Meetings as Open Civic Data events, validated as pupa (the OCD scraper framework) validates them."""

import datetime
import re

import pytest
from django.utils import timezone
from pupa.scrape.base import BaseModel
from pupa.scrape.schemas.event import schema as OCD_EVENT_SCHEMA

from minutes.models import Meeting
from tests.factories import AgendaItemFactory, DecisionFactory, MeetingFactory, ReportFactory
from tests.public_records import aware, build_meeting

pytestmark = pytest.mark.django_db

# ISO 8601 with an offset and whole seconds, as the task asks of start_date and end_date.
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


class ServedEvent(BaseModel):
    """An event as the API served it, put through pupa's own validation (its JSON schema,
    Draft 3 with pupa's date types and format checks)."""

    _type = "event"
    _schema = OCD_EVENT_SCHEMA

    def __init__(self, data: dict):
        super().__init__()
        self._data = data

    def as_dict(self) -> dict:
        return self._data


def _valid(event: dict) -> dict:
    ServedEvent(event).validate()  # raises pupa's ScrapeValueError with every error found
    # pupa's event objects take no property the schema does not name (its _id aside).
    assert set(event) <= {*OCD_EVENT_SCHEMA["properties"], "_id"}
    for field in ("name", "classification", "start_date", "status", "location", "sources"):
        assert event[field], f"{field} is empty"
    assert ISO_WITH_OFFSET.match(event["start_date"]), event["start_date"]
    assert event["end_date"] == "" or ISO_WITH_OFFSET.match(event["end_date"])
    return event


def _events(client, **params) -> list[dict]:
    response = client.get("/api/v1/ocd/events/", params)
    assert response.status_code == 200
    return [_valid(event) for event in response.json()["results"]]


def test_pupas_validation_refuses_what_the_schema_forbids():
    with pytest.raises(Exception, match="status"):
        ServedEvent(
            {"name": "x", "status": "postponed", "sources": [{"url": "https://a.b/"}]}
        ).validate()
    with pytest.raises(Exception, match="sources"):
        ServedEvent({"name": "x", "sources": []}).validate()


def test_every_event_is_valid_and_a_meeting_reads_as_the_schema_defines_it(client, settings):
    settings.SITE_URL = "https://minutes.example.gov.uk"
    meeting = build_meeting(
        items=2,
        starts_at=aware(2019, 7, 4, 18),
        ends_at=datetime.time(20, 30),
        venue="Smith Square",
    )
    ReportFactory(
        item=meeting.agenda_items.first(), url="https://example.org/pack.docx", title="Pack"
    )
    AgendaItemFactory(
        meeting=meeting, number="3", position=3, is_exempt=True, exempt_reason="Para 3."
    )
    build_meeting(stage=Meeting.Stage.AGENDA, starts_at=aware(2030, 1, 10))
    MeetingFactory(stage=Meeting.Stage.AGENDA, is_cancelled=True, starts_at=aware(2030, 2, 10))

    events = _events(client)
    event = next(e for e in events if e["extras"]["meeting_id"] == meeting.pk)

    assert len(events) == 3
    assert event["start_date"] == "2019-07-04T18:00:00+01:00"
    assert event["end_date"] == "2019-07-04T20:30:00+01:00"
    assert event["status"] == "passed"
    assert event["classification"] == "committee-meeting"
    assert event["location"]["name"] == "Smith Square"
    assert event["sources"] == [
        {
            "url": f"https://minutes.example.gov.uk{meeting.get_absolute_url()}",
            "note": "Meeting page",
        }
    ]
    assert [a["order"] for a in event["agenda"]] == ["1", "2", "3"]
    assert event["agenda"][0]["description"] == meeting.agenda_items.get(number="1").title
    assert event["agenda"][0]["notes"] == ["RESOLVED that the report be noted."] * 2
    assert event["agenda"][-1]["notes"] == ["Exempt: Para 3."]
    assert {"name": meeting.committee.name, "type": "organization", "note": "host"} in event[
        "participants"
    ]
    assert {p["note"] for p in event["participants"]} >= {"present", "apologies", "substitute"}
    assert {d["media_type"] for d in event["documents"]} == {
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }
    assert {e["status"] for e in events} == {"passed", "confirmed", "cancelled"}


def test_an_agenda_stage_event_has_no_register_or_decisions_yet(client):
    meeting = build_meeting(stage=Meeting.Stage.AGENDA, items=1, starts_at=aware(2030, 1, 10))

    event = client.get(f"/api/v1/ocd/events/{meeting.pk}/").json()

    _valid(event)
    assert event["status"] == "confirmed"
    assert [p["note"] for p in event["participants"]] == ["host"]
    assert event["agenda"][0]["notes"] == []


def test_a_draft_is_not_an_event(client):
    draft = MeetingFactory(stage=Meeting.Stage.DRAFT)

    assert client.get(f"/api/v1/ocd/events/{draft.pk}/").status_code == 404
    assert _events(client) == []


def test_times_are_whole_seconds_in_london_time_with_the_offset(client):
    odd = timezone.make_aware(datetime.datetime(2019, 1, 17, 9, 30, 15, 987654))
    meeting = MeetingFactory(starts_at=odd)
    DecisionFactory(item=AgendaItemFactory(meeting=meeting))

    (event,) = _events(client)

    assert event["start_date"] == "2019-01-17T09:30:15+00:00"
    assert event["end_date"] == ""
