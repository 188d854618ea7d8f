"""Forms for the clerks' meeting and agenda pages, each carrying its GOV.UK layout in its own
FormHelper. The minute-taking page's forms are in record_forms.py, the pieces they share in
fields.py."""

from __future__ import annotations

import datetime
import re

from crispy_forms_gds.layout import Field, Fixed, Fluid, Size, Submit
from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from minutes.clerk.fields import (
    TIME_BOX_CLASS,
    DateField,
    inline_helper,
    members_first,
    people_choices,
    time_field,
)
from minutes.history import stamp_history
from minutes.models import (
    ITEM_NUMBER_PATTERN,
    AgendaItem,
    Meeting,
    Person,
)

ITEM_NUMBER = re.compile(rf"^{ITEM_NUMBER_PATTERN}\Z")


# --- Meetings --------------------------------------------------------------------------------


class MeetingForm(forms.ModelForm):
    date = DateField(label="Date", help_text="For example, 17 1 2019")
    start_time = time_field("Start time")
    ends_at = time_field("End time", required=False, help_text="Optional, e.g. 13:00.")

    class Meta:
        model = Meeting
        fields = ["committee", "venue", "chair", "is_cancelled"]
        labels = {"is_cancelled": "This meeting is cancelled"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chair"].queryset = people_choices()
        self.fields["chair"].empty_label = "No one named"
        self.fields["chair"].help_text = "Who chaired, or will chair, the meeting."
        committee = self.data.get("committee") if self.is_bound else self.instance.committee_id
        # Only a committee's id as the form would send it: a 30-digit "id" fits no column.
        plausible = str(committee or "").isdigit() and len(str(committee)) <= 18
        members_first(
            self.fields["chair"],
            committee if plausible else None,
            self.instance.date if self.instance.pk else None,
        )
        self.fields["committee"].empty_label = "Choose a committee"
        self.fields["committee"].error_messages["required"] = "Choose the committee."
        if self.instance.pk and self.instance.is_locked:
            # Confirmed: the committee and date make the meeting's address, which stays.
            self.fields["committee"].disabled = True
            self.fields["date"].disabled = True
        if self.instance.pk:
            starts = timezone.localtime(self.instance.starts_at)
            self.initial.setdefault("date", starts.date())
            self.initial.setdefault("start_time", starts.time())
            self.initial.setdefault("ends_at", self.instance.ends_at)
        self.helper = inline_helper(
            Field.select("committee"),
            Field("date"),
            # The template pack styles only the inputs it knows: a time box is given the
            # GOV.UK input's class (border, size, focus style) by name.
            Field("start_time", css_class=TIME_BOX_CLASS),
            Field("ends_at", css_class=TIME_BOX_CLASS),
            Field.text("venue", field_width=Fluid.TWO_THIRDS),
            Field.select("chair"),
            Field.checkbox("is_cancelled"),
            Submit("save", "Save meeting"),
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_time"), cleaned.get("ends_at")
        if start and end and end <= start:
            self.add_error("ends_at", "The end time must be after the start time.")
        return cleaned

    def save(self, commit=True):
        starts = datetime.datetime.combine(
            self.cleaned_data["date"], self.cleaned_data["start_time"]
        )
        self.instance.starts_at = timezone.make_aware(starts)
        self.instance.ends_at = self.cleaned_data.get("ends_at")
        return super().save(commit=commit)


class ConfirmForm(forms.Form):
    """Which later meeting approved these minutes, who signed them, and when."""

    confirmed_at = forms.ModelChoiceField(
        label="Confirmed at the meeting of",
        queryset=Meeting.objects.none(),
        empty_label="Choose the meeting",
        error_messages={
            "required": "Choose the meeting that approved the minutes.",
            "invalid_choice": "Choose a later meeting of this committee that has taken place.",
        },
    )
    signed_by = forms.ModelChoiceField(
        label="Signed by",
        queryset=Person.objects.none(),
        empty_label="Choose who signed",
        help_text="Usually the chair of the meeting that approved them.",
        error_messages={"required": "Choose who signed the minutes."},
    )
    confirmed_on = DateField(
        label="Date signed",
        required=False,
        help_text="Leave blank if signed on the day of that meeting. For example, 14 3 2019",
    )

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.meeting = meeting
        # Only later meetings that have taken place can have approved the minutes.
        later = Meeting.objects.filter(
            committee=meeting.committee,
            starts_at__gt=meeting.starts_at,
            starts_at__lte=timezone.now(),
            is_cancelled=False,
        ).order_by("starts_at")
        self.fields["confirmed_at"].queryset = later
        self.fields["confirmed_at"].label_from_instance = lambda m: f"{m.date:%-d %B %Y}"
        self.fields["signed_by"].queryset = people_choices()
        self.helper = inline_helper(
            Field.select("confirmed_at"),
            Field.select("signed_by"),
            Field("confirmed_on"),
            Submit("confirm", "Confirm the minutes"),
        )

    def clean(self):
        cleaned = super().clean()
        confirmed_at = cleaned.get("confirmed_at")
        if confirmed_at is not None and "confirmed_on" not in self.errors:
            signed = cleaned.get("confirmed_on") or confirmed_at.date
            refusal = self.meeting.confirmation_refusal(confirmed_at, signed)
            if refusal is not None:
                field, message, code = refusal
                self.add_error(field, ValidationError(message, code=code))
        return cleaned


class NewPersonForm(forms.Form):
    """Someone not yet known to the record, added without leaving the page."""

    name = forms.CharField(
        label="Name", required=False, max_length=200, help_text="e.g. Cllr Peter Fleming"
    )
    position = forms.CharField(label="Position", required=False, max_length=200)
    organisation = forms.CharField(label="Organisation", required=False, max_length=200)
    email = forms.EmailField(
        label="Email address",
        required=False,
        max_length=254,
        help_text="Optional. Used only to remind them of actions they own; never shown publicly.",
        error_messages={"invalid": "Enter an email address like name@council.gov.uk."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = inline_helper(
            Field.text("name", field_width=Fluid.TWO_THIRDS),
            Field.text("position", field_width=Fluid.TWO_THIRDS),
            Field.text("organisation", field_width=Fluid.TWO_THIRDS),
            Field.text("email", field_width=Fluid.TWO_THIRDS),
        )

    def clean(self):
        cleaned = super().clean()
        details = ("position", "organisation", "email")
        if any(cleaned.get(name) for name in details) and not cleaned.get("name"):
            self.add_error("name", "Type the person’s name.")
        return cleaned


NewPeopleFormSet = forms.formset_factory(NewPersonForm, extra=1)

# --- The agenda ------------------------------------------------------------------------------


class AgendaItemForm(forms.ModelForm):
    order = forms.IntegerField(
        label="Order",
        min_value=0,
        required=False,
        help_text="Lower numbers come first.",
        error_messages={"invalid": "Enter the order as a whole number, e.g. 3."},
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )

    class Meta:
        model = AgendaItem
        fields = ["number", "title", "is_exempt", "exempt_reason"]
        labels = {"is_exempt": "Exempt: withhold its minutes from the public"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("order", self.instance.position)
        self.fields["number"].error_messages["required"] = "Enter the item’s number, e.g. 3 or 3a."
        self.fields["title"].error_messages["required"] = "Enter the item’s title."
        self.helper = inline_helper(
            Field.text("number", field_width=Fixed.FIVE),
            Field.text("title", field_width=Fluid.FULL),
            Field.text("order", field_width=Fixed.THREE),
            Field.checkbox("is_exempt", small=True),
            Field.text("exempt_reason", field_width=Fluid.FULL),
        )

    def clean_number(self):
        number = self.cleaned_data["number"].strip().rstrip(".")
        if not ITEM_NUMBER.match(number):
            raise ValidationError(
                "An item number is letters and digits, e.g. 3, 3a or 10.1.", code="bad_number"
            )
        return number

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("is_exempt") and not (cleaned.get("exempt_reason") or "").strip():
            self.add_error(
                "exempt_reason",
                "Give the reason the item is exempt, e.g. Paragraph 3 of Schedule 12A.",
            )
        if not cleaned.get("is_exempt"):
            cleaned["exempt_reason"] = ""
            self.instance.exempt_reason = ""
        return cleaned


class BaseAgendaFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        seen: dict[str, int] = {}
        for index, form in enumerate(self.kept_forms()):
            number = form.cleaned_data.get("number")
            if not number:
                continue
            key = number.lower()
            if key in seen:
                form.add_error("number", f"Item {number} is on the agenda twice.")
            seen[key] = index
        for form in self.forms:
            item = form.instance
            if not (item.pk and self._should_delete_form(form)):
                continue
            if item.actions.exists() or item.corrections.exists():
                form.add_error(
                    "DELETE",
                    f"Item {item.number} has actions or corrections, so it cannot be removed.",
                )

    def kept_forms(self):
        return [
            form
            for form in self.forms
            if hasattr(form, "cleaned_data")
            and not self._should_delete_form(form)
            and (form.instance.pk or form.has_changed())
        ]

    def validate_unique(self):
        """Numbers are checked above; numbers and places are saved in two steps (save_agenda)."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = "Remove this item and everything minuted under it"

    def save_agenda(self, *, user, reason: str = "") -> list[AgendaItem]:
        """Save the agenda in its new order; the changed or added items are returned.

        Numbers and places are unique per meeting, so swapping two items would break the
        constraint half-way. Items that move are first parked on free places (and numbers)
        with plain updates, which write no history, then saved at their final values.
        Call inside a transaction holding the meeting's row lock.
        """
        meeting = self.instance
        for form in self.deleted_forms:
            if form.instance.pk:
                stamp_history(form.instance, user, reason)
                form.instance.delete()
        kept = self.kept_forms()
        fallback = len(kept) * 1000

        def sort_key(pair):
            index, form = pair
            order = form.cleaned_data.get("order")
            return (order if order is not None else fallback + index, index)

        ordered = [form for _, form in sorted(enumerate(kept), key=sort_key)]
        in_db = {
            pk: (position, number)
            for pk, position, number in AgendaItem.objects.filter(meeting=meeting).values_list(
                "pk", "position", "number"
            )
        }
        parking = max([p for p, _ in in_db.values()] + [len(ordered)]) + 1
        for offset, form in enumerate(ordered):
            item = form.instance
            if item.pk:
                AgendaItem.objects.filter(pk=item.pk).update(
                    position=parking + offset, number=f"~{item.pk}"
                )
        changed = []
        for place, form in enumerate(ordered, start=1):
            item = form.save(commit=False)
            item.meeting = meeting
            item.position = place
            before = in_db.get(item.pk)
            if before is None or form.has_changed() or before != (place, item.number):
                stamp_history(item, user, reason)
                item.save()
                changed.append(item)
            else:
                AgendaItem.objects.filter(pk=item.pk).update(position=place, number=item.number)
        return changed


AgendaFormSet = forms.inlineformset_factory(
    Meeting,
    AgendaItem,
    form=AgendaItemForm,
    formset=BaseAgendaFormSet,
    extra=2,
    can_delete=True,
    can_delete_extra=False,
)


class CorrectionForm(forms.Form):
    reason = forms.CharField(
        label="Reason for the correction",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=(
            "These minutes are confirmed. Any change is a correction, shown publicly with this "
            "reason, e.g. The spelling of Cllr Fleming’s name was corrected."
        ),
    )

    reprint_names = forms.BooleanField(
        label="Print these names as they now stand",
        required=False,
    )

    def __init__(self, *args, reprint: str = "", **kwargs):
        """`reprint` says whose names the box prints again (e.g. "everyone on the register");
        without it the form has no such box."""
        super().__init__(*args, **kwargs)
        layout = [Field.textarea("reason", rows=3, label_size=Size.SMALL)]
        if reprint:
            self.fields["reprint_names"].help_text = (
                f"Confirmed minutes print each name (with its honorific, organisation and "
                f"position) as it was when they were confirmed. After correcting a misspelt "
                f"name on the person's record, tick this to print {reprint} as their records "
                f"now stand."
            )
            layout.append(Field.checkbox("reprint_names", small=True))
        else:
            del self.fields["reprint_names"]
        self.helper = inline_helper(*layout)

    def reprint_asked(self) -> bool:
        """Whether the clerk asked to print the names again (itself a correction)."""
        return self.is_valid() and bool(self.cleaned_data.get("reprint_names"))

    def require_reason(self) -> bool:
        """Add an error unless a reason was given; True when one was."""
        if self.is_valid() and self.cleaned_data["reason"].strip():
            return True
        self.add_error(
            "reason",
            ValidationError(
                "These minutes are confirmed: give the reason for the correction.",
                code="reason_required",
            ),
        )
        return False
