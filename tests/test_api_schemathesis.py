"""The API keeps to its own OpenAPI schema: schemathesis generates requests from the schema
(a bounded number per operation) and checks each answer against it, on a small public
record with a draft and an exempt item planted in it."""

import os

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

from minutes.models import Meeting
from tests.factories import ActionFactory, AgendaItemFactory, MeetingFactory
from tests.public_records import aware, build_meeting

EXAMPLES_PER_OPERATION = 6
SECRET = "zanzibarcollateral"


@pytest.fixture(autouse=True)
def _keep_the_tests_connection():
    """schemathesis calls the WSGI application itself, which would close the database
    connection at each request's end, as a server does; the test's transaction needs it
    open, so the signal is held back as Django's own test client does."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(db):
    record = build_meeting(items=2, points=2, actions=2, starts_at=aware(2019, 1, 17))
    build_meeting(committee=record.committee, stage=Meeting.Stage.AGENDA, items=1)
    exempt = AgendaItemFactory(
        meeting=record,
        number="9",
        position=9,
        is_exempt=True,
        exempt_reason="Paragraph 3 of Schedule 12A",
        minute_text=f"The {SECRET} was agreed.",
    )
    ActionFactory(item=exempt, description=f"Sign the {SECRET}.")
    draft = MeetingFactory(committee=record.committee, stage=Meeting.Stage.DRAFT)
    AgendaItemFactory(meeting=draft, title=f"The {SECRET} again")
    # Generated requests only (the coverage phase would add dozens of boundary cases per
    # operation): the suite stays within seconds.
    config = SchemathesisConfig.from_dict({"phases": {"coverage": {"enabled": False}}})
    return schemathesis.openapi.from_wsgi(
        "/api/v1/schema/?format=json", get_wsgi_application(), config=config
    )


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
# The same requests on every run (derandomize), so that the suite's result does not depend
# on the draw; SCHEMATHESIS_EXAMPLES=200 explores more widely, drawing afresh each time.
@settings(
    max_examples=int(os.environ.get("SCHEMATHESIS_EXAMPLES", EXAMPLES_PER_OPERATION)),
    derandomize="SCHEMATHESIS_EXAMPLES" not in os.environ,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_every_answer_keeps_to_the_schema_and_tells_nothing_private(case):
    response = case.call_and_validate(
        checks=[not_a_server_error, content_type_conformance, response_schema_conformance]
    )
    assert SECRET not in response.text
