"""Template tags of the tracker: the forms an action's page shows to whoever may change it,
the status and source cells every listing of actions shows, and the rows of the two long
listings (the action log's table, and an officer's own actions), built in Python as
`minutes.html_rows` builds them."""

from __future__ import annotations

import datetime

from django import template
from django.template.defaultfilters import pluralize
from django.utils import timezone
from django.utils.safestring import mark_safe

from actions.forms import FORMS_FOR_STATUS, ActionChangeForm, AssignForm, TakeForm
from actions.models import Action
from actions.tracker import may_manage, may_take, person_of
from minutes.html_rows import html_row, joined
from minutes.roles import is_clerk
from minutes.templatetags.minutes_tags import status_colour, uk_date

register = template.Library()


@register.simple_tag(takes_context=True)
def action_forms(context, action: Action) -> list[ActionChangeForm]:
    """The forms this reader may use on `action`; none for the public or other officers.

    Built here because the page that includes them belongs to the public action log,
    whose view knows nothing of who may change what.
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    forms: list[ActionChangeForm] = []
    if may_take(user, action):
        forms.append(TakeForm(action=action, person=person_of(user)))
    if may_manage(user, action):
        forms += [form_class(action=action) for form_class in FORMS_FOR_STATUS[action.status]]
        if is_clerk(user) and action.is_open:
            forms.append(AssignForm(action=action))
    return _with_failed_form(forms, context.get("failed_form"))


def _with_failed_form(forms: list, failed) -> list:
    """Put a form that was sent and refused back in its place, with what was typed in it.

    If the action has moved on so that the form no longer applies (someone else marked it
    done meanwhile), it still comes first, so its text can be kept or sent another way.
    """
    if failed is None:
        return forms
    for index, form in enumerate(forms):
        if type(form) is type(failed):
            forms[index] = failed
            return forms
    return [failed, *forms]


@register.filter
def has_other_moves(forms: list) -> bool:
    return any(not form.prominent for form in forms)


@register.filter
def other_move_failed(forms: list) -> bool:
    """A refused form among the folded ones: show it open, with what was typed."""
    return any(not form.prominent and form.is_bound for form in forms)


@register.filter
def other_move_headings(forms: list) -> str:
    """ "add a progress note, start work, withdraw" for the folded forms' summary line."""
    return ", ".join(form.heading.lower() for form in forms if not form.prominent)


@register.filter
def days_late(due_on: datetime.date | None, today: datetime.date | None = None) -> str:
    """How late an action is, in whole days: "1 day late", "12 days late"; "" if not late."""
    if due_on is None:
        return ""
    days = ((today or timezone.localdate()) - due_on).days
    if days <= 0:
        return ""
    return f"{days} day{pluralize(days)} late"


# A listing shows these two for every row: built here rather than by an included template,
# whose context, loading and `{% with %}` cost more than the row's own cells.
OVERDUE_TAG = mark_safe(
    ' <strong class="govuk-tag govuk-tag--red app-overdue-tag">Overdue</strong>'
)


@register.simple_tag
def action_status(action: Action, today: datetime.date | None = None) -> str:
    """The action's status in words, and "Overdue" in words too: colour only repeats them.
    A listing passes `today`, read once for all its rows."""
    return html_row(
        '<strong class="govuk-tag govuk-tag--{}">{}</strong>{}',
        status_colour(action.status),
        action.get_status_display(),
        OVERDUE_TAG if action.is_overdue_on(today or timezone.localdate()) else "",
    )


@register.simple_tag
def action_source(action: Action) -> str:
    """Where the action came from: committee, date, item and point, for an action selected
    `with_source()`. Links only to pages the public can open."""
    item = action.item
    meeting = item.meeting
    if meeting.is_public:
        title = html_row(
            '<a class="govuk-link" href="{}">item {} {}</a>',
            item.get_absolute_url(),
            item.number,
            item.title,
        )
    else:
        title = html_row("item {} {}", item.number, item.title)
    point = ""
    if action.discussion_point_id and item.minutes_public:
        point = html_row(
            ', <a class="govuk-link" href="{}">point ‘{}’</a>',
            action.source_url,
            action.discussion_point,
        )
    return html_row(
        "{}, {}: {}{}", meeting.committee.name, uk_date(meeting.starts_at), title, point
    )


@register.simple_tag
def action_rows(actions, show_source: bool = False) -> str:
    """The action log's rows (includes/table.html): reference, action, owner, due date,
    status and, if asked, where it was raised; for actions selected `with_source()`."""
    today = timezone.localdate()
    return joined(
        html_row(
            '\n      <tr class="govuk-table__row">'
            '\n        <td class="govuk-table__cell" data-label="Reference">'
            '<a class="govuk-link" href="{}">{}</a></td>'
            '\n        <td class="govuk-table__cell" data-label="Action">{}</td>'
            '\n        <td class="govuk-table__cell" data-label="Owner">{}</td>'
            '\n        <td class="govuk-table__cell" data-label="Due">{}</td>'
            '\n        <td class="govuk-table__cell" data-label="Status">{}</td>'
            "\n        {}"
            "\n      </tr>"
            "\n    ",
            action.get_absolute_url(),
            action.reference,
            action.description,
            action.owner_name,
            uk_date(action.due_on) or "No date set",
            action_status(action, today),
            html_row(
                '<td class="govuk-table__cell" data-label="Raised at">{}</td>',
                action_source(action),
            )
            if show_source
            else "",
        )
        for action in actions
    )


EXEMPT_NOTE = mark_safe(
    '<p class="govuk-body-s app-meta govuk-!-margin-bottom-1">Exempt: not shown to the public.</p>'
)


@register.simple_tag
def my_action_rows(actions) -> str:
    """An officer's own actions (mine.html): each with its latest update they may read
    (`latest_note`, `latest_update_at`), where it came from, when due and how late."""
    today = timezone.localdate()
    return joined(
        html_row(
            '\n        <tr class="govuk-table__row" id="action-{}">'
            '\n          <td class="govuk-table__cell" data-label="Action">'
            '\n            <a class="govuk-link" href="{}">{}</a>'
            '\n            <p class="govuk-body govuk-!-margin-bottom-1">{}</p>'
            "\n            {}"
            "\n            {}"
            "\n          </td>"
            '\n          <td class="govuk-table__cell" data-label="From">{}, {}, item {}</td>'
            '\n          <td class="govuk-table__cell" data-label="Due">{}{}</td>'
            '\n          <td class="govuk-table__cell" data-label="Status">{}</td>'
            "\n        </tr>"
            "\n      ",
            action.reference,
            action.get_absolute_url(),
            action.reference,
            action.description,
            EXEMPT_NOTE if action.item.is_exempt else "",
            html_row(
                '<p class="govuk-body-s app-meta govuk-!-margin-bottom-0">'
                "Latest update, {}: {}</p>",
                uk_date(action.latest_update_at),
                action.latest_note,
            )
            if action.latest_note
            else "",
            action.item.meeting.committee.name,
            uk_date(action.item.meeting.starts_at),
            action.item.number,
            html_row(
                '<time datetime="{}">{}</time>', action.due_on.isoformat(), uk_date(action.due_on)
            )
            if action.due_on
            else "No due date",
            html_row('<br><span class="app-overdue">{}</span>', days_late(action.due_on, today))
            if action.is_overdue_on(today)
            else "",
            action_status(action, today),
        )
        for action in actions
    )
