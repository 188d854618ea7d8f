"""Actions the minute gave to a group wait in "Not yet assigned" until an officer takes one."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from actions.models import Action
from tests.factories import ActionFactory, AgendaItemFactory, MeetingFactory, UserFactory
from tests.tracker_helpers import messages_of, put_in


@pytest.fixture
def unassigned(db):
    return ActionFactory(
        owner=None,
        owner_label="Officers",
        description="Officers to follow up on the concerns raised by the Board.",
    )


def _take(client, action, **data):
    return client.post(reverse("action_take", args=[action.reference]), data)


def test_it_lists_open_actions_with_no_owner(officer_client, unassigned):
    owned = ActionFactory(description="Someone already has this one.")
    closed = put_in(ActionFactory(owner=None, description="Closed without an owner."), "withdrawn")

    html = officer_client.get(reverse("unassigned_actions")).content.decode()

    assert unassigned.description in html
    assert "Given to Officers." in html
    assert owned.description not in html
    assert closed.description not in html


def test_it_does_not_list_what_the_officer_may_not_see(officer_client, unassigned):
    exempt = ActionFactory(
        owner=None,
        description="A confidential matter.",
        item=AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 3 of Schedule 12A."),
    )
    draft = ActionFactory(
        owner=None,
        description="From a meeting still in draft.",
        item=AgendaItemFactory(meeting=MeetingFactory(stage="draft")),
    )

    html = officer_client.get(reverse("unassigned_actions")).content.decode()

    assert unassigned.description in html
    assert exempt.description not in html
    assert draft.description not in html


def test_a_clerk_sees_every_unassigned_action(clerk_client, unassigned):
    exempt = ActionFactory(
        owner=None,
        description="A confidential matter.",
        item=AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 3 of Schedule 12A."),
    )

    html = clerk_client.get(reverse("unassigned_actions")).content.decode()

    assert unassigned.description in html
    assert exempt.description in html


def test_members_may_not_use_the_list(member_client, unassigned):
    assert member_client.get(reverse("unassigned_actions")).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, unassigned):
    response = client.get(reverse("unassigned_actions"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_an_officer_takes_an_action_and_becomes_its_owner_on_the_record(
    officer_client, officer, unassigned
):
    response = _take(officer_client, unassigned, next=reverse("my_actions"))

    assert response.status_code == 302
    assert response.url == reverse("my_actions")
    unassigned.refresh_from_db()
    assert unassigned.owner == officer.person
    assert unassigned.status == Action.Status.OPEN
    update = unassigned.updates.get()
    assert update.author == officer
    assert update.note == "Taken on by Olu Officer."
    assert update.status_before == update.status_after == Action.Status.OPEN
    assert unassigned.description in officer_client.get(reverse("my_actions")).content.decode()
    assert (
        unassigned.description
        not in officer_client.get(reverse("unassigned_actions")).content.decode()
    )


def test_an_action_someone_has_taken_cannot_be_taken_again(
    officer_client, other_officer, unassigned
):
    _take(officer_client, unassigned)
    other = Client()
    other.force_login(other_officer)

    response = _take(other, unassigned)

    assert messages_of(response) == [f"{unassigned.reference} is already owned by Olu Officer."]
    unassigned.refresh_from_db()
    assert unassigned.owner.name == "Olu Officer"
    assert unassigned.updates.count() == 1


def test_a_closed_action_cannot_be_taken(officer_client, unassigned):
    put_in(unassigned, "done")

    response = _take(officer_client, unassigned)

    assert messages_of(response) == [
        f"{unassigned.reference} is done, so there is nothing to take on."
    ]
    unassigned.refresh_from_db()
    assert unassigned.owner is None


def test_an_officer_whose_sign_in_has_no_person_is_told_why(client, unassigned):
    user = UserFactory(username="new-starter")
    user.groups.add(Group.objects.get(name="Officer"))
    client.force_login(user)

    response = _take(client, unassigned)

    assert "not linked to a person" in messages_of(response)[0]
    unassigned.refresh_from_db()
    assert unassigned.owner is None
    assert not unassigned.updates.exists()


def test_a_member_cannot_take_an_action(member_client, unassigned):
    assert _take(member_client, unassigned).status_code == 403
    unassigned.refresh_from_db()
    assert unassigned.owner is None


def test_taking_is_post_only(officer_client, unassigned):
    response = officer_client.get(reverse("action_take", args=[unassigned.reference]))

    assert response.status_code == 405


def test_the_take_button_shows_on_the_action_page_for_officers_only(
    client, officer, member, unassigned
):
    take_url = reverse("action_take", args=[unassigned.reference])

    assert take_url not in client.get(unassigned.get_absolute_url()).content.decode()
    client.force_login(member)
    assert take_url not in client.get(unassigned.get_absolute_url()).content.decode()
    client.force_login(officer)
    html = client.get(unassigned.get_absolute_url()).content.decode()
    assert f'action="{take_url}"' in html
    assert "The minute gave this action to Officers." in html
    # Only the take form: the officer does not own it yet.
    assert reverse("action_done", args=[unassigned.reference]) not in html


def test_a_clerk_can_assign_an_unassigned_action(clerk_client, unassigned, other_officer):
    clerk_client.post(
        reverse("action_assign", args=[unassigned.reference]),
        {"owner": other_officer.person.pk, "note": "Oona leads on this."},
    )

    unassigned.refresh_from_db()
    assert unassigned.owner == other_officer.person
    assert unassigned.updates.get().note == "Oona leads on this."
