"""One style for times everywhere, GOV.UK's: 11am, 6:30pm, midday, midnight."""

import datetime
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from minutes.models import Meeting
from minutes.services import WorkflowError, move_meeting
from tests.factories import AgendaItemFactory, MeetingFactory

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# Django's own formats for the clock: 18:30, 6:30 p.m., 06 PM...
CLOCK_FORMAT = re.compile(r"\|(?:time|date)\b(?::\s*[\"']([^\"']*)[\"'])?")
CLOCK_CHARACTERS = set("aAfgGhHiPsu")


def test_no_template_shows_a_time_except_through_uk_time():
    offenders = []
    for template in TEMPLATES.rglob("*.*"):
        for found in CLOCK_FORMAT.finditer(template.read_text(encoding="utf-8")):
            shape = found.group(1)
            if shape is None or set(shape.replace("\\", "")) & CLOCK_CHARACTERS:
                offenders.append(f"{template.relative_to(TEMPLATES)}: {found.group(0)}")
    assert offenders == []


@pytest.fixture
def evening_meeting(db):
    starts = timezone.make_aware(datetime.datetime(2019, 1, 17, 18, 30))
    meeting = MeetingFactory(
        starts_at=starts, ends_at=datetime.time(20, 0), stage=Meeting.Stage.PUBLISHED
    )
    AgendaItemFactory(meeting=meeting)
    return meeting


def test_public_pages_show_times_the_gov_uk_way(client, evening_meeting):
    for url in [
        evening_meeting.get_absolute_url(),
        reverse("whole_minutes", args=[evening_meeting.committee.slug, evening_meeting.slug]),
    ]:
        html = client.get(url).content.decode()
        assert "6:30pm to 8pm" in html, url
        assert "18:30" not in html and "p.m." not in html, url


def test_the_clerks_meeting_page_shows_times_the_gov_uk_way(clerk_client, evening_meeting):
    html = clerk_client.get(reverse("clerk:meeting", args=[evening_meeting.pk])).content.decode()
    assert "6:30pm to 8pm" in html
    assert "18:30" not in html


# --- Text built in Python: feeds, emails, messages -----------------------------------------

SOURCES = Path(__file__).resolve().parent.parent
PYTHON_PACKAGES = ["minutes", "actions"]
# A clock in a strftime shape: %H, %I, %M, %p (with or without the "-" of %-I).
PYTHON_CLOCK = re.compile(r"%-?[HIMp]")
# Shapes that are not shown to people as a time of day, each with the reason.
MACHINE_TIMES = {
    # What a clerk types in a time box: the form says "Use the 24-hour clock".
    "minutes/clerk/fields.py": ['TIME_FORMATS = ["%H:%M"', 'format="%H:%M"'],
    # A log line's timestamp, read by machines.
    "minutes/observability.py": ['"%Y-%m-%dT%H:%M:%S"'],
    # The admin's name for an action's update row: a record id, not text for the public.
    "actions/models.py": ["{self.created_at:%Y-%m-%d %H:%M}"],
}


def test_no_python_text_shows_a_time_except_through_uk_time():
    offenders = []
    for package in PYTHON_PACKAGES:
        for module in (SOURCES / package).rglob("*.py"):
            name = module.relative_to(SOURCES).as_posix()
            if "/migrations/" in name:
                continue
            for number, line in enumerate(module.read_text(encoding="utf-8").splitlines(), 1):
                allowed = MACHINE_TIMES.get(name, [])
                if PYTHON_CLOCK.search(line) and not any(shape in line for shape in allowed):
                    offenders.append(f"{name}:{number}: {line.strip()}")
    assert offenders == []


@pytest.fixture
def evening_agenda(db):
    """An evening meeting's agenda, just published (the news feeds and alerts carry)."""
    starts = timezone.make_aware(datetime.datetime(2019, 1, 17, 18, 30))
    meeting = MeetingFactory(starts_at=starts, stage=Meeting.Stage.DRAFT)
    AgendaItemFactory(meeting=meeting)
    return move_meeting(meeting=meeting, to=Meeting.Stage.AGENDA)


def test_the_atom_feeds_give_times_the_gov_uk_way(client, evening_agenda):
    for url in [
        reverse("minutes_feed"),
        reverse("committee_feed", args=[evening_agenda.committee.slug]),
    ]:
        feed = client.get(url).content.decode()
        assert "at 6:30pm" in feed, url
        assert "18:30" not in feed, url


def test_alert_emails_give_times_the_gov_uk_way(client, evening_agenda, settings):
    settings.SITE_URL = "https://minutes.example.gov.uk"
    committee = evening_agenda.committee
    client.post(reverse("committee_follow", args=[committee.slug]), {"email": "a@example.org"})
    confirm = re.search(
        r"https://minutes\.example\.gov\.uk(\S+/follow/confirm/\S+/)", mail.outbox[-1].body
    )
    client.post(confirm[1])
    mail.outbox.clear()
    # News is sent only if it went out after the address was confirmed.
    Meeting.objects.filter(pk=evening_agenda.pk).update(agenda_published_at=timezone.now())
    call_command("send_alerts", stdout=StringIO())
    [message] = mail.outbox
    assert "at 6:30pm" in message.body
    assert "18:30" not in message.body


def test_the_clerk_is_told_when_a_meeting_starts_the_gov_uk_way(db):
    starts = timezone.localtime().replace(hour=18, minute=30) + datetime.timedelta(days=2)
    coming = MeetingFactory(starts_at=starts, stage=Meeting.Stage.AGENDA)
    with pytest.raises(WorkflowError) as refusal:
        move_meeting(meeting=coming, to=Meeting.Stage.PUBLISHED)
    assert refusal.value.message.endswith(" at 6:30pm.")
    assert "18:30" not in refusal.value.message
