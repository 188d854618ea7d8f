"""No edit is lost: two clerks on one edit page. A save made on a page drawn before someone
else's save is refused; the page shows what the other changed, keeps everything this clerk
typed, and brings every field they did not touch up to date, so saving again keeps both."""

import threading

import pytest
from django.db import connection, connections, transaction
from django.test import Client
from django.urls import reverse

from minutes.models import AgendaItem, Attendance, Decision, Meeting
from tests.clerk_helpers import form_data
from tests.factories import (
    AgendaItemFactory,
    DecisionFactory,
    MeetingFactory,
    MembershipFactory,
)

CONFLICT = "Someone else saved this page while you were working on it"


@pytest.fixture
def two_clerks(clerk):
    first, second = Client(), Client()
    first.force_login(clerk)
    second.force_login(clerk)
    return first, second


@pytest.fixture
def item(db):
    meeting = MeetingFactory(stage=Meeting.Stage.PUBLISHED, venue="Smith Square")
    item = AgendaItemFactory(meeting=meeting, minute_text="The board noted the report.")
    DecisionFactory(item=item, position=1, text="RESOLVED that the report be noted.")
    return item


def _minutes(item):
    return reverse("clerk:item_minutes", args=[item.meeting.pk, item.pk])


def test_the_second_save_of_an_item_is_refused_and_keeps_both_clerks_work(two_clerks, item):
    first, second = two_clerks
    mine = form_data(first.get(_minutes(item)), "item-minute_text")
    theirs = form_data(second.get(_minutes(item)), "item-minute_text")

    mine["item-minute_text"] = "The board noted the report and thanked the officers."
    assert first.post(_minutes(item), mine).status_code == 302

    # The second clerk changed only the decision: their page still holds the old minute.
    theirs["decisions-0-text"] = "RESOLVED that the report be noted, with thanks."
    response = second.post(_minutes(item), theirs)
    html = response.content.decode()
    assert response.status_code == 200
    assert CONFLICT in html
    assert "The board noted the report and thanked the officers." in html  # theirs, shown
    assert "RESOLVED that the report be noted, with thanks." in html  # what was typed, kept
    item.refresh_from_db()
    assert item.minute_text == "The board noted the report and thanked the officers."
    assert Decision.objects.get().text == "RESOLVED that the report be noted."

    # Saving again, as the page now stands, keeps both changes: no old text comes back.
    again = form_data(response, "item-minute_text")
    assert again["item-minute_text"] == "The board noted the report and thanked the officers."
    assert second.post(_minutes(item), again).status_code == 302
    item.refresh_from_db()
    assert item.minute_text == "The board noted the report and thanked the officers."
    assert Decision.objects.get().text == "RESOLVED that the report be noted, with thanks."


def test_a_save_on_an_up_to_date_page_goes_through(two_clerks, item):
    first, _ = two_clerks
    data = form_data(first.get(_minutes(item)), "item-minute_text")
    data["decisions-0-text"] = "RESOLVED: noted."
    assert first.post(_minutes(item), data).status_code == 302
    assert Decision.objects.get().text == "RESOLVED: noted."


def test_a_forged_version_is_treated_as_out_of_date(two_clerks, item):
    first, _ = two_clerks
    data = form_data(first.get(_minutes(item)), "item-minute_text")
    data["version"] = "forged"
    data["item-minute_text"] = "Rewritten."
    response = first.post(_minutes(item), data)
    assert CONFLICT in response.content.decode()
    item.refresh_from_db()
    assert item.minute_text == "The board noted the report."


def test_the_second_save_of_a_meetings_details_is_refused(two_clerks, item):
    first, second = two_clerks
    meeting = item.meeting
    url = reverse("clerk:meeting_edit", args=[meeting.pk])
    mine = form_data(first.get(url), "venue")
    theirs = form_data(second.get(url), "venue")
    mine["venue"] = "Town Hall"
    assert first.post(url, mine).status_code == 302
    theirs["ends_at"] = "13:00"
    response = second.post(url, theirs)
    html = response.content.decode()
    assert CONFLICT in html
    assert 'value="Town Hall"' in html and 'value="13:00"' in html
    meeting.refresh_from_db()
    assert (meeting.venue, meeting.ends_at) == ("Town Hall", None)
    assert second.post(url, form_data(response, "venue")).status_code == 302
    meeting.refresh_from_db()
    assert meeting.venue == "Town Hall" and meeting.ends_at.strftime("%H:%M") == "13:00"


def test_a_details_save_never_writes_back_a_stage_another_clerk_just_moved(
    clerk_client, item, monkeypatch
):
    """The details page reads the meeting, then saves under the row lock. Had another clerk
    published the minutes in between, saving the copy read earlier would put the meeting
    back at its old stage, unpublishing the minutes without a word."""
    from minutes import services
    from minutes.clerk.views import meetings

    meeting = item.meeting
    Meeting.objects.filter(pk=meeting.pk).update(stage=Meeting.Stage.AGENDA)
    url = reverse("clerk:meeting_edit", args=[meeting.pk])
    data = form_data(clerk_client.get(url), "venue")
    data["venue"] = "Town Hall"
    read_before = meetings.meeting_for_clerk

    def read_then_publish(pk):
        stale = read_before(pk)
        services.move_meeting(meeting=Meeting.objects.get(pk=pk), to=Meeting.Stage.PUBLISHED)
        return stale

    monkeypatch.setattr(meetings, "meeting_for_clerk", read_then_publish)
    assert clerk_client.post(url, data).status_code == 302
    meeting.refresh_from_db()
    assert meeting.venue == "Town Hall"
    assert meeting.stage == Meeting.Stage.PUBLISHED and meeting.minutes_published_at


def test_the_second_save_of_the_register_is_refused(two_clerks, item):
    first, second = two_clerks
    meeting = item.meeting
    one = MembershipFactory(committee=meeting.committee).person
    two = MembershipFactory(committee=meeting.committee).person
    url = reverse("clerk:attendance", args=[meeting.pk])
    mine = form_data(first.get(url), f"register-{one.pk}-kind")
    theirs = form_data(second.get(url), f"register-{one.pk}-kind")
    mine[f"register-{one.pk}-kind"] = "present"
    assert first.post(url, mine).status_code == 302
    theirs[f"register-{two.pk}-kind"] = "apologies"
    response = second.post(url, theirs)
    assert CONFLICT in response.content.decode()
    assert not meeting.attendances.filter(person=two).exists()
    assert second.post(url, form_data(response, f"register-{one.pk}-kind")).status_code == 302
    kinds = dict(meeting.attendances.values_list("person_id", "kind"))
    assert kinds == {one.pk: Attendance.Kind.PRESENT, two.pk: Attendance.Kind.APOLOGIES}


def test_the_second_save_of_the_agenda_is_refused(two_clerks, item):
    first, second = two_clerks
    meeting = item.meeting
    other = AgendaItemFactory(meeting=meeting, title="Finance")
    url = reverse("clerk:agenda", args=[meeting.pk])
    mine = form_data(first.get(url), "items-TOTAL_FORMS")
    theirs = form_data(second.get(url), "items-TOTAL_FORMS")
    mine["items-0-title"] = "Productivity"
    assert first.post(url, mine).status_code == 302
    theirs["items-1-title"] = "Finance and budget"
    response = second.post(url, theirs)
    assert CONFLICT in response.content.decode()
    other.refresh_from_db()
    assert other.title == "Finance"
    assert second.post(url, form_data(response, "items-TOTAL_FORMS")).status_code == 302
    titles = set(AgendaItem.objects.filter(meeting=meeting).values_list("title", flat=True))
    assert titles == {"Productivity", "Finance and budget"}


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite has no row locks, so a save cannot be made to wait for another",
)
def test_a_save_waiting_on_another_is_refused_once_that_one_commits(clerk):
    meeting = MeetingFactory(stage=Meeting.Stage.PUBLISHED)
    item = AgendaItemFactory(meeting=meeting, minute_text="First draft.")
    client = Client()
    client.force_login(clerk)
    stale = form_data(client.get(_minutes(item)), "item-minute_text")
    stale["item-minute_text"] = "Second clerk's text."
    results = []

    def save():
        try:
            results.append(client.post(_minutes(item), stale))
        finally:
            connections.close_all()

    with transaction.atomic():
        Meeting.objects.select_for_update().get(pk=meeting.pk)
        AgendaItem.objects.filter(pk=item.pk).update(minute_text="First clerk's text.")
        thread = threading.Thread(target=save)
        thread.start()
        _wait_for_a_waiter()
    thread.join(20)
    assert results and results[0].status_code == 200
    assert CONFLICT in results[0].content.decode()
    item.refresh_from_db()
    assert item.minute_text == "First clerk's text."


def _wait_for_a_waiter(timeout: float = 15.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(DISTINCT pid) FROM pg_locks WHERE NOT granted AND pid <> pg_backend_pid()"
            )
            if cursor.fetchone()[0] >= 1:
                return
        time.sleep(0.02)
    raise AssertionError("the second save never reached the meeting's lock")
