"""The open data API at /api/v1/: public data only, paginated, filterable, with its schema."""

import datetime

import pytest
import yaml
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actions.models import Action
from minutes.models import Meeting, Person
from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AgendaItemFactory,
    CommitteeFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
    ReportFactory,
)
from tests.public_records import aware, build_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = "https://minutes.example.gov.uk"


def _get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_meetings_are_listed_newest_first_and_never_a_draft(client):
    board = CommitteeFactory(slug="iib")
    older = MeetingFactory(committee=board, starts_at=aware(2019, 1, 17))
    newer = MeetingFactory(
        committee=board, stage=Meeting.Stage.AGENDA, starts_at=aware(2019, 3, 14)
    )
    draft = MeetingFactory(committee=board, stage=Meeting.Stage.DRAFT, starts_at=aware(2019, 5, 9))

    data = _get(client, "/api/v1/meetings/")

    assert [m["id"] for m in data["results"]] == [newer.pk, older.pk]
    first = data["results"][1]
    assert first["committee"] == "iib"
    assert first["date"] == "2019-01-17"
    assert first["starts_at"] == "2019-01-17T11:00:00Z"
    assert first["page"] == f"https://minutes.example.gov.uk{older.get_absolute_url()}"
    assert client.get(f"/api/v1/meetings/{draft.pk}/").status_code == 404


def test_meetings_filter_by_committee_and_date(client):
    ours, theirs = CommitteeFactory(slug="ours"), CommitteeFactory(slug="theirs")
    jan = MeetingFactory(committee=ours, starts_at=aware(2019, 1, 17))
    mar = MeetingFactory(committee=ours, starts_at=aware(2019, 3, 14))
    MeetingFactory(committee=theirs, starts_at=aware(2019, 3, 14))

    def ids(**params):
        return [m["id"] for m in _get(client, "/api/v1/meetings/", **params)["results"]]

    assert ids(committee="ours") == [mar.pk, jan.pk]
    assert ids(committee="ours", date_from="2019-02-01") == [mar.pk]
    assert ids(committee="ours", date_to="2019-02-01") == [jan.pk]
    assert ids(committee="nobody") == []
    assert client.get("/api/v1/meetings/", {"date_from": "the seventeenth"}).status_code == 400


def test_a_meeting_at_the_agenda_stage_shows_its_agenda_but_not_its_register(client):
    meeting = build_meeting(stage=Meeting.Stage.AGENDA, items=2)
    AgendaItemFactory(
        meeting=meeting,
        number="3",
        position=3,
        title="Lease of the depot",
        is_exempt=True,
        exempt_reason="Paragraph 3 of Schedule 12A",
    )

    data = _get(client, f"/api/v1/meetings/{meeting.pk}/")

    assert [(i["number"], i["title"], i["is_exempt"]) for i in data["agenda"]][-1] == (
        "3",
        "Lease of the depot",
        True,
    )
    assert data["agenda"][-1]["exempt_reason"] == "Paragraph 3 of Schedule 12A"
    assert data["attendance"] == []


def test_a_published_meeting_shows_its_register(client):
    meeting = build_meeting(items=1)

    data = _get(client, f"/api/v1/meetings/{meeting.pk}/")

    assert {a["kind"] for a in data["attendance"]} == {
        "present",
        "apologies",
        "substitute",
        "in_attendance",
    }
    substitute = next(a for a in data["attendance"] if a["kind"] == "substitute")
    assert substitute["substitute_for"]["slug"]


def test_an_item_with_public_minutes_has_its_text_points_decisions_and_actions(client):
    meeting = build_meeting(items=1, points=2, actions=2)
    item = meeting.agenda_items.get()
    point = item.discussion_points.get(position=1)

    data = _get(client, f"/api/v1/items/{item.pk}/")

    assert data["minutes_public"] is True
    assert data["minute_text"].startswith("Cllr Woodley introduced the report.")
    assert [p["position"] for p in data["points"]] == [1, 2]
    assert data["points"][0]["text"] == point.text
    assert len(data["points"][0]["speakers"]) == 2
    assert data["points"][0]["page"].endswith(f"{item.get_absolute_url()}#point-1")
    assert [d["position"] for d in data["decisions"]] == [1, 2]
    assert {a["reference"] for a in data["actions"]} == set(
        item.actions.values_list("reference", flat=True)
    )
    assert data["reports"][0]["link"] == "https://example.org/report.pdf"


def test_an_exempt_item_and_an_agenda_stage_item_show_no_minutes(client):
    exempt = AgendaItemFactory(
        meeting=MeetingFactory(),
        is_exempt=True,
        exempt_reason="Paragraph 3 of Schedule 12A",
        minute_text="The quarrelsome tender was discussed.",
    )
    DiscussionPointFactory(item=exempt, text="The quarrelsome tender.")
    ActionFactory(item=exempt, description="Negotiate the quarrelsome tender.")
    ReportFactory(item=exempt, title="Quarrelsome tender appraisal")
    early = AgendaItemFactory(
        meeting=MeetingFactory(stage=Meeting.Stage.AGENDA), minute_text="Not yet."
    )

    for item in (exempt, early):
        data = _get(client, f"/api/v1/items/{item.pk}/")
        assert data["minutes_public"] is False
        assert data["minute_text"] is None
        assert data["points"] == data["decisions"] == data["actions"] == []
    data = _get(client, f"/api/v1/items/{exempt.pk}/")
    assert data["reports"] == []
    assert data["exempt_reason"] == "Paragraph 3 of Schedule 12A"
    assert "quarrelsome" not in client.get("/api/v1/items/").content.decode().lower()


def test_an_action_shows_where_it_came_from_and_its_public_history(client):
    meeting = build_meeting(items=1, points=1, actions=1, updates=0)
    action = Action.objects.get()
    ActionUpdateFactory(action=action, note="Scoping under way.", status_after="in_progress")
    next_meeting = MeetingFactory(committee=meeting.committee, stage=Meeting.Stage.AGENDA)
    ActionUpdateFactory(action=action, note="Committee note not yet public.", meeting=next_meeting)

    data = _get(client, f"/api/v1/actions/{action.reference}/")

    assert data["source"]["item_number"] == "1"
    assert data["source"]["point"] == 1
    assert data["source"]["page"] == f"https://minutes.example.gov.uk{action.source_url}"
    assert [h["note"] for h in data["history"]] == ["Scoping under way."]
    assert data["history"][0]["status_after"] == "in_progress"


@pytest.mark.parametrize("value", ["-1.7976931348623157e+308", "9" * 30, "1.5", "abc", "0"])
def test_a_meeting_id_no_database_key_can_hold_is_refused_plainly(client, value):
    """On SQLite a float's worth of digits once reached the query and failed it (500)."""
    item = AgendaItemFactory(meeting=MeetingFactory(stage=Meeting.Stage.PUBLISHED))
    response = client.get("/api/v1/items/", {"meeting": value})
    assert response.status_code == 400
    assert "meeting" in response.json()
    listed = client.get("/api/v1/items/", {"meeting": item.meeting_id}).json()
    assert [row["id"] for row in listed["results"]] == [item.pk]


def test_actions_of_exempt_items_and_drafts_are_not_found(client):
    exempt = ActionFactory(item=AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 1."))
    draft = ActionFactory(item=AgendaItemFactory(meeting=MeetingFactory(stage=Meeting.Stage.DRAFT)))
    public = ActionFactory()

    data = _get(client, "/api/v1/actions/")

    assert [a["reference"] for a in data["results"]] == [public.reference]
    for hidden in (exempt, draft):
        assert client.get(f"/api/v1/actions/{hidden.reference}/").status_code == 404


def test_actions_filter_by_committee_status_and_date(client):
    ours = CommitteeFactory(slug="ours")
    old = ActionFactory(
        item=AgendaItemFactory(meeting=MeetingFactory(committee=ours, starts_at=aware(2019, 1, 17)))
    )
    new = ActionFactory(
        item=AgendaItemFactory(meeting=MeetingFactory(committee=ours, starts_at=aware(2020, 1, 16)))
    )
    ActionFactory()

    def refs(**params):
        return [a["reference"] for a in _get(client, "/api/v1/actions/", **params)["results"]]

    assert sorted(refs(committee="ours")) == sorted([old.reference, new.reference])
    assert refs(committee="ours", date_from="2020-01-01") == [new.reference]
    assert refs(status="done") == []


def test_people_are_those_with_a_public_page_and_never_their_email(client):
    meeting = build_meeting(items=1)
    hidden = PersonFactory(name="Only In A Draft", email="hidden@example.org")
    draft = MeetingFactory(stage=Meeting.Stage.DRAFT, chair=hidden)

    body = client.get("/api/v1/people/", {"page_size": 200}).content.decode()
    data = _get(client, "/api/v1/people/", page_size=200)

    assert meeting.chair is None and draft.chair == hidden
    assert "Only In A Draft" not in body
    assert "@example.org" not in body
    assert {p["slug"] for p in data["results"]} == set(
        Person.objects.public().values_list("slug", flat=True)
    )
    assert hidden.slug not in {p["slug"] for p in data["results"]}
    assert set(data["results"][0]) == {
        "slug",
        "honorific",
        "name",
        "full_name",
        "organisation",
        "position",
        "page",
    }


def test_lists_page_by_cursor(client):
    board = CommitteeFactory(slug="iib")
    meetings = [
        MeetingFactory(committee=board, starts_at=aware(2019, 1, 1) + datetime.timedelta(days=n))
        for n in range(5)
    ]

    first = _get(client, "/api/v1/meetings/", page_size=2)
    second = client.get(first["next"]).json()
    third = client.get(second["next"]).json()

    seen = [m["id"] for page in (first, second, third) for m in page["results"]]
    assert seen == [m.pk for m in reversed(meetings)]
    assert third["next"] is None
    assert "cursor=" in first["next"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/meetings/",
        "/api/v1/items/",
        "/api/v1/actions/",
        "/api/v1/people/",
        "/api/v1/committees/",
        "/api/v1/ocd/events/",
    ],
)
def test_a_list_page_costs_the_same_queries_however_many_rows(client, url):
    committee = CommitteeFactory()
    build_meeting(committee=committee, items=1, points=1, actions=1, starts_at=aware(2019, 1, 17))

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            _get(client, url)
        return len(queries.captured_queries)

    few = count()
    for month in (2, 3, 4):
        build_meeting(
            committee=CommitteeFactory(),
            items=2,
            points=2,
            actions=2,
            starts_at=aware(2019, month, 17),
        )
    assert count() == few


def test_the_api_is_read_only_and_shows_a_clerk_no_more_than_the_public(clerk_client):
    draft = MeetingFactory(stage=Meeting.Stage.DRAFT)

    assert clerk_client.get(f"/api/v1/meetings/{draft.pk}/").status_code == 404
    assert clerk_client.post("/api/v1/meetings/", {}).status_code == 405
    assert clerk_client.delete(f"/api/v1/meetings/{draft.pk}/").status_code == 405


def test_the_schema_is_openapi_3_and_covers_every_list(client):
    response = client.get("/api/v1/schema/")

    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    assert schema["openapi"].startswith("3.")
    lists = ["meetings", "items", "actions", "people", "committees", "ocd/events"]
    assert all(f"/api/v1/{path}/" in schema["paths"] for path in lists)
    assert set(client.get("/api/v1/").json()) == set(lists)
    params = {p["name"] for p in schema["paths"]["/api/v1/meetings/"]["get"]["parameters"]}
    assert {"committee", "date_from", "date_to", "cursor"} <= params


def test_the_docs_page_loads_nothing_inline_and_nothing_from_elsewhere(client):
    page = client.get(reverse("api-docs")).content.decode()

    assert "swagger-ui-bundle.js" in page
    assert "<style" not in page
    scripts = page.split("<script")[1:]
    assert scripts and all(s.lstrip().startswith("src=") for s in scripts)
    assert "https://" not in page and "http://" not in page.replace("http://testserver", "")
    script = client.get(reverse("api-docs"), {"script": ""})
    assert script["Content-Type"].startswith("application/javascript")
    assert "/api/v1/schema/" in script.content.decode()


def test_every_page_points_to_the_open_data(client):
    assert 'href="/api/v1/docs/">Open data</a>' in client.get("/").content.decode()
