"""What a change to the record says about itself on its history row, and what is not a
change at all: rows loaded from a backup."""

from __future__ import annotations

from django.db.models.signals import pre_save


def stamp_history(obj, user, reason: str) -> None:
    """Name who changed a record, and why, on the history row its next save writes."""
    if user is not None and user.is_authenticated:
        obj._history_user = user
    if reason:
        obj._change_reason = f"Correction: {reason}"


def _loading_is_not_a_change(sender, instance, raw=False, **kwargs) -> None:
    """A row loaded from a backup (`loaddata`: a raw save) brings its own history rows.

    Its save writes none, but the speakers set on it afterwards would each write a "changed"
    row dated the day of the restore; this marks the loaded row so that they do not.
    """
    if raw:
        instance.skip_history_when_saving = True


def connect_signals() -> None:
    pre_save.connect(_loading_is_not_a_change, dispatch_uid="history-loading-is-not-a-change")
