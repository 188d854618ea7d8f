"""The public pages show what the public needs, linked both ways between minutes and actions."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from actions.models import Action
from minutes.models import Attendance, Correction, Meeting
from minutes.templatetags.minutes_tags import uk_date, uk_time
from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    DiscussionPointFactory,
    MeetingFactory,
    MembershipFactory,
    PersonFactory,
    ReportFactory,
    UserFactory,
)
from tests.public_records import aware, build_meeting, text_of

pytestmark = pytest.mark.django_db


def days_from_now(days: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


@pytest.fixture
def board():
    return CommitteeFactory(name="Improvement and Innovation Board", slug="board")


@pytest.fixture
def seed_meeting(board):
    """A published meeting of 17 January 2019 with one fully minuted item."""
    return build_meeting(committee=board, items=1, starts_at=aware(2019, 1, 17, 11))


# --- Dates and times -----------------------------------------------------------------------


def test_dates_are_written_the_uk_way():
    assert uk_date(datetime.date(2019, 1, 7)) == "7 January 2019"
    # 23:30 UTC on 31 July is already 1 August in London.
    late = datetime.datetime(2019, 7, 31, 23, 30, tzinfo=datetime.UTC)
    assert uk_date(late) == "1 August 2019"
    assert uk_date(None) == ""


def test_times_are_written_the_uk_way():
    assert uk_time(datetime.time(11, 0)) == "11am"
    assert uk_time(datetime.time(14, 30)) == "2:30pm"
    assert uk_time(datetime.time(12, 0)) == "midday"
    assert uk_time(datetime.time(0, 0)) == "midnight"


# --- Home ----------------------------------------------------------------------------------


def test_home_lists_coming_meetings_and_recent_minutes(client, board):
    coming = MeetingFactory(committee=board, starts_at=days_from_now(10), stage="agenda")
    MeetingFactory(committee=board, starts_at=days_from_now(11), stage="draft")
    MeetingFactory(committee=board, starts_at=days_from_now(12), stage="agenda", is_cancelled=True)
    published = MeetingFactory(committee=board, starts_at=aware(2019, 1, 17), stage="published")
    MeetingFactory(committee=board, starts_at=aware(2019, 2, 14), stage="agenda")

    response = client.get(reverse("home"))

    assert response.status_code == 200
    coming_list, recent_list = response.context["coming"], response.context["recent"]
    assert [m["url"] for m in coming_list] == [coming.get_absolute_url()]
    assert [m["url"] for m in recent_list] == [published.get_absolute_url()]
    assert coming.get_absolute_url() in response.content.decode()
    assert "17 January 2019" in text_of(response)


def test_home_counts_open_and_overdue_public_actions(client, seed_meeting):
    item = seed_meeting.agenda_items.get()
    Action.objects.filter(item=item).delete()
    today = timezone.localdate()
    ActionFactory(item=item, due_on=today - datetime.timedelta(days=1))
    ActionFactory(item=item, due_on=today + datetime.timedelta(days=1), status="in_progress")
    ActionFactory(item=item, status="withdrawn")
    exempt = AgendaItemFactory(meeting=seed_meeting, is_exempt=True, exempt_reason="Para 3")
    ActionFactory(item=exempt, due_on=today - datetime.timedelta(days=1))

    response = client.get(reverse("home"))

    assert response.context["open_count"] == 2
    assert response.context["overdue_count"] == 1
    page = text_of(response)
    assert "2 open actions" in page
    assert "1 overdue" in page


# --- Committees ----------------------------------------------------------------------------


def test_committee_list_shows_each_committee_with_its_next_meeting(client, board):
    CommitteeFactory(name="Planning Committee", slug="planning")
    coming = MeetingFactory(committee=board, starts_at=days_from_now(5), stage="agenda")

    response = client.get(reverse("committee_list"))

    page = text_of(response)
    assert "Improvement and Innovation Board" in page and "Planning Committee" in page
    assert f"Next meeting: {uk_date(coming.starts_at)}" in page
    assert "No meeting announced" in page


def test_committee_list_counts_public_meetings_only_and_follows_a_change(client, db):
    planning = CommitteeFactory(name="Planning Committee", slug="planning")
    MeetingFactory(committee=planning, starts_at=days_from_now(-30), stage="published")
    draft = MeetingFactory(committee=planning, starts_at=days_from_now(9), stage="draft")
    CommitteeFactory(name="Licensing Committee", slug="licensing")

    page = " ".join(text_of(client.get(reverse("committee_list"))).split())
    assert (
        "Licensing Committee A committee of the council. No meeting announced. 0 meetings" in page
    )
    assert "No meeting announced. 1 meeting on record." in page

    draft.stage = Meeting.Stage.AGENDA
    draft.save()
    page = " ".join(text_of(client.get(reverse("committee_list"))).split())
    assert f"Next meeting: {uk_date(draft.starts_at)}" in page
    assert "2 meetings on record." in page


def test_committee_page_shows_members_by_role_and_meetings_by_year(client, board):
    chair = PersonFactory(name="Fleming")
    member = PersonFactory(name="Allen")
    gone = PersonFactory(name="Former Member")
    MembershipFactory(committee=board, person=member)
    MembershipFactory(committee=board, person=chair, role="chair")
    MembershipFactory(committee=board, person=gone, ended_on=datetime.date(2018, 12, 31))
    MeetingFactory(committee=board, starts_at=aware(2018, 11, 22))
    MeetingFactory(committee=board, starts_at=aware(2019, 1, 17))
    coming = MeetingFactory(committee=board, starts_at=days_from_now(7), stage="agenda")

    response = client.get(reverse("committee_detail", kwargs={"committee": "board"}))

    page = text_of(response)
    assert [m.person for m in response.context["members"]] == [chair, member]
    assert "Cllr Fleming (Chair)" in page
    assert "Former Member" not in page
    assert response.context["next_meeting"]["url"] == coming.get_absolute_url()
    listed = [m["url"] for _, meetings in response.context["past_years"] for m in meetings]
    assert listed == [m.get_absolute_url() for m in board.meetings.order_by("-starts_at")][1:]
    assert page.index("2019 ") < page.index("17 January 2019") < page.index("2018 ")
    assert page.index("2018 ") < page.index("22 November 2018")


def test_a_committees_past_meetings_are_grouped_by_the_local_year(client, board):
    # New Year's Day, 1am in Auckland, is still New Year's Eve in London and UTC.
    new_year = MeetingFactory(
        committee=board, starts_at=datetime.datetime(2018, 12, 31, 12, 0, tzinfo=datetime.UTC)
    )

    with timezone.override("Pacific/Auckland"):
        response = client.get(board.get_absolute_url())
    with timezone.override("Europe/London"):
        at_home = client.get(board.get_absolute_url())

    years = {
        year: [m["url"] for m in meetings] for year, meetings in response.context["past_years"]
    }
    assert years == {2019: [new_year.get_absolute_url()]}
    assert "1 January 2019" in text_of(response)
    assert [year for year, _ in at_home.context["past_years"]] == [2018]
    assert "31 December 2018" in text_of(at_home)


def test_a_cancelled_coming_meeting_is_listed_as_cancelled_but_is_not_the_next(client, board):
    cancelled = MeetingFactory(
        committee=board, starts_at=days_from_now(3), stage="agenda", is_cancelled=True
    )
    going_ahead = MeetingFactory(committee=board, starts_at=days_from_now(30), stage="agenda")

    response = client.get(board.get_absolute_url())

    assert response.context["next_meeting"]["url"] == going_ahead.get_absolute_url()
    assert [m["url"] for m in response.context["later"]] == [cancelled.get_absolute_url()]
    assert f"{uk_date(cancelled.starts_at)} Cancelled" in text_of(response)


def test_an_unknown_committee_is_not_found(client):
    assert client.get("/committees/no-such-committee/").status_code == 404


# --- A meeting -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "banner"),
    [
        ("agenda", "Minutes not yet published"),
        ("published", "Draft minutes, subject to confirmation"),
    ],
)
def test_the_meeting_page_says_where_its_record_stands(client, board, stage, banner):
    meeting = build_meeting(committee=board, stage=stage, items=1)
    assert banner in text_of(client.get(meeting.get_absolute_url()))


def test_confirmed_minutes_name_the_meeting_that_confirmed_them(client, board):
    later = MeetingFactory(committee=board, starts_at=aware(2019, 3, 14), stage="agenda")
    meeting = build_meeting(
        committee=board, stage="confirmed", confirmed_at=later, starts_at=aware(2019, 1, 17)
    )

    response = client.get(meeting.get_absolute_url())

    assert "Confirmed as a correct record at the meeting of 14 March 2019" in text_of(response)
    assert later.get_absolute_url() in response.content.decode()


def test_the_meeting_page_gives_time_venue_and_cancellation(client, board):
    meeting = MeetingFactory(
        committee=board,
        starts_at=aware(2019, 1, 17, 14),
        venue="18 Smith Square, London",
        is_cancelled=True,
    )
    page = text_of(client.get(meeting.get_absolute_url()))
    assert "17 January 2019, 2pm" in page
    assert "18 Smith Square, London" in page
    assert "This meeting was cancelled" in page


def test_the_meeting_page_shows_attendance_by_kind_with_substitutes(client, board):
    meeting = MeetingFactory(committee=board)
    present = PersonFactory(name="Ron Woodley")
    away = PersonFactory(name="Hannah Osei")
    sub = PersonFactory(name="Tom Whitfield")
    officer = PersonFactory(honorific="", name="Susan Attard", position="Head of Productivity")
    AttendanceFactory(meeting=meeting, person=present)
    AttendanceFactory(meeting=meeting, person=away, kind=Attendance.Kind.APOLOGIES)
    AttendanceFactory(
        meeting=meeting, person=sub, kind=Attendance.Kind.SUBSTITUTE, substitute_for=away
    )
    AttendanceFactory(meeting=meeting, person=officer, kind=Attendance.Kind.IN_ATTENDANCE)

    response = client.get(meeting.get_absolute_url())

    page = text_of(response)
    assert "Present Cllr Ron Woodley" in page
    assert "Substitutes Cllr Tom Whitfield" in page
    assert "substituting for Cllr Hannah Osei" in page
    assert "Apologies Cllr Hannah Osei" in page
    assert "In attendance Susan Attard (Head of Productivity" in page
    assert 'class="govuk-table app-attendance"' in response.content.decode()


def test_the_agenda_links_each_numbered_item_and_lists_documents(client, board):
    meeting = MeetingFactory(committee=board)
    first = AgendaItemFactory(meeting=meeting, position=1, number="1", title="Welcome")
    second = AgendaItemFactory(meeting=meeting, position=2, number="2a", title="Productivity")
    ReportFactory(item=second, title="Productivity update", url="https://example.org/p.pdf")

    response = client.get(meeting.get_absolute_url())

    html, page = response.content.decode(), text_of(response)
    assert page.index("1. Welcome") < page.index("2a. Productivity")
    assert f'href="{first.get_absolute_url()}"' in html
    assert f'href="{second.get_absolute_url()}"' in html
    assert 'href="https://example.org/p.pdf"' in html
    assert "Productivity update (item 2a" in page


def test_matters_arising_are_earlier_open_actions_with_their_latest_update(client, board):
    earlier = build_meeting(committee=board, items=1, actions=0, starts_at=aware(2018, 11, 22))
    item = earlier.agenda_items.get()
    still_open = ActionFactory(item=item, description="Write to each council.")
    ActionUpdateFactory(action=still_open, note="Drafting.", created_at=aware(2018, 12, 1))
    ActionUpdateFactory(action=still_open, note="Letters half sent.", created_at=aware(2019, 1, 2))
    done = ActionFactory(item=item, description="Already finished.", status="withdrawn")
    meeting = build_meeting(committee=board, items=1, actions=0, starts_at=aware(2019, 1, 17))
    later = build_meeting(committee=board, items=1, actions=0, starts_at=aware(2019, 3, 14))
    ActionFactory(item=later.agenda_items.get(), description="Raised later.")
    other = build_meeting(items=1, actions=0, starts_at=aware(2018, 10, 1))
    ActionFactory(item=other.agenda_items.get(), description="Another committee's.")
    noted = ActionUpdateFactory(
        action=done,
        note="The board agreed to withdraw it.",
        status_before="withdrawn",
        status_after="withdrawn",
    )
    noted.meeting = meeting
    noted.save()

    response = client.get(meeting.get_absolute_url())

    assert [a["pk"] for a in response.context["matters_arising"]] == [still_open.pk]
    page = text_of(response)
    assert "Letters half sent." in page and "Drafting." not in page
    assert "Raised later." not in page and "Another committee's." not in page
    assert "Noted at this meeting" in page
    assert f"{done.reference} " in page and "The board agreed to withdraw it." in page


# --- An item -------------------------------------------------------------------------------


def test_the_item_page_shows_the_minute_with_its_section_headings(client, seed_meeting):
    item = seed_meeting.agenda_items.get()
    response = client.get(item.get_absolute_url())
    html = response.content.decode()
    assert '<h3 class="govuk-heading-m">Procurement</h3>' in html
    assert '<h3 class="govuk-heading-m">Commercialisation</h3>' in html
    assert "<li>contract management</li>" in html
    assert "Cllr Woodley introduced the report." in text_of(response)


def test_each_point_has_its_anchor_and_its_speakers_link_to_their_pages(client, board):
    item = AgendaItemFactory(meeting=MeetingFactory(committee=board))
    fleming = PersonFactory(name="Fleming")
    point = DiscussionPointFactory(item=item, position=3, topic="Shared Services")
    point.speakers.add(fleming)

    html = client.get(item.get_absolute_url()).content.decode()

    assert 'class="app-point" id="point-3"' in html
    assert "Shared Services" in html
    assert f'href="{fleming.get_absolute_url()}">Cllr Fleming</a>' in html


def test_the_item_page_lists_decisions_declarations_reports_and_actions(client, seed_meeting):
    item = seed_meeting.agenda_items.get()
    action = item.actions.filter(discussion_point__isnull=False).first()
    action.record_update(author=UserFactory(), note="Under way.", status="in_progress")

    response = client.get(item.get_absolute_url())

    html, page = response.content.decode(), text_of(response)
    assert "RESOLVED that the report be noted." in page
    assert "Declarations of interest" in page and "a governor of a local school" in page
    assert item.reports.get().title in page
    for raised in item.actions.all():
        assert f'href="{raised.get_absolute_url()}"' in html
    row = next(r for r in html.split("<tr") if action.reference in r)
    assert action.description in row and "In progress" in row
    assert f'href="#{action.discussion_point.anchor}"' in html


def test_corrections_to_confirmed_minutes_are_shown_with_their_date(client, board):
    meeting = build_meeting(committee=board, stage="confirmed", items=1)
    item = meeting.agenda_items.get()
    Correction.objects.create(
        item=item, made_at=aware(2019, 4, 2), reason="The spelling of Cllr Fleming's name."
    )
    page = text_of(client.get(item.get_absolute_url()))
    assert "Corrected on 2 April 2019: The spelling of Cllr Fleming's name." in page


def test_item_pages_link_to_the_previous_and_next_items(client, board):
    meeting = build_meeting(committee=board, items=3, points=0, actions=0)
    first, second, third = meeting.agenda_items.all()
    html = client.get(second.get_absolute_url()).content.decode()
    assert f'href="{first.get_absolute_url()}" rel="prev"' in html
    assert f'href="{third.get_absolute_url()}" rel="next"' in html


def test_an_unknown_item_number_is_not_found(client, seed_meeting):
    url = reverse(
        "item_detail", kwargs={"committee": "board", "meeting": seed_meeting.slug, "number": "9z"}
    )
    assert client.get(url).status_code == 404


# --- The action log ------------------------------------------------------------------------


@pytest.fixture
def log(board):
    today = timezone.localdate()
    item = AgendaItemFactory(meeting=MeetingFactory(committee=board), title="Productivity")
    point = DiscussionPointFactory(item=item, position=1, topic="Shared Services")
    other_item = AgendaItemFactory(meeting=MeetingFactory(committee=CommitteeFactory()))
    return {
        "overdue": ActionFactory(
            item=item, description="Overdue one.", due_on=today - datetime.timedelta(days=3)
        ),
        "point": ActionFactory(item=item, discussion_point=point, description="From a point."),
        "done": ActionFactory(
            item=item, description="Done one.", status="done", completed_at=timezone.now()
        ),
        "elsewhere": ActionFactory(item=other_item, description="Another committee's."),
    }


def test_the_action_log_lists_every_public_action_with_its_source(client, log):
    response = client.get(reverse("action_list"))
    html, page = response.content.decode(), text_of(response)
    for action in log.values():
        assert f'href="{action.get_absolute_url()}"' in html
    point_action = log["point"]
    assert f'href="{point_action.source_url}"' in html
    assert "#point-1" in point_action.source_url
    assert "point ‘Shared Services’" in page
    assert f"item {point_action.item.number} Productivity" in page


def test_the_action_log_says_overdue_in_words(client, log):
    response = client.get(reverse("action_list"))
    rows = response.content.decode().split('<tr class="govuk-table__row">')
    overdue_row = next(row for row in rows if "Overdue one." in row)
    assert ">Overdue</strong>" in overdue_row
    assert sum(">Overdue</strong>" in row for row in rows) == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("committee=board", {"overdue", "point", "done"}),
        ("status=done", {"done"}),
        ("status=open&status=in_progress", {"overdue", "point", "elsewhere"}),
        ("overdue=on", {"overdue"}),
        ("committee=board&overdue=1", {"overdue"}),
    ],
)
def test_the_action_log_filters_by_committee_status_and_overdue(client, log, query, expected):
    response = client.get(f"{reverse('action_list')}?{query}")
    assert set(response.context["actions"]) == {log[name] for name in expected}


def test_a_bad_filter_gives_a_clear_message(client, log):
    response = client.get(f"{reverse('action_list')}?committee=nonsense&status=sleeping")
    assert response.status_code == 200
    page = text_of(response)
    assert "There is a problem" in page
    assert "Select a valid choice" in page


def test_the_action_log_is_paginated_by_reference_fifty_at_a_time(client, board):
    item = AgendaItemFactory(meeting=MeetingFactory(committee=board))
    made = ActionFactory.create_batch(55, item=item)
    first = client.get(reverse("action_list"))
    assert [a.reference for a in first.context["actions"]] == [a.reference for a in made[:50]]
    assert "55 actions" in text_of(first)
    assert f'href="?after={made[49].reference}"' in first.content.decode()
    assert "before=" not in first.content.decode()

    second = client.get(f"{reverse('action_list')}?committee=board&after={made[49].reference}")
    assert [a.reference for a in second.context["actions"]] == [a.reference for a in made[50:]]
    assert f'href="?committee=board&amp;before={made[50].reference}"' in second.content.decode()
    assert "after=" not in second.content.decode()

    back = client.get(f"{reverse('action_list')}?committee=board&before={made[50].reference}")
    assert [a.reference for a in back.context["actions"]] == [a.reference for a in made[:50]]


def test_the_action_log_pages_newest_meeting_first_across_meetings(client, board):
    older = AgendaItemFactory(meeting=MeetingFactory(committee=board, starts_at=aware(2018, 1, 4)))
    newer = AgendaItemFactory(meeting=MeetingFactory(committee=board, starts_at=aware(2019, 1, 4)))
    old_ones = ActionFactory.create_batch(30, item=older)
    new_ones = ActionFactory.create_batch(30, item=newer)
    first = client.get(reverse("action_list"))
    expected = [a.reference for a in new_ones + old_ones]
    assert [a.reference for a in first.context["actions"]] == expected[:50]
    second = client.get(f"{reverse('action_list')}?after={expected[49]}")
    assert [a.reference for a in second.context["actions"]] == expected[50:]


# --- An action -----------------------------------------------------------------------------


def test_the_action_page_says_where_it_was_raised_and_links_back(client, board):
    meeting = MeetingFactory(committee=board, starts_at=aware(2019, 1, 17))
    item = AgendaItemFactory(meeting=meeting, number="4", title="Productivity Report")
    action = ActionFactory(
        item=item, owner=None, owner_label="Officers", description="Follow up the concerns."
    )

    response = client.get(action.get_absolute_url())

    page = text_of(response)
    assert (
        "Raised at: Improvement and Innovation Board, 17 January 2019, item 4 Productivity Report"
        in page
    )
    assert f'<a class="govuk-link" href="{item.get_absolute_url()}">item 4' in (
        response.content.decode()
    )
    assert "point ‘" not in page
    assert "Owner Officers" in page


def test_an_action_raised_under_a_point_links_to_that_point(client, board):
    item = AgendaItemFactory(meeting=MeetingFactory(committee=board))
    point = DiscussionPointFactory(item=item, position=3, topic="Shared Services")
    action = ActionFactory(item=item, discussion_point=point)

    response = client.get(action.get_absolute_url())

    assert f'href="{item.get_absolute_url()}#point-3">point ‘Shared Services’</a>' in (
        response.content.decode()
    )


def test_the_action_page_shows_its_history(client, board, officer):
    meeting = MeetingFactory(committee=board, starts_at=aware(2019, 3, 14))
    action = ActionFactory(
        item=AgendaItemFactory(meeting=meeting), due_on=datetime.date(2019, 6, 30)
    )
    action.record_update(author=officer, note="Letters drafted.", status="in_progress")
    action.record_update(
        author=UserFactory(username="a.clerk"), note="Noted by the board.", meeting=meeting
    )

    response = client.get(action.get_absolute_url())

    page = text_of(response)
    assert "Due 30 June 2019" in page
    assert "Olu Officer" in page
    assert "Letters drafted." in page
    assert "Status changed from Open to In progress." in page
    assert "Noted by the board." in page and "Status stayed In progress." in page
    assert f"meeting of Improvement and Innovation Board, {uk_date(meeting.starts_at)}" in page
    # Sign-in names are not for the public: an author with no name is "a council officer".
    assert "a.clerk" not in page and "a council officer" in page


def test_an_unknown_action_is_not_found(client):
    assert client.get("/actions/2019-9999/").status_code == 404


# --- A person ------------------------------------------------------------------------------


def test_the_person_page_shows_committees_attendance_points_and_actions(client, board):
    fleming = PersonFactory(name="Fleming", position="Leader", organisation="Northmoor Council")
    MembershipFactory(committee=board, person=fleming, role="chair")
    meeting = MeetingFactory(committee=board, starts_at=aware(2019, 1, 17))
    AttendanceFactory(meeting=meeting, person=fleming)
    item = AgendaItemFactory(meeting=meeting, title="Productivity Report")
    point = DiscussionPointFactory(item=item, topic="Shared Services")
    point.speakers.add(fleming)
    action = ActionFactory(item=item, owner=fleming, description="Look at shared services.")

    response = client.get(fleming.get_absolute_url())

    html, page = response.content.decode(), text_of(response)
    assert "Cllr Fleming" in page and "Leader, Northmoor Council" in page
    assert "Improvement and Innovation Board: Chair" in page
    assert "Improvement and Innovation Board, 17 January 2019 Present" in page
    assert f'href="{point.get_absolute_url()}">Shared Services</a>' in html
    assert f'href="{action.get_absolute_url()}"' in html


def test_the_person_page_never_shows_an_email_address(client):
    person = PersonFactory(email="private@example.org")
    assert "private@example.org" not in client.get(person.get_absolute_url()).content.decode()


# --- Every page ----------------------------------------------------------------------------


def test_every_page_has_breadcrumbs_back_to_home(client, seed_meeting):
    item = seed_meeting.agenda_items.get()
    action = item.actions.first()
    person = item.discussion_points.first().speakers.first()
    pages = {
        reverse("committee_list"): ["Home", "Committees"],
        seed_meeting.committee.get_absolute_url(): ["Home", "Committees", "Improvement and"],
        seed_meeting.get_absolute_url(): ["Home", "Committees", "Improvement", "17 January 2019"],
        item.get_absolute_url(): ["Home", "Committees", "Improvement", "17 January", "Item 1"],
        reverse("action_list"): ["Home", "Actions"],
        action.get_absolute_url(): ["Home", "Actions", action.reference],
        person.get_absolute_url(): ["Home", person.full_name],
    }
    for url, trail in pages.items():
        html = client.get(url).content.decode()
        nav = html[
            html.index('class="govuk-breadcrumbs"') : html.index(
                "</nav>", html.index("govuk-breadcrumbs")
            )
        ]
        positions = [nav.index(step) for step in trail]
        assert positions == sorted(positions), url
        assert 'aria-current="page"' in nav, url


def test_a_missing_page_is_a_helpful_404(client):
    response = client.get("/committees/board/2019-13-45/")
    assert response.status_code == 404
    page = text_of(response)
    assert "Page not found" in page
    assert "year-month-day" in page
    assert reverse("committee_list") in response.content.decode()
    assert reverse("action_list") in response.content.decode()


def test_signed_in_people_see_the_same_public_pages(member_client, seed_meeting):
    item = seed_meeting.agenda_items.get()
    for url in [reverse("home"), seed_meeting.get_absolute_url(), item.get_absolute_url()]:
        assert member_client.get(url).status_code == 200


def test_stages_keep_their_meaning(db):
    # The templates test the stage by its stored value; keep those values as they are.
    assert Meeting.Stage.AGENDA == "agenda"
    assert Meeting.Stage.PUBLISHED == "published"
    assert Meeting.Stage.CONFIRMED == "confirmed"
