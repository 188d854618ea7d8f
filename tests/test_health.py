"""Health checks, one-line request logs, and riding out a lost database connection."""

import json
import logging

import pytest
from django.db import connection
from django.test import Client

from minutes.models import Committee
from minutes.observability import RequestLineFormatter

pytestmark = pytest.mark.django_db

REDIS_DB = 14


def test_healthz_says_the_process_is_up(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_is_ready_when_the_database_and_cache_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database:default": True, "cache": True}


def test_readyz_answers_with_redis_as_the_cache(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:6379/{REDIS_DB}",
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 200, response.json()
    assert response.json()["checks"]["cache"] is True


def test_readyz_is_unavailable_when_the_cache_does_not_answer(client, settings):
    # Port 18159 is kept free: nothing listens there.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:18159/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database:default": True, "cache": False},
    }


@pytest.mark.django_db(transaction=True)
def test_readyz_is_unavailable_when_the_database_does_not_answer(monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("the in-memory SQLite test database cannot be disconnected (set DATABASE_URL)")
    # A real failure: the connection's settings point at a port where nothing listens.
    broken = dict(connection.settings_dict)
    broken["PORT"] = "18159"
    connection.close()
    monkeypatch.setattr(connection, "settings_dict", broken)
    try:
        response = Client().get("/readyz")
    finally:
        connection.close()
        monkeypatch.undo()
    assert response.status_code == 503
    assert response.json()["checks"] == {"database:default": False, "cache": True}


@pytest.mark.django_db(transaction=True)
def test_a_request_whose_connection_was_killed_is_run_again_on_a_new_one():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL to kill a server connection (set DATABASE_URL)")
    import psycopg

    Committee.objects.create(name="Planning", slug="planning")
    killed_pid = connection.connection.info.backend_pid
    params = connection.get_connection_params()
    with psycopg.connect(**params) as admin, admin.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [killed_pid])
    response = Client(raise_request_exception=False).get("/committees/")
    assert response.status_code == 200
    assert "Planning" in response.content.decode()
    assert connection.connection.info.backend_pid != killed_pid


class Kept(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


def test_every_request_is_logged_as_one_json_line_with_its_id_status_and_duration(client):
    kept = Kept()
    logger = logging.getLogger("minutes.requests")
    logger.addHandler(kept)
    try:
        response = client.get("/committees/", HTTP_X_REQUEST_ID="proxy-id-123")
        missing = client.get("/committees/no-such-committee/")
    finally:
        logger.removeHandler(kept)
    assert response["X-Request-ID"] == "proxy-id-123"
    records = kept.records
    assert [(r.path, r.status) for r in records] == [
        ("/committees/", 200),
        ("/committees/no-such-committee/", 404),
    ]
    formatter = RequestLineFormatter()
    line = formatter.format(records[0])
    assert "\n" not in line
    fields = json.loads(line)
    assert fields["request_id"] == "proxy-id-123"
    assert fields["status"] == 200 and fields["method"] == "GET"
    assert isinstance(fields["duration_ms"], float)
    generated = json.loads(formatter.format(records[1]))["request_id"]
    assert len(generated) == 32 and generated == missing["X-Request-ID"]


def test_a_request_id_that_is_not_plain_is_replaced(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="bad id\nwith a newline")
    assert response["X-Request-ID"] != "bad id\nwith a newline"
    assert len(response["X-Request-ID"]) == 32


def test_sessions_are_kept_in_the_database_not_on_an_app_servers_disk(settings):
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"


def test_request_lines_go_through_the_one_line_formatter(settings):
    assert settings.LOGGING["loggers"]["minutes.requests"]["handlers"] == ["requests"]
    formatter = settings.LOGGING["formatters"]["request"]["()"]
    assert formatter == "minutes.observability.RequestLineFormatter"


def test_persistent_connections_are_checked_before_reuse(settings):
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
    assert settings.DATABASES["default"]["CONN_MAX_AGE"] > 0
