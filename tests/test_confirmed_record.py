"""Confirmed minutes do not move: the admin shows them read-only, and every change to them,
attendance and the meeting's details included, is a correction with a reason, in the
history and on the public page."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from actions.models import Action
from minutes.models import Attendance, Correction, Meeting
from tests.clerk_helpers import form_data
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    AttendanceFactory,
    DecisionFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
)

Stage = Meeting.Stage


@pytest.fixture
def confirmed(db):
    """A meeting with its record, confirmed at the next one."""
    meeting = MeetingFactory(stage=Stage.PUBLISHED, venue="Smith Square, London")
    later = MeetingFactory(
        committee=meeting.committee, starts_at=meeting.starts_at + datetime.timedelta(days=30)
    )
    item = AgendaItemFactory(meeting=meeting, title="Productivity Report")
    point = DiscussionPointFactory(item=item, position=1)
    DecisionFactory(item=item, position=1)
    ActionFactory(item=item, discussion_point=point, description="Officers to reply.")
    AttendanceFactory(meeting=meeting, person=PersonFactory(name="Peter Fleming"))
    Meeting.objects.filter(pk=meeting.pk).update(
        stage=Stage.CONFIRMED, confirmed_at=later, confirmed_on=later.date
    )
    meeting.refresh_from_db()
    return meeting


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    client.force_login(user)
    return client


def _meeting_change(meeting, **changes):
    starts = timezone.localtime(meeting.starts_at)
    data = {
        "committee": meeting.committee_id,
        "starts_at_0": starts.date().isoformat(),
        "starts_at_1": starts.strftime("%H:%M"),
        "stage": meeting.stage,
        "venue": meeting.venue,
        "confirmed_at": meeting.confirmed_at_id or "",
        "agenda_items-TOTAL_FORMS": "0",
        "agenda_items-INITIAL_FORMS": "0",
        "attendances-TOTAL_FORMS": "0",
        "attendances-INITIAL_FORMS": "0",
    }
    return {**data, **changes}


# --- The admin -------------------------------------------------------------------------


def test_the_admin_refuses_a_venue_change_on_a_confirmed_meeting(confirmed, admin_client):
    url = reverse("admin:minutes_meeting_change", args=[confirmed.pk])
    page = admin_client.get(url).content.decode()
    assert 'name="venue"' not in page
    assert "Confirmed minutes are locked" in page
    response = admin_client.post(url, _meeting_change(confirmed, venue="A pub"))
    assert response.status_code == 403
    confirmed.refresh_from_db()
    assert confirmed.venue == "Smith Square, London"
    assert not confirmed.history.filter(venue="A pub").exists()


def test_the_admin_still_changes_a_meeting_whose_minutes_are_not_confirmed(db, admin_client):
    meeting = MeetingFactory(stage=Stage.PUBLISHED, venue="Smith Square, London")
    url = reverse("admin:minutes_meeting_change", args=[meeting.pk])
    response = admin_client.post(url, _meeting_change(meeting, venue="Town Hall"))
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.venue == "Town Hall"


def test_the_admin_does_not_delete_a_confirmed_meeting(confirmed, admin_client):
    url = reverse("admin:minutes_meeting_delete", args=[confirmed.pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 403
    assert Meeting.objects.filter(pk=confirmed.pk).exists()


def test_the_admin_shows_a_confirmed_meetings_attendance_read_only(confirmed, admin_client):
    page = admin_client.get(
        reverse("admin:minutes_meeting_change", args=[confirmed.pk])
    ).content.decode()
    assert "Peter Fleming" in page
    assert 'name="attendances-0-kind"' not in page


def test_the_admin_adds_no_item_to_confirmed_minutes(confirmed, admin_client):
    response = admin_client.post(
        reverse("admin:minutes_agendaitem_add"),
        {
            "meeting": confirmed.pk,
            "number": "9",
            "position": "9",
            "title": "Slipped in later",
            **{
                f"{prefix}-{key}": "0"
                for prefix in (
                    "reports",
                    "discussion_points",
                    "decisions",
                    "actions",
                    "declarations",
                )
                for key in ("TOTAL_FORMS", "INITIAL_FORMS")
            },
        },
    )
    assert response.status_code == 200
    assert "are confirmed" in response.content.decode()
    assert not confirmed.agenda_items.filter(title="Slipped in later").exists()


def test_the_admin_keeps_an_actions_source_as_minuted(confirmed, admin_client):
    action = Action.objects.get(item__meeting=confirmed)
    page = admin_client.get(
        reverse("admin:actions_action_change", args=[action.pk])
    ).content.decode()
    assert 'name="description"' not in page
    assert 'name="item"' not in page
    assert 'name="discussion_point"' not in page
    assert 'name="due_on"' in page  # tracking it goes on


def test_the_admin_raises_no_new_action_in_confirmed_minutes(confirmed, admin_client):
    item = confirmed.agenda_items.get()
    response = admin_client.post(
        reverse("admin:actions_action_add"),
        {
            "item": item.pk,
            "description": "Slipped in later.",
            "status": "open",
            "updates-TOTAL_FORMS": "0",
            "updates-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "are confirmed" in response.content.decode()
    assert not Action.objects.filter(description="Slipped in later.").exists()


def test_the_admin_does_not_change_a_point_of_confirmed_minutes(confirmed, admin_client):
    point = confirmed.agenda_items.get().discussion_points.get()
    url = reverse("admin:minutes_discussionpoint_change", args=[point.pk])
    response = admin_client.post(url, {"item": point.item_id, "position": 1, "text": "Rewritten"})
    assert response.status_code == 403
    point.refresh_from_db()
    assert point.text != "Rewritten"


# --- Corrections after confirmation ------------------------------------------------------


def test_a_clerk_corrects_the_attendance_of_confirmed_minutes_with_a_reason(
    confirmed, clerk_client, client
):
    fleming = confirmed.attendances.get().person
    url = reverse("clerk:attendance", args=[confirmed.pk])
    page = clerk_client.get(url)
    assert page.status_code == 200
    assert "Reason for the correction" in page.content.decode()
    data = form_data(page, "guests-TOTAL_FORMS")
    data[f"register-{fleming.pk}-kind"] = "apologies"  # he was in fact not there

    refused = clerk_client.post(url, data)
    assert refused.status_code == 200
    assert "give the reason for the correction" in refused.content.decode()
    assert confirmed.attendances.get(person=fleming).kind == Attendance.Kind.PRESENT

    data["correction-reason"] = "Peter Fleming sent apologies and was recorded in error."
    assert clerk_client.post(url, data).status_code == 302
    assert confirmed.attendances.get(person=fleming).kind == Attendance.Kind.APOLOGIES
    correction = Correction.objects.get(meeting=confirmed)
    assert correction.item is None
    changed = Attendance.history.get(person_id=fleming.pk, history_type="~")
    assert changed.history_change_reason.endswith("recorded in error.")
    public = client.get(confirmed.get_absolute_url()).content.decode()
    assert "Peter Fleming sent apologies and was recorded in error." in public


def test_a_clerk_corrects_a_confirmed_meetings_venue_with_a_reason(confirmed, clerk_client):
    url = reverse("clerk:meeting_edit", args=[confirmed.pk])
    page = clerk_client.get(url)
    assert page.status_code == 200
    data = form_data(page, "venue")
    data["venue"] = "18 Smith Square, London"
    refused = clerk_client.post(url, data)
    assert "give the reason for the correction" in refused.content.decode()
    confirmed.refresh_from_db()
    assert confirmed.venue == "Smith Square, London"
    data["correction-reason"] = "The street number was missing."
    assert clerk_client.post(url, data).status_code == 302
    confirmed.refresh_from_db()
    assert confirmed.venue == "18 Smith Square, London"
    assert (
        confirmed.history.first().history_change_reason
        == "Correction: The street number was missing."
    )
    assert Correction.objects.filter(meeting=confirmed, item=None).count() == 1


def test_a_confirmed_meetings_committee_and_date_keep_its_address(confirmed, clerk_client):
    url = reverse("clerk:meeting_edit", args=[confirmed.pk])
    data = form_data(clerk_client.get(url), "venue")
    data["date_2"] = "2001"
    data["correction-reason"] = "Trying to move it."
    clerk_client.post(url, data)
    before = confirmed.slug
    confirmed.refresh_from_db()
    assert confirmed.slug == before
