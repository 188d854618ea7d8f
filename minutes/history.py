"""What a change to the record says about itself on its history row."""

from __future__ import annotations


def stamp_history(obj, user, reason: str) -> None:
    """Name who changed a record, and why, on the history row its next save writes."""
    if user is not None and user.is_authenticated:
        obj._history_user = user
    if reason:
        obj._change_reason = f"Correction: {reason}"
