"""axe-core finds no WCAG 2.2 A or AA failure on any clerk's or officer's page type.

Each page is checked as it first appears and, where a form can fail, as it comes back with
its error summary: then its title must say "Error:" and each link of the summary must land
on a field of the page.
"""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from actions.models import Action
from actions.tracker import matters_arising
from minutes.models import AgendaItem, Meeting
from tests.conftest import axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

SEED = (
    Path(__file__).resolve().parent.parent
    / "minutes"
    / "demo"
    / "lga-productivity-report-minute.txt"
)

SUBMIT = "main form :is(button, input[type=submit])"


def _user(username: str):
    return get_user_model().objects.get(username=username)


def _check(page, failures: dict, name: str) -> None:
    violations = axe_violations(page)
    if violations:
        failures[f"{name} ({page.url})"] = violations


def _check_error_page(page, failures: dict, name: str) -> None:
    """A page sent back with errors: its title says so, and each summary link finds its field."""
    page.wait_for_selector(".govuk-error-summary")
    problems = page.evaluate(
        """() => {
            const problems = [];
            if (!document.title.startsWith("Error: ")) {
                problems.push(`title "${document.title}" does not start with "Error: "`);
            }
            document.querySelectorAll(".govuk-error-summary a").forEach(link => {
                const target = link.getAttribute("href");
                if (!target.startsWith("#") || !document.getElementById(target.slice(1))) {
                    problems.push(`summary link ${target} leads nowhere`);
                }
            });
            return problems;
        }"""
    )
    if problems:
        failures[f"{name} ({page.url})"] = problems
    _check(page, failures, name)


def _check_pages(page, pages: dict[str, str]) -> dict:
    failures: dict = {}
    for name, url in pages.items():
        response = page.goto(url)
        assert response.status == 200, f"{name} ({url}) answered {response.status}"
        _check(page, failures, name)
    return failures


def _open_item() -> AgendaItem:
    """An item whose minutes may still be edited freely (its meeting is not confirmed)."""
    return (
        AgendaItem.objects.exclude(meeting__stage=Meeting.Stage.CONFIRMED)
        .filter(discussion_points__isnull=False)
        .select_related("meeting")
        .first()
    )


def test_the_login_page_is_accessible_before_and_after_a_failed_sign_in(page, demo):
    failures = _check_pages(page, {"login": reverse("login")})

    page.fill("#id_username", "clerk")
    page.fill("#id_password", "not the password")
    page.click("button:has-text('Sign in')")
    _check_error_page(page, failures, "login after a failed sign-in")

    assert failures == {}


def test_every_clerk_page_type_is_accessible(page, sign_in, demo):
    sign_in(_user("clerk"))
    confirmed = AgendaItem.objects.get(title="Productivity Report")
    item = _open_item()
    meeting = item.meeting
    published = Meeting.objects.filter(stage=Meeting.Stage.PUBLISHED).first()
    arising = next(m for m in Meeting.objects.order_by("-starts_at") if matters_arising(m))
    action = Action.objects.filter(owner__user__username="officer").first()
    pages = {
        "clerk home": reverse("clerk:home"),
        "meeting": reverse("clerk:meeting", args=[meeting.pk]),
        "meeting (confirmed)": reverse("clerk:meeting", args=[confirmed.meeting_id]),
        "new meeting": reverse("clerk:meeting_create"),
        "meeting edit": reverse("clerk:meeting_edit", args=[meeting.pk]),
        "attendance": reverse("clerk:attendance", args=[meeting.pk]),
        "agenda": reverse("clerk:agenda", args=[meeting.pk]),
        "minute-taking": reverse("clerk:item_minutes", args=[meeting.pk, item.pk]),
        "minute-taking (confirmed, a correction)": reverse(
            "clerk:item_minutes", args=[confirmed.meeting_id, confirmed.pk]
        ),
        "item history": reverse("clerk:item_history", args=[confirmed.meeting_id, confirmed.pk]),
        "confirm": reverse("clerk:meeting_confirm", args=[published.pk]),
        "import": reverse("clerk:import"),
        "matters arising": reverse("clerk_matters_arising", args=[arising.pk]),
        "action (as a clerk)": reverse("action_detail", args=[action.reference]),
        "not yet assigned": reverse("unassigned_actions"),
        "search as a clerk": f"{reverse('search')}?q=productivity",
    }
    failures = _check_pages(page, pages)

    # Publishing asks first, saying what the public will see.
    draft = Meeting.objects.filter(stage=Meeting.Stage.DRAFT).first()
    page.goto(reverse("clerk:meeting", args=[draft.pk]))
    page.get_by_role("button", name="Publish the agenda").click()
    page.wait_for_selector("#publish-confirm")
    _check(page, failures, "publish-check")

    # Minute-taking with a mistake: a new report with a title but neither file nor link.
    page.goto(pages["minute-taking"])
    page.locator("input[name^='reports-'][name$='-title']").last.fill("An unfinished report")
    page.click("button[name=save]")
    _check_error_page(page, failures, "minute-taking after an error")

    # An owner's email typed badly, with no owner chosen.
    page.goto(pages["minute-taking"])
    page.locator("input[name^='actions-'][name$='-owner_email']").last.fill("not an email")
    page.click("button[name=save]")
    _check_error_page(page, failures, "minute-taking after a wrong owner's email")

    # Forms sent empty come back with their error summaries.
    for name in ["new meeting", "confirm", "import"]:
        page.goto(pages[name])
        page.locator(SUBMIT).last.click()
        _check_error_page(page, failures, f"{name} after an error")
    page.goto(pages["agenda"])
    page.locator("input[name^='items-'][name$='-title']").first.fill("")
    page.click("button:has-text('Save the agenda')")
    _check_error_page(page, failures, "agenda after an error")
    page.goto(pages["matters arising"])
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.locator(SUBMIT).first.click()
    assert answer.value.status == 400
    _check_error_page(page, failures, "matters arising after a refused note")

    # The import page's preview of the seed minute.
    page.goto(pages["import"])
    page.select_option("#id_meeting", str(meeting.pk))
    page.fill("#id_text", SEED.read_text())
    page.click("button[name=preview]")
    page.wait_for_selector("button[name=import]")
    _check(page, failures, "import preview")

    assert failures == {}


def test_every_officer_page_type_is_accessible(page, sign_in, demo):
    officer = _user("officer")
    sign_in(officer)
    own = Action.objects.open().filter(owner__user=officer).first()
    pages = {
        "my actions": reverse("my_actions"),
        "not yet assigned": reverse("unassigned_actions"),
        "own action (update forms)": reverse("action_detail", args=[own.reference]),
    }
    failures = _check_pages(page, pages)

    # Each of the officer's own actions, with every form of its page open.
    for action in Action.objects.filter(owner__user=officer).order_by("status"):
        page.goto(reverse("action_detail", args=[action.reference]))
        for summary in page.locator("main details summary").all():
            summary.click()
        _check(page, failures, f"own action ({action.status}), every form open")

    # "My actions" given filters not in its lists (a hand-made address) says so.
    page.goto(f"{reverse('my_actions')}?status=nonsense&committee=nowhere")
    _check_error_page(page, failures, "my actions with unknown filters")

    # Done with no completion note: refused, and the page comes back with the reason.
    page.goto(pages["own action (update forms)"])
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.click("#done-submit")
    assert answer.value.status == 400
    _check_error_page(page, failures, "own action after a refused update")

    assert failures == {}
