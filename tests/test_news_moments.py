"""When each piece of news went out: stamped by the workflow, and filled in for meetings
that were public before the moments were recorded."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from minutes import services
from minutes.models import Meeting
from tests.factories import AgendaItemFactory, MeetingFactory, PersonFactory


def _around_the_migration() -> tuple[list, list]:
    """The migration that fills the moments, and the one before it, whatever their numbers."""
    graph = MigrationExecutor(connection).loader.graph
    (after,) = [
        key
        for key in graph.nodes
        if key[0] == "minutes" and key[1].endswith("_meeting_news_moments")
    ]
    (before,) = [n.key for n in graph.node_map[after].parents if n.key[0] == "minutes"]
    return [before], [after]


@pytest.mark.django_db
def test_each_move_stamps_its_own_moment_and_a_withdrawal_keeps_it():
    meeting = MeetingFactory(stage=Meeting.Stage.DRAFT)
    later = MeetingFactory(committee=meeting.committee, stage=Meeting.Stage.AGENDA)
    AgendaItemFactory(meeting=meeting)
    assert meeting.agenda_published_at is None

    services.move_meeting(meeting=meeting, to=Meeting.Stage.AGENDA)
    meeting.refresh_from_db()
    agenda_at = meeting.agenda_published_at
    assert agenda_at is not None and meeting.minutes_published_at is None

    services.move_meeting(meeting=meeting, to=Meeting.Stage.PUBLISHED)
    services.move_meeting(meeting=meeting, to=Meeting.Stage.AGENDA)
    meeting.refresh_from_db()
    first_minutes = meeting.minutes_published_at
    assert meeting.agenda_published_at == agenda_at

    services.move_meeting(meeting=meeting, to=Meeting.Stage.PUBLISHED)
    services.confirm_minutes(meeting=meeting, confirmed_at=later, signed_by=PersonFactory())
    meeting.refresh_from_db()
    assert meeting.minutes_published_at > first_minutes
    assert meeting.minutes_confirmed_at >= meeting.minutes_published_at


@pytest.mark.django_db
def test_a_meeting_saved_straight_at_a_public_stage_gets_its_moments():
    confirmed = MeetingFactory(
        stage=Meeting.Stage.CONFIRMED, confirmed_at=MeetingFactory(stage=Meeting.Stage.AGENDA)
    )
    draft = MeetingFactory(stage=Meeting.Stage.DRAFT)

    assert confirmed.agenda_published_at and confirmed.minutes_published_at
    assert confirmed.minutes_confirmed_at
    assert draft.agenda_published_at is None


@pytest.mark.django_db(transaction=True)
def test_the_migration_dates_meetings_already_public_from_their_history():
    before, after = _around_the_migration()
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    Committee = apps.get_model("minutes", "Committee")
    Old = apps.get_model("minutes", "Meeting")
    History = apps.get_model("minutes", "HistoricalMeeting")
    board = Committee.objects.create(name="Board", slug="board")
    starts = timezone.make_aware(datetime.datetime(2019, 1, 17, 11))
    published = Old.objects.create(
        committee=board, starts_at=starts, slug="2019-01-17", stage="published"
    )
    draft = Old.objects.create(committee=board, starts_at=starts, slug="2019-01-18", stage="draft")
    went_out = starts + datetime.timedelta(days=1)
    for stage, at in (("draft", starts), ("agenda", starts), ("published", went_out)):
        History.objects.create(
            id=published.pk,
            committee=board,
            starts_at=starts,
            slug="2019-01-17",
            stage=stage,
            history_date=at,
            history_type="~",
            is_cancelled=False,
        )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)
    New = executor.loader.project_state(after).apps.get_model("minutes", "Meeting")
    published, draft = New.objects.get(pk=published.pk), New.objects.get(pk=draft.pk)

    assert published.agenda_published_at == starts
    assert published.minutes_published_at == went_out
    assert published.minutes_confirmed_at is None
    assert draft.agenda_published_at is None

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
