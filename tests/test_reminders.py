"""send_action_reminders: one digest a day per owner, of overdue actions and those due soon."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from actions.models import ReminderDigest
from tests.factories import ActionFactory, AgendaItemFactory, PersonFactory
from tests.tracker_helpers import put_in


def _days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def _run() -> str:
    out = io.StringIO()
    call_command("send_action_reminders", stdout=out)
    return out.getvalue()


@pytest.fixture
def owner(db):
    return PersonFactory(honorific="", name="Olu Officer", email="olu@example.org")


def test_an_owner_gets_one_digest_of_overdue_and_due_soon_actions(owner, settings):
    settings.SITE_URL = "https://minutes.example.gov.uk"
    overdue = ActionFactory(owner=owner, due_on=_days(-2), description="Write to the minister.")
    due_today = ActionFactory(owner=owner, due_on=_days(0), description="Book the venue.")
    due_in_a_week = ActionFactory(owner=owner, due_on=_days(7), description="Brief the chair.")
    later = ActionFactory(owner=owner, due_on=_days(8), description="Review the strategy.")
    undated = ActionFactory(owner=owner, due_on=None, description="Keep an eye on it.")
    done = put_in(ActionFactory(owner=owner, due_on=_days(-1), description="Already sent."), "done")

    _run()

    [email] = mail.outbox
    assert email.to == ["olu@example.org"]
    assert email.subject == "Your actions: 1 overdue, 2 due in the next 7 days"
    for action in (overdue, due_today, due_in_a_week):
        assert action.description in email.body
        assert f"https://minutes.example.gov.uk/actions/{action.reference}/" in email.body
    for action in (later, undated, done):
        assert action.description not in email.body
    assert email.body.index("OVERDUE") < email.body.index(overdue.description)
    assert email.body.index("DUE IN THE NEXT 7 DAYS") < email.body.index(due_today.description)
    assert "overdue by 2\xa0days" in email.body
    assert "https://minutes.example.gov.uk/actions/mine/" in email.body


def test_each_owner_gets_only_their_own_actions(owner):
    other = PersonFactory(name="Oona Other", email="oona@example.org")
    mine = ActionFactory(owner=owner, due_on=_days(1), description="Mine to do.")
    theirs = ActionFactory(owner=other, due_on=_days(1), description="Theirs to do.")

    _run()

    by_address = {email.to[0]: email for email in mail.outbox}
    assert set(by_address) == {"olu@example.org", "oona@example.org"}
    assert mine.description in by_address["olu@example.org"].body
    assert theirs.description not in by_address["olu@example.org"].body
    assert theirs.description in by_address["oona@example.org"].body


def test_no_email_without_an_address_an_owner_or_anything_due(owner):
    ActionFactory(owner=PersonFactory(email=""), due_on=_days(-1))
    ActionFactory(owner=None, owner_label="Officers", due_on=_days(-1))
    ActionFactory(owner=owner, due_on=_days(30))

    output = _run()

    assert mail.outbox == []
    assert not ReminderDigest.objects.exists()
    assert "Sent 0 reminder digest(s)" in output


def test_running_twice_in_a_day_sends_nothing_twice(owner):
    ActionFactory(owner=owner, due_on=_days(-1))
    ActionFactory(owner=owner, due_on=_days(3))

    _run()
    output = _run()

    assert len(mail.outbox) == 1
    digest = ReminderDigest.objects.get()
    assert (digest.person, digest.sent_on, digest.action_count) == (
        owner,
        timezone.localdate(),
        2,
    )
    assert "Sent 0 reminder digest(s); 1 already sent today." in output


def test_yesterdays_digest_does_not_stop_todays(owner):
    ActionFactory(owner=owner, due_on=_days(-1))
    ReminderDigest.objects.create(person=owner, sent_on=_days(-1), action_count=1)

    _run()

    assert len(mail.outbox) == 1


def test_exempt_actions_are_included_because_the_email_goes_only_to_their_owner(owner):
    exempt = ActionFactory(
        owner=owner,
        due_on=_days(1),
        description="Negotiate the lease.",
        item=AgendaItemFactory(is_exempt=True, exempt_reason="Paragraph 3 of Schedule 12A."),
    )

    _run()

    assert exempt.description in mail.outbox[0].body


def test_the_plain_text_email_is_not_html_escaped(owner):
    ActionFactory(
        owner=owner, due_on=_days(1), description="Talk to Smith & Jones about <b>it</b>."
    )

    _run()

    assert "Talk to Smith & Jones about <b>it</b>." in mail.outbox[0].body


def test_when_sending_fails_nothing_is_recorded_so_the_next_run_sends_it(owner, monkeypatch):
    ActionFactory(owner=owner, due_on=_days(-1))

    def refuse(self, fail_silently=False):
        raise OSError("Connection refused")

    with monkeypatch.context() as patch:
        patch.setattr("django.core.mail.EmailMessage.send", refuse)
        with pytest.raises(CommandError, match="olu@example.org"):
            _run()
    assert not ReminderDigest.objects.exists()

    _run()

    assert len(mail.outbox) == 1
    assert ReminderDigest.objects.count() == 1
