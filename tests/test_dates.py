"""Dates follow the calendar: minutes are published once the meeting has started, confirmed
at a later meeting that has taken place, signed on or after that meeting and not in the
future; an action is ticked off on a day between its raising and today."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from actions.models import Action
from minutes.models import Meeting
from minutes.services import WorkflowError, confirm_minutes, move_meeting
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    CommitteeFactory,
    MeetingFactory,
    PersonFactory,
)

Stage = Meeting.Stage
DAY = datetime.timedelta(days=1)


def _meeting(stage, starts_at, committee=None):
    meeting = MeetingFactory(
        stage=stage, starts_at=starts_at, committee=committee or CommitteeFactory()
    )
    AgendaItemFactory(meeting=meeting)
    return meeting


@pytest.fixture
def now():
    return timezone.now().replace(microsecond=0)


@pytest.fixture
def past(db, now):
    """Published minutes of a meeting three weeks ago."""
    return _meeting(Stage.PUBLISHED, now - 21 * DAY)


# --- Publishing --------------------------------------------------------------------------


def test_minutes_of_a_meeting_that_has_not_started_are_not_published(db, clerk, now):
    coming = _meeting(Stage.AGENDA, now + 2 * DAY)
    with pytest.raises(WorkflowError, match="published once the meeting has started") as refusal:
        move_meeting(meeting=coming, to=Stage.PUBLISHED, user=clerk)
    assert refusal.value.code == "not_started"
    coming.refresh_from_db()
    assert coming.stage == Stage.AGENDA


def test_minutes_are_published_once_the_meeting_has_started(db, clerk, now):
    started = _meeting(Stage.AGENDA, now - datetime.timedelta(minutes=5))
    move_meeting(meeting=started, to=Stage.PUBLISHED, user=clerk)
    started.refresh_from_db()
    assert started.stage == Stage.PUBLISHED


def test_the_meeting_page_explains_why_minutes_are_not_yet_published(clerk_client, now):
    coming = _meeting(Stage.AGENDA, now + 2 * DAY)
    response = clerk_client.post(
        reverse("clerk:meeting_move", args=[coming.pk]), {"to": Stage.PUBLISHED}, follow=True
    )
    assert "Minutes are published once the meeting has started" in response.content.decode()
    coming.refresh_from_db()
    assert coming.stage == Stage.AGENDA


# --- Confirming --------------------------------------------------------------------------


def test_minutes_are_not_confirmed_at_a_meeting_that_has_not_taken_place(past, now):
    coming = MeetingFactory(committee=past.committee, stage=Stage.AGENDA, starts_at=now + 3 * DAY)
    with pytest.raises(WorkflowError, match="has not taken place yet") as refusal:
        confirm_minutes(meeting=past, confirmed_at=coming, signed_by=PersonFactory())
    assert refusal.value.code == "confirmer_not_held"
    past.refresh_from_db()
    assert past.stage == Stage.PUBLISHED


def test_minutes_are_not_signed_in_the_future(past, now):
    held = MeetingFactory(committee=past.committee, starts_at=now - 7 * DAY)
    with pytest.raises(WorkflowError, match="cannot be in the future"):
        confirm_minutes(
            meeting=past,
            confirmed_at=held,
            signed_by=PersonFactory(),
            confirmed_on=timezone.localdate() + DAY,
        )
    past.refresh_from_db()
    assert past.stage == Stage.PUBLISHED


def test_minutes_are_not_signed_before_the_meeting_that_approved_them(past, now):
    held = MeetingFactory(committee=past.committee, starts_at=now - 7 * DAY)
    with pytest.raises(WorkflowError, match="at or after the meeting that approved them"):
        confirm_minutes(
            meeting=past,
            confirmed_at=held,
            signed_by=PersonFactory(),
            confirmed_on=held.date - DAY,
        )


def test_minutes_signed_today_at_a_meeting_held_today_are_confirmed(past, now):
    held = MeetingFactory(committee=past.committee, starts_at=now - datetime.timedelta(minutes=1))
    confirm_minutes(
        meeting=past,
        confirmed_at=held,
        signed_by=PersonFactory(),
        confirmed_on=timezone.localdate(),
    )
    past.refresh_from_db()
    assert past.stage == Stage.CONFIRMED


def test_the_confirm_page_offers_no_meeting_yet_to_be_held(clerk_client, past, now):
    held = MeetingFactory(committee=past.committee, starts_at=now - 7 * DAY)
    coming = MeetingFactory(committee=past.committee, stage=Stage.AGENDA, starts_at=now + 3 * DAY)
    url = reverse("clerk:meeting_confirm", args=[past.pk])
    choices = list(clerk_client.get(url).context["form"].fields["confirmed_at"].queryset)
    assert choices == [held]
    response = clerk_client.post(url, {"confirmed_at": coming.pk, "signed_by": PersonFactory().pk})
    assert response.status_code == 200
    assert (
        "Choose a later meeting of this committee that has taken place."
        in response.content.decode()
    )
    past.refresh_from_db()
    assert past.stage == Stage.PUBLISHED


@pytest.mark.parametrize(
    "signed,message",
    [
        (lambda held: timezone.localdate() + DAY, "The date signed cannot be in the future."),
        (lambda held: held.date - DAY, "at or after the meeting that approved them"),
    ],
)
def test_the_confirm_page_refuses_a_signing_date_off_the_calendar(
    clerk_client, past, now, signed, message
):
    held = MeetingFactory(committee=past.committee, starts_at=now - 7 * DAY)
    day = signed(held)
    response = clerk_client.post(
        reverse("clerk:meeting_confirm", args=[past.pk]),
        {
            "confirmed_at": held.pk,
            "signed_by": PersonFactory().pk,
            "confirmed_on_0": str(day.day),
            "confirmed_on_1": str(day.month),
            "confirmed_on_2": str(day.year),
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'value="{day.day}"' in html  # what was typed is kept
    past.refresh_from_db()
    assert past.stage == Stage.PUBLISHED


# --- Ticking off an action -------------------------------------------------------------


@pytest.fixture
def raised(officer, now):
    """An action the officer owns, raised at a meeting thirty days ago."""
    item = AgendaItemFactory(meeting=_meeting(Stage.PUBLISHED, now - 30 * DAY))
    return ActionFactory(item=item, owner=officer.person)


def _done(client, action, **day):
    data = {"note": "Report circulated."}
    for part, key in zip(
        ("day", "month", "year"), ("done_on_0", "done_on_1", "done_on_2"), strict=True
    ):
        if part in day:
            data[key] = str(day[part])
    return client.post(reverse("action_done", args=[action.reference]), data)


def test_an_action_ticked_off_today_is_done_today(officer_client, raised):
    response = _done(officer_client, raised)
    assert response.status_code == 302
    raised.refresh_from_db()
    assert raised.status == Action.Status.DONE
    assert timezone.localtime(raised.completed_at).date() == timezone.localdate()


def test_the_done_form_offers_today(officer_client, raised):
    html = officer_client.get(raised.get_absolute_url()).content.decode()
    today = timezone.localdate()
    assert 'name="done_on_2"' in html
    assert f'name="done_on_2" value="{today.year}"' in html


def test_an_officer_says_when_an_action_was_done(officer_client, raised):
    day = timezone.localdate() - 10 * DAY
    response = _done(officer_client, raised, day=day.day, month=day.month, year=day.year)
    assert response.status_code == 302
    raised.refresh_from_db()
    assert timezone.localtime(raised.completed_at).date() == day


@pytest.mark.parametrize(
    "offset,message",
    [
        (DAY, "The date done cannot be in the future."),
        (-40 * DAY, "the date done cannot be before that"),
    ],
)
def test_a_date_done_off_the_calendar_is_refused_keeping_the_note(
    officer_client, raised, offset, message
):
    day = timezone.localdate() + offset
    response = _done(officer_client, raised, day=day.day, month=day.month, year=day.year)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert "Report circulated." in html
    raised.refresh_from_db()
    assert raised.status == Action.Status.OPEN and raised.completed_at is None


@pytest.mark.parametrize("typed", ["x", "-1", "1.5", "9" * 40])
def test_a_date_done_that_is_not_a_date_is_refused_with_a_message(officer_client, raised, typed):
    response = _done(officer_client, raised, day=typed, month=1, year=2020)
    assert response.status_code == 400
    assert "Enter a real date done in numbers" in response.content.decode()
    raised.refresh_from_db()
    assert raised.status == Action.Status.OPEN
