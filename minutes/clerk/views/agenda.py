"""A meeting's agenda: its items in order; once its minutes are confirmed, changed as
a correction with a reason."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from minutes.clerk.forms import AgendaFormSet, CorrectionForm
from minutes.clerk.minute_taking import PageError, form_errors
from minutes.clerk.views.common import (
    breadcrumbs,
    find_conflict,
    meeting_for_clerk,
    version_context,
)
from minutes.models import Meeting
from minutes.roles import clerk_required
from minutes.services import record_correction


@clerk_required
def agenda(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_for_clerk(pk)
    data = request.POST if request.method == "POST" else None
    formset = AgendaFormSet(data, instance=meeting, prefix="items")
    formset.can_delete = not meeting.is_locked
    correction = CorrectionForm(data, prefix="correction")
    errors: list[PageError] = []
    conflict = None
    if data is not None:
        valid = formset.is_valid() & correction.is_valid()
        if valid and meeting.is_locked and formset.has_changed():
            valid = correction.require_reason()
        if valid:
            with transaction.atomic():
                locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
                conflict = find_conflict(request, [_agenda_formset(locked)])
                reason = ""
                if conflict is None and locked.is_locked and formset.has_changed():
                    valid = correction.require_reason()
                    reason = correction.cleaned_data.get("reason", "").strip() if valid else ""
                if conflict is None and valid:
                    changed = formset.save_agenda(user=request.user, reason=reason)
                    for item in changed if reason else []:
                        record_correction(item=item, user=request.user, reason=reason)
            if conflict is None and valid:
                messages.success(request, "Agenda saved.")
                return redirect("clerk:agenda", pk=meeting.pk)
            if conflict is not None:
                formset = AgendaFormSet(conflict.data, instance=locked, prefix="items")
                formset.can_delete = not locked.is_locked
                correction = CorrectionForm(conflict.data, prefix="correction")
        if conflict is None:
            for index, form in enumerate(formset.forms, start=1):
                errors += form_errors(form, f"Item row {index}")
            errors += [PageError(m, "items-rows") for m in formset.non_form_errors()]
            errors += form_errors(correction)
    return render(
        request,
        "clerk/agenda.html",
        {
            "meeting": meeting,
            "formset": formset,
            "correction": correction,
            "errors": errors,
            "crumbs": breadcrumbs(meeting, ("Agenda", None)),
            **version_context(request, conflict, lambda: [_agenda_formset(meeting_for_clerk(pk))]),
        },
    )


def _agenda_formset(meeting: Meeting):
    formset = AgendaFormSet(instance=meeting, prefix="items")
    formset.can_delete = not meeting.is_locked
    return formset
