"""The rows of a page of search results, each built by `_html` rather than by the template
language: twenty results of a very common word cost as much to draw in a template loop as
the rest of the page's drawing together.

The markup is that of the loop it replaces, whitespace and all, and every piece of text from
the record is escaped (tests/test_search.py compares the two).
"""

from __future__ import annotations

from collections.abc import Iterable

from django import template
from django.utils.safestring import SafeString

from minutes.html_rows import html_row as _html
from minutes.html_rows import joined as _joined
from minutes.search import Kind
from minutes.search_pages import Result
from minutes.templatetags.meeting_tags import STATUS_WORDS
from minutes.templatetags.minutes_tags import uk_date

register = template.Library()

ROW = (
    '\n        <li class="app-search-result" data-kind="{}">'
    '\n          <span class="govuk-caption-s">{}</span>'
    '\n          <h3 class="govuk-heading-s govuk-!-margin-bottom-1">'
    '<a class="govuk-link" href="{}">{}</a>'
    "\n            {}</h3>"
    "\n          {}"
    '\n          <p class="govuk-body-s app-meta">{}, {}, item {} {}{}{}</p>'
    "\n        </li>\n      "
)


@register.simple_tag
def search_result_rows(results: Iterable[Result]) -> SafeString:
    """Each result: what it is, its title linked to where it lives, whether the public may
    see it (for a clerk), the words around the match, and the meeting and item it is from."""
    return _joined(_row(result) for result in results)


def _row(result: Result) -> SafeString:
    not_public = result.not_public and _html(
        '<strong class="govuk-tag govuk-tag--red app-not-public">{}</strong>', result.not_public
    )
    snippet = result.snippet and _html(
        '<p class="govuk-body govuk-!-margin-bottom-1 app-snippet">{}</p>', result.snippet
    )
    return _html(
        ROW,
        result.kind,
        result.kind_label,
        result.url,
        result.title,
        not_public or "",
        snippet or "",
        result.meeting.committee.name,
        uk_date(result.meeting.starts_at),
        result.item.number,
        result.item.title,
        _spoken_to_by(result),
        _status(result),
    )


def _spoken_to_by(result: Result) -> SafeString | str:
    if not result.speakers:
        return ""
    return _html("; spoken to by {}", ", ".join(person.full_name for person in result.speakers))


def _status(result: Result) -> SafeString | str:
    if result.kind != Kind.ACTION:
        return ""
    return _html("; {}", STATUS_WORDS.get(result.record.status, result.record.status).lower())
