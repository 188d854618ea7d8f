"""Confirmed minutes are locked: a change is a logged correction with its reason, in the history."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actions.models import Action
from minutes.models import Correction, Decision, DiscussionPoint, Meeting
from tests.clerk_helpers import form_data
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    DecisionFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
)


@pytest.fixture
def item(db):
    meeting = MeetingFactory(stage=Meeting.Stage.PUBLISHED)
    later = MeetingFactory(
        committee=meeting.committee, starts_at=meeting.starts_at + datetime.timedelta(days=30)
    )
    item = AgendaItemFactory(meeting=meeting, minute_text="Cllr Flemming spoke.")
    DiscussionPointFactory(item=item, position=1, text="Cllr Flemming asked a question.")
    DecisionFactory(item=item, position=1)
    ActionFactory(item=item, description="Officers to reply.")
    Meeting.objects.filter(pk=meeting.pk).update(
        stage=Meeting.Stage.CONFIRMED, confirmed_at=later, confirmed_on=later.date
    )
    item.meeting.refresh_from_db()
    return item


def url(item):
    return reverse("clerk:item_minutes", args=[item.meeting.pk, item.pk])


def test_the_page_asks_for_a_reason_once_confirmed(clerk_client, item):
    html = clerk_client.get(url(item)).content.decode()
    assert "Reason for the correction" in html
    assert "Any change is a correction" in html


def test_a_change_without_a_reason_is_refused_and_nothing_is_lost(clerk_client, item):
    data = form_data(clerk_client.get(url(item)), "item-minute_text")
    data["item-minute_text"] = "Cllr Fleming spoke."
    data["points-0-text"] = "Cllr Fleming asked a question."
    response = clerk_client.post(url(item), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "These minutes are confirmed: give the reason for the correction." in html
    assert 'href="#id_correction-reason"' in html
    assert "Cllr Fleming spoke." in html
    item.refresh_from_db()
    assert item.minute_text == "Cllr Flemming spoke."
    assert DiscussionPoint.objects.get().text == "Cllr Flemming asked a question."
    assert not Correction.objects.exists()


@pytest.mark.parametrize(
    "field,value,read",
    [
        ("item-minute_text", "Cllr Fleming spoke.", lambda item: item.minute_text),
        ("points-0-text", "Cllr Fleming asked.", lambda item: DiscussionPoint.objects.get().text),
        ("decisions-0-text", "RESOLVED: noted.", lambda item: Decision.objects.get().text),
        (
            "actions-0-description",
            "Officers to write.",
            lambda item: Action.objects.get().description,
        ),
    ],
)
def test_every_part_of_confirmed_minutes_is_locked(clerk_client, item, field, value, read):
    data = form_data(clerk_client.get(url(item)), "item-minute_text")
    before = read(item)
    data[field] = value
    assert clerk_client.post(url(item), data).status_code == 200
    item.refresh_from_db()
    assert read(item) == before
    assert not Correction.objects.exists()


def test_a_correction_with_its_reason_is_saved_logged_and_kept_in_history(
    clerk_client, clerk, item
):
    data = form_data(clerk_client.get(url(item)), "item-minute_text")
    data["item-minute_text"] = "Cllr Fleming spoke."
    data["points-0-text"] = "Cllr Fleming asked a question."
    data["correction-reason"] = "The spelling of Cllr Fleming's name was corrected."
    assert clerk_client.post(url(item), data).status_code == 302

    item.refresh_from_db()
    assert item.minute_text == "Cllr Fleming spoke."
    correction = Correction.objects.get()
    assert (correction.item, correction.made_by) == (item, clerk)
    assert correction.reason == "The spelling of Cllr Fleming's name was corrected."
    latest = item.history.latest()
    assert latest.history_user == clerk
    assert latest.history_change_reason.startswith("Correction: The spelling")
    delta = latest.diff_against(latest.prev_record)
    assert [(c.field, c.old, c.new) for c in delta.changes] == [
        ("minute_text", "Cllr Flemming spoke.", "Cllr Fleming spoke.")
    ]
    point = DiscussionPoint.objects.get()
    assert point.history.latest().history_change_reason.startswith("Correction:")


def test_saving_unchanged_confirmed_minutes_needs_no_reason_and_logs_nothing(clerk_client, item):
    data = form_data(clerk_client.get(url(item)), "item-minute_text")
    assert clerk_client.post(url(item), data).status_code == 302
    assert not Correction.objects.exists()


def test_minutes_confirmed_while_a_clerk_was_typing_need_a_reason(clerk_client, item):
    """The page was opened before confirmation; the save comes after it."""
    Meeting.objects.filter(pk=item.meeting.pk).update(stage=Meeting.Stage.PUBLISHED)
    data = form_data(clerk_client.get(url(item)), "item-minute_text")
    assert "correction-reason" not in data
    Meeting.objects.filter(pk=item.meeting.pk).update(stage=Meeting.Stage.CONFIRMED)
    data["item-minute_text"] = "Changed after confirmation."
    response = clerk_client.post(url(item), data)
    assert response.status_code == 200
    assert "give the reason for the correction" in response.content.decode()
    item.refresh_from_db()
    assert item.minute_text == "Cllr Flemming spoke."


def test_agenda_changes_to_confirmed_minutes_need_a_reason_too(clerk_client, item):
    agenda = reverse("clerk:agenda", args=[item.meeting.pk])
    data = form_data(clerk_client.get(agenda), "items-TOTAL_FORMS")
    assert "items-0-DELETE" not in clerk_client.get(agenda).content.decode()
    data["items-0-title"] = "Corrected title"
    response = clerk_client.post(agenda, data)
    assert "give the reason for the correction" in response.content.decode()
    item.refresh_from_db()
    assert item.title != "Corrected title"

    data["correction-reason"] = "The item's title was misprinted."
    assert clerk_client.post(agenda, data).status_code == 302
    item.refresh_from_db()
    assert item.title == "Corrected title"
    assert Correction.objects.get().reason == "The item's title was misprinted."


def test_the_history_page_shows_who_changed_what_and_why(clerk_client, item):
    data = form_data(clerk_client.get(url(item)), "item-minute_text")
    data["item-minute_text"] = "Cllr Fleming spoke."
    data["correction-reason"] = "Spelling corrected."
    clerk_client.post(url(item), data)
    response = clerk_client.get(reverse("clerk:item_history", args=[item.meeting.pk, item.pk]))
    html = response.content.decode()
    assert "Changed: The item" in html
    assert "Cllr Flemming spoke." in html and "Cllr Fleming spoke." in html
    assert "Correction: Spelling corrected." in html
    assert "by clerk" in html


# --- The history page ------------------------------------------------------------------------


def item_with_revisions(count: int):
    """An item whose point and decision have `count` revisions, the point's speakers
    changing at each one."""
    item = AgendaItemFactory(meeting=MeetingFactory(stage=Meeting.Stage.PUBLISHED))
    speakers = [PersonFactory(name=f"Speaker {n}", honorific="Cllr") for n in range(3)]
    point = DiscussionPointFactory(item=item, position=1, text="Revision 0")
    decision = DecisionFactory(item=item, position=1, text="Revision 0")
    for n in range(1, count):
        point.text = f"Revision {n}"
        point.save()
        point.speakers.set([speakers[n % 3]])
        decision.text = f"Revision {n}"
        decision.save()
    return item


def count_history_queries(client, item) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("clerk:item_history", args=[item.meeting.pk, item.pk]))
    assert response.status_code == 200
    return len(queries)


def test_the_history_page_costs_the_same_queries_for_2_revisions_as_for_20(clerk_client):
    few = count_history_queries(clerk_client, item_with_revisions(2))
    many = count_history_queries(clerk_client, item_with_revisions(20))
    assert few == many


def test_the_history_page_names_who_was_added_and_removed_as_a_speaker(clerk_client):
    item = item_with_revisions(3)
    response = clerk_client.get(reverse("clerk:item_history", args=[item.meeting.pk, item.pk]))
    changes = [
        (change["label"], change["old"], change["new"])
        for entry in response.context["entries"]
        for change in entry["changes"]
        if change["field"] == "speakers"
    ]
    assert ("Speakers", "Cllr Speaker 1", "(blank)") in changes
    assert ("Speakers", "(blank)", "Cllr Speaker 2") in changes
    html = response.content.decode()
    assert "Cllr Speaker 1" in html and "Cllr Speaker 2" in html
