"""A clerk's meeting day without friction: publishing asks first and says what the public will
see; the next meeting prompts for the previous minutes' confirmation; lists offer the likely
people first; point labels carry their topics."""

import datetime

import pytest
from django.urls import reverse

from minutes.models import Meeting
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    CommitteeFactory,
    DecisionFactory,
    DiscussionPointFactory,
    MeetingFactory,
    ReportFactory,
)

Stage = Meeting.Stage


@pytest.fixture
def board(db):
    return CommitteeFactory(name="Improvement and Innovation Board", slug="iib")


def _move(client, meeting, to, **extra):
    return client.post(reverse("clerk:meeting_move", args=[meeting.pk]), {"to": to, **extra})


# --- Publishing asks first -----------------------------------------------------------------


def test_publishing_the_agenda_asks_first_and_changes_nothing_until_confirmed(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.DRAFT)
    item = AgendaItemFactory(meeting=meeting, number="4", title="Productivity Report")
    AgendaItemFactory(
        meeting=meeting, number="9", title="Land deal", is_exempt=True, exempt_reason="Para 3."
    )
    ReportFactory(item=item)

    response = _move(clerk_client, meeting, "agenda")

    page = response.content.decode()
    assert response.status_code == 200
    meeting.refresh_from_db()
    assert meeting.stage == Stage.DRAFT
    assert "Publish the agenda?" in page
    assert "2 items by number and title" in page
    assert "1 report under the public items" in page
    assert "item 9 Land deal" in page
    assert "The minutes stay private until you publish them." in page
    assert 'name="confirm" value="yes"' in page


def test_publishing_happens_once_the_clerk_says_yes(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.DRAFT)
    AgendaItemFactory(meeting=meeting)

    response = _move(clerk_client, meeting, "agenda", confirm="yes")

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.stage == Stage.AGENDA


def test_publishing_the_minutes_counts_what_becomes_public(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.AGENDA)
    item = AgendaItemFactory(meeting=meeting, minute_text="Members noted the report.")
    DiscussionPointFactory(item=item)
    DiscussionPointFactory(item=item)
    DecisionFactory(item=item)
    ActionFactory(item=item)
    secret = AgendaItemFactory(meeting=meeting, is_exempt=True, exempt_reason="Para 1.")
    DiscussionPointFactory(item=secret)

    page = _move(clerk_client, meeting, "published").content.decode()

    assert "Publish the draft minutes?" in page
    assert "the minutes of 1 item," in page
    assert "2 discussion points with their speakers, 1 decision and 1 action" in page
    assert "Draft minutes, subject to confirmation" in page
    meeting.refresh_from_db()
    assert meeting.stage == Stage.AGENDA


def test_an_impossible_publication_is_refused_without_asking(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.DRAFT)

    response = _move(clerk_client, meeting, "agenda")

    assert response.status_code == 302
    page = clerk_client.get(response.url).content.decode()
    assert "Add at least one item to the agenda before publishing it." in page
    meeting.refresh_from_db()
    assert meeting.stage == Stage.DRAFT


def test_stepping_back_goes_straight_through(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.AGENDA)
    AgendaItemFactory(meeting=meeting)

    response = _move(clerk_client, meeting, "draft")

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.stage == Stage.DRAFT


def test_only_clerks_see_the_question(officer_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.DRAFT)
    AgendaItemFactory(meeting=meeting, title="Secret draft title")

    response = _move(officer_client, meeting, "agenda")

    assert response.status_code == 403
    assert "Secret draft title" not in response.content.decode()


# --- The next meeting prompts for the previous minutes ---------------------------------------


def test_the_next_meetings_page_prompts_to_confirm_the_previous_minutes(clerk_client, board):
    earlier = MeetingFactory(committee=board, stage=Stage.PUBLISHED)
    later = MeetingFactory(
        committee=board, stage=Stage.AGENDA, starts_at=earlier.starts_at + datetime.timedelta(30)
    )

    page = clerk_client.get(reverse("clerk:meeting", args=[later.pk])).content.decode()

    when = f"{earlier.starts_at:%-d %B %Y}"
    assert f"The minutes of the meeting of {when} await confirmation." in page
    link = reverse("clerk:meeting_confirm", args=[earlier.pk]) + f"?at={later.pk}"
    assert link in page
    confirm_page = clerk_client.get(link).content.decode()
    assert f'<option value="{later.pk}" selected>' in confirm_page


def test_no_prompt_for_confirmed_minutes_later_meetings_or_other_committees(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.AGENDA)
    MeetingFactory(
        committee=board,
        stage=Stage.PUBLISHED,
        starts_at=meeting.starts_at.replace(year=meeting.starts_at.year + 1),
    )
    MeetingFactory(stage=Stage.PUBLISHED, starts_at=meeting.starts_at - datetime.timedelta(9))
    confirmed_earlier = MeetingFactory(
        committee=board, stage=Stage.PUBLISHED, starts_at=meeting.starts_at - datetime.timedelta(60)
    )
    Meeting.objects.filter(pk=confirmed_earlier.pk).update(
        stage=Stage.CONFIRMED, confirmed_at=meeting
    )

    page = clerk_client.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()

    assert "await confirmation" not in page
