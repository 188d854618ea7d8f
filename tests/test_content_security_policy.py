"""Every page sends a Content-Security-Policy that refuses inline script, and the pages still work.

The policy (django-csp, settings CONTENT_SECURITY_POLICY) allows scripts and styles only from
the site's own files. The templates keep to that: no inline <script>, no on...= handlers, no
style attributes. In Chromium, each kind of page (public, officer, clerk with its formsets,
the Django admin) loads with its scripts running and no violation reported.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings

from actions.models import Action
from minutes.models import AgendaItem, Meeting
from tests.factories import UserFactory
from tests.public_records import build_meeting

ROOT = Path(__file__).resolve().parent.parent


def _policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_every_kind_of_page_sends_the_policy(client, db, clerk):
    meeting = build_meeting(items=1)
    for path in ["/", "/committees/", meeting.get_absolute_url(), "/actions/", "/accounts/login/"]:
        policy = _policy(client.get(path))
        assert policy["script-src"] == ["'self'"], path
        assert policy["style-src"] == ["'self'"], path
        assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert "Content-Security-Policy" in client.get("/no-such-page/")
    client.force_login(clerk)
    assert "'unsafe-inline'" not in client.get("/admin/")["Content-Security-Policy"]


def test_no_policy_allows_inline_script_or_style():
    for directive, sources in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].items():
        assert "'unsafe-inline'" not in sources, directive
        assert "'unsafe-eval'" not in sources, directive


INLINE = [
    (
        re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I),
        "inline <script>",
    ),
    (re.compile(r"\son[a-z]+\s*=", re.I), "inline event handler"),
    (re.compile(r"\sstyle\s*=", re.I), "style attribute"),
    (re.compile(r"<style\b", re.I), "inline <style>"),
    (re.compile(r"javascript:", re.I), "javascript: link"),
]


def test_no_template_has_inline_script_handlers_or_styles():
    found = []
    for template in sorted((ROOT / "templates").rglob("*.html")):
        text = template.read_text()
        for pattern, what in INLINE:
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{template.relative_to(ROOT)}:{line}: {what}")
    assert not found, "Move these to static/js or static/scss:\n" + "\n".join(found)


# --- In the browser ------------------------------------------------------------------------

WATCH = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + e.sourceFile + ":" + e.lineNumber);
});
"""


def _violations_on(page, path: str, console: list[str]) -> list[str]:
    page.goto(path)
    page.wait_for_load_state("load")
    found = page.evaluate("window.__cspViolations")
    return [f"{path}: {v}" for v in found] + [f"{path}: {line}" for line in console]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_pages_load_in_chromium_with_no_policy_violations(page, sign_in, clerk, officer):
    meeting = build_meeting(items=2)
    item = AgendaItem.objects.filter(meeting=meeting).first()
    action = Action.objects.filter(item__meeting=meeting).first()
    action.owner = officer.person
    action.save()
    admin = UserFactory(username="admin", is_staff=True, is_superuser=True)

    console: list[str] = []
    page.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.add_init_script(WATCH)
    public = [
        "/",
        "/committees/",
        meeting.committee.get_absolute_url(),
        meeting.get_absolute_url(),
        item.get_absolute_url(),
        "/actions/",
        action.get_absolute_url(),
        "/accounts/login/",
        "/accounts/password_reset/",
        "/no-such-page/",
    ]
    # The watcher sees a violation when there is one: an injected inline script is refused.
    page.goto("/")
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.__ran = 1'; document.body.append(s); }"
    )
    page.wait_for_function("window.__cspViolations.length > 0")
    assert page.evaluate("window.__ran") is None
    console.clear()

    problems = []
    for path in public:
        problems += _violations_on(page, path, console)
        console.clear()
    # GOV.UK Frontend started from static/js/init.js: the header's menu button is wired up.
    page.goto("/")
    assert page.evaluate("document.body.classList.contains('govuk-frontend-supported')")

    sign_in(officer)
    for path in ["/actions/mine/", action.get_absolute_url()]:
        problems += _violations_on(page, path, console)
        console.clear()

    sign_in(clerk)
    clerk_pages = [
        "/clerk/",
        f"/clerk/meetings/{meeting.pk}/",
        f"/clerk/meetings/{meeting.pk}/edit/",
        f"/clerk/meetings/{meeting.pk}/attendance/",
        f"/clerk/meetings/{meeting.pk}/agenda/",
        f"/clerk/meetings/{meeting.pk}/items/{item.pk}/",
        f"/clerk/meetings/{meeting.pk}/matters-arising/",
        "/clerk/import/",
    ]
    for path in clerk_pages:
        problems += _violations_on(page, path, console)
        console.clear()
    # formset.js ran: the minute-taking page offers "Add another" buttons.
    page.goto(f"/clerk/meetings/{meeting.pk}/items/{item.pk}/")
    assert page.locator("button", has_text="Add another").count() > 0

    sign_in(admin)
    admin_pages = [
        "/admin/",
        "/admin/minutes/meeting/",
        f"/admin/minutes/meeting/{meeting.pk}/change/",
        "/admin/minutes/meeting/add/",
        f"/admin/minutes/agendaitem/{item.pk}/change/",
        "/admin/actions/action/",
        f"/admin/actions/action/{action.pk}/change/",
        "/admin/auth/user/",
    ]
    for path in admin_pages:
        problems += _violations_on(page, path, console)
        console.clear()
    # The admin's own scripts run: the change list's "select all" box works.
    page.goto("/admin/minutes/meeting/")
    page.locator("#action-toggle").check()
    assert page.locator("input.action-select").first.is_checked()

    assert not problems, "Content-Security-Policy violations:\n" + "\n".join(problems)
    assert Meeting.objects.exists()
