"""Public pages of the record: committees, meetings and items, as the public may see them.

People have their own module (people.py), and search too (search.py, search_views.py); what a
meeting's page shows of its record besides the agenda is read in meeting_record.py.

Every page follows the publication rules: a draft meeting is not found; at the agenda stage
a meeting shows its agenda and reports only; an exempt item shows its number, title and the
reason it is withheld. Each view fetches what its template needs in a fixed number of queries.
"""

from __future__ import annotations

from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Subquery,
    Value,
    When,
)
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from actions.models import Action
from minutes.addresses import address
from minutes.caching import cache_public_page, cached_count, cached_rows
from minutes.compiled import results
from minutes.corrections import corrections_with_changes, meeting_corrections
from minutes.meeting_documents import agenda_size
from minutes.meeting_record import attendance, matters_arising, notes_here
from minutes.models import (
    AgendaItem,
    Committee,
    Correction,
    Meeting,
    Membership,
    Person,
    Report,
)

HOME_LIST_LENGTH = 5

ROLE_ORDER = Case(
    *(When(role=role, then=Value(n)) for n, role in enumerate(Membership.Role.values)),
    output_field=IntegerField(),
)


def _crumbs(*pairs: tuple[str, str | None]) -> list[tuple[str, str | None]]:
    return [("Home", address("home")), *pairs]


def _meeting_crumbs(meeting: Meeting) -> list[tuple[str, str | None]]:
    return _crumbs(
        ("Committees", address("committee_list")),
        (meeting.committee.name, meeting.committee.get_absolute_url()),
    )


def _public_reports():
    """Reports the public may open: never those of an exempt item."""
    return Report.objects.filter(item__is_exempt=False).select_related("presenter")


def _public_actions():
    return (
        Action.objects.public()
        .select_related("owner", "discussion_point")
        .defer("search_vector", "discussion_point__search_vector")
    )


def _get_public_meeting(committee: str, meeting: str) -> Meeting:
    """The meeting at this address, or 404 when there is none or it is still a draft."""
    found = results(_public_meeting, _public_meeting, committee=committee, meeting=meeting)
    if not found:
        raise Http404("No meeting at this address.")
    return found[0]


def _public_meeting(committee: str, meeting: str):
    return (
        Meeting.objects.public()
        .select_related("committee", "chair", "signed_by", "confirmed_at__committee")
        .filter(committee__slug=committee, slug=meeting)
        # Few meetings are ever corrected, and many (most, in older records) have no report
        # the public may open: whether this one has either comes with it, and its
        # corrections and reports are read only if so.
        .annotate(
            corrected=Exists(Correction.objects.filter(meeting=OuterRef("pk"))),
            has_reports=Exists(_public_reports().filter(item__meeting=OuterRef("pk"))),
        )
        .order_by()
    )


@cache_public_page
def home(request: HttpRequest) -> HttpResponse:
    """Coming meetings, recently published minutes, and open and overdue actions at a glance.

    The counts are counted once per version of the record (and day), not on every request.
    """
    public = Meeting.objects.public().select_related("committee")
    open_actions = Action.objects.public().open()
    counts = {
        "open": cached_count("open-actions", open_actions),
        "overdue": cached_count("overdue-actions", open_actions.overdue()),
    }
    return render(
        request,
        "minutes/home.html",
        {
            "coming": _listed(public.upcoming()[:HOME_LIST_LENGTH]),
            "recent": _listed(public.with_public_minutes().past()[:HOME_LIST_LENGTH]),
            "committees": Committee.objects.all(),
            "open_count": counts["open"],
            "overdue_count": counts["overdue"],
            "open_query": "&".join(f"status={s}" for s in Action.OPEN_STATUSES),
        },
    )


def _listed(meetings) -> list[dict]:
    """Meetings as the rows a list of them shows (includes/meeting_list.html): their
    address, committee's name, start, and whether cancelled and at what stage."""
    return [
        {
            "url": meeting.get_absolute_url(),
            "committee": meeting.committee.name,
            "starts_at": meeting.starts_at,
            "is_cancelled": meeting.is_cancelled,
            "stage": meeting.stage,
        }
        for meeting in meetings
    ]


@cache_public_page
def committee_list(request: HttpRequest) -> HttpResponse:
    """Every committee, with its next meeting and how many meetings it has held."""
    counts = dict(
        cached_rows(
            "meetings-per-committee",
            Meeting.objects.public()
            .order_by()
            .values_list("committee_id")
            .annotate(meetings=Count("pk")),
        )
    )
    # Each committee a row of what the list shows, its next meeting's date and address as
    # two columns of that row: one query, and no meeting read that the list does not show.
    next_meeting = (
        Meeting.objects.public()
        .upcoming()
        .filter(committee=OuterRef("pk"))
        .order_by("starts_at", "pk")
    )
    committees = list(
        Committee.objects.values(
            "pk",
            "slug",
            "name",
            "description",
            next_slug=Subquery(next_meeting.values("slug")[:1]),
            next_starts_at=Subquery(next_meeting.values("starts_at")[:1]),
        )
    )
    # Each committee's address is the list's and its slug: reversed once, not once a row.
    listed_at = address("committee_list")
    for committee in committees:
        committee["url"] = f"{listed_at}{committee['slug']}/"
        committee["next_url"] = (
            committee["next_slug"] and f"{committee['url']}{committee['next_slug']}/"
        )
        committee["meeting_count"] = counts.get(committee["pk"], 0)
    return render(
        request,
        "minutes/committee_list.html",
        {"committees": committees, "crumbs": _crumbs(("Committees", None))},
    )


@cache_public_page
def committee_detail(request: HttpRequest, committee: str) -> HttpResponse:
    """One committee: its members, next meeting, and past meetings by year."""
    committee = get_object_or_404(Committee, slug=committee)
    members = (
        committee.memberships.current()
        .select_related("person")
        .order_by(ROLE_ORDER, "person__name")
    )
    # Only what the list shows, each meeting a row of its fields rather than a model built
    # for five of them: twenty years of a committee's meetings are hundreds of rows. The
    # names as printed belong to each meeting's own pages.
    committee_url = committee.get_absolute_url()
    here = timezone.get_current_timezone()
    meetings = list(
        committee.meetings.public()
        .order_by("-starts_at")
        .values("starts_at", "slug", "venue", "is_cancelled", "stage")
    )
    for row in meetings:
        row["url"] = f"{committee_url}{row['slug']}/"
        row["starts_at"] = row["starts_at"].astimezone(here)
    now = timezone.now()
    coming = [m for m in reversed(meetings) if m["starts_at"] >= now]
    going_ahead = [m for m in coming if not m["is_cancelled"]]
    # The past meetings by year (local time), grouped here once rather than by the template.
    past_years: dict[int, list[dict]] = {}
    for row in meetings:
        if row["starts_at"] < now:
            past_years.setdefault(row["starts_at"].year, []).append(row)
    return render(
        request,
        "minutes/committee_detail.html",
        {
            "committee": committee,
            "members": members,
            "next_meeting": going_ahead[0] if going_ahead else None,
            "later": [m for m in coming if m is not going_ahead[0]] if going_ahead else coming,
            "past_years": past_years.items(),
            "crumbs": _crumbs(("Committees", reverse("committee_list")), (committee.name, None)),
        },
    )


@cache_public_page
def meeting_detail(request: HttpRequest, committee: str, meeting: str) -> HttpResponse:
    """A meeting: its stage, attendance, agenda, documents and matters arising."""
    meeting = _get_public_meeting(committee, meeting)
    url = meeting.get_absolute_url()
    # The agenda shows numbers and titles only: the minute text stays in the database, and
    # a row of the agenda is a dict, not an item built for four of its fields.
    items = results(_agenda_rows, _agenda_rows, meeting=meeting.pk)
    for item in items:
        item["url"] = f"{url}items/{item['number']}/"
    # The documents in agenda order, each with its item's number; their search index
    # stays in the database.
    reports = meeting.has_reports and results(
        _meeting_reports, _meeting_reports, meeting=meeting.pk
    )
    context = {
        "meeting": meeting,
        "committee": meeting.committee,
        "items": items,
        "reports": reports,
        "agenda_size": agenda_size(meeting),
        "crumbs": [*_meeting_crumbs(meeting), (f"{meeting.date:%-d %B %Y}", None)],
        **matters_arising(request, meeting),
    }
    if meeting.is_locked and meeting.corrected:
        context["meeting_corrections"] = meeting_corrections(meeting, items=False).own
    if meeting.minutes_public:
        # Attendance and the committee's notes on matters arising are part of the minutes,
        # so they show with them and not before.
        context["attendance"] = attendance(meeting)
        context["notes_here"] = notes_here(meeting)
    return render(request, "minutes/meeting_detail.html", context)


# A meeting page's queries, each compiled once a process (minutes/compiled.py).


def _agenda_rows(meeting: int):
    return (
        AgendaItem.objects.filter(meeting=meeting)
        .order_by("position")
        .values("number", "title", "is_exempt")
    )


def _meeting_reports(meeting: int):
    return (
        _public_reports()
        .filter(item__meeting=meeting)
        .defer("search_vector")
        .annotate(item_number=F("item__number"))
        .order_by("item__position", "position", "pk")
    )


@cache_public_page
def item_detail(request: HttpRequest, committee: str, meeting: str, number: str) -> HttpResponse:
    """An item: its minute, reports, discussion points, decisions, declarations and actions."""
    item = get_object_or_404(
        # Who signed the minutes is in the banner: fetched with the item, not after it.
        AgendaItem.objects.public()
        .select_related(
            "meeting__committee",
            "meeting__confirmed_at__committee",
            "meeting__signed_by",
            "introduced_by",
        )
        .defer("search_vector"),
        meeting__committee__slug=committee,
        meeting__slug=meeting,
        number=number,
    )
    meeting = item.meeting
    # The items of one meeting, and what belongs to one item, need no sorting by meeting.
    agenda = list(
        meeting.agenda_items.only("number", "title", "position", "meeting_id").order_by("position")
    )
    at = next(n for n, other in enumerate(agenda) if other.pk == item.pk)
    context = {
        "item": item,
        "meeting": meeting,
        "committee": meeting.committee,
        "previous_item": agenda[at - 1] if at > 0 else None,
        "next_item": agenda[at + 1] if at + 1 < len(agenda) else None,
        "crumbs": [
            *_meeting_crumbs(meeting),
            (f"{meeting.date:%-d %B %Y}", meeting.get_absolute_url()),
            (f"Item {item.number}", None),
        ],
    }
    if not item.is_exempt:
        context["reports"] = list(
            _public_reports().filter(item=item).defer("search_vector").order_by("position", "pk")
        )
    if item.minutes_public:
        # The search index columns are never shown: they stay in the database.
        context["points"] = (
            item.discussion_points.defer("search_vector")
            .order_by("position")
            .prefetch_related(
                # A list on each point: no related manager is made per point to read it.
                Prefetch(
                    "speakers",
                    queryset=Person.objects.order_by("name"),
                    to_attr="speakers_by_name",
                )
            )
        )
        context["decisions"] = item.decisions.defer("search_vector").order_by("position")
        context["declarations"] = item.declarations.select_related("person").order_by(
            "person__name"
        )
        context["corrections"] = corrections_with_changes(item)
        context["actions"] = _public_actions().filter(item=item).order_by("reference")
    return render(request, "minutes/item_detail.html", context)
