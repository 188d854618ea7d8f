"""One style for times everywhere, GOV.UK's: 11am, 6:30pm, midday, midnight."""

import datetime
import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from minutes.models import Meeting
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
