"""The minutes workflow: the moves a meeting's record makes towards the public, and corrections.

A meeting moves draft → agenda → published → confirmed. Before confirmation a clerk may
step back one stage (published → agenda, agenda → draft); confirmed minutes are the legal
record and never move again. Every move locks the meeting's row, so that two clerks
pressing buttons at once cannot both act on a stage that one of them has already changed.
"""

from __future__ import annotations

import datetime

from django.db import transaction

from minutes.models import Correction, Meeting, Person

Stage = Meeting.Stage

# (from, to): what the move is called, for messages.
MOVES: dict[tuple[str, str], str] = {
    (Stage.DRAFT, Stage.AGENDA): "Agenda published",
    (Stage.AGENDA, Stage.PUBLISHED): "Draft minutes published",
    (Stage.AGENDA, Stage.DRAFT): "Agenda withdrawn: the meeting is a draft again",
    (Stage.PUBLISHED, Stage.AGENDA): "Minutes withdrawn: only the agenda is public",
}


class WorkflowError(Exception):
    """A move the workflow refuses, with a message for the clerk."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


def move_meeting(*, meeting: Meeting, to: str, user=None) -> Meeting:
    """Move a meeting one stage forward or back (not into confirmation; see confirm_minutes)."""
    with transaction.atomic():
        locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
        here = locked.stage
        _check_move(locked, to)
        locked.stage = to
        locked._change_reason = MOVES[(here, to)]
        _save(locked, ["stage"], user)
    meeting.stage = locked.stage
    return locked


def _check_move(meeting: Meeting, to: str) -> None:
    here = meeting.stage
    if to not in Stage.values:
        raise WorkflowError(f"There is no stage called {to!r}.", code="unknown_stage")
    if here == to:
        raise WorkflowError(
            f"The meeting is already at the stage “{Stage(here).label}”.", code="same_stage"
        )
    if here == Stage.CONFIRMED:
        raise WorkflowError(
            "These minutes are confirmed: they are the legal record and cannot go back a stage. "
            "Record any change as a correction, with its reason.",
            code="confirmed_is_final",
        )
    if to == Stage.CONFIRMED:
        raise WorkflowError(
            "Confirm the minutes with the meeting that approved them, who signed them and when.",
            code="confirm_needs_details",
        )
    if (here, to) not in MOVES:
        raise WorkflowError(
            f"A meeting moves one stage at a time: from “{Stage(here).label}” it cannot go "
            f"straight to “{Stage(to).label}”.",
            code="skipped_stage",
        )
    if to == Stage.AGENDA and here == Stage.DRAFT and not meeting.agenda_items.exists():
        raise WorkflowError(
            "Add at least one item to the agenda before publishing it.", code="empty_agenda"
        )
    if to == Stage.PUBLISHED and meeting.is_cancelled:
        raise WorkflowError(
            "This meeting was cancelled, so it has no minutes to publish.",
            code="cancelled_no_minutes",
        )


def confirm_minutes(
    *,
    meeting: Meeting,
    confirmed_at: Meeting,
    signed_by: Person,
    confirmed_on: datetime.date | None = None,
    user=None,
) -> Meeting:
    """Record that a later meeting approved these minutes as a correct record, and lock them."""
    with transaction.atomic():
        locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if locked.stage == Stage.CONFIRMED:
            raise WorkflowError("These minutes are already confirmed.", code="already_confirmed")
        if locked.stage != Stage.PUBLISHED:
            raise WorkflowError(
                "Publish the draft minutes before confirming them.", code="confirm_unpublished"
            )
        if confirmed_at.pk == locked.pk:
            raise WorkflowError("A meeting cannot confirm its own minutes.", code="self_confirm")
        if confirmed_at.committee_id != locked.committee_id:
            raise WorkflowError(
                f"Minutes are confirmed by a later meeting of the same committee "
                f"({locked.committee}).",
                code="other_committee",
            )
        if confirmed_at.starts_at <= locked.starts_at:
            raise WorkflowError(
                "Minutes are confirmed at a later meeting: choose one after this one.",
                code="not_later",
            )
        if confirmed_at.is_cancelled:
            raise WorkflowError(
                "That meeting was cancelled, so it cannot have approved the minutes.",
                code="cancelled_confirmer",
            )
        confirmed_on = confirmed_on or confirmed_at.date
        if confirmed_on < locked.date:
            raise WorkflowError(
                "The minutes cannot be signed before the meeting they record.",
                code="signed_too_early",
            )
        locked.stage = Stage.CONFIRMED
        locked.confirmed_at = confirmed_at
        locked.signed_by = signed_by
        locked.confirmed_on = confirmed_on
        locked._change_reason = f"Minutes confirmed at the meeting of {confirmed_at.date}"
        _save(locked, ["stage", "confirmed_at", "signed_by", "confirmed_on"], user)
    meeting.refresh_from_db()
    return locked


def record_correction(*, item, user, reason: str) -> Correction:
    """Log a change to confirmed minutes; the change itself is kept by the item's history."""
    return Correction.objects.create(item=item, made_by=user, reason=reason.strip())


def _save(meeting: Meeting, fields: list[str], user) -> None:
    if user is not None:
        meeting._history_user = user
    meeting.save(update_fields=fields)
