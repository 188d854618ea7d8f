"""Following a committee by email: ask with an address, confirm through the emailed link,
stop with one click. No account, and nothing said about whether an address already follows.
"""

from __future__ import annotations

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Layout, Size, Submit
from django import forms
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from minutes import alerts
from minutes.models import Committee
from minutes.subscriptions import Subscription


class FollowForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        help_text="We send a link to this address first; nothing else until you confirm it.",
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.label_size = Size.SMALL
        self.helper.layout = Layout(
            Field.text("email", autocomplete="email", spellcheck="false"),
            Submit("submit", "Send the link"),
        )

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()


def _crumbs(committee: Committee, here: str) -> list[tuple[str, str | None]]:
    return [
        ("Home", reverse("home")),
        ("Committees", reverse("committee_list")),
        (committee.name, committee.get_absolute_url()),
        (here, None),
    ]


@require_http_methods(["GET", "POST"])
def follow(request: HttpRequest, committee: str) -> HttpResponse:
    """Ask for an address; send it the confirmation link."""
    committee = get_object_or_404(Committee, slug=committee)
    form = FollowForm(request.POST or None)
    context = {"committee": committee, "form": form, "crumbs": _crumbs(committee, "Follow")}
    if request.method == "POST" and form.is_valid():
        subscription = _subscription(committee, form.cleaned_data["email"])
        alerts.ask_to_confirm(subscription)
        # The same page whether or not the address already follows: it tells no one else.
        context["sent_to"] = subscription.email
    context["errors"] = [
        {"message": message, "anchor": f"id_{name}"}
        for name, messages in form.errors.items()
        for message in messages
    ]
    return render(request, "minutes/follow/follow.html", context)


def _subscription(committee: Committee, email: str) -> Subscription:
    try:
        with transaction.atomic():
            return Subscription.objects.get_or_create(committee=committee, email=email)[0]
    except IntegrityError:  # the same address asked twice at once
        return Subscription.objects.get(committee=committee, email=email)


def _bad_link(request: HttpRequest, committee: Committee) -> HttpResponse:
    context = {"committee": committee, "crumbs": _crumbs(committee, "Link not valid")}
    return render(request, "minutes/follow/bad_link.html", context, status=404)


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, committee: str, token: str) -> HttpResponse:
    """The emailed link: a page with one button, so a mail scanner opening links confirms nothing."""
    committee = get_object_or_404(Committee, slug=committee)
    subscription = alerts.subscription_for_confirm(token)
    if subscription is None or subscription.committee_id != committee.pk:
        return _bad_link(request, committee)
    if request.method == "POST" and not subscription.is_confirmed:
        Subscription.objects.filter(pk=subscription.pk, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
        subscription.refresh_from_db()
    context = {
        "committee": committee,
        "subscription": subscription,
        "crumbs": _crumbs(committee, "Confirm"),
    }
    return render(request, "minutes/follow/confirm.html", context)


@csrf_exempt  # RFC 8058: mail programs POST "List-Unsubscribe=One-Click" with no page or cookie
@require_http_methods(["GET", "POST"])
def unfollow(request: HttpRequest, committee: str, token: str) -> HttpResponse:
    """Stop the emails: the signed link is the only key needed, and one POST does it."""
    committee = get_object_or_404(Committee, slug=committee)
    subscription = alerts.subscription_for_unsubscribe(token)
    context = {"committee": committee, "crumbs": _crumbs(committee, "Stop emails")}
    if request.method == "POST":
        if subscription is not None and subscription.committee_id == committee.pk:
            subscription.delete()
        context["stopped"] = True
    elif subscription is None or subscription.committee_id != committee.pk:
        context["stopped"] = True  # already gone: nothing left to stop
    else:
        context["subscription"] = subscription
    return render(request, "minutes/follow/unfollow.html", context)
