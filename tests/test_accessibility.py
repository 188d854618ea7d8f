"""axe-core finds no WCAG 2.2 A or AA failure on any public page type, signed out or in."""

import pytest
from django.contrib.auth import get_user_model

from actions.models import Action
from minutes.models import AgendaItem, Meeting, Person
from tests.conftest import axe_violations
from tests.public_records import follow_addresses

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def page_types() -> dict[str, str]:
    """One address of each public page type in the demo record."""
    seed = AgendaItem.objects.get(title="Productivity Report")
    exempt = AgendaItem.objects.get(is_exempt=True)
    agenda = Meeting.objects.filter(stage=Meeting.Stage.AGENDA).first()
    point_action = Action.objects.public().filter(discussion_point__isnull=False).first()
    return {
        "home": "/",
        "committees": "/committees/",
        "committee": seed.meeting.committee.get_absolute_url(),
        "meeting (confirmed)": seed.meeting.get_absolute_url(),
        "meeting (agenda)": agenda.get_absolute_url(),
        "item": seed.get_absolute_url(),
        "item at a point": point_action.source_url,
        "exempt item": exempt.get_absolute_url(),
        "action log": "/actions/",
        "action log with a bad filter": "/actions/?committee=nonsense&overdue=on",
        "action": point_action.get_absolute_url(),
        "person": Person.objects.get(name="Susan Attard").get_absolute_url(),
        "not found": "/committees/no-such-committee/",
        "whole minutes": f"{seed.meeting.get_absolute_url()}minutes/",
        "changes since the draft": f"{seed.meeting.get_absolute_url()}minutes/changes/",
        "search results": "/search/?q=productivity",
        "search with a bad date": "/search/?q=productivity&since=31/02/2019",
        "people": "/people/",
        **follow_addresses(seed.meeting.committee),
    }


def _assert_accessible(page, pages: dict[str, str]):
    failures = {}
    for name, url in pages.items():
        page.goto(url)
        violations = axe_violations(page)
        if violations:
            failures[f"{name} ({url})"] = violations
    assert failures == {}


def test_every_public_page_type_is_accessible(page, demo):
    _assert_accessible(page, page_types())


def test_the_pages_a_readers_form_sends_back_are_accessible(page, demo):
    """Following a committee: refused, link sent, confirmed, stopped."""
    failures = {}

    def check(name):
        violations = axe_violations(page)
        if violations:
            failures[f"{name} ({page.url})"] = violations

    follow = follow_addresses(Meeting.objects.first().committee)
    page.goto(follow["follow"])
    page.get_by_role("button", name="Send the link").click()
    page.wait_for_selector(".govuk-error-summary")
    assert page.title().startswith("Error: ")
    check("follow: refused")
    page.fill("#id_email", "someone@example.org")
    page.get_by_role("button", name="Send the link").click()
    page.wait_for_selector("text=someone@example.org")
    check("follow: link sent")
    for name in ("follow: confirm link", "follow: stop link"):
        page.goto(follow[name])
        with page.expect_navigation():
            page.locator("main form button").first.click()
        check(f"{name}, pressed")
    assert failures == {}


def test_the_pages_are_accessible_to_a_signed_in_officer(page, sign_in, demo):
    officer = get_user_model().objects.get(username="officer")
    sign_in(officer)
    own = Action.objects.filter(owner__user=officer).first()
    pages = {"home": "/", "action log": "/actions/", "own action": own.get_absolute_url()}
    _assert_accessible(page, pages)
