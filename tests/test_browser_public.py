"""A member follows the record in a real browser: from the home page to an action and back to its minute."""

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from actions.models import Action
from minutes.models import AgendaItem, Meeting

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

BOARD = "Improvement and Innovation Board"
SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def seed_item() -> AgendaItem:
    return AgendaItem.objects.select_related("meeting__committee").get(
        title="Productivity Report", meeting__committee__name=BOARD
    )


def in_viewport(page, selector: str) -> bool:
    """True when the element's top edge is inside the visible part of the window."""
    return page.evaluate(
        """(selector) => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return box.top >= 0 && box.top < window.innerHeight;
        }""",
        selector,
    )


def test_a_member_goes_from_home_to_an_action_and_back_to_its_minute(page, sign_in, demo):
    sign_in(get_user_model().objects.get(username="member"))
    item = seed_item()
    action = item.actions.get()

    page.goto("/")
    page.get_by_role("link", name=BOARD, exact=True).first.click()
    page.wait_for_url(f"**{item.meeting.committee.get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text() == BOARD

    page.get_by_role("link", name="17 January 2019").click()
    page.wait_for_url(f"**{item.meeting.get_absolute_url()}")
    assert "Confirmed as a correct record" in page.locator(".app-stage-banner").inner_text()

    page.get_by_role("link", name="Productivity Report").click()
    page.wait_for_url(f"**{item.get_absolute_url()}")
    assert page.locator("h1").inner_text() == "Productivity Report"
    assert page.locator(".app-point").count() == 8

    page.get_by_role("link", name=action.reference).click()
    page.wait_for_url(f"**{action.get_absolute_url()}")
    raised_at = page.locator(".app-raised-at")
    assert re.search(
        rf"Raised at: {BOARD}, 17 January 2019, item {item.number} Productivity Report",
        raised_at.inner_text(),
    )
    assert "Officers" in page.locator(".app-action-facts").inner_text()

    raised_at.get_by_role("link", name=f"item {item.number} Productivity Report").click()
    page.wait_for_url(f"**{item.get_absolute_url()}")
    assert page.locator("h1").inner_text() == "Productivity Report"


def test_an_action_raised_under_a_point_leads_back_to_that_point_in_view(page, demo):
    item = seed_item()
    point = item.discussion_points.get(topic="Shared Services")
    action = Action.objects.create(
        item=item,
        discussion_point=point,
        owner_label="Officers",
        description="Look at the history of shared services over the last few years.",
    )

    page.goto(action.get_absolute_url())
    page.get_by_role("link", name="point ‘Shared Services’").click()

    page.wait_for_url(f"**{item.get_absolute_url()}#{point.anchor}")
    assert page.evaluate("location.hash") == f"#{point.anchor}"
    target = page.locator(f"#{point.anchor}")
    assert "Shared Services" in target.inner_text()
    assert page.evaluate("document.querySelector(':target').id") == point.anchor
    assert in_viewport(page, f"#{point.anchor}")
    # The item's first point is far above: the reader lands on this point, not the top.
    assert not in_viewport(page, "#point-1")

    # And from the item page, the action links back to its own page.
    page.locator(f'a[href="{action.get_absolute_url()}"]').click()
    page.wait_for_url(f"**{action.get_absolute_url()}")


def test_the_action_log_filters_in_the_browser(page, demo):
    page.goto("/actions/")
    page.get_by_label("Committee").select_option(label=BOARD)
    page.get_by_label("Only overdue actions").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r".*committee=improvement-and-innovation-board.*overdue=on.*"))
    rows = page.locator(".app-actions-table tbody tr")
    overdue = Action.objects.public().overdue().filter(item__meeting__committee__name=BOARD)
    assert rows.count() == overdue.count() > 0
    for n in range(rows.count()):
        assert "Overdue" in rows.nth(n).inner_text()


def test_a_draft_meeting_is_not_found_in_the_browser(page, demo):
    draft = Meeting.objects.get(stage=Meeting.Stage.DRAFT)
    response = page.goto(draft.get_absolute_url())
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"


def test_meeting_and_item_pages_print_as_clean_minutes(page, demo):
    item = seed_item()
    for url in [item.meeting.get_absolute_url(), item.get_absolute_url()]:
        page.goto(url)
        page.emulate_media(media="print")
        for chrome in ["header.govuk-header", "footer.govuk-footer", ".govuk-breadcrumbs"]:
            assert page.locator(chrome).is_hidden(), f"{chrome} prints on {url}"
        assert page.locator("h1").is_visible()
        assert page.locator(".app-stage-banner").is_visible()
        page.emulate_media(media="screen")
    assert page.locator(".govuk-pagination").is_visible()
    page.emulate_media(media="print")
    assert page.locator(".govuk-pagination").is_hidden()


def test_screenshots_of_each_page_type(page, demo, tmp_path):
    """Every page type renders to a full picture; SCREENSHOTS=1 keeps them in docs/screenshots."""
    folder = SCREENSHOTS if os.environ.get("SCREENSHOTS") == "1" else tmp_path
    item = seed_item()
    action = item.actions.get()
    panel_item = AgendaItem.objects.get(title="Budget monitoring: quarter 3")
    pages = {
        "home": "/",
        "committees": "/committees/",
        "committee": item.meeting.committee.get_absolute_url(),
        "meeting": item.meeting.get_absolute_url(),
        "item": item.get_absolute_url(),
        "item-point": panel_item.actions.get().source_url,
        "action-log": "/actions/",
        "action": action.get_absolute_url(),
        "person": item.introduced_by.get_absolute_url(),
        "not-found": "/committees/no-such-committee/",
    }
    folder.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1024, "height": 768})
    for name, url in pages.items():
        page.goto(url)
        path = folder / f"{name}.png"
        page.screenshot(path=str(path))
        assert path.stat().st_size > 10_000, name
