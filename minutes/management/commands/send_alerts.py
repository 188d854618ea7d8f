"""Email the followers of each committee the agendas and minutes published since the last run."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from minutes.alerts import ALERT_WINDOW, send_due_alerts


class Command(BaseCommand):
    help = (
        "Send each confirmed follower of a committee one email per agenda or minutes published "
        f"after they confirmed (within the last {ALERT_WINDOW.days} days). Run it every few "
        "minutes; nothing is ever sent twice, even by two runs at once."
    )

    def handle(self, *args, **options):
        run = send_due_alerts()
        self.stdout.write(
            f"Sent {run.sent} alert(s); {run.skipped} already sent or no longer wanted."
        )
        if run.failed:
            raise CommandError("Could not send to:\n" + "\n".join(run.failed))
