"""WSGI entry point: `gunicorn minutes.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minutes.settings")
application = get_wsgi_application()

from minutes.startup import require_static_manifest  # noqa: E402 - needs the app set up

require_static_manifest()
