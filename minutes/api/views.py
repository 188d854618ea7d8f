"""The open data API's read-only endpoints: every queryset starts from the publication rules.

Anyone may read, no one may write, and a signed-in clerk sees no more here than the
public does (the API authenticates no one). Lists page by cursor on an indexed, unique
ordering, so the thousandth page costs what the first does, and each list fetches what
its serializer needs in a fixed number of queries.
"""

from __future__ import annotations

from django.db.models import Prefetch
from rest_framework import viewsets
from rest_framework.pagination import CursorPagination

from actions.models import Action, ActionUpdate
from minutes.api import filters, serializers
from minutes.models import (
    AgendaItem,
    Attendance,
    Committee,
    Decision,
    DiscussionPoint,
    Meeting,
    Person,
    Report,
)


class Cursor(CursorPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


def cursor(*ordering: str) -> type[Cursor]:
    return type("Cursor", (Cursor,), {"ordering": ordering})


class CommitteeViewSet(viewsets.ReadOnlyModelViewSet):
    """Committees: the bodies that meet."""

    queryset = Committee.objects.all()
    serializer_class = serializers.CommitteeSerializer
    pagination_class = cursor("slug")
    lookup_field = "slug"


class PersonViewSet(viewsets.ReadOnlyModelViewSet):
    """People with a public page: members, and anyone the public minutes name."""

    queryset = Person.objects.public()
    serializer_class = serializers.PersonSerializer
    pagination_class = cursor("slug")
    filterset_class = filters.PersonFilter
    lookup_field = "slug"


class MeetingViewSet(viewsets.ReadOnlyModelViewSet):
    """Meetings whose agenda is public; never a draft."""

    serializer_class = serializers.MeetingSerializer
    pagination_class = cursor("-starts_at", "-id")
    filterset_class = filters.MeetingFilter

    def get_queryset(self):
        meetings = Meeting.objects.public().select_related(
            "committee", "chair", "confirmed_at__committee"
        )
        if self.action == "retrieve":
            # The register is part of the minutes: none before they are public.
            register = Attendance.objects.filter(
                meeting__in=Meeting.objects.with_public_minutes()
            ).select_related("person", "substitute_for")
            meetings = meetings.prefetch_related(
                Prefetch("agenda_items", queryset=AgendaItem.objects.order_by("position")),
                Prefetch("attendances", queryset=register),
            )
        return meetings

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.MeetingDetailSerializer
        return serializers.MeetingSerializer


def public_items():
    """Items of public meetings, each with the parts of its minute the public may read.

    The prefetches go through the same rules as the pages: reports never of an exempt
    item, points, decisions and actions only of items whose minutes are public.
    """
    readable = AgendaItem.objects.with_public_minutes()
    return (
        AgendaItem.objects.public()
        .select_related("meeting__committee", "introduced_by")
        .prefetch_related(
            Prefetch(
                "reports",
                queryset=Report.objects.filter(item__is_exempt=False).select_related("presenter"),
                to_attr="public_reports",
            ),
            Prefetch(
                "discussion_points",
                queryset=DiscussionPoint.objects.filter(item__in=readable)
                .select_related("item__meeting__committee")
                .prefetch_related(Prefetch("speakers", queryset=Person.objects.order_by("name"))),
                to_attr="public_points",
            ),
            Prefetch(
                "decisions",
                queryset=Decision.objects.filter(item__in=readable),
                to_attr="public_decisions",
            ),
            Prefetch(
                "actions",
                queryset=Action.objects.public().order_by("reference"),
                to_attr="public_actions",
            ),
        )
    )


class ItemViewSet(viewsets.ReadOnlyModelViewSet):
    """Agenda items, with their minute text, points and decisions once the minutes are public.

    An exempt item shows its number, title and reason only.
    """

    queryset = public_items()
    serializer_class = serializers.ItemSerializer
    pagination_class = cursor("-id")
    filterset_class = filters.ItemFilter


class ActionViewSet(viewsets.ReadOnlyModelViewSet):
    """Actions from public minutes, with where they came from and their public history."""

    queryset = (
        Action.objects.public()
        .with_source()
        .prefetch_related(
            Prefetch(
                "updates",
                queryset=ActionUpdate.objects.public().order_by("created_at", "pk"),
                to_attr="public_updates",
            )
        )
    )
    serializer_class = serializers.ActionSerializer
    pagination_class = cursor("reference")
    filterset_class = filters.ActionFilter
    lookup_field = "reference"
    lookup_value_regex = r"\d{4}-\d{4,}"
