"""A meeting's matters arising show each earlier action as it stood when the meeting began."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actions.models import Action
from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AgendaItemFactory,
    CommitteeFactory,
    MeetingFactory,
)
from tests.public_records import aware, text_of
from tests.tracker_helpers import put_in

pytestmark = pytest.mark.django_db

HALF_AN_HOUR = datetime.timedelta(minutes=30)


@pytest.fixture
def board():
    return CommitteeFactory(name="Improvement and Innovation Board", slug="iib")


@pytest.fixture
def earlier(board):
    return AgendaItemFactory(
        meeting=MeetingFactory(committee=board, starts_at=aware(2019, 1, 17), stage="published"),
        title="Productivity Programme",
    )


@pytest.fixture
def meeting(board):
    """Confirmed: its page is the record of 14 March 2019."""
    confirming = MeetingFactory(committee=board, starts_at=aware(2019, 5, 9), stage="agenda")
    return MeetingFactory(
        committee=board, starts_at=aware(2019, 3, 14), stage="confirmed", confirmed_at=confirming
    )


def _arising(client, meeting, **params):
    response = client.get(meeting.get_absolute_url(), params)
    assert response.status_code == 200
    return response


def _raise(item, description, *updates):
    """An action and its history: (when, note, before, after), oldest first."""
    action = ActionFactory(item=item, description=description)
    for when, note, before, after in updates:
        ActionUpdateFactory(
            action=action, created_at=when, note=note, status_before=before, status_after=after
        )
    if updates:
        put_in(action, updates[-1][3])
    return action


def test_an_action_closed_years_later_still_shows_as_it_stood_at_the_meeting(
    client, officer, earlier, meeting
):
    action = _raise(
        earlier,
        "Write to each council.",
        (aware(2019, 2, 1), "Letters drafted.", "open", "in_progress"),
    )
    action.record_update(author=officer, note="All letters answered.", status="done")
    assert Action.objects.get(pk=action.pk).status == "done"

    response = _arising(client, meeting)

    assert [a["pk"] for a in response.context["matters_arising"]] == [action.pk]
    row = response.context["matters_arising"][0]
    assert row["status_then"] == "in_progress"
    page = text_of(response)
    assert "Letters drafted." in page
    assert "All letters answered." not in page
    assert "In progress" in page
    # What happened afterwards is on the action's own page.
    assert "All letters answered." in text_of(client.get(action.get_absolute_url()))


def test_an_action_closed_before_the_meeting_is_not_a_matter_arising_even_if_reopened_since(
    client, officer, earlier, meeting
):
    closed = _raise(
        earlier,
        "Circulate the report.",
        (aware(2019, 2, 1), "Circulated.", "open", "done"),
    )
    closed.record_update(author=officer, note="Reopened: a page was missing.", status="open")
    assert Action.objects.get(pk=closed.pk).status == "open"

    assert _arising(client, meeting).context["matters_arising"] == []


def test_an_action_reopened_before_the_meeting_is_a_matter_arising(client, earlier, meeting):
    reopened = _raise(
        earlier,
        "Arrange a masterclass.",
        (aware(2019, 1, 30), "Held in Manchester.", "open", "done"),
        (aware(2019, 2, 20), "A second session is needed.", "done", "open"),
    )
    response = _arising(client, meeting)
    assert [a["pk"] for a in response.context["matters_arising"]] == [reopened.pk]
    assert "A second session is needed." in text_of(response)


def test_an_action_with_no_history_is_taken_as_it_is_now(client, earlier, meeting):
    still_open = ActionFactory(item=earlier, description="Still open.")
    put_in(ActionFactory(item=earlier, description="Withdrawn, no notes."), "withdrawn")
    assert [a["pk"] for a in _arising(client, meeting).context["matters_arising"]] == [
        still_open.pk
    ]


def test_overdue_is_judged_on_the_day_of_the_meeting(client, earlier, meeting):
    due_after = ActionFactory(item=earlier, due_on=aware(2019, 4, 1).date())
    due_before = ActionFactory(item=earlier, due_on=aware(2019, 3, 1).date())
    rows = {a["pk"]: a for a in _arising(client, meeting).context["matters_arising"]}
    assert rows[due_before.pk]["overdue_then"] and not rows[due_after.pk]["overdue_then"]


def test_many_matters_arising_are_counted_and_paged_in_the_same_queries(client, earlier, meeting):
    for n in range(3):
        ActionFactory(item=earlier, description=f"Few {n}.")

    def queries(**params) -> int:
        cache.clear()  # a cold page, as the first reader after a change sees it
        with CaptureQueriesContext(connection) as captured:
            _arising(client, meeting, **params)
        return len(captured)

    few = queries()
    for n in range(60):
        ActionFactory(item=earlier, description=f"Many {n}.")
    first = _arising(client, meeting)
    assert len(first.context["matters_arising"]) == 50
    assert "63 actions from earlier meetings were open when this meeting began" in text_of(first)
    second = _arising(client, meeting, arising=2)
    assert len(second.context["matters_arising"]) == 13
    assert queries(arising=2) == few


def test_a_change_to_the_record_shows_in_the_matters_arising_at_once(client, earlier, meeting):
    """The matters arising are sorted once per version of the record: any change is a new one."""
    first = ActionFactory(item=earlier, description="Write to each council.")
    assert [a["pk"] for a in _arising(client, meeting).context["matters_arising"]] == [first.pk]

    second = ActionFactory(item=earlier, description="Circulate the report.")
    rows = _arising(client, meeting).context["matters_arising"]
    assert sorted(a["pk"] for a in rows) == sorted([first.pk, second.pk])

    # Recorded late, but dated before the meeting: the first was done by then.
    ActionUpdateFactory(
        action=first,
        created_at=aware(2019, 2, 1),
        note="Letters sent.",
        status_before="open",
        status_after="done",
    )
    response = _arising(client, meeting)
    assert [a["pk"] for a in response.context["matters_arising"]] == [second.pk]
    assert "1 action from earlier meetings was open when this meeting began" in text_of(response)


def test_the_latest_note_then_is_the_latest_public_one(client, board, earlier, meeting):
    """A note recorded at a meeting whose minutes are not yet published is not the latest
    update then; once they are, it is, at the next request."""
    action = _raise(
        earlier,
        "Write to each council.",
        (aware(2019, 2, 1), "Letters drafted.", "open", "in_progress"),
    )
    between = MeetingFactory(committee=board, starts_at=aware(2019, 2, 20), stage="agenda")
    ActionUpdateFactory(
        action=action,
        meeting=between,
        created_at=aware(2019, 2, 20),
        note="Half the letters sent.",
        status_before="in_progress",
        status_after="in_progress",
    )

    page = text_of(_arising(client, meeting))
    assert "Letters drafted. (1 February 2019)" in page
    assert "Half the letters sent." not in page

    between.stage = "published"
    between.save()
    page = text_of(_arising(client, meeting))
    assert "Half the letters sent. (20 February 2019)" in page
    assert "Letters drafted." not in page


def test_a_note_gone_since_its_key_was_kept_shows_as_no_note(client, earlier, meeting):
    """The keys of the notes then are kept per version of the record; a note removed without
    the record moving on (a replica behind the primary, say) is no note, not a failed page."""
    action = _raise(
        earlier,
        "Write to each council.",
        (aware(2019, 2, 1), "Letters drafted.", "open", "in_progress"),
    )
    assert "Letters drafted." in text_of(_arising(client, meeting))

    # Removed under the cache's feet: no signal, so the record's version stays.
    action.updates.all()._raw_delete(connection.alias)

    page = text_of(_arising(client, meeting, arising=1))  # (not the page as kept whole)
    assert "Letters drafted." not in page
    assert "No update yet" in page


def test_the_days_shown_are_the_councils_own_not_utcs(client, board, meeting):
    # Half past midnight in London in summer is still the day before in UTC: the page gives
    # the day a member in the room would write down, for the meeting and for the note.
    late = AgendaItemFactory(
        meeting=MeetingFactory(
            committee=board, starts_at=aware(2018, 7, 2, hour=0) + HALF_AN_HOUR, stage="published"
        ),
        title="A late sitting",
    )
    _raise(
        late,
        "Report back on the late sitting.",
        (aware(2018, 8, 1, hour=0) + HALF_AN_HOUR, "Report drafted.", "open", "in_progress"),
    )

    page = text_of(_arising(client, meeting))

    assert "Raised 2 July 2018, item" in page
    assert "1 July 2018" not in page
    assert "Report drafted. (1 August 2018)" in page
    assert "31 July 2018" not in page
