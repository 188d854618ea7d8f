"""A meeting's attendance register; once its minutes are confirmed, changed as a correction."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from minutes import printed_names
from minutes.clerk.forms import CorrectionForm
from minutes.clerk.minute_taking import form_errors
from minutes.clerk.register import Register
from minutes.clerk.views.common import (
    breadcrumbs,
    correction_reason,
    find_conflict,
    meeting_for_clerk,
    posted,
    version_context,
)
from minutes.models import Meeting
from minutes.roles import clerk_required
from minutes.services import record_correction, reprint_names

# Whose names the "print these names as they now stand" box prints again on this page.
REPRINT_REGISTER = "the name of everyone on the register"


@clerk_required
def attendance(request: HttpRequest, pk: int) -> HttpResponse:
    """Record the register; once the minutes are confirmed, as a correction with a reason."""
    meeting = meeting_for_clerk(pk)
    data = posted(request)
    register = Register(meeting, data)
    correction = CorrectionForm(data, prefix="correction", reprint=REPRINT_REGISTER)
    conflict = None
    if data is not None:
        valid = register.is_valid() & correction.is_valid()
        if valid:
            reprint = correction.reprint_asked()
            changed = register.has_changed() or reprint
            with transaction.atomic():
                locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
                conflict = find_conflict(request, Register(locked).parts)
                reason = correction_reason(locked, correction, changed)
                if conflict is None and reason is not None:
                    register.save(user=request.user, reason=reason)
                    if reason:
                        record_correction(meeting=locked, user=request.user, reason=reason)
                        # Whoever the correction put on, took off or changed is printed as
                        # they are now; the box prints everyone on the register again.
                        people = register.touched
                        if reprint:
                            people |= printed_names.people_on_register(locked)
                        reprint_names(
                            meeting=locked, people=people, reason=reason, user=request.user
                        )
            if conflict is None and reason is not None:
                messages.success(request, "Correction recorded." if reason else "Attendance saved.")
                return redirect("clerk:meeting", pk=meeting.pk)
            if conflict is not None:
                register = Register(meeting, conflict.data)
                correction = CorrectionForm(conflict.data, prefix="correction")
        register.errors += form_errors(correction)

    def drawn():
        return Register(meeting_for_clerk(pk)).parts

    return render(
        request,
        "clerk/attendance.html",
        {
            "meeting": meeting,
            "rows": register.rows,
            "substitutes": register.substitutes,
            "guests": register.guests,
            "correction": correction,
            "errors": register.errors,
            "crumbs": breadcrumbs(meeting, ("Attendance", None)),
            **version_context(request, conflict, drawn),
        },
    )
