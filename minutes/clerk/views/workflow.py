"""Moving a meeting through its stages: publishing the agenda and the draft minutes (after
a check of what the public will then see), stepping back, and confirming the minutes."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from actions.models import Action
from minutes.clerk.forms import ConfirmForm
from minutes.clerk.minute_taking import form_errors
from minutes.clerk.views.common import breadcrumbs, meeting_for_clerk, posted
from minutes.models import Decision, DiscussionPoint, Meeting, Report
from minutes.roles import clerk_required
from minutes.services import WorkflowError, check_move, confirm_minutes, move_meeting

PUBLISHING_MOVES = {
    Meeting.Stage.AGENDA: "Publish the agenda",
    Meeting.Stage.PUBLISHED: "Publish the draft minutes",
}


def publication_preview(meeting: Meeting, to: str) -> dict:
    """What the public will see once the meeting is at stage `to`: counts, and the exempt
    items that stay private. A few counting queries, for one page a clerk opens rarely."""
    items = meeting.agenda_items.all()
    public_items = items.filter(is_exempt=False)
    shown = {
        "items": items.count(),
        "exempt": list(items.filter(is_exempt=True).values_list("number", "title")),
        "reports": Report.objects.filter(item__in=public_items).count(),
    }
    if to == Meeting.Stage.PUBLISHED:
        shown.update(
            minutes=public_items.exclude(minute_text="").count(),
            points=DiscussionPoint.objects.filter(item__in=public_items).count(),
            decisions=Decision.objects.filter(item__in=public_items).count(),
            actions=Action.objects.filter(item__in=public_items).count(),
            attendance=meeting.attendances.count(),
        )
    return shown


@require_POST
@clerk_required
def meeting_move(request: HttpRequest, pk: int) -> HttpResponse:
    """Move a meeting to another stage. Publishing asks first, saying what the public will
    then see; stepping back (which hides things again) goes straight through."""
    meeting = meeting_for_clerk(pk)
    to = request.POST.get("to", "")
    if to in PUBLISHING_MOVES and request.POST.get("confirm") != "yes":
        try:
            check_move(meeting=meeting, to=to)
        except WorkflowError as refusal:
            messages.error(request, refusal.message)
            return redirect("clerk:meeting", pk=meeting.pk)
        return render(
            request,
            "clerk/publish_check.html",
            {
                "meeting": meeting,
                "to": to,
                "heading": PUBLISHING_MOVES[to],
                "shown": publication_preview(meeting, to),
                "crumbs": breadcrumbs(meeting, (PUBLISHING_MOVES[to], None)),
            },
        )
    try:
        move_meeting(meeting=meeting, to=to, user=request.user)
    except WorkflowError as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, f"{meeting}: now “{meeting.get_stage_display()}”.")
    return redirect("clerk:meeting", pk=meeting.pk)


@clerk_required
def meeting_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_for_clerk(pk)
    # From the later meeting's page, "?at=" names that meeting as the one that approved them.
    form = ConfirmForm(
        posted(request), meeting=meeting, initial={"confirmed_at": request.GET.get("at")}
    )
    if request.method == "POST" and form.is_valid():
        try:
            confirm_minutes(
                meeting=meeting,
                confirmed_at=form.cleaned_data["confirmed_at"],
                signed_by=form.cleaned_data["signed_by"],
                confirmed_on=form.cleaned_data["confirmed_on"],
                user=request.user,
            )
        except WorkflowError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, f"The minutes of {meeting} are confirmed.")
            return redirect("clerk:meeting", pk=meeting.pk)
    return render(
        request,
        "clerk/confirm.html",
        {
            "meeting": meeting,
            "form": form,
            "errors": form_errors(form) if form.is_bound else [],
            "crumbs": breadcrumbs(meeting, ("Confirm the minutes", None)),
        },
    )
