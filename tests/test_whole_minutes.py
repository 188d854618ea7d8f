"""The whole minutes of a meeting on one page: everything in order, nothing withheld shown."""

import datetime

import pytest
from django.urls import reverse

from minutes.models import Meeting
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    DecisionFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
    ReportFactory,
)
from tests.public_records import build_meeting, text_of
from tests.test_query_counts import count_queries

pytestmark = pytest.mark.django_db


def minutes_url(meeting) -> str:
    return reverse("whole_minutes", args=[meeting.committee.slug, meeting.slug])


def plant_exempt_item(meeting, word: str = "Zanzibarcode"):
    """An exempt item whose every part carries one unique word that must never be public."""
    item = AgendaItemFactory(
        meeting=meeting,
        position=99,
        number="99",
        title="Land disposal",
        is_exempt=True,
        exempt_reason="Paragraph 3 of Schedule 12A (financial affairs).",
        minute_text=f"The {word} valuation was discussed.",
    )
    DiscussionPointFactory(item=item, position=1, text=f"A {word} point.")
    DecisionFactory(item=item, position=1, text=f"RESOLVED that {word} be sold.")
    ActionFactory(item=item, description=f"Sell the {word} site.")
    ReportFactory(item=item, title=f"{word} valuation report")
    return item


def test_the_whole_minutes_show_every_part_of_every_item_in_order(client):
    meeting = build_meeting(items=3, points=2, actions=2, updates=0, venue="Smith Square")
    first = meeting.agenda_items.get(number="1")
    first.title = "Productivity Report"
    first.save()
    response = client.get(minutes_url(meeting))
    assert response.status_code == 200
    page = text_of(response)
    assert f"Committee {meeting.committee.name}" in page
    assert "Venue Smith Square" in page
    assert "Time 11am" in page
    for group in ("Present", "Substitutes", "Apologies", "In attendance"):
        assert f'data-kind="{group.lower().replace(" ", "-")}"' in response.content.decode()
    assert "substituting for" in page
    positions = [page.index(n) for n in ("1. Productivity Report", "2. Item", "3. Item")]
    assert positions == sorted(positions)
    # Sections, points with speakers, decisions, actions with reference, owner and due date.
    assert page.count("Procurement") == 3
    assert page.count("Spoken to by") == 6
    assert page.count("RESOLVED that the report be noted.") == 6
    for action in meeting.agenda_items.get(number="2").actions.all():
        assert f"{action.reference}: {action.description}" in page
        assert f"Owner: {action.owner_name}" in page
    assert "Non-pecuniary: a governor of a local school." in page
    assert "Report " in page
    assert "Draft, subject to confirmation." in page
    assert "Confirmed as a correct record" not in page


def test_confirmed_minutes_end_with_the_signature_block(client):
    chair = PersonFactory(honorific="Cllr", name="Ron Woodley")
    meeting = build_meeting(items=1, stage=Meeting.Stage.CONFIRMED, signed_by=chair)
    meeting.confirmed_on = datetime.date(2019, 3, 14)
    meeting.save()
    page = text_of(client.get(minutes_url(meeting)))
    confirmer = meeting.confirmed_at
    assert (
        f"Confirmed as a correct record at the meeting of {confirmer.date.day} "
        f"{confirmer.date:%B %Y}, signed by Cllr Ron Woodley on 14 March 2019." in page
    )
    assert "Draft, subject to confirmation" not in page


def test_an_exempt_item_shows_its_number_title_and_reason_only(client):
    meeting = build_meeting(items=1)
    plant_exempt_item(meeting)
    page = text_of(client.get(minutes_url(meeting)))
    assert "99. Land disposal" in page
    assert "Paragraph 3 of Schedule 12A (financial affairs)." in page
    assert "Zanzibarcode" not in page


@pytest.mark.parametrize("stage", [Meeting.Stage.DRAFT, Meeting.Stage.AGENDA])
def test_minutes_not_yet_published_are_not_found(client, stage):
    meeting = build_meeting(items=1, stage=stage)
    assert client.get(minutes_url(meeting)).status_code == 404


def test_the_meeting_page_links_to_the_whole_minutes_once_they_are_published(client):
    published = build_meeting(items=1)
    agenda = MeetingFactory(stage=Meeting.Stage.AGENDA)
    AgendaItemFactory(meeting=agenda)
    html = client.get(published.get_absolute_url()).content.decode()
    assert f'href="{minutes_url(published)}"' in html
    assert "Download the minutes" in html
    html = client.get(agenda.get_absolute_url()).content.decode()
    assert minutes_url(agenda) not in html
    assert "Download the minutes" not in html
    assert "Download the agenda pack" in html


def test_markup_typed_into_the_minutes_is_shown_as_typed(client):
    meeting = build_meeting(items=1)
    item = meeting.agenda_items.get()
    item.minute_text = 'Members noted <script>alert("x")</script> and <b>bold</b>.'
    item.save()
    html = client.get(minutes_url(meeting)).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_the_whole_minutes_cost_the_same_queries_for_60_items_as_for_3(client):
    # Action updates are not part of the minutes, so the meetings are built without them.
    small = build_meeting(stage=Meeting.Stage.CONFIRMED, items=3, points=1, actions=1, updates=0)
    large = build_meeting(stage=Meeting.Stage.CONFIRMED, items=60, points=3, actions=2, updates=0)
    plant_exempt_item(large)
    assert large.agenda_items.count() == 61
    assert count_queries(client, minutes_url(small)) == count_queries(client, minutes_url(large))
