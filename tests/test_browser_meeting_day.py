"""A clerk's and an officer's meeting day in a real browser: the speakers and chairs offered,
the register's substitutes, the prompt to confirm the previous minutes, an owner's email
given where the owner is chosen, the calendar address copied, and the time boxes' focus."""

import datetime

import pytest
from django.urls import reverse

from actions.calendar import token_for
from actions.models import Action
from minutes.models import Attendance, Meeting, Person
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    MeetingFactory,
    MembershipFactory,
    PersonFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BOARD = "Improvement and Innovation Board"
Stage = Meeting.Stage


@pytest.fixture
def board(transactional_db):
    board = CommitteeFactory(name=BOARD, slug="iib")
    peter = MembershipFactory(committee=board, role="chair", person__name="Peter Present").person
    amy = MembershipFactory(committee=board, person__name="Amy Apologies").person
    return board, peter, amy


@pytest.fixture
def minuting(board):
    """A meeting whose register is taken: Peter present, Amy's apologies with Sam standing
    in for her, and Gus (an officer, no email on record) in attendance."""
    board, peter, amy = board
    meeting = MeetingFactory(committee=board, stage=Stage.AGENDA)
    item = AgendaItemFactory(meeting=meeting, number="3", title="Productivity", minute_text="")
    sam = PersonFactory(name="Sam Substitute")
    gus = PersonFactory(name="Gus Guest", honorific="", email="")
    AttendanceFactory(meeting=meeting, person=peter, kind="present")
    AttendanceFactory(meeting=meeting, person=amy, kind="apologies")
    AttendanceFactory(meeting=meeting, person=sam, kind="substitute", substitute_for=amy)
    AttendanceFactory(meeting=meeting, person=gus, kind="in_attendance")
    return item, peter, amy, sam, gus


def _open_minutes(page, item) -> None:
    page.goto(reverse("clerk:meeting", args=[item.meeting_id]))
    page.get_by_role("link", name=f"Take the minutes of item {item.number}").click()
    page.wait_for_url(f"**/items/{item.pk}/")


def _error_summary(page) -> str:
    return page.locator(".govuk-error-summary").inner_text()


# --- Minute-taking -----------------------------------------------------------------------------


def test_speakers_offered_are_those_at_the_meeting_and_anyone_else_is_added_by_name(
    page, sign_in, clerk, minuting
):
    item, peter, amy, sam, gus = minuting
    sign_in(clerk)
    _open_minutes(page, item)
    point = page.locator("#points-0")

    offered = point.locator("input[name='points-0-speakers']")
    assert offered.count() == 3
    for name in ("Cllr Peter Present", "Cllr Sam Substitute", "Gus Guest"):
        assert point.get_by_label(name, exact=True).is_visible()
    assert point.get_by_label("Cllr Amy Apologies").count() == 0

    # Someone not on the list, added by name without losing what was typed.
    point.get_by_label("Topic").fill("Shared Services")
    point.get_by_label("What was said").fill("Dr Ng explained the shared services budget.")
    page.get_by_label("Minutes").fill("Members noted the report.")
    people = page.locator("#people")
    people.get_by_label("Name", exact=True).fill("Dr Alan Ng")
    page.get_by_role("button", name="Add these people and keep editing").click()

    assert "Added to the register as in attendance: Dr Alan Ng" in (
        page.get_by_role("alert").inner_text()
    )
    point = page.locator("#points-0")
    assert point.get_by_label("What was said").input_value() == (
        "Dr Ng explained the shared services budget."
    )
    assert page.get_by_label("Minutes").input_value() == "Members noted the report."
    assert point.get_by_label("Cllr Amy Apologies").count() == 0
    point.get_by_label("Dr Alan Ng").check()
    page.get_by_role("button", name="Save the minutes").click()

    assert "Minutes saved for item 3" in page.get_by_role("alert").inner_text()
    spoken = item.discussion_points.get()
    assert [p.name for p in spoken.speakers.all()] == ["Alan Ng"]
    assert item.meeting.attendances.get(person__name="Alan Ng").kind == "in_attendance"
    assert item.meeting.attendances.get(person=amy).kind == "apologies"


def test_an_owner_chosen_from_the_list_is_given_an_email_and_one_on_record_is_kept(
    page, sign_in, clerk, minuting
):
    item, peter, amy, sam, gus = minuting
    peter.email = "peter@example.org"
    peter.save()
    Action.objects.create(item=item, owner=gus, description="Old action owned by Gus.")
    sign_in(clerk)
    page.goto(reverse("clerk:meeting", args=[item.meeting_id]))
    assert "Gus Guest" in page.locator(".app-unreachable-owners + ul").inner_text()
    page.get_by_role("link", name="Take the minutes of item 3").click()

    first, second = page.locator("#actions-1"), page.locator("#actions-2")
    first.get_by_label("Description").fill("Circulate the procurement strategy.")
    first.get_by_label("Owner", exact=True).select_option(label="Gus Guest")
    first.get_by_label("Owner’s email").fill("gus at example")
    second.get_by_label("Description").fill("Report back on shared services.")
    second.get_by_label("Owner", exact=True).select_option(label="Cllr Peter Present")
    second.get_by_label("Owner’s email").fill("someone.else@example.org")
    assert "never replaced" in first.locator(".govuk-hint", has_text="email").inner_text()
    page.get_by_role("button", name="Save the minutes").click()

    summary = _error_summary(page)
    assert "Enter the owner’s email address like name@council.gov.uk." in summary
    assert "Cllr Peter Present already has an email address on record" in summary
    assert Action.objects.count() == 1
    # Nothing typed is lost.
    first, second = page.locator("#actions-1"), page.locator("#actions-2")
    assert first.get_by_label("Description").input_value() == "Circulate the procurement strategy."
    assert first.get_by_label("Owner’s email").input_value() == "gus at example"
    assert second.get_by_label("Owner’s email").input_value() == "someone.else@example.org"

    page.get_by_role("link", name="Enter the owner’s email address").click()
    assert page.evaluate("document.activeElement.id") == "id_actions-1-owner_email"
    first.get_by_label("Owner’s email").fill("gus.guest@example.org")
    second.get_by_label("Owner’s email").fill("")
    page.get_by_role("button", name="Save the minutes").click()

    alert = page.get_by_role("alert").inner_text()
    assert "Minutes saved for item 3" in alert
    assert "Email address kept for Gus Guest" in alert
    gus.refresh_from_db()
    peter.refresh_from_db()
    assert (gus.email, peter.email) == ("gus.guest@example.org", "peter@example.org")
    assert Action.objects.count() == 3
    page.get_by_role("link", name="Back to the meeting").click()
    page.wait_for_url(f"**/clerk/meetings/{item.meeting_id}/")
    assert "cannot be reminded" not in page.locator("main").inner_text()


def test_the_chair_list_offers_the_committees_members_first(page, sign_in, clerk, board):
    board, peter, amy = board
    PersonFactory(name="Aaron Officer", honorific="", position="Head of Finance")
    meeting = MeetingFactory(committee=board, stage=Stage.DRAFT)
    sign_in(clerk)
    page.goto(reverse("clerk:meeting", args=[meeting.pk]))
    page.get_by_role("link", name="Edit the meeting’s details").click()
    page.wait_for_url(f"**/clerk/meetings/{meeting.pk}/edit/")

    chair = page.get_by_label("Chair")
    groups = chair.locator("optgroup")
    assert [groups.nth(n).get_attribute("label") for n in range(groups.count())] == [
        "Members of the committee",
        "Everyone else",
    ]
    assert groups.nth(0).locator("option").all_inner_texts() == [
        "Cllr Amy Apologies",
        "Cllr Peter Present",
    ]
    assert "Aaron Officer" not in groups.nth(0).inner_text()
    assert "Aaron Officer" in groups.nth(1).locator("option").all_inner_texts()

    # An officer can still be chosen.
    chair.select_option(label="Aaron Officer")
    page.get_by_role("button", name="Save meeting").click()
    page.wait_for_url(f"**/clerk/meetings/{meeting.pk}/")
    assert "Aaron Officer" in page.locator(".govuk-summary-list").inner_text()


# --- The register ------------------------------------------------------------------------------


def test_a_substitute_stands_in_only_for_a_member_who_sent_apologies(page, sign_in, clerk, board):
    board, peter, amy = board
    meeting = MeetingFactory(committee=board, stage=Stage.AGENDA)
    sign_in(clerk)
    page.goto(reverse("clerk:meeting", args=[meeting.pk]))
    page.get_by_role("link", name="Record attendance").click()
    page.wait_for_url(f"**/clerk/meetings/{meeting.pk}/attendance/")

    # "Standing in for" only where a substitute is named, never on a member's row or a guest's.
    for member in (peter, amy):
        row = page.locator(f"#register-{member.pk}")
        assert row.get_by_label("Standing in for").count() == 0
        assert row.get_by_label("Substitute").count() == 0
    assert page.locator("#guests-0").get_by_label("Standing in for").count() == 0
    substitute = page.locator("#substitutes-0")
    assert substitute.get_by_label("Standing in for").is_visible()

    # A full member is refused as a substitute, and so is one for a member who is present.
    page.locator(f"#register-{peter.pk}").get_by_label("Present").check()
    page.locator(f"#register-{amy.pk}").get_by_label("Present").check()
    substitute.get_by_label("Substitute", exact=True).select_option(label="Cllr Peter Present")
    substitute.get_by_label("Standing in for").select_option(label="Cllr Amy Apologies")
    page.get_by_role("button", name="Save attendance").click()
    assert "Cllr Peter Present is a member of the committee" in _error_summary(page)
    assert not Attendance.objects.exists()

    substitute = page.locator("#substitutes-0")
    substitute.get_by_label("Substitute", exact=True).select_option(
        label="Choose someone already known"
    )
    substitute.get_by_label("Or a new person’s name").fill("Cllr Nia Jones")
    page.get_by_role("button", name="Save attendance").click()
    assert "Amy Apologies is not recorded as sending apologies" in _error_summary(page)
    assert not Attendance.objects.exists()

    # Amy sent apologies: now Nia, who is not a member, stands in for her.
    page.locator(f"#register-{amy.pk}").get_by_label("Apologies").check()
    assert page.locator("#substitutes-0").get_by_label("Or a new person’s name").input_value() == (
        "Cllr Nia Jones"
    )
    page.get_by_role("button", name="Save attendance").click()
    page.wait_for_url(f"**/clerk/meetings/{meeting.pk}/")

    register = page.locator("main").inner_text()
    assert "Cllr Nia Jones: Substitute for Cllr Amy Apologies" in register
    assert "Cllr Peter Present: Present" in register
    nia = Person.objects.get(name="Nia Jones")
    assert meeting.attendances.get(person=nia).substitute_for == amy


# --- The later meeting prompts for the previous minutes ------------------------------------------


def test_the_next_meeting_prompts_to_confirm_the_previous_minutes(page, sign_in, clerk, board):
    board, peter, amy = board
    earlier = MeetingFactory(committee=board, stage=Stage.PUBLISHED)
    later = MeetingFactory(
        committee=board,
        stage=Stage.AGENDA,
        starts_at=earlier.starts_at + datetime.timedelta(days=30),
    )
    when = f"{earlier.starts_at:%-d %B %Y}"
    sign_in(clerk)
    page.goto(reverse("clerk:meeting", args=[earlier.pk]))
    assert "await confirmation" not in page.locator("main").inner_text()

    page.goto(reverse("clerk:meeting", args=[later.pk]))
    prompt = page.locator(".app-awaiting-confirmation")
    assert f"The minutes of the meeting of {when} await confirmation." in prompt.inner_text()
    prompt.get_by_role("link", name=f"confirm the minutes of {when}").click()

    page.wait_for_url(f"**/clerk/meetings/{earlier.pk}/confirm/**")
    chosen = page.get_by_label("Confirmed at the meeting of")
    assert chosen.locator("option:checked").inner_text() == f"{later.starts_at:%-d %B %Y}"
    page.get_by_label("Signed by").select_option(label="Cllr Peter Present")
    page.get_by_role("button", name="Confirm the minutes").click()
    page.wait_for_url(f"**/clerk/meetings/{earlier.pk}/")
    assert "are confirmed" in page.get_by_role("alert").inner_text()

    earlier.refresh_from_db()
    assert (earlier.stage, earlier.confirmed_at) == (Stage.CONFIRMED, later)
    page.goto(reverse("clerk:meeting", args=[later.pk]))
    assert page.locator(".app-awaiting-confirmation").count() == 0


# --- The officer's calendar address --------------------------------------------------------------


def test_the_copy_button_copies_the_calendar_address(page, sign_in, officer, live_server):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    sign_in(officer)
    page.goto(reverse("my_actions"))
    status = page.locator("#calendar-url-copied")
    assert status.inner_text() == ""

    page.get_by_role("button", name="Copy the address").click()

    page.wait_for_function("document.getElementById('calendar-url-copied').textContent !== ''")
    assert status.inner_text() == "Address copied."
    copied = page.evaluate("navigator.clipboard.readText()")
    address = live_server.url + reverse("action_calendar", args=[token_for(officer.person)])
    assert copied == address
    assert not copied.startswith("webcal:")
    feed = page.request.get(copied)
    assert feed.status == 200
    assert feed.headers["content-type"] == "text/calendar"


# --- The time boxes ------------------------------------------------------------------------------

GOV_UK_FOCUS_YELLOW = "rgb(255, 221, 0)"


def test_the_time_boxes_take_the_gov_uk_focus_style(page, sign_in, clerk, board):
    sign_in(clerk)
    page.goto(reverse("clerk:meeting_create"))
    start = page.get_by_label("Start time")
    end = page.get_by_label("End time")

    def style(box) -> dict:
        return box.evaluate(
            """el => { const s = getComputedStyle(el); const r = el.getBoundingClientRect();
                return {outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor,
                        shadow: s.boxShadow, border: s.borderTopWidth, width: r.width,
                        height: r.height}; }"""
        )

    unfocused = style(start)
    assert unfocused["shadow"] == "none"
    assert unfocused["border"] == "2px"
    assert unfocused["height"] >= 40
    assert 60 <= unfocused["width"] <= 200

    start.click()
    start.fill("18:30")
    focused = style(start)
    assert focused["outline"] == f"solid 3px {GOV_UK_FOCUS_YELLOW}"
    assert "inset" in focused["shadow"] and "2px" in focused["shadow"]

    # Tab on to the end time: it takes the same style, and the start time lets it go.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "ends_at"
    assert style(end)["outline"] == f"solid 3px {GOV_UK_FOCUS_YELLOW}"
    assert style(start)["shadow"] == "none"
