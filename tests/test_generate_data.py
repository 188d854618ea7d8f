"""generate_data fills the database with fictional records at a scale, beside the demo or not."""

import io

import pytest
from django.contrib.auth import authenticate
from django.contrib.postgres.search import SearchQuery
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import RequestFactory

from actions.models import Action, ActionUpdate
from minutes.generating import writer
from minutes.models import AgendaItem, Committee, DiscussionPoint, Meeting, Person
from tests.conftest import ensure_roles
from tests.factories import ActionFactory, PersonFactory

pytestmark = pytest.mark.django_db

SCALE = "0.002"


def generate(*args: str) -> str:
    out = io.StringIO()
    call_command(
        "generate_data", "--scale", SCALE, "--password", "generated-pass", *args, stdout=out
    )
    return out.getvalue()


@pytest.fixture
def roles(db):
    ensure_roles()


def test_it_makes_a_scaled_record_of_every_kind(roles):
    generate()
    assert Committee.objects.count() == 2
    assert Person.objects.count() == 40
    assert Meeting.objects.count() >= 12
    stages = set(Meeting.objects.values_list("stage", flat=True))
    assert {"confirmed", "published", "agenda"} <= stages
    assert AgendaItem.objects.filter(is_exempt=False).exclude(minute_text="").exists()
    assert DiscussionPoint.objects.filter(speakers__isnull=False).exists()
    statuses = set(Action.objects.values_list("status", flat=True))
    assert {"open", "done"} <= statuses
    assert (
        ActionUpdate.objects.filter(status_after="done").count()
        == Action.objects.filter(status="done").count()
    )
    assert Action.objects.public().overdue().exists()


def test_confirmed_minutes_were_confirmed_at_a_later_meeting_of_the_committee(roles):
    generate()
    for meeting in Meeting.objects.filter(stage="confirmed").select_related("confirmed_at"):
        assert meeting.confirmed_at.committee_id == meeting.committee_id
        assert meeting.confirmed_at.starts_at > meeting.starts_at


def test_the_generated_officers_and_clerk_can_sign_in(roles):
    output = generate()
    assert "generated-pass" in output
    # Sign-in goes through django-axes, which needs the request it is made from.
    request = RequestFactory().post("/accounts/login/")
    officer = authenticate(request, username="officer-g26-0000", password="generated-pass")
    assert officer is not None and officer.groups.filter(name="Officer").exists()
    assert Action.objects.filter(owner__user=officer).exists()
    assert authenticate(request, username="officer-g26-0000", password="wrong") is None


def test_its_pages_answer(client, roles):
    generate()
    meeting = Meeting.objects.filter(stage="confirmed").first()
    action = Action.objects.public().first()
    for url in ["/", "/committees/", meeting.get_absolute_url(), action.get_absolute_url()]:
        assert client.get(url).status_code == 200, url


def test_it_runs_after_the_demo_and_numbering_carries_on(roles):
    call_command("load_demo", stdout=io.StringIO())
    demo_references = set(Action.objects.values_list("reference", flat=True))
    generate()
    references = list(Action.objects.values_list("reference", flat=True))
    assert len(references) == len(set(references))
    assert demo_references <= set(references)
    item = Action.objects.order_by("-pk").first().item
    assert ActionFactory(item=item).reference not in references


def test_the_demo_loads_after_it(roles):
    generate()
    before = Action.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert Action.objects.count() > before
    assert Committee.objects.filter(slug="improvement-and-innovation-board").exists()


def test_a_second_run_with_the_same_seed_is_refused_and_another_seed_adds_more(roles):
    generate()
    with pytest.raises(CommandError, match="already here"):
        generate()
    generate("--seed", "7")
    assert Committee.objects.count() == 4


@pytest.mark.skipif(connection.vendor != "postgresql", reason="search vectors are PostgreSQL's")
def test_each_points_search_vector_names_its_speakers_as_the_triggers_would(roles, monkeypatch):
    # Batches of a few dozen rows, so that points and speakers go in over many batches.
    monkeypatch.setattr(writer, "FLUSH_ROWS", 40)
    generate()
    # Each word with its weights: where a name falls among the speakers' names may differ.
    read = (
        "SELECT id, array_agg(lexeme || ':' || array_to_string(weights, '') ORDER BY lexeme) "
        "FROM minutes_discussionpoint, unnest(search_vector) GROUP BY id ORDER BY id"
    )
    with connection.cursor() as cursor:
        cursor.execute(read)
        as_generated = cursor.fetchall()
        # Worked out afresh by the triggers, speakers and all.
        cursor.execute("UPDATE minutes_discussionpoint SET search_vector = NULL")
        cursor.execute(read)
        assert cursor.fetchall() == as_generated

    # And a speaker added later is searchable: the run left the triggers on.
    point = DiscussionPoint.objects.filter(speakers__isnull=False).first()
    point.speakers.add(PersonFactory(name="Philippa Quarrendon"))
    assert DiscussionPoint.objects.filter(
        pk=point.pk, search_vector=SearchQuery("Quarrendon", config="english")
    ).exists()
