"""The action tracker: what someone must do because of a minute, and its history."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F, Max, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce, Substr
from django.utils import timezone
from simple_history.models import HistoricalRecords

from minutes.addresses import address
from minutes.models import AgendaItem, DiscussionPoint, Meeting, Person, search_vector_field


def public_action(through: str = "") -> Q:
    """An action the public may see: from published or confirmed minutes, never an exempt
    item's. As joins from a row `through` its relation to the action ("action__" from one of
    its updates), so that such rows need no subquery of public actions."""
    return Q(
        **{
            f"{through}item__meeting__stage__in": Meeting.MINUTES_PUBLIC_STAGES,
            f"{through}item__is_exempt": False,
        }
    )


class ActionQuerySet(models.QuerySet):
    def public(self):
        """Actions the public may see: from published or confirmed minutes, never exempt items."""
        return self.filter(public_action())

    def visible_to(self, user):
        """What a user may see: clerks see all; an officer also sees the exempt ones they own."""
        if user.is_authenticated and (user.is_staff or user.has_perm("actions.view_action")):
            return self
        if user.is_authenticated:
            return self.filter(
                Q(item__meeting__stage__in=Meeting.MINUTES_PUBLIC_STAGES, item__is_exempt=False)
                | Q(owner__user=user)
            )
        return self.public()

    def open(self):
        return self.filter(status__in=Action.OPEN_STATUSES)

    def overdue(self, today=None):
        return self.open().filter(due_on__lt=today or timezone.localdate())

    def unassigned(self):
        return self.filter(owner__isnull=True)

    def open_at(self, moment):
        """Actions that were open at a moment, annotated with `status_then`, their status then.

        The status then is the one the last update before the moment left; with no update
        before it, the one the first update after it started from; with no update at all,
        the status now. An action closed now and last changed before the moment was closed
        then too, so only open actions and those changed since are looked at.
        """
        updates = ActionUpdate.objects.filter(action=OuterRef("pk"))
        before = updates.filter(created_at__lt=moment).order_by("-created_at", "-pk")
        after = updates.filter(created_at__gte=moment).order_by("created_at", "pk")
        return (
            self.filter(Q(status__in=Action.OPEN_STATUSES) | Q(updated_at__gte=moment))
            .annotate(
                status_then=Coalesce(
                    Subquery(before.values("status_after")[:1]),
                    Subquery(after.values("status_before")[:1]),
                    F("status"),
                )
            )
            .filter(status_then__in=Action.OPEN_STATUSES)
        )

    def arising_for(self, meeting):
        """The matters arising at a meeting: actions of the committee's earlier meetings that
        were open when it began, as they stood then (whatever happened to them since)."""
        return self.filter(
            item__meeting__committee_id=meeting.committee_id,
            item__meeting__starts_at__lt=meeting.starts_at,
        ).open_at(meeting.starts_at)

    def highest_number(self, year: int) -> int:
        """The highest number among this year's references, compared as numbers (0 if none)."""
        prefix = f"{year}-"
        highest = self.filter(reference__startswith=prefix).aggregate(
            highest=Max(Cast(Substr("reference", len(prefix) + 1), models.IntegerField()))
        )["highest"]
        return highest or 0

    def with_source(self):
        """Everything a listing needs to show where each action came from, in one query."""
        return self.select_related("item__meeting__committee", "discussion_point", "owner")

    def listed(self):
        """with_source(), leaving in the database the wide columns no listing shows: the
        item's minute, the meeting's printed names, the words indexed for search."""
        return self.with_source().defer(
            "search_vector",
            "item__minute_text",
            "item__search_vector",
            "item__meeting__printed_names",
            "item__meeting__committee__description",
            "discussion_point__search_vector",
        )


def name_of_owner(owner: str | None, label: str) -> str:
    """What the record calls an action's owner: the person's name (`owner`, None when no
    person owns it), else the label it was given, such as a team, else that nobody has it yet."""
    if owner is not None:
        return owner
    return label or "Not yet assigned"


def format_reference(year: int, number: int) -> str:
    """2019-0007: the year and the number within it, at least four digits."""
    return f"{year}-{number:04d}"


class ActionReferenceCounter(models.Model):
    """The last action number given in a year: the next reference is one more, under a lock."""

    year = models.PositiveIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["year"]

    def __str__(self) -> str:
        return f"{self.year}: {self.last_number}"


class Action(models.Model):
    """Something someone must do, arising from an agenda item (and perhaps one point of it)."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        IN_PROGRESS = "in_progress", "In progress"
        DONE = "done", "Done"
        WITHDRAWN = "withdrawn", "Withdrawn"

    OPEN_STATUSES = (Status.OPEN, Status.IN_PROGRESS)

    reference = models.CharField(
        max_length=20,
        unique=True,
        editable=False,
        help_text="Stable public reference, e.g. 2019-0007.",
    )
    item = models.ForeignKey(
        AgendaItem,
        on_delete=models.PROTECT,
        related_name="actions",
        verbose_name="source item",
        help_text="The agenda item whose minute raised this action.",
    )
    discussion_point = models.ForeignKey(
        DiscussionPoint,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions",
        help_text="The point of the discussion it came from, if it came from one.",
    )
    description = models.TextField()
    owner = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="actions_owned"
    )
    owner_label = models.CharField(
        max_length=200,
        blank=True,
        help_text='When the minute names a group rather than a person, e.g. "Officers".',
    )
    due_on = models.DateField("due date", null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    completed_at = models.DateTimeField(null=True, blank=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="actions_completed",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    search_vector = search_vector_field()

    history = HistoricalRecords(excluded_fields=["search_vector"])
    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "reference"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["open", "in_progress", "done", "withdrawn"]),
                name="action_status_valid",
                violation_error_message="Choose open, in progress, done or withdrawn.",
            ),
            models.CheckConstraint(
                condition=Q(status="done", completed_at__isnull=False)
                | (~Q(status="done") & Q(completed_at__isnull=True)),
                name="action_done_has_completion_time",
                violation_error_message="A done action records when it was completed, and only then.",
            ),
        ]
        indexes = [
            # An officer's "my actions", soonest due first: read in order, a page at a time.
            models.Index(fields=["owner", "due_on", "reference"], name="action_by_owner_due"),
        ]

    def __str__(self) -> str:
        return f"{self.reference}: {self.description[:60]}"

    def get_absolute_url(self) -> str:
        return address("action_detail", reference=self.reference)

    @property
    def owner_name(self) -> str:
        return name_of_owner(str(self.owner) if self.owner_id else None, self.owner_label)

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @property
    def is_overdue(self) -> bool:
        return self.is_overdue_on(timezone.localdate())

    def is_overdue_on(self, day: datetime.date) -> bool:
        """Open and due before `day`: a listing asks with the day read once for all its rows."""
        return self.is_open and self.due_on is not None and self.due_on < day

    @property
    def source_url(self) -> str:
        """Where it came from: the point's anchor, or the item when raised under the whole item."""
        # The point always belongs to this item (save() checks it), so the item's address
        # serves: a listing that selects the item with the action needs no query per row.
        if self.discussion_point_id:
            return f"{self.item.get_absolute_url()}#{self.discussion_point.anchor}"
        return self.item.get_absolute_url()

    POINT_OF_ANOTHER_ITEM = "That point belongs to another item; choose one of this item's points."

    def clean(self):
        if self.discussion_point_id and self.item_id and not self._point_is_of_item():
            raise ValidationError(
                {"discussion_point": self.POINT_OF_ANOTHER_ITEM}, code="point_of_another_item"
            )

    def _point_is_of_item(self) -> bool:
        return DiscussionPoint.objects.filter(
            pk=self.discussion_point_id, item_id=self.item_id
        ).exists()

    def save(self, *args, **kwargs):
        # Checked on every save, not only in forms, because the database cannot express
        # "the point belongs to the same item" as a constraint.
        if self.discussion_point_id and not self._point_is_of_item():
            raise ValidationError(
                {"discussion_point": self.POINT_OF_ANOTHER_ITEM}, code="point_of_another_item"
            )
        if self.reference:
            return super().save(*args, **kwargs)
        for attempt in range(5):
            self.reference = self._next_reference()
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if attempt == 4 or Action.objects.filter(reference=self.reference).count() == 0:
                    self.reference = ""
                    raise
        return None

    def _next_reference(self) -> str:
        """The year's next number, from the year's counter row taken under a row lock.

        Numbers are counted, never found by sorting references as text: "2018-10000"
        sorts before "2018-9999", which once made every new action of a busy year collide.
        """
        year = self.item.meeting.date.year
        with transaction.atomic():
            counter = ActionReferenceCounter.objects.select_for_update().filter(year=year).first()
            if counter is None:
                ActionReferenceCounter.objects.get_or_create(
                    year=year, defaults={"last_number": Action.objects.highest_number(year)}
                )
                counter = ActionReferenceCounter.objects.select_for_update().get(year=year)
            counter.last_number += 1
            counter.save(update_fields=["last_number"])
        return format_reference(year, counter.last_number)

    def record_update(
        self,
        *,
        author,
        note: str,
        status: str | None = None,
        owner: Person | None = None,
        meeting: Meeting | None = None,
        completed_at=None,
    ) -> ActionUpdate:
        """Change status and/or owner with a note, as one history entry, under a row lock.

        Two people updating at the same moment both keep their notes; the second one's
        status is applied to the state the first left, never to a stale copy. Ticking it off
        records when it was done: `completed_at`, or now.
        """
        with transaction.atomic():
            locked = Action.objects.select_for_update().get(pk=self.pk)
            before = locked.status
            after = status or before
            fields = ["status", "updated_at"]
            locked.status = after
            if after == self.Status.DONE and before != self.Status.DONE:
                locked.completed_at = completed_at or timezone.now()
                locked.completed_by = author
                fields += ["completed_at", "completed_by"]
            elif after != self.Status.DONE and before == self.Status.DONE:
                locked.completed_at = None
                locked.completed_by = None
                fields += ["completed_at", "completed_by"]
            if owner is not None and owner.pk != locked.owner_id:
                locked.owner = owner
                fields.append("owner")
            locked.save(update_fields=fields)
            update = ActionUpdate.objects.create(
                action=locked,
                author=author,
                note=note,
                status_before=before,
                status_after=after,
                meeting=meeting,
            )
        for name in fields:
            setattr(self, name, getattr(locked, name))
        return update


class ActionUpdateQuerySet(models.QuerySet):
    def public(self):
        """Updates the public may read: a committee's note at a meeting is part of that
        meeting's minutes, so it waits for them to be published."""
        return self.filter(
            Q(meeting__isnull=True) | Q(meeting__stage__in=Meeting.MINUTES_PUBLIC_STAGES)
        )

    def of_public_actions(self):
        """Updates of actions the public may see, whatever meeting noted them."""
        return self.filter(public_action(through="action__"))

    def visible_to(self, user):
        """Clerks read every note; everyone else only the public ones."""
        if user.is_authenticated and (user.is_staff or user.has_perm("actions.view_action")):
            return self
        return self.public()


class ActionUpdate(models.Model):
    """One entry in an action's history: who, when, the note, the status before and after."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="action_updates",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    note = models.TextField()
    status_before = models.CharField(max_length=20, choices=Action.Status.choices)
    status_after = models.CharField(max_length=20, choices=Action.Status.choices)
    meeting = models.ForeignKey(
        Meeting,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_notes",
        help_text="The meeting at which the committee noted this, as a matter arising.",
    )

    objects = ActionUpdateQuerySet.as_manager()

    class Meta:
        ordering = ["action", "created_at", "pk"]
        get_latest_by = ["created_at", "pk"]
        indexes = [
            # An action's latest update, and its status as at a day (matters arising).
            models.Index(fields=["action", "created_at"], name="update_by_action_time"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status_before__in=["open", "in_progress", "done", "withdrawn"])
                & Q(status_after__in=["open", "in_progress", "done", "withdrawn"]),
                name="action_update_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.action.reference} at {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def changed_status(self) -> bool:
        return self.status_before != self.status_after


class ReminderDigest(models.Model):
    """A day's reminder email sent to an owner, so that a second run that day sends nothing."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="reminder_digests")
    sent_on = models.DateField()
    action_count = models.PositiveIntegerField()

    class Meta:
        ordering = ["-sent_on"]
        constraints = [
            models.UniqueConstraint(fields=["person", "sent_on"], name="one_digest_a_day"),
        ]

    def __str__(self) -> str:
        return f"{self.person} on {self.sent_on}"
