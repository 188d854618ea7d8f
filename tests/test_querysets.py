"""What the querysets say the public may see, and which actions are open or overdue."""

import datetime

import pytest
from django.utils import timezone

from actions.models import Action
from minutes.models import AgendaItem, Meeting
from tests.factories import ActionFactory, AgendaItemFactory, MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def meetings():
    return {stage: MeetingFactory(stage=stage) for stage in ["draft", "agenda", "published"]}


def test_public_meetings_are_those_past_the_draft_stage(meetings):
    assert set(Meeting.objects.public()) == {meetings["agenda"], meetings["published"]}


def test_minutes_are_public_from_publication(meetings):
    assert list(Meeting.objects.with_public_minutes()) == [meetings["published"]]


def test_an_exempt_items_minutes_are_never_public(meetings):
    open_item = AgendaItemFactory(meeting=meetings["published"])
    exempt = AgendaItemFactory(
        meeting=meetings["published"], is_exempt=True, exempt_reason="Para 3"
    )
    AgendaItemFactory(meeting=meetings["agenda"])
    assert set(AgendaItem.objects.with_public_minutes()) == {open_item}
    assert exempt in AgendaItem.objects.public()


def test_public_actions_exclude_drafts_agendas_and_exempt_items(meetings):
    public = ActionFactory(item=AgendaItemFactory(meeting=meetings["published"]))
    ActionFactory(item=AgendaItemFactory(meeting=meetings["draft"]))
    ActionFactory(item=AgendaItemFactory(meeting=meetings["agenda"]))
    ActionFactory(
        item=AgendaItemFactory(
            meeting=meetings["published"], is_exempt=True, exempt_reason="Para 3"
        )
    )
    assert list(Action.objects.public()) == [public]


def test_an_officer_also_sees_the_exempt_actions_they_own(meetings, officer, other_officer):
    exempt_item = AgendaItemFactory(
        meeting=meetings["published"], is_exempt=True, exempt_reason="x"
    )
    mine = ActionFactory(item=exempt_item, owner=officer.person)
    theirs = ActionFactory(item=exempt_item, owner=other_officer.person)
    visible = set(Action.objects.visible_to(officer))
    assert mine in visible and theirs not in visible


def test_a_clerk_sees_every_action(meetings, clerk):
    draft_action = ActionFactory(item=AgendaItemFactory(meeting=meetings["draft"]))
    assert draft_action in Action.objects.visible_to(clerk)


def test_open_and_overdue():
    today = timezone.localdate()
    late = ActionFactory(due_on=today - datetime.timedelta(days=1))
    due_today = ActionFactory(due_on=today)
    ActionFactory(due_on=today - datetime.timedelta(days=3), status="withdrawn")
    assert set(Action.objects.overdue()) == {late}
    assert set(Action.objects.open()) == {late, due_today}
    assert late.is_overdue and not due_today.is_overdue
