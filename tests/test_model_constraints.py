"""The record refuses what would make it wrong, with the messages a clerk would see."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from actions.models import Action
from minutes.models import AgendaItem, Attendance, Meeting
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


def test_it_refuses_an_unknown_action_status_in_the_database():
    action = ActionFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Action.objects.filter(pk=action.pk).update(status="finished")


def test_it_explains_an_unknown_action_status_to_a_clerk():
    action = ActionFactory.build(item=AgendaItemFactory(), status="finished")
    with pytest.raises(ValidationError) as excinfo:
        action.full_clean()
    assert "status" in excinfo.value.message_dict


def test_it_refuses_an_unknown_meeting_stage():
    meeting = MeetingFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.filter(pk=meeting.pk).update(stage="archived")


def test_it_refuses_two_items_with_the_same_number_in_one_meeting():
    item = AgendaItemFactory(number="3")
    duplicate = AgendaItem(meeting=item.meeting, number="3", position=99, title="Another")
    with pytest.raises(ValidationError) as excinfo:
        duplicate.full_clean()
    assert "This meeting already has an item with this number." in str(excinfo.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_it_allows_the_same_item_number_at_another_meeting():
    item = AgendaItemFactory(number="3")
    other = AgendaItem(meeting=MeetingFactory(), number="3", position=1, title="Another")
    other.full_clean()
    other.save()
    assert AgendaItem.objects.filter(number="3").count() == 2 and item.pk != other.pk


def test_it_refuses_an_action_pointing_at_another_items_point():
    action_item = AgendaItemFactory()
    point_of_other_item = DiscussionPointFactory(
        item=AgendaItemFactory(meeting=action_item.meeting)
    )
    action = Action(item=action_item, discussion_point=point_of_other_item, description="Do it.")
    with pytest.raises(ValidationError) as excinfo:
        action.full_clean()
    assert excinfo.value.message_dict["discussion_point"] == [Action.POINT_OF_ANOTHER_ITEM]
    with pytest.raises(ValidationError):
        action.save()
    assert not Action.objects.exists()


def test_it_accepts_an_action_raised_under_a_point_of_its_own_item():
    point = DiscussionPointFactory()
    action = ActionFactory(item=point.item, discussion_point=point)
    assert action.source_url.endswith(f"items/{point.item.number}/#point-{point.position}")


def test_an_action_raised_under_the_whole_item_links_to_the_item():
    action = ActionFactory()
    assert action.source_url == action.item.get_absolute_url()


def test_an_exempt_item_needs_its_reason():
    item = AgendaItemFactory.build(meeting=MeetingFactory(), is_exempt=True, exempt_reason="")
    with pytest.raises(ValidationError) as excinfo:
        item.full_clean()
    assert "Give the reason an exempt item is withheld." in str(excinfo.value)


def test_a_done_action_must_say_when_it_was_completed():
    action = ActionFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Action.objects.filter(pk=action.pk).update(status=Action.Status.DONE)


def test_a_confirmed_meeting_must_name_the_meeting_that_confirmed_it():
    meeting = MeetingFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.filter(pk=meeting.pk).update(stage=Meeting.Stage.CONFIRMED)


def test_a_person_is_on_the_register_once():
    attendance = AttendanceFactory()
    again = Attendance(meeting=attendance.meeting, person=attendance.person, kind="apologies")
    with pytest.raises(ValidationError) as excinfo:
        again.full_clean()
    assert "This person is already on the register." in str(excinfo.value)


def test_a_second_sitting_the_same_day_gets_a_suffix():
    committee = CommitteeFactory()
    first = MeetingFactory(
        committee=committee, starts_at=datetime.datetime(2019, 1, 17, 10, tzinfo=datetime.UTC)
    )
    second = MeetingFactory(
        committee=committee, starts_at=datetime.datetime(2019, 1, 17, 14, tzinfo=datetime.UTC)
    )
    other_committee = MeetingFactory(
        starts_at=datetime.datetime(2019, 1, 17, 14, tzinfo=datetime.UTC)
    )
    assert (first.slug, second.slug, other_committee.slug) == (
        "2019-01-17",
        "2019-01-17-2",
        "2019-01-17",
    )
    assert second.get_absolute_url() == f"/committees/{committee.slug}/2019-01-17-2/"


def test_moving_a_meeting_to_another_day_moves_its_address():
    meeting = MeetingFactory(starts_at=datetime.datetime(2019, 1, 17, 10, tzinfo=datetime.UTC))
    meeting.starts_at = datetime.datetime(2019, 1, 24, 10, tzinfo=datetime.UTC)
    meeting.save()
    meeting.refresh_from_db()
    assert meeting.slug == "2019-01-24"


def test_an_action_gets_a_stable_reference_by_year():
    item = AgendaItemFactory(
        meeting=MeetingFactory(starts_at=datetime.datetime(2019, 1, 17, 10, tzinfo=datetime.UTC))
    )
    first, second = ActionFactory(item=item), ActionFactory(item=item)
    assert (first.reference, second.reference) == ("2019-0001", "2019-0002")
    first.description = "Changed"
    first.save()
    first.refresh_from_db()
    assert first.reference == "2019-0001"
    assert first.get_absolute_url() == "/actions/2019-0001/"


def test_an_action_with_a_source_item_protects_the_item_from_deletion():
    action = ActionFactory()
    with pytest.raises(Exception) as excinfo, transaction.atomic():
        action.item.delete()
    assert "protected" in str(excinfo.value).lower()
    assert AgendaItem.objects.filter(pk=action.item_id).exists()


def test_a_person_gets_a_unique_slug():
    a, b = PersonFactory(name="Sam Smith"), PersonFactory(name="Sam Smith")
    assert (a.slug, b.slug) == ("sam-smith", "sam-smith-2")
