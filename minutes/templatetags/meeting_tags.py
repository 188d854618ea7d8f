"""The long repeated rows of a meeting's page (its register, agenda, matters arising and the
notes taken at it), of an item's (its discussion points), of a list of meetings (a
committee's twenty years of them) and of the list of committees, each row built by `_html`.

A meeting at full size has fifty matters arising and sixty agenda items; a row built by the
template language costs a variable lookup, a filter call and an escape per field, which came
to more than the rest of the page together. Built here (as Django's admin builds the rows of
its change list), every piece of text is still escaped, and the markup is that of the
template it replaces, whitespace and all, so the page reads the same.

`_html` is `minutes.html_rows.html_row`: `format_html` less its cost per call.
"""

from __future__ import annotations

from collections.abc import Iterable

from django import template
from django.template.defaultfilters import linebreaks_filter
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from actions.models import Action
from minutes.html_rows import html_row as _html
from minutes.html_rows import joined as _joined
from minutes.models import Meeting
from minutes.templatetags.minutes_tags import status_colour, uk_date

# What a list of meetings says of each: the stage its record is at, in words (a draft is
# never listed).
STAGE_WORDS = {
    Meeting.Stage.AGENDA: "Agenda",
    Meeting.Stage.PUBLISHED: "Draft minutes",
    Meeting.Stage.CONFIRMED: "Confirmed minutes",
}

register = template.Library()

EXEMPT_TAG = mark_safe('<strong class="govuk-tag govuk-tag--grey">Exempt</strong>')
# An action's status in words, as its model's get_status_display() gives them.
STATUS_WORDS = dict(Action.Status.choices)
OVERDUE_TAG = mark_safe(
    ' <strong class="govuk-tag govuk-tag--red app-overdue-tag">Overdue</strong>'
)


# --- The committees ----------------------------------------------------------------------------


@register.simple_tag
def committee_rows(committees: Iterable[dict]) -> SafeString:
    """Each committee linked by name, with its description, its next meeting and how many
    meetings it has on record: rows as views.committee_list gives them."""
    here = timezone.get_current_timezone()
    return _joined(
        _html(
            '\n      <li class="govuk-!-margin-bottom-6">'
            '\n        <h2 class="govuk-heading-m govuk-!-margin-bottom-1">'
            '<a class="govuk-link" href="{}">{}</a></h2>'
            "\n        {}"
            '\n        <p class="govuk-body app-meta">'
            "\n          {}"
            "\n          {} meeting{} on record."
            "\n        </p>"
            "\n      </li>"
            "\n    ",
            committee["url"],
            committee["name"],
            _html('<p class="govuk-body govuk-!-margin-bottom-1">{}</p>', committee["description"])
            if committee["description"]
            else "",
            _html(
                'Next meeting: <a class="govuk-link" href="{}">{}</a>. ',
                committee["next_url"],
                uk_date(committee["next_starts_at"].astimezone(here).date()),
            )
            if committee["next_url"]
            else "No meeting announced. ",
            committee["meeting_count"],
            "" if committee["meeting_count"] == 1 else "s",
        )
        for committee in committees
    )


# --- A list of meetings ------------------------------------------------------------------------


@register.simple_tag
def meeting_rows(meetings: Iterable[dict], show_committee: bool = False) -> SafeString:
    """Each meeting's date (after its committee's name, if asked) linked to its page, and
    whether it was cancelled or how far its record has gone: rows as views._listed gives them."""
    here = timezone.get_current_timezone()
    return _joined(
        _html(
            "\n    <li>"
            '\n      <a class="govuk-link" href="{}">{}{}</a>'
            '\n      <span class="app-meta">{}</span>'
            "\n    </li>"
            "\n  ",
            meeting["url"],
            _html("{}, ", meeting["committee"]) if show_committee else "",
            uk_date(meeting["starts_at"].astimezone(here).date()),
            "Cancelled" if meeting["is_cancelled"] else STAGE_WORDS.get(meeting["stage"], ""),
        )
        for meeting in meetings
    )


# --- The register ------------------------------------------------------------------------------


@register.simple_tag
def attendance_rows(attendance: list[tuple[str, list[tuple]]]) -> SafeString:
    """A row for each kind of attendance that has anyone in it, listing who, as printed:
    each entry is (who, whom they stood in for), as views._attendance gives them."""
    return _joined(
        _html(
            '\n        <tr class="govuk-table__row">'
            '\n          <th scope="row" class="govuk-table__header">{}</th>'
            '\n          <td class="govuk-table__cell">'
            '\n            <ul class="govuk-list govuk-!-margin-bottom-0">'
            "\n              {}"
            "\n            </ul>"
            "\n          </td>"
            "\n        </tr>"
            "\n      ",
            label,
            _joined(_attendee(person, stood_in_for) for person, stood_in_for in entries),
        )
        for label, entries in attendance
        if entries
    )


def _attendee(person, stood_in_for) -> SafeString:
    return _html(
        '\n                <li><a class="govuk-link" href="{}">{}</a>{}{}</li>\n              ',
        person.get_absolute_url(),
        person.full_name,
        _post(person),
        _html(
            ', substituting for <a class="govuk-link" href="{}">{}</a>',
            stood_in_for.get_absolute_url(),
            stood_in_for.full_name,
        )
        if stood_in_for
        else "",
    )


def _post(person) -> SafeString | str:
    """ " (Head of Productivity, Sevenoaks District Council)", either part alone, or nothing."""
    if not (person.position or person.organisation):
        return ""
    if person.position and person.organisation:
        return _html(
            ' <span class="app-meta">({}, {})</span>', person.position, person.organisation
        )
    return _html(' <span class="app-meta">({})</span>', person.position or person.organisation)


# --- The agenda --------------------------------------------------------------------------------


@register.simple_tag
def agenda_rows(items: list[dict]) -> SafeString:
    """The agenda's items, each with its number, title, link, and "Exempt" where it is."""
    return _joined(
        _html(
            '\n      <li class="app-agenda__item">'
            '\n        <span class="app-agenda__number">{}.</span>'
            '\n        <a class="govuk-link" href="{}">{}</a>'
            "\n        {}"
            "\n      </li>"
            "\n    ",
            item["number"],
            item["url"],
            item["title"],
            EXEMPT_TAG if item["is_exempt"] else "",
        )
        for item in items
    )


# --- Matters arising ---------------------------------------------------------------------------


@register.simple_tag
def matters_arising_rows(actions: list[dict]) -> SafeString:
    """Each matter arising as it stood when the meeting began (see views._matters_arising)."""
    return _joined(
        _html(
            '\n        <tr class="govuk-table__row">'
            '\n          <td class="govuk-table__cell" data-label="Action">'
            '<a class="govuk-link" href="{}">{}</a>: {}<br>'
            '<span class="app-meta">Raised {}, item {}</span></td>'
            '\n          <td class="govuk-table__cell" data-label="Owner">{}</td>'
            '\n          <td class="govuk-table__cell" data-label="Due">{}</td>'
            '\n          <td class="govuk-table__cell" data-label="Status">'
            '<strong class="govuk-tag govuk-tag--{}">{}</strong>{}</td>'
            '\n          <td class="govuk-table__cell" data-label="Latest update">{}</td>'
            "\n        </tr>"
            "\n      ",
            action["url"],
            action["reference"],
            action["description"],
            uk_date(action["raised_on"]),
            action["item_number"],
            action["owner"],
            uk_date(action["due_on"]) or "No date set",
            status_colour(action["status_then"]),
            "In progress" if action["status_then"] == Action.Status.IN_PROGRESS else "Open",
            OVERDUE_TAG if action["overdue_then"] else "",
            _html(
                '{} <span class="app-meta">({})</span>',
                action["note_then"],
                uk_date(action["noted_on_then"]),
            )
            if action["noted_on_then"]
            else "No update yet",
        )
        for action in actions
    )


@register.simple_tag
def notes_here_rows(notes: list[dict]) -> SafeString:
    """The committee's notes on actions at this meeting, with any change of status."""
    return _joined(
        _html(
            '\n      <li><a class="govuk-link" href="{}">{}</a> ({}): {}{}</li>\n    ',
            note["url"],
            note["action__reference"],
            note["owner"],
            note["note"],
            _html(
                ' <span class="app-meta">Status: {} to {}.</span>',
                STATUS_WORDS.get(note["status_before"], note["status_before"]),
                STATUS_WORDS.get(note["status_after"], note["status_after"]),
            )
            if note["status_before"] != note["status_after"]
            else "",
        )
        for note in notes
    )


# --- An item's discussion ----------------------------------------------------------------------


@register.simple_tag
def discussion_points(points: Iterable, meeting) -> SafeString:
    """Each point with its anchor, number, topic, text in paragraphs, and who spoke to it as
    the meeting's minutes print them (prefetched in order as `speakers_by_name`)."""
    return _joined(
        _html(
            '\n        <div class="app-point" id="{}">'
            '\n          <h3 class="govuk-heading-m"><span class="app-point__number">{}.</span> {}</h3>'
            "\n          {}"
            "\n          {}"
            "\n        </div>"
            "\n      ",
            point.anchor,
            point.position,
            point.topic or f"Point {point.position}",
            linebreaks_filter(point.text),
            _spoken_to_by([meeting.printed(speaker) for speaker in point.speakers_by_name]),
        )
        for point in points
    )


def _spoken_to_by(speakers: list) -> SafeString | str:
    if not speakers:
        return ""
    return _html(
        '\n            <p class="govuk-body app-meta">Spoken to by {}.</p>\n          ',
        mark_safe(
            ", ".join(
                _html(
                    '<a class="govuk-link" href="{}">{}</a>',
                    person.get_absolute_url(),
                    person.full_name,
                )
                for person in speakers
            )
        ),
    )
