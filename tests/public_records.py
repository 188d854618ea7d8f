"""Builders for the public pages' tests: a whole meeting, of any size, from the shared factories."""

from __future__ import annotations

import datetime
import html
import re

from django.utils import timezone

from actions.models import Action
from minutes.models import Attendance, Meeting
from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    DecisionFactory,
    DeclarationFactory,
    DiscussionPointFactory,
    MeetingFactory,
    MembershipFactory,
    PersonFactory,
    ReportFactory,
)

MINUTE = (
    "Cllr Woodley introduced the report.\n\n"
    "## Procurement\n\n"
    "Members were informed of the benchmarking.\n\n"
    "- contract management\n"
    "- measuring social value\n\n"
    "## Commercialisation\n\n"
    "A masterclass will be held in Manchester."
)


def aware(year: int, month: int, day: int, hour: int = 11) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(year, month, day, hour, 0))


def build_meeting(
    *,
    committee=None,
    items: int = 3,
    points: int = 2,
    actions: int = 2,
    updates: int = 1,
    stage: str = Meeting.Stage.PUBLISHED,
    starts_at: datetime.datetime | None = None,
    **meeting_fields,
) -> Meeting:
    """A meeting with attendance and `items` items, each with points, decisions and actions.

    Every item has a report, a declaration, `points` points (two speakers each), two
    decisions and `actions` actions (alternately under a point and the whole item), each
    action with `updates` updates.
    """
    committee = committee or CommitteeFactory()
    fields = {"stage": stage, **meeting_fields}
    if stage == Meeting.Stage.CONFIRMED and "confirmed_at" not in fields:
        fields["confirmed_at"] = MeetingFactory(committee=committee, stage=Meeting.Stage.AGENDA)
    if starts_at:
        fields["starts_at"] = starts_at
    meeting = MeetingFactory(committee=committee, **fields)
    chair, member, absent, substitute, officer = PersonFactory.create_batch(5)
    MembershipFactory(committee=committee, person=chair, role="chair")
    MembershipFactory(committee=committee, person=member)
    AttendanceFactory(meeting=meeting, person=chair)
    AttendanceFactory(meeting=meeting, person=member)
    AttendanceFactory(meeting=meeting, person=absent, kind=Attendance.Kind.APOLOGIES)
    AttendanceFactory(
        meeting=meeting, person=substitute, kind=Attendance.Kind.SUBSTITUTE, substitute_for=absent
    )
    AttendanceFactory(meeting=meeting, person=officer, kind=Attendance.Kind.IN_ATTENDANCE)
    for position in range(1, items + 1):
        item = AgendaItemFactory(
            meeting=meeting, position=position, number=str(position), minute_text=MINUTE
        )
        ReportFactory(item=item, presenter=officer)
        DeclarationFactory(item=item, person=member)
        for decision in (1, 2):
            DecisionFactory(item=item, position=decision)
        item_points = []
        for n in range(1, points + 1):
            point = DiscussionPointFactory(item=item, position=n)
            point.speakers.add(chair, member)
            item_points.append(point)
        for n in range(actions):
            point = item_points[n % len(item_points)] if item_points and n % 2 == 0 else None
            action = ActionFactory(item=item, discussion_point=point)
            for _ in range(updates):
                ActionUpdateFactory(action=action, status_before="open", status_after="open")
    return meeting


def open_actions(meeting: Meeting):
    return Action.objects.filter(item__meeting=meeting).open()


def text_of(response) -> str:
    """The page's visible words with the tags taken out, whitespace collapsed, for `in` checks."""
    page = response.content.decode()
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    words = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))
    # A tag's edge is not a gap in the sentence: "Board</a>: Chair" reads "Board: Chair".
    return re.sub(r" ([,.:;)’])", r"\1", words).strip()


def follow_addresses(committee) -> dict[str, str]:
    """The pages of following a committee by email: asking, and the two emailed links."""
    from django.urls import reverse

    from minutes import alerts
    from minutes.subscriptions import Subscription

    subscription = Subscription.objects.create(committee=committee, email="reader@example.org")
    slug = committee.slug
    return {
        "follow": reverse("committee_follow", args=[slug]),
        "follow: confirm link": reverse(
            "committee_follow_confirm", args=[slug, alerts.confirm_token(subscription)]
        ),
        "follow: stop link": reverse(
            "committee_unfollow", args=[slug, alerts.unsubscribe_token(subscription)]
        ),
    }
