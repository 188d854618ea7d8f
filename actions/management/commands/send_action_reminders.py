"""Email each action owner one digest a day: their overdue actions and those due soon."""

from __future__ import annotations

import datetime
from itertools import groupby

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from actions.models import Action, ReminderDigest
from minutes.locks import exclusive_run
from minutes.models import Person


class Command(BaseCommand):
    help = (
        "Email each owner with an email address one digest of their overdue actions and those "
        "due within the next days. Run daily; a second run the same day sends nothing twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=7, help="How far ahead counts as due soon (default 7)."
        )

    def handle(self, *args, days: int, **options):
        with exclusive_run("send_action_reminders") as acquired:
            if not acquired:
                self.stdout.write("Another run is sending reminders now; this one did nothing.")
                return
            self.send_all(days)

    def send_all(self, days: int) -> None:
        today = timezone.localdate()
        due = (
            Action.objects.open()
            .filter(owner__isnull=False, due_on__lte=today + datetime.timedelta(days=days))
            .exclude(owner__email="")
            .with_source()
            .order_by("owner_id", "due_on", "reference")
        )
        already = set(
            ReminderDigest.objects.filter(sent_on=today).values_list("person_id", flat=True)
        )
        sent = skipped = 0
        failed: list[str] = []
        for owner_id, group in groupby(due, key=lambda action: action.owner_id):
            actions = list(group)
            owner = actions[0].owner
            if owner_id in already:
                skipped += 1
                continue
            try:
                if self.send_digest(owner, actions, today=today, days=days):
                    sent += 1
                else:
                    skipped += 1
            except Exception as error:  # one bad address must not stop the rest
                failed.append(f"{owner} <{owner.email}>: {error}")
        self.stdout.write(f"Sent {sent} reminder digest(s); {skipped} already sent today.")
        if failed:
            raise CommandError("Could not send to:\n" + "\n".join(failed))

    def send_digest(
        self, person: Person, actions: list[Action], *, today: datetime.date, days: int
    ) -> bool:
        """Record the day's digest and send it together: if sending fails, nothing is recorded.

        The unique (person, day) constraint makes a second run, even one running at the same
        moment, skip this person rather than send twice.
        """
        overdue = [action for action in actions if action.due_on < today]
        due_soon = [action for action in actions if action.due_on >= today]
        context = {
            "person": person,
            "overdue": overdue,
            "due_soon": due_soon,
            "days": days,
            "today": today,
            "site_url": settings.SITE_URL,
            "site_name": settings.SITE_NAME,
            "my_actions_url": f"{settings.SITE_URL}{reverse('my_actions')}",
        }
        subject = " ".join(render_to_string("actions/email/reminder_subject.txt", context).split())
        body = render_to_string("actions/email/reminder.txt", context)
        try:
            with transaction.atomic():
                ReminderDigest.objects.create(
                    person=person, sent_on=today, action_count=len(actions)
                )
                EmailMessage(subject=subject, body=body, to=[person.email]).send()
        except IntegrityError:
            return False
        return True
