"""An action's owner (or a clerk) notes progress and moves it through its statuses; no one else."""

import datetime
import html
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from actions.models import Action, ActionUpdate
from tests.factories import ActionFactory, AgendaItemFactory, PersonFactory
from tests.tracker_helpers import messages_of, put_in, refusal_of

OPEN, IN_PROGRESS, DONE, WITHDRAWN = (
    Action.Status.OPEN,
    Action.Status.IN_PROGRESS,
    Action.Status.DONE,
    Action.Status.WITHDRAWN,
)
MOVES = ["note", "start", "done", "withdraw", "reopen", "take", "assign"]


@pytest.fixture
def action(officer):
    return ActionFactory(owner=officer.person, description="Officers to write to the minister.")


def _post(client, action, move, data=None, **extra):
    return client.post(reverse(f"action_{move}", args=[action.reference]), data or {}, **extra)


ALLOWED = [
    # (move, from, to, note)
    ("note", OPEN, OPEN, "Letter drafted."),
    ("note", IN_PROGRESS, IN_PROGRESS, "Letter drafted."),
    ("note", DONE, DONE, "The minister has replied."),
    ("note", WITHDRAWN, WITHDRAWN, "For the record: the minister resigned."),
    ("start", OPEN, IN_PROGRESS, "Starting on the letter."),
    ("done", OPEN, DONE, "Letter sent on 3 May."),
    ("done", IN_PROGRESS, DONE, "Letter sent on 3 May."),
    ("withdraw", OPEN, WITHDRAWN, "The minister has resigned."),
    ("withdraw", IN_PROGRESS, WITHDRAWN, "The minister has resigned."),
    ("reopen", DONE, OPEN, "The board asked for a second letter."),
    ("reopen", WITHDRAWN, OPEN, "A new minister is in post."),
]


@pytest.mark.parametrize(("move", "before", "after", "note"), ALLOWED)
def test_the_owner_can_make_each_allowed_move_and_it_is_recorded(
    officer_client, officer, action, move, before, after, note
):
    put_in(action, before)

    response = _post(officer_client, action, move, {"note": note})

    assert response.status_code == 302
    assert response.url == action.get_absolute_url()
    action.refresh_from_db()
    assert action.status == after
    update = action.updates.get()
    assert (update.author, update.note) == (officer, note)
    assert (update.status_before, update.status_after) == (before, after)
    assert update.meeting is None


REFUSED = [
    # (move, from, the words of the refusal)
    ("start", IN_PROGRESS, "is already in progress."),
    ("start", DONE, "is done. Reopen it first."),
    ("start", WITHDRAWN, "is withdrawn. Reopen it first."),
    ("done", DONE, "is already done."),
    ("done", WITHDRAWN, "is withdrawn. Reopen it first."),
    ("withdraw", WITHDRAWN, "is already withdrawn."),
    ("withdraw", DONE, "is done. Reopen it first."),
    ("reopen", OPEN, "is already open."),
    ("reopen", IN_PROGRESS, "is in progress, not closed, so there is nothing to reopen."),
]


@pytest.mark.parametrize(("move", "before", "words"), REFUSED)
def test_an_impossible_move_is_refused_with_a_clear_message_and_changes_nothing(
    officer_client, action, move, before, words
):
    put_in(action, before)
    completed_at = action.completed_at

    response = _post(officer_client, action, move, {"note": "Trying anyway."})

    assert response.status_code == 409
    assert refusal_of(response) == [f"{action.reference} {words}"]
    page = html.unescape(response.content.decode())
    assert "Trying anyway." in page  # what was typed is still there
    assert f"{action.reference} {words}" in page  # and the reason is shown
    action.refresh_from_db()
    assert action.status == before
    assert action.completed_at == completed_at
    assert not ActionUpdate.objects.exists()


def test_marking_done_records_when_and_by_whom(officer_client, officer, action):
    _post(officer_client, action, "done", {"note": "Sent."})

    action.refresh_from_db()
    assert action.completed_by == officer
    assert action.completed_at is not None
    assert timezone.now() - action.completed_at < datetime.timedelta(minutes=1)


def test_reopening_clears_who_completed_it(officer_client, officer, action):
    _post(officer_client, action, "done", {"note": "Sent."})
    _post(officer_client, action, "reopen", {"note": "Sent to the wrong address."})

    action.refresh_from_db()
    assert action.status == OPEN
    assert action.completed_at is None
    assert action.completed_by is None
    assert list(action.updates.values_list("status_before", "status_after")) == [
        (OPEN, DONE),
        (DONE, OPEN),
    ]


@pytest.mark.parametrize(
    ("move", "words"),
    [
        ("done", "Enter a completion note: say what was done."),
        ("withdraw", "Enter the reason for withdrawing this action."),
        ("reopen", "Enter the reason for reopening this action."),
        ("note", "Enter a progress note."),
    ],
)
@pytest.mark.parametrize("note", ["", "   \n  "])
def test_a_move_that_needs_a_note_is_refused_without_one(officer_client, action, move, words, note):
    if move == "reopen":
        put_in(action, DONE)
    status = action.status

    response = _post(officer_client, action, move, {"note": note})

    assert response.status_code == 400
    assert refusal_of(response) == [words]
    action.refresh_from_db()
    assert action.status == status
    assert not action.updates.exists()


def test_starting_work_needs_no_note_and_says_so_in_the_history(officer_client, action):
    _post(officer_client, action, "start")

    assert action.updates.get().note == "Work started."


def test_a_clerk_can_change_any_action(clerk_client, clerk, action):
    response = _post(clerk_client, action, "done", {"note": "Confirmed done by the chair."})

    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == DONE
    assert action.completed_by == clerk
    assert action.updates.get().author == clerk


@pytest.mark.parametrize("move", ["note", "start", "done", "withdraw", "reopen", "assign"])
@pytest.mark.parametrize("persona", ["other_officer", "member"])
def test_anyone_else_signed_in_gets_403(client, request, action, move, persona):
    client.force_login(request.getfixturevalue(persona))
    if move == "reopen":
        put_in(action, DONE)
    status = action.status

    response = _post(client, action, move, {"note": "Not mine.", "owner": PersonFactory().pk})

    assert response.status_code == 403
    action.refresh_from_db()
    assert action.status == status
    assert not action.updates.exists()


@pytest.mark.parametrize("move", MOVES)
def test_anonymous_visitors_are_sent_to_sign_in(client, action, move):
    response = _post(client, action, move, {"note": "Hello."})

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    assert not action.updates.exists()


@pytest.mark.parametrize("move", MOVES)
def test_get_is_not_allowed(officer_client, action, move):
    response = officer_client.get(reverse(f"action_{move}", args=[action.reference]))

    assert response.status_code == 405
    assert not action.updates.exists()


def test_a_post_without_the_csrf_token_is_refused(officer, action):
    client = Client(enforce_csrf_checks=True)
    client.force_login(officer)

    response = _post(client, action, "done", {"note": "Sent."})

    assert response.status_code == 403
    action.refresh_from_db()
    assert action.status == OPEN


def test_an_action_the_user_cannot_see_is_not_found(other_officer, client, officer):
    exempt = ActionFactory(
        owner=officer.person,
        item=AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 3 of Schedule 12A."),
    )
    client.force_login(other_officer)

    assert _post(client, exempt, "note", {"note": "Hm."}).status_code == 404
    assert client.post("/actions/2019-9999/update/", {"note": "Hm."}).status_code == 404
    assert not ActionUpdate.objects.exists()


def test_the_owner_of_an_exempt_action_can_update_it(officer_client, officer):
    exempt = ActionFactory(
        owner=officer.person,
        item=AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 3 of Schedule 12A."),
    )

    _post(officer_client, exempt, "note", {"note": "Negotiations continue."})

    assert exempt.updates.get().note == "Negotiations continue."


def test_it_returns_to_a_next_address_on_this_site_only(officer_client, action):
    mine = reverse("my_actions")

    response = _post(officer_client, action, "note", {"note": "One.", "next": mine})
    assert response.url == mine

    response = _post(
        officer_client, action, "note", {"note": "Two.", "next": "https://evil.example/"}
    )
    assert response.url == action.get_absolute_url()


# --- Assigning ---------------------------------------------------------------------------


def test_a_clerk_can_assign_an_owner_as_an_update(clerk_client, clerk, action, other_officer):
    new_owner = other_officer.person

    _post(clerk_client, action, "assign", {"owner": new_owner.pk})

    action.refresh_from_db()
    assert action.owner == new_owner
    update = action.updates.get()
    assert update.author == clerk
    assert update.note == f"Assigned to {new_owner}."
    assert update.status_before == update.status_after == OPEN


def test_assigning_the_current_owner_again_is_refused(clerk_client, action, officer):
    response = _post(clerk_client, action, "assign", {"owner": officer.person.pk})

    assert messages_of(response) == [f"{officer.person} already owns {action.reference}."]
    assert not action.updates.exists()


def test_a_closed_action_is_not_given_a_new_owner(clerk_client, action, other_officer):
    put_in(action, WITHDRAWN)

    response = _post(clerk_client, action, "assign", {"owner": other_officer.person.pk})

    assert messages_of(response) == [
        f"{action.reference} is withdrawn. Reopen it before giving it a new owner."
    ]
    action.refresh_from_db()
    assert action.owner.user.username == "officer"


def test_the_owner_cannot_assign_their_action_to_someone_else(officer_client, action):
    someone = PersonFactory()

    response = _post(officer_client, action, "assign", {"owner": someone.pk})

    assert response.status_code == 403
    action.refresh_from_db()
    assert action.owner.user.username == "officer"


# --- The forms on the action's page -------------------------------------------------------


def _page(client, action) -> str:
    response = client.get(action.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_the_owner_sees_the_forms_for_an_open_action(officer_client, action):
    html = _page(officer_client, action)

    assert "Update this action" in html
    for move in ["note", "start", "done", "withdraw"]:
        assert f'action="{reverse(f"action_{move}", args=[action.reference])}"' in html
    assert reverse("action_reopen", args=[action.reference]) not in html
    assert reverse("action_assign", args=[action.reference]) not in html
    assert "csrfmiddlewaretoken" in html


def test_a_done_action_offers_only_a_note_and_reopening(officer_client, action):
    put_in(action, DONE)

    html = _page(officer_client, action)

    assert f'action="{reverse("action_reopen", args=[action.reference])}"' in html
    assert f'action="{reverse("action_note", args=[action.reference])}"' in html
    for move in ["start", "done", "withdraw"]:
        assert reverse(f"action_{move}", args=[action.reference]) not in html


def test_a_clerk_also_sees_the_assign_form(clerk_client, action):
    html = _page(clerk_client, action)

    assert f'action="{reverse("action_assign", args=[action.reference])}"' in html
    assert f'action="{reverse("action_done", args=[action.reference])}"' in html


@pytest.mark.parametrize("persona", [None, "other_officer", "member"])
def test_no_form_is_shown_to_anyone_who_may_not_change_it(client, request, action, persona):
    if persona:
        client.force_login(request.getfixturevalue(persona))

    html = _page(client, action)

    assert "Update this action" not in html
    assert action.description in html
    for move in MOVES:
        assert reverse(f"action_{move}", args=[action.reference]) not in html


def test_the_forms_on_one_page_never_share_an_id(clerk_client, action):
    ids = re.findall(r'\sid="([^"]+)"', _page(clerk_client, action))

    assert len(ids) == len(set(ids)), [i for i in set(ids) if ids.count(i) > 1]
