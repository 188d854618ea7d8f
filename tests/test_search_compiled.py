"""A search's ranked query is compiled once a process for each shape of search and run with
each search's words and filters: it must find exactly what the queryset finds, and never
carry one reader's or one search's values into another's."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import Client
from django.urls import reverse

from minutes import search as search_module
from minutes.compiled import compile_query
from minutes.models import Committee, Meeting
from minutes.search import RESULTS_PER_PAGE, ranked_hits, ranked_page
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    CommitteeFactory,
    DecisionFactory,
    DiscussionPointFactory,
    MeetingFactory,
)
from tests.public_records import aware

pytestmark = pytest.mark.django_db

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the compiled query is PostgreSQL's full-text search; SQLite builds each search",
)


@pytest.fixture(autouse=True)
def _fresh(settings):
    settings.CACHE_PAGES = False
    search_module._compiled_page.cache_clear()


@pytest.fixture
def two_committees():
    """Hedgerows and verges across two committees, six years, every kind, and a draft."""
    cabinet = CommitteeFactory(name="Cabinet", slug="cabinet")
    scrutiny = CommitteeFactory(name="Scrutiny", slug="scrutiny")
    for year in range(2015, 2021):
        for committee in (cabinet, scrutiny):
            item = AgendaItemFactory(
                meeting=MeetingFactory(committee=committee, starts_at=aware(year, 6, 1)),
                title=f"Hedgerows and verges {year}",
                minute_text="Hedgerow cutting and verge planting were reported.",
            )
            DiscussionPointFactory(item=item, topic="Verges", text="Verges were mown late.")
            DecisionFactory(item=item, text="RESOLVED that the hedgerow plan be agreed.")
            ActionFactory(item=item, description="Officers to survey the hedgerows.")
    draft = MeetingFactory(committee=cabinet, stage=Meeting.Stage.DRAFT)
    AgendaItemFactory(meeting=draft, title="Hedgerows in the draft", minute_text="Hedgerows.")
    return cabinet, scrutiny


SEARCHES = [
    ("hedgerows", {}),
    ("hedgerow verge*", {}),
    ("verg* hedg*", {}),
    ('"verge planting" -mown', {}),
    ("hedgerows", {"kind": "decision"}),
    ("hedgerows", {"committee": "scrutiny"}),
    ("hedgerows", {"since": datetime.date(2017, 1, 1)}),
    ("hedgerows", {"until": datetime.date(2016, 12, 31)}),
    ("verges", {"committee": "cabinet", "since": datetime.date(2016, 1, 1), "kind": "point"}),
]


@needs_postgresql
@pytest.mark.parametrize("sees_all", [False, True])
@pytest.mark.parametrize("start", [0, RESULTS_PER_PAGE])
def test_the_compiled_query_finds_what_the_queryset_finds(two_committees, clerk, sees_all, start):
    user = clerk if sees_all else AnonymousUser()
    # Each search twice, so that the second runs SQL compiled for the first's shape.
    for _ in range(2):
        for text, filters in SEARCHES:
            filters = dict(filters)
            if "committee" in filters:
                filters["committee"] = Committee.objects.get(slug=filters["committee"])
            expected = list(
                ranked_hits(user, text, **filters)[start : start + RESULTS_PER_PAGE + 1]
            )
            got = ranked_page(
                user,
                text,
                start,
                kind=filters.get("kind", ""),
                committee=filters.get("committee"),
                since=filters.get("since"),
                until=filters.get("until"),
            )
            assert [row[:2] for row in got] == [row[:2] for row in expected], (text, filters)
    assert search_module._compiled_page.cache_info().hits > 0


@needs_postgresql
def test_a_clerks_compiled_search_never_serves_the_public(clerk_client, two_committees):
    url = reverse("search")
    clerk_titles = [
        r.title for r in clerk_client.get(url, {"q": "hedgerows"}).context["results"].results
    ]
    assert any("draft" in title for title in clerk_titles)
    public = Client().get(url, {"q": "hedgerows"})
    assert public.context["results"].results
    assert all("draft" not in r.title for r in public.context["results"].results)
    assert "Hedgerows in the draft" not in public.content.decode()


@needs_postgresql
def test_one_search_s_words_and_filters_are_not_another_s(client, two_committees):
    url = reverse("search")

    def found(**params):
        return {
            (r.meeting.committee.slug, r.meeting.starts_at.year)
            for r in client.get(url, params).context["results"].results
        }

    assert {slug for slug, _ in found(q="hedgerows", committee="scrutiny")} == {"scrutiny"}
    assert {slug for slug, _ in found(q="hedgerows", committee="cabinet")} == {"cabinet"}
    assert {year for _, year in found(q="hedgerows", until="2016-12-31")} <= {2015, 2016}
    assert {year for _, year in found(q="hedgerows", until="2017-12-31")} <= {2015, 2016, 2017}
    assert 2017 in {year for _, year in found(q="hedgerows", until="2017-12-31")}
    assert found(q="mown") and not found(q="zebra")


def test_a_marker_that_is_not_in_the_query_is_refused():
    queryset = Meeting.objects.filter(venue="somewhere")
    with pytest.raises(ValueError, match="not found"):
        compile_query(queryset, {"venue": "elsewhere"})
    compiled = compile_query(queryset, {"venue": "somewhere"})
    with pytest.raises(ValueError):
        compiled.rows("default", other="x")


def test_a_compiled_query_runs_with_the_values_given(two_committees):
    queryset = Meeting.objects.filter(committee__slug="zzqmarker").order_by("pk").values_list("pk")
    compiled = compile_query(queryset, {"slug": "zzqmarker"})
    for slug in ("cabinet", "scrutiny"):
        expected = list(
            Meeting.objects.filter(committee__slug=slug).order_by("pk").values_list("pk")
        )
        assert [tuple(row) for row in compiled.rows("default", slug=slug)] == expected
