"""People: the list of everyone with a public page, and one person's page, a page at a time."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from actions.models import Action
from minutes.models import AgendaItem, Attendance, DiscussionPoint
from minutes.people_views import ACTIONS_PER_PAGE, PEOPLE_PER_PAGE, POINTS_PER_PAGE
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    DiscussionPointFactory,
    MeetingFactory,
    MembershipFactory,
    PersonFactory,
)
from tests.public_records import aware, text_of

pytestmark = pytest.mark.django_db


def spoke(person, points) -> None:
    """Make `person` a speaker to each point, in one statement."""
    through = DiscussionPoint.speakers.through
    through.objects.bulk_create(
        through(discussionpoint_id=point.pk, person_id=person.pk) for point in points
    )


def people_on(response) -> list[str]:
    assert response.status_code == 200
    return [person.name for person in response.context["people"]]


@pytest.fixture
def committees():
    return (
        CommitteeFactory(name="Cabinet", slug="cabinet"),
        CommitteeFactory(name="Planning Committee", slug="planning"),
    )


@pytest.fixture
def people(committees):
    cabinet, planning = committees
    ava = PersonFactory(name="Ava Ashdown", organisation="Northmoor Council")
    ben = PersonFactory(name="Ben Brook", position="Head of Planning", honorific="")
    cal = PersonFactory(name="Cal Cole")
    MembershipFactory(committee=cabinet, person=ava, role="chair")
    MembershipFactory(committee=planning, person=ava)
    MembershipFactory(committee=planning, person=cal, role="vice_chair")
    # Ben sits on nothing, but spoke at a published meeting.
    point = DiscussionPointFactory(
        item=AgendaItemFactory(meeting=MeetingFactory(committee=cabinet))
    )
    point.speakers.add(ben)
    # Named only in a draft meeting: no public page, so not listed.
    draft = MeetingFactory(committee=cabinet, stage="draft")
    AttendanceFactory(meeting=draft, person=PersonFactory(name="Dora Draft"))
    return ava, ben, cal


# --- The list ------------------------------------------------------------------------------


def test_the_list_shows_everyone_with_a_public_page_and_their_seats(client, people):
    response = client.get(reverse("people_list"))
    assert people_on(response) == ["Ava Ashdown", "Ben Brook", "Cal Cole"]
    page, html = text_of(response), response.content.decode()
    assert "Cabinet: Chair; Planning Committee: Member" in page
    assert "Head of Planning" in page
    assert "Dora Draft" not in page
    assert f'href="{people[0].get_absolute_url()}"' in html


def test_a_long_serving_members_row_names_todays_seats_and_counts_the_earlier_ones(
    client, committees
):
    """Twenty years of four-year terms must not make a row twenty times longer: the list
    names the seats held now (and one yet to start), counts the ones that ended, and the
    person's own page keeps them all."""
    cabinet, planning = committees
    today = timezone.localdate()
    long_server = PersonFactory(name="Lorna Long")
    for years_ago in (20, 16, 12, 8):
        # (the 28th at the latest, so that no start or end falls on a 29 February that the
        # year does not have)
        start = today.replace(year=today.year - years_ago, day=min(today.day, 28))
        MembershipFactory(
            committee=cabinet,
            person=long_server,
            started_on=start,
            ended_on=start.replace(year=start.year + 4) - datetime.timedelta(days=1),
        )
    MembershipFactory(committee=cabinet, person=long_server, role="chair", started_on=None)
    MembershipFactory(
        committee=planning, person=long_server, started_on=today + datetime.timedelta(days=30)
    )
    newcomer = PersonFactory(name="Nia New")
    MembershipFactory(committee=planning, person=newcomer)

    page = text_of(client.get(reverse("people_list")))
    row = page[page.index("Lorna Long") : page.index("Nia New")]
    starts = (today + datetime.timedelta(days=30)).strftime("%-d %B %Y")
    assert f"Cabinet: Chair; Planning Committee: Member (from {starts}); 4 earlier seats" in row
    assert "until" not in row
    assert "earlier" not in page[page.index("Nia New") :]
    own_page = text_of(client.get(long_server.get_absolute_url()))
    assert own_page.count("Cabinet") >= 5


def test_what_people_typed_is_escaped_in_each_row_of_the_list(client):
    """The rows are built in Python (minutes/templatetags/people_tags.py): every field is
    escaped there as the template escaped it."""
    person = PersonFactory(
        name="<b>Bold</b> Bea", position='Head of "Parks" & <i>Gardens</i>', organisation="A<B"
    )
    MembershipFactory(committee=CommitteeFactory(name="Fish & <Chips>"), person=person)
    html = client.get(reverse("people_list")).content.decode()
    assert "&lt;b&gt;Bold&lt;/b&gt; Bea" in html
    assert "Head of &quot;Parks&quot; &amp; &lt;i&gt;Gardens&lt;/i&gt;, A&lt;B" in html
    assert "Fish &amp; &lt;Chips&gt;: Member" in html
    assert "<b>Bold" not in html and "<i>Gardens" not in html and "<Chips>" not in html


def test_the_list_filters_by_committee_and_role(client, people):
    url = reverse("people_list")
    assert people_on(client.get(url, {"committee": "planning"})) == ["Ava Ashdown", "Cal Cole"]
    assert people_on(client.get(url, {"role": "chair"})) == ["Ava Ashdown"]
    assert people_on(client.get(url, {"committee": "planning", "role": "vice_chair"})) == [
        "Cal Cole"
    ]
    # A role on one committee does not count for another.
    assert people_on(client.get(url, {"committee": "planning", "role": "chair"})) == []


def test_the_filter_shows_the_committee_and_role_chosen(client, people):
    html = client.get(reverse("people_list"), {"committee": "planning", "role": "chair"})
    html = html.content.decode()
    assert '<option value="planning" selected>Planning Committee</option>' in html
    assert '<option value="chair" selected>Chair</option>' in html
    assert html.count(" selected>") == 2
    assert '<option value="" selected>All committees</option>' in (
        client.get(reverse("people_list")).content.decode()
    )


def test_the_list_finds_people_by_name_council_or_position(client, people):
    url = reverse("people_list")
    assert people_on(client.get(url, {"q": " cole "})) == ["Cal Cole"]
    assert people_on(client.get(url, {"q": "northmoor"})) == ["Ava Ashdown"]
    assert people_on(client.get(url, {"q": "head of planning"})) == ["Ben Brook"]
    assert people_on(client.get(url, {"q": "draft"})) == []


def test_the_list_follows_the_record_at_once_and_a_draft_name_never_joins_it(client, people):
    """Who has a public page is remembered per version of the record: a new member shows at
    the next request, and someone named only in a draft stays off it, filtered or not."""
    url = reverse("people_list")
    assert "Eve Early" not in people_on(client.get(url))
    cabinet = people[0].memberships.first().committee
    MembershipFactory(committee=cabinet, person=PersonFactory(name="Eve Early"))
    assert people_on(client.get(url)) == ["Ava Ashdown", "Ben Brook", "Cal Cole", "Eve Early"]
    assert people_on(client.get(url, {"q": "early"})) == ["Eve Early"]
    assert people_on(client.get(url, {"q": "dora"})) == []


def test_a_bad_filter_is_explained_and_keeps_the_name_typed(client, people):
    response = client.get(reverse("people_list"), {"q": "Ava", "committee": "nowhere"})
    assert response.status_code == 200
    assert "Choose a committee from the list." in text_of(response)
    assert 'value="Ava"' in response.content.decode()


def test_the_list_comes_a_page_at_a_time_in_fixed_queries(client, committees):
    cabinet, _ = committees
    MembershipFactory.create_batch(3, committee=cabinet)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("people_list"))
    MembershipFactory.create_batch(PEOPLE_PER_PAGE + 5, committee=cabinet)
    with CaptureQueriesContext(connection) as many:
        first = client.get(reverse("people_list"))
    assert len(many) == len(few)
    assert len(first.context["people"]) == PEOPLE_PER_PAGE
    second = client.get(reverse("people_list"), {"page": 2, "committee": "cabinet"})
    assert len(second.context["people"]) == 8
    assert "committee=cabinet&amp;page=1" in second.content.decode()


# --- A person's page -----------------------------------------------------------------------


@pytest.fixture
def fleming(committees):
    """A member of two committees who spoke, introduced an item and owns an action."""
    cabinet, planning = committees
    person = PersonFactory(name="Fleming")
    MembershipFactory(committee=cabinet, person=person, role="chair")
    MembershipFactory(committee=planning, person=person)
    kinds = [Attendance.Kind.PRESENT, Attendance.Kind.PRESENT, Attendance.Kind.APOLOGIES]
    for n, kind in enumerate(kinds):
        meeting = MeetingFactory(committee=cabinet, starts_at=aware(2019, 1 + n, 10))
        AttendanceFactory(meeting=meeting, person=person, kind=kind)
    AttendanceFactory(
        meeting=MeetingFactory(committee=planning, starts_at=aware(2019, 5, 2)),
        person=person,
        kind=Attendance.Kind.ABSENT,
    )
    # Draft minutes do not count.
    AttendanceFactory(meeting=MeetingFactory(committee=cabinet, stage="draft"), person=person)
    return person


def test_the_person_page_shows_what_they_said_introduced_attended_and_owe(client, fleming):
    cabinet = fleming.memberships.get(role="chair").committee
    meeting = MeetingFactory(committee=cabinet, starts_at=aware(2019, 7, 11))
    AttendanceFactory(meeting=meeting, person=fleming)
    item = AgendaItemFactory(meeting=meeting, title="Shared services", introduced_by=fleming)
    point = DiscussionPointFactory(
        item=item,
        topic="Tensions",
        text="Cllr Fleming had picked up tensions from councils about shared arrangements.",
    )
    point.speakers.add(fleming)
    action = ActionFactory(item=item, owner=fleming, description="Write to the councils.")

    response = client.get(fleming.get_absolute_url())
    page, html = text_of(response), response.content.decode()
    assert "What they said" in page
    assert "had picked up tensions from councils about shared arrangements" in page
    assert f'href="{point.get_absolute_url()}">Tensions</a>' in html
    assert f'href="{item.get_absolute_url()}">Item {item.number}: Shared services</a>' in html
    assert f'href="{action.get_absolute_url()}"' in html and "Write to the councils." in page
    record = {row["meeting__committee__slug"]: row for row in response.context["attendance_record"]}
    assert (record["cabinet"]["present"], record["cabinet"]["apologies"]) == (3, 1)
    assert (record["planning"]["present"], record["planning"]["absent"]) == (0, 1)
    assert "Cabinet 3 1 0 0 0" in page and "Planning Committee 0 0 1 0 0" in page


def test_the_person_page_leaves_out_drafts_and_exempt_items(client, fleming):
    cabinet = fleming.memberships.get(role="chair").committee
    draft = AgendaItemFactory(meeting=MeetingFactory(committee=cabinet, stage="draft"))
    exempt = AgendaItemFactory(
        meeting=MeetingFactory(committee=cabinet), is_exempt=True, exempt_reason="Paragraph 1"
    )
    for item in (draft, exempt):
        item.introduced_by = fleming
        item.save()
        point = DiscussionPointFactory(item=item, topic="Quiet", text="The sealed tender words.")
        point.speakers.add(fleming)
        ActionFactory(item=item, owner=fleming, description="Sealed tender action.")
    page = text_of(client.get(fleming.get_absolute_url()))
    assert "sealed tender" not in page.lower()
    assert "No points recorded in published minutes." in page
    assert "No items introduced in published minutes." in page
    assert "No actions in published minutes." in page


def test_what_they_said_is_read_again_when_the_record_changes(client, fleming):
    """The list of points they spoke to is kept per version of the record: a new point
    shows at the next request, and one whose item becomes exempt goes at once."""
    # The days are given: the factory's weekly days start again after three hundred meetings.
    earlier_day = timezone.make_aware(datetime.datetime(2024, 3, 7, 18, 0))
    later_day = timezone.make_aware(datetime.datetime(2024, 5, 9, 18, 0))
    item = AgendaItemFactory(
        meeting=MeetingFactory(committee=CommitteeFactory(), starts_at=earlier_day)
    )
    first = DiscussionPointFactory(item=item, topic="First words", text="Said first.")
    first.speakers.add(fleming)
    assert "First words" in text_of(client.get(fleming.get_absolute_url()))

    later = AgendaItemFactory(
        meeting=MeetingFactory(committee=item.meeting.committee, starts_at=later_day)
    )
    second = DiscussionPointFactory(item=later, topic="Second words", text="Said later.")
    second.speakers.add(fleming)
    page = text_of(client.get(fleming.get_absolute_url()))
    assert page.index("Second words") < page.index("First words"), "newest first"

    later.is_exempt, later.exempt_reason = True, "Paragraph 3"
    later.save()
    page = text_of(client.get(fleming.get_absolute_url()))
    assert "Second words" not in page and "First words" in page
    assert "1 point of discussion" in page


def test_what_they_introduced_owned_and_attended_is_read_again_when_the_record_changes(
    client, fleming
):
    """Their items, actions and attendance record are kept per version of the record, like
    what they said: a change shows at the next request, and what becomes exempt goes."""
    url = fleming.get_absolute_url()
    page = text_of(client.get(url))
    assert "No actions in published minutes." in page and "Cabinet 2 1 0 0 0" in page
    cabinet = fleming.memberships.get(role="chair").committee
    meeting = MeetingFactory(committee=cabinet, starts_at=aware(2020, 3, 5))
    item = AgendaItemFactory(meeting=meeting, title="Depot lease", introduced_by=fleming)
    ActionFactory(item=item, owner=fleming, description="Renew the depot lease.")
    AttendanceFactory(meeting=meeting, person=fleming, kind=Attendance.Kind.PRESENT)

    page = text_of(client.get(url))
    assert "Renew the depot lease." in page and "Depot lease" in page
    assert "Cabinet 3 1 0 0 0" in page

    item.is_exempt, item.exempt_reason = True, "Paragraph 3"
    item.save()
    page = text_of(client.get(url))
    assert "Renew the depot lease." not in page and "Depot lease" not in page
    assert "No actions in published minutes." in page
    assert "No items introduced in published minutes." in page


def test_a_row_made_private_after_its_keys_were_kept_never_shows(client, fleming, settings):
    """The kept lists are keys only: each page's rows are read under the rules again, so even
    keys read before a change the record's version missed show nothing now private."""
    settings.CACHE_PAGES = False  # the lists' own keys, not the whole page, are under test
    cabinet = fleming.memberships.get(role="chair").committee
    item = AgendaItemFactory(
        meeting=MeetingFactory(committee=cabinet), title="Depot lease", introduced_by=fleming
    )
    ActionFactory(item=item, owner=fleming, description="Renew the depot lease.")
    point = DiscussionPointFactory(item=item, topic="Lease terms", text="The lease terms.")
    point.speakers.add(fleming)
    page = text_of(client.get(fleming.get_absolute_url()))
    assert "Renew the depot lease." in page and "Lease terms" in page

    # A change that sends no signal leaves the record's version, and the kept keys, as they were.
    AgendaItem.objects.filter(pk=item.pk).update(is_exempt=True, exempt_reason="Paragraph 3")

    page = text_of(client.get(fleming.get_absolute_url()))
    assert "Renew the depot lease." not in page
    assert "Lease terms" not in page and "Depot lease" not in page


def test_someone_named_only_in_a_draft_has_no_page_until_it_is_published(client, committees):
    guest = PersonFactory(name="Quietly Invited")
    meeting = MeetingFactory(committee=committees[0], stage="draft")
    AttendanceFactory(meeting=meeting, person=guest, kind=Attendance.Kind.IN_ATTENDANCE)
    assert client.get("/people/").status_code == 200  # the list of who has a page is read
    assert client.get(guest.get_absolute_url()).status_code == 404

    meeting.stage = "published"
    meeting.save()
    assert client.get(guest.get_absolute_url()).status_code == 200


def test_the_person_page_lists_come_a_page_at_a_time(client, fleming):
    item = AgendaItemFactory(meeting=MeetingFactory(committee=CommitteeFactory()))
    points = DiscussionPoint.objects.bulk_create(
        DiscussionPoint(item=item, position=n, topic=f"Point {n}", text=f"Words number {n}.")
        for n in range(1, POINTS_PER_PAGE + 4)
    )
    spoke(fleming, points)
    ActionFactory.create_batch(ACTIONS_PER_PAGE + 2, item=item, owner=fleming)

    first = client.get(fleming.get_absolute_url())
    assert len(first.context["points"]) == POINTS_PER_PAGE
    assert len(first.context["actions_page"]) == ACTIONS_PER_PAGE
    html = first.content.decode()
    assert 'href="?said=2#said"' in html and 'href="?actions=2#actions"' in html

    second = client.get(fleming.get_absolute_url(), {"said": 2, "actions": 2})
    assert len(second.context["points"]) == 3
    assert len(second.context["actions_page"]) == 2
    # Each list keeps the other's page in its links.
    assert 'href="?actions=2&amp;said=1#said"' in second.content.decode()


def count_queries(client, url: str) -> int:
    """Queries for a cold page, as the first reader after a change sees it."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def busy(person, *, meetings: int, points: int) -> None:
    """`meetings` meetings of new committees attended, each with `points` points spoken to,
    an item introduced and an action owned."""
    for _ in range(meetings):
        meeting = MeetingFactory(committee=CommitteeFactory())
        MembershipFactory(committee=meeting.committee, person=person)
        AttendanceFactory(meeting=meeting, person=person)
        item = AgendaItemFactory(meeting=meeting, introduced_by=person)
        made = DiscussionPoint.objects.bulk_create(
            DiscussionPoint(item=item, position=n, text="Said something.")
            for n in range(1, points + 1)
        )
        spoke(person, made)
        ActionFactory(item=item, owner=person)


def test_the_person_page_is_a_fixed_number_of_queries_however_busy_they_are(client):
    quiet, busiest = PersonFactory(), PersonFactory()
    busy(quiet, meetings=1, points=1)
    busy(busiest, meetings=12, points=30)
    assert busiest.points_spoken_to.count() == 360
    assert Action.objects.filter(owner=busiest).count() == 12
    assert count_queries(client, quiet.get_absolute_url()) == count_queries(
        client, busiest.get_absolute_url()
    )
    assert count_queries(client, f"{busiest.get_absolute_url()}?said=5&actions=1") == (
        count_queries(client, quiet.get_absolute_url())
    )


def test_the_person_page_has_a_people_breadcrumb(client, fleming):
    response = client.get(fleming.get_absolute_url())
    html = response.content.decode()
    nav = html[html.index('class="govuk-breadcrumbs"') :]
    assert f'href="{reverse("people_list")}">People</a>' in nav
