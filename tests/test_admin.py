"""A clerk can run the record from the admin; its lists cost a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actions.models import Action, ActionUpdate
from minutes.models import AgendaItem, Meeting
from tests.clerk_helpers import form_data
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    DiscussionPointFactory,
    MeetingFactory,
    MembershipFactory,
)

pytestmark = pytest.mark.django_db

CHANGELISTS = [
    "admin:minutes_committee_changelist",
    "admin:minutes_person_changelist",
    "admin:minutes_meeting_changelist",
    "admin:minutes_agendaitem_changelist",
    "admin:minutes_correction_changelist",
    "admin:actions_action_changelist",
]


def _make_rows(n):
    meeting = MeetingFactory()
    for _ in range(n):
        item = AgendaItemFactory(meeting=meeting)
        ActionFactory(item=item, discussion_point=DiscussionPointFactory(item=item))


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("name", CHANGELISTS)
def test_changelists_cost_the_same_queries_for_3_rows_or_30(clerk_client, name):
    url = reverse(name)
    _make_rows(3)
    few = _queries(clerk_client, url)
    _make_rows(27)
    assert _queries(clerk_client, url) == few


def test_the_seed_meeting_shows_its_item_and_the_item_its_eight_points_and_action(
    demo, clerk_client
):
    item = AgendaItem.objects.get(title="Productivity Report")
    response = clerk_client.get(reverse("admin:minutes_meeting_change", args=[item.meeting.pk]))
    assert "Productivity Report" in response.content.decode()
    page = clerk_client.get(
        reverse("admin:minutes_agendaitem_change", args=[item.pk])
    ).content.decode()
    assert "Shared Services" in page and "Modern Slavery" in page
    assert "Officers to follow up on the concerns and suggestions raised by the Board." in page


def test_people_are_picked_by_autocomplete(demo, clerk_client):
    response = clerk_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "Woodley",
            "app_label": "minutes",
            "model_name": "agendaitem",
            "field_name": "introduced_by",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["Cllr Ron Woodley"]


def test_the_action_list_filters_by_committee_status_owner_and_overdue(demo, clerk_client):
    url = reverse("admin:actions_action_changelist")
    page = clerk_client.get(url, {"overdue": "yes", "committee": "resources-scrutiny-panel"})
    body = page.content.decode()
    assert "Circulate the number of school transport routes" in body
    assert "Officers to follow up" not in body
    assert "Officers to follow up" in clerk_client.get(url, {"q": "follow up"}).content.decode()


def test_changing_status_in_the_list_is_recorded_as_an_update(clerk, clerk_client):
    action = ActionFactory()
    url = reverse("admin:actions_action_changelist")
    response = clerk_client.post(
        url,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000",
            "form-0-id": str(action.pk),
            "form-0-status": "done",
            "_save": "Save",
        },
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == "done" and action.completed_by == clerk and action.completed_at
    update = ActionUpdate.objects.get(action=action)
    assert (update.status_before, update.status_after, update.author) == ("open", "done", clerk)


def test_an_action_cannot_be_given_a_point_of_another_item(clerk_client):
    action = ActionFactory()
    other_point = DiscussionPointFactory()
    url = reverse("admin:actions_action_change", args=[action.pk])
    response = clerk_client.post(
        url,
        {
            "item": action.item_id,
            "discussion_point": other_point.pk,
            "description": action.description,
            "owner": action.owner_id,
            "owner_label": "",
            "due_on": "",
            "status": "open",
            "updates-TOTAL_FORMS": "0",
            "updates-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert Action.POINT_OF_ANOTHER_ITEM.replace("'", "&#x27;") in response.content.decode()
    action.refresh_from_db()
    assert action.discussion_point is None


@pytest.mark.parametrize("number", ["4/1", "3 (a)", "2.", "12.b/"])
def test_the_admin_refuses_an_item_number_no_address_can_carry(clerk_client, number):
    """An item's number is part of its address (/…/items/3a/): one with a slash, a space or a
    bracket once saved through the admin left a page no link could reach."""
    item = AgendaItemFactory(meeting=MeetingFactory(stage=Meeting.Stage.PUBLISHED), number="4")
    url = reverse("admin:minutes_agendaitem_change", args=[item.pk])
    data = form_data(clerk_client.get(url), "number")
    data["number"] = number
    response = clerk_client.post(url, data)
    assert response.status_code == 200
    assert "An item number is letters and digits, e.g. 3, 3a or 10.1." in response.content.decode()
    item.refresh_from_db()
    assert item.number == "4"
    data["number"] = "4a"
    assert clerk_client.post(url, data).status_code == 302
    item.refresh_from_db()
    assert item.number == "4a"
    assert clerk_client.get(item.get_absolute_url()).status_code == 200


def test_confirmed_minutes_are_read_only_in_the_admin(demo, clerk_client):
    item = AgendaItem.objects.get(title="Productivity Report")
    assert item.meeting.stage == Meeting.Stage.CONFIRMED
    url = reverse("admin:minutes_agendaitem_change", args=[item.pk])
    page = clerk_client.get(url).content.decode()
    assert 'name="title"' not in page
    assert "Confirmed minutes are locked" in page
    response = clerk_client.post(url, {"title": "Rewritten"})
    assert response.status_code == 403
    item.refresh_from_db()
    assert item.title == "Productivity Report"


def test_confirmed_minutes_cannot_step_back_a_stage(demo, clerk_client):
    meeting = Meeting.objects.filter(stage="confirmed").first()
    response = clerk_client.post(
        reverse("admin:minutes_meeting_change", args=[meeting.pk]),
        {
            "committee": meeting.committee_id,
            "starts_at_0": meeting.starts_at.date().isoformat(),
            "starts_at_1": "11:00",
            "stage": "published",
            "venue": meeting.venue,
            "agenda_items-TOTAL_FORMS": "0",
            "agenda_items-INITIAL_FORMS": "0",
            "attendances-TOTAL_FORMS": "0",
            "attendances-INITIAL_FORMS": "0",
        },
    )
    # A confirmed meeting is not changed here at all; the form's own check stays behind it.
    assert response.status_code == 403
    meeting.refresh_from_db()
    assert meeting.stage == "confirmed"


def test_officers_and_the_public_cannot_reach_the_admin(client, officer_client):
    url = reverse("admin:actions_action_changelist")
    assert client.get(url).status_code == 302
    assert officer_client.get(url).status_code == 302


def _list_edit(client, action, status):
    return client.post(
        reverse("admin:actions_action_changelist"),
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000",
            "form-0-id": str(action.pk),
            "form-0-status": status,
            "_save": "Save",
        },
    )


def test_the_list_refuses_a_move_the_action_page_would_refuse(clerk_client):
    action = ActionFactory(status="withdrawn")
    response = _list_edit(clerk_client, action, "done")
    assert response.status_code == 200
    assert "Reopen it first." in response.content.decode()
    action.refresh_from_db()
    assert action.status == "withdrawn" and not ActionUpdate.objects.exists()


def test_an_action_with_a_history_cannot_be_deleted_in_the_admin(clerk, clerk_client):
    action = ActionFactory()
    action.record_update(author=clerk, note="Started.", status="in_progress")
    response = clerk_client.post(
        reverse("admin:actions_action_delete", args=[action.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert Action.objects.filter(pk=action.pk).exists()
    page = clerk_client.get(reverse("admin:actions_action_changelist")).content.decode()
    assert "delete_selected" not in page


@pytest.mark.parametrize("name", ["admin:minutes_meeting_change", "admin:actions_action_change"])
def test_change_forms_offer_every_field(clerk_client, name):
    action = ActionFactory()
    obj = action.item.meeting if "meeting" in name else action
    page = clerk_client.get(reverse(name, args=[obj.pk])).content.decode()
    for field in (
        ["venue", "chair", "committee"] if "meeting" in name else ["description", "owner", "due_on"]
    ):
        assert f'name="{field}"' in page, field


# --- Addresses are contracts: slugs are kept once a committee or person exists -------------


def test_a_committees_slug_is_set_when_it_is_added_and_never_changed(clerk_client):
    add_page = clerk_client.get(reverse("admin:minutes_committee_add")).content.decode()
    assert 'name="slug"' in add_page
    meeting = MeetingFactory(committee__slug="improvement-board")
    committee = meeting.committee
    url = reverse("admin:minutes_committee_change", args=[committee.pk])
    page = clerk_client.get(url)
    assert 'name="slug"' not in page.content.decode()
    assert "improvement-board" in page.content.decode()
    data = form_data(page, "name")
    data.update(name="Improvement and Innovation Board", slug="moved")
    assert clerk_client.post(url, data).status_code == 302
    committee.refresh_from_db()
    assert committee.name == "Improvement and Innovation Board"
    assert committee.slug == "improvement-board"
    clerk_client.logout()
    assert clerk_client.get("/committees/improvement-board/").status_code == 200
    assert clerk_client.get(meeting.get_absolute_url()).status_code == 200
    assert clerk_client.get("/committees/moved/").status_code == 404


def test_a_persons_slug_is_set_when_they_are_added_and_never_changed(clerk_client):
    add_page = clerk_client.get(reverse("admin:minutes_person_add")).content.decode()
    assert 'name="slug"' in add_page
    person = MembershipFactory(person__name="Peter Fleming", person__slug="peter-fleming").person
    url = reverse("admin:minutes_person_change", args=[person.pk])
    page = clerk_client.get(url)
    assert 'name="slug"' not in page.content.decode()
    data = form_data(page, "name")
    data.update(name="Peter Flemming", slug="someone-else")
    assert clerk_client.post(url, data).status_code == 302
    person.refresh_from_db()
    assert person.name == "Peter Flemming"
    assert person.slug == "peter-fleming"
    clerk_client.logout()
    assert clerk_client.get("/people/peter-fleming/").status_code == 200
    assert clerk_client.get("/people/someone-else/").status_code == 404
