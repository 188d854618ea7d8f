"""Nothing draft or exempt shows on any public page, whoever asks; signed-in roles see only their due."""

import pytest
from django.urls import reverse

from actions.models import Action
from minutes.models import Meeting
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    CommitteeFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
    ReportFactory,
)
from tests.public_records import aware, build_meeting, text_of

pytestmark = pytest.mark.django_db

EXEMPT_REASON = "Paragraph 3 of Schedule 12A (financial affairs)."


@pytest.fixture
def board():
    return CommitteeFactory(name="Resources Scrutiny Panel", slug="panel")


def _every_public_page(meeting: Meeting) -> list[str]:
    person = meeting.attendances.first().person
    return [
        reverse("home"),
        reverse("committee_list"),
        meeting.committee.get_absolute_url(),
        reverse("action_list"),
        person.get_absolute_url(),
    ]


# --- Draft meetings ------------------------------------------------------------------------


@pytest.fixture
def draft(board):
    meeting = build_meeting(committee=board, stage="draft", starts_at=aware(2019, 4, 2))
    item = meeting.agenda_items.first()
    item.title = "Fees and charges review"
    item.save()
    return meeting


def test_a_draft_meeting_and_its_items_are_not_found(client, draft):
    assert client.get(draft.get_absolute_url()).status_code == 404
    for item in draft.agenda_items.all():
        assert client.get(item.get_absolute_url()).status_code == 404


def test_a_draft_meeting_is_not_found_even_for_a_signed_in_member(member_client, draft):
    assert member_client.get(draft.get_absolute_url()).status_code == 404


def test_a_draft_meetings_404_says_no_more_than_a_missing_meetings(client, draft):
    missing_url, draft_url = "/committees/panel/2019-04-03/", draft.get_absolute_url()
    missing, found_draft = client.get(missing_url), client.get(draft_url)
    assert missing.status_code == found_draft.status_code == 404
    # The pages differ only in the address itself (the sign-in link returns to it).
    assert missing.content.decode().replace("2019-04-03", "") == (
        found_draft.content.decode().replace("2019-04-02", "")
    )


def test_a_draft_meetings_actions_are_not_found_and_not_listed(client, draft):
    for action in Action.objects.filter(item__meeting=draft):
        assert client.get(action.get_absolute_url()).status_code == 404
    log = client.get(reverse("action_list")).content.decode()
    assert not any(a.reference in log for a in Action.objects.filter(item__meeting=draft))


def test_a_draft_meeting_shows_nowhere(client, draft):
    # A committee member has a public page; it must not mention the draft they attended.
    # (Someone named only in a draft has no public page at all: tested below.)
    from tests.factories import MembershipFactory

    MembershipFactory(person=draft.attendances.first().person, committee=draft.committee)
    for url in _every_public_page(draft):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert draft.get_absolute_url() not in html, url
        assert "2 April 2019" not in text_of(response), url
        assert "Fees and charges review" not in html, url
        assert "Members discussed the matter." not in html, url


def test_home_counts_no_draft_actions(client, draft):
    response = client.get(reverse("home"))
    assert response.context["open_count"] == 0


# --- The agenda stage ----------------------------------------------------------------------


@pytest.fixture
def agenda(board):
    return build_meeting(committee=board, stage="agenda", starts_at=aware(2019, 5, 9))


def test_an_agenda_shows_items_and_reports_but_no_minutes(client, agenda):
    response = client.get(agenda.get_absolute_url())
    html, page = response.content.decode(), text_of(response)
    assert response.status_code == 200
    for item in agenda.agenda_items.all():
        assert f'href="{item.get_absolute_url()}"' in html
        assert item.reports.get().title in page
    assert "Minutes not yet published" in page
    assert "Attendance" not in page and "Apologies" not in page


def test_an_agenda_items_page_shows_no_minute_points_decisions_or_actions(client, agenda):
    item = agenda.agenda_items.first()
    response = client.get(item.get_absolute_url())
    html, page = response.content.decode(), text_of(response)
    assert response.status_code == 200
    assert item.title in page and item.reports.get().title in page
    assert "Cllr Woodley introduced the report." not in page
    assert "Procurement" not in page
    assert "app-point" not in html and "Members discussed the matter." not in page
    assert "RESOLVED" not in page
    assert "a governor of a local school" not in page
    for action in item.actions.all():
        assert action.reference not in page and action.description not in page


def test_an_agendas_actions_are_not_public(client, agenda):
    actions = Action.objects.filter(item__meeting=agenda)
    assert actions.exists()
    log = client.get(reverse("action_list")).content.decode()
    for action in actions:
        assert client.get(action.get_absolute_url()).status_code == 404
        assert action.reference not in log


def test_an_agendas_points_and_actions_do_not_show_on_a_persons_page(client, agenda):
    point = agenda.agenda_items.first().discussion_points.first()
    speaker = point.speakers.first()
    action = Action.objects.filter(item__meeting=agenda).first()
    action.owner = speaker
    action.save()
    page = text_of(client.get(speaker.get_absolute_url()))
    assert point.topic not in page
    assert action.reference not in page
    assert "9 May 2019" not in page  # no attendance from unpublished minutes either


# --- Exempt items --------------------------------------------------------------------------


@pytest.fixture
def meeting(board):
    return build_meeting(committee=board, items=1, starts_at=aware(2019, 2, 5))


@pytest.fixture
def exempt(meeting):
    item = AgendaItemFactory(
        meeting=meeting,
        position=2,
        number="2",
        title="Waste collection contract: award",
        minute_text="## Prices\n\nThe preferred bidder's price was 4.2 million.",
        is_exempt=True,
        exempt_reason=EXEMPT_REASON,
    )
    point = DiscussionPointFactory(item=item, position=1, topic="Bidder's prices")
    point.speakers.add(meeting.attendances.first().person)
    item.decisions.create(position=1, text="RESOLVED that the contract be awarded to Acme.")
    ReportFactory(item=item, title="Tender evaluation (confidential)")
    item.declarations.create(person=PersonFactory(), nature="A shareholder in Acme.")
    ActionFactory(item=item, description="Notify the unsuccessful bidders.")
    ActionFactory(item=item, discussion_point=point, description="Check Acme's references.")
    return item


SECRETS = [
    "4.2 million",
    "Prices",
    "Bidder's prices",
    "awarded to Acme",
    "Tender evaluation (confidential)",
    "A shareholder in Acme",
    "Notify the unsuccessful bidders",
    "Check Acme's references",
]


def _assert_no_secret(response, where):
    page = text_of(response)
    for secret in SECRETS:
        assert secret not in page, f"{secret!r} leaked on {where}"


def test_an_exempt_item_shows_its_number_title_and_reason_only(client, exempt):
    response = client.get(exempt.get_absolute_url())
    page = text_of(response)
    assert response.status_code == 200
    assert "item 2" in page and "Waste collection contract: award" in page
    assert EXEMPT_REASON in page
    _assert_no_secret(response, "the exempt item's page")
    assert "app-point" not in response.content.decode()


def test_an_exempt_item_is_listed_on_the_agenda_without_its_reports(client, exempt):
    response = client.get(exempt.meeting.get_absolute_url())
    page = text_of(response)
    assert "2. Waste collection contract: award Exempt" in page
    _assert_no_secret(response, "the meeting page")


def test_exempt_actions_are_not_in_the_log_nor_on_any_page(client, exempt):
    pages = _every_public_page(exempt.meeting) + [
        exempt.meeting.get_absolute_url(),
        f"{reverse('action_list')}?committee=panel",
        f"{reverse('action_list')}?status=open",
    ]
    for url in pages:
        _assert_no_secret(client.get(url), url)
    for action in exempt.actions.all():
        assert client.get(action.get_absolute_url()).status_code == 404


def test_exempt_actions_are_not_matters_arising(client, exempt):
    later = build_meeting(
        committee=exempt.meeting.committee, items=1, actions=0, starts_at=aware(2019, 3, 5)
    )
    response = client.get(later.get_absolute_url())
    withheld = set(exempt.actions.values_list("pk", flat=True))
    assert withheld and response.context["matters_arising"]
    assert not any(a["pk"] in withheld for a in response.context["matters_arising"])
    _assert_no_secret(response, "the next meeting's matters arising")


def test_an_exempt_items_points_and_actions_are_not_on_a_persons_page(client, exempt):
    speaker = exempt.discussion_points.get().speakers.get()
    exempt.actions.update(owner=speaker)
    _assert_no_secret(client.get(speaker.get_absolute_url()), "the speaker's page")


def test_home_counts_no_exempt_actions(client, exempt):
    response = client.get(reverse("home"))
    public = Action.objects.filter(item__meeting=exempt.meeting, item__is_exempt=False).count()
    assert response.context["open_count"] == public


# --- Who sees which action -----------------------------------------------------------------


def test_an_officer_sees_their_own_exempt_action_but_not_anothers(
    officer_client, officer, other_officer, exempt
):
    mine, theirs = exempt.actions.order_by("pk")
    mine.owner = officer.person
    mine.save()
    theirs.owner = other_officer.person
    theirs.save()

    own = officer_client.get(mine.get_absolute_url())
    assert own.status_code == 200
    assert "Notify the unsuccessful bidders" in text_of(own)
    assert "Exempt" in text_of(own)
    # The officer may read their action, not the withheld item it links back to.
    assert EXEMPT_REASON not in text_of(own)
    assert officer_client.get(theirs.get_absolute_url()).status_code == 404

    log = text_of(officer_client.get(reverse("action_list")))
    assert "Notify the unsuccessful bidders" in log
    assert "Check Acme's references" not in log


def test_an_exempt_actions_point_is_named_to_its_owner_but_not_linked(
    officer_client, officer, exempt
):
    action = exempt.actions.get(discussion_point__isnull=False)
    action.owner = officer.person
    action.save()
    html = officer_client.get(action.get_absolute_url()).content.decode()
    assert "#point-1" not in html


def test_a_member_sees_no_exempt_action(member_client, exempt):
    for action in exempt.actions.all():
        assert member_client.get(action.get_absolute_url()).status_code == 404
    _assert_no_secret(member_client.get(reverse("action_list")), "a member's action log")


def test_a_clerk_sees_every_action_and_its_source_without_links_to_drafts(clerk_client, board):
    draft = MeetingFactory(committee=board, stage="draft")
    action = ActionFactory(item=AgendaItemFactory(meeting=draft, title="Fees and charges"))
    response = clerk_client.get(action.get_absolute_url())
    assert response.status_code == 200
    assert "Fees and charges" in text_of(response)
    assert draft.get_absolute_url() not in response.content.decode()
    assert "Fees and charges" in text_of(clerk_client.get(reverse("action_list")))


def test_the_anonymous_public_sees_only_public_actions(client, meeting, exempt):
    response = client.get(reverse("action_list"))
    assert set(response.context["actions"]) == set(Action.objects.public())
    assert set(Action.objects.public()) == set(
        Action.objects.filter(item__meeting=meeting, item__is_exempt=False)
    )


def test_a_person_named_only_in_a_draft_has_no_public_page(client):
    from tests.factories import AttendanceFactory, MeetingFactory

    guest = AttendanceFactory(meeting=MeetingFactory(stage="draft"), kind="in_attendance").person
    assert client.get(guest.get_absolute_url()).status_code == 404
    AttendanceFactory(person=guest, meeting=MeetingFactory(stage="published"))
    assert client.get(guest.get_absolute_url()).status_code == 200


def test_a_person_named_only_under_an_exempt_item_has_no_public_page(client):
    from tests.factories import ActionFactory, AgendaItemFactory

    exempt = AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 3")
    owner = ActionFactory(item=exempt).owner
    assert client.get(owner.get_absolute_url()).status_code == 404


def test_every_person_a_public_page_links_to_has_a_page(client):
    """Declarations and substitutions name people too: their links must not lead to a 404."""
    import re

    from tests.factories import AttendanceFactory, DeclarationFactory, MeetingFactory

    meeting = build_meeting(items=1, stage="published")
    item = meeting.agenda_items.get()
    declarer = DeclarationFactory(item=item).person
    stood_in_for = AttendanceFactory(
        meeting=meeting, kind="substitute", substitute_for=PersonFactory()
    ).substitute_for
    MeetingFactory(committee=meeting.committee, stage="agenda")

    links = set()
    for url in (meeting.get_absolute_url(), item.get_absolute_url()):
        links |= set(re.findall(r'href="(/people/[^"]+)"', client.get(url).content.decode()))

    assert {declarer.get_absolute_url(), stood_in_for.get_absolute_url()} <= links
    for link in links:
        assert client.get(link).status_code == 200, link
