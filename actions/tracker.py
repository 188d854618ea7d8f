"""Officers' tracker: the actions they own, the changes they make to them, and the exports."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.db.models import F, OuterRef, Prefetch, Subquery
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from actions import calendar
from actions.filters import ActionFilter
from actions.forms import (
    ActionChangeForm,
    AssignForm,
    DoneForm,
    MattersArisingNoteForm,
    MyActionsFilterForm,
    ProgressNoteForm,
    ReopenForm,
    StartForm,
    TakeForm,
    WithdrawForm,
)
from actions.models import Action, ActionUpdate
from actions.views import render_action_page
from minutes.caching import CachedCountPaginator, cached_count, cached_value
from minutes.forms import committee_choices
from minutes.models import Meeting, Person
from minutes.roles import is_clerk, is_officer

MY_ACTIONS_PER_PAGE = 50


def person_of(user) -> Person | None:
    """The person in the record a sign-in belongs to, if a clerk has linked one."""
    if not user.is_authenticated:
        return None
    try:
        return user.person
    except ObjectDoesNotExist:
        return None


def may_manage(user, action: Action) -> bool:
    """The owner and clerks may note progress on an action and change its status."""
    if not user.is_authenticated:
        return False
    if is_clerk(user):
        return True
    return action.owner_id is not None and action.owner.user_id == user.pk


def may_take(user, action: Action) -> bool:
    """Any officer may take an open action that the minute gave to no one in particular."""
    return (
        action.owner_id is None
        and action.is_open
        and (is_officer(user) or is_clerk(user))
        and person_of(user) is not None
    )


def _get_action_for_user(request: HttpRequest, reference: str, *, taking: bool = False) -> Action:
    """The action, if this user may change it: 404 if they may not see it, 403 if not theirs."""
    action = get_object_or_404(
        Action.objects.visible_to(request.user).with_source(), reference=reference
    )
    if may_manage(request.user, action):
        return action
    if taking and (is_officer(request.user) or is_clerk(request.user)):
        # Any officer may try; the take form explains a refusal (someone took it first,
        # it is closed, their sign-in has no person) rather than a bare 403.
        return action
    raise PermissionDenied("Only the action's owner or a clerk can change it.")


def _crumbs(*pairs: tuple[str, str | None]) -> list[tuple[str, str | None]]:
    return [("Home", reverse("home")), ("Actions", reverse("action_list")), *pairs]


def _next_url(request: HttpRequest, action: Action) -> str:
    url = request.POST.get("next", "")
    # Only a path on this site: anything else (a word, which redirect() would take for the
    # name of a view) goes back to the action.
    if url.startswith("/") and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return action.get_absolute_url()


def _first_error(form) -> str:
    for errors in form.errors.values():
        return errors[0]
    return "Check the form and try again."


def _change(request: HttpRequest, action: Action, form: ActionChangeForm) -> HttpResponse:
    """Validate the form, then apply it to the locked row, so the check and the change agree.

    A form with a note that fails, or is refused because the action moved on meanwhile,
    comes back on the action's page as it was sent, with the reason, so no typed note is
    lost. Take and assign, which carry nothing typed, go back with a message.
    """
    if form.is_valid():
        with transaction.atomic():
            locked = Action.objects.select_for_update().get(pk=action.pk)
            refusal = form.refusal(locked)
            if refusal is None:
                form.save(locked, author=request.user)
        if refusal is None:
            messages.success(request, form.success_message(locked))
            return redirect(_next_url(request, action))
        form.add_error(None, refusal)
    if form.move not in {"take", "assign"}:
        status = 409 if not form.has_error("note") and form.non_field_errors() else 400
        return render_action_page(request, action.reference, failed_form=form, status=status)
    messages.error(request, _first_error(form) if form.errors else refusal)
    return redirect(_next_url(request, action))


@login_required
@require_POST
def action_note(request: HttpRequest, reference: str) -> HttpResponse:
    """Add a progress note; the status stays as it is."""
    action = _get_action_for_user(request, reference)
    return _change(request, action, ProgressNoteForm(request.POST, action=action))


@login_required
@require_POST
def action_start(request: HttpRequest, reference: str) -> HttpResponse:
    action = _get_action_for_user(request, reference)
    return _change(request, action, StartForm(request.POST, action=action))


@login_required
@require_POST
def action_done(request: HttpRequest, reference: str) -> HttpResponse:
    """Tick it off: a completion note is required, and who and when are recorded."""
    action = _get_action_for_user(request, reference)
    return _change(request, action, DoneForm(request.POST, action=action))


@login_required
@require_POST
def action_withdraw(request: HttpRequest, reference: str) -> HttpResponse:
    action = _get_action_for_user(request, reference)
    return _change(request, action, WithdrawForm(request.POST, action=action))


@login_required
@require_POST
def action_reopen(request: HttpRequest, reference: str) -> HttpResponse:
    action = _get_action_for_user(request, reference)
    return _change(request, action, ReopenForm(request.POST, action=action))


@login_required
@require_POST
def action_take(request: HttpRequest, reference: str) -> HttpResponse:
    action = _get_action_for_user(request, reference, taking=True)
    form = TakeForm(request.POST, action=action, person=person_of(request.user))
    return _change(request, action, form)


@login_required
@require_POST
def action_assign(request: HttpRequest, reference: str) -> HttpResponse:
    if not is_clerk(request.user):
        raise PermissionDenied("Only a clerk can assign an action.")
    action = _get_action_for_user(request, reference)
    return _change(request, action, AssignForm(request.POST, action=action))


# --- Lists -------------------------------------------------------------------------------


def _with_latest_update(actions, user):
    """Annotate each action with the latest update `user` may read, its note and time: two
    subqueries, one query. A committee's note waits for its meeting's minutes."""
    latest = (
        ActionUpdate.objects.visible_to(user)
        .filter(action=OuterRef("pk"))
        .order_by("-created_at", "-pk")
    )
    return actions.annotate(
        latest_note=Subquery(latest.values("note")[:1]),
        latest_update_at=Subquery(latest.values("created_at")[:1]),
    )


@login_required
@require_GET
def my_actions(request: HttpRequest) -> HttpResponse:
    """The actions a signed-in officer owns, exempt ones included, soonest due first."""
    person = person_of(request.user)
    # By the owner's key, so that their actions are read in order of due date from an index.
    owned = Action.objects.filter(owner=person) if person else Action.objects.none()
    # The committees they own actions of, for the filter: read once per version of the record.
    theirs = set(
        cached_value(
            f"committees-of-actions-owned-by-{request.user.pk}",
            lambda: list(
                owned.order_by().values_list("item__meeting__committee__slug", flat=True).distinct()
            ),
        )
    )
    filters = MyActionsFilterForm(
        request.GET or None,
        committees=[(slug, name) for slug, name in committee_choices() if slug in theirs],
    )
    actions = _with_latest_update(
        filters.filter(owned).listed().order_by(F("due_on").asc(nulls_last=True), "reference"),
        request.user,
    )
    page = CachedCountPaginator(actions, MY_ACTIONS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "crumbs": _crumbs(("My actions", None)),
        "actions": page.object_list,
        "page": page,
        "query": query.urlencode(),
        "filters": filters,
        "person": person,
        "unassigned_count": (
            cached_count(
                f"unassigned-{request.user.pk}",
                Action.objects.visible_to(request.user).open().unassigned(),
            )
            if is_officer(request.user) or is_clerk(request.user)
            else 0
        ),
    }
    if person is not None:
        calendar_url = request.build_absolute_uri(
            reverse("action_calendar", args=[calendar.token_for(person)])
        )
        context["calendar_url"] = calendar_url
        # webcal: asks the reader's calendar program to subscribe, rather than download once.
        context["calendar_subscribe_url"] = "webcal:" + calendar_url.split(":", 1)[1]
    return render(request, "actions/mine.html", context)


@login_required
@require_GET
def unassigned_actions(request: HttpRequest) -> HttpResponse:
    """Open actions the minute gave to a group ("Officers"), waiting for someone to take them."""
    if not (is_officer(request.user) or is_clerk(request.user)):
        raise PermissionDenied("The list of unassigned actions is for officers and clerks.")
    actions = _with_latest_update(
        Action.objects.visible_to(request.user)
        .open()
        .unassigned()
        .with_source()
        .order_by(F("due_on").asc(nulls_last=True), "reference"),
        request.user,
    )
    return render(
        request,
        "actions/unassigned.html",
        {
            "actions": actions,
            "can_take": person_of(request.user) is not None,
            "is_clerk": is_clerk(request.user),
            "crumbs": _crumbs(("Not yet assigned", None)),
        },
    )


# --- The CSV export ----------------------------------------------------------------------

EXPORT_COLUMNS = [
    "reference",
    "description",
    "owner",
    "due",
    "status",
    "last update",
    "source committee",
    "meeting date",
    "item",
    "link",
]

# A cell starting with one of these is read by spreadsheets as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


EXPORT_CHUNK_BYTES = 16 * 1024


class _Line:
    """A file that hands back what the csv writer writes, so that each row can be yielded."""

    def write(self, value: str) -> str:
        return value


def _export_rows(actions) -> Iterator[str]:
    """The CSV, a chunk of rows at a time: the header goes out before any row is read.

    Rows come from a database cursor a batch at a time, as tuples of only the columns
    the file holds, so memory stays the same for ten rows or a million.
    """
    writer = csv.writer(_Line())
    yield "\ufeff" + writer.writerow(EXPORT_COLUMNS)
    action_url = f"{settings.SITE_URL}{reverse('action_list')}"
    labels = dict(Action.Status.choices)
    chunk: list[str] = []
    size = 0
    for row in actions.iterator(chunk_size=2000):
        (reference, description, honorific, name, label, due_on, status, note, noted_at,
         committee, starts_at, number, title) = row  # fmt: skip
        last_update = ""
        if noted_at:
            last_update = f"{timezone.localdate(noted_at).isoformat()}: {note}"
        owner = f"{honorific} {name}".strip() if name else (label or "Not yet assigned")
        line = writer.writerow(
            [
                _cell(value)
                for value in (
                    reference,
                    description,
                    owner,
                    due_on.isoformat() if due_on else "",
                    labels.get(status, status),
                    last_update,
                    committee,
                    timezone.localdate(starts_at).isoformat(),
                    f"{number}. {title}",
                    f"{action_url}{reference}/",
                )
            ]
        )
        chunk.append(line)
        size += len(line)
        if size >= EXPORT_CHUNK_BYTES:
            yield "".join(chunk)
            chunk, size = [], 0
    if chunk:
        yield "".join(chunk)


@require_GET
def action_export(request: HttpRequest) -> StreamingHttpResponse:
    """The action log as CSV, with the same filters as the page; only public rows for the public.

    UTF-8 with a byte-order mark and ISO dates, so that it opens cleanly in Excel. Streamed:
    the first bytes go out at once, and the file is never held whole in memory.
    """
    visible = Action.objects.visible_to(request.user)
    actions = (
        _with_latest_update(ActionFilter(request.GET or None, queryset=visible).qs, request.user)
        .order_by("-item__meeting__starts_at", "-item__meeting_id", "item__position", "pk")
        .values_list(
            "reference",
            "description",
            "owner__honorific",
            "owner__name",
            "owner_label",
            "due_on",
            "status",
            "latest_note",
            "latest_update_at",
            "item__meeting__committee__name",
            "item__meeting__starts_at",
            "item__number",
            "item__title",
        )
    )
    response = StreamingHttpResponse(_export_rows(actions), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="actions.csv"'
    return response


# --- The private calendar ----------------------------------------------------------------


@require_GET
def action_calendar(request: HttpRequest, token: str) -> HttpResponse:
    """An officer's open actions' due dates, at an address only they know."""
    person = Person.objects.filter(calendar_token=token).exclude(calendar_token="").first()
    if person is None:
        raise Http404("No calendar at this address.")
    response = HttpResponse(calendar.for_person(person), content_type="text/calendar")
    response["Content-Disposition"] = 'inline; filename="my-actions.ics"'
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
@require_POST
def action_calendar_reset(request: HttpRequest) -> HttpResponse:
    person = person_of(request.user)
    if person is None:
        raise PermissionDenied("Your sign-in is not linked to a person in the record.")
    calendar.reset_token(person)
    messages.success(request, "Your calendar has a new address. The old address no longer works.")
    return redirect("my_actions")


# --- Clerks: the committee's notes on matters arising -----------------------------------


def _clerk_required(view):
    """Anonymous visitors sign in first; anyone signed in who is not a clerk gets 403."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_clerk(request.user):
            raise PermissionDenied("Only clerks may record the committee's notes.")
        return view(request, *args, **kwargs)

    return wrapped


def matters_arising(meeting: Meeting):
    """Open actions from the committee's earlier meetings: what this meeting should hear about."""
    return Action.objects.open().filter(
        item__meeting__committee_id=meeting.committee_id,
        item__meeting__starts_at__lt=meeting.starts_at,
    )


@_clerk_required
@require_GET
def clerk_matters_arising(request: HttpRequest, pk: int) -> HttpResponse:
    """A meeting's matters arising, each with a form for the committee's note. Three queries."""
    meeting = get_object_or_404(Meeting.objects.select_related("committee"), pk=pk)
    return _matters_arising_page(request, meeting)


def _matters_arising_page(
    request: HttpRequest, meeting: Meeting, *, failed_form=None, status: int = 200
) -> HttpResponse:
    """The page; a refused note comes back in its own row as it was typed, with the reason."""
    notes_here = ActionUpdate.objects.filter(meeting=meeting).select_related("author__person")
    actions = _with_latest_update(
        matters_arising(meeting)
        .with_source()
        .prefetch_related(Prefetch("updates", queryset=notes_here, to_attr="notes_here"))
        .order_by("item__meeting__starts_at", "item__position", "reference"),
        request.user,
    )
    rows = [
        {
            "action": action,
            "form": failed_form
            if failed_form is not None and failed_form.action.pk == action.pk
            else MattersArisingNoteForm(action=action, meeting=meeting),
        }
        for action in actions
    ]
    noted = (
        ActionUpdate.objects.filter(meeting=meeting)
        .select_related("action", "author__person")
        .order_by("created_at", "pk")
    )
    return render(
        request,
        "actions/clerk_matters_arising.html",
        {"meeting": meeting, "rows": rows, "noted": noted, "failed_form": failed_form},
        status=status,
    )


@_clerk_required
@require_POST
def clerk_matters_arising_note(request: HttpRequest, pk: int, reference: str) -> HttpResponse:
    """Record the committee's note on one matter arising: an update tied to this meeting."""
    meeting = get_object_or_404(Meeting, pk=pk)
    action = get_object_or_404(matters_arising(meeting), reference=reference)
    form = MattersArisingNoteForm(request.POST, action=action, meeting=meeting)
    back = reverse("clerk_matters_arising", args=[meeting.pk])
    if not form.is_valid():
        return _matters_arising_page(request, meeting, failed_form=form, status=400)
    with transaction.atomic():
        locked = Action.objects.select_for_update().get(pk=action.pk)
        refusal = form.refusal(locked)
        if refusal is None:
            locked.record_update(
                author=request.user,
                note=form.cleaned_data["note"],
                status=form.cleaned_data["status"] or None,
                meeting=meeting,
            )
    if refusal:
        form.add_error(None, refusal)
        return _matters_arising_page(request, meeting, failed_form=form, status=409)
    messages.success(request, f"The committee's note on {action.reference} is recorded.")
    return redirect(f"{back}#action-{action.reference}")
