"""Each public page costs the same number of SQL queries for a meeting of 3 items as for one of 60."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actions.models import Action, ActionUpdate
from minutes.models import Correction, Report
from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AttendanceFactory,
    CommitteeFactory,
    MeetingFactory,
    MembershipFactory,
    PersonFactory,
    ReportFactory,
)
from tests.public_records import aware, build_meeting

pytestmark = pytest.mark.django_db

SMALL = {"items": 3, "points": 1, "actions": 1, "updates": 1}
LARGE = {"items": 60, "points": 6, "actions": 4, "updates": 3}


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def committee_with(size: dict, slug: str):
    """A committee with an earlier meeting (open actions, so matters arising) and a later one."""
    committee = CommitteeFactory(slug=slug)
    earlier = build_meeting(committee=committee, starts_at=aware(2018, 11, 22), **size)
    meeting = build_meeting(
        committee=committee, stage="confirmed", starts_at=aware(2019, 1, 17), **size
    )
    # The committee's notes on earlier actions, recorded at this meeting.
    for action in Action.objects.filter(item__meeting=earlier):
        ActionUpdateFactory(action=action, meeting=meeting, note="Noted by the committee.")
    for _ in range(size["items"] // 3):
        MeetingFactory(committee=committee, stage="agenda")
        MembershipFactory(committee=committee)
    return meeting


@pytest.fixture
def small():
    return committee_with(SMALL, "small")


@pytest.fixture
def large():
    return committee_with(LARGE, "large")


def busy_person(meeting) -> object:
    """Someone who sat on, attended, spoke at and owns actions of every item of a meeting."""
    person = PersonFactory()
    MembershipFactory(committee=meeting.committee, person=person, role="chair")
    AttendanceFactory(meeting=meeting, person=person)
    for item in meeting.agenda_items.all():
        for point in item.discussion_points.all():
            point.speakers.add(person)
    Action.objects.filter(item__meeting=meeting).update(owner=person)
    return person


def busy_action(meeting, updates: int) -> Action:
    """An action of the meeting with `updates` updates, some noted at meetings."""
    point = meeting.agenda_items.first().discussion_points.first()
    action = ActionFactory(item=point.item, discussion_point=point)
    for n in range(updates):
        ActionUpdateFactory(action=action, meeting=meeting if n % 2 else None)
    return action


def test_the_meeting_page_is_a_fixed_number_of_queries(client, small, large):
    assert large.agenda_items.count() == 60
    assert ActionUpdate.objects.filter(meeting=large).count() > 200
    assert count_queries(client, small.get_absolute_url()) == count_queries(
        client, large.get_absolute_url()
    )


def corrections_read(client, url: str) -> list[str]:
    """The page's queries that read a meeting's corrections themselves (not whether any)."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in queries if q["sql"].startswith('SELECT "minutes_correction".')]


def test_a_meeting_never_corrected_reads_no_corrections(client, large):
    url = large.get_absolute_url()
    assert large.is_locked
    assert corrections_read(client, url) == []

    Correction.objects.create(meeting=large, reason="The venue was recorded wrongly.")
    assert len(corrections_read(client, url)) == 1
    assert "The venue was recorded wrongly." in client.get(url).content.decode()


def reports_read(client, url: str) -> list[str]:
    """The page's queries that read its list of documents (each with its item's number), not
    whether there are any."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [
        q["sql"]
        for q in queries
        if q["sql"].startswith('SELECT "minutes_report".') and 'AS "item_number"' in q["sql"]
    ]


def test_a_meeting_with_no_public_report_reads_no_reports(client):
    meeting = build_meeting(**SMALL)
    url = meeting.get_absolute_url()
    assert len(reports_read(client, url)) == 1
    Report.objects.filter(item__meeting=meeting).delete()
    assert reports_read(client, url) == []
    assert "No documents have been published for this meeting." in client.get(url).content.decode()

    # A report of an exempt item is not the public's: still none is read or shown.
    exempt = meeting.agenda_items.first()
    exempt.is_exempt = True
    exempt.exempt_reason = "Paragraph 3: the council's financial affairs."
    exempt.save()
    ReportFactory(item=exempt, title="Confidential valuation of the depot site")
    assert reports_read(client, url) == []
    assert "Confidential valuation" not in client.get(url).content.decode()

    ReportFactory(item=meeting.agenda_items.last(), title="Parking review: consultation results")
    assert len(reports_read(client, url)) == 1
    page = client.get(url).content.decode()
    assert "Parking review: consultation results" in page
    assert "Confidential valuation" not in page


def test_an_agenda_page_is_a_fixed_number_of_queries(client):
    small = build_meeting(stage="agenda", **SMALL)
    large = build_meeting(stage="agenda", **LARGE)
    assert count_queries(client, small.get_absolute_url()) == count_queries(
        client, large.get_absolute_url()
    )


def test_the_item_page_is_a_fixed_number_of_queries(client, small, large):
    small_item, large_item = small.agenda_items.first(), large.agenda_items.get(number="30")
    # The large item has many more points, speakers, decisions and actions.
    ActionFactory.create_batch(20, item=large_item)
    assert count_queries(client, small_item.get_absolute_url()) == count_queries(
        client, large_item.get_absolute_url()
    )


def test_the_committee_page_is_a_fixed_number_of_queries(client, small, large):
    assert count_queries(client, small.committee.get_absolute_url()) == count_queries(
        client, large.committee.get_absolute_url()
    )


def test_the_person_page_is_a_fixed_number_of_queries(client, small, large):
    assert count_queries(client, busy_person(small).get_absolute_url()) == count_queries(
        client, busy_person(large).get_absolute_url()
    )


def test_the_action_page_is_a_fixed_number_of_queries(client, small, large):
    assert count_queries(client, busy_action(small, 1).get_absolute_url()) == count_queries(
        client, busy_action(large, 40).get_absolute_url()
    )


def test_the_action_page_for_a_signed_in_officer_is_a_fixed_number_of_queries(
    officer_client, officer, small, large
):
    few, many = busy_action(small, 1), busy_action(large, 40)
    Action.objects.filter(pk__in=[few.pk, many.pk]).update(owner=officer.person)
    assert count_queries(officer_client, few.get_absolute_url()) == count_queries(
        officer_client, many.get_absolute_url()
    )


@pytest.mark.parametrize("url", ["home", "committee_list", "action_list"])
def test_the_listings_are_a_fixed_number_of_queries_whatever_the_record(client, url):
    committee_with(SMALL, "small")
    before = count_queries(client, reverse(url))
    committee_with(LARGE, "large")
    for n in range(10):
        MeetingFactory(
            committee=CommitteeFactory(),
            stage="agenda",
            starts_at=aware(2019, 1, 1) + datetime.timedelta(days=4000 + n),
        )
    assert Action.objects.public().count() > 400
    assert count_queries(client, reverse(url)) == before


def test_a_filtered_page_of_the_action_log_is_a_fixed_number_of_queries(client):
    meeting = committee_with(SMALL, "small")
    url = f"{reverse('action_list')}?committee=small&status=open&overdue="
    before = count_queries(client, url)
    build_meeting(committee=meeting.committee, starts_at=aware(2019, 3, 14), **LARGE)
    deep = Action.objects.filter(item__meeting__committee=meeting.committee).order_by("pk")[80]
    assert count_queries(client, url) == before
    assert count_queries(client, f"{url}&after={deep.reference}") <= before + 1
