"""The whole-page cache of anonymous pages, and counts cached with it.

Every cached thing belongs to a version of the record: a token that changes whenever any
row of the record (committees, people, meetings, items, points, actions, updates...) is
saved or deleted. A count's key holds the version; a page is kept with the version it was
built from and served only while that is still the current one. So a clerk's edit is on
every public page at the next request. Keys also hold the day, for what depends on the
date (overdue, coming meetings), and entries expire after CACHE_PAGE_SECONDS for what
depends on the hour (a meeting that has just started).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from contextvars import ContextVar
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.core.signals import request_finished, request_started, setting_changed
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.functional import cached_property

VERSION_KEY = "record-version"
RECORD_APPS = ("minutes", "actions")


# The version a request has read, so that a page keyed by it in several places (its counts,
# its documents, its matters arising) reads it from the cache once: a dict while a request
# is being answered, None outside one.
_version_in_request: ContextVar[dict | None] = ContextVar("version_in_request", default=None)


def record_version() -> str:
    kept = _version_in_request.get()
    if kept:
        return kept["version"]
    version = cache.get(VERSION_KEY)
    if version is None:
        # The shared cache was emptied (or has just started): what this process kept of
        # it goes too.
        _recent.forget()
        cache.add(VERSION_KEY, str(time.time_ns()), None)
        version = cache.get(VERSION_KEY) or "0"
    _keep_for_request(version)
    return version


def _keep_for_request(version: str) -> None:
    kept = _version_in_request.get()
    if kept is not None:
        kept["version"] = version


def _new_version() -> None:
    version = str(time.time_ns())
    cache.set(VERSION_KEY, version, None)
    # What this request reads after its own change is of the new version.
    _keep_for_request(version)


def _request_started(**kwargs) -> None:
    _version_in_request.set({})


def _request_finished(**kwargs) -> None:
    _version_in_request.set(None)


def record_changed(**kwargs) -> None:
    """A row of the record changed: move to a new version now, and again once committed.

    The second move matters: a page read by another request between this change and its
    commit would otherwise be kept, without the change, under the new version.
    """
    _new_version()
    transaction.on_commit(_new_version)


def connect_signals() -> None:
    for app in RECORD_APPS:
        for model in apps.get_app_config(app).get_models():
            uid = f"record-changed-{model._meta.label}"
            post_save.connect(record_changed, sender=model, dispatch_uid=f"{uid}-save")
            post_delete.connect(record_changed, sender=model, dispatch_uid=f"{uid}-delete")
    m2m_changed.connect(record_changed, dispatch_uid="record-changed-m2m")
    request_started.connect(_request_started, dispatch_uid="record-version-request-started")
    request_finished.connect(_request_finished, dispatch_uid="record-version-request-finished")


def _key(*parts: str) -> str:
    """The key of a kept count or value: its kind, the record's version, the day, and a digest
    of its name and the time zone its dates were drawn in (what was worked out for one zone is
    not another's, even on a day the two share). Pages have their own key, `_page_key`."""
    zone = timezone.get_current_timezone_name()
    digest = hashlib.sha256("|".join((*parts, zone)).encode()).hexdigest()[:32]
    return f"{parts[0]}:{record_version()}:{timezone.localdate().isoformat()}:{digest}"


def _sql(queryset) -> str | None:
    """The query's SQL for a cache key; None for a query that can match nothing."""
    try:
        return str(queryset.query)
    except EmptyResultSet:
        return None


class _Recent:
    """The last values read from the shared cache under keys that name a version of the
    record, kept in this process too, each for as long as the shared cache keeps it.

    What is kept under such a key never changes (a change to the record moves every page
    to keys of a new version), so a process may answer from its own memory rather than
    ask the shared cache each time, and unpickle the value again (two thousand keys of
    people, six hundred matters arising). Django's local-memory cache would not do: it
    pickles what it keeps and unpickles it on every read.
    """

    def __init__(self, size: int):
        self.size = size
        self._values: OrderedDict[Hashable, tuple[object, float]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable):
        with self._lock:
            found = self._values.get(key)
            if found is None:
                return None
            value, until = found
            if until <= time.monotonic():
                del self._values[key]
                return None
            self._values.move_to_end(key)
            return value

    def keep(self, key: Hashable, value, seconds: float) -> None:
        with self._lock:
            self._values[key] = (value, time.monotonic() + seconds)
            self._values.move_to_end(key)
            while len(self._values) > self.size:
                self._values.popitem(last=False)

    def forget(self) -> None:
        with self._lock:
            self._values.clear()


_recent = _Recent(size=512)


def _read_through(key: str, read: Callable[[], object]):
    """The value under `key` (one that names the record's version): from this process's
    memory, else the shared cache, else `read()`, kept in both."""
    value = _recent.get(key)
    if value is not None:
        return value
    value = cache.get(key)
    if value is None:
        value = read()
        cache.set(key, value, settings.CACHE_PAGE_SECONDS)
    _recent.keep(key, value, settings.CACHE_PAGE_SECONDS)
    return value


@receiver(setting_changed)
def _forget(*, setting: str, **kwargs) -> None:
    if setting in ("CACHES", "CACHE_PAGE_SECONDS"):
        _recent.forget()


def cached_count(name: str, queryset) -> int:
    """A count that a page shows on every request, counted once per version of the record."""
    sql = _sql(queryset)
    if sql is None:
        return 0
    return _read_through(_key("count", name, sql), queryset.count)


def cached_rows(name: str, queryset) -> list:
    """Rows that a page summarises on every request (counts by group), read once per version
    of the record, so that the page's cost does not grow with the rows counted."""
    sql = _sql(queryset)
    if sql is None:
        return []
    key = _key("rows", name, sql)
    rows = cache.get(key)
    if rows is None:
        rows = list(queryset)
        cache.set(key, rows, settings.CACHE_PAGE_SECONDS)
    return rows


def cached_value(name: str, read: Callable[[], object]):
    """A value read once per version of the record (and day), under a name that says all it
    depends on besides the record: for a query whose SQL is dear to compile just for a key.
    The value is shared by every request of the process that reads it: never change it."""
    return _read_through(_key("value", name), read)


class CachedCountPaginator(Paginator):
    """A paginator whose count (a scan of every row it pages through) is counted once per
    version of the record: a page of a long list then costs only its own rows."""

    @cached_property
    def count(self) -> int:
        return cached_count("paginated", self.object_list)


def _may_cache(request: HttpRequest) -> bool:
    """Only an anonymous reader's plain GET: no session (so no sign-in), no pending message."""
    return (
        settings.CACHE_PAGES
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _page_key(request: HttpRequest) -> str:
    """A page's key: its address, the day and the time zone its dates were drawn in. The
    record's version is kept with the page rather than in its key, so that one read of the
    cache fetches both."""
    zone = timezone.get_current_timezone_name()
    digest = hashlib.sha256(f"{request.get_full_path()}|{zone}".encode()).hexdigest()[:32]
    return f"page:{timezone.localdate().isoformat()}:{digest}"


def cache_public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Mark a view's pages as the same for every anonymous reader, for `PageCacheMiddleware`
    to keep and serve whole."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response.public_page = not request.user.is_authenticated
        return response

    wrapped.public_page = True
    return wrapped


def _is_public_page(request: HttpRequest) -> bool:
    """Whether the address is one of a view marked by `cache_public_page`: no other request
    reads the cache."""
    try:
        match = resolve(request.path_info, getattr(request, "urlconf", None))
    except Resolver404:
        return False
    return getattr(match.func, "public_page", False)


class PageCacheMiddleware:
    """Serve an anonymous reader's page from the cache, built once per version of the record.

    It sits outside the session, CSRF and sign-in middleware: a kept page is served without
    them, in one read of the cache for the page and the record's version together, and the
    headers they gave the page when it was built are kept with it. Only a complete 200
    response of a view marked by `cache_public_page` that sets no cookie is kept, so a page
    holding a CSRF token (whose cookie is set on the way out) never is.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not (_may_cache(request) and _is_public_page(request)):
            return self.get_response(request)
        key = _page_key(request)
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or record_version()
        _keep_for_request(version)
        kept = found.get(key)
        if kept is not None and kept[0] == version:
            _, content, headers = kept
            response = HttpResponse(content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if (
            getattr(response, "public_page", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
        ):
            # The version read before the page was built: a change made meanwhile has moved
            # it on, so the next reader gets a page with the change.
            cache.set(
                key,
                (version, response.content, dict(response.items())),
                settings.CACHE_PAGE_SECONDS,
            )
            response["X-Page-Cache"] = "miss"
        return response
