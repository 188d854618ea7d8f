"""Every page costs a fixed number of queries (at most 12), however much data is generated."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from actions.models import Action
from actions.views import LOG_ORDER
from minutes.models import AgendaItem, Committee, Meeting
from tests.conftest import ensure_roles

pytestmark = pytest.mark.django_db

MOST_QUERIES = 12


def generate(seed: int) -> None:
    call_command("generate_data", "--scale", "0.002", "--seed", str(seed), stdout=io.StringIO())


def pages() -> list[tuple[str, str]]:
    """(who, address) for each page type, picked from the generated records."""
    committee = Committee.objects.annotate(n=Count("meetings")).order_by("-n", "pk").first()
    meeting = (
        Meeting.objects.with_public_minutes()
        .filter(committee=committee)
        .annotate(n=Count("agenda_items"))
        .order_by("-n", "pk")
        .first()
    )
    item = AgendaItem.objects.with_public_minutes().filter(meeting=meeting).first()
    log = Action.objects.public().order_by(*LOG_ORDER)
    action = log.first()
    return [
        ("", "/"),
        ("", "/committees/"),
        ("", committee.get_absolute_url()),
        ("", meeting.get_absolute_url()),
        ("", item.get_absolute_url()),
        ("", action.get_absolute_url()),
        ("", "/actions/"),
        ("", "/actions/?overdue=on"),
        ("", f"/actions/?committee={committee.slug}&status=open"),
        ("", f"/actions/?after={log[60].reference}"),
        ("", "/actions/export.csv"),
        ("officer", "/actions/mine/?status=all"),
        ("clerk", "/clerk/"),
        ("clerk", "/clerk/?stage=confirmed&page=2"),
    ]


def queries_per_page(addresses) -> dict[str, int]:
    User = get_user_model()
    clients = {"": Client(), "officer": Client(), "clerk": Client()}
    clients["officer"].force_login(User.objects.get(username="officer-g26-0000"))
    clients["clerk"].force_login(User.objects.filter(username__startswith="clerk-g26").get())
    counts = {}
    for who, url in addresses:
        clients[who].get(url).getvalue()  # a first visit may set things up (a calendar token)
        cache.clear()  # cold: the first reader after a change
        with CaptureQueriesContext(connection) as queries:
            response = clients[who].get(url)
            assert response.status_code == 200, url
            response.getvalue()
        counts[url] = len(queries)
    return counts


def test_each_page_costs_the_same_few_queries_when_the_data_grows(db):
    ensure_roles()
    generate(2026)
    addresses = pages()
    small = queries_per_page(addresses)
    actions = Action.objects.count()
    generate(7)
    generate(8)
    assert Action.objects.count() > 2.5 * actions
    large = queries_per_page(addresses)
    assert large == small
    assert max(large.values()) <= MOST_QUERIES, large
