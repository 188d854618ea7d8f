"""Signing in: the page shown when sign-in is paused, and password reset in the service's look.

The reset pages are Django's own views with the service's templates
(templates/registration/password_reset_*.html); the request view is wrapped so that the
email's link starts with SITE_URL, never with the Host header of the request that asked.
"""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

# Sign-in attempts are recorded against the username typed, in a column of 255 characters.
ATTEMPTED_USERNAME_LENGTH = 255


def attempted_username(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """The username a sign-in attempt is counted against, as typed but cut to the length
    the attempt log keeps: a name of any length is a wrong password, never a server error.
    No account's username is that long, so two cut names sharing a lockout harm no one."""
    source = credentials if credentials else getattr(request, "POST", {})
    username = source.get(settings.AXES_USERNAME_FORM_FIELD)
    return username[:ATTEMPTED_USERNAME_LENGTH] if isinstance(username, str) else username


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """Too many wrong passwords: say so plainly, and for how long (429 Too Many Requests)."""
    minutes = max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    return render(request, "registration/locked_out.html", {"minutes": minutes}, status=429)


class PasswordResetView(auth_views.PasswordResetView):
    def form_valid(self, form):
        self.extra_email_context = {"site_url": settings.SITE_URL, "site_name": settings.SITE_NAME}
        return super().form_valid(form)


urlpatterns = [
    path("password_reset/", PasswordResetView.as_view(), name="password_reset"),
]
