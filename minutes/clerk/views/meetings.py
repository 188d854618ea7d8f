"""A meeting's pages for the clerk: adding one, its overview, and editing its details
(once its minutes are confirmed, as a logged correction)."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from actions.models import Action
from minutes.clerk.forms import CorrectionForm, MeetingForm
from minutes.clerk.minute_taking import form_errors
from minutes.clerk.views.common import (
    breadcrumbs,
    correction_reason,
    find_conflict,
    meeting_for_clerk,
    posted,
    version_context,
)
from minutes.history import stamp_history
from minutes.models import Meeting, Person
from minutes.roles import clerk_required
from minutes.services import record_correction, reprint_names

# Whose names the "print these names as they now stand" box prints again on this page.
REPRINT_DETAILS = "the committee's name, the chair's and the name of who signed the minutes"


@clerk_required
def meeting_create(request: HttpRequest) -> HttpResponse:
    form = MeetingForm(posted(request))
    if request.method == "POST" and form.is_valid():
        meeting = form.save()
        messages.success(request, f"Meeting added: {meeting}. Now record who attends.")
        return redirect("clerk:meeting", pk=meeting.pk)
    return render(
        request,
        "clerk/meeting_form.html",
        {
            "form": form,
            "errors": form_errors(form) if form.is_bound else [],
            "title": "Add a meeting",
            "crumbs": breadcrumbs(None, ("Add a meeting", None)),
        },
    )


@clerk_required
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_for_clerk(pk)
    items = meeting.agenda_items.all()
    attendance = meeting.attendances.select_related("person", "substitute_for")
    # Minutes are confirmed at a later meeting: the later meeting's page prompts for it.
    awaiting_confirmation = Meeting.objects.filter(
        committee_id=meeting.committee_id,
        stage=Meeting.Stage.PUBLISHED,
        starts_at__lt=meeting.starts_at,
    ).order_by("-starts_at")[:5]
    return render(
        request,
        "clerk/meeting_detail.html",
        {
            "meeting": meeting,
            "items": items,
            "attendance": attendance,
            "awaiting_confirmation": awaiting_confirmation,
            "unreachable_owners": _unreachable_owners(meeting),
            "crumbs": breadcrumbs(None, (str(meeting), None)),
            "Stage": Meeting.Stage,
        },
    )


def _unreachable_owners(meeting: Meeting) -> list[Person]:
    """Owners of this meeting's open actions who have no email address for reminders."""
    return list(
        Person.objects.filter(
            actions_owned__item__meeting=meeting,
            actions_owned__status__in=Action.OPEN_STATUSES,
            email="",
        )
        .distinct()
        .order_by("name")
    )


@clerk_required
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit a meeting's details; once its minutes are confirmed, as a correction with a reason."""
    meeting = meeting_for_clerk(pk)
    data = posted(request)
    form = MeetingForm(data, instance=meeting)
    correction = CorrectionForm(data, prefix="correction", reprint=REPRINT_DETAILS)
    conflict = None
    if data is not None and form.is_valid() & correction.is_valid():
        with transaction.atomic():
            locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
            conflict = find_conflict(request, [MeetingForm(instance=locked)])
            # The details go onto the row as it stands under the lock: the copy read before
            # it may hold a stage or confirmation another clerk has since moved on, which
            # saving it would quietly put back.
            form = MeetingForm(data, instance=locked)
            valid = form.is_valid()
            reprint = correction.reprint_asked()
            reason = correction_reason(locked, correction, form.has_changed() or reprint)
            if not valid:
                reason = None
            if conflict is None and reason is not None:
                stamp_history(form.instance, request.user, reason)
                form.save()
                if reason:
                    record_correction(meeting=locked, user=request.user, reason=reason)
                    # A new chair is printed as they are now; the box prints all again.
                    people = {form.instance.chair_id} if "chair" in form.changed_data else set()
                    if reprint:
                        people |= {form.instance.chair_id, form.instance.signed_by_id}
                    reprint_names(
                        meeting=locked,
                        people=people,
                        committee=reprint,
                        reason=reason,
                        user=request.user,
                    )
        if conflict is None and reason is not None:
            messages.success(
                request, "Correction recorded." if reason else "Meeting details saved."
            )
            return redirect("clerk:meeting", pk=meeting.pk)
        if conflict is not None:
            form = MeetingForm(conflict.data, instance=locked)
            correction = CorrectionForm(conflict.data, prefix="correction")
    return render(
        request,
        "clerk/meeting_form.html",
        {
            "form": form,
            "correction": correction,
            "meeting": meeting,
            "errors": (form_errors(form) + form_errors(correction)) if form.is_bound else [],
            "title": "Correct the meeting’s details" if meeting.is_locked else "Edit the meeting",
            "crumbs": breadcrumbs(meeting, ("Edit", None)),
            **version_context(
                request, conflict, lambda: [MeetingForm(instance=meeting_for_clerk(pk))]
            ),
        },
    )
