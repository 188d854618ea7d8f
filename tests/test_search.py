"""Search: one box over items' minutes, points, decisions, actions and reports, public only."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from minutes import search as search_module
from minutes import search_pages
from minutes.models import DiscussionPoint
from minutes.search import RESULTS_PER_PAGE, plain_terms
from minutes.templatetags.search_tags import search_result_rows
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    CommitteeFactory,
    DecisionFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
    ReportFactory,
)
from tests.public_records import aware, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _built_for_each_request(settings):
    """Each search here is built afresh, so that its context can be read: the public's
    copy of a results page is kept until the record changes (tests/test_page_cache.py)."""
    settings.CACHE_PAGES = False


SECRET = "zanzibarquux"


def search(client, **params):
    return client.get(reverse("search"), params)


def results_of(response) -> list:
    assert response.status_code == 200
    return response.context["results"].results


def urls_of(response) -> list[str]:
    return [result.url for result in results_of(response)]


@pytest.fixture
def cabinet():
    return CommitteeFactory(name="Cabinet", slug="cabinet")


@pytest.fixture
def record(cabinet):
    """A published meeting with one of each kind of record, each with its own word."""
    meeting = MeetingFactory(committee=cabinet, starts_at=aware(2019, 3, 14))
    item = AgendaItemFactory(
        meeting=meeting,
        title="Broadband rollout",
        minute_text="## Progress\n\nMembers heard that fibre now reaches most homes; broadband is faster.",
    )
    point = DiscussionPointFactory(
        item=item,
        position=1,
        topic="Rural connectivity",
        text="The voucher scheme has helped villages; broadband there is still slow.",
    )
    point.speakers.add(PersonFactory(name="Ada Fleming"))
    decision = DecisionFactory(
        item=item, position=1, text="RESOLVED that the gigabit plan be approved."
    )
    action = ActionFactory(item=item, description="Officers to write to the telecoms regulator.")
    report = ReportFactory(item=item, title="Digital infrastructure strategy")
    return {
        "item": item,
        "point": point,
        "decision": decision,
        "action": action,
        "report": report,
    }


def plant_private(committee) -> None:
    """The secret word, with "Acme", in every kind of record of a draft meeting, of an
    exempt item, and in the minutes of a meeting whose minutes are not yet out."""
    draft = MeetingFactory(committee=committee, stage="draft")
    published = MeetingFactory(committee=committee, stage="published")
    agenda = MeetingFactory(committee=committee, stage="agenda")
    items = [
        AgendaItemFactory(meeting=draft, title=f"The {SECRET} Acme lease"),
        AgendaItemFactory(
            meeting=published,
            title=f"The {SECRET} Acme lease",
            is_exempt=True,
            exempt_reason="Paragraph 3 of Schedule 12A",
            minute_text=f"Members discussed the {SECRET} Acme lease in private.",
        ),
        AgendaItemFactory(meeting=agenda, title="Land disposals", minute_text="Draft words."),
    ]
    for item in items:
        item.minute_text = f"The {SECRET} Acme lease was discussed."
        item.save()
        point = DiscussionPointFactory(item=item, topic=f"{SECRET} Acme", text=f"{SECRET} Acme.")
        point.speakers.add(PersonFactory(name=f"Acme {SECRET}"))
        DecisionFactory(item=item, text=f"RESOLVED that the {SECRET} Acme lease be agreed.")
        ActionFactory(item=item, description=f"Officers to settle the {SECRET} Acme lease.")
        if item.meeting.stage != "agenda":
            # An agenda's reports are public: only a draft's or an exempt item's are not.
            ReportFactory(item=item, title=f"{SECRET} Acme valuation")


# --- Finding things ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words, kind, anchor",
    [
        ("fibre", "item", ""),
        ("voucher", "point", "#point-1"),
        ("gigabit", "decision", "#decision-1"),
        ("regulator", "action", ""),
        ("infrastructure", "report", "#reports"),
        ("Fleming", "point", "#point-1"),
    ],
)
def test_it_finds_each_kind_of_record_and_links_to_its_exact_place(
    client, record, words, kind, anchor
):
    response = search(client, q=words)
    expected = (
        record["action"].get_absolute_url()
        if kind == "action"
        else f"{record['item'].get_absolute_url()}{anchor}"
    )
    assert urls_of(response) == [expected]
    assert results_of(response)[0].kind == kind
    assert f'href="{expected}"' in response.content.decode()


def test_it_shows_snippets_with_the_words_found_highlighted(client, record):
    response = search(client, q="voucher scheme")
    html = response.content.decode()
    assert "<mark>voucher</mark>" in html and "<mark>scheme</mark>" in html
    assert "Cabinet, 14 March 2019, item" in text_of(response)
    assert "spoken to by Cllr Ada Fleming" in text_of(response)


def test_a_snippet_escapes_the_record(client, cabinet):
    item = AgendaItemFactory(
        meeting=MeetingFactory(committee=cabinet),
        minute_text="The hedgerow <script>alert(1)</script> budget & <b>more</b> was noted.",
    )
    html = search(client, q="hedgerow").content.decode()
    assert item.get_absolute_url() in html
    assert "<mark>hedgerow</mark>" in html
    assert "<script>alert(1)" not in html and "<b>more" not in html


def test_a_title_ranks_above_a_mention_in_passing(client, record, cabinet):
    other = AgendaItemFactory(
        meeting=MeetingFactory(committee=cabinet, starts_at=aware(2020, 1, 9)),
        title="Library opening hours",
        minute_text="Members noted the hours. Broadband in libraries was mentioned once.",
    )
    urls = urls_of(search(client, q="broadband", kind="item"))
    assert urls == [record["item"].get_absolute_url(), other.get_absolute_url()]


def test_a_phrase_matches_only_its_words_in_order(client, record):
    point_url = record["point"].get_absolute_url()
    assert urls_of(search(client, q='"rural connectivity"')) == [point_url]
    assert urls_of(search(client, q='"connectivity rural"')) == []


def test_a_word_with_a_star_finds_the_words_it_begins(client, record):
    assert record["item"].get_absolute_url() in urls_of(search(client, q="broadb*"))
    assert urls_of(search(client, q="gigab*")) == [
        record["decision"].item.get_absolute_url() + "#decision-1"
    ]


def test_a_word_with_a_minus_is_left_out(client, record):
    urls = urls_of(search(client, q="broadband -voucher"))
    assert record["item"].get_absolute_url() in urls
    assert record["point"].get_absolute_url() not in urls


def test_the_search_words_are_read_as_phrases_prefixes_and_exclusions():
    assert plain_terms('"shared services" procure* -cyber or budget') == (
        ["shared services", "procure", "budget"],
        ["cyber"],
    )


# --- Filters -------------------------------------------------------------------------------


def test_it_filters_by_committee_date_and_kind(client, record, cabinet):
    planning = CommitteeFactory(name="Planning", slug="planning")
    elsewhere = AgendaItemFactory(
        meeting=MeetingFactory(committee=planning, starts_at=aware(2021, 6, 3)),
        title="Broadband masts",
    )
    item_url, other_url = record["item"].get_absolute_url(), elsewhere.get_absolute_url()
    assert set(urls_of(search(client, q="broadband", kind="item"))) == {item_url, other_url}
    assert urls_of(search(client, q="broadband", kind="item", committee="planning")) == [other_url]
    assert urls_of(search(client, q="broadband", kind="item", since="2020-01-01")) == [other_url]
    assert urls_of(search(client, q="broadband", kind="item", until="2019-03-14")) == [item_url]
    assert urls_of(search(client, q="broadband", since="2019-03-14", until="2019-03-14")) == [
        item_url,
        record["point"].get_absolute_url(),
    ]
    assert {r.kind for r in results_of(search(client, q="broadband", kind="point"))} == {"point"}


def committee_options(response) -> list[tuple[str, str, bool]]:
    """(value, label, selected) of each option of the search form's committee list."""
    html = response.content.decode()
    select = html[
        html.index('name="committee"') : html.index("</select>", html.index('name="committee"'))
    ]
    return [
        (value, label, bool(selected))
        for value, selected, label in re.findall(
            r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select
        )
    ]


def test_the_committee_list_follows_the_record_and_keeps_the_choice(client, cabinet):
    CommitteeFactory(name="Audit", slug="audit")
    assert committee_options(search(client)) == [
        ("", "All committees", True),
        ("audit", "Audit", False),
        ("cabinet", "Cabinet", False),
    ]
    # Read once per version of the record: a second page reads no committee.
    with CaptureQueriesContext(connection) as queries:
        search(client, q="allotment")
    assert not any("minutes_committee" in query["sql"] for query in queries)
    # A committee renamed or added is in the list at the next request.
    cabinet.name = "Executive"
    cabinet.save()
    CommitteeFactory(name="Planning", slug="planning")
    assert committee_options(search(client, q="allotment", committee="cabinet")) == [
        ("", "All committees", False),
        ("audit", "Audit", False),
        ("cabinet", "Executive", True),
        ("planning", "Planning", False),
    ]


def test_bad_filters_get_a_clear_message_and_keep_what_was_typed(client, record):
    response = search(client, q="broadband", since="14/13/2019", until="2018-01-01")
    assert response.status_code == 200
    assert "results" not in response.context
    page, html = text_of(response), response.content.decode()
    assert "Error:" in page and "There is a problem" in page
    assert "Enter the date as year-month-day" in page
    assert 'value="14/13/2019"' in html and 'value="broadband"' in html

    page = text_of(search(client, q="broadband", since="2020-01-01", until="2019-01-01"))
    assert "The end date must be on or after the start date." in page

    page = text_of(search(client, q="broadband", committee="no-such-committee"))
    assert "Choose a committee from the list." in page

    page = text_of(search(client, q="   ", committee="cabinet"))
    assert "Enter the words you are looking for." in page


def test_nothing_found_says_so(client, record):
    assert "Nothing matched marmalade" in text_of(search(client, q="marmalade"))


def test_the_search_page_without_words_shows_the_form_only(client):
    response = client.get(reverse("search"))
    assert response.status_code == 200
    assert "results" not in response.context
    assert "There is a problem" not in text_of(response)


# --- Pages ---------------------------------------------------------------------------------


def test_results_come_a_page_at_a_time_without_counting_them_all(client, cabinet):
    item = AgendaItemFactory(meeting=MeetingFactory(committee=cabinet), title="Verges")
    DiscussionPoint.objects.bulk_create(
        DiscussionPoint(item=item, position=n, topic=f"Hedgerow {n}", text="Hedgerows were cut.")
        for n in range(1, RESULTS_PER_PAGE + 6)
    )
    first = search(client, q="hedgerow")
    assert len(results_of(first)) == RESULTS_PER_PAGE
    assert first.context["results"].has_next
    assert 'rel="next"' in first.content.decode()
    assert "page=2" in first.content.decode()

    second = search(client, q="hedgerow", page=2)
    assert len(results_of(second)) == 5
    assert not second.context["results"].has_next
    assert 'rel="prev"' in second.content.decode()
    # Between them the two pages hold every point once.
    assert len(set(urls_of(first)) | set(urls_of(second))) == RESULTS_PER_PAGE + 5

    beyond = search(client, q="hedgerow", page="999")
    assert results_of(beyond) == [] and "No more results." in text_of(beyond)
    assert results_of(search(client, q="hedgerow", page="x"))  # a bad number is page 1


def test_a_very_common_word_is_ranked_among_its_newest_matches_and_dates_reach_back(
    client, cabinet, monkeypatch
):
    """However common a word, only the newest RANKED_PER_KIND matches of each kind are scored;
    the page says so, and a date range reaches the older ones."""
    monkeypatch.setattr(search_module, "RANKED_PER_KIND", 3)
    for year in range(2015, 2021):
        item = AgendaItemFactory(
            meeting=MeetingFactory(committee=cabinet, starts_at=aware(year, 6, 1)),
            title=f"Hedgerows {year}",
        )
        DiscussionPointFactory(item=item, topic="Verges", text="Hedgerows were cut back.")
    found = results_of(search(client, q="hedgerows", kind="point"))
    assert sorted(r.meeting.starts_at.year for r in found) == [2018, 2019, 2020]

    older = results_of(search(client, q="hedgerows", kind="point", until="2016-12-31"))
    assert sorted(r.meeting.starts_at.year for r in older) == [2015, 2016]

    monkeypatch.setattr(search_module, "RESULTS_PER_PAGE", 2)
    monkeypatch.setattr(search_pages, "RESULTS_PER_PAGE", 2)
    page = text_of(search(client, q="hedgerows"))
    assert "the best are chosen from the newest" in page


def test_only_the_words_found_are_marked_whatever_the_record_holds(client, cabinet):
    """The snippet marks words with two private characters; a record holding them itself
    (pasted from a document that used them) must not turn them into marks. PostgreSQL's
    ts_headline drops such characters, and the other path strips them."""
    item = AgendaItemFactory(meeting=MeetingFactory(committee=cabinet), title="Verges")
    DiscussionPointFactory(
        item=item, topic="Verges", text="Odd \ue000glyphs\ue001 sat beside the hedgerows here."
    )
    [result] = results_of(search(client, q="hedgerows"))
    assert str(result.snippet).count("<mark>") == 1
    assert "<mark>hedgerows</mark>" in str(result.snippet)


def build_matches(committee, count: int) -> None:
    """`count` records of every kind, each with the word "allotment"."""
    for _ in range(count):
        item = AgendaItemFactory(
            meeting=MeetingFactory(committee=committee), title="Allotment rents"
        )
        point = DiscussionPointFactory(item=item, text="Allotment waiting lists are long.")
        point.speakers.add(PersonFactory())
        DecisionFactory(item=item, text="RESOLVED that allotment rents rise.")
        ActionFactory(item=item, description="Officers to review allotment plots.")
        ReportFactory(item=item, title="Allotment review")


def count_queries(client, **params) -> int:
    # The committees of the form are read once per version of the record: counted here as
    # a reader finds the page after its first request since the last change.
    search(client, **params)
    with CaptureQueriesContext(connection) as queries:
        response = search(client, **params)
    assert response.status_code == 200
    return len(queries)


def test_a_page_of_results_is_a_fixed_number_of_queries(client, cabinet):
    kinds = ["item", "point", "decision", "action", "report"]
    build_matches(cabinet, 1)
    # Every kind is on this page: one query for the page, one per kind, one for speakers.
    everything = count_queries(client, q="allotment")
    each = {kind: count_queries(client, q="allotment", kind=kind) for kind in kinds}
    build_matches(cabinet, 12)
    assert {kind: count_queries(client, q="allotment", kind=kind) for kind in kinds} == each
    # A page of many matches may hold fewer kinds, never more queries.
    assert count_queries(client, q="allotment") <= everything
    assert count_queries(client, q="allotment", page=3) <= everything
    assert everything <= 10


# --- Only what is public -------------------------------------------------------------------


def test_the_public_never_finds_drafts_exempt_items_or_unpublished_minutes(client, cabinet):
    plant_private(cabinet)
    for kind in ["", "item", "point", "decision", "action", "report"]:
        response = search(client, q="Acme", kind=kind)
        assert results_of(response) == [], kind
        assert SECRET not in response.content.decode(), kind
        assert results_of(search(client, q=SECRET, kind=kind)) == [], kind
        assert results_of(search(client, q="zanzibar*", kind=kind)) == [], kind


def test_a_signed_in_member_or_officer_finds_only_public_records_too(
    member_client, officer_client, cabinet
):
    plant_private(cabinet)
    for client in (member_client, officer_client):
        response = search(client, q="Acme")
        assert results_of(response) == []
        assert SECRET not in response.content.decode()


def test_a_clerk_finds_drafts_and_exempt_items_clearly_marked(clerk_client, cabinet, record):
    plant_private(cabinet)
    response = search(clerk_client, q="Acme")
    results = results_of(response)
    marks = {result.not_public for result in results}
    assert marks == {
        "Draft meeting: not public",
        "Exempt item: not public",
        "Minutes not yet published",
    }
    assert {result.kind for result in results} == {"item", "point", "decision", "action", "report"}
    page = text_of(response)
    assert "results include draft meetings, exempt items and unpublished minutes" in page
    assert page.count("Draft meeting: not public") == 5
    # A record the public page does not show is linked to the clerk's item page.
    draft_item = next(r for r in results if r.not_public.startswith("Draft") and r.kind == "item")
    assert draft_item.url.startswith("/clerk/meetings/")
    # Public records found by a clerk are not marked.
    assert [r.not_public for r in results_of(search(clerk_client, q="gigabit"))] == [""]


# --- Kept current --------------------------------------------------------------------------


def test_records_written_in_bulk_or_changed_in_place_are_found(client, cabinet):
    item = AgendaItemFactory(meeting=MeetingFactory(committee=cabinet), title="Waste")
    (point,) = DiscussionPoint.objects.bulk_create(
        [DiscussionPoint(item=item, position=1, topic="Bins", text="Weekly collections.")]
    )
    assert urls_of(search(client, q="weekly")) == [point.get_absolute_url()]

    DiscussionPoint.objects.filter(pk=point.pk).update(text="Fortnightly collections.")
    assert urls_of(search(client, q="weekly")) == []
    assert urls_of(search(client, q="fortnightly")) == [point.get_absolute_url()]

    speaker = PersonFactory(name="Petra Quill")
    DiscussionPoint.speakers.through.objects.bulk_create(
        [DiscussionPoint.speakers.through(discussionpoint_id=point.pk, person_id=speaker.pk)]
    )
    assert urls_of(search(client, q="Quill")) == [point.get_absolute_url()]

    speaker.name = "Petra Quinton"
    speaker.save()
    assert urls_of(search(client, q="Quinton")) == [point.get_absolute_url()]
    assert urls_of(search(client, q="Quill")) == []

    point.speakers.remove(speaker)
    assert urls_of(search(client, q="Quinton")) == []


def test_an_item_made_exempt_or_moved_back_to_draft_drops_out_of_search(client, record):
    item = record["item"]
    assert urls_of(search(client, q="fibre")) == [item.get_absolute_url()]
    type(item).objects.filter(pk=item.pk).update(is_exempt=True, exempt_reason="Paragraph 3")
    assert urls_of(search(client, q="fibre")) == []
    assert urls_of(search(client, q="gigabit")) == []


# --- The box in the header -----------------------------------------------------------------


def test_every_page_has_the_search_box_in_its_header(client, record):
    for url in [
        reverse("home"),
        reverse("committee_list"),
        record["item"].get_absolute_url(),
        reverse("action_list"),
        reverse("people_list"),
    ]:
        html = client.get(url).content.decode()
        header = html[html.index("<header") : html.index("</header>")]
        assert f'action="{reverse("search")}"' in header, url
        assert 'role="search"' in header and 'name="q"' in header, url
        assert (
            '<label class="govuk-visually-hidden" for="header-search">Search</label>' in header
        ), url


# --- The rows of results -------------------------------------------------------------------

# The template loop the rows replaced, whitespace and all.
RESULT_LOOP = (
    "{% load minutes_tags %}{% for result in results %}"
    '\n        <li class="app-search-result" data-kind="{{ result.kind }}">'
    '\n          <span class="govuk-caption-s">{{ result.kind_label }}</span>'
    '\n          <h3 class="govuk-heading-s govuk-!-margin-bottom-1"><a class="govuk-link"'
    ' href="{{ result.url }}">{{ result.title }}</a>'
    '\n            {% if result.not_public %}<strong class="govuk-tag govuk-tag--red'
    ' app-not-public">{{ result.not_public }}</strong>{% endif %}</h3>'
    '\n          {% if result.snippet %}<p class="govuk-body govuk-!-margin-bottom-1'
    ' app-snippet">{{ result.snippet }}</p>{% endif %}'
    '\n          <p class="govuk-body-s app-meta">{{ result.meeting.committee.name }},'
    " {{ result.meeting.starts_at|uk_date }}, item {{ result.item.number }}"
    " {{ result.item.title }}{% if result.speakers %}; spoken to by {% for person in"
    " result.speakers %}{{ person.full_name }}{% if not forloop.last %}, {% endif %}"
    '{% endfor %}{% endif %}{% if result.kind == "action" %};'
    " {{ result.record.get_status_display|lower }}{% endif %}</p>"
    "\n        </li>\n      {% endfor %}"
)
TYPED = '<script>alert("x")</script> & "broadband"'


def test_each_row_of_results_is_the_template_loop_it_replaced_and_escapes_the_record(
    clerk, cabinet, record
):
    cabinet.name = "Cabinet & <b>Board</b>"
    cabinet.save()
    item = record["item"]
    item.title = TYPED
    item.save()
    record["point"].speakers.add(PersonFactory(honorific="Cllr", name="<i>O'Hara</i>"))
    record["decision"].text = "RESOLVED that the broadband plan be approved."
    record["decision"].save()
    record["action"].description = "Officers to write to the broadband regulator."
    record["action"].status = "in_progress"
    record["action"].save()
    record["report"].title = "Broadband strategy"
    record["report"].save()
    plant_private(cabinet)
    AgendaItemFactory(
        meeting=MeetingFactory(committee=cabinet, stage="draft"), title="broadband draft"
    )
    for user in (AnonymousUser(), clerk):
        results = search_pages.search(user, "broadband").results
        assert {result.kind for result in results} == {
            "item",
            "point",
            "decision",
            "action",
            "report",
        }
        rows = search_result_rows(results)
        assert rows == Template(RESULT_LOOP).render(Context({"results": results}))
        assert TYPED not in rows and "<i>O'Hara</i>" not in rows and "<b>Board</b>" not in rows
        assert "spoken to by Cllr &lt;i&gt;O&#x27;Hara&lt;/i&gt;, Cllr Ada Fleming" in rows
        assert "; in progress</p>" in rows
        assert ("app-not-public" in rows) == (user == clerk)
