"""The meeting page's long lists (register, agenda, matters arising, notes at the meeting) and
an item's discussion points are built row by row in Python: what anyone typed into the record
is escaped in each of them, and a note at the meeting shows only when its action is one the
public may see."""

import datetime

import pytest
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy

from minutes.html_rows import html_row as _html
from minutes.models import Attendance
from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    DiscussionPointFactory,
    PersonFactory,
)
from tests.public_records import aware, build_meeting, text_of

pytestmark = pytest.mark.django_db

TITLE = '<script>alert("title")</script> & "Sons"'
DESCRIPTION = "<script>alert('action')</script> Write to <b>each</b> council"
LABEL = "<em>Finance</em> & Audit team"
NOTE_THEN = '<img src=x onerror="alert(1)"> Letters half sent'
NOTE_HERE = "<script>alert('note')</script> The board noted it"
NAME = "<i>O'Brien</i>"
POST = "Head of <u>Audit</u> & Risk"


@pytest.fixture
def committee():
    return CommitteeFactory(slug="board")


@pytest.fixture
def earlier(committee):
    return build_meeting(committee=committee, items=1, actions=0, starts_at=aware(2018, 11, 22))


@pytest.fixture
def meeting(committee, earlier):
    meeting = build_meeting(committee=committee, items=1, actions=0, starts_at=aware(2019, 1, 17))
    AgendaItemFactory(meeting=meeting, position=2, number="2", title=TITLE)
    person = PersonFactory(honorific="", name=NAME, position=POST, organisation="A&B Council")
    absent = PersonFactory(honorific="Cllr", name="<b>Absent</b> Member")
    AttendanceFactory(meeting=meeting, person=absent, kind=Attendance.Kind.APOLOGIES)
    AttendanceFactory(
        meeting=meeting, person=person, kind=Attendance.Kind.SUBSTITUTE, substitute_for=absent
    )
    action = ActionFactory(
        item=earlier.agenda_items.get(),
        description=DESCRIPTION,
        owner=None,
        owner_label=LABEL,
        due_on=datetime.date(2019, 1, 1),
    )
    ActionUpdateFactory(action=action, note=NOTE_THEN, created_at=aware(2019, 1, 2))
    ActionUpdateFactory(
        action=action,
        note=NOTE_HERE,
        meeting=meeting,
        status_after="in_progress",
        created_at=aware(2019, 1, 17, 12),
    )
    return meeting


def test_what_people_typed_is_escaped_in_every_row_of_the_meeting_page(client, meeting):
    html = client.get(meeting.get_absolute_url()).content.decode()

    for typed in (TITLE, DESCRIPTION, LABEL, NOTE_THEN, NOTE_HERE, NAME, POST, "<b>Absent</b>"):
        assert typed not in html
    # The agenda's row.
    assert "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &quot;Sons&quot;" in html
    # The matters arising row: the action, its owner and its latest note then.
    assert "&lt;script&gt;alert(&#x27;action&#x27;)&lt;/script&gt; Write to &lt;b&gt;each" in html
    assert "&lt;em&gt;Finance&lt;/em&gt; &amp; Audit team" in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Letters half sent" in html
    # The note at this meeting, and its change of status.
    assert "&lt;script&gt;alert(&#x27;note&#x27;)&lt;/script&gt; The board noted it" in html
    assert "Status: Open to In progress." in html
    # The register: a name, a post and whom they stood in for.
    assert "&lt;i&gt;O&#x27;Brien&lt;/i&gt;" in html
    assert "(Head of &lt;u&gt;Audit&lt;/u&gt; &amp; Risk, A&amp;B Council)" in html
    assert "substituting for" in html and "Cllr &lt;b&gt;Absent&lt;/b&gt; Member" in html


def test_each_row_reads_in_order_with_the_typed_words_as_typed(client, meeting):
    page = text_of(client.get(meeting.get_absolute_url()))

    assert f"2. {TITLE} Exempt" not in page and f"2. {TITLE}" in page
    assert f"{LABEL} 1 January 2019 Open Overdue {NOTE_THEN} (2 January 2019)" in page
    assert f"({LABEL}): {NOTE_HERE} Status: Open to In progress." in page


@pytest.mark.parametrize("withheld", ["exempt", "draft"])
def test_a_note_at_the_meeting_shows_only_if_its_action_is_public(
    client, committee, meeting, withheld
):
    if withheld == "exempt":
        item = AgendaItemFactory(
            meeting=meeting, position=3, number="3", is_exempt=True, exempt_reason="Paragraph 3."
        )
    else:
        draft = build_meeting(
            committee=committee, stage="draft", items=1, actions=0, starts_at=aware(2019, 1, 1)
        )
        item = draft.agenda_items.get()
    secret = ActionFactory(item=item, description="Renegotiate the waste contract.")
    ActionUpdateFactory(action=secret, note="Acme offered 4.2 million.", meeting=meeting)

    page = text_of(client.get(meeting.get_absolute_url()))

    assert "Noted at this meeting" in page and NOTE_HERE in page
    assert "4.2 million" not in page and secret.reference not in page


def test_what_people_typed_is_escaped_in_each_discussion_point(client, meeting):
    item = meeting.agenda_items.get(number="2")
    point = DiscussionPointFactory(
        item=item, position=1, topic="<script>alert('topic')</script>", text="<b>One</b>\nTwo"
    )
    point.speakers.add(PersonFactory(honorific="Dr", name="<i>Speaker</i>"))
    DiscussionPointFactory(item=item, position=2, topic="", text="Untitled & plain.")

    html = client.get(item.get_absolute_url()).content.decode()

    assert "<script>alert('topic')" not in html and "<b>One</b>" not in html
    assert "&lt;script&gt;alert(&#x27;topic&#x27;)&lt;/script&gt;</h3>" in html
    assert "<p>&lt;b&gt;One&lt;/b&gt;<br>Two</p>" in html
    assert "Spoken to by <a" in html and ">Dr &lt;i&gt;Speaker&lt;/i&gt;</a>.</p>" in html
    assert '<span class="app-point__number">2.</span> Point 2</h3>' in html
    assert "<p>Untitled &amp; plain.</p>" in html


@pytest.mark.parametrize(
    "value",
    [
        TITLE,
        'Smith & O\'Brien say "no" <b>',
        mark_safe("<strong>already safe</strong>"),
        gettext_lazy("Open & <unread>"),
        42,
        None,
        datetime.date(2026, 3, 5),
    ],
)
def test_a_row_is_built_as_format_html_would_build_it(value):
    markup = '<td data-x="{}">{}</td>'
    assert _html(markup, value, value) == format_html(markup, value, value)
    assert isinstance(_html(markup, value, value), SafeString)


# The template loop the meeting lists were built with, kept here to hold the rows to it.
MEETING_LIST_LOOP = """{% load minutes_tags %}{% for meeting in meetings %}
    <li>
      <a class="govuk-link" href="{{ meeting.get_absolute_url }}">{% if show_committee %}{{ meeting.committee.name }}, {% endif %}{{ meeting.starts_at|uk_date }}</a>
      <span class="app-meta">{% if meeting.is_cancelled %}Cancelled{% elif meeting.stage == "agenda" %}Agenda{% elif meeting.stage == "published" %}Draft minutes{% else %}Confirmed minutes{% endif %}</span>
    </li>
  {% endfor %}"""  # noqa: E501


@pytest.mark.parametrize("show_committee", [True, False])
def test_a_list_of_meetings_reads_as_the_template_loop_it_replaces(show_committee):
    from django.template import Context, Template

    from minutes.templatetags.meeting_tags import meeting_rows
    from minutes.views import _listed

    committee = CommitteeFactory(name=TITLE, slug="board")
    meetings = [
        build_meeting(committee=committee, stage=stage, items=0, starts_at=aware(2019, 1, day))
        for day, stage in ((10, "agenda"), (17, "published"), (24, "confirmed"))
    ]
    cancelled = build_meeting(committee=committee, stage="agenda", items=0)
    cancelled.is_cancelled = True
    meetings.append(cancelled)
    # Half past midnight on 1 July in London is still 30 June in UTC: the list gives the
    # local day.
    midsummer = datetime.datetime(2019, 6, 30, 23, 30, tzinfo=datetime.UTC)
    meetings.append(build_meeting(committee=committee, items=0, starts_at=midsummer))

    rows = meeting_rows(_listed(meetings), show_committee)
    loop = Template(MEETING_LIST_LOOP).render(
        Context({"meetings": meetings, "show_committee": show_committee})
    )

    assert rows == loop
    assert [word in rows for word in ("Agenda", "Draft minutes", "Confirmed", "Cancelled")] == [
        True
    ] * 4
    assert "1 July 2019" in rows and "30 June 2019" not in rows
    assert TITLE not in rows
    assert ("&lt;script&gt;alert(&quot;title&quot;)" in rows) is show_committee


COMMITTEE_LIST_LOOP = """{% load minutes_tags %}{% for committee in committees %}
      <li class="govuk-!-margin-bottom-6">
        <h2 class="govuk-heading-m govuk-!-margin-bottom-1"><a class="govuk-link" href="{{ committee.get_absolute_url }}">{{ committee.name }}</a></h2>
        {% if committee.description %}<p class="govuk-body govuk-!-margin-bottom-1">{{ committee.description }}</p>{% endif %}
        <p class="govuk-body app-meta">
          {% with next=committee.coming_meetings.0 %}{% if next %}Next meeting: <a class="govuk-link" href="{{ next.get_absolute_url }}">{{ next.starts_at|uk_date }}</a>. {% else %}No meeting announced. {% endif %}{% endwith %}
          {{ committee.meeting_count }} meeting{{ committee.meeting_count|pluralize }} on record.
        </p>
      </li>
    {% endfor %}"""  # noqa: E501


def test_the_committee_list_reads_as_the_template_loop_it_replaces(client):
    from django.template import Context, Template

    from minutes.templatetags.meeting_tags import committee_rows

    busy = CommitteeFactory(name=TITLE, slug="board", description=DESCRIPTION)
    quiet = CommitteeFactory(name="Quiet & Still", slug="quiet", description="")
    coming = build_meeting(
        committee=busy, stage="agenda", items=0, starts_at=timezone.now() + datetime.timedelta(3)
    )
    # The loop's committees as it had them: each with its coming meetings and its count.
    busy.coming_meetings, quiet.coming_meetings = [coming], []
    busy.meeting_count, quiet.meeting_count = 1, 0

    rows = committee_rows(client.get("/committees/").context["committees"])

    loop = Template(COMMITTEE_LIST_LOOP).render(Context({"committees": [busy, quiet]}))
    assert rows == loop
    assert TITLE not in rows and DESCRIPTION not in rows
    assert "1 meeting on record." in rows and "0 meetings on record." in rows
    assert "Next meeting: <a" in rows and "No meeting announced." in rows


def test_the_committee_list_dates_the_next_meeting_by_the_local_day(client):
    # Half past midnight on 1 July in London is still 30 June in UTC.
    year = timezone.now().year + 1
    committee = CommitteeFactory(name="Licensing Committee", slug="licensing")
    starts = datetime.datetime(year, 6, 30, 23, 30, tzinfo=datetime.UTC)
    meeting = build_meeting(committee=committee, stage="agenda", items=0, starts_at=starts)

    html = client.get("/committees/").content.decode()

    assert 'href="/committees/licensing/">Licensing Committee</a>' in html
    assert f'href="{meeting.get_absolute_url()}">1 July {year}</a>' in html
    assert f"30 June {year}" not in html
