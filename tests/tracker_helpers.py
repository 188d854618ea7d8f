"""Helpers shared by the tracker's tests: put an action in a state without going through a view."""

from django.contrib.messages import get_messages
from django.utils import timezone

from actions.models import Action


def put_in(action: Action, status: str) -> Action:
    """Set an action's status directly (keeping the done-has-completion-time rule)."""
    completed_at = timezone.now() if status == Action.Status.DONE else None
    Action.objects.filter(pk=action.pk).update(status=status, completed_at=completed_at)
    action.refresh_from_db()
    return action


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]
