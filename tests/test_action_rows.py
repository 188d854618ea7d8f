"""The two long listings of actions (the action log's table, shown on a person's page too,
and an officer's own actions) are built row by row in Python: each reads as the template
loop it replaced, character for character, with what anyone typed escaped."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import timezone
from django.utils.html import format_html

from actions.models import Action
from actions.templatetags.action_tags import (
    OVERDUE_TAG,
    action_rows,
    action_source,
    action_status,
    my_action_rows,
)
from actions.tracker import _with_latest_update
from minutes.templatetags.minutes_tags import status_colour, uk_date
from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AgendaItemFactory,
    DiscussionPointFactory,
    PersonFactory,
    UserFactory,
)
from tests.public_records import build_meeting

pytestmark = pytest.mark.django_db

TYPED = '<script>alert("x")</script> & "quotes"'

TABLE_LOOP = """{% load action_tags minutes_tags %}{% for action in actions %}
      <tr class="govuk-table__row">
        <td class="govuk-table__cell" data-label="Reference"><a class="govuk-link" href="{{ action.get_absolute_url }}">{{ action.reference }}</a></td>
        <td class="govuk-table__cell" data-label="Action">{{ action.description }}</td>
        <td class="govuk-table__cell" data-label="Owner">{{ action.owner_name }}</td>
        <td class="govuk-table__cell" data-label="Due">{{ action.due_on|uk_date|default:"No date set" }}</td>
        <td class="govuk-table__cell" data-label="Status">{% action_status action %}</td>
        {% if show_source %}<td class="govuk-table__cell" data-label="Raised at">{% action_source action %}</td>{% endif %}
      </tr>
    {% endfor %}"""  # noqa: E501

MY_ACTIONS_LOOP = """{% load action_tags minutes_tags %}{% for action in actions %}
        <tr class="govuk-table__row" id="action-{{ action.reference }}">
          <td class="govuk-table__cell" data-label="Action">
            <a class="govuk-link" href="{{ action.get_absolute_url }}">{{ action.reference }}</a>
            <p class="govuk-body govuk-!-margin-bottom-1">{{ action.description }}</p>
            {% if action.item.is_exempt %}<p class="govuk-body-s app-meta govuk-!-margin-bottom-1">Exempt: not shown to the public.</p>{% endif %}
            {% if action.latest_note %}<p class="govuk-body-s app-meta govuk-!-margin-bottom-0">Latest update, {{ action.latest_update_at|uk_date }}: {{ action.latest_note }}</p>{% endif %}
          </td>
          <td class="govuk-table__cell" data-label="From">{{ action.item.meeting.committee.name }}, {{ action.item.meeting.starts_at|uk_date }}, item {{ action.item.number }}</td>
          <td class="govuk-table__cell" data-label="Due">{% if action.due_on %}<time datetime="{{ action.due_on.isoformat }}">{{ action.due_on|uk_date }}</time>{% else %}No due date{% endif %}{% if action.is_overdue %}<br><span class="app-overdue">{{ action.due_on|days_late }}</span>{% endif %}</td>
          <td class="govuk-table__cell" data-label="Status">{% action_status action %}</td>
        </tr>
      {% endfor %}"""  # noqa: E501


@pytest.fixture
def owner():
    return PersonFactory(name=f"Owner {TYPED}", user=UserFactory())


@pytest.fixture
def actions(owner):
    """One of each kind a listing shows differently."""
    today = timezone.localdate()
    published = build_meeting(items=1, actions=0)
    item = published.agenda_items.get()
    item.title = f"Item {TYPED}"
    item.save()
    point = DiscussionPointFactory(item=item, position=9, topic=f"Topic {TYPED}")
    draft = build_meeting(stage="draft", items=1, actions=0)
    exempt = AgendaItemFactory(
        meeting=published, position=2, number="2", is_exempt=True, exempt_reason="Paragraph 3."
    )
    made = [
        ActionFactory(
            item=item, owner=owner, description=TYPED, due_on=today - datetime.timedelta(days=3)
        ),
        ActionFactory(item=item, owner=owner, discussion_point=point, due_on=None),
        ActionFactory(item=item, owner=None, owner_label=f"Team {TYPED}", status="withdrawn"),
        ActionFactory(item=draft.agenda_items.get(), owner=owner, status="in_progress"),
        ActionFactory(item=exempt, owner=owner, due_on=today - datetime.timedelta(days=1)),
    ]
    ActionUpdateFactory(action=made[0], note=f"Note {TYPED}")
    return made


def status_as_it_was(action) -> str:
    """The status cell as the listings built it with format_html."""
    return format_html(
        '<strong class="govuk-tag govuk-tag--{}">{}</strong>{}',
        status_colour(action.status),
        action.get_status_display(),
        OVERDUE_TAG if action.is_overdue else "",
    )


def source_as_it_was(action) -> str:
    """The source cell as the listings built it with format_html."""
    item, meeting = action.item, action.item.meeting
    if meeting.is_public:
        title = format_html(
            '<a class="govuk-link" href="{}">item {} {}</a>',
            item.get_absolute_url(),
            item.number,
            item.title,
        )
    else:
        title = format_html("item {} {}", item.number, item.title)
    point = ""
    if action.discussion_point_id and item.minutes_public:
        point = format_html(
            ', <a class="govuk-link" href="{}">point ‘{}’</a>',
            action.source_url,
            action.discussion_point,
        )
    return format_html(
        "{}, {}: {}{}", meeting.committee.name, uk_date(meeting.starts_at), title, point
    )


def test_the_status_and_source_cells_read_as_format_html_built_them(actions):
    listed = Action.objects.filter(pk__in=[a.pk for a in actions]).listed().order_by("pk")
    for action in listed:
        assert action_status(action) == status_as_it_was(action)
        assert action_status(action, timezone.localdate()) == status_as_it_was(action)
        assert action_source(action) == source_as_it_was(action)


@pytest.mark.parametrize("show_source", [True, False])
def test_the_action_logs_rows_read_as_the_template_loop(actions, show_source):
    listed = list(Action.objects.filter(pk__in=[a.pk for a in actions]).listed().order_by("pk"))

    rows = action_rows(listed, show_source)

    loop = Template(TABLE_LOOP).render(Context({"actions": listed, "show_source": show_source}))
    assert rows == loop
    assert TYPED not in rows
    assert rows.count("Overdue") == 2 and "No date set" in rows


def test_an_officers_rows_read_as_the_template_loop(actions, owner):
    mine = list(
        _with_latest_update(Action.objects.filter(owner=owner).listed(), owner.user).order_by("pk")
    )

    rows = my_action_rows(mine)

    assert rows == Template(MY_ACTIONS_LOOP).render(Context({"actions": mine}))
    assert TYPED not in rows
    assert "3 days late" in rows and "1 day late" in rows and "No due date" in rows
    assert "Exempt: not shown to the public." in rows and "Latest update, " in rows
