"""Reading from a replica: public read-only pages there, everything else on the primary.

Two real PostgreSQL databases stand in for the primary and its replica, holding different
text on purpose, so each page shows which one it read.
"""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.utils import timezone

from minutes.models import Committee, Meeting
from minutes.routing import ReplicaMiddleware

BOTH = ["default", "replica"] if "replica" in settings.DATABASES else ["default"]

pytestmark = [
    pytest.mark.skipif(
        "replica" not in settings.DATABASES,
        reason="needs two PostgreSQL databases: run with DATABASE_URL set to PostgreSQL",
    ),
    pytest.mark.django_db(databases=BOTH),
]


@pytest.fixture
def routed(settings):
    """Routing on, and the same committee on both databases with different descriptions."""
    settings.REPLICA_DATABASE = "replica"
    Committee.objects.using("default").create(
        name="Planning", slug="planning", description="Read from the primary."
    )
    Committee.objects.using("replica").create(
        name="Planning", slug="planning", description="Read from the replica."
    )


def test_the_public_reads_a_page_from_the_replica(routed, client):
    html = client.get("/committees/planning/").content.decode()
    assert "Read from the replica." in html
    assert "Read from the primary." not in html


def test_a_signed_in_visitor_reads_from_the_primary(routed, member_client):
    html = member_client.get("/committees/planning/").content.decode()
    assert "Read from the primary." in html
    assert "Read from the replica." not in html


def test_a_post_reads_and_writes_on_the_primary(routed, client):
    # The account exists on the primary only: signing in works only if the POST reads there.
    get_user_model().objects.create_user("primary-only", password="a long enough password")
    response = client.post(
        "/accounts/login/", {"username": "primary-only", "password": "a long enough password"}
    )
    assert response.status_code == 302
    assert not get_user_model().objects.using("replica").filter(username="primary-only").exists()


def test_after_a_write_the_rest_of_the_request_reads_from_the_primary(routed):
    def view(request):
        before = Committee.objects.get(slug="planning").description
        Committee.objects.create(name="Licensing", slug="licensing")
        after = Committee.objects.get(slug="planning").description
        return HttpResponse(f"{before} | {after}")

    response = ReplicaMiddleware(view)(RequestFactory().get("/committees/"))
    assert response.content.decode() == "Read from the replica. | Read from the primary."
    assert Committee.objects.using("default").filter(slug="licensing").exists()
    assert not Committee.objects.using("replica").filter(slug="licensing").exists()


def test_without_a_replica_everything_reads_from_the_primary(routed, settings, client):
    settings.REPLICA_DATABASE = None
    assert "Read from the primary." in client.get("/committees/planning/").content.decode()


def test_outside_a_request_everything_uses_the_primary(routed):
    assert Committee.objects.get(slug="planning").description == "Read from the primary."


def test_a_meeting_page_compiled_once_reads_each_database_with_its_own_connection(
    routed, member_client
):
    # The meeting page's queries are compiled once a process; each run must still read
    # the database its request is routed to, whichever was read first.
    starts_at = timezone.make_aware(datetime.datetime(2026, 3, 4, 18, 30))
    for alias, venue in (("default", "Primary Hall"), ("replica", "Replica Hall")):
        committee = Committee.objects.using(alias).get(slug="planning")
        Meeting.objects.using(alias).create(
            committee=committee,
            starts_at=starts_at,
            slug="2026-03-04",
            venue=venue,
            stage=Meeting.Stage.AGENDA,
        )
    for reader, venue, other in (
        (member_client, "Primary Hall", "Replica Hall"),
        (Client(), "Replica Hall", "Primary Hall"),
        (member_client, "Primary Hall", "Replica Hall"),
    ):
        html = reader.get("/committees/planning/2026-03-04/").content.decode()
        assert venue in html
        assert other not in html
