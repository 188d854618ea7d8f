"""Following a committee by email: confirm first, one email per piece of news, stop in one click."""

import datetime
import re
import threading
from io import StringIO

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from minutes import alerts, services
from minutes.models import Meeting
from minutes.subscriptions import AlertSent, Subscription
from tests.factories import AgendaItemFactory, CommitteeFactory, MeetingFactory

ADDRESS = "resident@example.org"


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = "https://minutes.example.gov.uk"


@pytest.fixture
def board(db):
    return CommitteeFactory(name="Improvement and Innovation Board", slug="iib")


def _draft(committee):
    meeting = MeetingFactory(committee=committee, stage=Meeting.Stage.DRAFT)
    AgendaItemFactory(meeting=meeting, number="1", position=1, title="Apologies for absence")
    return meeting


def _ask(client, committee, email=ADDRESS):
    return client.post(reverse("committee_follow", args=[committee.slug]), {"email": email})


def _link(message, name: str) -> str:
    return re.search(
        rf"https://minutes\.example\.gov\.uk(/committees/\S+/follow/{name}/\S+/)", message.body
    )[1]


def _follower(client, committee, email=ADDRESS) -> Subscription:
    mail.outbox.clear()
    _ask(client, committee, email)
    client.post(_link(mail.outbox[-1], "confirm"))
    mail.outbox.clear()
    return Subscription.objects.get(committee=committee, email=email)


def _send() -> str:
    out = StringIO()
    call_command("send_alerts", stdout=out)
    return out.getvalue()


def test_asking_to_follow_sends_a_confirmation_link_and_nothing_more(client, board):
    response = _ask(client, board, " Resident@Example.ORG ")

    assert response.status_code == 200
    assert "Check your email" in response.content.decode()
    assert [m.to for m in mail.outbox] == [[ADDRESS]]
    assert "/iib/follow/confirm/" in mail.outbox[0].body
    subscription = Subscription.objects.get()
    assert not subscription.is_confirmed

    services.move_meeting(meeting=_draft(board), to=Meeting.Stage.AGENDA)
    mail.outbox.clear()
    _send()
    assert mail.outbox == []


def test_opening_the_link_confirms_nothing_until_the_button_is_pressed(client, board):
    _ask(client, board)
    link = _link(mail.outbox[0], "confirm")

    page = client.get(link)
    assert page.status_code == 200
    assert "Confirm your email address" in page.content.decode()
    assert not Subscription.objects.get().is_confirmed

    done = client.post(link)
    assert "You follow Improvement and Innovation Board" in done.content.decode()
    assert Subscription.objects.get().is_confirmed


def test_a_follower_gets_one_email_per_piece_of_news_and_never_twice(client, board):
    _follower(client, board)
    meeting = _draft(board)
    services.move_meeting(meeting=meeting, to=Meeting.Stage.AGENDA)

    assert "Sent 1 alert" in _send()
    assert "Sent 0 alert" in _send()
    services.move_meeting(meeting=meeting, to=Meeting.Stage.PUBLISHED)
    _send()
    # Withdrawn and published again: the same news, not sent again.
    services.move_meeting(meeting=meeting, to=Meeting.Stage.AGENDA)
    services.move_meeting(meeting=meeting, to=Meeting.Stage.PUBLISHED)
    _send()

    assert [m.subject for m in mail.outbox] == [
        f"Agenda published: {meeting}",
        f"Draft minutes published: {meeting}",
    ]
    assert "1. Apologies for absence" in mail.outbox[0].body
    assert f"https://minutes.example.gov.uk{meeting.get_absolute_url()}" in mail.outbox[0].body
    assert AlertSent.objects.count() == 2


def test_every_email_can_stop_the_emails_in_one_click(client, board):
    mail_program = Client(enforce_csrf_checks=True)
    _follower(client, board)
    services.move_meeting(meeting=_draft(board), to=Meeting.Stage.AGENDA)
    _send()
    message = mail.outbox[0]
    header = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert header.removeprefix("https://minutes.example.gov.uk") == _link(message, "stop")

    # A mail program's one-click POST: no cookie, no CSRF token, only the signed link.
    response = mail_program.post(header, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert "Emails stopped" in response.content.decode()
    assert not Subscription.objects.exists()
    mail.outbox.clear()
    services.move_meeting(meeting=_draft(board), to=Meeting.Stage.AGENDA)
    _send()
    assert mail.outbox == []


def test_the_stop_link_opened_in_a_browser_asks_before_stopping(client, board):
    subscription = _follower(client, board)
    url = alerts.unsubscribe_url(subscription).removeprefix("https://minutes.example.gov.uk")

    page = client.get(url)

    assert "Stop emails about Improvement and Innovation Board" in page.content.decode()
    assert Subscription.objects.filter(pk=subscription.pk).exists()


def test_news_from_before_the_address_was_confirmed_is_not_sent(client, board):
    services.move_meeting(meeting=_draft(board), to=Meeting.Stage.AGENDA)
    _follower(client, board)

    _send()

    assert mail.outbox == []


def test_news_older_than_the_window_is_not_sent(client, board):
    _follower(client, board)
    Subscription.objects.update(confirmed_at=timezone.now() - datetime.timedelta(days=30))
    meeting = MeetingFactory(committee=board, stage=Meeting.Stage.AGENDA)
    Meeting.objects.filter(pk=meeting.pk).update(
        agenda_published_at=timezone.now() - alerts.ALERT_WINDOW - datetime.timedelta(hours=1)
    )

    _send()

    assert mail.outbox == []


def test_a_draft_or_news_withdrawn_before_the_run_is_never_sent(client, board):
    _follower(client, board)
    _draft(board)
    withdrawn = _draft(board)
    services.move_meeting(meeting=withdrawn, to=Meeting.Stage.AGENDA)
    services.move_meeting(meeting=withdrawn, to=Meeting.Stage.DRAFT)

    _send()

    assert mail.outbox == []


def test_only_the_committee_followed_sends_news(client, board):
    _follower(client, board)
    services.move_meeting(meeting=_draft(CommitteeFactory()), to=Meeting.Stage.AGENDA)

    _send()

    assert mail.outbox == []


def test_a_bad_address_is_refused_and_kept_for_correcting(client, board):
    response = _ask(client, board, "resident at example")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Enter an email address in the correct format" in page
    assert 'value="resident at example"' in page
    assert "<title>Error:" in page
    assert mail.outbox == []


def test_the_page_says_the_same_whether_or_not_the_address_already_follows(client, board):
    first = _ask(client, board).content.decode()
    Subscription.objects.update(confirmation_sent_at=None, confirmed_at=timezone.now())
    again = _ask(client, board).content.decode()

    assert first == again


def test_asking_again_at_once_sends_no_second_email(client, board):
    _ask(client, board)
    _ask(client, board)

    assert len(mail.outbox) == 1
    assert Subscription.objects.count() == 1


def test_a_forged_expired_or_other_committees_link_does_not_work(client, board, settings):
    _ask(client, board)
    subscription = Subscription.objects.get()
    other = CommitteeFactory(slug="other")
    good = alerts.confirm_token(subscription)
    forged = signing.dumps([subscription.pk, subscription.email], salt="wrong")

    for url in (
        reverse("committee_follow_confirm", args=["iib", forged]),
        reverse("committee_follow_confirm", args=["other", good]),
        reverse("committee_follow_confirm", args=["iib", alerts.unsubscribe_token(subscription)]),
    ):
        response = client.post(url)
        assert response.status_code == 404
        assert "This link does not work" in response.content.decode()
    assert other.subscriptions.count() == 0
    assert not Subscription.objects.get().is_confirmed

    with pytest.MonkeyPatch.context() as patch:
        later = timezone.now() + datetime.timedelta(days=alerts.CONFIRM_DAYS + 1)
        patch.setattr("time.time", lambda: later.timestamp())
        assert (
            client.post(reverse("committee_follow_confirm", args=["iib", good])).status_code == 404
        )
    assert not Subscription.objects.get().is_confirmed


def test_committee_and_meeting_pages_offer_every_way_to_follow(client, board):
    meeting = MeetingFactory(committee=board, stage=Meeting.Stage.AGENDA)

    for url in (board.get_absolute_url(), meeting.get_absolute_url()):
        page = client.get(url).content.decode()
        assert 'href="/committees/iib/follow/"' in page
        assert 'href="webcal://testserver/committees/iib/calendar.ics"' in page
        assert 'href="/committees/iib/calendar.ics"' in page
        assert (
            '<link rel="alternate" type="application/atom+xml" '
            'title="Improvement and Innovation Board: agendas and minutes" '
            'href="/committees/iib/feed/">'
        ) in page
        assert (
            'type="application/atom+xml" title="Agendas and minutes: every committee" href="/feeds/minutes/"'
            in page
        )


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_send_each_email_once():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite runs one writer at a time; the row lock is PostgreSQL's to show")
    board = CommitteeFactory(slug="iib")
    for n in range(6):
        Subscription.objects.create(
            committee=board, email=f"resident{n}@example.org", confirmed_at=timezone.now()
        )
    for _ in range(2):
        services.move_meeting(meeting=_draft(board), to=Meeting.Stage.AGENDA)
    barrier = threading.Barrier(2)
    errors = []

    def run():
        try:
            barrier.wait()
            alerts.send_due_alerts()
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    sent = [(m.to[0], m.subject) for m in mail.outbox]
    assert len(sent) == 12
    assert len(set(sent)) == 12


def test_a_clerk_can_find_a_follower_in_the_admin_but_not_add_one(clerk_client, board):
    Subscription.objects.create(committee=board, email=ADDRESS)

    listing = clerk_client.get("/admin/minutes/subscription/", {"q": "resident"})

    assert listing.status_code == 200
    assert ADDRESS in listing.content.decode()
    assert clerk_client.get("/admin/minutes/subscription/add/").status_code == 403
