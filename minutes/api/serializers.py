"""How the public record reads as JSON: committees, people, meetings, items, actions.

Serializers show only what the querysets in minutes.api.views hand them, and those go
through the publication rules. An item whose minutes are not public (an exempt item, or a
meeting at the agenda stage) keeps its number, title and exempt reason; its minute text is
null and its points, decisions and actions are empty lists.

People named in a meeting's minutes are given as those minutes print them: once confirmed,
as on the day (minutes.printed_names); a person's own endpoint gives their record as it is.
"""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from actions.models import Action, ActionUpdate
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


def absolute(path: str) -> str:
    return path if "://" in path else f"{settings.SITE_URL}{path}"


class PageUrlField(serializers.Field):
    """The object's public page, as an absolute address."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value) -> str:
        return absolute(value.get_absolute_url())


PageUrlField = extend_schema_field(OpenApiTypes.URI)(PageUrlField)


class CommitteeSerializer(serializers.ModelSerializer):
    page = PageUrlField()

    class Meta:
        model = Committee
        fields = ["slug", "name", "description", "page"]


class PersonRefSerializer(serializers.ModelSerializer):
    """A person named in the record: enough to find their page."""

    full_name = serializers.CharField(read_only=True)

    class Meta:
        model = Person
        fields = ["slug", "full_name"]


def person_ref(meeting: Meeting, person: Person | None) -> dict | None:
    """A person named in the meeting's minutes, as those minutes print them."""
    printed = meeting.printed(person)
    return None if printed is None else PersonRefSerializer(printed).data


class PersonSerializer(serializers.ModelSerializer):
    full_name = serializers.CharField(read_only=True)
    page = PageUrlField()

    class Meta:
        model = Person
        fields = ["slug", "honorific", "name", "full_name", "organisation", "position", "page"]


class MeetingSerializer(serializers.ModelSerializer):
    committee = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    date = serializers.DateField(read_only=True)
    chair = serializers.SerializerMethodField()
    confirmed_at_meeting = serializers.SerializerMethodField()
    page = PageUrlField()

    class Meta:
        model = Meeting
        fields = [
            "id",
            "committee",
            "date",
            "slug",
            "starts_at",
            "ends_at",
            "venue",
            "is_cancelled",
            "stage",
            "chair",
            "confirmed_at_meeting",
            "confirmed_on",
            "agenda_published_at",
            "minutes_published_at",
            "minutes_confirmed_at",
            "page",
        ]

    @extend_schema_field(PersonRefSerializer(allow_null=True))
    def get_chair(self, meeting: Meeting):
        return person_ref(meeting, meeting.chair)

    @extend_schema_field(serializers.DateField(allow_null=True))
    def get_confirmed_at_meeting(self, meeting: Meeting):
        """The date of the later meeting that approved these minutes, once confirmed."""
        if meeting.stage == Meeting.Stage.CONFIRMED and meeting.confirmed_at_id:
            return meeting.confirmed_at.date.isoformat()
        return None


class AgendaEntrySerializer(serializers.ModelSerializer):
    class Meta:
        model = AgendaItem
        fields = ["id", "number", "title", "is_exempt", "exempt_reason"]


class AttendanceSerializer(serializers.ModelSerializer):
    """One entry of the register; its meeting is the one it was fetched under."""

    person = serializers.SerializerMethodField()
    substitute_for = serializers.SerializerMethodField()

    class Meta:
        model = Attendance
        fields = ["person", "kind", "substitute_for"]

    @extend_schema_field(PersonRefSerializer)
    def get_person(self, attendance: Attendance):
        return person_ref(attendance.meeting, attendance.person)

    @extend_schema_field(PersonRefSerializer(allow_null=True))
    def get_substitute_for(self, attendance: Attendance):
        return person_ref(attendance.meeting, attendance.substitute_for)


class MeetingDetailSerializer(MeetingSerializer):
    agenda = AgendaEntrySerializer(source="agenda_items", many=True, read_only=True)
    attendance = serializers.SerializerMethodField()

    class Meta(MeetingSerializer.Meta):
        fields = [*MeetingSerializer.Meta.fields, "agenda", "attendance"]

    @extend_schema_field(AttendanceSerializer(many=True))
    def get_attendance(self, meeting: Meeting) -> list:
        """The register is part of the minutes: empty until they are published."""
        if not meeting.minutes_public:
            return []
        return AttendanceSerializer(meeting.attendances.all(), many=True).data


class ReportSerializer(serializers.ModelSerializer):
    presenter = serializers.SerializerMethodField()
    link = serializers.SerializerMethodField()

    class Meta:
        model = Report
        fields = ["title", "presenter", "link"]

    @extend_schema_field(PersonRefSerializer(allow_null=True))
    def get_presenter(self, report: Report):
        return person_ref(report.item.meeting, report.presenter)

    @extend_schema_field(OpenApiTypes.URI)
    def get_link(self, report: Report) -> str:
        return absolute(report.href)


class PointSerializer(serializers.ModelSerializer):
    speakers = serializers.SerializerMethodField()
    page = PageUrlField()

    class Meta:
        model = DiscussionPoint
        fields = ["position", "topic", "text", "speakers", "page"]

    @extend_schema_field(PersonRefSerializer(many=True))
    def get_speakers(self, point: DiscussionPoint) -> list:
        meeting = point.item.meeting
        return [person_ref(meeting, person) for person in point.speakers.all()]


class DecisionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Decision
        fields = ["position", "text"]


class ActionRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Action
        fields = ["reference", "status"]


class ItemSerializer(serializers.ModelSerializer):
    meeting = serializers.PrimaryKeyRelatedField(read_only=True)
    committee = serializers.CharField(source="meeting.committee.slug", read_only=True)
    meeting_date = serializers.DateField(source="meeting.date", read_only=True)
    minutes_public = serializers.BooleanField(read_only=True)
    minute_text = serializers.SerializerMethodField()
    introduced_by = serializers.SerializerMethodField()
    reports = ReportSerializer(source="public_reports", many=True, read_only=True)
    points = PointSerializer(source="public_points", many=True, read_only=True)
    decisions = DecisionSerializer(source="public_decisions", many=True, read_only=True)
    actions = ActionRefSerializer(source="public_actions", many=True, read_only=True)
    page = PageUrlField()

    class Meta:
        model = AgendaItem
        fields = [
            "id",
            "meeting",
            "committee",
            "meeting_date",
            "number",
            "position",
            "title",
            "is_exempt",
            "exempt_reason",
            "minutes_public",
            "minute_text",
            "introduced_by",
            "reports",
            "points",
            "decisions",
            "actions",
            "page",
        ]

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_minute_text(self, item: AgendaItem) -> str | None:
        """The minute as written (## headings, - bullets); null until public, and when exempt."""
        return item.minute_text if item.minutes_public else None

    @extend_schema_field(PersonRefSerializer(allow_null=True))
    def get_introduced_by(self, item: AgendaItem):
        if not item.minutes_public:
            return None
        return person_ref(item.meeting, item.introduced_by)


class ActionUpdateSerializer(serializers.ModelSerializer):
    meeting = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)

    class Meta:
        model = ActionUpdate
        fields = ["created_at", "note", "status_before", "status_after", "meeting"]


class ActionSourceSerializer(serializers.Serializer):
    """Where an action came from: the item, and the point when it came from one."""

    committee = serializers.CharField()
    meeting = serializers.IntegerField()
    meeting_date = serializers.DateField()
    item = serializers.IntegerField()
    item_number = serializers.CharField()
    item_title = serializers.CharField()
    point = serializers.IntegerField(allow_null=True, help_text="The point's position, if any.")
    point_topic = serializers.CharField(allow_null=True)
    page = serializers.URLField(help_text="The item's page, at the point's anchor if any.")


class ActionSerializer(serializers.ModelSerializer):
    owner = PersonRefSerializer(read_only=True, allow_null=True)
    owner_name = serializers.CharField(read_only=True)
    source = serializers.SerializerMethodField()
    history = ActionUpdateSerializer(source="public_updates", many=True, read_only=True)
    page = PageUrlField()

    class Meta:
        model = Action
        fields = [
            "reference",
            "description",
            "owner",
            "owner_name",
            "due_on",
            "status",
            "completed_at",
            "source",
            "history",
            "page",
        ]

    @extend_schema_field(ActionSourceSerializer)
    def get_source(self, action: Action) -> dict:
        item, point = action.item, action.discussion_point
        return {
            "committee": item.meeting.committee.slug,
            "meeting": item.meeting_id,
            "meeting_date": item.meeting.date,
            "item": item.pk,
            "item_number": item.number,
            "item_title": item.title,
            "point": point.position if point else None,
            "point_topic": point.topic if point else None,
            "page": absolute(action.source_url),
        }
