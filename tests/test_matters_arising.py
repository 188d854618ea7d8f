"""A clerk records the committee's note on a matter arising: an update tied to the meeting."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from actions.models import Action, ActionUpdate
from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AgendaItemFactory,
    CommitteeFactory,
    MeetingFactory,
)
from tests.tracker_helpers import put_in, refusal_of


def _at(day: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(2019, 3, day, 11, 0))


@pytest.fixture
def board(db):
    return CommitteeFactory(name="Improvement and Innovation Board", slug="iib")


@pytest.fixture
def meeting(board):
    """The meeting at which matters arising from earlier ones are heard."""
    return MeetingFactory(committee=board, starts_at=_at(15), stage="agenda")


@pytest.fixture
def arising(board):
    first = MeetingFactory(committee=board, starts_at=_at(1))
    return ActionFactory(
        item=AgendaItemFactory(meeting=first, title="Productivity Programme"),
        description="Officers to circulate the report.",
    )


def _page_url(meeting) -> str:
    return reverse("clerk_matters_arising", args=[meeting.pk])


def _note_url(meeting, action) -> str:
    return reverse("clerk_matters_arising_note", args=[meeting.pk, action.reference])


def test_the_addresses_sit_under_clerk(meeting, arising):
    assert _page_url(meeting) == f"/clerk/meetings/{meeting.pk}/matters-arising/"
    assert _note_url(meeting, arising).startswith(_page_url(meeting))


def test_it_lists_open_actions_from_earlier_meetings_of_the_committee(
    clerk_client, board, meeting, arising
):
    started = put_in(
        ActionFactory(
            item=AgendaItemFactory(meeting=arising.item.meeting), description="Under way."
        ),
        "in_progress",
    )
    exempt = ActionFactory(
        item=AgendaItemFactory(
            meeting=arising.item.meeting,
            is_exempt=True,
            exempt_reason="Paragraph 3 of Schedule 12A.",
        ),
        description="Confidential, but clerks see it.",
    )
    closed = put_in(
        ActionFactory(item=AgendaItemFactory(meeting=arising.item.meeting), description="Closed."),
        "done",
    )
    raised_here = ActionFactory(item=AgendaItemFactory(meeting=meeting), description="Raised here.")
    later = ActionFactory(
        item=AgendaItemFactory(meeting=MeetingFactory(committee=board, starts_at=_at(29))),
        description="Raised later.",
    )
    elsewhere = ActionFactory(
        item=AgendaItemFactory(meeting=MeetingFactory(starts_at=_at(1))),
        description="Another committee's.",
    )

    html = clerk_client.get(_page_url(meeting)).content.decode()

    for shown in (arising, started, exempt):
        assert shown.description in html
    assert "exempt: not shown to the public" in html
    for hidden in (closed, raised_here, later, elsewhere):
        assert hidden.description not in html


def test_it_shows_each_actions_latest_update(clerk_client, meeting, arising):
    ActionUpdateFactory(action=arising, note="Old news.", created_at=_at(2))
    ActionUpdateFactory(action=arising, note="Report drafted.", created_at=_at(10))

    html = clerk_client.get(_page_url(meeting)).content.decode()

    assert "Report drafted." in html
    assert "Old news." not in html


def test_a_clerk_records_the_committees_note_against_an_action(
    clerk_client, clerk, meeting, arising
):
    response = clerk_client.post(
        _note_url(meeting, arising), {"note": "The board noted progress.", "status": ""}
    )

    assert response.status_code == 302
    assert response.url == f"{_page_url(meeting)}#action-{arising.reference}"
    update = arising.updates.get()
    assert update.meeting == meeting
    assert update.author == clerk
    assert update.note == "The board noted progress."
    assert update.status_before == update.status_after == Action.Status.OPEN
    html = clerk_client.get(_page_url(meeting)).content.decode()
    assert "Noted at this meeting" in html
    assert "The board noted progress." in html


def test_the_note_may_also_close_the_action(clerk_client, clerk, meeting, arising):
    clerk_client.post(
        _note_url(meeting, arising), {"note": "The board agreed it is done.", "status": "done"}
    )

    arising.refresh_from_db()
    assert arising.status == Action.Status.DONE
    assert arising.completed_by == clerk
    update = arising.updates.get()
    assert (update.status_before, update.status_after) == ("open", "done")
    html = clerk_client.get(_page_url(meeting)).content.decode()
    assert arising.description not in html.split("Notes recorded at this meeting")[0]
    assert "(Open to Done): The board agreed it is done." in html


def test_the_note_shows_on_the_actions_public_page_once_the_minutes_are_published(
    client, clerk_client, meeting, arising
):
    clerk_client.post(_note_url(meeting, arising), {"note": "The board noted progress."})
    meeting.stage = "published"
    meeting.save()

    html = client.get(arising.get_absolute_url()).content.decode()

    assert "The board noted progress." in html


@pytest.mark.parametrize("persona", [None, "member", "officer"])
def test_the_note_waits_for_the_meetings_minutes_everywhere_public(
    client, clerk, request, meeting, arising, persona
):
    # The note is part of the minutes of `meeting`, still at the agenda stage.
    ActionUpdateFactory(action=arising, meeting=meeting, note="Said in the meeting room.")
    if persona:
        user = request.getfixturevalue(persona)
        arising.owner = user.person
        arising.save()
        client.force_login(user)
    pages = [
        arising.get_absolute_url(),
        meeting.get_absolute_url(),
        reverse("action_export"),
    ]
    if persona == "officer":
        pages.append(reverse("my_actions"))

    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Said in the meeting room." not in response.getvalue().decode(), url


def test_a_clerk_sees_the_note_before_the_minutes_are_published(clerk_client, meeting, arising):
    ActionUpdateFactory(action=arising, meeting=meeting, note="Said in the meeting room.")

    html = clerk_client.get(arising.get_absolute_url()).content.decode()

    assert "Said in the meeting room." in html


def test_a_note_is_required(clerk_client, meeting, arising):
    response = clerk_client.post(_note_url(meeting, arising), {"note": "  ", "status": "done"})

    assert refusal_of(response) == ["Enter the committee's note."]
    assert response.status_code == 400
    arising.refresh_from_db()
    assert arising.status == Action.Status.OPEN
    assert not ActionUpdate.objects.exists()


def test_an_impossible_move_is_refused(clerk_client, meeting, arising):
    put_in(arising, "in_progress")

    response = clerk_client.post(
        _note_url(meeting, arising), {"note": "Still going.", "status": "in_progress"}
    )

    assert refusal_of(response) == [f"{arising.reference} is already in progress."]
    assert response.status_code == 409
    assert "Still going." in response.content.decode()  # the clerk's note is not lost
    assert not ActionUpdate.objects.exists()


def test_an_unknown_status_is_refused(clerk_client, meeting, arising):
    response = clerk_client.post(
        _note_url(meeting, arising), {"note": "Hm.", "status": "forgotten"}
    )

    assert "Select a valid choice" in refusal_of(response)[0]
    assert "Hm." in response.content.decode()
    assert not ActionUpdate.objects.exists()


def test_an_action_that_is_not_a_matter_arising_of_this_meeting_is_not_found(
    clerk_client, board, meeting
):
    raised_here = ActionFactory(item=AgendaItemFactory(meeting=meeting))
    elsewhere = ActionFactory()

    for action in (raised_here, elsewhere):
        response = clerk_client.post(_note_url(meeting, action), {"note": "Hm."})
        assert response.status_code == 404
    assert clerk_client.get(_page_url(MeetingFactory.build(pk=99999))).status_code == 404
    assert not ActionUpdate.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, meeting, arising):
    for response in (
        client.get(_page_url(meeting)),
        client.post(_note_url(meeting, arising), {"note": "Hm."}),
    ):
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))
    assert not ActionUpdate.objects.exists()


@pytest.mark.parametrize("persona", ["officer", "member"])
def test_anyone_but_a_clerk_gets_403(client, request, meeting, arising, persona):
    user = request.getfixturevalue(persona)
    if persona == "officer":
        # Even the action's owner: the committee's note is the clerk's to record.
        arising.owner = user.person
        arising.save()
    client.force_login(user)

    assert client.get(_page_url(meeting)).status_code == 403
    assert client.post(_note_url(meeting, arising), {"note": "Hm."}).status_code == 403
    assert not ActionUpdate.objects.exists()


def test_the_page_is_post_only_for_notes(clerk_client, meeting, arising):
    assert clerk_client.get(_note_url(meeting, arising)).status_code == 405


def test_the_page_takes_a_fixed_number_of_queries(clerk_client, board, meeting, arising):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            clerk_client.get(_page_url(meeting))
        return len(queries)

    ActionUpdateFactory(action=arising, meeting=meeting)
    few = count()
    for _ in range(4):
        action = ActionFactory(item=AgendaItemFactory(meeting=arising.item.meeting))
        ActionUpdateFactory(action=action, meeting=meeting)
        ActionUpdateFactory(action=action)
    assert count() == few


def test_the_clerks_meeting_page_links_to_its_matters_arising(clerk_client, meeting):
    page = clerk_client.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()
    assert reverse("clerk_matters_arising", args=[meeting.pk]) in page
