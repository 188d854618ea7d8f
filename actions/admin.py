"""The admin for actions: the whole log, filtered and searchable, status editable in the list.

A status change made here is still an update with a note in the action's history,
never a silent flag flip: save_model routes it through Action.record_update.
"""

from django import forms
from django.contrib import admin
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from actions.forms import move_refusal
from actions.models import Action, ActionUpdate
from minutes.admin import BoundedSearch, refuse_confirmed_meeting
from minutes.models import Committee

# What the minute says of an action: fixed once the minutes are confirmed.
SOURCE_FIELDS = ["item", "discussion_point", "description"]


class OverdueFilter(admin.SimpleListFilter):
    title = "overdue"
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", "Overdue"), ("no", "Not overdue")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.overdue()
        if self.value() == "no":
            return queryset.exclude(pk__in=Action.objects.overdue().values("pk"))
        return queryset


class CommitteeFilter(admin.SimpleListFilter):
    title = "committee"
    parameter_name = "committee"

    def lookups(self, request, model_admin):
        return Committee.objects.values_list("slug", "name")

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(item__meeting__committee__slug=self.value())
        return queryset


class ActionUpdateInline(admin.TabularInline):
    model = ActionUpdate
    extra = 0
    fields = ["created_at", "author", "status_before", "status_after", "note", "meeting"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class ActionAdminForm(forms.ModelForm):
    """Status moves here follow the same rules as on the action's page."""

    class Meta:
        model = Action
        fields = "__all__"  # noqa: DJ007 -- the admin narrows it to its own field list

    def clean_item(self):
        """Confirmed minutes raise no new actions: adding one is a correction."""
        item = self.cleaned_data["item"]
        if item is not None and item.pk != self.instance.item_id:
            refuse_confirmed_meeting(item.meeting)
        return item

    def clean_status(self):
        status = self.cleaned_data["status"]
        if self.instance.pk and "status" in self.changed_data:
            refusal = move_refusal(self.instance.__class__.objects.get(pk=self.instance.pk), status)
            if refusal:
                raise forms.ValidationError(refusal, code="move_not_allowed")
        return status


@admin.register(Action)
class ActionAdmin(BoundedSearch, SimpleHistoryAdmin):
    form = ActionAdminForm
    list_display = ["reference", "description", "owner_name", "due_on", "status", "source"]
    list_display_links = ["reference"]
    list_editable = ["status"]
    list_filter = [
        CommitteeFilter,
        "status",
        OverdueFilter,
        ("owner", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["owner", "item__meeting__committee"]
    search_fields = ["reference", "description", "owner__name", "owner_label", "item__title"]
    autocomplete_fields = ["item", "owner"]
    raw_id_fields = ["discussion_point"]
    readonly_fields = ["reference", "completed_at", "completed_by", "created_at", "updated_at"]
    inlines = [ActionUpdateInline]

    def get_readonly_fields(self, request, obj=None):
        """Where an action came from is part of confirmed minutes, so it stays as minuted."""
        fields = super().get_readonly_fields(request, obj)
        if obj is not None and obj.item.meeting.is_locked:
            return [*SOURCE_FIELDS, *fields]
        return fields

    def get_changelist_form(self, request, **kwargs):
        return super().get_changelist_form(request, form=ActionAdminForm, **kwargs)

    def get_actions(self, request):
        # Deleting in bulk would take actions' histories with them: withdraw instead.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def has_delete_permission(self, request, obj=None):
        """An action with a history, or in confirmed minutes, is part of the record: withdraw
        it, never delete it."""
        if obj is not None and (obj.updates.exists() or obj.item.meeting.is_locked):
            return False
        return super().has_delete_permission(request, obj)

    @admin.display(description="source", ordering="item__meeting__starts_at")
    def source(self, action):
        return f"{action.item.meeting}, item {action.item.number}"

    @admin.display(description="owner", ordering="owner__name")
    def owner_name(self, action):
        return action.owner_name

    def save_model(self, request, obj, form, change):
        if change and "status" in form.changed_data:
            new_status = obj.status
            obj.status = form.initial["status"]
            super().save_model(request, obj, form, change)
            obj.record_update(
                author=request.user,
                note=f"Status set to {Action.Status(new_status).label.lower()} "
                "in the administration pages.",
                status=new_status,
            )
            return
        if not change and obj.status == Action.Status.DONE:
            obj.completed_at, obj.completed_by = timezone.now(), request.user
        super().save_model(request, obj, form, change)
