"""Only clerks (the Clerk group, and staff) reach /clerk/: every page, every role."""

import pytest
from django.urls import reverse

from minutes.models import Meeting
from tests.factories import AgendaItemFactory, MeetingFactory, UserFactory


@pytest.fixture
def item(db):
    meeting = MeetingFactory(stage=Meeting.Stage.PUBLISHED)
    MeetingFactory(committee=meeting.committee)  # a later meeting, to confirm at
    return AgendaItemFactory(meeting=meeting)


def clerk_pages(item) -> list[str]:
    meeting = item.meeting
    return [
        reverse("clerk:home"),
        reverse("clerk:meeting_create"),
        reverse("clerk:meeting", args=[meeting.pk]),
        reverse("clerk:meeting_edit", args=[meeting.pk]),
        reverse("clerk:attendance", args=[meeting.pk]),
        reverse("clerk:agenda", args=[meeting.pk]),
        reverse("clerk:meeting_confirm", args=[meeting.pk]),
        reverse("clerk:item_minutes", args=[meeting.pk, item.pk]),
        reverse("clerk:item_history", args=[meeting.pk, item.pk]),
        reverse("clerk:import"),
    ]


PAGE_NAMES = [
    "home",
    "meeting_create",
    "meeting",
    "meeting_edit",
    "attendance",
    "agenda",
    "meeting_confirm",
    "item_minutes",
    "item_history",
    "import",
]


@pytest.mark.parametrize("index", range(len(PAGE_NAMES)), ids=PAGE_NAMES)
def test_anonymous_visitors_are_sent_to_sign_in(client, item, index):
    url = clerk_pages(item)[index]
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={url}"


@pytest.mark.parametrize("index", range(len(PAGE_NAMES)), ids=PAGE_NAMES)
def test_officers_are_refused(officer_client, item, index):
    assert officer_client.get(clerk_pages(item)[index]).status_code == 403


@pytest.mark.parametrize("index", range(len(PAGE_NAMES)), ids=PAGE_NAMES)
def test_members_are_refused(member_client, item, index):
    assert member_client.get(clerk_pages(item)[index]).status_code == 403


@pytest.mark.parametrize("index", range(len(PAGE_NAMES)), ids=PAGE_NAMES)
def test_clerks_see_every_page(clerk_client, item, index):
    assert clerk_client.get(clerk_pages(item)[index]).status_code == 200


def test_staff_without_the_clerk_group_are_clerks_too(client, item):
    client.force_login(UserFactory(username="admin-only", is_staff=True))
    assert client.get(reverse("clerk:home")).status_code == 200


def test_a_clerk_in_the_group_without_staff_status_gets_in(client, item, clerk):
    clerk.is_staff = False
    clerk.save()
    client.force_login(clerk)
    assert client.get(reverse("clerk:meeting", args=[item.meeting.pk])).status_code == 200


def test_a_deactivated_clerk_is_refused(client, clerk):
    clerk.is_active = False
    clerk.save()
    client.force_login(clerk)
    response = client.get(reverse("clerk:home"))
    assert response.status_code in (302, 403)


@pytest.mark.parametrize(
    "name,data",
    [
        ("meeting_move", {"to": "agenda"}),
        ("meeting_confirm", {}),
        ("attendance", {}),
        ("agenda", {}),
        ("meeting_edit", {}),
    ],
)
def test_posts_from_officers_change_nothing(officer_client, item, name, data):
    meeting = item.meeting
    response = officer_client.post(reverse(f"clerk:{name}", args=[meeting.pk]), data)
    assert response.status_code == 403
    meeting.refresh_from_db()
    assert meeting.stage == Meeting.Stage.PUBLISHED


def test_anonymous_posts_to_move_a_meeting_are_sent_to_sign_in(client, item):
    response = client.post(reverse("clerk:meeting_move", args=[item.meeting.pk]), {"to": "agenda"})
    assert response.status_code == 302
    item.meeting.refresh_from_db()
    assert item.meeting.stage == Meeting.Stage.PUBLISHED


def test_the_move_page_takes_only_posts(clerk_client, item):
    response = clerk_client.get(reverse("clerk:meeting_move", args=[item.meeting.pk]))
    assert response.status_code == 405


def test_an_item_is_found_only_under_its_own_meeting(clerk_client, item):
    other = MeetingFactory()
    url = reverse("clerk:item_minutes", args=[other.pk, item.pk])
    assert clerk_client.get(url).status_code == 404


def test_the_sign_in_page_is_styled_and_reports_bad_credentials(client, clerk):
    response = client.post(reverse("login"), {"username": "clerk", "password": "wrong"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert "Please enter a correct username and password" in html
    assert 'value="clerk"' in html


def test_signing_in_takes_a_clerk_where_they_were_going(client, clerk):
    response = client.post(
        reverse("login"),
        {"username": "clerk", "password": "correct horse battery staple", "next": "/clerk/"},
    )
    assert response.status_code == 302
    assert response.url == "/clerk/"
