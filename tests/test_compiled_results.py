"""Querysets compiled once a process and run with each request's values (`compiled.results`):
they give exactly what the queryset gives, one run's values are never another's, and a
queryset that holds anything but its values (a clock's reading) is refused."""

import pytest
from django.db.models import F
from django.db.models.sql.compiler import SQLCompiler
from django.utils import timezone

from minutes import compiled
from minutes.compiled import results
from minutes.models import AgendaItem, Attendance, Meeting
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    MeetingFactory,
    PersonFactory,
)
from tests.public_records import aware

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh():
    compiled._STATEMENTS.clear()
    yield
    compiled._STATEMENTS.clear()


@pytest.fixture
def two_meetings():
    """Two committees' meetings, each with its own chair, items and register."""
    meetings = []
    for name, chair in (("Cabinet", "Ann Bright"), ("Scrutiny", "Cara Dane")):
        committee = CommitteeFactory(name=name, slug=name.lower())
        meeting = MeetingFactory(
            committee=committee, starts_at=aware(2024, 5, 1), chair=PersonFactory(name=chair)
        )
        for position in (2, 1, 3):
            AgendaItemFactory(meeting=meeting, position=position, title=f"{name} item {position}")
        AttendanceFactory(meeting=meeting, person=meeting.chair)
        meetings.append(meeting)
    return meetings


def _meeting(committee: str, slug: str):
    return Meeting.objects.select_related("committee", "chair").filter(
        committee__slug=committee, slug=slug
    )


def _agenda(meeting: int):
    return (
        AgendaItem.objects.filter(meeting=meeting)
        .annotate(committee_name=F("meeting__committee__name"))
        .order_by("position")
    )


def _titles(meeting: int):
    return AgendaItem.objects.filter(meeting=meeting).order_by("position").values("title")


def _register(meeting: int):
    return Attendance.objects.filter(meeting=meeting).values_list("person__name", "kind")


def test_each_run_gives_what_the_queryset_gives_for_its_own_values(
    two_meetings, django_assert_num_queries
):
    for _ in range(2):  # the second time round, every statement is already compiled
        for meeting in two_meetings:
            slug = (meeting.committee.slug, meeting.slug)
            with django_assert_num_queries(1):
                found = results(_meeting, _meeting, committee=slug[0], slug=slug[1])
                # what it selected of related rows is there, with no query of its own
                assert (found[0].committee.name, found[0].chair.name) == (
                    meeting.committee.name,
                    meeting.chair.name,
                )
            assert found == list(_meeting(*slug))
            agenda = results(_agenda, _agenda, meeting=meeting.pk)
            assert [(i.pk, i.title, i.committee_name) for i in agenda] == [
                (i.pk, i.title, i.committee_name) for i in _agenda(meeting.pk)
            ]
            assert [i.title for i in agenda] == [
                f"{meeting.committee.name} item {n}" for n in (1, 2, 3)
            ]
            assert results(_titles, _titles, meeting=meeting.pk) == list(_titles(meeting.pk))
            assert results(_register, _register, meeting=meeting.pk) == [
                (meeting.chair.name, "present")
            ]


def test_a_statement_is_compiled_once_and_then_only_run(two_meetings, monkeypatch):
    compiles = []
    as_sql = SQLCompiler.as_sql

    def counted(self, *args, **kwargs):
        compiles.append(self.query.model)
        return as_sql(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "as_sql", counted)
    first, second = two_meetings
    results(_titles, _titles, meeting=first.pk)
    assert len(compiles) == 2  # built twice with markers, to check nothing else changes
    assert results(_titles, _titles, meeting=second.pk) == [
        {"title": f"Scrutiny item {n}"} for n in (1, 2, 3)
    ]
    assert len(compiles) == 2


def test_nothing_found_is_an_empty_list_not_another_runs_rows(two_meetings):
    first, _ = two_meetings
    assert results(_titles, _titles, meeting=first.pk)
    assert results(_titles, _titles, meeting=first.pk + 1000) == []
    assert results(_meeting, _meeting, committee="cabinet", slug="no-such-day") == []


def test_a_queryset_holding_a_clocks_reading_is_refused():
    def past(meeting: int):
        return Meeting.objects.filter(pk=meeting, starts_at__lt=timezone.now())

    with pytest.raises(ValueError, match="more than its values"):
        results(past, past, meeting=1)


def test_a_value_worked_out_from_another_is_refused():
    def containing(word: str):
        return AgendaItem.objects.filter(title__icontains=word)

    with pytest.raises(ValueError, match="markers not found"):
        results(containing, containing, word="budget")


def test_a_queryset_that_prefetches_or_a_value_of_another_type_is_refused():
    def prefetching(meeting: int):
        return Meeting.objects.filter(pk=meeting).prefetch_related("agenda_items")

    with pytest.raises(ValueError, match="cannot prefetch"):
        results(prefetching, prefetching, meeting=1)
    with pytest.raises(ValueError, match="no marker"):
        results(_titles, _titles, meeting=1.5)


def _items(keys: list[int]):
    return AgendaItem.objects.filter(pk__in=keys).order_by("title").values_list("title", flat=True)


def test_a_list_of_values_is_a_shape_for_each_length_and_never_another_lists(two_meetings):
    cabinet = list(AgendaItem.objects.filter(meeting=two_meetings[0]).order_by("position"))
    scrutiny = list(AgendaItem.objects.filter(meeting=two_meetings[1]).order_by("position"))
    assert results(_items, _items, keys=[cabinet[0].pk, cabinet[1].pk]) == [
        "Cabinet item 1",
        "Cabinet item 2",
    ]
    assert results(_items, _items, keys=[scrutiny[2].pk, scrutiny[0].pk]) == [
        "Scrutiny item 1",
        "Scrutiny item 3",
    ]
    assert results(_items, _items, keys=[scrutiny[1].pk]) == ["Scrutiny item 2"]
    assert results(_items, _items, keys=[i.pk for i in cabinet + scrutiny]) == sorted(
        i.title for i in cabinet + scrutiny
    )
    with pytest.raises(ValueError, match="1 to 9,999"):
        results(_items, _items, keys=[])
