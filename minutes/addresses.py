"""The addresses of the record's pages, reversed once and then remembered.

A listing of fifty actions links each to its own page, its item and its point: 150 calls to
`reverse()`, each matching the URL patterns afresh, for addresses that are the same on
every request. `address()` is `reverse()` remembered per script prefix and URL
configuration: an address depends on nothing else, so the memo is never stale, and it is
emptied whenever a test changes the URL configuration.

`asset()` does the same for the site's own files (its style sheet and scripts), whose
addresses, with the digest of their contents in the name, every page's layout asks for.
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse

# Every committee, meeting, item, person and action of a large council's busiest pages
# several times over; an entry is about 200 bytes.
REMEMBERED = 50_000


def address(name: str, **kwargs: str | int) -> str:
    """`reverse(name, kwargs=kwargs)`, remembered."""
    return _remembered(
        get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF, name, tuple(kwargs.items())
    )


@lru_cache(maxsize=REMEMBERED)
def _remembered(prefix: str, urlconf: str, name: str, kwargs: tuple) -> str:
    return reverse(name, urlconf=urlconf, kwargs=dict(kwargs))


@lru_cache(maxsize=100)
def asset(path: str) -> str:
    """`static(path)`, remembered: the files are collected before the app starts, and their
    names do not change while it runs (nor does STATIC_URL, settled once a process)."""
    return static(path)


@receiver(setting_changed)
def _forget(*, setting: str, **kwargs) -> None:
    if setting in ("ROOT_URLCONF", "FORCE_SCRIPT_NAME"):
        _remembered.cache_clear()
    if setting in ("STATIC_URL", "STATIC_ROOT", "STORAGES", "FORCE_SCRIPT_NAME"):
        asset.cache_clear()
