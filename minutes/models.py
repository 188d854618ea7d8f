"""The record: committees and the people on them, meetings, their agenda and minutes."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from minutes.addresses import address
from minutes.item_numbers import ITEM_NUMBER_LENGTH
from minutes.text import Section, parse_sections
from minutes.uploads import content_type_for, describe, stored_name, validate_upload


def record_history(**options) -> HistoricalRecords:
    """The history kept of a part of the minutes. Its change reason is free text: a
    correction's reason as the clerk wrote it, however long, after "Correction: "."""
    return HistoricalRecords(history_change_reason_field=models.TextField(null=True), **options)


def search_vector_field() -> SearchVectorField:
    """The stored full-text vector of a searchable record.

    On PostgreSQL a database trigger fills it whenever the row (or, for a point, its list of
    speakers) changes, and a GIN index serves the search: see the `search_vectors` migrations.
    Triggers rather than save hooks, because bulk_create, queryset.update() and COPY skip
    Python code. On SQLite it stays empty and search matches the text itself.
    """
    return SearchVectorField(null=True, editable=False)


class Committee(models.Model):
    """A body that meets: a board, cabinet, scrutiny panel or parish council."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="Used in addresses, e.g. improvement-innovation-board.",
    )
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return address("committee_detail", committee=self.slug)


class PersonQuerySet(models.QuerySet):
    def public(self):
        """People the public record names: committee members, and anyone in public minutes
        (present, stood in for, speaking, introducing, declaring an interest, chairing...).

        Someone named only in a draft (a guest added before the agenda is out) or only
        under an exempt item has no public page, so their name does not leak.
        """
        public_items = AgendaItem.objects.with_public_minutes()
        public_meetings = Meeting.objects.public()
        person = models.OuterRef("pk")
        return self.filter(
            models.Exists(Membership.objects.filter(person=person))
            | models.Exists(
                Attendance.objects.filter(
                    person=person, meeting__stage__in=Meeting.MINUTES_PUBLIC_STAGES
                )
            )
            | models.Exists(public_items.filter(discussion_points__speakers=person))
            | models.Exists(
                Attendance.objects.filter(
                    substitute_for=person, meeting__stage__in=Meeting.MINUTES_PUBLIC_STAGES
                )
            )
            | models.Exists(public_items.filter(introduced_by=person))
            | models.Exists(public_items.filter(declarations__person=person))
            | models.Exists(
                Report.objects.filter(
                    presenter=person, item__in=AgendaItem.objects.public().filter(is_exempt=False)
                )
            )
            | models.Exists(public_meetings.filter(chair=person))
            # Actions by their relation's name, so the record does not import the tracker.
            | models.Exists(public_items.filter(actions__owner=person))
        )


def full_name(honorific: str, name: str) -> str:
    """A name as the record prints it: "Cllr Peter Fleming", or the name alone."""
    return f"{honorific} {name}".strip()


class Person(models.Model):
    """Someone named in minutes: a councillor, an officer or a guest."""

    honorific = models.CharField(
        max_length=30, blank=True, help_text="As printed before the name, e.g. Cllr, Dame, Sir, Dr."
    )
    name = models.CharField(max_length=200, help_text="e.g. Ron Woodley")
    slug = models.SlugField(max_length=100, unique=True, help_text="Used in the person's address.")
    organisation = models.CharField(
        max_length=200, blank=True, help_text="Their council or body, e.g. Sheffield City Council."
    )
    position = models.CharField(max_length=200, blank=True, help_text="e.g. Head of Productivity.")
    email = models.EmailField(blank=True, help_text="For action reminders; never shown publicly.")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text="The sign-in of an officer or member who uses the site.",
    )
    calendar_token = models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        db_index=True,
        help_text="Secret part of the address of their private calendar of actions.",
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return address("person_detail", person=self.slug)

    def _unique_slug(self) -> str:
        base = slugify(self.name)[:90] or "person"
        slug, n = base, 1
        while Person.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            n += 1
            slug = f"{base}-{n}"
        return slug

    @property
    def full_name(self) -> str:
        return full_name(self.honorific, self.name)


class MembershipQuerySet(models.QuerySet):
    def current(self, on: datetime.date | None = None):
        """Memberships in force on a day (today by default)."""
        on = on or timezone.localdate()
        return self.filter(
            Q(started_on__isnull=True) | Q(started_on__lte=on),
            Q(ended_on__isnull=True) | Q(ended_on__gte=on),
        )


class Membership(models.Model):
    """A person's seat on a committee, in a role, over a period."""

    class Role(models.TextChoices):
        CHAIR = "chair", "Chair"
        VICE_CHAIR = "vice_chair", "Vice-chair"
        MEMBER = "member", "Member"
        SUBSTITUTE = "substitute", "Substitute"

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    started_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True, help_text="Leave blank while they serve.")

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["committee", "role", "person__name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=["chair", "vice_chair", "member", "substitute"]),
                name="membership_role_valid",
            ),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True)
                | Q(started_on__isnull=True)
                | Q(ended_on__gte=models.F("started_on")),
                name="membership_ends_after_it_starts",
                violation_error_message="A membership cannot end before it starts.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()}, {self.committee})"


class MeetingQuerySet(models.QuerySet):
    def public(self):
        """Meetings the public may see: the agenda has been published, or more."""
        return self.exclude(stage=Meeting.Stage.DRAFT)

    def with_public_minutes(self):
        """Meetings whose minutes are public: published as draft minutes, or confirmed."""
        return self.filter(stage__in=Meeting.MINUTES_PUBLIC_STAGES)

    def upcoming(self):
        return self.filter(starts_at__gte=timezone.now(), is_cancelled=False).order_by("starts_at")

    def past(self):
        return self.filter(starts_at__lt=timezone.now()).order_by("-starts_at")


class Meeting(models.Model):
    """One sitting of a committee."""

    class Stage(models.TextChoices):
        """How far the record has gone towards the public: see the publication rules."""

        DRAFT = "draft", "Draft"
        AGENDA = "agenda", "Agenda published"
        PUBLISHED = "published", "Draft minutes published"
        CONFIRMED = "confirmed", "Minutes confirmed"

    MINUTES_PUBLIC_STAGES = (Stage.PUBLISHED, Stage.CONFIRMED)

    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="meetings")
    starts_at = models.DateTimeField("date and start time")
    ends_at = models.TimeField("end time", null=True, blank=True)
    slug = models.CharField(
        max_length=20,
        editable=False,
        help_text="The meeting's date as yyyy-mm-dd; a second sitting that day gets -2.",
    )
    venue = models.CharField(max_length=300, blank=True, help_text="e.g. Smith Square, London.")
    is_cancelled = models.BooleanField("cancelled", default=False)
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.DRAFT)
    chair = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings_chaired"
    )
    confirmed_at = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="minutes_confirmed",
        verbose_name="confirmed at meeting",
        help_text="The later meeting that approved these minutes as a correct record.",
    )
    signed_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="minutes_signed"
    )
    confirmed_on = models.DateField(null=True, blank=True)
    # When each piece of news went out, for feeds and email alerts (set by the workflow).
    agenda_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    minutes_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    minutes_confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    printed_names = models.JSONField(
        null=True,
        blank=True,
        editable=False,
        help_text=(
            "How the confirmed minutes print the committee and each person they name, as on "
            "the day they were confirmed (see minutes.printed_names). Empty until then."
        ),
    )

    history = record_history()
    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        get_latest_by = "starts_at"
        indexes = [
            models.Index(fields=["agenda_published_at"], name="meeting_agenda_news"),
            models.Index(fields=["minutes_published_at"], name="meeting_minutes_news"),
            models.Index(fields=["minutes_confirmed_at"], name="meeting_confirmed_news"),
            # Lists of meetings, newest first, for the site and for one committee.
            models.Index(fields=["starts_at"], name="meeting_by_start"),
            models.Index(fields=["committee", "starts_at"], name="meeting_by_committee_start"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(stage__in=["draft", "agenda", "published", "confirmed"]),
                name="meeting_stage_valid",
            ),
            models.UniqueConstraint(
                fields=["committee", "slug"],
                name="meeting_unique_address",
                violation_error_message="This committee already has a meeting at this address.",
            ),
            models.CheckConstraint(
                condition=~Q(stage="confirmed") | Q(confirmed_at__isnull=False),
                name="meeting_confirmed_records_when",
                violation_error_message="Confirmed minutes need the meeting that confirmed them.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.committee}, {self.date:%-d %B %Y}"

    def clean(self):
        if self.confirmed_at_id and self.confirmed_at_id == self.pk:
            raise ValidationError(
                {"confirmed_at": "A meeting cannot confirm its own minutes."}, code="self_confirm"
            )

    def save(self, *args, **kwargs):
        # A full save may also have moved the meeting to another committee, which may
        # already sit that day: then it takes the next free address there.
        full_save = kwargs.get("update_fields") is None
        if self.starts_at and (not self.slug_matches_date() or (full_save and self._slug_taken())):
            self.slug = self._free_slug()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "slug"}
        stamped = self.stamp_publication()
        if stamped and kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *stamped}
        super().save(*args, **kwargs)

    def stamp_publication(self, *, now: datetime.datetime | None = None) -> list[str]:
        """Record when the news of the stage the meeting is at went out, if not yet recorded.

        The workflow stamps each move as it makes it; this fills the gap for a meeting
        saved straight at a public stage (the admin, the demo, an import).
        """
        now = now or timezone.now()
        reached = {
            "agenda_published_at": self.stage != self.Stage.DRAFT,
            "minutes_published_at": self.stage in self.MINUTES_PUBLIC_STAGES,
            "minutes_confirmed_at": self.stage == self.Stage.CONFIRMED,
        }
        stamped = [field for field, done in reached.items() if done and not getattr(self, field)]
        for field in stamped:
            setattr(self, field, now)
        return stamped

    def get_absolute_url(self) -> str:
        return address("meeting_detail", committee=self.committee.slug, meeting=self.slug)

    def get_clerk_url(self) -> str:
        """The clerks' page of the meeting, where its record is kept."""
        return address("clerk:meeting", pk=self.pk)

    def slug_matches_date(self) -> bool:
        return bool(self.slug) and self.slug.startswith(self.date.isoformat())

    def _slug_taken(self) -> bool:
        return (
            Meeting.objects.filter(committee_id=self.committee_id, slug=self.slug)
            .exclude(pk=self.pk)
            .exists()
        )

    def _free_slug(self) -> str:
        base = self.date.isoformat()
        taken = set(
            Meeting.objects.filter(committee_id=self.committee_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        return slug

    @property
    def date(self) -> datetime.date:
        return timezone.localtime(self.starts_at).date()

    @property
    def minutes_public(self) -> bool:
        return self.stage in self.MINUTES_PUBLIC_STAGES

    @property
    def is_public(self) -> bool:
        return self.stage != self.Stage.DRAFT

    def printed(self, person: Person | None):
        """`person` as these minutes print them: once confirmed, as on the day."""
        from minutes.printed_names import printed_person

        return printed_person(self, person)

    @property
    def printed_committee_name(self) -> str:
        """The committee's name as these minutes print it: once confirmed, as on the day."""
        from minutes.printed_names import printed_committee_name

        return printed_committee_name(self)

    @property
    def is_locked(self) -> bool:
        """Confirmed minutes are the legal record: a change is a logged correction."""
        return self.stage == self.Stage.CONFIRMED

    @property
    def own_corrections(self):
        """Corrections to the meeting's details or attendance, rather than to an item."""
        return self.corrections.filter(item__isnull=True).order_by("made_at")

    @property
    def has_started(self) -> bool:
        """Whether the meeting has begun: its minutes may be published from then on."""
        return self.starts_at <= timezone.now()

    def confirmation_refusal(
        self, confirmed_at: Meeting, confirmed_on: datetime.date | None = None
    ) -> tuple[str, str, str] | None:
        """Why `confirmed_at` cannot approve these minutes, signed on `confirmed_on`, or None.

        The calendar's rules in one place, for the confirm form and confirm_minutes: the
        minutes are confirmed at a later meeting of the same committee that has taken place,
        and signed on or after that meeting's date but not in the future. The answer is
        (field, message, code).
        """
        when = f"{confirmed_at.date:%-d %B %Y}"
        if confirmed_at.pk == self.pk:
            return ("confirmed_at", "A meeting cannot confirm its own minutes.", "self_confirm")
        if confirmed_at.committee_id != self.committee_id:
            return (
                "confirmed_at",
                f"Minutes are confirmed by a later meeting of the same committee "
                f"({self.committee}).",
                "other_committee",
            )
        if confirmed_at.starts_at <= self.starts_at:
            return (
                "confirmed_at",
                "Minutes are confirmed at a later meeting: choose one after this one.",
                "not_later",
            )
        if confirmed_at.is_cancelled:
            return (
                "confirmed_at",
                "That meeting was cancelled, so it cannot have approved the minutes.",
                "cancelled_confirmer",
            )
        if not confirmed_at.has_started:
            return (
                "confirmed_at",
                f"The meeting of {when} has not taken place yet: minutes are confirmed at a "
                "meeting that has been held.",
                "confirmer_not_held",
            )
        if confirmed_on is not None and confirmed_on < confirmed_at.date:
            return (
                "confirmed_on",
                f"The minutes are signed at or after the meeting that approved them: enter "
                f"{when} or a later date.",
                "signed_too_early",
            )
        if confirmed_on is not None and confirmed_on > timezone.localdate():
            return ("confirmed_on", "The date signed cannot be in the future.", "signed_in_future")
        return None


class AgendaItemQuerySet(models.QuerySet):
    def public(self):
        """Items the public may see listed (number, title, and reason when exempt)."""
        return self.exclude(meeting__stage=Meeting.Stage.DRAFT)

    def with_public_minutes(self):
        """Items whose minutes, points, decisions and actions the public may read."""
        return self.filter(meeting__stage__in=Meeting.MINUTES_PUBLIC_STAGES, is_exempt=False)


# A point, decision or declaration in public minutes, as joins through its item rather than
# `item__in` a subquery of public items: the planner can then start from the meetings' date
# index (search's newest matches) or from one speaker's points (a person's page).
OF_PUBLIC_MINUTES = Q(item__is_exempt=False, item__meeting__stage__in=Meeting.MINUTES_PUBLIC_STAGES)


# An item's number as printed (3, 3a, 10.1): it is part of the item's address, so only what
# an address can carry. The URL converter and the clerks' forms read the same pattern.
ITEM_NUMBER_PATTERN = r"[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*"
ITEM_NUMBER_MESSAGE = "An item number is letters and digits, e.g. 3, 3a or 10.1."


class AgendaItem(models.Model):
    """A numbered item on a meeting's agenda, and its minute."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    number = models.CharField(
        max_length=ITEM_NUMBER_LENGTH,
        help_text='As printed on the agenda, e.g. "3" or "3a".',
        validators=[
            RegexValidator(rf"^{ITEM_NUMBER_PATTERN}\Z", ITEM_NUMBER_MESSAGE, code="bad_number")
        ],
    )
    position = models.PositiveIntegerField(help_text="Order on the agenda.")
    title = models.CharField(max_length=300)
    minute_text = models.TextField(
        "minutes",
        blank=True,
        help_text=(
            'Start a section with a line "## Heading". Leave a blank line between paragraphs. '
            'Start a bulleted line with "- ".'
        ),
    )
    introduced_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="items_introduced"
    )
    is_exempt = models.BooleanField(
        "exempt", default=False, help_text="Confidential: its minutes are withheld from the public."
    )
    exempt_reason = models.CharField(
        max_length=300,
        blank=True,
        help_text="Shown to the public, e.g. Paragraph 3 of Schedule 12A (financial affairs).",
    )
    search_vector = search_vector_field()

    history = record_history(excluded_fields=["search_vector"])
    objects = AgendaItemQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "number"],
                name="item_unique_number",
                violation_error_message="This meeting already has an item with this number.",
            ),
            models.UniqueConstraint(
                fields=["meeting", "position"],
                name="item_unique_position",
                violation_error_message="Two items cannot share a place on the agenda.",
            ),
            models.CheckConstraint(
                condition=Q(is_exempt=False) | ~Q(exempt_reason=""),
                name="item_exempt_has_reason",
                violation_error_message="Give the reason an exempt item is withheld.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def get_absolute_url(self) -> str:
        return address(
            "item_detail",
            committee=self.meeting.committee.slug,
            meeting=self.meeting.slug,
            number=self.number,
        )

    @property
    def sections(self) -> list[Section]:
        return parse_sections(self.minute_text)

    @property
    def minutes_public(self) -> bool:
        return self.meeting.minutes_public and not self.is_exempt


def report_file_name(instance: Report, filename: str) -> str:
    """Where an uploaded report is stored: a generated name, never the uploaded one."""
    return stored_name(filename, folder=f"reports/{timezone.now():%Y}")


class DocumentFieldFile(FieldFile):
    """A report's file, whose address is the document view's, never the storage's.

    So wherever a file's url is shown (the admin's "Currently:" link included) it leads
    through the publication rules.
    """

    @property
    def url(self) -> str:
        return self.instance.href


class DocumentFileField(models.FileField):
    attr_class = DocumentFieldFile


class ReportQuerySet(models.QuerySet):
    def public(self):
        """Reports the public may open: of a meeting past draft, never of an exempt item."""
        return self.filter(item__in=AgendaItem.objects.public(), item__is_exempt=False)

    def visible_to(self, user):
        """Clerks open every report; everyone else, signed in or not, only the public ones."""
        from minutes.roles import is_clerk

        return self if is_clerk(user) else self.public()


class Report(models.Model):
    """A supporting document considered under an item: an uploaded file or a link.

    An uploaded file is stored under a generated name; the name it was uploaded with is kept
    for display and as the download's file name. It is only ever served through the
    document view, which applies the publication rules.
    """

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="reports")
    position = models.PositiveIntegerField(default=0)
    title = models.CharField(max_length=300)
    presenter = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports_presented"
    )
    file = DocumentFileField(
        upload_to=report_file_name, blank=True, max_length=200, validators=[validate_upload]
    )
    original_name = models.CharField(
        max_length=255, blank=True, editable=False, help_text="The file's name as uploaded."
    )
    content_type = models.CharField(
        max_length=100, blank=True, editable=False, help_text="The type it was checked as."
    )
    size = models.PositiveBigIntegerField(null=True, blank=True, editable=False)
    url = models.URLField("link", blank=True, max_length=500)
    search_vector = search_vector_field()

    # A report is part of the minutes: a correction to it is kept, with its reason.
    history = record_history(excluded_fields=["search_vector"])
    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["item", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(file="") | ~Q(url=""),
                name="report_has_file_or_link",
                violation_error_message="Upload a file or give a link.",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            self.describe_file(self.file.name, self.file.size)
        super().save(*args, **kwargs)

    def describe_file(self, original_name: str, size: int | None) -> None:
        """Note what a newly attached file was called, its type and its size."""
        self.original_name = original_name.replace("\\", "/").rsplit("/", 1)[-1][:255]
        self.content_type = content_type_for(self.original_name)
        self.size = size

    @property
    def file_name(self) -> str:
        """The name to show and download the file as."""
        return self.original_name or self.file.name.rsplit("/", 1)[-1]

    @property
    def href(self) -> str:
        if not self.file:
            return self.url
        if self.pk is None:
            return ""
        return address("document", pk=self.pk, file_name=self.file_name)

    @property
    def file_description(self) -> str:
        """What each link to the file says of it, e.g. "PDF, 102 KB"."""
        return describe(self.file_name, self.size) if self.file else ""


class DiscussionPoint(models.Model):
    """One point of the discussion under an item, in order."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="discussion_points")
    position = models.PositiveIntegerField(help_text="Its place in the discussion: 1, 2, 3...")
    topic = models.CharField(max_length=200, blank=True, help_text="e.g. Shared Services.")
    text = models.TextField()
    speakers = models.ManyToManyField(Person, blank=True, related_name="points_spoken_to")
    search_vector = search_vector_field()

    history = record_history(m2m_fields=[speakers], excluded_fields=["search_vector"])

    class Meta:
        ordering = ["item", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "position"],
                name="point_unique_position",
                violation_error_message="Two points of one item cannot share a place.",
            ),
        ]

    def __str__(self) -> str:
        return self.topic or self.text[:60]

    def get_absolute_url(self) -> str:
        return f"{self.item.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"point-{self.position}"


class Decision(models.Model):
    """What the committee resolved under an item."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="decisions")
    position = models.PositiveIntegerField()
    text = models.TextField(help_text="e.g. RESOLVED that the report be noted.")
    search_vector = search_vector_field()

    history = record_history(excluded_fields=["search_vector"])

    class Meta:
        ordering = ["item", "position"]
        constraints = [
            models.UniqueConstraint(fields=["item", "position"], name="decision_unique_position"),
        ]

    def __str__(self) -> str:
        return self.text[:80]


class Attendance(models.Model):
    """Who was at a meeting, and how."""

    class Kind(models.TextChoices):
        PRESENT = "present", "Present"
        APOLOGIES = "apologies", "Apologies"
        SUBSTITUTE = "substitute", "Substitute"
        ABSENT = "absent", "Absent"
        IN_ATTENDANCE = "in_attendance", "In attendance"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendances")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PRESENT)
    substitute_for = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="substituted_by",
        help_text="For a substitute: the member they stood in for.",
    )

    # Attendance is part of the minutes: a correction to it is kept, with its reason.
    history = record_history()

    class Meta:
        ordering = ["meeting", "kind", "person__name"]
        verbose_name_plural = "attendance"
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "person"],
                name="attendance_once_per_meeting",
                violation_error_message="This person is already on the register.",
            ),
            models.CheckConstraint(
                condition=Q(
                    kind__in=["present", "apologies", "substitute", "absent", "in_attendance"]
                ),
                name="attendance_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_kind_display()}"


class DeclarationOfInterest(models.Model):
    """A person's declared interest in an item."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="declarations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="declarations")
    nature = models.CharField(
        max_length=500, help_text="e.g. Non-pecuniary: a trustee of the applicant charity."
    )

    # Part of the minutes: a correction to it is kept, with its reason.
    history = record_history()

    class Meta:
        ordering = ["item", "person__name"]
        verbose_name = "declaration of interest"
        verbose_name_plural = "declarations of interest"

    def __str__(self) -> str:
        return f"{self.person}: {self.nature}"


class Correction(models.Model):
    """A logged change to confirmed minutes, with its reason; shown publicly.

    A correction belongs to a meeting; one made to an item's minutes names the item too,
    and one to the meeting's own details or its attendance names no item.
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="corrections")
    item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.PROTECT, related_name="corrections"
    )
    made_at = models.DateTimeField(default=timezone.now)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(help_text="e.g. The spelling of Cllr Fleming's name was corrected.")

    class Meta:
        ordering = ["meeting", "made_at"]

    def __str__(self) -> str:
        return f"Correction to {self.item or self.meeting} on {timezone.localdate(self.made_at)}"

    def save(self, *args, **kwargs):
        # A correction to an item is a correction to its meeting's minutes.
        if self.meeting_id is None and self.item_id is not None:
            self.meeting_id = self.item.meeting_id
        super().save(*args, **kwargs)


# Following a committee by email lives in its own module; its models belong to this app.
from minutes.subscriptions import AlertSent, Subscription  # noqa: E402, F401


class CommandLock(models.Model):
    """One row per scheduled command: held by one run at a time, on any server.

    See minutes.locks.exclusive_run: a run takes the lock with a single conditional UPDATE,
    so two runs started at the same moment on two servers cannot both hold it. A run that
    dies without letting go holds it only until it expires.
    """

    name = models.CharField(max_length=100, primary_key=True)
    holder = models.CharField(max_length=100, blank=True)
    expires_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.name
