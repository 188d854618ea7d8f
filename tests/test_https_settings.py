"""Production defaults are secure (HTTPS, HSTS, secure cookies); a plain-HTTP intranet turns them off."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "SECRET_KEY": "k3y-" + "a1B2c3D4e5F6g7H8i9J0" * 3,
    "ALLOWED_HOSTS": "minutes.example.gov.uk",
}
INTRANET = {"SECURE_SSL_REDIRECT": "0", "SECURE_HSTS_SECONDS": "0", "SECURE_COOKIES": "0"}


def _manage(*args, **env):
    clean = {
        k: v
        for k, v in os.environ.items()
        # DJANGO_ALLOW_ASYNC_UNSAFE: set by the browser fixture, never in a deployment.
        if k not in {"DEBUG", "DJANGO_SETTINGS_MODULE", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        and not k.startswith("SECURE_")
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "minutes.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _settings(*names, **env):
    code = "from django.conf import settings as s; " + "; ".join(
        f"print(repr(s.{name}))" for name in names
    )
    result = _manage("shell", "--no-imports", "-c", code, **env)
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if not line.startswith("AXES")]


@pytest.fixture(scope="module")
def collected(tmp_path_factory) -> dict:
    """A deployment runs collectstatic (its manifest is checked at start-up): do it too."""
    env = {**PRODUCTION, "STATIC_ROOT": str(tmp_path_factory.mktemp("static"))}
    result = _manage("collectstatic", "--noinput", "-v", "0", **env)
    assert result.returncode == 0, result.stderr
    return env


def test_check_deploy_finds_nothing_to_warn_about_with_production_settings(collected):
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **collected)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_a_plain_http_intranet_turns_https_off_and_check_deploy_says_so(collected):
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **collected, **INTRANET)
    assert result.returncode != 0
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in result.stderr, warning
    assert _settings(
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE",
        **PRODUCTION,
        **INTRANET,
    ) == ["False", "0", "False"]


def test_the_proxy_ssl_header_is_read_from_the_environment():
    assert _settings("SECURE_PROXY_SSL_HEADER", **PRODUCTION) == ["None"]
    assert _settings(
        "SECURE_PROXY_SSL_HEADER", **PRODUCTION, SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto: https"
    ) == ["('HTTP_X_FORWARDED_PROTO', 'https')"]


def test_a_malformed_https_setting_is_named_in_the_error():
    result = _manage("check", **PRODUCTION, SECURE_PROXY_SSL_HEADER="https")
    assert result.returncode != 0 and "SECURE_PROXY_SSL_HEADER must look like" in result.stderr
    result = _manage("check", **PRODUCTION, SECURE_HSTS_SECONDS="a year")
    assert result.returncode != 0 and "SECURE_HSTS_SECONDS must be a whole number" in result.stderr


def test_development_keeps_plain_http():
    assert _settings("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", DEBUG="1") == ["False", "0"]


@pytest.mark.django_db
def test_plain_http_is_sent_to_https_and_https_carries_hsts(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get("/committees/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/committees/"
    secure = client.get("/committees/", secure=True)
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


@pytest.mark.django_db
def test_behind_a_proxy_the_forwarded_scheme_counts_as_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert client.get("/committees/", HTTP_X_FORWARDED_PROTO="https").status_code == 200
    assert client.get("/committees/", HTTP_X_FORWARDED_PROTO="http").status_code == 301
