"""The roles, in one place: who is a clerk, who is an officer, and the guard for clerks' pages.

Roles are the Clerk, Officer and Member groups made by the roles migration; staff count as clerks.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

CLERK_GROUP = "Clerk"
OFFICER_GROUP = "Officer"
MEMBER_GROUP = "Member"


def _group_names(user) -> set[str]:
    # Cached on the user object: one page asks several times while it renders.
    if not hasattr(user, "_role_group_names"):
        user._role_group_names = set(user.groups.values_list("name", flat=True))
    return user._role_group_names


def is_clerk(user) -> bool:
    """Clerks run the record and manage every action: the Clerk group, and staff."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_staff or CLERK_GROUP in _group_names(user)


def is_officer(user) -> bool:
    """Officers own actions and tick them off."""
    return user.is_authenticated and user.is_active and OFFICER_GROUP in _group_names(user)


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
