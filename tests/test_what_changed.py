"""The public sees what each correction changed, and what changed since the draft was published."""

import datetime

import pytest
from django.urls import reverse

from minutes.changes import word_diff
from minutes.models import Meeting
from minutes.services import confirm_minutes, move_meeting
from tests.clerk_helpers import form_data
from tests.factories import (
    AgendaItemFactory,
    DecisionFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


def test_a_word_diff_marks_removed_and_added_words_and_keeps_the_rest():
    assert word_diff("Cllr Flemming spoke.", "Cllr Fleming spoke.") == [
        ("same", "Cllr "),
        ("del", "Flemming"),
        ("ins", "Fleming"),
        ("same", " spoke."),
    ]
    # A change interrupted only by a space reads as one change.
    assert word_diff("It is on track.", "It is slightly over budget.") == [
        ("same", "It is "),
        ("del", "on track."),
        ("ins", "slightly over budget."),
    ]
    assert word_diff("", "New words") == [("ins", "New words")]


@pytest.fixture
def confirmed_item():
    meeting = MeetingFactory(stage=Meeting.Stage.PUBLISHED)
    later = MeetingFactory(
        committee=meeting.committee, starts_at=meeting.starts_at + datetime.timedelta(days=30)
    )
    item = AgendaItemFactory(meeting=meeting, minute_text="Cllr Flemming spoke.")
    DiscussionPointFactory(item=item, position=1, text="Cllr Flemming asked a question.")
    DecisionFactory(item=item, position=1)
    Meeting.objects.filter(pk=meeting.pk).update(
        stage=Meeting.Stage.CONFIRMED, confirmed_at=later, confirmed_on=later.date
    )
    item.meeting.refresh_from_db()
    return item


def correct(client, item, reason: str, **changes) -> None:
    url = reverse("clerk:item_minutes", args=[item.meeting.pk, item.pk])
    data = form_data(client.get(url), "item-minute_text")
    data.update(changes)
    data["correction-reason"] = reason
    assert client.post(url, data).status_code == 302


def test_a_correction_shows_the_public_the_words_it_changed_beside_its_reason(
    clerk_client, client, confirmed_item
):
    correct(
        clerk_client,
        confirmed_item,
        "The spelling of Cllr Fleming's name was corrected.",
        **{
            "item-minute_text": "Cllr Fleming spoke.",
            "points-0-text": "Cllr Fleming asked a question.",
        },
    )
    client.logout()
    html = client.get(confirmed_item.get_absolute_url()).content.decode()
    assert "The spelling of Cllr Fleming&#x27;s name was corrected." in html
    assert "Removed: </span>Flemming</del>" in html
    assert "Added: </span>Fleming</ins>" in html
    assert html.count("<del") == 2  # the minute and the point
    assert "Point 1 text" in html


def test_corrections_are_told_apart_and_markup_in_them_is_escaped(
    clerk_client, client, confirmed_item
):
    correct(
        clerk_client, confirmed_item, "First fix.", **{"item-minute_text": "Cllr Fleming spoke."}
    )
    correct(
        clerk_client,
        confirmed_item,
        "Second <b>fix</b>.",
        **{"item-minute_text": 'Cllr Fleming spoke <script>alert("x")</script>.'},
    )
    client.logout()
    html = client.get(confirmed_item.get_absolute_url()).content.decode()
    first, second = html.split("First fix.")[1].split("Second &lt;b&gt;fix&lt;/b&gt;.")
    second = second.split("</li>")[0]
    assert "Flemming</del>" in first and "<script>" not in first
    assert "Flemming" not in second
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in second
    assert "<script>alert" not in html


def draft_changes_url(meeting) -> str:
    return reverse("draft_changes", args=[meeting.committee.slug, meeting.slug])


def publish_then_confirm(meeting, between=lambda: None) -> Meeting:
    move_meeting(meeting=meeting, to=Meeting.Stage.PUBLISHED)
    between()
    later = MeetingFactory(
        committee=meeting.committee, starts_at=meeting.starts_at + datetime.timedelta(days=30)
    )
    return confirm_minutes(meeting=meeting, confirmed_at=later, signed_by=PersonFactory())


def test_confirmed_minutes_show_what_changed_since_the_draft_was_published(client):
    meeting = MeetingFactory(stage=Meeting.Stage.AGENDA)
    item = AgendaItemFactory(meeting=meeting, title="Budget", minute_text="Spending is on track.")
    point = DiscussionPointFactory(item=item, position=1, text="Cllr Allen asked about fees.")
    secret = AgendaItemFactory(
        meeting=meeting,
        title="Land",
        minute_text="The Quillfeather site.",
        is_exempt=True,
        exempt_reason="Paragraph 3.",
    )

    def edit():
        item.minute_text = "Spending is <em>slightly</em> over budget."
        item.save()
        point.text = "Cllr Allen asked about parking fees."
        point.save()
        secret.minute_text = "The Quillfeather site was valued."
        secret.save()

    meeting = publish_then_confirm(meeting, edit)
    minutes_page = client.get(reverse("whole_minutes", args=[meeting.committee.slug, meeting.slug]))
    assert draft_changes_url(meeting) in minutes_page.content.decode()
    html = client.get(draft_changes_url(meeting)).content.decode()
    assert "Budget" in html
    assert "Removed: </span>on track.</del>" in html
    assert "&lt;em&gt;slightly&lt;/em&gt;" in html and "<em>slightly" not in html
    assert "Added: </span>parking </ins>fees." in html
    assert "Quillfeather" not in html
    assert "Land" not in html


def test_minutes_confirmed_as_published_say_nothing_changed(client):
    meeting = MeetingFactory(stage=Meeting.Stage.AGENDA)
    AgendaItemFactory(meeting=meeting)
    meeting = publish_then_confirm(meeting)
    minutes_page = client.get(reverse("whole_minutes", args=[meeting.committee.slug, meeting.slug]))
    assert draft_changes_url(meeting) not in minutes_page.content.decode()
    html = client.get(draft_changes_url(meeting)).content.decode()
    assert "The confirmed minutes are as the draft was published." in html
    assert "<del" not in html


@pytest.mark.parametrize("stage", [Meeting.Stage.DRAFT, Meeting.Stage.AGENDA, "published"])
def test_there_are_no_changes_to_show_before_confirmation(client, stage):
    meeting = MeetingFactory(stage=stage)
    assert client.get(draft_changes_url(meeting)).status_code == 404
