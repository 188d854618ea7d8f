"""On PostgreSQL a page's queries are prepared on the connection that runs them again and
again, so the server plans each once per connection rather than once per request; and it
plans them for records held in memory or on SSD, not on spinning disks."""

import json
import os
import subprocess
import sys

import pytest
from django.db import connection

from minutes.meeting_record import _register, attendance
from minutes.models import Attendance, Committee, Person
from tests.factories import CommitteeFactory, MeetingFactory

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


def test_the_planner_is_told_that_reading_out_of_order_is_cheap(postgresql):
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert float(cursor.fetchone()[0]) == 1.1


def test_a_register_looks_up_its_people_rather_than_reading_them_all(postgresql):
    # A council's 2,000 people and a register of twelve: the planner, told the server's
    # default cost of a read out of order (4, for spinning disks), reads every person
    # twice to join them (once as attendees, once as whom they stood in for).
    Person.objects.bulk_create(
        Person(name=f"Person {n}", slug=f"person-{n}", honorific="Cllr") for n in range(2000)
    )
    meeting = MeetingFactory()
    people = list(Person.objects.order_by("pk")[:12])
    Attendance.objects.bulk_create(Attendance(meeting=meeting, person=p) for p in people)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE minutes_person")
        cursor.execute("ANALYZE minutes_attendance")
        sql, params = _register(meeting.pk).query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Seq Scan on minutes_person" not in plan, plan
    assert len(attendance_of(meeting)) == 12


def attendance_of(meeting) -> list:
    return [entry for _, entries in attendance(meeting) for entry in entries]


def test_the_cost_can_be_left_to_the_server():
    url = "postgres://minutes@db.example:5432/minutes"
    assert "-c random_page_cost=1.1" in settings_options(DATABASE_URL=url)["options"]
    assert (
        "random_page_cost"
        not in settings_options(DATABASE_URL=url, DATABASE_RANDOM_PAGE_COST="")["options"]
    )
    assert (
        "-c random_page_cost=2.0"
        in settings_options(DATABASE_URL=url, DATABASE_RANDOM_PAGE_COST="2")["options"]
    )


def test_a_list_of_keys_is_one_statement_whatever_its_length(postgresql):
    keys = [CommitteeFactory().pk for _ in range(4)]
    for length in (1, 2, 3, 4):
        for _ in range(6):
            found = Committee.objects.filter(pk__in=keys[:length]).values_list("pk", flat=True)
            assert sorted(found) == sorted(keys[:length])

    prepared = [s for s in prepared_statements() if "minutes_committee" in s]
    # The keys are one parameter, an array: one statement prepared for the four lengths,
    # where a placeholder for each key would have prepared four.
    assert len(prepared) == 1
    assert "= ANY(" in prepared[0] and " IN (" not in prepared[0]


def test_a_list_of_keys_finds_what_in_finds():
    first, second, third = (CommitteeFactory() for _ in range(3))
    committees = Committee.objects.order_by("pk")
    assert list(committees.filter(pk__in=[third.pk, first.pk, first.pk])) == [first, third]
    # Words, numbers too large for the column and nothing at all match nothing.
    assert list(committees.filter(pk__in=[second.pk, "x", 10**30, None])) == [second]
    assert list(committees.filter(pk__in=["x", 10**30])) == []
    assert list(committees.exclude(pk__in=[first.pk])) == [second, third]
    # A query in place of the list is left as a subquery.
    chosen = Committee.objects.filter(pk__in=[second.pk, third.pk]).values("pk")
    assert list(committees.filter(pk__in=chosen)) == [second, third]
