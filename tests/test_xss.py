"""Hostile text typed by a clerk or an officer is shown as text on every page, never run.

The fields are every free-text field of the record's models (minutes and actions), so a new
field is covered when it is added; only address parts, addresses checked by their form
(email, a link that must be a web address) and machine-written text are left out. Each round
packs different payloads (tests/xss_payloads.py) into different fields of the same records,
rotating, until every payload has been in every field it fits. Every round is fetched with
the test client (the raw markup never appears in the HTML); a few rounds are also rendered in
headless Chromium with the Content-Security-Policy switched off, so that escaping alone is
tested: no dialog, no injected element, and the payloads' text on the page.

Besides the pages of a meeting and its items, the pages that build their markup from the
record in code or show it in another shape are fetched too: search results (snippets with
their matches marked), the people list, the whole minutes, what changed since the draft
(a word diff between two versions, each packed with payloads), and the clerk's confirm and
publish-check pages (the latter is a POST, as the clerk's button sends it).
"""

from __future__ import annotations

import datetime
import html
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.test import Client
from django.urls import reverse

from actions.models import Action
from minutes.models import AgendaItem, Correction, Meeting
from minutes.services import confirm_minutes, move_meeting
from tests.factories import ActionFactory, AgendaItemFactory, MeetingFactory, PersonFactory
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


def _packed(field: models.Field, turn: int) -> str:
    """As many payloads as the field holds, starting at a different one on each turn."""
    fitting = [p for p in PAYLOADS if _fits(field, p)]
    start = (turn * 11) % len(fitting)
    chosen, length = [], 0
    for payload in fitting[start:] + fitting[:start]:
        extra = len(payload) + (1 if chosen else 0)
        if field.max_length and length + extra > field.max_length:
            continue
        chosen.append(payload)
        length += extra
    return ("\n\n" if isinstance(field, models.TextField) else " ").join(chosen)


def _confirmed_after_changes() -> Meeting:
    """Minutes published with one set of payloads and confirmed with another: its page of
    changes since the draft shows the words of both, removed and added."""
    meeting = build_meeting(items=1, actions=0, stage=Meeting.Stage.AGENDA)
    item = meeting.agenda_items.get()
    parts = [
        (item, ("title", "minute_text")),
        (item.discussion_points.order_by("position").first(), ("topic", "text")),
        (item.decisions.order_by("position").first(), ("text",)),
    ]

    def write(turn: int) -> None:
        for record, names in parts:
            for name in names:
                setattr(record, name, _packed(record._meta.get_field(name), turn))
            record.save()

    write(0)
    move_meeting(meeting=meeting, to=Meeting.Stage.PUBLISHED)
    write(1)
    approving = MeetingFactory(
        committee=meeting.committee,
        stage=Meeting.Stage.AGENDA,
        starts_at=meeting.starts_at + datetime.timedelta(days=28),
    )
    return confirm_minutes(meeting=meeting, confirmed_at=approving, signed_by=PersonFactory())


def _record(officer) -> dict:
    """A published meeting with everything in it, an exempt item, a correction, an owner
    label; a later meeting; minutes confirmed after changes; an agenda waiting for minutes."""
    meeting = build_meeting(items=2, actions=2)
    later = build_meeting(committee=meeting.committee, items=1, actions=0)
    later.starts_at = meeting.starts_at + datetime.timedelta(days=365)
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
    awaiting = build_meeting(items=1, actions=0, stage=Meeting.Stage.AGENDA)
    AgendaItemFactory(
        meeting=awaiting, position=9, number="9", is_exempt=True, exempt_reason="Paragraph 1."
    )
    return {
        "meeting": meeting,
        "later": later,
        "item": item,
        "exempt": exempt,
        "action": action,
        "changed": _confirmed_after_changes(),
        "awaiting": awaiting,
    }


@dataclass
class Press:
    """A page reached by pressing a button: POST `data` to `path`, or, in the browser,
    open `via` and press the button named `button`."""

    path: str
    data: dict = dataclass_field(default_factory=dict)
    via: str = ""
    button: str = ""

    def __str__(self) -> str:
        return f"POST {self.path}"


def _search(query: str) -> str:
    return f"{reverse('search')}?{urlencode({'q': query})}"


# Search results for words in many payloads; and a query that is itself a payload, shown
# back in the page's title, box and "nothing matched".
FINDING = [_search("xss"), _search("alert")]
SEARCHES = [*FINDING, _search(f"{PAYLOADS[4]} xss")]


def _pages(record: dict) -> dict[str, list]:
    meeting, later, item = record["meeting"], record["later"], record["item"]
    exempt, action, changed = record["exempt"], record["action"], record["changed"]
    awaiting = record["awaiting"]
    person = item.discussion_points.first().speakers.first()
    public = [
        "/",
        "/committees/",
        meeting.committee.get_absolute_url(),
        meeting.get_absolute_url(),
        reverse("whole_minutes", args=[meeting.committee.slug, meeting.slug]),
        item.get_absolute_url(),
        exempt.get_absolute_url(),
        reverse("whole_minutes", args=[changed.committee.slug, changed.slug]),
        reverse("draft_changes", args=[changed.committee.slug, changed.slug]),
        "/people/",
        person.get_absolute_url(),
        "/actions/",
        action.get_absolute_url(),
        *SEARCHES,
    ]
    clerk = [
        "/clerk/",
        f"/clerk/meetings/{meeting.pk}/",
        f"/clerk/meetings/{meeting.pk}/edit/",
        f"/clerk/meetings/{meeting.pk}/attendance/",
        f"/clerk/meetings/{meeting.pk}/agenda/",
        f"/clerk/meetings/{meeting.pk}/items/{item.pk}/",
        f"/clerk/meetings/{meeting.pk}/items/{item.pk}/history/",
        f"/clerk/meetings/{meeting.pk}/confirm/",
        f"/clerk/meetings/{later.pk}/matters-arising/",
        Press(
            path=f"/clerk/meetings/{awaiting.pk}/stage/",
            data={"to": Meeting.Stage.PUBLISHED},
            via=f"/clerk/meetings/{awaiting.pk}/",
            button="Publish the draft minutes",
        ),
        later.get_absolute_url(),
        exempt.get_absolute_url(),
        FINDING[0],
        f"/admin/minutes/meeting/{meeting.pk}/change/",
        f"/admin/minutes/agendaitem/{item.pk}/change/",
        "/admin/actions/action/",
    ]
    officer = ["/actions/mine/", action.get_absolute_url()]
    return {"anonymous": public, "clerk": clerk, "officer": officer}


def _get(client: Client, page):
    if isinstance(page, Press):
        return client.post(page.path, page.data)
    return client.get(page)


MARKUP = [p for p in PAYLOADS if "<" in p and not p.startswith("&lt;")]


@pytest.mark.django_db
def test_every_payload_in_every_field_comes_back_escaped(clerk, officer):
    fields = free_text_fields()
    assert len(fields) >= 15, [str(f) for f in fields]
    pages = _pages(_record(officer))
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
                response = _get(clients[role], path)
                fetched += 1
                assert response.status_code == 200, (path, role, response.status_code)
                body = response.content.decode()
                problems += [f"{role} {path}: {p!r} unescaped" for p in MARKUP if p in body]
                if "XSS-" in body:
                    problems.append(f"{role} {path}: template syntax was evaluated")
                found = set(re.findall(r"xss-\d+", html.unescape(body)))
                shown.update(found)
                # Each search finds records, their snippets marked; each page shows payloads.
                if path in FINDING and "<mark>" not in body:
                    problems.append(f"{role} {path}: no result with a marked snippet")
                if not found:
                    problems.append(f"{role} {path}: no payload on the page")
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
    pages = _pages(_record(officer))
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
                if isinstance(path, Press):
                    tabs[role].goto(path.via, wait_until="load")
                    with tabs[role].expect_navigation(wait_until="load"):
                        tabs[role].get_by_role("button", name=path.button).click()
                    assert tabs[role].url.endswith(path.path), (path, tabs[role].url)
                else:
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
