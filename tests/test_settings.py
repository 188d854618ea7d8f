"""Settings come from the environment and fail loudly when a production one is missing."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _import_settings(**env):
    clean = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL"}
    }
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import minutes.settings as s; print(s.DATABASES['default']['ENGINE'], s.DEBUG)",
        ],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
    )


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = _import_settings()
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def _manage(*args):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def test_the_code_checks_run_in_a_fresh_checkout_with_nothing_configured():
    check = _manage("check")
    assert check.returncode == 0, check.stderr
    assert "development settings" in check.stderr
    migrations = _manage("makemigrations", "--check", "--dry-run")
    assert migrations.returncode == 0, migrations.stderr
    assert "No changes detected" in migrations.stdout


def test_a_command_that_touches_the_database_still_needs_a_secret_key():
    result = _manage("migrate", "--plan")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_it_runs_on_embedded_sqlite_by_default():
    result = _import_settings(SECRET_KEY="x" * 50)
    assert result.stdout.split() == ["django.db.backends.sqlite3", "False"]


def test_it_uses_database_url_when_set():
    result = _import_settings(
        SECRET_KEY="x" * 50, DATABASE_URL="postgres://u:p@db.example:5432/minutes"
    )
    assert result.stdout.split()[0] == "django.db.backends.postgresql"


def test_a_malformed_flag_is_named_in_the_error():
    result = _import_settings(DEBUG="maybe")
    assert result.returncode != 0 and "DEBUG must be true or false" in result.stderr


def test_debug_runs_locally_without_a_secret_key():
    assert _import_settings(DEBUG="1").stdout.split() == ["django.db.backends.sqlite3", "True"]
