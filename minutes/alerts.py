"""Email alerts: the confirmation email, the signed links in it, and sending the news that is due.

Links carry signed tokens (django.core.signing) rather than stored secrets: a confirmation
link lasts CONFIRM_DAYS days; an unsubscribe link lasts as long as the subscription.
Every news email names one piece of news, carries its own unsubscribe link, and a
List-Unsubscribe header with List-Unsubscribe-Post, so mail programs offer one-click
unsubscribe (RFC 8058).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from minutes.news import MOMENT, News, attach_agendas, meetings_with
from minutes.subscriptions import AlertSent, Subscription

CONFIRM_DAYS = 7
# News older than this is not sent: a run after a long pause does not flood anyone.
ALERT_WINDOW = datetime.timedelta(days=7)
# A second request to follow within this time sends no second confirmation email.
RESEND_AFTER = datetime.timedelta(minutes=10)

_CONFIRM_SALT = "minutes.follow.confirm"
_UNSUBSCRIBE_SALT = "minutes.follow.unsubscribe"


def confirm_token(subscription: Subscription) -> str:
    return signing.dumps([subscription.pk, subscription.email], salt=_CONFIRM_SALT, compress=True)


def unsubscribe_token(subscription: Subscription) -> str:
    return signing.dumps(
        [subscription.pk, subscription.email], salt=_UNSUBSCRIBE_SALT, compress=True
    )


def subscription_for_confirm(token: str) -> Subscription | None:
    """The subscription a confirmation link names, or None if it is forged, expired or gone."""
    return _subscription_from(token, _CONFIRM_SALT, max_age=datetime.timedelta(days=CONFIRM_DAYS))


def subscription_for_unsubscribe(token: str) -> Subscription | None:
    return _subscription_from(token, _UNSUBSCRIBE_SALT, max_age=None)


def _subscription_from(token: str, salt: str, max_age) -> Subscription | None:
    try:
        pk, email = signing.loads(token, salt=salt, max_age=max_age)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return Subscription.objects.select_related("committee").filter(pk=pk, email=email).first()


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def confirm_url(subscription: Subscription) -> str:
    return _absolute(
        reverse(
            "committee_follow_confirm",
            kwargs={"committee": subscription.committee.slug, "token": confirm_token(subscription)},
        )
    )


def unsubscribe_url(subscription: Subscription) -> str:
    return _absolute(
        reverse(
            "committee_unfollow",
            kwargs={
                "committee": subscription.committee.slug,
                "token": unsubscribe_token(subscription),
            },
        )
    )


def _subject(template: str, context: dict) -> str:
    return " ".join(render_to_string(template, context).split())


def ask_to_confirm(subscription: Subscription) -> bool:
    """Send the confirmation link, unless one went to this address in the last few minutes
    (so a form cannot be used to flood someone's inbox). True if sent."""
    now = timezone.now()
    recently = now - RESEND_AFTER
    with transaction.atomic():
        claimed = (
            Subscription.objects.filter(pk=subscription.pk)
            .exclude(confirmation_sent_at__gt=recently)
            .update(confirmation_sent_at=now)
        )
        if not claimed:
            return False
        context = {
            "committee": subscription.committee,
            "confirm_url": confirm_url(subscription),
            "site_name": settings.SITE_NAME,
            "days": CONFIRM_DAYS,
        }
        EmailMessage(
            subject=_subject("minutes/email/follow_confirm_subject.txt", context),
            body=render_to_string("minutes/email/follow_confirm.txt", context),
            to=[subscription.email],
        ).send()
    return True


def news_email(subscription: Subscription, news: News) -> EmailMessage:
    """One piece of news, for one subscriber, with their own unsubscribe link and headers."""
    unsubscribe = unsubscribe_url(subscription)
    context = {
        "news": news,
        "meeting_url": _absolute(news.meeting.get_absolute_url()),
        "committee": subscription.committee,
        "unsubscribe_url": unsubscribe,
        "site_name": settings.SITE_NAME,
    }
    return EmailMessage(
        subject=_subject("minutes/email/news_subject.txt", context),
        body=render_to_string("minutes/email/news.txt", context),
        to=[subscription.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


@dataclass
class AlertRun:
    sent: int = 0
    skipped: int = 0
    failed: list[str] | None = None


def send_due_alerts(*, now: datetime.datetime | None = None) -> AlertRun:
    """Send every confirmed subscriber each piece of news of their committee that went out
    after they confirmed, within ALERT_WINDOW, and that they have not been sent.

    Each email is sent inside a transaction that holds its subscription's row lock and
    writes its AlertSent row, whose unique constraint is the last word: two runs at once
    wait for each other on the lock and the second finds the row and skips; a failed send
    rolls back its row, so the next run tries again.
    """
    now = now or timezone.now()
    run = AlertRun(failed=[])
    for kind, moment in MOMENT.items():
        meetings = list(
            meetings_with(kind)
            .filter(**{f"{moment}__gte": now - ALERT_WINDOW})
            .select_related("committee", "confirmed_at")
        )
        attach_agendas(meetings)
        for meeting in meetings:
            news = News(kind, meeting, getattr(meeting, moment))
            already = AlertSent.objects.filter(
                subscription=OuterRef("pk"), meeting=meeting, kind=kind
            )
            due = (
                Subscription.objects.confirmed()
                .filter(committee_id=meeting.committee_id, confirmed_at__lte=news.at)
                .exclude(Exists(already))
                .select_related("committee")
                .order_by("pk")
            )
            for subscription in due:
                try:
                    if _send_once(subscription, news):
                        run.sent += 1
                    else:
                        run.skipped += 1
                except Exception as error:  # one bad address must not stop the rest
                    run.failed.append(f"{subscription.email}: {error}")
    return run


def _send_once(subscription: Subscription, news: News) -> bool:
    with transaction.atomic():
        locked = (
            Subscription.objects.select_for_update()
            .confirmed()
            .filter(pk=subscription.pk)
            .select_related("committee")
            .first()
        )
        if locked is None:  # unsubscribed meanwhile
            return False
        if AlertSent.objects.filter(
            subscription=locked, meeting=news.meeting, kind=news.kind
        ).exists():
            return False
        AlertSent.objects.create(subscription=locked, meeting=news.meeting, kind=news.kind)
        news_email(locked, news).send()
    return True
