"""An officer's private calendar of their open actions' due dates, at a secret address."""

from __future__ import annotations

import datetime
import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from icalendar import Calendar, Event

from actions.models import Action
from minutes.models import Person


def _new_token() -> str:
    return secrets.token_urlsafe(32)


def token_for(person: Person) -> str:
    """The person's calendar token, made on first use.

    The update only fills an empty token, so two first visits at once agree on one address.
    """
    if not person.calendar_token:
        Person.objects.filter(pk=person.pk, calendar_token="").update(calendar_token=_new_token())
        person.calendar_token = (
            Person.objects.filter(pk=person.pk).values_list("calendar_token", flat=True).get()
        )
    return person.calendar_token


def reset_token(person: Person) -> str:
    """Give the calendar a new address; the old one stops working at once."""
    person.calendar_token = _new_token()
    person.save(update_fields=["calendar_token"])
    return person.calendar_token


# Done actions stay on the calendar this long, marked done, so that a calendar subscribed to
# by an officer whose actions are all finished shows what was done rather than nothing at all.
DONE_SHOWN_FOR = datetime.timedelta(days=90)


def for_person(person: Person) -> bytes:
    """One all-day event per open action with a due date, exempt ones included (it is private),
    and the actions done in the last 90 days, marked done."""
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    cal = Calendar()
    cal.add("prodid", f"-//{settings.SITE_NAME}//Actions//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"Actions of {person}")
    recently_done = Q(status=Action.Status.DONE, completed_at__gte=timezone.now() - DONE_SHOWN_FOR)
    actions = (
        Action.objects.filter(owner=person, due_on__isnull=False)
        .filter(Q(status__in=Action.OPEN_STATUSES) | recently_done)
        .with_source()
        .order_by("due_on", "reference")
    )
    for action in actions:
        meeting = action.item.meeting
        event = Event()
        event.add("uid", f"action-{action.reference}@{host}")
        event.add("dtstamp", action.updated_at)
        if action.status == Action.Status.DONE:
            summary = f"Done: action {action.reference}: {action.description[:80]}"
        else:
            summary = f"Action {action.reference} due: {action.description[:80]}"
        event.add("summary", summary)
        event.add("dtstart", action.due_on)
        event.add("dtend", action.due_on + datetime.timedelta(days=1))
        source = f"Raised at {meeting}, item {action.item}."
        event.add("description", f"{action.description}\n\n{source}")
        event.add("url", f"{settings.SITE_URL}{action.get_absolute_url()}")
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()
