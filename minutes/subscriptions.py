"""Following a committee by email: the address that asked, and each alert sent to it.

No account is needed: an address is only written to once its owner has asked, and it is
only written to with news after they confirmed it through the link sent to it.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone

from minutes.models import Committee, Meeting
from minutes.news import NewsKind


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        """Addresses whose owner followed the confirmation link: the only ones sent news."""
        return self.filter(confirmed_at__isnull=False)


class Subscription(models.Model):
    """An email address following a committee's agendas and minutes."""

    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="subscriptions")
    email = models.EmailField(max_length=254)
    created_at = models.DateTimeField(default=timezone.now)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(
        null=True, blank=True, help_text="When the owner confirmed the address; news after it."
    )

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["committee", "email"]
        constraints = [
            models.UniqueConstraint(
                fields=["committee", "email"], name="subscription_once_per_address"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} follows {self.committee}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class AlertSent(models.Model):
    """One email about one piece of news to one subscriber: the reason it is never sent twice."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="alerts_sent"
    )
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="alerts_sent")
    kind = models.CharField(max_length=20, choices=NewsKind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = "alert sent"
        verbose_name_plural = "alerts sent"
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "meeting", "kind"], name="alert_sent_once"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["agenda", "minutes", "confirmed"]), name="alert_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{NewsKind(self.kind).label}: {self.meeting} to {self.subscription.email}"
