"""Search across the record: items' minutes, discussion points, decisions, actions and reports.

One ranked list over five kinds of record, built as a UNION of one query per kind that
returns only (kind, id, rank, meeting start) and is cut to one page; the page's records are
then fetched kind by kind. So a page costs the same few queries however much matches, and
nothing counts every match: the pager only asks for one row more than a page to know
whether there is a next one.

On PostgreSQL each kind has a stored `search_vector` (English configuration, kept current
by triggers, GIN-indexed: see the search_vectors migrations), matched with
websearch_to_tsquery ("quoted phrases", -exclusions, or) plus prefix terms written `word*`,
ranked by ts_rank and shown with ts_headline snippets. On SQLite the same page matches
each word with icontains and ranks a title match above a mention in the text.

The public searches only what the publication rules let it read; a clerk searches
everything, and each result that is not public says why. This module finds and ranks;
`minutes.search_pages` fetches a page's records and shows them.
"""

from __future__ import annotations

import datetime
import functools
import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection, models, router
from django.db.models import Case, CharField, Exists, F, FloatField, OuterRef, Q, Value, When
from django.utils import timezone

from actions.models import Action
from minutes.compiled import CompiledQuery, compile_query
from minutes.models import (
    OF_PUBLIC_MINUTES,
    AgendaItem,
    Decision,
    DiscussionPoint,
    Report,
)
from minutes.roles import is_clerk

RESULTS_PER_PAGE = 20
# Deep pages of a ranked list help nobody and cost the most: past this, narrow the search.
MAX_PAGE = 50
# Of a very common word, the newest matches of each kind that are ranked: see _newest_matches.
RANKED_PER_KIND = 100

# Private-use characters mark matched words inside a snippet until it has been escaped.
MARK_START, MARK_END = "\ue000", "\ue001"


class Kind(models.TextChoices):
    """The kinds of record search looks through."""

    ITEM = "item", "Item minutes"
    POINT = "point", "Discussion points"
    DECISION = "decision", "Decisions"
    ACTION = "action", "Actions"
    REPORT = "report", "Reports"


# For each kind: the path from the record to its meeting, and (for SQLite) the fields
# matched with their weights: a word in a title counts twice a word in the text.
MEETING_PATH = {
    Kind.ITEM: "meeting",
    Kind.POINT: "item__meeting",
    Kind.DECISION: "item__meeting",
    Kind.ACTION: "item__meeting",
    Kind.REPORT: "item__meeting",
}
TEXT_FIELDS = {
    Kind.ITEM: [("title", 2), ("minute_text", 1)],
    Kind.POINT: [("topic", 2), ("text", 1)],
    Kind.DECISION: [("text", 1)],
    Kind.ACTION: [("description", 1), ("owner_label", 1)],
    Kind.REPORT: [("title", 2)],
}
SNIPPET_FIELD = {
    Kind.ITEM: "minute_text",
    Kind.POINT: "text",
    Kind.DECISION: "text",
    Kind.ACTION: "description",
    Kind.REPORT: "title",
}


def uses_full_text() -> bool:
    return connection.vendor == "postgresql"


# --- What a reader may search ------------------------------------------------------------


def searchable(user) -> dict[str, models.QuerySet]:
    """Each kind's records this reader may find: all of them for a clerk, otherwise only
    what the publication rules make public."""
    return searchable_by(is_clerk(user))


def searchable_by(sees_all: bool) -> dict[str, models.QuerySet]:
    if sees_all:
        return {
            Kind.ITEM: AgendaItem.objects.all(),
            Kind.POINT: DiscussionPoint.objects.all(),
            Kind.DECISION: Decision.objects.all(),
            Kind.ACTION: Action.objects.all(),
            Kind.REPORT: Report.objects.all(),
        }
    return {
        Kind.ITEM: AgendaItem.objects.with_public_minutes(),
        Kind.POINT: DiscussionPoint.objects.filter(OF_PUBLIC_MINUTES),
        Kind.DECISION: Decision.objects.filter(OF_PUBLIC_MINUTES),
        Kind.ACTION: Action.objects.public(),
        Kind.REPORT: Report.objects.filter(
            item__in=AgendaItem.objects.public().filter(is_exempt=False)
        ),
    }


# --- Matching ------------------------------------------------------------------------------

PREFIX_TERM = re.compile(r"(?<![\w\"-])(\w+)\*")
QUOTED_OR_WORD = re.compile(r'(-?)"([^"]+)"|(-?)(\S+)')


def text_parts(text: str) -> tuple[str, list[str]]:
    """The words and "phrases" for websearch_to_tsquery, and the stems of each `word*`."""
    return PREFIX_TERM.sub(" ", text).strip(), PREFIX_TERM.findall(text)


def full_text_query(text: str) -> SearchQuery:
    """websearch_to_tsquery for the words and "phrases"; each `word*` adds a prefix match."""
    rest, prefixes = text_parts(text)
    parts = [SearchQuery(rest, search_type="websearch", config="english")] if rest else []
    parts += [
        SearchQuery(f"{prefix}:*", search_type="raw", config="english") for prefix in prefixes
    ]
    query = parts[0]
    for part in parts[1:]:
        query &= part
    return query


def plain_terms(text: str) -> tuple[list[str], list[str]]:
    """The words and "phrases" to find, and those marked -not, for the plain match."""
    wanted, unwanted = [], []
    for minus, phrase, word_minus, word in QUOTED_OR_WORD.findall(text):
        term = (phrase or word).strip().rstrip("*").strip('"')
        if not term or (not phrase and term.lower() == "or"):
            continue
        (unwanted if (minus or word_minus) else wanted).append(term)
    return wanted, unwanted


def _plain_conditions(kind: str, term: str) -> list[tuple[Q, int]]:
    conditions = [(Q(**{f"{name}__icontains": term}), weight) for name, weight in TEXT_FIELDS[kind]]
    if kind == Kind.POINT:
        spoke = DiscussionPoint.speakers.through.objects.filter(
            discussionpoint_id=OuterRef("pk"), person__name__icontains=term
        )
        conditions.append((Q(Exists(spoke)), 1))
    return conditions


def _matched(kind: str, queryset: models.QuerySet, text: str):
    """The queryset narrowed to matches, with `hit_rank`; None when nothing can match."""
    if uses_full_text():
        query = full_text_query(text)
        return queryset.filter(search_vector=query).annotate(
            hit_rank=SearchRank(F("search_vector"), query)
        )
    wanted, unwanted = plain_terms(text)
    if not wanted:
        return None
    rank = Value(0.0, output_field=FloatField())
    for term in wanted:
        conditions = _plain_conditions(kind, term)
        any_field = Q()
        for condition, weight in conditions:
            any_field |= condition
            rank = rank + Case(
                When(condition, then=Value(float(weight))),
                default=Value(0.0),
                output_field=FloatField(),
            )
        queryset = queryset.filter(any_field)
    for term in unwanted:
        for condition, _weight in _plain_conditions(kind, term):
            queryset = queryset.exclude(condition)
    return queryset.annotate(hit_rank=rank)


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _filtered(kind: str, queryset: models.QuerySet, *, committee=None, since=None, until=None):
    meeting = MEETING_PATH[kind]
    if committee is not None:
        queryset = queryset.filter(**{f"{meeting}__committee": committee})
    if since:
        queryset = queryset.filter(**{f"{meeting}__starts_at__gte": _day_start(since)})
    if until:
        next_day = until + datetime.timedelta(days=1)
        queryset = queryset.filter(**{f"{meeting}__starts_at__lt": _day_start(next_day)})
    return queryset


def _newest_matches(kind: str, matched: models.QuerySet) -> models.QuerySet:
    """At most RANKED_PER_KIND matches of a kind, the newest meetings' first, to be ranked.

    A rare word's matches are all ranked. A word in a fifth of twenty years' minutes would
    have every one of its hundreds of thousands of matches scored to find the best twenty;
    instead the newest few thousand are, read from the meetings' date index, so that the
    page costs the same however common the word. The cap is said on the page.
    """
    newest = matched.order_by(f"-{MEETING_PATH[kind]}__starts_at").values("pk")[:RANKED_PER_KIND]
    return matched.filter(pk__in=newest)


def ranked_hits(
    user, text: str, *, kind: str = "", committee=None, since=None, until=None
) -> models.QuerySet | None:
    """(kind, id, rank, meeting start) of every match, best first, as one unsliced query."""
    return _ranked_hits(
        is_clerk(user), text, kind=kind, committee=committee, since=since, until=until
    )


def _ranked_hits(
    sees_all: bool, text: str, *, kind: str, committee, since, until
) -> models.QuerySet | None:
    parts = []
    for each, queryset in searchable_by(sees_all).items():
        if kind and each != kind:
            continue
        matched = _matched(each, queryset, text)
        if matched is None:
            continue
        matched = _filtered(each, matched, committee=committee, since=since, until=until)
        matched = _newest_matches(each, matched)
        parts.append(
            matched.order_by()
            .annotate(
                hit_kind=Value(str(each), output_field=CharField()),
                hit_id=F("pk"),
                hit_when=F(f"{MEETING_PATH[each]}__starts_at"),
            )
            .values_list("hit_kind", "hit_id", "hit_rank", "hit_when")
        )
    if not parts:
        return None
    hits = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return hits.order_by("-hit_rank", "-hit_when", "hit_kind", "hit_id")


# Markers for the values a search fills into its compiled query (see `_compiled_page`).
REST_MARKER = "zzqwordsmarker"
PREFIX_MARKER = "zzqprefixmarker{}"
COMMITTEE_MARKER = -424242
SINCE_MARKER = datetime.date(1901, 2, 3)
UNTIL_MARKER = datetime.date(1902, 4, 5)


def ranked_page(user, text: str, start: int, *, kind, committee, since, until) -> list[tuple]:
    """The ranked hits from `start`, and one more to tell whether a page follows.

    On PostgreSQL the query is compiled once a process for each shape of search (who may
    see what, which words and prefixes, which filters, which page) and run with this
    search's words and filters: building and compiling its five-part UNION was a third of
    the page's time in Python.
    """
    rest, prefixes = text_parts(text)
    if not uses_full_text() or not (rest or prefixes):
        hits = ranked_hits(user, text, kind=kind, committee=committee, since=since, until=until)
        return [] if hits is None else list(hits[start : start + RESULTS_PER_PAGE + 1])
    compiled = _compiled_page(
        is_clerk(user),
        bool(rest),
        len(prefixes),
        kind,
        committee is not None,
        since is not None,
        until is not None,
        start,
        # What the SQL is built with besides the search, so that a change to either (a
        # setting, a test) is a new shape rather than the old SQL.
        RANKED_PER_KIND,
        RESULTS_PER_PAGE,
    )
    if compiled is None:
        return []
    values = {f"prefix{n}": f"{prefix}:*" for n, prefix in enumerate(prefixes)}
    if rest:
        values["rest"] = rest
    if committee is not None:
        values["committee"] = committee.pk
    if since is not None:
        values["since"] = _day_start(since)
    if until is not None:
        values["until"] = _day_start(until + datetime.timedelta(days=1))
    return compiled.rows(router.db_for_read(AgendaItem), **values)


@functools.lru_cache(maxsize=512)
def _compiled_page(
    sees_all: bool,
    has_rest: bool,
    prefixes: int,
    kind: str,
    has_committee: bool,
    has_since: bool,
    has_until: bool,
    start: int,
    ranked_per_kind: int,
    per_page: int,
) -> CompiledQuery | None:
    """The SQL of a page of ranked hits for one shape of search, with a marker for each
    value that a search fills in."""
    words = [REST_MARKER] if has_rest else []
    words += [f"{PREFIX_MARKER.format(n)}*" for n in range(prefixes)]
    markers: dict[str, object] = {
        f"prefix{n}": f"{PREFIX_MARKER.format(n)}:*" for n in range(prefixes)
    }
    if has_rest:
        markers["rest"] = REST_MARKER
    if has_committee:
        markers["committee"] = COMMITTEE_MARKER
    if has_since:
        markers["since"] = _day_start(SINCE_MARKER)
    if has_until:
        markers["until"] = _day_start(UNTIL_MARKER + datetime.timedelta(days=1))
    hits = _ranked_hits(
        sees_all,
        " ".join(words),
        kind=kind,
        committee=COMMITTEE_MARKER if has_committee else None,
        since=SINCE_MARKER if has_since else None,
        until=UNTIL_MARKER if has_until else None,
    )
    if hits is None:
        return None
    return compile_query(hits[start : start + per_page + 1], markers)
