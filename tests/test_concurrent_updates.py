"""Two people updating one action at the same moment: both notes kept, one of their statuses wins.

Action.record_update and the tracker's views lock the action's row (select_for_update), so the
second writer waits for the first and then works on what the first left, never a stale copy.
These tests make the two writers collide for certain: one holds the lock while the other waits.
"""

import threading
import time

import pytest
from django.db import connection, connections, transaction
from django.test import Client
from django.urls import reverse

from actions.models import Action, ActionUpdate
from tests.factories import ActionFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite has no row locks (select_for_update is a no-op there), so two writers "
        "cannot be made to wait for each other; run with DATABASE_URL=postgres://...",
    ),
]


def _thread(target, *args) -> tuple[threading.Thread, list]:
    """Run `target` in a thread with its own database connection; collect what it returns."""
    results: list = []

    def run():
        try:
            results.append(target(*args))
        except BaseException as error:  # noqa: B036 - reported by the test, not lost in the thread
            results.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, results


def _wait_for_waiters(count: int, timeout: float = 10.0) -> None:
    """Block until `count` other sessions are waiting for a lock (pg_locks is live, not cached)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(DISTINCT pid) FROM pg_locks "
                "WHERE NOT granted AND pid <> pg_backend_pid()"
            )
            if cursor.fetchone()[0] >= count:
                return
        time.sleep(0.02)
    raise AssertionError(f"{count} writer(s) never reached the row lock")


@pytest.fixture
def action(officer):
    return ActionFactory(owner=officer.person)


def test_the_second_writer_works_on_what_the_first_left(action, officer, clerk):
    stale = Action.objects.get(pk=action.pk)  # loaded while the action is still open

    with transaction.atomic():
        Action.objects.get(pk=action.pk).record_update(
            author=officer, note="Work has started.", status=Action.Status.IN_PROGRESS
        )
        thread, results = _thread(
            lambda: stale.record_update(
                author=clerk, note="The board agreed it is done.", status=Action.Status.DONE
            )
        )
        _wait_for_waiters(1)
    thread.join(10)

    assert not isinstance(results[0], BaseException), results[0]
    first, second = ActionUpdate.objects.filter(action=action).order_by("created_at", "pk")
    assert (first.note, first.status_before, first.status_after) == (
        "Work has started.",
        "open",
        "in_progress",
    )
    # Not "open": the second writer waited for the first and saw its change.
    assert (second.note, second.status_before, second.status_after) == (
        "The board agreed it is done.",
        "in_progress",
        "done",
    )
    action.refresh_from_db()
    assert action.status == Action.Status.DONE
    assert action.completed_by == clerk


def _post(user, url, data):
    client = Client()
    client.force_login(user)
    return client.post(url, data).status_code


def _collide(*posts) -> list[int]:
    """Hold the action's row while every post starts, then let them all through at once.

    Returns each post's status: 302 when its change was made, 409 when the action had
    moved on by the time it got the row (its page comes back with the note as typed).
    """
    action_pk = posts[0][0]
    with transaction.atomic():
        Action.objects.select_for_update().get(pk=action_pk)
        threads = [_thread(_post, user, url, data) for _, user, url, data in posts]
        _wait_for_waiters(len(posts))
    statuses = []
    for thread, results in threads:
        thread.join(10)
        assert len(results) == 1 and results[0] in (302, 409), results
        statuses += results
    return statuses


def test_a_progress_note_and_a_completion_at_the_same_moment_both_stay(action, officer, clerk):
    statuses = _collide(
        (
            action.pk,
            officer,
            reverse("action_note", args=[action.reference]),
            {"note": "Draft shared with the chair."},
        ),
        (
            action.pk,
            clerk,
            reverse("action_done", args=[action.reference]),
            {"note": "Report published."},
        ),
    )

    assert statuses == [302, 302]
    notes = set(ActionUpdate.objects.filter(action=action).values_list("note", flat=True))
    assert notes == {"Draft shared with the chair.", "Report published."}
    action.refresh_from_db()
    assert action.status == Action.Status.DONE
    assert action.completed_by == clerk


def test_two_people_closing_it_at_once_are_not_both_recorded(action, officer, clerk):
    statuses = _collide(
        (
            action.pk,
            officer,
            reverse("action_done", args=[action.reference]),
            {"note": "Sent the letter."},
        ),
        (
            action.pk,
            clerk,
            reverse("action_withdraw", args=[action.reference]),
            {"note": "No longer needed."},
        ),
    )

    [update] = ActionUpdate.objects.filter(action=action)
    action.refresh_from_db()
    # Whoever got the lock first decided; the other was told it was already closed.
    assert sorted(statuses) == [302, 409]
    assert action.status == update.status_after
    assert (update.status_before, update.status_after) in {("open", "done"), ("open", "withdrawn")}
    assert (action.completed_at is not None) == (action.status == Action.Status.DONE)
