"""Scheduled commands run once at a time, even started together on two servers."""

import datetime
import io
import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from minutes.locks import exclusive_run
from minutes.models import CommandLock
from tests.factories import ActionFactory, PersonFactory


def _run_reminders() -> str:
    out = io.StringIO()
    call_command("send_action_reminders", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_a_second_run_while_the_first_holds_the_lock_does_nothing():
    owner = PersonFactory(email="olu@example.org")
    ActionFactory(owner=owner, due_on=timezone.localdate())
    with exclusive_run("send_action_reminders") as acquired:
        assert acquired
        assert "Another run is sending reminders now" in _run_reminders()
        assert mail.outbox == []
    assert "Sent 1 reminder digest(s)" in _run_reminders()
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_lock_is_let_go_when_a_run_ends_even_by_an_error():
    with pytest.raises(RuntimeError), exclusive_run("job") as acquired:
        assert acquired
        raise RuntimeError("the run failed")
    with exclusive_run("job") as again:
        assert again


@pytest.mark.django_db
def test_a_lock_left_by_a_run_that_died_expires():
    CommandLock.objects.create(
        name="job", holder="dead-server:123", expires_at=timezone.now() - datetime.timedelta(1)
    )
    with exclusive_run("job") as acquired:
        assert acquired
    CommandLock.objects.filter(name="job").update(
        holder="live-server:456", expires_at=timezone.now() + datetime.timedelta(hours=1)
    )
    with exclusive_run("job") as acquired:
        assert not acquired


@pytest.mark.django_db
def test_different_commands_do_not_block_each_other():
    with exclusive_run("send_action_reminders") as first, exclusive_run("send_alerts") as second:
        assert first and second


@pytest.mark.django_db(transaction=True)
def test_runs_started_at_the_same_moment_on_two_connections_hold_the_lock_one_at_a_time():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL for truly concurrent connections (set DATABASE_URL)")
    from django.db import connections

    start = threading.Barrier(4)
    counting = threading.Lock()
    state = {"inside": 0, "most_inside": 0, "held": 0}

    def run():
        try:
            start.wait(timeout=30)
            with exclusive_run("job") as acquired:
                if not acquired:
                    return
                with counting:
                    state["held"] += 1
                    state["inside"] += 1
                    state["most_inside"] = max(state["most_inside"], state["inside"])
                threading.Event().wait(0.5)
                with counting:
                    state["inside"] -= 1
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert state["held"] >= 1
    assert state["most_inside"] == 1
