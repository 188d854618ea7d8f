from django.apps import AppConfig


class MinutesConfig(AppConfig):
    """The record: committees, people, meetings, agenda, attendance, reports, discussion, decisions."""

    name = "minutes"
    verbose_name = "Minutes"

    def ready(self):
        from minutes import caching, history

        # Any change to the record moves cached pages and counts to a new version.
        caching.connect_signals()
        history.connect_signals()
        from minutes import (
            lookups,
            startup,  # noqa: F401 - registers the start-up checks
        )

        lookups.register()
