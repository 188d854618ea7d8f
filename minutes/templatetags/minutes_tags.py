"""Dates and times the UK way, the words and colours of an action's status, and people as a
meeting's minutes print them."""

from __future__ import annotations

import datetime

from django import template
from django.utils import timezone

from actions.models import Action
from minutes.addresses import address, asset

register = template.Library()

STATUS_TAG_COLOURS = {
    Action.Status.OPEN: "blue",
    Action.Status.IN_PROGRESS: "yellow",
    Action.Status.DONE: "green",
    Action.Status.WITHDRAWN: "grey",
}


# The months in words, as `%B` gives them, without a call to strftime for each date (a long
# page shows hundreds).
MONTHS = ("", *(f"{datetime.date(2000, month, 1):%B}" for month in range(1, 13)))


def _local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


@register.filter
def uk_date(value) -> str:
    """17 January 2019: the GOV.UK style, no leading zero, the month in words."""
    if not value:
        return ""
    value = _local(value)
    return f"{value.day} {MONTHS[value.month]} {value.year}"


@register.filter
def uk_time(value) -> str:
    """11am, 2:30pm, midday, midnight: the GOV.UK style for times."""
    if not value:
        return ""
    value = _local(value)
    if value.hour == 12 and value.minute == 0:
        return "midday"
    if value.hour == 0 and value.minute == 0:
        return "midnight"
    hour = value.hour % 12 or 12
    minutes = f":{value.minute:02d}" if value.minute else ""
    return f"{hour}{minutes}{'am' if value.hour < 12 else 'pm'}"


@register.simple_tag(name="address")
def address_tag(name: str, **kwargs) -> str:
    """As `{% url %}` with named arguments, each address reversed once and then remembered
    (minutes.addresses): `{% address 'committee_feed' committee=committee.slug %}`."""
    return address(name, **kwargs)


@register.simple_tag(name="asset")
def asset_tag(path: str) -> str:
    """As `{% static %}`, each file's address worked out once (minutes.addresses)."""
    return asset(path)


@register.filter
def status_colour(status: str) -> str:
    """The govuk-tag modifier for an action's status; the tag's words carry the meaning."""
    return STATUS_TAG_COLOURS.get(status, "grey")


def human_size(size: int) -> str:
    """A file's size as GOV.UK writes it: 840 bytes, 102 KB, 1.4 MB."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


@register.filter
def with_size(kind: str, size: int | None) -> str:
    """A download's type, and its size where it is known: "PDF, 102 KB", or "PDF"."""
    return f"{kind}, {human_size(size)}" if size else kind


@register.filter
def printed(person, meeting):
    """`person` as the meeting's minutes print them (minutes.printed_names): confirmed minutes
    as on the day they were confirmed. Use as {% with p=entry.person|printed:meeting %}."""
    return meeting.printed(person)
