"""Search and the person page at the scale of a large council, on PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/minutes_scratch \\
        .venv/bin/python docs/benchmarks/search_scale.py

Use a scratch database: the script migrates it and, once, fills it with a synthetic archive
written in set-based SQL (60 committees, 10,000 meetings, 100,000 items, 1,000,000
discussion points, 100,000 decisions, 300,000 actions, 50,000 reports; 5% of meetings
draft, 5% at the agenda stage, 2% of items exempt), through the same triggers that keep
the search vectors current. Words come from a small council vocabulary and a long tail of
rarer made-up words, so some words match a third of the record and some a handful.

Then, for each query, it prints the EXPLAIN (ANALYZE, BUFFERS) of the search's main query
(the ranked page of hits) and times the whole /search/ page through Django's test client,
against the floor of a bare view rendering the base layout; and the same for the busiest
person's page. Figures go into docs/search.md by hand from this output.
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
from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.shortcuts import render  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import include, path  # noqa: E402
from django.utils.http import urlencode  # noqa: E402

RUNS = int(os.environ.get("RUNS", "15"))
QUERIES = [
    "broadband",
    '"shared services"',
    "procure*",
    "budget -housing",
    "quorvex",
    "council",
]

VOCABULARY = (
    "council members report budget housing planning transport broadband shared services "
    "procurement procure procured contract social value cyber security productivity funding "
    "school schools library libraries waste recycling parking highways flood drainage "
    "licensing scrutiny cabinet audit risk pension workforce digital infrastructure "
    "commercialisation masterclass benchmarking leisure parks allotment hedgerow verges "
    "homelessness tenancy adult care children safeguarding health wellbeing climate carbon "
    "energy heating insulation transport buses cycling footpaths street lighting grant "
    "consultation engagement residents survey performance indicator target quarter forecast "
    "overspend underspend reserves capital revenue savings efficiency partnership devolution "
    "combined authority mayor police fire community safety tourism heritage museum archive"
).split()

FILL = """
CREATE TEMP TABLE vocabulary AS SELECT ARRAY[{vocabulary}]::text[] AS words;
CREATE FUNCTION pg_temp.words(k int) RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(CASE WHEN random() < 0.8
           THEN v.words[1 + floor(random() * array_length(v.words, 1))::int]
           ELSE 'qu' || to_hex((power(random(), 3) * 60000)::int) || 'ex' END, ' ')
    FROM generate_series(1, k), vocabulary v
$$;
INSERT INTO minutes_committee (name, slug, description)
  SELECT 'Scale committee ' || g, 'scale-' || g, '' FROM generate_series(1, 60) g;
INSERT INTO minutes_person (honorific, name, slug, organisation, position, email, calendar_token)
  SELECT 'Cllr', 'Scale Person ' || g, 'scale-person-' || g, 'Scale Council', '', '', ''
    FROM generate_series(1, 2000) g;
INSERT INTO minutes_meeting (committee_id, starts_at, slug, venue, is_cancelled, stage)
  SELECT c.id, timestamptz '2006-01-01 10:00Z' + (g * interval '17 hours'),
         to_char(timestamptz '2006-01-01 10:00Z' + (g * interval '17 hours'), 'YYYY-MM-DD') || '-' || g,
         'Scale Town Hall', false,
         CASE WHEN g % 20 = 0 THEN 'draft' WHEN g % 20 = 1 THEN 'agenda' ELSE 'published' END
    FROM generate_series(1, {meetings}) g
    JOIN minutes_committee c ON c.slug = 'scale-' || (1 + g % 60);
CREATE TEMP TABLE scale_items AS SELECT 1 AS id LIMIT 0;
INSERT INTO minutes_agendaitem (meeting_id, number, position, title, minute_text, is_exempt, exempt_reason)
  SELECT m.id, p::text, p, initcap(pg_temp.words(4)), pg_temp.words(90),
         (m.id + p) % 50 = 0, CASE WHEN (m.id + p) % 50 = 0 THEN 'Paragraph 3' ELSE '' END
    FROM minutes_meeting m CROSS JOIN generate_series(1, 10) p
   WHERE m.venue = 'Scale Town Hall';
INSERT INTO scale_items
  SELECT i.id FROM minutes_agendaitem i JOIN minutes_meeting m ON m.id = i.meeting_id
   WHERE m.venue = 'Scale Town Hall';
-- Speakers first, for the points about to be written (foreign keys are checked at commit),
-- so that each point's trigger finds its speakers when the point is inserted instead of
-- every point being written twice.
CREATE TEMP TABLE scale_points AS
  SELECT (SELECT coalesce(max(id), 0) FROM minutes_discussionpoint)
           + row_number() OVER (ORDER BY i.id, p) AS id, i.id AS item_id, p AS position
    FROM scale_items i CROSS JOIN generate_series(1, 10) p;
INSERT INTO minutes_discussionpoint_speakers (discussionpoint_id, person_id)
  SELECT d.id, p.id
    FROM scale_points d
    JOIN minutes_person p ON p.slug = 'scale-person-' || (1 + (d.id / 7) % 2000)
   WHERE d.id % 4 = 0;
INSERT INTO minutes_discussionpoint (id, item_id, position, topic, text)
  SELECT id, item_id, position, initcap(pg_temp.words(2)), pg_temp.words(40) FROM scale_points;
SELECT setval(pg_get_serial_sequence('minutes_discussionpoint', 'id'),
              (SELECT max(id) FROM minutes_discussionpoint));
INSERT INTO minutes_decision (item_id, position, text)
  SELECT i.id, 1, 'RESOLVED that ' || pg_temp.words(15) FROM scale_items i;
INSERT INTO actions_action (reference, item_id, description, owner_label, status, created_at, updated_at, owner_id)
  SELECT lpad(((i.id * 3 + k) / 100000)::text, 4, '0') || '-' || lpad(((i.id * 3 + k) % 100000)::text, 5, '0'),
         i.id, 'Officers to ' || pg_temp.words(12), '', 'open', now(), now(), p.id
    FROM scale_items i CROSS JOIN generate_series(1, 3) k
    JOIN minutes_person p ON p.slug = 'scale-person-' || (1 + (i.id * 3 + k) % 2000);
INSERT INTO minutes_report (item_id, position, title, file, url)
  SELECT i.id, 0, initcap(pg_temp.words(5)), '', 'https://example.org/report.pdf'
    FROM scale_items i WHERE i.id % 2 = 0;
ANALYZE;
""".replace("{vocabulary}", ", ".join(f"'{word}'" for word in VOCABULARY))
# MEETINGS=1000 makes a tenth of the archive (100,000 points), for a quicker look.
FILL = FILL.replace("{meetings}", str(int(os.environ.get("MEETINGS", "10000"))))

urlpatterns = [
    path("bench/layout/", lambda request: render(request, "base.html", {})),
    path("", include("minutes.urls")),
]


def fill() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM minutes_committee WHERE slug = 'scale-1'")
        if cursor.fetchone()[0]:
            print("The scratch database is already filled.")
            return
        started = time.perf_counter()
        cursor.execute(FILL)
        print(f"Filled in {time.perf_counter() - started:.0f} s (triggers computing vectors).")


def timed(client: Client, url: str) -> tuple[float, float, int]:
    client.get(url)
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(times), statistics.quantiles(times, n=10)[-1], len(queries)


def main() -> None:
    if connection.vendor != "postgresql":
        sys.exit("Point DATABASE_URL at a scratch PostgreSQL database.")
    settings.ROOT_URLCONF = __name__
    settings.DEBUG = False
    call_command("migrate", verbosity=0)
    fill()
    from minutes.models import DiscussionPoint, Person
    from minutes.search import RESULTS_PER_PAGE, ranked_hits

    print(f"{DiscussionPoint.objects.count():,} discussion points in the record.")
    client = Client()
    floor = timed(client, "/bench/layout/")
    print("| page | median ms | p90 ms | queries | median / floor |")
    print("|---|---:|---:|---:|---:|")
    print(f"| bare view (base layout) | {floor[0]:.1f} | {floor[1]:.1f} | {floor[2]} | 1 |")
    for words in QUERIES:
        median, p90, queries = timed(client, f"/search/?{urlencode({'q': words})}")
        print(
            f"| search `{words}` | {median:.1f} | {p90:.1f} | {queries} | {median / floor[0]:.0f} |"
        )
    busiest = Person.objects.annotate(n=Count("points_spoken_to")).order_by("-n").first()
    for suffix in ["", "?said=300&actions=20"]:
        median, p90, queries = timed(client, f"{busiest.get_absolute_url()}{suffix}")
        print(
            f"| person, {busiest.n:,} points `{suffix or 'first page'}` | {median:.1f} | "
            f"{p90:.1f} | {queries} | {median / floor[0]:.0f} |"
        )
    for words in QUERIES[:3]:
        hits = ranked_hits(AnonymousUser(), words)[: RESULTS_PER_PAGE + 1]
        print(f"\n### EXPLAIN (ANALYZE, BUFFERS) for `{words}`\n")
        print(hits.explain(analyze=True, buffers=True))


if __name__ == "__main__":
    main()
