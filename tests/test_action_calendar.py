"""An officer's private calendar of due dates, at a secret address they can reset."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from actions.calendar import token_for
from actions.models import Action
from tests.factories import ActionFactory, AgendaItemFactory
from tests.tracker_helpers import put_in


def _days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def _feed_url(person) -> str:
    return reverse("action_calendar", args=[token_for(person)])


def _events(client, url) -> dict:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar"
    calendar = Calendar.from_ical(response.content)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_my_actions_shows_the_secret_address_and_it_stays_the_same(officer_client, officer):
    first = officer_client.get(reverse("my_actions")).content.decode()
    officer.person.refresh_from_db()
    token = officer.person.calendar_token

    assert len(token) >= 40
    assert f"/actions/calendar/{token}.ics" in first
    officer_client.get(reverse("my_actions"))
    officer.person.refresh_from_db()
    assert officer.person.calendar_token == token


def test_the_feed_holds_the_owners_open_actions_as_all_day_events(client, officer, settings):
    settings.SITE_URL = "https://minutes.example.gov.uk"
    person = officer.person
    due = ActionFactory(owner=person, due_on=_days(5), description="Brief the chair.")
    exempt = ActionFactory(
        owner=person,
        due_on=_days(9),
        description="Negotiate the lease.",
        item=AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 3 of Schedule 12A."),
    )
    withdrawn = put_in(
        ActionFactory(owner=person, due_on=_days(3), description="Not needed."), "withdrawn"
    )
    ActionFactory(owner=person, due_on=None, description="No date.")
    ActionFactory(due_on=_days(4), description="Someone else's.")

    events = _events(client, _feed_url(person))

    assert set(events) == {
        f"Action {due.reference} due: Brief the chair.",
        f"Action {exempt.reference} due: Negotiate the lease.",
    }
    assert not any(withdrawn.reference in summary for summary in events)
    event = events[f"Action {due.reference} due: Brief the chair."]
    assert event.decoded("dtstart") == _days(5)
    assert event.decoded("dtend") == _days(6)
    assert str(event["url"]) == f"https://minutes.example.gov.uk/actions/{due.reference}/"
    assert str(event["uid"]) == f"action-{due.reference}@minutes.example.gov.uk"


def test_the_feed_keeps_actions_done_in_the_last_90_days_marked_done(client, officer):
    person = officer.person
    recent = put_in(ActionFactory(owner=person, due_on=_days(-20), description="Sent."), "done")
    old = put_in(ActionFactory(owner=person, due_on=_days(-200), description="Long ago."), "done")
    Action.objects.filter(pk=old.pk).update(
        completed_at=timezone.now() - datetime.timedelta(days=91)
    )

    events = _events(client, _feed_url(person))

    assert set(events) == {f"Done: action {recent.reference}: Sent."}
    assert not any(old.reference in summary for summary in events)


def test_my_actions_offers_a_subscribe_link_and_a_copy_button(officer_client, officer):
    page = officer_client.get(reverse("my_actions")).content.decode()
    address = _feed_url(officer.person)

    assert f'href="webcal://testserver{address}"' in page
    assert 'data-copy-target="calendar-url"' in page
    assert f'value="http://testserver{address}"' in page


def test_the_feed_is_private(client, officer):
    response = client.get(_feed_url(officer.person))

    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize("token", ["not-a-real-token", "x" * 43])
def test_a_wrong_address_is_not_found(client, officer, token):
    token_for(officer.person)

    assert client.get(reverse("action_calendar", args=[token])).status_code == 404


def test_a_person_without_a_token_has_no_calendar_at_an_empty_address(client, officer):
    assert officer.person.calendar_token == ""

    assert client.get("/actions/calendar/.ics").status_code == 404


def test_resetting_gives_a_new_address_and_the_old_one_stops_working(officer_client, officer):
    old_url = _feed_url(officer.person)

    response = officer_client.post(reverse("action_calendar_reset"))

    assert response.status_code == 302
    assert response.url == reverse("my_actions")
    officer.person.refresh_from_db()
    new_url = _feed_url(officer.person)
    assert new_url != old_url
    assert officer_client.get(old_url).status_code == 404
    assert officer_client.get(new_url).status_code == 200
    assert new_url in officer_client.get(reverse("my_actions")).content.decode()


def test_resetting_is_post_only_and_needs_sign_in(client, officer):
    url = _feed_url(officer.person)

    response = client.post(reverse("action_calendar_reset"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))

    client.force_login(officer)
    assert client.get(reverse("action_calendar_reset")).status_code == 405
    assert client.get(url).status_code == 200


def test_resetting_changes_only_your_own_address(client, officer, other_officer):
    theirs = _feed_url(other_officer.person)
    client.force_login(officer)

    client.post(reverse("action_calendar_reset"))

    assert client.get(theirs).status_code == 200
