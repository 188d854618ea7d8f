"""An officer's own actions, after sign-in: soonest due first, overdue ones said in words."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AgendaItemFactory,
    CommitteeFactory,
    MeetingFactory,
    UserFactory,
)
from tests.tracker_helpers import put_in

URL = "/actions/mine/"


def _days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def _mine(client, **params) -> str:
    response = client.get(URL, params)
    assert response.status_code == 200
    return response.content.decode()


def test_it_lives_at_the_address_in_the_design():
    assert reverse("my_actions") == URL


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_it_lists_only_the_officers_own_actions(officer_client, officer, other_officer):
    mine = ActionFactory(owner=officer.person, description="Draft the productivity report.")
    theirs = ActionFactory(owner=other_officer.person, description="Book the venue.")

    html = _mine(officer_client)

    assert mine.description in html
    assert theirs.description not in html


def test_it_includes_exempt_actions_the_officer_owns(officer_client, officer):
    exempt = ActionFactory(
        owner=officer.person,
        description="Negotiate the lease.",
        item=AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 3 of Schedule 12A."),
    )

    html = _mine(officer_client)

    assert exempt.description in html
    assert "Exempt: not shown to the public." in html


def test_soonest_due_comes_first_and_undated_last(officer_client, officer):
    later = ActionFactory(owner=officer.person, due_on=_days(20), description="Later one.")
    undated = ActionFactory(owner=officer.person, due_on=None, description="Undated one.")
    sooner = ActionFactory(owner=officer.person, due_on=_days(2), description="Sooner one.")
    overdue = ActionFactory(owner=officer.person, due_on=_days(-3), description="Overdue one.")

    html = _mine(officer_client)

    positions = [html.index(a.description) for a in (overdue, sooner, later, undated)]
    assert positions == sorted(positions)


def test_an_overdue_action_is_marked_in_words(officer_client, officer):
    ActionFactory(owner=officer.person, due_on=_days(-3), description="Late one.")

    html = _mine(officer_client)

    assert ">Overdue<" in html
    assert '<span class="app-overdue">3 days late</span>' in html


def test_an_action_due_today_or_done_late_is_not_marked_overdue(officer_client, officer):
    ActionFactory(owner=officer.person, due_on=_days(0))
    put_in(ActionFactory(owner=officer.person, due_on=_days(-10)), "done")

    html = _mine(officer_client, status="all")

    assert "Overdue" not in html


def test_by_default_it_shows_open_and_in_progress_actions(officer_client, officer):
    open_ = ActionFactory(owner=officer.person, description="Still open.")
    started = put_in(ActionFactory(owner=officer.person, description="Under way."), "in_progress")
    done = put_in(ActionFactory(owner=officer.person, description="Finished."), "done")
    withdrawn = put_in(ActionFactory(owner=officer.person, description="Dropped."), "withdrawn")

    html = _mine(officer_client)
    assert open_.description in html
    assert started.description in html
    assert done.description not in html
    assert withdrawn.description not in html

    html = _mine(officer_client, status="done")
    assert done.description in html
    assert open_.description not in html
    assert withdrawn.description not in html

    html = _mine(officer_client, status="all")
    for action in (open_, started, done, withdrawn):
        assert action.description in html


def test_it_filters_by_committee(officer_client, officer):
    board = CommitteeFactory(name="Improvement and Innovation Board", slug="iib")
    cabinet = CommitteeFactory(name="Cabinet", slug="cabinet")
    from_board = ActionFactory(
        owner=officer.person,
        item=AgendaItemFactory(meeting=MeetingFactory(committee=board)),
        description="From the board.",
    )
    from_cabinet = ActionFactory(
        owner=officer.person,
        item=AgendaItemFactory(meeting=MeetingFactory(committee=cabinet)),
        description="From the cabinet.",
    )

    html = _mine(officer_client, committee="iib")

    assert from_board.description in html
    assert from_cabinet.description not in html
    assert '<option value="iib" selected>' in html


def test_the_committee_filter_offers_only_committees_of_the_officers_actions(
    officer_client, officer
):
    ActionFactory(
        owner=officer.person,
        item=AgendaItemFactory(meeting=MeetingFactory(committee=CommitteeFactory(name="Mine"))),
    )
    CommitteeFactory(name="Somebody else's panel")

    html = _mine(officer_client)

    assert ">Mine</option>" in html
    assert "Somebody else&#x27;s panel" not in html


def test_the_committee_filter_follows_the_record_and_refuses_a_committee_not_offered(
    officer_client, officer
):
    board = CommitteeFactory(name="Board", slug="board")
    CommitteeFactory(name="Other panel", slug="other")
    ActionFactory(
        owner=officer.person, item=AgendaItemFactory(meeting=MeetingFactory(committee=board))
    )
    assert ">Board</option>" in _mine(officer_client)
    # Read once per version of the record: the next page reads no committee.
    with CaptureQueriesContext(connection) as queries:
        _mine(officer_client, status="all")
    assert not any('FROM "minutes_committee"' in query["sql"] for query in queries)
    # Renamed, or a committee they now own an action of: offered at the next request.
    board.name = "Renamed board"
    board.save()
    audit = CommitteeFactory(name="Audit", slug="audit")
    ActionFactory(
        owner=officer.person, item=AgendaItemFactory(meeting=MeetingFactory(committee=audit))
    )
    html = _mine(officer_client, committee="audit")
    assert '<option value="audit" selected>Audit</option>' in html
    assert ">Renamed board</option>" in html and ">Board</option>" not in html
    # A committee that exists but is not among theirs is not offered, nor accepted.
    html = _mine(officer_client, committee="other")
    assert "Other panel" not in html
    assert "Committee: Choose one of the committees in the list" in html


def test_a_filter_value_it_does_not_know_falls_back_to_open_actions(officer_client, officer):
    open_ = ActionFactory(owner=officer.person, description="Still open.")
    done = put_in(ActionFactory(owner=officer.person, description="Finished."), "done")

    html = _mine(officer_client, status="nonsense", committee="no-such-committee")

    assert open_.description in html
    assert done.description not in html
    # The page says the filters were left out, each linked to its box.
    assert "<title>Error: My actions" in html
    assert 'href="#id_status">Status: Choose a status from the list</a>' in html
    assert 'href="#id_committee">Committee: Choose one of the committees in the list</a>' in html


def test_a_known_filter_still_applies_beside_one_it_does_not_know(officer_client, officer):
    open_ = ActionFactory(owner=officer.person, description="Still open.")
    done = put_in(ActionFactory(owner=officer.person, description="Finished."), "done")

    html = _mine(officer_client, status="done", committee="no-such-committee")

    assert done.description in html
    assert open_.description not in html
    assert '<option value="done" selected>' in html
    assert "Committee: Choose one of the committees in the list" in html
    assert "Status: Choose" not in html


def test_it_shows_the_latest_update(officer_client, officer):
    action = ActionFactory(owner=officer.person)
    ActionUpdateFactory(
        action=action, note="First note.", created_at=timezone.now() - datetime.timedelta(days=2)
    )
    ActionUpdateFactory(action=action, note="Second note.")

    html = _mine(officer_client)

    assert "Second note." in html
    assert "First note." not in html


def test_it_links_to_the_unassigned_list_when_there_is_something_to_take(officer_client, officer):
    assert reverse("unassigned_actions") not in _mine(officer_client)

    ActionFactory(owner=None, owner_label="Officers")

    assert "1 action not yet assigned" in _mine(officer_client)


def test_a_sign_in_with_no_person_is_told_why_the_list_is_empty(client, db):
    client.force_login(UserFactory(username="new-starter"))

    html = _mine(client)

    assert "not linked to a person" in html
    assert "calendar" not in html.lower()


def test_it_fetches_the_list_in_a_fixed_number_of_queries(officer_client, officer):
    def count() -> int:
        cache.clear()  # counts shown on the page are cached: compare cold with cold
        with CaptureQueriesContext(connection) as queries:
            _mine(officer_client)
        return len(queries)

    ActionUpdateFactory(action=ActionFactory(owner=officer.person))
    count()  # the first visit also makes the calendar's secret address
    few = count()
    for _ in range(5):
        ActionUpdateFactory(action=ActionFactory(owner=officer.person))
    assert count() == few


@pytest.mark.parametrize("persona", ["other_officer", "member"])
def test_nobody_sees_another_persons_list(client, request, officer, persona):
    ActionFactory(owner=officer.person, description="Olu's own work.")
    client.force_login(request.getfixturevalue(persona))

    assert "Olu&#x27;s own work." not in _mine(client)
