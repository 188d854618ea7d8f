"""The Django admin for the record: a clerk can run a meeting here end to end.

Confirmed minutes are the legal record, so once a meeting is confirmed its items and
their parts become read-only here; a change after that is a logged correction, made
from the clerk's pages.
"""

from importlib import import_module

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django import forms
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.db import models
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from actions.models import Action
from minutes import printed_names
from minutes.models import (
    AgendaItem,
    Attendance,
    Committee,
    Correction,
    Decision,
    DeclarationOfInterest,
    DiscussionPoint,
    Meeting,
    Membership,
    Person,
    Report,
)
from minutes.subscriptions import Subscription

LOCKED_HELP = "Confirmed minutes are locked: correct them from the clerk's pages, with a reason."


SEARCH_LIMIT = 200


class BoundedSearch:
    """Searches at most SEARCH_LIMIT characters: SQLite refuses a longer LIKE pattern, and
    no name or title in the record is that long."""

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, search_term[:SEARCH_LIMIT])


class LockedWhenConfirmed:
    """Inline mixin: read-only once the meeting the rows belong to is confirmed."""

    def _locked(self, obj) -> bool:
        meeting = obj if isinstance(obj, Meeting) else getattr(obj, "meeting", None)
        return bool(meeting and meeting.is_locked)

    def has_add_permission(self, request, obj=None):
        return not self._locked(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not self._locked(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not self._locked(obj) and super().has_delete_permission(request, obj)


class SlugFixedOnceAdded:
    """A slug that is part of public addresses is chosen when the record is added, then kept.

    A committee's slug is in the address of every one of its meetings, confirmed minutes
    included, and a person's in their page's; those addresses are contracts (see the URL map
    in the design), so once the record exists its slug is shown but not editable.
    """

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return [*fields, "slug"] if obj is not None else fields

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj is not None else super().get_prepopulated_fields(request, obj)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person"]


@admin.register(Committee)
class CommitteeAdmin(SlugFixedOnceAdded, BoundedSearch, admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


@admin.register(Person)
class PersonAdmin(SlugFixedOnceAdded, BoundedSearch, admin.ModelAdmin):
    list_display = ["name", "honorific", "organisation", "position", "user"]
    list_select_related = ["user"]
    search_fields = ["name", "organisation", "position", "email"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["user"]


class AttendanceInline(LockedWhenConfirmed, admin.TabularInline):
    model = Attendance
    extra = 0
    autocomplete_fields = ["person", "substitute_for"]


class AgendaItemInline(LockedWhenConfirmed, admin.TabularInline):
    model = AgendaItem
    extra = 0
    fields = ["number", "position", "title", "is_exempt", "exempt_reason"]
    show_change_link = True


class MeetingAdminForm(forms.ModelForm):
    """The stage follows the calendar here as on the clerk's pages."""

    class Meta:
        model = Meeting
        fields = "__all__"  # noqa: DJ007 -- the admin narrows it to its own field list

    def clean_stage(self):
        stage = self.cleaned_data["stage"]
        if self.instance.pk and self.initial.get("stage") == Meeting.Stage.CONFIRMED:
            if stage != Meeting.Stage.CONFIRMED:
                raise forms.ValidationError(
                    "Confirmed minutes cannot go back a stage; record a correction instead.",
                    code="confirmed_is_final",
                )
        return stage

    def clean(self):
        cleaned = super().clean()
        stage, starts_at = cleaned.get("stage"), cleaned.get("starts_at")
        if stage in Meeting.MINUTES_PUBLIC_STAGES and starts_at and starts_at > timezone.now():
            self.add_error(
                "stage", "Minutes are published once the meeting has started, not before."
            )
        confirmed_at = cleaned.get("confirmed_at")
        if stage == Meeting.Stage.CONFIRMED and confirmed_at is not None and starts_at:
            self.instance.starts_at = starts_at
            self.instance.committee = cleaned.get("committee") or self.instance.committee
            refusal = self.instance.confirmation_refusal(
                confirmed_at, cleaned.get("confirmed_on") or confirmed_at.date
            )
            if refusal is not None:
                field, message, code = refusal
                self.add_error(field, forms.ValidationError(message, code=code))
        return cleaned


def refuse_confirmed_meeting(meeting: Meeting | None) -> None:
    """Nothing is added to confirmed minutes from the admin: it is a correction."""
    if meeting is not None and meeting.is_locked:
        raise forms.ValidationError(
            f"The minutes of {meeting} are confirmed. {LOCKED_HELP}", code="minutes_confirmed"
        )


@admin.register(Meeting)
class MeetingAdmin(BoundedSearch, SimpleHistoryAdmin):
    form = MeetingAdminForm
    list_display = ["__str__", "committee", "starts_at", "stage", "is_cancelled"]
    list_filter = ["committee", "stage", "is_cancelled"]
    list_select_related = ["committee"]
    date_hierarchy = "starts_at"
    search_fields = ["committee__name", "venue"]
    autocomplete_fields = ["committee", "chair", "signed_by", "confirmed_at"]
    inlines = [AgendaItemInline, AttendanceInline]

    # A confirmed meeting is shown, never changed or deleted, here: its details are part of
    # the legal record, corrected on the clerk's pages with a reason.
    def has_change_permission(self, request, obj=None):
        locked = obj is not None and obj.is_locked
        return not locked and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        locked = obj is not None and obj.is_locked
        return not locked and super().has_delete_permission(request, obj)

    def render_change_form(self, request, context, *args, obj=None, **kwargs):
        if obj and obj.is_locked:
            context["subtitle"] = LOCKED_HELP
        return super().render_change_form(request, context, *args, obj=obj, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Minutes confirmed here print names as they are today, as confirm_minutes does;
        # once the register and items are saved, so that everyone named is in it.
        meeting = form.instance
        if meeting.is_locked and meeting.printed_names is None:
            meeting.printed_names = printed_names.snapshot(meeting)
            meeting.save(update_fields=["printed_names"])


class ItemPartInline(LockedWhenConfirmed, admin.StackedInline):
    extra = 0


class ReportInline(ItemPartInline):
    model = Report
    autocomplete_fields = ["presenter"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class DiscussionPointInline(ItemPartInline):
    model = DiscussionPoint
    autocomplete_fields = ["speakers"]


class DecisionInline(ItemPartInline):
    model = Decision


class ActionInline(ItemPartInline):
    model = Action
    can_delete = False  # an action is withdrawn, never deleted: its history is the record
    fields = ["description", "discussion_point", "owner", "owner_label", "due_on", "status"]
    readonly_fields = ["status"]
    autocomplete_fields = ["owner"]
    show_change_link = True

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Offer only this item's points: an action's point must be of its own item.
        if db_field.name == "discussion_point":
            item_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = DiscussionPoint.objects.filter(item_id=item_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class DeclarationInline(ItemPartInline):
    model = DeclarationOfInterest
    autocomplete_fields = ["person"]


class AgendaItemAdminForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = "__all__"  # noqa: DJ007 -- the admin narrows it to its own field list

    def clean_meeting(self):
        meeting = self.cleaned_data["meeting"]
        if meeting is not None and meeting.pk != self.instance.meeting_id:
            refuse_confirmed_meeting(meeting)
        return meeting


@admin.register(AgendaItem)
class AgendaItemAdmin(BoundedSearch, SimpleHistoryAdmin):
    form = AgendaItemAdminForm
    list_display = ["__str__", "meeting", "is_exempt"]
    list_filter = ["meeting__committee", "is_exempt", "meeting__stage"]
    list_select_related = ["meeting__committee"]
    search_fields = ["title", "minute_text", "meeting__committee__name"]
    autocomplete_fields = ["meeting", "introduced_by"]
    inlines = [
        ReportInline,
        DiscussionPointInline,
        DecisionInline,
        ActionInline,
        DeclarationInline,
    ]

    def has_change_permission(self, request, obj=None):
        locked = obj is not None and obj.meeting.is_locked
        return not locked and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        locked = obj is not None and obj.meeting.is_locked
        return not locked and super().has_delete_permission(request, obj)

    def render_change_form(self, request, context, *args, obj=None, **kwargs):
        if obj and obj.meeting.is_locked:
            context["subtitle"] = LOCKED_HELP
        return super().render_change_form(request, context, *args, obj=obj, **kwargs)


@admin.register(DiscussionPoint)
class DiscussionPointAdmin(BoundedSearch, admin.ModelAdmin):
    """Registered for autocomplete and search; points are edited under their item."""

    list_display = ["__str__", "item"]
    list_select_related = ["item__meeting__committee"]
    search_fields = ["topic", "text"]

    def has_module_permission(self, request):
        return False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        locked = obj is not None and obj.item.meeting.is_locked
        return not locked and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        locked = obj is not None and obj.item.meeting.is_locked
        return not locked and super().has_delete_permission(request, obj)


@admin.register(Correction)
class CorrectionAdmin(BoundedSearch, admin.ModelAdmin):
    """The log of corrections to confirmed minutes: read-only, it is the audit trail."""

    list_display = ["meeting", "item", "made_at", "made_by", "reason"]
    list_select_related = ["meeting__committee", "item__meeting__committee", "made_by"]
    readonly_fields = ["meeting", "item", "made_at", "made_by", "reason"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    """Addresses following a committee: a clerk may look one up and remove it, not add one
    (only the address's owner can, through the confirmation link)."""

    list_display = ["email", "committee", "created_at", "confirmed_at"]
    list_filter = ["committee", ("confirmed_at", admin.EmptyFieldListFilter)]
    list_select_related = ["committee"]
    search_fields = ["email"]
    readonly_fields = ["committee", "email", "created_at", "confirmation_sent_at", "confirmed_at"]

    def has_add_permission(self, request):
        return False


# The sign-ins' own lists, and the sign-in logs, searched within the same bound. Their admin
# modules register them when imported, so they are imported here first.
import_module("django.contrib.auth.admin")
import_module("axes.admin")
for model in [User, Group, AccessAttempt, AccessLog, AccessFailureLog]:
    model_admin = type(admin.site._registry[model])
    admin.site.unregister(model)
    admin.site.register(model, type(model_admin.__name__, (BoundedSearch, model_admin), {}))
