"""Settings for the test suite: the project's settings with test-only overrides."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-suite-only-key")

from minutes.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="minutes-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# The test client speaks plain HTTP; tests/test_https_settings.py checks the production defaults.
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0

# On PostgreSQL, a second database stands in for a read replica in tests/test_replica.py
# (created only when a test asks for it). Routing to it is off unless a test turns it on.
from minutes.settings import DATABASES  # noqa: E402

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["replica"] = {
        **DATABASES["default"],
        "TEST": {"NAME": f"test_{DATABASES['default']['NAME']}_replica"},
    }
REPLICA_DATABASE = None
