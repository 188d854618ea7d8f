from django.apps import AppConfig


class MinutesConfig(AppConfig):
    """The record: committees, people, meetings, agenda, attendance, reports, discussion, decisions."""

    name = "minutes"
    verbose_name = "Minutes"

    def ready(self):
        from minutes import lookups

        lookups.register()
