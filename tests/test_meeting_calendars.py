"""Meetings as iCalendar feeds, read back with the icalendar package as a calendar app would."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from minutes.calendars import CALENDAR_MONTHS
from minutes.models import Meeting
from tests.factories import CommitteeFactory, MeetingFactory

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = "https://minutes.example.gov.uk"


def _uid(meeting) -> str:
    return f"meeting-{meeting.pk}@minutes.example.gov.uk"


def _soon(days: int) -> datetime.datetime:
    return (timezone.now() + datetime.timedelta(days=days)).replace(microsecond=0)


def _calendar(client, url) -> Calendar:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def _events(client, url) -> dict:
    return {str(event["uid"]): event for event in _calendar(client, url).walk("VEVENT")}


def _in_london(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=LONDON)


def test_a_meeting_is_an_event_in_london_time_with_its_page_and_venue(client):
    next_year = timezone.localdate().year + 1
    board = CommitteeFactory(name="Improvement and Innovation Board", slug="iib")
    summer = MeetingFactory(
        committee=board,
        stage=Meeting.Stage.AGENDA,
        starts_at=_in_london(next_year, 7, 3, 18, 30),
        ends_at=datetime.time(20, 0),
        venue="Smith Square, London",
    )

    cal = _calendar(client, reverse("committee_calendar", args=["iib"]))
    event = cal.walk("VEVENT")[0]

    assert str(event["uid"]) == _uid(summer)
    assert event["dtstart"].params["TZID"] == "Europe/London"
    assert event.decoded("dtstart") == _in_london(next_year, 7, 3, 18, 30)
    assert event.decoded("dtstart").utcoffset() == datetime.timedelta(hours=1)
    assert event.decoded("dtend") == _in_london(next_year, 7, 3, 20, 0)
    assert str(event["location"]) == "Smith Square, London"
    assert str(event["url"]) == f"https://minutes.example.gov.uk{summer.get_absolute_url()}"
    assert str(event["status"]) == "CONFIRMED"
    assert str(event["summary"]) == "Improvement and Innovation Board"
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/London"]


def test_the_uid_stays_when_the_meeting_moves_to_another_day(client):
    meeting = MeetingFactory(stage=Meeting.Stage.AGENDA, starts_at=_soon(3))
    before = set(_events(client, reverse("meetings_calendar")))
    meeting.starts_at += datetime.timedelta(days=7)
    meeting.save()

    events = _events(client, reverse("meetings_calendar"))

    assert set(events) == before
    assert events[_uid(meeting)].decoded("dtstart") == meeting.starts_at


def test_a_cancelled_meeting_is_marked_cancelled(client):
    meeting = MeetingFactory(stage=Meeting.Stage.AGENDA, is_cancelled=True, starts_at=_soon(3))

    event = _events(client, reverse("meetings_calendar"))[_uid(meeting)]

    assert str(event["status"]) == "CANCELLED"
    assert "cancelled" in str(event["summary"])


def test_drafts_are_never_in_a_calendar(client):
    board = CommitteeFactory(slug="iib")
    soon = _soon(3)
    public = MeetingFactory(committee=board, stage=Meeting.Stage.AGENDA, starts_at=soon)
    draft = MeetingFactory(
        committee=board, stage=Meeting.Stage.DRAFT, starts_at=soon + datetime.timedelta(days=1)
    )

    for url in (reverse("meetings_calendar"), reverse("committee_calendar", args=["iib"])):
        uids = set(_events(client, url))
        assert _uid(public) in uids
        assert _uid(draft) not in uids


def test_the_calendar_holds_recent_months_and_all_that_is_coming(client):
    now = timezone.now()
    old = MeetingFactory(starts_at=now - datetime.timedelta(days=CALENDAR_MONTHS * 31 + 5))
    recent = MeetingFactory(starts_at=now - datetime.timedelta(days=60))
    far = MeetingFactory(stage=Meeting.Stage.AGENDA, starts_at=now + datetime.timedelta(days=700))

    uids = set(_events(client, reverse("meetings_calendar")))

    assert uids == {_uid(m) for m in (recent, far)}
    assert _uid(old) not in uids


def test_a_committee_calendar_holds_only_its_committee_and_unknown_ones_are_not_found(client):
    ours = MeetingFactory(committee=CommitteeFactory(slug="ours"), starts_at=timezone.now())
    MeetingFactory(committee=CommitteeFactory(slug="theirs"), starts_at=timezone.now())

    assert set(_events(client, reverse("committee_calendar", args=["ours"]))) == {_uid(ours)}
    assert client.get("/committees/nobody/calendar.ics").status_code == 404
