"""The public action log and one action's page: what was asked, by whom, and where it came from."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from actions.filters import ActionFilter
from actions.models import Action, ActionUpdate

ACTIONS_PER_PAGE = 50


def _crumbs(*pairs: tuple[str, str | None]) -> list[tuple[str, str | None]]:
    return [("Home", reverse("home")), *pairs]


def action_list(request: HttpRequest) -> HttpResponse:
    """The action log: every action the reader may see, filtered by committee, status, overdue."""
    actions = (
        Action.objects.visible_to(request.user)
        .with_source()
        .order_by("-item__meeting__starts_at", "item__position", "reference")
    )
    action_filter = ActionFilter(request.GET or None, queryset=actions)
    page = Paginator(action_filter.qs, ACTIONS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "actions/action_list.html",
        {
            "filter": action_filter,
            "page": page,
            "actions": page.object_list,
            "query": query.urlencode(),
            "crumbs": _crumbs(("Actions", None)),
        },
    )


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
