"""/clerk/: the clerks' home, the meetings by stage, each stage's list paged on its own."""

from __future__ import annotations

from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from minutes.caching import CachedCountPaginator
from minutes.models import Meeting
from minutes.roles import clerk_required

CLERK_HOME_LENGTH = 20
CLERK_PAGE_LENGTH = 50

STAGE_GROUPS = [
    (Meeting.Stage.DRAFT, "Draft", "Not yet public."),
    (Meeting.Stage.AGENDA, "Agenda published", "The public sees the agenda and its reports."),
    (
        Meeting.Stage.PUBLISHED,
        "Minutes published, awaiting confirmation",
        "Draft minutes are public until a later meeting confirms them.",
    ),
    (Meeting.Stage.CONFIRMED, "Confirmed", "The legal record: a change is a logged correction."),
]


@clerk_required
def home(request: HttpRequest) -> HttpResponse:
    """Meetings by stage: each stage's newest, with its count; ?stage= pages through one.

    Three queries whatever the archive: the counts, the newest of each stage, and nothing
    per meeting. A stage's full list pages on the start-time index.
    """
    counts = dict(
        Meeting.objects.order_by()
        .values_list("stage")
        .annotate(n=Count("pk"))
        .values_list("stage", "n")
    )
    shown = request.GET.get("stage")
    if shown not in Meeting.Stage.values:
        shown = None
    meetings = Meeting.objects.select_related("committee").only(
        "starts_at", "stage", "venue", "is_cancelled", "committee__name"
    )
    groups = []
    for stage, label, hint in STAGE_GROUPS:
        group = {"stage": stage, "label": label, "hint": hint, "count": counts.get(stage, 0)}
        if shown is None or shown == stage:
            of_stage = meetings.filter(stage=stage).order_by("-starts_at", "-pk")
            if shown == stage:
                page = _stage_page(of_stage, group["count"], request.GET.get("page"))
                group.update(meetings=page.object_list, page=page)
            else:
                group["meetings"] = list(of_stage[:CLERK_HOME_LENGTH])
            groups.append(group)
    return render(request, "clerk/home.html", {"groups": groups, "shown": shown})


def _stage_page(meetings, count: int, number):
    paginator = CachedCountPaginator(meetings, CLERK_PAGE_LENGTH)
    paginator.count = count  # already counted with the others: no second count
    return paginator.get_page(number)
