"""The minutes workflow: draft → agenda → published → confirmed, one step back before that."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from minutes.models import Meeting
from minutes.services import WorkflowError, confirm_minutes, move_meeting
from tests.factories import AgendaItemFactory, CommitteeFactory, MeetingFactory, PersonFactory

Stage = Meeting.Stage


@pytest.fixture
def committee(db):
    return CommitteeFactory()


def meeting_at(stage, committee, **kwargs):
    meeting = MeetingFactory(committee=committee, stage=Stage.DRAFT, **kwargs)
    AgendaItemFactory(meeting=meeting)
    if stage == Stage.CONFIRMED:
        later = MeetingFactory(
            committee=committee, starts_at=meeting.starts_at + datetime.timedelta(days=30)
        )
        Meeting.objects.filter(pk=meeting.pk).update(stage=stage, confirmed_at=later)
    else:
        Meeting.objects.filter(pk=meeting.pk).update(stage=stage)
    meeting.refresh_from_db()
    return meeting


ALLOWED = [
    (Stage.DRAFT, Stage.AGENDA),
    (Stage.AGENDA, Stage.PUBLISHED),
    (Stage.AGENDA, Stage.DRAFT),
    (Stage.PUBLISHED, Stage.AGENDA),
]

REFUSED = [
    (Stage.DRAFT, Stage.PUBLISHED, "skipped_stage"),
    (Stage.DRAFT, Stage.CONFIRMED, "confirm_needs_details"),
    (Stage.DRAFT, Stage.DRAFT, "same_stage"),
    (Stage.AGENDA, Stage.CONFIRMED, "confirm_needs_details"),
    (Stage.AGENDA, Stage.AGENDA, "same_stage"),
    (Stage.PUBLISHED, Stage.DRAFT, "skipped_stage"),
    (Stage.PUBLISHED, Stage.CONFIRMED, "confirm_needs_details"),
    (Stage.PUBLISHED, Stage.PUBLISHED, "same_stage"),
    (Stage.CONFIRMED, Stage.PUBLISHED, "confirmed_is_final"),
    (Stage.CONFIRMED, Stage.AGENDA, "confirmed_is_final"),
    (Stage.CONFIRMED, Stage.DRAFT, "confirmed_is_final"),
]


@pytest.mark.parametrize("here,to", ALLOWED)
def test_allowed_moves_happen(committee, clerk, here, to):
    meeting = meeting_at(here, committee)
    move_meeting(meeting=meeting, to=to, user=clerk)
    meeting.refresh_from_db()
    assert meeting.stage == to
    latest = meeting.history.latest()
    assert latest.history_user == clerk
    assert latest.history_change_reason


@pytest.mark.parametrize("here,to,code", REFUSED)
def test_refused_moves_leave_the_meeting_where_it_was(committee, clerk, here, to, code):
    meeting = meeting_at(here, committee)
    with pytest.raises(WorkflowError) as refusal:
        move_meeting(meeting=meeting, to=to, user=clerk)
    assert refusal.value.code == code
    meeting.refresh_from_db()
    assert meeting.stage == here


def test_an_unknown_stage_is_refused(committee):
    meeting = meeting_at(Stage.DRAFT, committee)
    with pytest.raises(WorkflowError, match="no stage called"):
        move_meeting(meeting=meeting, to="archived")


def test_an_empty_agenda_is_not_published(committee):
    meeting = MeetingFactory(committee=committee, stage=Stage.DRAFT)
    with pytest.raises(WorkflowError, match="Add at least one item"):
        move_meeting(meeting=meeting, to=Stage.AGENDA)
    meeting.refresh_from_db()
    assert meeting.stage == Stage.DRAFT


def test_a_cancelled_meeting_has_no_minutes_to_publish(committee):
    meeting = meeting_at(Stage.AGENDA, committee, is_cancelled=True)
    with pytest.raises(WorkflowError, match="cancelled"):
        move_meeting(meeting=meeting, to=Stage.PUBLISHED)


def test_a_move_acts_on_the_stage_in_the_database_not_a_stale_copy(committee):
    meeting = meeting_at(Stage.DRAFT, committee)
    stale = Meeting.objects.get(pk=meeting.pk)
    move_meeting(meeting=meeting, to=Stage.AGENDA)
    # A second clerk's page still thinks it is a draft: publishing the agenda again is refused.
    with pytest.raises(WorkflowError) as refusal:
        move_meeting(meeting=stale, to=Stage.AGENDA)
    assert refusal.value.code == "same_stage"


# --- Confirmation --------------------------------------------------------------------------


@pytest.fixture
def published(committee):
    return meeting_at(Stage.PUBLISHED, committee)


@pytest.fixture
def next_meeting(published):
    return MeetingFactory(
        committee=published.committee,
        stage=Stage.AGENDA,
        starts_at=published.starts_at + datetime.timedelta(days=42),
    )


def test_confirming_records_the_meeting_who_signed_and_when(published, next_meeting, clerk):
    chair = PersonFactory(name="Peter Fleming")
    confirm_minutes(meeting=published, confirmed_at=next_meeting, signed_by=chair, user=clerk)
    published.refresh_from_db()
    assert published.stage == Stage.CONFIRMED
    assert published.confirmed_at == next_meeting
    assert published.signed_by == chair
    assert published.confirmed_on == next_meeting.date
    assert published.is_locked


def test_a_signing_date_may_be_given(published, next_meeting):
    day = next_meeting.date + datetime.timedelta(days=2)
    confirm_minutes(
        meeting=published, confirmed_at=next_meeting, signed_by=PersonFactory(), confirmed_on=day
    )
    published.refresh_from_db()
    assert published.confirmed_on == day


@pytest.mark.parametrize("stage", [Stage.DRAFT, Stage.AGENDA])
def test_unpublished_minutes_cannot_be_confirmed(committee, stage):
    meeting = meeting_at(stage, committee)
    later = MeetingFactory(
        committee=committee, starts_at=meeting.starts_at + datetime.timedelta(days=9)
    )
    with pytest.raises(WorkflowError, match="Publish the draft minutes"):
        confirm_minutes(meeting=meeting, confirmed_at=later, signed_by=PersonFactory())
    meeting.refresh_from_db()
    assert meeting.stage == stage and meeting.confirmed_at is None


def test_confirmed_minutes_cannot_be_confirmed_again(committee):
    meeting = meeting_at(Stage.CONFIRMED, committee)
    other = MeetingFactory(
        committee=committee, starts_at=meeting.starts_at + datetime.timedelta(days=90)
    )
    before = meeting.confirmed_at
    with pytest.raises(WorkflowError, match="already confirmed"):
        confirm_minutes(meeting=meeting, confirmed_at=other, signed_by=PersonFactory())
    meeting.refresh_from_db()
    assert meeting.confirmed_at == before


def test_a_meeting_cannot_confirm_itself(published):
    with pytest.raises(WorkflowError, match="its own minutes"):
        confirm_minutes(meeting=published, confirmed_at=published, signed_by=PersonFactory())


def test_only_a_later_meeting_confirms(published):
    earlier = MeetingFactory(
        committee=published.committee, starts_at=published.starts_at - datetime.timedelta(days=7)
    )
    with pytest.raises(WorkflowError, match="later meeting"):
        confirm_minutes(meeting=published, confirmed_at=earlier, signed_by=PersonFactory())
    published.refresh_from_db()
    assert published.stage == Stage.PUBLISHED


def test_only_the_same_committee_confirms(published):
    elsewhere = MeetingFactory(starts_at=published.starts_at + datetime.timedelta(days=7))
    with pytest.raises(WorkflowError, match="same committee"):
        confirm_minutes(meeting=published, confirmed_at=elsewhere, signed_by=PersonFactory())


def test_a_cancelled_meeting_confirms_nothing(published, next_meeting):
    next_meeting.is_cancelled = True
    next_meeting.save()
    with pytest.raises(WorkflowError, match="cancelled"):
        confirm_minutes(meeting=published, confirmed_at=next_meeting, signed_by=PersonFactory())


def test_minutes_are_not_signed_before_their_meeting(published, next_meeting):
    with pytest.raises(WorkflowError, match="signed at or after"):
        confirm_minutes(
            meeting=published,
            confirmed_at=next_meeting,
            signed_by=PersonFactory(),
            confirmed_on=published.date - datetime.timedelta(days=1),
        )


def test_the_database_refuses_a_confirmed_meeting_without_its_confirming_meeting(published):
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.filter(pk=published.pk).update(stage=Stage.CONFIRMED)


# --- Through the pages ----------------------------------------------------------------------


def test_the_clerk_publishes_the_agenda_from_the_meeting_page(clerk_client, committee):
    meeting = meeting_at(Stage.DRAFT, committee)
    response = clerk_client.post(
        reverse("clerk:meeting_move", args=[meeting.pk]),
        {"to": "agenda", "confirm": "yes"},
        follow=True,
    )
    meeting.refresh_from_db()
    assert meeting.stage == Stage.AGENDA
    assert "now “Agenda published”" in response.content.decode()


def test_a_refused_move_is_explained_on_the_page(clerk_client, committee):
    meeting = meeting_at(Stage.DRAFT, committee)
    response = clerk_client.post(
        reverse("clerk:meeting_move", args=[meeting.pk]), {"to": "published"}, follow=True
    )
    meeting.refresh_from_db()
    assert meeting.stage == Stage.DRAFT
    assert "A meeting moves one stage at a time" in response.content.decode()


def test_confirmed_minutes_cannot_be_stepped_back_through_the_page(clerk_client, committee):
    meeting = meeting_at(Stage.CONFIRMED, committee)
    response = clerk_client.post(
        reverse("clerk:meeting_move", args=[meeting.pk]), {"to": "published"}, follow=True
    )
    meeting.refresh_from_db()
    assert meeting.stage == Stage.CONFIRMED
    assert "cannot go back a stage" in response.content.decode()


def test_the_confirm_page_offers_only_later_meetings_of_the_committee(
    clerk_client, published, next_meeting
):
    earlier = MeetingFactory(
        committee=published.committee, starts_at=published.starts_at - datetime.timedelta(days=7)
    )
    response = clerk_client.get(reverse("clerk:meeting_confirm", args=[published.pk]))
    choices = list(response.context["form"].fields["confirmed_at"].queryset)
    assert choices == [next_meeting]
    assert earlier not in choices


def test_the_clerk_confirms_through_the_page(clerk_client, published, next_meeting):
    chair = PersonFactory()
    response = clerk_client.post(
        reverse("clerk:meeting_confirm", args=[published.pk]),
        {"confirmed_at": next_meeting.pk, "signed_by": chair.pk},
    )
    assert response.status_code == 302
    published.refresh_from_db()
    assert (published.stage, published.confirmed_at, published.signed_by) == (
        Stage.CONFIRMED,
        next_meeting,
        chair,
    )


def test_confirming_without_the_details_is_refused_with_messages(clerk_client, published):
    response = clerk_client.post(reverse("clerk:meeting_confirm", args=[published.pk]), {})
    html = response.content.decode()
    assert "Choose the meeting that approved the minutes." in html
    assert "Choose who signed the minutes." in html
    published.refresh_from_db()
    assert published.stage == Stage.PUBLISHED


def test_confirming_an_unpublished_meeting_through_the_page_is_refused(clerk_client, committee):
    meeting = meeting_at(Stage.AGENDA, committee)
    later = MeetingFactory(
        committee=committee, starts_at=meeting.starts_at + datetime.timedelta(days=5)
    )
    response = clerk_client.post(
        reverse("clerk:meeting_confirm", args=[meeting.pk]),
        {"confirmed_at": later.pk, "signed_by": PersonFactory().pk},
    )
    assert response.status_code == 200
    assert "Publish the draft minutes before confirming them." in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.stage == Stage.AGENDA
