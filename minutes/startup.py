"""Checks made when the app starts, so a broken deployment says what is wrong at once.

With DEBUG off, pages link to static files by their hashed names, read from the manifest
that `collectstatic` writes. Without it (collectstatic not run, or run with DEBUG=1) every
page would fail with "Missing staticfiles manifest entry". Instead gunicorn refuses to
start and `manage.py check` reports it, each with the command that fixes it.
"""

from __future__ import annotations

from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import storages

# A file every page links to: if the manifest lacks it, it is not this release's manifest.
KEY_STATIC_FILE = "build/site.css"
FIX = (
    "Run `manage.py collectstatic --noinput` with the same settings the app runs with "
    "(DEBUG off) after every install or upgrade; see docs/deploy.md."
)


def static_manifest_problem() -> str | None:
    """Why static files cannot be linked to, or None if all is well (or not needed)."""
    backend = storages["staticfiles"]
    if not isinstance(backend, ManifestFilesMixin):
        return None
    if not backend.exists(backend.manifest_name):
        return f"The static files manifest {backend.path(backend.manifest_name)} is missing."
    if KEY_STATIC_FILE not in backend.hashed_files:
        return (
            f"The static files manifest does not list {KEY_STATIC_FILE}: it is from another "
            "release, or collectstatic ran before the stylesheet was built."
        )
    return None


def require_static_manifest() -> None:
    """Stop start-up (gunicorn, the WSGI app) with a clear message if the manifest is missing."""
    problem = static_manifest_problem()
    if problem:
        raise ImproperlyConfigured(f"{problem} {FIX}")


@checks.register()
def check_static_manifest(app_configs=None, **kwargs):
    problem = static_manifest_problem()
    if problem is None:
        return []
    return [checks.Error(problem, hint=FIX, id="minutes.E001")]
