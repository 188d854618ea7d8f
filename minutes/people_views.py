"""The people named in the public record: the list of them, and one person's page.

Only people with a public page (`Person.objects.public()`) are listed or found. A person's
page reads only public minutes, and pages its long lists (what they said, what they
introduced, their actions) so that the busiest person's page costs the same queries as
anyone else's: one count (or, for what they said, one list of keys) and one page for each.
"""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from actions.models import Action
from minutes.caching import cache_public_page, cached_value
from minutes.forms import PeopleFilterForm
from minutes.models import (
    OF_PUBLIC_MINUTES,
    AgendaItem,
    Attendance,
    DiscussionPoint,
    Meeting,
    Membership,
    Person,
)

PEOPLE_PER_PAGE = 50
POINTS_PER_PAGE = 20
ITEMS_PER_PAGE = 10
ACTIONS_PER_PAGE = 20
RECENT_MEETINGS = 10

Kind = Attendance.Kind


def _crumbs(*pairs: tuple[str, str | None]) -> list[tuple[str, str | None]]:
    return [("Home", reverse("home")), *pairs]


def _page_by_key(name: str, ordered, rows, per_page: int, number: str | None) -> Page:
    """A page of one of a person's long lists: the list's keys in order, read once per
    version of the record under `name`, then the page's rows fetched by key from `rows`,
    which hold the rules again, so that a row made private since the keys were read never
    shows."""
    keys = cached_value(name, lambda: list(ordered.values_list("pk", flat=True)))
    page = Paginator(keys, per_page).get_page(number)
    by_key = rows.in_bulk(page.object_list)
    page.object_list = [by_key[key] for key in page.object_list if key in by_key]
    return page


def _without(query: QueryDict, param: str) -> str:
    """The query string without one parameter, for links that set it."""
    query = query.copy()
    query.pop(param, None)
    return query.urlencode()


@cache_public_page
def people_list(request: HttpRequest) -> HttpResponse:
    """Everyone with a public page, by name; filtered by a name, a committee and a role.

    Who has a public page, in order of name, is a question over the whole record: asked
    once per version of it, as a list of keys. A page is then fifty of those keys, fetched
    by key; a filter asks only which people match it, and keeps the list's order.
    """
    form = PeopleFilterForm(request.GET or None)
    keys = _public_people()
    if form.is_valid():
        matching = _matching_people(form.cleaned_data)
        if matching is not None:
            wanted = set(matching.values_list("pk", flat=True))
            keys = [key for key in keys if key in wanted]
    elif form.is_bound:
        keys = []
    page = Paginator(keys, PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
    today = timezone.localdate()
    by_key = _with_seats(Person.objects.all(), today).in_bulk(page.object_list)
    page.object_list = [by_key[key] for key in page.object_list if key in by_key]
    return render(
        request,
        "minutes/people_list.html",
        {
            "form": form,
            "page": page,
            "people": page.object_list,
            "query": _without(request.GET, "page"),
            "filtered": form.is_bound,
            "today": today,
            "crumbs": _crumbs(("People", None)),
        },
    )


def _public_people() -> list[int]:
    """The keys of everyone with a public page, by name: asked once per version of the
    record (nine questions of each of thousands of people), then read from the cache."""
    return cached_value(
        "people-with-a-public-page-by-name",
        lambda: list(Person.objects.public().order_by("name", "pk").values_list("pk", flat=True)),
    )


def _with_seats(people, today):
    """People with the seats they hold or are to hold (`seats`), and how many they held
    before (`earlier_seats`).

    A councillor of twenty years has sat on many committees; the list names the seats of
    now and counts the rest, so that a row stays the same size however long the record
    grows. Their own page lists every seat.
    """
    not_ended = Q(ended_on__isnull=True) | Q(ended_on__gte=today)
    seats = Membership.objects.filter(not_ended).select_related("committee")
    return people.prefetch_related(
        Prefetch(
            "memberships",
            queryset=seats.order_by("committee__name", "-started_on"),
            to_attr="seats",
        )
    ).annotate(earlier_seats=Count("memberships", filter=Q(memberships__ended_on__lt=today)))


def _matching_people(filters: dict):
    """The people a valid filter asks for (public or not: the caller keeps only those with a
    public page), or None when it asks for everyone."""
    people = Person.objects.all()
    narrowed = False
    if text := filters["q"]:
        people = people.filter(
            Q(name__icontains=text) | Q(organisation__icontains=text) | Q(position__icontains=text)
        )
        narrowed = True
    seats = Membership.objects.filter(person=OuterRef("pk"))
    if committee := filters["committee"]:
        seats = seats.filter(committee=committee)
    if role := filters["role"]:
        seats = seats.filter(role=role)
    if committee or role:
        people = people.filter(Exists(seats))
        narrowed = True
    return people if narrowed else None


def attendance_record(person: Person) -> list[dict]:
    """Per committee, how often the person was present, sent apologies, was absent... at
    meetings with public minutes: one query, grouped by committee."""
    counts = {
        kind: Count("pk", filter=Q(kind=kind))
        for kind in (Kind.PRESENT, Kind.APOLOGIES, Kind.ABSENT, Kind.SUBSTITUTE, Kind.IN_ATTENDANCE)
    }
    return list(
        person.attendances.filter(meeting__in=Meeting.objects.with_public_minutes())
        .values("meeting__committee__name", "meeting__committee__slug")
        .annotate(**counts, meetings=Count("pk"), last=Max("meeting__starts_at"))
        .order_by("meeting__committee__name")
    )


def _points_spoken(person: Person, number: str | None) -> Page:
    """A page of what the person said in public minutes, newest first.

    Ordered and cut to a page in one query, the planner must guess how soon the person's
    points turn up in the newest meetings: for the busiest speaker it sorted every item in
    the archive (40 ms), and for anyone else it would walk the whole discussion.
    """
    return _page_by_key(
        f"points-spoken-by:{person.pk}",
        DiscussionPoint.objects.filter(OF_PUBLIC_MINUTES, speakers=person).order_by(
            "-item__meeting__starts_at", "item__position", "position"
        ),
        DiscussionPoint.objects.filter(OF_PUBLIC_MINUTES)
        .select_related("item__meeting__committee")
        .only(
            "item_id",
            "position",
            "topic",
            "text",
            "item__meeting_id",
            "item__number",
            "item__title",
            "item__meeting__committee_id",
            "item__meeting__slug",
            "item__meeting__starts_at",
            "item__meeting__committee__name",
            "item__meeting__committee__slug",
        ),
        POINTS_PER_PAGE,
        number,
    )


@cache_public_page
def person_detail(request: HttpRequest, person: str) -> HttpResponse:
    """A person: committees, attendance record, what they said and introduced, their actions."""
    # Whether the person has a public page is a question of nine parts: answered from the
    # list of those who have one, kept once per version of the record.
    person = get_object_or_404(Person, slug=person)
    if person.pk not in _public_people():
        raise Http404("No such person.")
    public_minutes = Meeting.objects.with_public_minutes()
    public_items = AgendaItem.objects.with_public_minutes()
    points = _points_spoken(person, request.GET.get("said"))
    introduced = _page_by_key(
        f"items-introduced-by:{person.pk}",
        public_items.filter(introduced_by=person).order_by("-meeting__starts_at", "position"),
        public_items.select_related("meeting__committee").defer("minute_text", "search_vector"),
        ITEMS_PER_PAGE,
        request.GET.get("introduced"),
    )
    actions = _page_by_key(
        f"actions-owned-by:{person.pk}",
        Action.objects.public()
        .filter(owner=person)
        .order_by("-item__meeting__starts_at", "reference"),
        Action.objects.public().listed(),
        ACTIONS_PER_PAGE,
        request.GET.get("actions"),
    )
    recent = (
        person.attendances.filter(meeting__in=public_minutes)
        .select_related("meeting__committee", "substitute_for")
        .defer("meeting__printed_names", "meeting__committee__description")
        .order_by("-meeting__starts_at")[:RECENT_MEETINGS]
    )
    return render(
        request,
        "minutes/person_detail.html",
        {
            "person": person,
            "memberships": person.memberships.select_related("committee").order_by(
                "committee__name", "-started_on"
            ),
            # Counted over twenty years of meetings: once per version of the record.
            "attendance_record": cached_value(
                f"attendance-record-of:{person.pk}", lambda: attendance_record(person)
            ),
            "attendances": recent,
            "points": points,
            "introduced": introduced,
            "actions_page": actions,
            "query_without": {
                name: _without(request.GET, name) for name in ("said", "introduced", "actions")
            },
            "crumbs": _crumbs(("People", reverse("people_list")), (person.full_name, None)),
        },
    )
