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


def refusal_of(response) -> list[str]:
    """The reasons a change was refused, from the form shown again on the action's page.

    A refused change is not redirected: the page comes back (400 for a form that fails
    its checks, 409 when the action had moved on) with the form as it was sent.
    """
    assert response.status_code in (400, 409), response.status_code
    form = response.context.get("failed_form") or next(
        row["form"] for row in response.context["rows"] if row["form"].is_bound
    )
    return [str(error) for errors in form.errors.values() for error in errors]
