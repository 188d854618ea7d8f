"""Public pages of the record: committees, meetings and items, as the public may see them.

People have their own module (people.py), and search too (search.py, search_views.py).

Every page follows the publication rules: a draft meeting is not found; at the agenda stage
a meeting shows its agenda and reports only; an exempt item shows its number, title and the
reason it is withheld. Each view fetches what its template needs in a fixed number of queries.
"""

from __future__ import annotations

from django.db.models import Case, Count, IntegerField, Prefetch, Q, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from actions.models import Action, ActionUpdate
from minutes.changes import corrections_with_changes
from minutes.documents import agenda_document
from minutes.models import (
    AgendaItem,
    Attendance,
    Committee,
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

ATTENDANCE_GROUPS = [
    (Attendance.Kind.PRESENT, "Present"),
    (Attendance.Kind.SUBSTITUTE, "Substitutes"),
    (Attendance.Kind.APOLOGIES, "Apologies"),
    (Attendance.Kind.ABSENT, "Absent"),
    (Attendance.Kind.IN_ATTENDANCE, "In attendance"),
]


def _crumbs(*pairs: tuple[str, str | None]) -> list[tuple[str, str | None]]:
    return [("Home", reverse("home")), *pairs]


def _meeting_crumbs(meeting: Meeting) -> list[tuple[str, str | None]]:
    return _crumbs(
        ("Committees", reverse("committee_list")),
        (meeting.committee.name, meeting.committee.get_absolute_url()),
    )


def _public_reports():
    """Reports the public may open: never those of an exempt item."""
    return Report.objects.filter(item__is_exempt=False).select_related("presenter")


def _public_actions():
    return Action.objects.public().select_related("owner", "discussion_point")


def _get_public_meeting(committee: str, meeting: str) -> Meeting:
    """The meeting at this address, or 404 when there is none or it is still a draft."""
    return get_object_or_404(
        Meeting.objects.public().select_related(
            "committee", "chair", "signed_by", "confirmed_at__committee"
        ),
        committee__slug=committee,
        slug=meeting,
    )


def home(request: HttpRequest) -> HttpResponse:
    """Coming meetings, recently published minutes, and open and overdue actions at a glance."""
    public = Meeting.objects.public().select_related("committee")
    today = timezone.localdate()
    counts = (
        Action.objects.public()
        .open()
        .aggregate(open=Count("pk"), overdue=Count("pk", filter=Q(due_on__lt=today)))
    )
    return render(
        request,
        "minutes/home.html",
        {
            "coming": public.upcoming()[:HOME_LIST_LENGTH],
            "recent": public.with_public_minutes().past()[:HOME_LIST_LENGTH],
            "committees": Committee.objects.all(),
            "open_count": counts["open"],
            "overdue_count": counts["overdue"],
            "open_query": "&".join(f"status={s}" for s in Action.OPEN_STATUSES),
        },
    )


def committee_list(request: HttpRequest) -> HttpResponse:
    """Every committee, with its next meeting and how many meetings it has held."""
    committees = Committee.objects.annotate(
        meeting_count=Count("meetings", filter=~Q(meetings__stage=Meeting.Stage.DRAFT))
    ).prefetch_related(
        Prefetch(
            "meetings", queryset=Meeting.objects.public().upcoming(), to_attr="coming_meetings"
        )
    )
    return render(
        request,
        "minutes/committee_list.html",
        {"committees": committees, "crumbs": _crumbs(("Committees", None))},
    )


def committee_detail(request: HttpRequest, committee: str) -> HttpResponse:
    """One committee: its members, next meeting, and past meetings by year."""
    committee = get_object_or_404(Committee, slug=committee)
    members = (
        committee.memberships.current()
        .select_related("person")
        .order_by(ROLE_ORDER, "person__name")
    )
    meetings = list(committee.meetings.public().order_by("-starts_at"))
    now = timezone.now()
    coming = [m for m in reversed(meetings) if m.starts_at >= now]
    going_ahead = [m for m in coming if not m.is_cancelled]
    return render(
        request,
        "minutes/committee_detail.html",
        {
            "committee": committee,
            "members": members,
            "next_meeting": going_ahead[0] if going_ahead else None,
            "later": [m for m in coming if m != going_ahead[0]] if going_ahead else coming,
            "past": [m for m in meetings if m.starts_at < now],
            "crumbs": _crumbs(("Committees", reverse("committee_list")), (committee.name, None)),
        },
    )


def meeting_detail(request: HttpRequest, committee: str, meeting: str) -> HttpResponse:
    """A meeting: its stage, attendance, agenda, documents and matters arising."""
    meeting = _get_public_meeting(committee, meeting)
    items = list(
        meeting.agenda_items.prefetch_related(
            Prefetch("reports", queryset=_public_reports(), to_attr="public_reports")
        )
    )
    context = {
        "meeting": meeting,
        "committee": meeting.committee,
        "items": items,
        "reports": [report for item in items for report in item.public_reports],
        "matters_arising": _matters_arising(meeting),
        "agenda_size": agenda_document(meeting).size,
        "crumbs": [*_meeting_crumbs(meeting), (f"{meeting.date:%-d %B %Y}", None)],
    }
    if meeting.minutes_public:
        # Attendance and the committee's notes on matters arising are part of the minutes,
        # so they show with them and not before.
        register = meeting.attendances.select_related("person", "substitute_for")
        context["attendance"] = [
            (label, [a for a in register if a.kind == kind]) for kind, label in ATTENDANCE_GROUPS
        ]
        context["notes_here"] = (
            ActionUpdate.objects.filter(meeting=meeting, action__in=Action.objects.public())
            .select_related("action__item", "action__owner")
            .order_by("action__reference", "created_at", "pk")
        )
    return render(request, "minutes/meeting_detail.html", context)


def _matters_arising(meeting: Meeting) -> list[Action]:
    """Open public actions raised at this committee's earlier meetings, with their latest
    public note (a committee's note waits for its meeting's minutes).

    Two queries: the actions, and their updates newest first (to_attr keeps the order).
    """
    newest_first = ActionUpdate.objects.public().order_by("-created_at", "-pk")
    return list(
        Action.objects.public()
        .open()
        .filter(
            item__meeting__committee_id=meeting.committee_id,
            item__meeting__starts_at__lt=meeting.starts_at,
        )
        .with_source()
        .prefetch_related(Prefetch("updates", queryset=newest_first, to_attr="newest_updates"))
        .order_by("item__meeting__starts_at", "item__position", "reference")
    )


def item_detail(request: HttpRequest, committee: str, meeting: str, number: str) -> HttpResponse:
    """An item: its minute, reports, discussion points, decisions, declarations and actions."""
    item = get_object_or_404(
        AgendaItem.objects.public().select_related(
            "meeting__committee",
            "meeting__confirmed_at__committee",
            "introduced_by",
        ),
        meeting__committee__slug=committee,
        meeting__slug=meeting,
        number=number,
    )
    meeting = item.meeting
    agenda = list(meeting.agenda_items.only("number", "title", "position", "meeting_id"))
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
        context["reports"] = list(_public_reports().filter(item=item))
    if item.minutes_public:
        context["points"] = item.discussion_points.prefetch_related(
            Prefetch("speakers", queryset=Person.objects.order_by("name"))
        )
        context["decisions"] = item.decisions.all()
        context["declarations"] = item.declarations.select_related("person")
        context["corrections"] = corrections_with_changes(item)
        context["actions"] = _public_actions().filter(item=item).order_by("reference")
    return render(request, "minutes/item_detail.html", context)
