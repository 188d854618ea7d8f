"""The rows of the people list, each built in Python as the meeting page's rows are
(`minutes.html_rows`): fifty people with their seats cost a template lookup, a condition and
an escape per field, which came to two thirds of the page's time."""

from __future__ import annotations

import datetime

from django import template
from django.utils.safestring import SafeString, mark_safe

from minutes.html_rows import html_row, joined
from minutes.models import Membership, Person
from minutes.templatetags.minutes_tags import uk_date

register = template.Library()

ROLE_WORDS = dict(Membership.Role.choices)


@register.simple_tag
def people_rows(people: list[Person], today: datetime.date) -> SafeString:
    """A row for each person: their name linked to their page, their position and
    organisation, the seats they hold (or are to hold) and how many they held before."""
    return joined(_person(person, today) for person in people)


def _person(person: Person, today: datetime.date) -> SafeString:
    about = ", ".join(filter(None, (person.position, person.organisation)))
    seats = [_seat(membership, today) for membership in person.seats]
    if person.earlier_seats:
        plural = "" if person.earlier_seats == 1 else "s"
        seats.append(html_row("{} earlier seat{}", person.earlier_seats, plural))
    return html_row(
        '\n      <li class="app-person">'
        '\n        <a class="govuk-link govuk-!-font-weight-bold" href="{}">{}</a>{}{}'
        "\n      </li>",
        person.get_absolute_url(),
        person.full_name,
        html_row(' <span class="app-meta">{}</span>', about) if about else "",
        html_row(
            '\n          <br><span class="govuk-body-s app-person__seats">{}</span>',
            mark_safe("; ".join(seats)),  # each seat built by html_row
        )
        if seats
        else "",
    )


def _seat(membership: Membership, today: datetime.date) -> SafeString:
    dates = []
    if membership.started_on and membership.started_on > today:
        dates.append(f"from {uk_date(membership.started_on)}")
    if membership.ended_on:
        dates.append(f"until {uk_date(membership.ended_on)}")
    when = f" ({' '.join(dates)})" if dates else ""
    return html_row("{}: {}{}", membership.committee.name, ROLE_WORDS[membership.role], when)
