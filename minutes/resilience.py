"""Riding out a short database outage (a restart, a fail-over) instead of failing requests.

When a request fails because the database connection was lost or could not be made, and
nothing it did has been committed, it is run again once the database answers, waiting
up to DATABASE_OUTAGE_WAIT seconds. A request that has committed a write is never run
again (it would do the write twice); it fails as before. A write whose COMMIT itself was
cut off cannot be told apart from one never made, and is run again: at worst the same
update is recorded twice, never lost.

Persistent connections are checked before reuse (CONN_HEALTH_CHECKS), so a connection
killed by a restart while idle is replaced without any request noticing.
"""

from __future__ import annotations

import logging
import sys
import time

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import connections, transaction
from django.db.utils import InterfaceError, OperationalError

logger = logging.getLogger("minutes.resilience")

LOST = (OperationalError, InterfaceError)
READ_ONLY_STATEMENTS = ("SELECT", "SAVEPOINT", "RELEASE", "ROLLBACK", "SET", "SHOW", "BEGIN")


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        deadline = None
        attempt = 1
        while True:
            tracker = _CommitTracker()
            request._database_lost = False
            with _watching(tracker):
                response = self.get_response(request)
            if not request._database_lost or tracker.committed:
                return response
            # The wait is counted from the first loss, not from when the request began.
            lost_at = time.monotonic()
            deadline = deadline or lost_at + settings.DATABASE_OUTAGE_WAIT
            if not _wait_for_database(deadline):
                return response
            logger.warning(
                "database connection lost during %s %s; waited %.2f s for the database; "
                "running it again (attempt %d)",
                request.method,
                request.path,
                time.monotonic() - lost_at,
                attempt + 1,
            )
            attempt += 1


def _note_lost_connection(sender, request=None, **kwargs):
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, LOST):
        request._database_lost = True


got_request_exception.connect(_note_lost_connection, dispatch_uid="minutes-database-lost")


class _CommitTracker:
    """Notes whether anything this request wrote has been committed."""

    def __init__(self):
        self.committed = False

    def for_alias(self, alias):
        def wrapper(execute, sql, params, many, context):
            result = execute(sql, params, many, context)
            if not sql.lstrip().upper().startswith(READ_ONLY_STATEMENTS):
                connection = connections[alias]
                if connection.in_atomic_block:
                    transaction.on_commit(self._mark, using=alias)
                else:
                    self.committed = True
            return result

        return wrapper

    def _mark(self):
        self.committed = True


class _watching:
    def __init__(self, tracker: _CommitTracker):
        self.tracker = tracker
        self.contexts = []

    def __enter__(self):
        for alias in connections:
            context = connections[alias].execute_wrapper(self.tracker.for_alias(alias))
            context.__enter__()
            self.contexts.append(context)

    def __exit__(self, *exc):
        for context in reversed(self.contexts):
            context.__exit__(*exc)


def _wait_for_database(deadline: float) -> bool:
    """Drop the broken connections and wait until the database answers again."""
    pause = 0.1
    while time.monotonic() < deadline:
        for connection in connections.all(initialized_only=True):
            connection.close()
        try:
            connections["default"].ensure_connection()
            return True
        except LOST:
            time.sleep(pause)
            pause = min(pause * 2, 1.0)
    return False
