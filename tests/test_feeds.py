"""Atom feeds of agendas and minutes, read by feedparser as a feed reader would."""

import datetime

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone

from minutes import services
from minutes.models import Meeting
from tests.factories import AgendaItemFactory, CommitteeFactory, MeetingFactory, PersonFactory

pytestmark = pytest.mark.django_db


def _read(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def _draft_with_agenda(committee, **fields):
    meeting = MeetingFactory(committee=committee, stage=Meeting.Stage.DRAFT, **fields)
    AgendaItemFactory(meeting=meeting, number="1", position=1, title="Apologies for absence")
    return meeting


def test_publishing_an_agenda_puts_one_entry_in_both_feeds(client):
    board = CommitteeFactory(name="Improvement and Innovation Board", slug="iib")
    meeting = _draft_with_agenda(board, venue="Smith Square, London")

    assert _read(client, reverse("minutes_feed")).entries == []
    services.move_meeting(meeting=meeting, to=Meeting.Stage.AGENDA)

    for url in (reverse("minutes_feed"), reverse("committee_feed", args=["iib"])):
        entries = _read(client, url).entries
        assert [e.title for e in entries] == [f"Agenda published: {meeting}"]
        entry = entries[0]
        assert entry.link == f"http://testserver{meeting.get_absolute_url()}"
        assert "1. Apologies for absence" in entry.summary
        assert "Smith Square, London" in entry.summary
        assert entry.id.startswith("urn:uuid:")


def test_each_step_is_its_own_entry_with_a_stable_id_dated_when_it_happened(client):
    board = CommitteeFactory(slug="iib")
    meeting = _draft_with_agenda(board)
    later = MeetingFactory(committee=board, stage=Meeting.Stage.AGENDA)
    services.move_meeting(meeting=meeting, to=Meeting.Stage.AGENDA)
    agenda_entry = _read(client, reverse("committee_feed", args=["iib"])).entries
    agenda_id = next(
        e.id for e in agenda_entry if e.title.startswith("Agenda") and str(meeting) in e.title
    )

    services.move_meeting(meeting=meeting, to=Meeting.Stage.PUBLISHED)
    services.confirm_minutes(
        meeting=meeting, confirmed_at=later, signed_by=PersonFactory(), confirmed_on=later.date
    )
    entries = [e for e in _read(client, reverse("minutes_feed")).entries if str(meeting) in e.title]

    assert [e.title.split(":")[0] for e in entries] == [
        "Minutes confirmed",
        "Draft minutes published",
        "Agenda published",
    ]
    assert entries[2].id == agenda_id
    assert len({e.id for e in entries}) == 3
    meeting.refresh_from_db()
    assert entries[0].updated_parsed[:6] == meeting.minutes_confirmed_at.utctimetuple()[:6]
    assert (
        f"confirmed as a correct record at the meeting of {later.date:%-d %B %Y}"
        in entries[0].summary
    )


def test_newest_news_comes_first_whatever_the_meeting_date(client):
    board = CommitteeFactory(slug="iib")
    now = timezone.now()
    old = MeetingFactory(
        committee=board, stage=Meeting.Stage.PUBLISHED, starts_at=now - datetime.timedelta(days=400)
    )
    new = MeetingFactory(
        committee=board, stage=Meeting.Stage.AGENDA, starts_at=now + datetime.timedelta(days=10)
    )
    Meeting.objects.filter(pk=old.pk).update(
        agenda_published_at=now - datetime.timedelta(days=410),
        minutes_published_at=now - datetime.timedelta(hours=1),
    )
    Meeting.objects.filter(pk=new.pk).update(agenda_published_at=now - datetime.timedelta(days=2))

    titles = [e.title for e in _read(client, reverse("minutes_feed")).entries]

    assert titles == [
        f"Draft minutes published: {old}",
        f"Agenda published: {new}",
        f"Agenda published: {old}",
    ]


def test_withdrawn_minutes_and_drafts_are_not_in_the_feeds(client):
    board = CommitteeFactory(slug="iib")
    withdrawn = _draft_with_agenda(board)
    services.move_meeting(meeting=withdrawn, to=Meeting.Stage.AGENDA)
    services.move_meeting(meeting=withdrawn, to=Meeting.Stage.PUBLISHED)
    services.move_meeting(meeting=withdrawn, to=Meeting.Stage.AGENDA)
    draft = _draft_with_agenda(board)

    titles = [e.title for e in _read(client, reverse("committee_feed", args=["iib"])).entries]

    assert titles == [f"Agenda published: {withdrawn}"]
    assert str(draft) not in " ".join(titles)


def test_a_committee_feed_holds_only_its_committee(client):
    ours, theirs = CommitteeFactory(slug="ours"), CommitteeFactory(slug="theirs")
    mine = MeetingFactory(committee=ours, stage=Meeting.Stage.AGENDA)
    MeetingFactory(committee=theirs, stage=Meeting.Stage.AGENDA)

    entries = _read(client, reverse("committee_feed", args=["ours"])).entries

    assert [e.title for e in entries] == [f"Agenda published: {mine}"]


def test_an_unknown_committee_has_no_feed(client):
    assert client.get("/committees/no-such-committee/feed/").status_code == 404


def test_the_feed_costs_the_same_queries_however_much_news_there_is(
    client, django_assert_max_num_queries
):
    board = CommitteeFactory(slug="iib")
    for _ in range(3):
        AgendaItemFactory(meeting=MeetingFactory(committee=board))
    with django_assert_max_num_queries(4) as few:
        client.get(reverse("minutes_feed"))
    for _ in range(12):
        AgendaItemFactory(meeting=MeetingFactory(committee=board))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("minutes_feed"))
