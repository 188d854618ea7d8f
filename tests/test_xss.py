"""Hostile text typed by a clerk or an officer is shown as text on every page, never run.

The fields are every free-text field of the record's models (minutes and actions), so a new
field is covered when it is added; only address parts, addresses checked by their form
(email, a link that must be a web address) and machine-written text are left out. Each round
packs different payloads (tests/xss_payloads.py) into different fields of the same records,
rotating, until every payload has been in every field it fits. Every round is fetched with
the test client (the raw markup never appears in the HTML); a few rounds are also rendered in
headless Chromium with the Content-Security-Policy switched off, so that escaping alone is
tested: no dialog, no injected element, and the payloads' text on the page.
"""

from __future__ import annotations

import html
import re

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.test import Client

from actions.models import Action
from minutes.models import AgendaItem, Correction, Meeting
from tests.factories import ActionFactory, AgendaItemFactory
from tests.public_records import build_meeting
from tests.xss_payloads import MARKERS, PAYLOADS

APPS = ("minutes", "actions")
# Parts of addresses, and text the app writes itself, are not typed as free text.
NOT_FREE_TEXT = {"slug", "number", "reference", "calendar_token"}
# Records the app keeps for itself, which no clerk or officer types into.
NOT_TYPED_MODELS = {"ReminderDigest", "CommandLock", "AlertSent", "Subscription"}


def free_text_fields() -> list[models.Field]:
    fields = []
    for app in APPS:
        for model in apps.get_app_config(app).get_models():
            if model.__name__.startswith("Historical") or model.__name__ in NOT_TYPED_MODELS:
                continue
            for field in model._meta.concrete_fields:
                if (
                    isinstance(field, models.CharField | models.TextField)
                    and field.editable
                    and not field.choices
                    and field.name not in NOT_FREE_TEXT
                    and not isinstance(field, models.EmailField | models.SlugField)
                ):
                    fields.append(field)
    return fields


def _fits(field: models.Field, payload: str) -> bool:
    if field.max_length and len(payload) > field.max_length:
        return False
    try:  # a field whose validators refuse the payload (a link) never holds it
        for validator in field.validators:
            validator(payload)
    except ValidationError:
        return False
    return True


def fill(round_: int, fields: list[models.Field], covered: set) -> None:
    """Put payloads in every field of every record: those the field has not held yet first.

    Each record of a model gets its own mix, so that one round covers many payloads even
    in a short field.
    """
    for field in fields:
        fitting = [p for p in PAYLOADS if _fits(field, p)]
        if not fitting:
            continue
        for n, pk in enumerate(field.model.objects.order_by("pk").values_list("pk", flat=True)):
            fresh = [p for p in fitting if (field, p) not in covered]
            start = (round_ * 7 + n * 3) % len(fitting)
            ordered = fresh + fitting[start:] + fitting[:start]
            chosen, length = [], 0
            for payload in ordered:
                if payload in chosen:
                    continue
                extra = len(payload) + (1 if chosen else 0)
                if field.max_length and length + extra > field.max_length:
                    continue
                chosen.append(payload)
                length += extra
            value = ("\n\n" if isinstance(field, models.TextField) else " ").join(chosen)
            field.model.objects.filter(pk=pk).update(**{field.attname: value})
            covered.update((field, payload) for payload in chosen)


def _record(officer):
    """A published meeting with everything in it, an exempt item, a correction, an owner label."""
    meeting = build_meeting(items=2, actions=2)
    later = build_meeting(committee=meeting.committee, items=1, actions=0)
    later.starts_at = meeting.starts_at.replace(year=meeting.starts_at.year + 1)
    later.save()
    item = AgendaItem.objects.filter(meeting=meeting).first()
    exempt = AgendaItemFactory(
        meeting=meeting, position=9, number="9", is_exempt=True, exempt_reason="Paragraph 3."
    )
    ActionFactory(item=item, owner=None, owner_label="Officers")
    action = Action.objects.filter(item=item, owner__isnull=False).first()
    action.owner = officer.person
    action.save()
    Correction.objects.create(item=item, reason="Corrected.")
    return meeting, later, item, exempt, action


def _pages(meeting: Meeting, later: Meeting, item, exempt, action) -> dict[str, list[str]]:
    person = item.discussion_points.first().speakers.first()
    public = [
        "/",
        "/committees/",
        meeting.committee.get_absolute_url(),
        meeting.get_absolute_url(),
        item.get_absolute_url(),
        exempt.get_absolute_url(),
        person.get_absolute_url(),
        "/actions/",
        action.get_absolute_url(),
    ]
    clerk = [
        "/clerk/",
        f"/clerk/meetings/{meeting.pk}/",
        f"/clerk/meetings/{meeting.pk}/edit/",
        f"/clerk/meetings/{meeting.pk}/attendance/",
        f"/clerk/meetings/{meeting.pk}/agenda/",
        f"/clerk/meetings/{meeting.pk}/items/{item.pk}/",
        f"/clerk/meetings/{meeting.pk}/items/{item.pk}/history/",
        f"/clerk/meetings/{later.pk}/matters-arising/",
        later.get_absolute_url(),
        exempt.get_absolute_url(),
        f"/admin/minutes/meeting/{meeting.pk}/change/",
        f"/admin/minutes/agendaitem/{item.pk}/change/",
        "/admin/actions/action/",
    ]
    officer = ["/actions/mine/", action.get_absolute_url()]
    return {"anonymous": public, "clerk": clerk, "officer": officer}


MARKUP = [p for p in PAYLOADS if "<" in p and not p.startswith("&lt;")]


@pytest.mark.django_db
def test_every_payload_in_every_field_comes_back_escaped(clerk, officer):
    fields = free_text_fields()
    assert len(fields) >= 15, [str(f) for f in fields]
    record = _record(officer)
    pages = _pages(*record)
    clients = {"anonymous": Client()}
    for role, user in (("clerk", clerk), ("officer", officer)):
        clients[role] = Client()
        clients[role].force_login(user)
    wanted = {(f, p) for f in fields for p in PAYLOADS if _fits(f, p)}
    covered: set = set()
    shown: set[str] = set()
    problems, round_, fetched = [], 0, 0
    while wanted - covered:
        fill(round_, fields, covered)
        for role, paths in pages.items():
            for path in paths:
                response = clients[role].get(path)
                fetched += 1
                assert response.status_code == 200, (path, role, response.status_code)
                body = response.content.decode()
                problems += [f"{role} {path}: {p!r} unescaped" for p in MARKUP if p in body]
                if "XSS-" in body:
                    problems.append(f"{role} {path}: template syntax was evaluated")
                shown.update(re.findall(r"xss-\d+", html.unescape(body)))
        round_ += 1
        assert round_ < 10, f"{len(wanted - covered)} payload-field pairs never stored"
    print(
        f"xss (server): {len(PAYLOADS)} payloads, {len(fields)} fields, {len(covered)} "
        f"payload-field pairs over {round_} rounds, {fetched} page fetches"
    )
    assert not problems, "\n".join(problems)
    assert shown >= MARKERS


# --- In Chromium ---------------------------------------------------------------------------

CHECK = """() => ({
  injected: [...document.querySelectorAll('[id^="xss-"]')].map(e => e.tagName + '#' + e.id),
  flag: window.__xss === undefined ? null : String(window.__xss),
  dangerous: [...document.querySelectorAll(
      'a[href^="javascript:" i], iframe, object, embed, base, body meta, body style'
  )].map(e => e.outerHTML.slice(0, 80)),
  text: document.body.innerText,
})"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_payloads_render_as_text_in_chromium_with_no_dialog_or_injected_element(
    browser, live_server, clerk, officer
):
    fields = free_text_fields()
    record = _record(officer)
    pages = _pages(*record)
    dialogs: list[str] = []
    tabs = {}
    for role, user in (("anonymous", None), ("clerk", clerk), ("officer", officer)):
        # The policy off: escaping alone must hold, without the CSP's second line.
        context = browser.new_context(base_url=live_server.url, bypass_csp=True)
        if user is not None:
            client = Client()
            client.force_login(user)
            cookie = client.cookies["sessionid"]
            context.add_cookies(
                [{"name": "sessionid", "value": cookie.value, "url": live_server.url}]
            )
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        tab.on("dialog", lambda d: (dialogs.append(f"{d.page.url}: {d.message}"), d.dismiss()))
        tabs[role] = tab
    problems, shown, loads = [], set(), 0
    covered: set = set()
    for round_ in range(2):
        fill(round_, fields, covered)
        for role, paths in pages.items():
            for path in paths:
                tabs[role].goto(path, wait_until="load")
                loads += 1
                found = tabs[role].evaluate(CHECK)
                for key in ("injected", "dangerous"):
                    problems += [f"{role} {path}: {key} {x}" for x in found[key]]
                if found["flag"]:
                    problems.append(f"{role} {path}: a payload ran (window.__xss={found['flag']})")
                if "XSS-" in found["text"]:
                    problems.append(f"{role} {path}: template syntax was evaluated")
                shown.update(re.findall(r"xss-\d+", found["text"]))
    for tab in tabs.values():
        tab.context.close()
    print(f"xss (browser): {len(covered)} payload-field pairs, {loads} page loads")
    assert not dialogs, dialogs
    assert not problems, "\n".join(problems)
    # The payloads are on the pages as text, escaped, not dropped.
    assert len(shown) >= 30, sorted(shown)
