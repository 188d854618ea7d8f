"""Shared personas (clerk, officer, member, anonymous), the demo record, and the browser."""

import importlib
import io
import os
import shutil
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command

from minutes.models import Person
from tests.factories import PersonFactory, UserFactory

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
AXE_JS = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"


def ensure_roles() -> None:
    """Make the Clerk, Officer and Member groups as the migration does (idempotent).

    A transactional test (every browser test) flushes the database when it ends, taking
    the groups the migration made with it; the tests that follow need them back.
    """
    importlib.import_module("minutes.migrations.0002_roles").create_roles(apps, None)


def _user_in(group: str, username: str, *, staff: bool = False, name: str, position: str = ""):
    # get_or_create: with the `demo` fixture, the demo's own clerk/officer/member are reused.
    ensure_roles()
    user = UserFactory(username=username, is_staff=staff)
    user.groups.add(Group.objects.get(name=group))
    if not Person.objects.filter(user=user).exists():
        PersonFactory(
            user=user,
            name=name,
            honorific="" if group != "Member" else "Cllr",
            position=position,
            email=f"{username}@example.org",
        )
    return user


@pytest.fixture
def clerk(db):
    """A democratic services officer: signs in to /clerk/ and the admin."""
    return _user_in(
        "Clerk", "clerk", staff=True, name="Clara Clerk", position="Democratic Services Officer"
    )


@pytest.fixture
def officer(db):
    """A council officer who owns actions."""
    return _user_in("Officer", "officer", name="Olu Officer", position="Head of Productivity")


@pytest.fixture
def other_officer(db):
    return _user_in("Officer", "other-officer", name="Oona Other", position="Policy Adviser")


@pytest.fixture
def member(db):
    """A councillor who signs in but has no clerk's rights."""
    return _user_in("Member", "member", name="Morag Member")


def _client_for(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def clerk_client(client, clerk):
    return _client_for(client, clerk)


@pytest.fixture
def officer_client(client, officer):
    return _client_for(client, officer)


@pytest.fixture
def member_client(client, member):
    return _client_for(client, member)


@pytest.fixture(autouse=True)
def _roles_around_flushes(request, django_db_blocker):
    """Keep the roles in place for tests that run outside a transaction (browser tests).

    Such a test's database is flushed when it ends, taking the groups the migration made;
    they are put back before and after it, so no test depends on which ran first.
    """
    transactional = {"transactional_db", "live_server"} & set(request.fixturenames)
    marker = request.node.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])):
        transactional = True
    if not transactional:
        yield
        return
    request.getfixturevalue("transactional_db")
    ensure_roles()
    yield
    with django_db_blocker.unblock():
        ensure_roles()


@pytest.fixture
def demo(db):
    """The demo record built from the seed minute, as `manage.py load_demo` builds it."""
    ensure_roles()
    call_command("load_demo", stdout=io.StringIO())


# --- The browser -------------------------------------------------------------------------


def _browser_missing_reason() -> str | None:
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        return f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="session")
def browser():
    reason = _browser_missing_reason()
    if reason:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but the browser tests cannot run: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # around it are ordinary synchronous code, so Django's async guard does not apply.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, transactional_db):
    """A fresh browser tab, its base URL set to the live test server."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def sign_in(page, live_server):
    """sign_in(user): give the tab a signed-in session for `user`, as the login form would."""
    from django.conf import settings
    from django.test import Client

    def _sign_in(user) -> None:
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        page.context.add_cookies(
            [{"name": cookie.key, "value": cookie.value, "url": live_server.url}]
        )

    return _sign_in


def axe_violations(page) -> list[dict]:
    """Run axe-core (from npm) in the page; return its WCAG 2.2 A and AA violations."""
    if not AXE_JS.exists():
        pytest.fail(f"axe-core is missing at {AXE_JS}: run npm ci")
    # Evaluated rather than added as a <script> tag, which the Content-Security-Policy refuses.
    page.evaluate(AXE_JS.read_text())
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values:
                ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}});
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
        }"""
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under REQUIRE_BROWSER=1 (CI), a browser test that skips fails instead."""
    outcome = yield
    report = outcome.get_result()
    if (
        report.skipped
        and os.environ.get("REQUIRE_BROWSER") == "1"
        and item.get_closest_marker("browser") is not None
    ):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"REQUIRE_BROWSER=1, but this browser test skipped: {reason}"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: a page or count cached from an earlier test's
    records, rolled back since, must never be served to this one."""
    from django.core.cache import cache

    cache.clear()
