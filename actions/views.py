"""The public action log and one action's page: what was asked, by whom, and where it came from."""

from __future__ import annotations

from django.db.models import Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from actions.filters import ActionFilter
from actions.models import Action, ActionUpdate
from minutes.caching import cache_public_page, cached_count
from minutes.forms import committee_choices

ACTIONS_PER_PAGE = 50


def _crumbs(*pairs: tuple[str, str | None]) -> list[tuple[str, str | None]]:
    return [("Home", reverse("home")), *pairs]


# Newest meeting first, then agenda order: an order the meetings' start index serves.
LOG_ORDER = ("-item__meeting__starts_at", "-item__meeting_id", "item__position", "pk")
LOG_ORDER_REVERSED = ("item__meeting__starts_at", "item__meeting_id", "-item__position", "-pk")


def _beyond(actions, anchor: Action, *, newer: bool):
    """The actions after `anchor` in the log's order (or before it, when `newer`): keyset
    paging, so a page deep in twenty years of actions costs what the first page costs."""
    meeting = anchor.item.meeting
    older = (
        Q(item__meeting__starts_at__lt=meeting.starts_at)
        | Q(item__meeting__starts_at=meeting.starts_at, item__meeting_id__lt=meeting.pk)
        | Q(item__meeting_id=meeting.pk, item__position__gt=anchor.item.position)
        | Q(item_id=anchor.item_id, pk__gt=anchor.pk)
    )
    if newer:
        return (
            actions.exclude(older)
            .exclude(pk=anchor.pk)
            .filter(item__meeting__starts_at__gte=meeting.starts_at)
        )
    return actions.filter(older, item__meeting__starts_at__lte=meeting.starts_at)


@cache_public_page
def action_list(request: HttpRequest) -> HttpResponse:
    """The action log: every action the reader may see, filtered by committee, status, overdue.

    Fifty at a time, with links to the next and previous fifty by reference (?after=,
    ?before=), never by an offset that makes the database walk every row before it.
    """
    visible = Action.objects.visible_to(request.user)
    action_filter = ActionFilter(request.GET or None, queryset=visible)
    actions = action_filter.qs
    anchor_reference = request.GET.get("after") or request.GET.get("before")
    newer = not request.GET.get("after") and bool(request.GET.get("before"))
    anchor = (
        visible.select_related("item__meeting").filter(reference=anchor_reference).first()
        if anchor_reference
        else None
    )
    if anchor is not None:
        actions = _beyond(actions, anchor, newer=newer)
    # The page's keys first, sorted narrow; then those fifty rows with all they show. Sorting
    # thousands of wide rows to keep fifty costs ten times as much.
    if newer and anchor is not None:
        keys = list(
            actions.order_by(*LOG_ORDER_REVERSED).values_list("pk", flat=True)[
                : ACTIONS_PER_PAGE + 1
            ]
        )
        has_newer, has_older = len(keys) > ACTIONS_PER_PAGE, True
        keys = keys[:ACTIONS_PER_PAGE][::-1]
    else:
        keys = list(
            actions.order_by(*LOG_ORDER).values_list("pk", flat=True)[: ACTIONS_PER_PAGE + 1]
        )
        has_older, has_newer = len(keys) > ACTIONS_PER_PAGE, anchor is not None
        keys = keys[:ACTIONS_PER_PAGE]
    by_key = Action.objects.listed().in_bulk(keys)
    rows = [by_key[key] for key in keys]
    query = request.GET.copy()
    for name in ("page", "after", "before"):
        query.pop(name, None)
    count = cached_count(
        f"action-log-{request.user.pk}", action_filter.qs if action_filter.is_valid() else visible
    )
    return render(
        request,
        "actions/action_list.html",
        {
            "filter": action_filter,
            # The filter's choices, read once per version of the record rather than counted
            # and read on every request.
            "committees": committee_choices(),
            "actions": rows,
            "count": count,
            "newer_than": rows[0].reference if rows and has_newer else None,
            "older_than": rows[-1].reference if rows and has_older else None,
            "query": query.urlencode(),
            "crumbs": _crumbs(("Actions", None)),
        },
    )


@cache_public_page
def action_detail(request: HttpRequest, reference: str) -> HttpResponse:
    """One action: what, who, when, its history, and the minute it was raised at."""
    return render_action_page(request, reference)


def render_action_page(
    request: HttpRequest, reference: str, *, failed_form=None, status: int = 200
) -> HttpResponse:
    """The action's page; with `failed_form`, that form is shown again as it was sent,
    with its errors, so a refused change loses nothing the user typed."""
    updates = ActionUpdate.objects.visible_to(request.user).select_related(
        "author__person", "meeting__committee"
    )
    action = get_object_or_404(
        Action.objects.visible_to(request.user)
        .with_source()
        .select_related("item__meeting__committee")
        .prefetch_related(Prefetch("updates", queryset=updates)),
        reference=reference,
    )
    meeting = action.item.meeting
    return render(
        request,
        "actions/action_detail.html",
        {
            "action": action,
            "item": action.item,
            "meeting": meeting,
            # An officer may own an action of an exempt item or of a meeting not yet public:
            # the page says where it came from, but links only to pages the public can open.
            "item_is_public": meeting.is_public,
            "point_is_public": action.item.minutes_public,
            "crumbs": _crumbs(("Actions", reverse("action_list")), (action.reference, None)),
            "failed_form": failed_form,
        },
        status=status,
    )
