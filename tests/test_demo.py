"""`manage.py load_demo` holds the seed minute as a structured record, and runs again safely."""

import io

import pytest
from django.core.management import call_command

from actions.models import Action, ActionUpdate
from minutes.models import AgendaItem, Committee, DiscussionPoint, Meeting, Person

pytestmark = pytest.mark.django_db


def _counts():
    return {
        "meetings": Meeting.objects.count(),
        "items": AgendaItem.objects.count(),
        "points": DiscussionPoint.objects.count(),
        "actions": Action.objects.count(),
        "updates": ActionUpdate.objects.count(),
        "people": Person.objects.count(),
        "meeting history": Meeting.history.count(),
        "item history": AgendaItem.history.count(),
        "point history": DiscussionPoint.history.count(),
        "action history": Action.history.count(),
    }


def test_it_builds_the_seed_item(demo):
    item = AgendaItem.objects.get(title="Productivity Report")
    assert item.meeting.committee.name == "Improvement and Innovation Board"
    assert str(item.introduced_by) == "Cllr Ron Woodley"
    assert [s.heading for s in item.sections] == [
        "",
        "Cyber Security",
        "Procurement",
        "Commercialisation",
        "Efficient and Intelligent councils",
        "Discussion",
    ]
    assert "- measuring social value." in item.minute_text


def test_the_seed_item_has_its_eight_points_and_speakers(demo):
    item = AgendaItem.objects.get(title="Productivity Report")
    points = list(item.discussion_points.prefetch_related("speakers"))
    assert [p.topic for p in points] == [
        "Cyber security",
        "Commercialisation",
        "Shared Services",
        "Behavioural Insights",
        "Brexit",
        "Modern Slavery",
        "OPE",
        "New ideas",
    ]
    speakers = {p.topic: sorted(str(s) for s in p.speakers.all()) for p in points}
    assert speakers["Shared Services"] == ["Cllr Fleming"]
    assert speakers["Brexit"] == ["Cllr Joy Allen", "Dennis Skinner"]
    assert speakers["OPE"] == []


def test_the_seed_action_is_the_officers_and_raised_under_the_whole_item(demo):
    action = Action.objects.get(description__startswith="Officers to follow up")
    assert action.owner is None and action.owner_label == "Officers"
    assert action.discussion_point is None
    assert action.item.title == "Productivity Report"
    assert action.status == Action.Status.OPEN
    assert action in Action.objects.public()


def test_every_stage_has_a_meeting_to_show(demo):
    stages = set(Meeting.objects.values_list("stage", flat=True))
    assert stages == {"draft", "agenda", "published", "confirmed"}
    assert Committee.objects.count() == 2
    assert Meeting.objects.upcoming().filter(stage="agenda").exists()


def test_the_seed_meeting_is_confirmed_at_the_next(demo):
    seed = AgendaItem.objects.get(title="Productivity Report").meeting
    assert seed.stage == "confirmed"
    assert seed.confirmed_at.starts_at > seed.starts_at
    assert seed.confirmed_at.stage == "published"


def test_it_says_the_invented_details_are_illustrative(demo):
    board = Committee.objects.get(slug="improvement-and-innovation-board")
    assert "illustrative" in board.description


def test_a_second_run_changes_nothing_history_included(demo):
    before = _counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert _counts() == before
    assert "password unchanged" in out.getvalue()


def test_demo_users_get_random_printed_passwords(db):
    first, second = io.StringIO(), io.StringIO()
    call_command("load_demo", stdout=first)
    from django.contrib.auth import get_user_model

    User = get_user_model()
    passwords = [
        line.split("password ")[1].strip("'")
        for line in first.getvalue().splitlines()
        if "with password" in line
    ]
    assert len(passwords) == 3 and len(set(passwords)) == 3
    clerk = User.objects.get(username="clerk")
    assert clerk.check_password(passwords[0]) and clerk.is_staff
    assert clerk.groups.filter(name="Clerk").exists()
    assert User.objects.get(username="officer").person.name == "Susan Attard"
    # A fresh database gets fresh passwords.
    User.objects.all().delete()
    call_command("load_demo", stdout=second)
    assert passwords[0] not in second.getvalue()
