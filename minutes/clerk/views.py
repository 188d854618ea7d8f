"""The clerks' pages: meetings, attendance, agenda, minute-taking, publishing, corrections."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from minutes.clerk.access import clerk_required
from minutes.models import Meeting


@clerk_required
def home(request: HttpRequest) -> HttpResponse:
    meetings = Meeting.objects.select_related("committee").order_by("-starts_at")
    by_stage = {stage: [] for stage in Meeting.Stage}
    for meeting in meetings:
        by_stage[meeting.stage].append(meeting)
    stages = [
        (Meeting.Stage.DRAFT, "Draft", "Not yet public."),
        (Meeting.Stage.AGENDA, "Agenda published", "The public sees the agenda and reports."),
        (
            Meeting.Stage.PUBLISHED,
            "Minutes published, awaiting confirmation",
            "Draft minutes are public until a later meeting confirms them.",
        ),
        (Meeting.Stage.CONFIRMED, "Confirmed", "The legal record; changes are logged corrections."),
    ]
    groups = [
        {"stage": stage, "label": label, "hint": hint, "meetings": by_stage[stage]}
        for stage, label, hint in stages
    ]
    return render(request, "clerk/home.html", {"groups": groups})
