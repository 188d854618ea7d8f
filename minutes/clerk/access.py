"""Who may use the clerks' pages: members of the Clerk group, and staff."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

CLERK_GROUP = "Clerk"


def is_clerk(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_staff or user.groups.filter(name=CLERK_GROUP).exists()


def clerk_required(view):
    """Send anonymous visitors to sign in; refuse (403) anyone signed in who is not a clerk."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_clerk(request.user):
            raise PermissionDenied("Only clerks may use these pages.")
        return view(request, *args, **kwargs)

    return wrapped
