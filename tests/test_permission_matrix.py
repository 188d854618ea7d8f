"""Who may open what: every URL pattern of the project, for every role, GET and POST.

MATRIX has one row per URL name (or route, for an unnamed pattern). Each row gives the
status expected for GET and for an empty POST, for the six roles in this order:

    anonymous  member  officer  other-officer  clerk  admin

"login" means a redirect to a sign-in page; "302" any other redirect. "officer" owns the
action in the record below and "other-officer" does not; "clerk" is in the Clerk group and
is staff; "admin" is a superuser. A URL pattern with no row fails the test, which prints the
rows to add with the statuses it saw, to check and paste in.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from axes.models import AccessFailureLog
from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client

from actions import calendar
from actions.models import Action
from minutes.models import AgendaItem, Correction
from minutes.subscriptions import Subscription
from tests.factories import ReportFactory, UserFactory
from tests.public_records import build_meeting
from tests.url_walk import Door, MissingValue, every_door

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
ROLES = ("anonymous", "member", "officer", "other-officer", "clerk", "admin")


@dataclass(frozen=True)
class Row:
    get: str
    post: str

    def expected(self, method: str) -> list[str]:
        return getattr(self, method).split()


# Read-only pages answer a POST as they answer a GET (the CSRF check still applies).
PUBLIC_PAGE = Row(get="200 200 200 200 200 200", post="200 200 200 200 200 200")
PUBLIC_GET_ONLY = Row(get="200 200 200 200 200 200", post="405 405 405 405 405 405")
SIGNED_IN_GET_ONLY = Row(get="login 200 200 200 200 200", post="login 405 405 405 405 405")
CLERK_PAGE = Row(get="login 403 403 403 200 200", post="login 403 403 403 200 200")
CLERK_GET_ONLY = Row(get="login 403 403 403 200 200", post="login 403 403 403 405 405")
# An action's change: its owner (officer) and clerks; an empty form is refused with 400.
OWNER_CHANGE = Row(get="login 405 405 405 405 405", post="login 403 400 403 400 400")


def _admin(clerk: str, admin: str) -> str:
    """The admin sends everyone who is not staff to its own sign-in."""
    return f"login login login login {clerk} {admin}"


def _admin_model(
    app: str, model: str, *, clerk: bool, add=True, delete=True, edit=True, versions=False
) -> dict[str, Row]:
    """The admin's pages for one model: clerks manage the record's models, not the sign-ins.

    add/delete/edit False: a log that no one writes by hand (refused, or a read-only form).
    """
    may = "200" if clerk else "403"
    page = Row(get=_admin(may, "200"), post=_admin(may, "200"))
    refused = Row(get=_admin("403", "403"), post=_admin("403", "403"))
    read_only = Row(get=page.get, post=_admin("302" if clerk else "403", "302"))
    base = f"admin:{app}_{model}"
    rows = {
        f"{base}_changelist": page,
        f"{base}_add": page if add else refused,
        f"{base}_history": page,
        f"{base}_delete": page if delete else refused,
        f"{base}_change": page if edit else read_only,
        # admin/<app>/<model>/<id>/ redirects to the change page, for any staff.
        f"admin/{app}/{model}/<path:object_id>/": Row(
            get=_admin("302", "302"), post=_admin("302", "302")
        ),
    }
    if versions:  # django-simple-history: one earlier version of the object
        rows[f"{base}_simple_history"] = page
    return rows


MATRIX: dict[str, Row] = {
    # key: Row(get=..., post=...)   each: anonymous member officer other-officer clerk admin
    # --- Public pages ---
    "home": PUBLIC_PAGE,
    "committee_list": PUBLIC_PAGE,
    "committee_detail": PUBLIC_PAGE,
    "meeting_detail": PUBLIC_PAGE,
    "item_detail": PUBLIC_PAGE,
    "person_detail": PUBLIC_PAGE,
    "action_list": PUBLIC_PAGE,
    "action_detail": PUBLIC_PAGE,
    "action_export": PUBLIC_GET_ONLY,
    # An officer's private calendar: its secret address is the key.
    "action_calendar": PUBLIC_GET_ONLY,
    "people_list": PUBLIC_PAGE,
    "search": PUBLIC_PAGE,
    # --- The meeting as one document ---
    "whole_minutes": PUBLIC_PAGE,
    "minutes_pdf": PUBLIC_PAGE,
    "agenda_pdf": PUBLIC_PAGE,
    # Changes since the draft: only for confirmed minutes (the record's are published).
    "draft_changes": Row(get="404 404 404 404 404 404", post="404 404 404 404 404 404"),
    # A report's file, through the publication rules (the record's meeting is published).
    "document": PUBLIC_GET_ONLY,
    # --- Following: feeds, calendars, email alerts ---
    "minutes_feed": PUBLIC_PAGE,
    "committee_feed": PUBLIC_PAGE,
    "meetings_calendar": PUBLIC_PAGE,
    "committee_calendar": PUBLIC_PAGE,
    "committee_follow": PUBLIC_PAGE,
    # A token that is not a confirmation link's: not found, for everyone.
    "committee_follow_confirm": Row(get="404 404 404 404 404 404", post="404 404 404 404 404 404"),
    # Stopping asks first on a GET; a bad token is told so, never an error.
    "committee_unfollow": PUBLIC_PAGE,
    # --- The open data API: read-only, the same for everyone ---
    "api-root": PUBLIC_GET_ONLY,
    "api-schema": PUBLIC_GET_ONLY,
    "api-docs": PUBLIC_GET_ONLY,
    "api-committee-list": PUBLIC_GET_ONLY,
    "api-committee-detail": PUBLIC_GET_ONLY,
    "api-meeting-list": PUBLIC_GET_ONLY,
    "api-meeting-detail": PUBLIC_GET_ONLY,
    "api-item-list": PUBLIC_GET_ONLY,
    "api-item-detail": PUBLIC_GET_ONLY,
    "api-action-list": PUBLIC_GET_ONLY,
    "api-action-detail": PUBLIC_GET_ONLY,
    "api-person-list": PUBLIC_GET_ONLY,
    "api-person-detail": PUBLIC_GET_ONLY,
    "api-ocd-event-list": PUBLIC_GET_ONLY,
    "api-ocd-event-detail": PUBLIC_GET_ONLY,
    # --- Health ---
    "healthz": PUBLIC_GET_ONLY,
    "readyz": PUBLIC_GET_ONLY,
    # --- Signing in ---
    "login": PUBLIC_PAGE,
    "logout": Row(get="405 405 405 405 405 405", post="302 302 302 302 302 302"),
    "password_reset": PUBLIC_PAGE,
    "password_reset_done": PUBLIC_GET_ONLY,
    "password_reset_confirm": PUBLIC_PAGE,
    "password_reset_complete": PUBLIC_GET_ONLY,
    "password_change": Row(get="login 200 200 200 200 200", post="login 200 200 200 200 200"),
    "password_change_done": SIGNED_IN_GET_ONLY,
    # --- Officers ---
    "my_actions": SIGNED_IN_GET_ONLY,
    "unassigned_actions": Row(get="login 403 200 200 200 200", post="login 405 405 405 405 405"),
    # Anyone linked to a person in the record may give their calendar a new address.
    "action_calendar_reset": Row(get="login 405 405 405 405 405", post="login 302 302 302 302 403"),
    "action_note": OWNER_CHANGE,
    "action_start": Row(get="login 405 405 405 405 405", post="login 403 302 403 302 302"),
    "action_done": OWNER_CHANGE,
    "action_withdraw": OWNER_CHANGE,
    "action_reopen": OWNER_CHANGE,
    # Take and assign go back to the action's page with a message, refused or done.
    "action_take": Row(get="login 405 405 405 405 405", post="login 403 302 302 302 302"),
    "action_assign": Row(get="login 405 405 405 405 405", post="login 403 403 403 302 302"),
    # --- Clerks ---
    "clerk:home": CLERK_PAGE,
    "clerk:import": CLERK_PAGE,
    "clerk:meeting_create": CLERK_PAGE,
    "clerk:meeting": CLERK_PAGE,
    "clerk:meeting_edit": CLERK_PAGE,
    "clerk:attendance": CLERK_PAGE,
    "clerk:agenda": CLERK_PAGE,
    "clerk:meeting_move": Row(get="405 405 405 405 405 405", post="login 403 403 403 302 302"),
    "clerk:meeting_confirm": CLERK_PAGE,
    "clerk:item_minutes": CLERK_PAGE,
    "clerk:item_history": CLERK_PAGE,
    "clerk_matters_arising": CLERK_GET_ONLY,
    # The record's action is not a matter arising at its own meeting: 404 for clerks.
    "clerk_matters_arising_note": Row(
        get="login 403 403 403 405 405", post="login 403 403 403 404 404"
    ),
    # --- The admin ---
    "admin:index": Row(get=_admin("200", "200"), post=_admin("200", "200")),
    "admin:login": Row(get="200 200 200 200 302 302", post="200 200 200 200 200 200"),
    "admin:logout": Row(get="302 302 302 302 405 405", post="302 302 302 302 302 302"),
    "admin:password_change": Row(get=_admin("200", "200"), post=_admin("200", "200")),
    "admin:password_change_done": Row(get=_admin("200", "200"), post=_admin("405", "405")),
    "admin:autocomplete": Row(get=_admin("403", "403"), post=_admin("405", "405")),
    "admin:jsi18n": Row(get=_admin("200", "200"), post=_admin("405", "405")),
    "admin:view_on_site": Row(get=_admin("302", "302"), post=_admin("302", "302")),
    "admin:app_list": Row(get=_admin("200", "200"), post=_admin("200", "200")),
    "admin/(?P<url>.*)$": Row(get=_admin("404", "404"), post=_admin("404", "404")),
    **_admin_model("minutes", "committee", clerk=True),
    **_admin_model("minutes", "person", clerk=True),
    **_admin_model("minutes", "meeting", clerk=True, versions=True),
    **_admin_model("minutes", "agendaitem", clerk=True, versions=True),
    # Points are added under their item; the admin's own page for a point only edits one.
    **_admin_model("minutes", "discussionpoint", clerk=True, add=False),
    # Followers: a clerk may find and remove one, never add one or change an address.
    **_admin_model("minutes", "subscription", clerk=True, add=False, edit=False),
    **_admin_model("minutes", "correction", clerk=True, add=False, delete=False, edit=False),
    **_admin_model("actions", "action", clerk=True, versions=True),
    **_admin_model("auth", "group", clerk=False),
    **_admin_model("auth", "user", clerk=False),
    "admin:auth_user_password_change": Row(get=_admin("403", "200"), post=_admin("403", "200")),
    **_admin_model("axes", "accessattempt", clerk=False, add=False, edit=False),
    **_admin_model("axes", "accesslog", clerk=False, add=False, edit=False),
    **_admin_model("axes", "accessfailurelog", clerk=False, add=False, edit=False),
}


def _record(officer, other_officer, member) -> dict:
    """A published meeting with an action the officer owns; the values every door is filled with."""
    meeting = build_meeting(items=1, actions=1, updates=0)
    item = AgendaItem.objects.get(meeting=meeting)
    action = Action.objects.get(item=item)
    action.owner = officer.person
    action.save()
    Correction.objects.create(item=item, reason="A name was misspelt.")
    Subscription.objects.create(committee=meeting.committee, email="follower@example.org")
    report = ReportFactory(
        item=item, url="", file=SimpleUploadedFile("annual.pdf", PDF, "application/pdf")
    )
    token = calendar.token_for(officer.person) if hasattr(calendar, "token_for") else None
    if token is None:
        officer.person.calendar_token = "calendar-secret-0123456789"
        officer.person.save(update_fields=["calendar_token"])
        token = officer.person.calendar_token
    # A good sign-in, then a wrong password, so that each of the sign-in logs has a row.
    Client().post(
        "/accounts/login/",
        {"username": member.username, "password": "correct horse battery staple"},
    )
    Client().post("/accounts/login/", {"username": member.username, "password": "wrong"})
    AccessFailureLog.objects.create(username=member.username, ip_address="127.0.0.1")

    def admin_object(door: Door) -> str:
        if door.admin_model is None:  # the admin's "view on site": the meeting
            return str(meeting.pk)
        app, model = door.admin_model
        pk = apps.get_model(app, model).objects.order_by("pk").values_list("pk", flat=True).first()
        assert pk is not None, f"the record has no {app}.{model} for {door.key}"
        return str(pk)

    return {
        "committee": meeting.committee.slug,
        "meeting": meeting.slug,
        "number": item.number,
        "person": officer.person.slug,
        "reference": action.reference,
        # A document's pk is its report's, the API item's the item's; every other pk in a
        # route is the meeting's.
        "pk": lambda door: str(
            {"document": report.pk, "api-item-detail": item.pk}.get(door.key, meeting.pk)
        ),
        "file_name": report.original_name or report.file.name.rsplit("/", 1)[-1],
        # The API names a committee and a person by their slugs.
        "slug": lambda door: (
            officer.person.slug if "person" in door.key else meeting.committee.slug
        ),
        "item_pk": str(item.pk),
        "token": token,
        "uidb64": "MQ",
        "object_id": admin_object,
        "id": admin_object,
        "content_type_id": str(ContentType.objects.get_for_model(meeting).pk),
        "app_label": "minutes",
        "url": "no-such-page/",
        # The history admin's ^([^/]+)/history/([^/]+)/$: an object, one of its versions.
        "arg1": admin_object,
        "arg2": lambda door: str(
            apps.get_model(*door.admin_model)
            .history.filter(id=admin_object(door))
            .first()
            .history_id
        ),
    }


def _observed(response) -> str:
    if response.status_code == 302 and "/login/" in response["Location"]:
        return "login"
    return str(response.status_code)


@pytest.fixture
def clients(member, officer, other_officer, clerk) -> dict[str, Client]:
    admin = UserFactory(username="admin", is_staff=True, is_superuser=True)
    users = {"member": member, "officer": officer, "other-officer": other_officer}
    users.update({"clerk": clerk, "admin": admin})
    assert Group.objects.get(name="Clerk") in clerk.groups.all()
    return {"anonymous": Client(), **{role: _signed_in(user) for role, user in users.items()}}


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def test_every_url_pattern_has_a_row_and_each_role_gets_what_it_should(
    clients, officer, other_officer, member
):
    values = _record(officer, other_officer, member)
    doors = every_door()
    missing, wrong, unfilled = [], [], []
    for door in doors:
        try:
            url = door.url(values)
        except MissingValue as name:
            unfilled.append(f"{door.key} ({door.route}) needs a value for {name}")
            continue
        seen = {}
        for method in ("get", "post"):
            seen[method] = []
            for role in ROLES:
                client = clients[role]
                if role != "anonymous" and "_auth_user_id" not in client.session:
                    client.force_login(client.user)  # a sign-out door signed it out
                # Each request in a savepoint rolled back after it: every cell starts from
                # the same record (one role's POST does not change what the next one meets).
                with transaction.atomic():
                    seen[method].append(_observed(getattr(client, method)(url)))
                    transaction.set_rollback(True)
        row = MATRIX.get(door.key)
        if row is None:
            missing.append(
                f'    "{door.key}": Row(get="{" ".join(seen["get"])}", post="{" ".join(seen["post"])}"),'
                f"  # {url}"
            )
            continue
        for method in ("get", "post"):
            for role, expected, got in zip(ROLES, row.expected(method), seen[method], strict=True):
                if expected != got:
                    wrong.append(
                        f"{method.upper()} {url} ({door.key}) as {role}: {got}, expected {expected}"
                    )

    stale = sorted(set(MATRIX) - {door.key for door in doors})
    message = []
    if missing:
        message.append(
            "These URL patterns have no row in MATRIX (tests/test_permission_matrix.py). Add "
            "each row, with the statuses it SHOULD give (these are what it gives now; check them):\n"
            + "\n".join(missing)
        )
    if unfilled:
        message.append("Add a value for these URL parameters in _record():\n" + "\n".join(unfilled))
    if wrong:
        message.append("These statuses are not as the matrix expects:\n" + "\n".join(wrong))
    if stale:
        message.append("These rows name no URL pattern any more; remove them:\n" + "\n".join(stale))
    assert not message, "\n\n".join(message)
    cells = sum(2 * len(ROLES) for door in doors)
    assert cells >= 2 * len(ROLES) * len(MATRIX) - 2 * len(ROLES)  # every row was exercised
