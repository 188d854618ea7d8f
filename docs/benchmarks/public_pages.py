"""Time the public pages against a bare Django view, on a large meeting, and write the figures.

    .venv/bin/python docs/benchmarks/public_pages.py            # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/minutes .venv/bin/python docs/benchmarks/public_pages.py

It builds a throwaway test database (never the real one): a committee with 40 past
meetings, the measured meeting having 60 items, each with 8 discussion points, 2 decisions
and 2 actions (so 480 points and 120 actions on one meeting, 4,800 actions in the log),
then requests each page through the full middleware stack with Django's test client and
reports the median and 90th percentile of N runs, and the SQL queries per page. The bare
views are the floor: one returns a fixed response, the other renders the base layout.
Figures are appended to docs/performance.md by hand from this script's output.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.shortcuts import render  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import include, path  # noqa: E402

RUNS = int(os.environ.get("RUNS", "30"))


def bare(request):
    return HttpResponse("ok")


def bare_layout(request):
    return render(request, "base.html", {})


urlpatterns = [
    path("bench/bare/", bare),
    path("bench/layout/", bare_layout),
    path("", include("minutes.urls")),
]


def build():
    from tests.factories import (
        ActionFactory,
        AgendaItemFactory,
        AttendanceFactory,
        CommitteeFactory,
        DecisionFactory,
        DiscussionPointFactory,
        MeetingFactory,
        MembershipFactory,
        PersonFactory,
    )

    committee = CommitteeFactory(slug="bench", name="Benchmark Board")
    people = [PersonFactory() for _ in range(20)]
    for person in people[:12]:
        MembershipFactory(committee=committee, person=person)
    meetings = [MeetingFactory(committee=committee) for _ in range(40)]
    target = meetings[-1]
    for person in people:
        AttendanceFactory(meeting=target, person=person)
    for meeting in meetings:
        count = 60 if meeting is target else 5
        for n in range(1, count + 1):
            item = AgendaItemFactory(meeting=meeting, position=n, number=str(n))
            points = []
            for p in range(1, (8 if meeting is target else 2) + 1):
                point = DiscussionPointFactory(item=item, position=p)
                point.speakers.set(people[p : p + 2])
                points.append(point)
            for d in range(1, 3):
                DecisionFactory(item=item, position=d)
            ActionFactory(item=item, owner=people[n % 20])
            ActionFactory(item=item, discussion_point=points[0], owner=None, owner_label="Officers")
    return committee, target


def measure(client, url):
    client.get(url)  # warm caches and template loading
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    queries = len(ctx)  # now: the timed requests below reset the query log
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.9) - 1], queries


def main():
    settings.ROOT_URLCONF = __name__
    settings.DEBUG = False
    # No setup_test_environment(): it instruments every template render, which would
    # add its own cost to the figures. The test database is still a throwaway one.
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        committee, meeting = build()
        item = meeting.agenda_items.get(number="30")
        action = item.actions.first()
        person = action.owner
        pages = [
            ("bare view (fixed response)", "/bench/bare/"),
            ("bare view (base layout)", "/bench/layout/"),
            ("home", "/"),
            ("committee", committee.get_absolute_url()),
            ("meeting, 60 items", meeting.get_absolute_url()),
            ("item, 8 points", item.get_absolute_url()),
            ("action log (first page)", "/actions/"),
            ("action", action.get_absolute_url()),
            ("person", person.get_absolute_url()),
        ]
        client = Client()
        print(f"{connection.vendor}, {RUNS} runs each")
        print("| page | median ms | p90 ms | queries |\n|---|---:|---:|---:|")
        for name, url in pages:
            median, p90, queries = measure(client, url)
            print(f"| {name} | {median:.1f} | {p90:.1f} | {queries} |")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
