"""Nothing private comes out of the doors for following the record: feeds, calendars, the API,
the OCD events and alert emails. A draft meeting and an exempt item carry a word found
nowhere else; every door is read whole and the word must be in none of them."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from actions.models import Action
from minutes import services
from minutes.models import AgendaItem, Meeting
from minutes.subscriptions import Subscription
from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AgendaItemFactory,
    CommitteeFactory,
    DecisionFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
    ReportFactory,
)

pytestmark = pytest.mark.django_db
WORD = "quixotrembling"


@pytest.fixture
def planted():
    """A committee with one published meeting holding an exempt item, and a withdrawn draft,
    each full of the word; a confirmed follower of the committee."""
    board = CommitteeFactory(slug="iib", name="Improvement and Innovation Board")
    Subscription.objects.create(
        committee=board, email="resident@example.org", confirmed_at=timezone.now()
    )
    secret_person = PersonFactory(name=f"Dana {WORD.title()}", email=f"{WORD}@example.org")

    draft = MeetingFactory(
        committee=board,
        stage=Meeting.Stage.DRAFT,
        venue=f"The {WORD} Room",
        chair=secret_person,
        starts_at=timezone.now() + datetime.timedelta(days=7),
    )
    draft_item = AgendaItemFactory(
        meeting=draft, title=f"The {WORD} proposal", minute_text=f"The {WORD} was discussed."
    )
    DiscussionPointFactory(item=draft_item, topic=WORD, text=f"On the {WORD}.")
    ActionFactory(item=draft_item, description=f"Draft {WORD} action.")
    # Published, then withdrawn: its news was once stamped, and must not come back.
    services.move_meeting(meeting=draft, to=Meeting.Stage.AGENDA)
    services.move_meeting(meeting=draft, to=Meeting.Stage.DRAFT)

    # Within the calendars' window: last week.
    last_week = timezone.now() - datetime.timedelta(days=7)
    meeting = MeetingFactory(
        committee=board, stage=Meeting.Stage.DRAFT, venue="Smith Square", starts_at=last_week
    )
    AgendaItemFactory(meeting=meeting, number="1", position=1, title="Apologies")
    exempt = AgendaItemFactory(
        meeting=meeting,
        number="2",
        position=2,
        title="Lease of the depot",
        is_exempt=True,
        exempt_reason="Paragraph 3 of Schedule 12A",
        minute_text=f"## Terms\n\nThe {WORD} clause was agreed.",
        introduced_by=secret_person,
    )
    point = DiscussionPointFactory(item=exempt, topic=f"{WORD} terms", text=f"The {WORD} rent.")
    point.speakers.add(secret_person)
    DecisionFactory(item=exempt, text=f"RESOLVED that the {WORD} lease be signed.")
    ReportFactory(item=exempt, title=f"{WORD} valuation", url=f"https://example.org/{WORD}.pdf")
    action = ActionFactory(item=exempt, description=f"Sign the {WORD} lease.", owner=secret_person)
    ActionUpdateFactory(action=action, note=f"{WORD} lease with solicitors.")
    services.move_meeting(meeting=meeting, to=Meeting.Stage.AGENDA)
    services.move_meeting(meeting=meeting, to=Meeting.Stage.PUBLISHED)
    return {"board": board, "draft": draft, "meeting": meeting, "exempt": exempt, "action": action}


def _doors(client, planted) -> dict[str, str]:
    """Every door's answer, as text, by address."""
    draft, exempt = planted["draft"], planted["exempt"]
    hidden_action = Action.objects.get(item__meeting=draft)
    addresses = [
        "/feeds/minutes/",
        "/committees/iib/feed/",
        "/calendar.ics",
        "/committees/iib/calendar.ics",
        "/api/v1/",
        "/api/v1/schema/",
        f"/api/v1/meetings/{draft.pk}/",
        f"/api/v1/items/{exempt.pk}/",
        f"/api/v1/actions/{planted['action'].reference}/",
        f"/api/v1/actions/{hidden_action.reference}/",
        f"/api/v1/ocd/events/{draft.pk}/",
    ]
    for name in ("committees", "meetings", "items", "actions", "people", "ocd/events"):
        addresses.append(f"/api/v1/{name}/?page_size=200")
    for meeting in Meeting.objects.all():
        addresses += [f"/api/v1/meetings/{meeting.pk}/", f"/api/v1/ocd/events/{meeting.pk}/"]
    for item in AgendaItem.objects.all():
        addresses.append(f"/api/v1/items/{item.pk}/")
    for action in Action.objects.all():
        addresses.append(f"/api/v1/actions/{action.reference}/")
    answers = {}
    for address in addresses:
        response = client.get(address)
        assert response.status_code in (200, 404), address
        answers[address] = response.content.decode()
    return answers


def test_the_word_comes_out_of_no_feed_calendar_or_api(client, planted):
    answers = _doors(client, planted)

    leaks = [address for address, text in answers.items() if WORD in text.lower()]
    assert leaks == []
    # The doors did answer with the public record around the secret.
    assert "Lease of the depot" in answers["/feeds/minutes/"]
    assert "Paragraph 3 of Schedule 12A" in answers[f"/api/v1/items/{planted['exempt'].pk}/"]
    assert "Smith Square" in answers["/calendar.ics"]
    assert answers[f"/api/v1/meetings/{planted['draft'].pk}/"].count("{") <= 1  # a 404's detail


def test_the_word_comes_out_of_no_alert_email(client, planted):
    call_command("send_alerts", stdout=StringIO())

    assert sorted(m.subject.split(":")[0] for m in mail.outbox) == [
        "Agenda published",
        "Draft minutes published",
    ]
    for message in mail.outbox:
        assert WORD not in message.subject.lower()
        assert WORD not in message.body.lower()
        assert WORD not in str(message.extra_headers).lower()
    assert "2. Lease of the depot" in mail.outbox[0].body
