"""A clerk runs a meeting's minutes in a real browser, and the public pages then show them."""

import re

import pytest

from actions.models import Action
from minutes.models import Meeting
from tests.factories import CommitteeFactory, MembershipFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

BOARD = "Improvement and Innovation Board"


@pytest.fixture
def board(transactional_db):
    board = CommitteeFactory(name=BOARD, slug="improvement-innovation-board")
    fleming = MembershipFactory(committee=board, role="chair", person__name="Peter Fleming").person
    woodley = MembershipFactory(committee=board, person__name="Ron Woodley").person
    return board, fleming, woodley


def test_a_clerk_takes_a_meetings_minutes_and_publishes_them(page, clerk, board):
    board, fleming, woodley = board

    # Sign in through the form, as a clerk would.
    page.goto("/clerk/")
    page.wait_for_url("**/accounts/login/?next=/clerk/")
    page.get_by_label("Username").fill("clerk")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    assert (
        "Please enter a correct username and password"
        in page.locator(".govuk-error-summary").inner_text()
    )
    page.get_by_label("Password").fill("correct horse battery staple")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/clerk/")

    # A new meeting of the board.
    page.get_by_role("link", name="Add a meeting").click()
    page.get_by_label("Committee").select_option(label=BOARD)
    page.locator("#id_date_0").fill("17")
    page.locator("#id_date_1").fill("1")
    page.locator("#id_date_2").fill("2019")
    page.get_by_label("Start time").fill("11:00")
    page.get_by_label("End time").fill("13:00")
    page.get_by_label("Venue").fill("Smith Square, London")
    page.get_by_label("Chair").select_option(label="Cllr Peter Fleming")
    page.get_by_role("button", name="Save meeting").click()
    meeting = Meeting.objects.get(committee=board)
    page.wait_for_url(f"**/clerk/meetings/{meeting.pk}/")

    # Attendance: the chair present, a member's apologies, a guest typed in by name.
    page.get_by_role("link", name="Record attendance").click()
    page.locator(f"#register-{fleming.pk}").get_by_label("Present").check()
    page.locator(f"#register-{woodley.pk}").get_by_label("Apologies").check()
    page.locator("#id_guests-0-new_name").fill("Dr Amina Shah")
    page.locator("#id_guests-0-new_position").fill("Chief Economist")
    page.get_by_role("button", name="Save attendance").click()
    page.wait_for_url(f"**/clerk/meetings/{meeting.pk}/")
    assert "Dr Amina Shah: In attendance" in page.locator("main").inner_text()

    # The agenda: one item.
    page.get_by_role("link", name="Add items to the agenda").click()
    page.locator("#id_items-0-number").fill("3")
    page.locator("#id_items-0-title").fill("Productivity Report")
    page.get_by_role("button", name="Save the agenda").click()
    page.wait_for_url(f"**/clerk/meetings/{meeting.pk}/agenda/")
    page.get_by_role("link", name="Back to the meeting").click()
    page.get_by_role("link", name="Take the minutes of item 3").click()

    # The minutes: text, three points (the third row added in place), a decision, two actions.
    page.get_by_label("Minutes").fill(
        "## Cyber Security\n\nMembers noted the report.\n\n- Training\n- Resilience"
    )
    page.get_by_role("button", name="Add another point").click()
    assert page.locator("#id_points-2-position").input_value() == "3"
    points = [
        ("Shared Services", "Cllr Fleming asked about shared services.", "Cllr Peter Fleming"),
        ("Procurement", "Dr Shah described the procurement strategy.", "Dr Amina Shah"),
        ("Commercialisation", "Members discussed income.", None),
    ]
    for index, (topic, text, speaker) in enumerate(points):
        row = page.locator(f"#points-{index}")
        row.get_by_label("Topic").fill(topic)
        row.get_by_label("What was said").fill(text)
        if speaker:
            row.get_by_label(speaker).check()
    page.locator("#id_decisions-0-text").fill("RESOLVED that the report be noted.")
    page.locator("#id_actions-0-description").fill("Officers to follow up the points raised.")
    page.locator("#id_actions-0-owner_label").fill("Officers")
    page.locator("#id_actions-1-description").fill("Circulate the procurement strategy.")
    page.locator("#id_actions-1-owner").select_option(label="Dr Amina Shah")
    page.locator("#id_actions-1-point").select_option(label="Point 2: Procurement")
    page.get_by_role("button", name="Save the minutes").click()
    assert "Minutes saved for item 3" in page.get_by_role("alert").inner_text()

    item = meeting.agenda_items.get()
    assert item.discussion_points.count() == 3
    from_point = Action.objects.get(description__startswith="Circulate")
    assert from_point.discussion_point.position == 2

    # Publish: the agenda, then the minutes.
    page.get_by_role("link", name="Back to the meeting").click()
    page.get_by_role("button", name="Publish the agenda").click()
    assert "1 item by number and title" in page.locator("main").inner_text()
    page.get_by_role("button", name="Yes, publish the agenda").click()
    assert "now “Agenda published”" in page.get_by_role("alert").inner_text()
    page.get_by_role("button", name="Publish the draft minutes").click()
    assert "3 discussion points" in page.locator("main").inner_text()
    page.get_by_role("button", name="Yes, publish the draft minutes").click()
    assert "now “Draft minutes published”" in page.get_by_role("alert").inner_text()

    # The public pages show it all, and the links work.
    page.get_by_role("link", name="View the public page").click()
    page.wait_for_url(f"**{meeting.get_absolute_url()}")
    page.get_by_role("link", name="Productivity Report").first.click()
    page.wait_for_url(f"**{item.get_absolute_url()}")
    main = page.locator("main")
    assert page.locator("h1").inner_text() == "Productivity Report"
    assert "Cyber Security" in main.inner_text()
    assert page.locator(".app-point").count() == 3
    assert "Shared Services" in page.locator("#point-1").inner_text()
    assert "Cllr Peter Fleming" in page.locator("#point-1").inner_text()
    assert "RESOLVED that the report be noted." in page.locator(".app-decisions").inner_text()
    actions = page.locator(".app-actions-table tbody tr")
    assert actions.count() == 2

    page.get_by_role("link", name="point 2").click()
    page.wait_for_url(re.compile(r".*#point-2$"))

    page.get_by_role("link", name=from_point.reference).click()
    page.wait_for_url(f"**{from_point.get_absolute_url()}")
    assert "Circulate the procurement strategy." in page.locator("main").inner_text()
