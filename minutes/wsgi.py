"""WSGI entry point: `gunicorn minutes.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minutes.settings")
application = get_wsgi_application()
