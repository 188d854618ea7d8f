"""One run at a time of a scheduled command, however many servers run it (a database lock).

    with exclusive_run("send_action_reminders") as acquired:
        if not acquired:
            return  # another run, here or on another server, is doing the work

The lock is a row per name, taken by a conditional UPDATE (only if free or expired) that
PostgreSQL and SQLite both carry out atomically; no file, so it holds across machines.
"""

from __future__ import annotations

import datetime
import os
import socket
import uuid
from contextlib import contextmanager

from django.db import IntegrityError, transaction
from django.utils import timezone

DEFAULT_HOLD = datetime.timedelta(hours=1)


@contextmanager
def exclusive_run(name: str, *, hold: datetime.timedelta = DEFAULT_HOLD):
    """Yield True if this run holds the lock `name` (released on leaving), else False."""
    from minutes.models import CommandLock

    holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"[:100]
    now = timezone.now()
    try:
        with transaction.atomic():
            CommandLock.objects.get_or_create(name=name, defaults={"expires_at": now})
    except IntegrityError:
        pass  # created by a run starting at the same moment
    acquired = bool(
        CommandLock.objects.filter(name=name, expires_at__lte=now).update(
            holder=holder, expires_at=now + hold
        )
    )
    try:
        yield acquired
    finally:
        if acquired:
            CommandLock.objects.filter(name=name, holder=holder).update(
                holder="", expires_at=timezone.now()
            )
