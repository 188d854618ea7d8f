from django.apps import AppConfig


class ActionsConfig(AppConfig):
    """The action tracker: actions arising from minutes, and their history."""

    name = "actions"
    verbose_name = "Actions"
