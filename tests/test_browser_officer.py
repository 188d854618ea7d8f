"""An officer runs an action from the browser: takes it, finds it, ticks it off with a note.

The public record then shows every step: the action's page, its item, the next meeting.
"""

import pytest
from django.contrib.auth import get_user_model

from actions.models import Action
from minutes.models import Meeting

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

SEED_ACTION = "Officers to follow up on the concerns and suggestions raised by the Board."
NOTE = "Wrote to each member who raised a concern; replies circulated on 1 March 2019."


def test_an_officer_takes_the_seed_action_and_ticks_it_off(
    page, sign_in, browser, live_server, demo
):
    action = Action.objects.select_related("item__meeting__committee").get(description=SEED_ACTION)
    seed_meeting = action.item.meeting
    next_meeting = (
        Meeting.objects.filter(
            committee=seed_meeting.committee, starts_at__gt=seed_meeting.starts_at
        )
        .order_by("starts_at")
        .first()
    )
    ref = action.reference
    officer = get_user_model().objects.get(username="officer")
    public = browser.new_context(base_url=live_server.url).new_page()
    public.set_default_timeout(10_000)

    # Before: nobody owns it, and the next meeting hears it as a matter arising.
    public.goto(next_meeting.get_absolute_url())
    assert ref in public.locator(".app-matters-arising").inner_text()

    sign_in(officer)
    page.goto("/actions/unassigned/")
    row = page.locator(f"#action-{ref}")
    assert SEED_ACTION in row.inner_text()
    row.get_by_role("button", name="Take it").click()

    # Taking it lands on My actions, where it now is.
    page.wait_for_url("**/actions/mine/")
    assert f"You now own {ref}." in page.locator(".govuk-notification-banner").inner_text()
    mine = page.locator(f"#action-{ref}")
    assert SEED_ACTION in mine.inner_text()
    assert "Open" in mine.inner_text()
    mine.get_by_role("link", name=ref).click()

    # On its page, the owner ticks it off with a completion note.
    page.wait_for_url(f"**{action.get_absolute_url()}")
    page.get_by_label("Completion note").fill(NOTE)
    page.get_by_role("button", name="Mark as done").click()
    page.wait_for_url(f"**{action.get_absolute_url()}")
    assert f"{ref} is done." in page.locator(".govuk-notification-banner").inner_text()

    action.refresh_from_db()
    assert action.status == Action.Status.DONE
    assert action.owner.user == officer
    assert action.completed_by == officer

    # The public action page shows it done, with the note, and offers no forms.
    public.goto(action.get_absolute_url())
    facts = public.locator(".app-action-facts").inner_text()
    assert "Done" in facts
    assert str(action.owner) in facts
    history = public.locator(".app-history").inner_text()
    assert NOTE in history
    assert "Status changed from Open to Done." in history
    assert f"Taken on by {action.owner}." in history
    assert public.get_by_role("button", name="Mark as done").count() == 0
    assert public.get_by_text("Update this action").count() == 0

    # The item page lists it as done.
    public.goto(action.item.get_absolute_url())
    item_row = public.locator("tr", has=public.get_by_role("link", name=ref, exact=True))
    assert "Done" in item_row.inner_text()

    # The next meeting's matters arising still show it as it stood at that meeting: open.
    public.goto(next_meeting.get_absolute_url())
    arising_row = public.locator(
        ".app-matters-arising tr", has=public.get_by_role("link", name=ref, exact=True)
    )
    assert "Open" in arising_row.inner_text() and NOTE not in arising_row.inner_text()
    public.context.close()
