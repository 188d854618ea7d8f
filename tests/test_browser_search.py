"""Searching in a real browser: from the box in the header to the exact point of discussion."""

import re

import pytest

from minutes.models import AgendaItem

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def in_viewport(page, selector: str) -> bool:
    return page.evaluate(
        """(selector) => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return box.top >= 0 && box.top < window.innerHeight;
        }""",
        selector,
    )


def test_a_reader_searches_from_the_header_and_lands_on_the_point(page, demo):
    item = AgendaItem.objects.get(title="Productivity Report", meeting__stage="confirmed")
    point = item.discussion_points.get(topic="Shared Services")

    page.goto("/committees/")
    box = page.get_by_role("search").get_by_label("Search", exact=True)
    box.fill('"shared services" Fleming')
    box.press("Enter")
    page.wait_for_url(re.compile(r".*/search/\?q=.*"))
    assert page.locator("h1").inner_text() == "Search"
    first = page.locator(".app-search-result").first
    assert "Discussion points" in first.inner_text()
    assert first.locator("mark").count() >= 2

    first.get_by_role("link", name="Shared Services").click()
    page.wait_for_url(f"**{item.get_absolute_url()}#{point.anchor}")
    assert page.evaluate("document.querySelector(':target').id") == point.anchor
    assert in_viewport(page, f"#{point.anchor}")
    assert not in_viewport(page, "#point-1")


def test_the_search_page_narrows_by_committee_in_the_browser(page, demo):
    page.goto("/search/?q=productivity")
    page.get_by_text("Narrow the search").click()
    page.locator("#id_kind").select_option(label="Item minutes")
    page.get_by_role("button", name="Search", exact=True).last.click()
    page.wait_for_url(re.compile(r".*kind=item.*"))
    kinds = page.locator(".app-search-result").evaluate_all(
        "(nodes) => nodes.map((node) => node.dataset.kind)"
    )
    assert kinds and set(kinds) == {"item"}


def test_the_search_and_people_pages_are_accessible(page, demo):
    from minutes.models import Person
    from tests.conftest import axe_violations

    pages = {
        "search results": "/search/?q=productivity",
        "search with a bad date": "/search/?q=budget&since=2019-13-45",
        "people": "/people/",
        "people filtered": "/people/?committee=improvement-and-innovation-board&role=chair",
        "person": Person.objects.get(name="Susan Attard").get_absolute_url(),
    }
    failures = {}
    for name, url in pages.items():
        page.goto(url)
        if violations := axe_violations(page):
            failures[f"{name} ({url})"] = violations
    assert failures == {}
