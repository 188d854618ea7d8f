"""Action references count up within the meeting's year, as numbers, past 9,999 and on."""

import datetime

import pytest

from actions.models import Action, ActionReferenceCounter
from tests.factories import ActionFactory, AgendaItemFactory, MeetingFactory
from tests.public_records import aware

pytestmark = pytest.mark.django_db


@pytest.fixture
def item_of_2018():
    return AgendaItemFactory(meeting=MeetingFactory(starts_at=aware(2018, 6, 14)))


def test_references_count_up_within_the_year_of_the_meeting(item_of_2018):
    first, second = ActionFactory(item=item_of_2018), ActionFactory(item=item_of_2018)
    other_year = ActionFactory(
        item=AgendaItemFactory(meeting=MeetingFactory(starts_at=aware(2019, 1, 17)))
    )
    assert [first.reference, second.reference] == ["2018-0001", "2018-0002"]
    assert other_year.reference == "2019-0001"


def test_numbering_goes_on_past_9999_without_a_collision(item_of_2018):
    ActionReferenceCounter.objects.create(year=2018, last_number=9998)
    made = [ActionFactory(item=item_of_2018).reference for _ in range(4)]
    assert made == ["2018-9999", "2018-10000", "2018-10001", "2018-10002"]
    assert Action.objects.filter(reference__startswith="2018-").count() == 4


def test_a_year_numbered_before_counters_carries_on_from_its_highest_number(item_of_2018):
    # As on a database whose actions were numbered before the counters: "2018-9999" sorts
    # after "2018-10000" as text, which once made every new action of the year collide.
    for reference in ["2018-0001", "2018-9999", "2018-10000"]:
        Action.objects.create(item=item_of_2018, description="Imported.", reference=reference)
    ActionReferenceCounter.objects.filter(year=2018).delete()
    assert ActionFactory(item=item_of_2018).reference == "2018-10001"
    assert ActionFactory(item=item_of_2018).reference == "2018-10002"


def test_the_highest_number_is_compared_as_a_number_not_as_text(item_of_2018):
    for reference in ["2018-9999", "2018-10000", "2018-0042"]:
        Action.objects.create(item=item_of_2018, description="Imported.", reference=reference)
    assert Action.objects.highest_number(2018) == 10000
    assert Action.objects.highest_number(2017) == 0


def test_an_action_page_answers_at_a_five_digit_reference(client, item_of_2018):
    ActionReferenceCounter.objects.create(year=2018, last_number=12_344)
    action = ActionFactory(
        item=item_of_2018, due_on=datetime.date(2018, 9, 1), description="Five digits."
    )
    assert action.reference == "2018-12345"
    assert client.get("/actions/2018-12345/").status_code == 200
