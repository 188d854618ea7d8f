"""Factories for the record and the tracker. Each makes a valid object with the least said."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from actions.models import Action, ActionUpdate
from minutes.models import (
    AgendaItem,
    Attendance,
    Committee,
    Decision,
    DeclarationOfInterest,
    DiscussionPoint,
    Meeting,
    Membership,
    Person,
    Report,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


class CommitteeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Committee
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Committee {n}")
    slug = factory.Sequence(lambda n: f"committee-{n}")
    description = "A committee of the council."


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    honorific = "Cllr"
    name = factory.Sequence(lambda n: f"Member {n}")
    organisation = "Example Borough Council"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    person = factory.SubFactory(PersonFactory)
    committee = factory.SubFactory(CommitteeFactory)
    role = Membership.Role.MEMBER
    started_on = datetime.date(2018, 5, 1)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    committee = factory.SubFactory(CommitteeFactory)
    # Weekly from January 2019, always in the past (minutes are published only once a
    # meeting has started), however many meetings a run of the suite makes.
    starts_at = factory.Sequence(
        lambda n: (
            timezone.make_aware(datetime.datetime(2019, 1, 17, 11, 0))
            + datetime.timedelta(days=7 * (n % 300))
        )
    )
    venue = "Council Chamber, Town Hall"
    stage = Meeting.Stage.PUBLISHED


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    position = factory.Sequence(lambda n: n + 1)
    number = factory.LazyAttribute(lambda item: str(item.position))
    title = factory.Sequence(lambda n: f"Item {n}")
    minute_text = "## Background\n\nMembers noted the report."


class DiscussionPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DiscussionPoint

    item = factory.SubFactory(AgendaItemFactory)
    position = factory.Sequence(lambda n: n + 1)
    topic = factory.Sequence(lambda n: f"Topic {n}")
    text = "Members discussed the matter."


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    item = factory.SubFactory(AgendaItemFactory)
    position = factory.Sequence(lambda n: n + 1)
    text = "RESOLVED that the report be noted."


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    item = factory.SubFactory(AgendaItemFactory)
    title = factory.Sequence(lambda n: f"Report {n}")
    url = "https://example.org/report.pdf"


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    meeting = factory.SubFactory(MeetingFactory)
    person = factory.SubFactory(PersonFactory)
    kind = Attendance.Kind.PRESENT


class DeclarationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DeclarationOfInterest

    item = factory.SubFactory(AgendaItemFactory)
    person = factory.SubFactory(PersonFactory)
    nature = "Non-pecuniary: a governor of a local school."


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    item = factory.SubFactory(AgendaItemFactory)
    description = factory.Sequence(lambda n: f"Officers to report back on matter {n}.")
    owner = factory.SubFactory(PersonFactory, honorific="", organisation="")
    due_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))


class ActionUpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionUpdate

    action = factory.SubFactory(ActionFactory)
    author = factory.SubFactory(UserFactory)
    note = "Progress made."
    status_before = Action.Status.OPEN
    status_after = Action.Status.OPEN
