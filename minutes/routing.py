"""Reads from a replica where that is safe; everything else to the primary.

With DATABASE_REPLICA_URL set, a request that only reads and carries no session cookie
(a member of the public browsing) reads from the replica. A write always goes to the
primary, and from then on every read of that request does too, so nobody is shown a
page older than what they just did. Signed-in visitors (who have a session cookie) read
from the primary, since a replica may lag behind a change they just made. Outside a
request (commands, the shell, migrations) everything uses the primary.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass

from django.conf import settings

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


@dataclass
class _Reads:
    replica: str | None
    wrote: bool = False


_current: contextvars.ContextVar[_Reads | None] = contextvars.ContextVar(
    "minutes_replica_reads", default=None
)


def replica_allowed(request) -> bool:
    return (
        settings.REPLICA_DATABASE is not None
        and request.method in SAFE_METHODS
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


class ReplicaMiddleware:
    """Marks each request as one that may read from the replica, or not."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        replica = settings.REPLICA_DATABASE if replica_allowed(request) else None
        token = _current.set(_Reads(replica=replica))
        try:
            return self.get_response(request)
        finally:
            _current.reset(token)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        reads = _current.get()
        if reads is None or reads.replica is None or reads.wrote:
            return "default"
        return reads.replica

    def db_for_write(self, model, **hints):
        reads = _current.get()
        if reads is not None:
            reads.wrote = True
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True
