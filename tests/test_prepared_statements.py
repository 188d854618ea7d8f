"""On PostgreSQL a page's queries are prepared on the connection that runs them again and
again, so the server plans each once per connection rather than once per request."""

import json
import os
import subprocess
import sys

import pytest
from django.db import connection

from minutes.models import Committee
from tests.factories import CommitteeFactory

pytestmark = pytest.mark.django_db


def prepared_statements() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's (set DATABASE_URL)")


def test_a_query_run_again_and_again_is_prepared(postgresql):
    CommitteeFactory(name="Planning Committee", slug="planning")
    assert Committee.objects.get(slug="planning").name == "Planning Committee"
    assert not [s for s in prepared_statements() if "minutes_committee" in s]

    for _ in range(6):
        assert Committee.objects.get(slug="planning").name == "Planning Committee"

    prepared = [s for s in prepared_statements() if "minutes_committee" in s]
    assert prepared, "the query was planned afresh each time it ran"
    # Prepared with its parameters as placeholders: one plan serves every committee.
    assert all("planning" not in s for s in prepared)


def test_the_server_binds_the_parameters(postgresql):
    options = connection.settings_dict["OPTIONS"]
    assert options["server_side_binding"] is True
    assert connection.connection.prepare_threshold == 5


def settings_options(**env) -> dict:
    """The database OPTIONS the settings give in a process with these variables."""
    code = (
        "import json, minutes.settings as s; "
        "print(json.dumps({k: v for k, v in s.DATABASES['default'].get('OPTIONS', {}).items()}))"
    )
    environment = {**os.environ, "SECRET_KEY": "x", **env}
    out = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_a_deployment_behind_a_transaction_pooler_turns_preparing_off():
    url = "postgres://minutes@db.example:5432/minutes"
    assert settings_options(DATABASE_URL=url)["prepare_threshold"] == 5
    off = settings_options(DATABASE_URL=url, DATABASE_PREPARED_STATEMENTS="0")
    assert off["prepare_threshold"] is None
    assert off["server_side_binding"] is True
    assert "prepare_threshold" not in settings_options(DATABASE_URL="sqlite:///x.sqlite3")
