"""A page of search results: the ranked hits of `minutes.search`, fetched kind by kind with
their snippets and shown with where each lives and, for a clerk, why it is not public."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline
from django.db import models
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from actions.models import Action
from minutes.models import AgendaItem, Decision, DiscussionPoint, Meeting, Person, Report
from minutes.search import (
    MARK_END,
    MARK_START,
    MAX_PAGE,
    RESULTS_PER_PAGE,
    SNIPPET_FIELD,
    Kind,
    full_text_query,
    plain_terms,
    ranked_page,
    uses_full_text,
)


@dataclass
class Result:
    """One thing found: what it is, where it lives, and the words around the match."""

    kind: str
    title: str
    url: str
    snippet: SafeString
    meeting: Meeting
    item: AgendaItem
    record: models.Model
    not_public: str = ""
    speakers: list[Person] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return Kind(self.kind).label


@dataclass
class ResultPage:
    """One page of results, with no total: only whether a page follows."""

    results: list[Result]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def start_index(self) -> int:
        return (self.number - 1) * RESULTS_PER_PAGE + 1

    @property
    def end_index(self) -> int:
        return self.start_index + len(self.results) - 1


def search(
    user, text: str, *, page: int = 1, kind: str = "", committee=None, since=None, until=None
) -> ResultPage:
    """One page of results: one query for the page's hits, then one per kind on the page."""
    start = (page - 1) * RESULTS_PER_PAGE
    rows = ranked_page(user, text, start, kind=kind, committee=committee, since=since, until=until)
    has_next = len(rows) > RESULTS_PER_PAGE and page < MAX_PAGE
    rows = rows[:RESULTS_PER_PAGE]
    wanted: dict[str, list[int]] = {}
    for row_kind, pk, _rank, _when in rows:
        wanted.setdefault(row_kind, []).append(pk)
    found = {
        (row_kind, result.record.pk): result
        for row_kind, pks in wanted.items()
        for result in results_of_kind(row_kind, pks, text)
    }
    results = [found[(k, pk)] for k, pk, _r, _w in rows if (k, pk) in found]
    return ResultPage(results=results, number=page, has_next=has_next)


RECORDS = {
    Kind.ITEM: lambda: AgendaItem.objects.select_related("meeting__committee"),
    Kind.POINT: lambda: DiscussionPoint.objects.select_related(
        "item__meeting__committee"
    ).prefetch_related(models.Prefetch("speakers", queryset=Person.objects.order_by("name"))),
    Kind.DECISION: lambda: Decision.objects.select_related("item__meeting__committee"),
    Kind.ACTION: lambda: Action.objects.select_related("item__meeting__committee", "owner"),
    Kind.REPORT: lambda: Report.objects.select_related("item__meeting__committee"),
}


def results_of_kind(kind: str, pks: list[int], text: str) -> list[Result]:
    records = RECORDS[kind]().filter(pk__in=pks).defer("search_vector")
    source = SNIPPET_FIELD[kind]
    if uses_full_text():
        # ts_headline is costly, so it runs only for the page's records, never in the ranking.
        records = records.annotate(
            snippet_text=SearchHeadline(
                source,
                full_text_query(text),
                config="english",
                start_sel=MARK_START,
                stop_sel=MARK_END,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            )
        )
        return [_result(kind, record, marked(record.snippet_text)) for record in records]
    wanted, _ = plain_terms(text)
    return [
        _result(kind, record, marked(plain_snippet(getattr(record, source), wanted)))
        for record in records
    ]


def _result(kind: str, record, snippet: SafeString) -> Result:
    item = record if kind == Kind.ITEM else record.item
    meeting = item.meeting
    page = _item_url(kind, item)
    title, url, speakers = "", page, []
    if kind == Kind.ITEM:
        title = f"Item {item.number}: {item.title}"
    elif kind == Kind.POINT:
        title = record.topic or f"Point {record.position}"
        url = f"{page}#{record.anchor}"
        speakers = list(record.speakers.all())
    elif kind == Kind.DECISION:
        title = f"Decision {record.position} on item {item.number}: {item.title}"
        url = f"{page}#decision-{record.position}"
    elif kind == Kind.ACTION:
        title = f"Action {record.reference}"
        url = record.get_absolute_url()
    elif kind == Kind.REPORT:
        title = record.title
        url = f"{page}#reports"
    return Result(
        kind=kind,
        title=title,
        url=url,
        snippet=snippet,
        meeting=meeting,
        item=item,
        record=record,
        not_public=not_public_because(kind, item),
        speakers=speakers,
    )


def _public_on_item_page(kind: str, item: AgendaItem) -> bool:
    """Whether the item's public page shows this record: reports show from the agenda on."""
    if kind == Kind.REPORT:
        return item.meeting.is_public and not item.is_exempt
    return item.minutes_public


def _item_url(kind: str, item: AgendaItem) -> str:
    """The public item page; for a clerk's result not shown there, the clerk's item page."""
    if _public_on_item_page(kind, item):
        return item.get_absolute_url()
    return reverse("clerk:item_minutes", kwargs={"pk": item.meeting_id, "item_pk": item.pk})


def not_public_because(kind: str, item: AgendaItem) -> str:
    """Why a clerk's result is not public, or "" when it is."""
    if item.meeting.stage == Meeting.Stage.DRAFT:
        return "Draft meeting: not public"
    if item.is_exempt:
        return "Exempt item: not public"
    if not _public_on_item_page(kind, item):
        return "Minutes not yet published"
    return ""


def marked(text: str) -> SafeString:
    """Escape the snippet, then turn the match markers into <mark> elements."""
    text = re.sub(r"^#+ ", "", text or "", flags=re.M)
    html = escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return mark_safe(html)  # noqa: S308 - everything from the record was escaped above


def plain_snippet(text: str, terms: list[str], width: int = 220) -> str:
    """A window of the text around the first match, with every match between markers."""
    text = re.sub(r"\s+", " ", (text or "").replace(MARK_START, "").replace(MARK_END, ""))
    if not terms:
        return text[:width]
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, (first.start() if first else 0) - width // 3)
    if start:
        start = text.find(" ", start) + 1 or start
    window = text[start : start + width]
    window = pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", window)
    return f"{'… ' if start else ''}{window}{' …' if start + width < len(text) else ''}"
