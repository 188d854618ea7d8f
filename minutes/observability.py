"""Health checks and one-line request logs, for running behind a proxy or orchestrator.

`/healthz` says the process is up and answering. `/readyz` says it can serve: the
database (and the replica, if there is one) and the cache answer; otherwise 503, so a
load balancer stops sending it traffic. Every request is logged as one JSON line with its
request id (taken from the proxy's X-Request-ID, or made here), status and duration.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.http import HttpRequest, JsonResponse
from django.utils.functional import empty
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger("minutes.requests")

REQUEST_ID_HEADER = "X-Request-ID"
# A request id from the proxy is used only if it is short and plain.
REQUEST_ID_FORMAT = re.compile(r"^[A-Za-z0-9._:-]{1,100}$")


class RequestLogMiddleware:
    """Give each request an id, and log it in one line when it is answered."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get(REQUEST_ID_HEADER, "")
        request.id = given if REQUEST_ID_FORMAT.match(given) else uuid.uuid4().hex
        started = time.monotonic()
        response = self.get_response(request)
        duration_ms = round((time.monotonic() - started) * 1000, 1)
        response[REQUEST_ID_HEADER] = request.id
        # The user only if the view already looked them up: logging costs no query.
        user = getattr(getattr(request, "user", None), "_wrapped", None)
        if user is empty:
            user = None
        logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "request_id": request.id,
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": duration_ms,
                "user_id": user.pk if user is not None and user.is_authenticated else None,
            },
        )
        return response


class RequestLineFormatter(logging.Formatter):
    """One JSON object per line: easy to read, easy for a log collector to parse."""

    FIELDS = ("request_id", "method", "path", "status", "duration_ms", "user_id")

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
        }
        line.update({field: getattr(record, field, None) for field in self.FIELDS})
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, separators=(",", ":"))


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """The process is up."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request: HttpRequest) -> JsonResponse:
    """The database and the cache answer: 200, or 503 naming what does not."""
    checks = {}
    for alias in ["default", *([settings.REPLICA_DATABASE] if settings.REPLICA_DATABASE else [])]:
        checks[f"database:{alias}"] = _database_answers(alias)
    checks["cache"] = _cache_answers()
    ready = all(checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks},
        status=200 if ready else 503,
    )


def _database_answers(alias: str) -> bool:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # noqa: BLE001 - any failure means not ready
        logger.warning("readyz: database %s does not answer", alias, exc_info=True)
        return False


def _cache_answers() -> bool:
    token = uuid.uuid4().hex
    try:
        cache.set("readyz", token, 10)
        return cache.get("readyz") == token
    except Exception:  # noqa: BLE001 - any failure means not ready
        logger.warning("readyz: the cache does not answer", exc_info=True)
        return False
