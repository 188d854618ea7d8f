"""A clerk minuting a live meeting in a real browser: nothing typed is lost by leaving the
page, a crash or a closed tab, and the next item is one click away."""

import pytest

from minutes.models import Meeting
from tests.factories import AgendaItemFactory, CommitteeFactory, MeetingFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def items(transactional_db):
    meeting = MeetingFactory(
        committee=CommitteeFactory(name="Scrutiny Panel", slug="scrutiny"),
        stage=Meeting.Stage.AGENDA,
    )
    first = AgendaItemFactory(meeting=meeting, number="3", position=1, minute_text="")
    second = AgendaItemFactory(meeting=meeting, number="4", position=2, minute_text="")
    return first, second


def _url(item) -> str:
    return f"/clerk/meetings/{item.meeting_id}/items/{item.pk}/"


def test_leaving_with_unsaved_typing_asks_first_and_staying_keeps_it(page, sign_in, clerk, items):
    first, _ = items
    sign_in(clerk)
    page.goto(_url(first))
    page.get_by_label("Minutes").fill("Members noted the report.")
    asked = []

    def dismiss(dialog):
        asked.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.get_by_role("link", name="Back to the meeting").click()
    page.wait_for_timeout(500)

    assert asked == ["beforeunload"]
    assert page.url.endswith(_url(first))
    assert page.get_by_label("Minutes").input_value() == "Members noted the report."


def test_leaving_an_untouched_page_asks_nothing(page, sign_in, clerk, items):
    first, _ = items
    sign_in(clerk)
    page.goto(_url(first))
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.accept()))

    page.get_by_role("link", name="Back to the meeting").click()
    page.wait_for_url(f"**/clerk/meetings/{first.meeting_id}/")

    assert asked == []


def test_typing_lost_to_a_closed_tab_is_offered_back(page, sign_in, clerk, items):
    first, _ = items
    sign_in(clerk)
    page.goto(_url(first))
    assert page.locator("#unsaved-draft").is_hidden()
    page.get_by_role("button", name="Add another point").click()
    page.locator("#id_points-2-topic").fill("Commercialisation")
    page.get_by_label("Minutes").fill("Typed before the laptop died.")
    page.wait_for_timeout(700)

    # The tab goes away without a word: a new tab opens the same page.
    again = page.context.new_page()
    page.close(run_before_unload=False)
    again.goto(_url(first))
    banner = again.locator("#unsaved-draft")
    assert banner.is_visible()
    assert "never saved" in banner.inner_text()
    assert again.get_by_label("Minutes").input_value() == ""

    again.get_by_role("button", name="Restore what I typed").click()

    assert again.get_by_label("Minutes").input_value() == "Typed before the laptop died."
    assert again.locator("#id_points-2-topic").input_value() == "Commercialisation"
    assert banner.is_hidden()
    first.refresh_from_db()
    assert first.minute_text == ""


def test_saving_clears_the_kept_draft(page, sign_in, clerk, items):
    first, _ = items
    sign_in(clerk)
    page.goto(_url(first))
    page.get_by_label("Minutes").fill("Saved properly.")
    page.wait_for_timeout(700)
    page.get_by_role("button", name="Save the minutes").click()
    assert "Minutes saved" in page.get_by_role("alert").inner_text()

    page.goto(_url(first))

    assert page.locator("#unsaved-draft").is_hidden()
    assert page.get_by_label("Minutes").input_value() == "Saved properly."


def test_save_and_go_to_the_next_item(page, sign_in, clerk, items):
    first, second = items
    sign_in(clerk)
    page.goto(_url(first))
    page.get_by_label("Minutes").fill("First item's minute.")

    page.get_by_role("button", name="Save and go to item 4").click()

    page.wait_for_url(f"**{_url(second)}")
    first.refresh_from_db()
    assert first.minute_text == "First item's minute."
    assert page.get_by_role("button", name="Save and go to item").count() == 0
