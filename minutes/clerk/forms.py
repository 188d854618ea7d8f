"""Forms for the clerks' pages, each carrying its GOV.UK layout in its own FormHelper."""

from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata

from crispy_forms_gds.fields import DateInputField
from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Fixed, Fluid, Layout, Size, Submit
from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.html import conditional_escape

from actions.models import Action
from minutes.importing import ParsedMinute, missing_sentences, parse_minute
from minutes.models import (
    AgendaItem,
    Attendance,
    Decision,
    DeclarationOfInterest,
    DiscussionPoint,
    Meeting,
    Membership,
    Person,
    Report,
)
from minutes.uploads import ACCEPT_ATTRIBUTE, validate_upload

ITEM_NUMBER = re.compile(r"^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$")
KEPT_UPLOAD_SALT = "minutes.clerk.kept-upload"
TIME_FORMATS = ["%H:%M", "%H.%M", "%H:%M:%S"]
MINUTE_TEXT_HINT = (
    "Write the minute as plain text. Start a section with a line such as “## Cyber Security”. "
    "Leave a blank line between paragraphs. Start each line of a bulleted list with “- ”. "
    "Nothing else is formatting: what you type is shown as typed."
)


def inline_helper(*fields, **kwargs) -> FormHelper:
    """A helper for a form drawn inside a larger <form>: no tag, no second CSRF token.

    Unmentioned fields (a formset row's hidden id and its Remove box) are still drawn.
    """
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    helper.render_unmentioned_fields = True
    helper.render_hidden_fields = True
    helper.layout = Layout(*fields)
    for name, value in kwargs.items():
        setattr(helper, name, value)
    return helper


def people_choices():
    return Person.objects.order_by("name", "honorific")


def time_field(label: str, *, required: bool = True, help_text: str = "") -> forms.TimeField:
    return forms.TimeField(
        label=label,
        required=required,
        input_formats=TIME_FORMATS,
        widget=forms.TimeInput(format="%H:%M"),
        help_text=help_text or "Use the 24-hour clock, for example 11:00 or 14:30.",
        error_messages={
            # Named, so that the error summary says which time is missing.
            "required": f"Enter the {label.lower()}, for example 11:00 or 14:30.",
            "invalid": "Enter a time such as 11:00 or 14:30.",
        },
    )


class DateField(DateInputField):
    """The GOV.UK day/month/year date input, with messages that say which date is wrong.

    Whatever is typed in the boxes (letters, a minus sign, a decimal point, a number too big
    for any calendar) is refused with a message; full-width digits are read as digits.
    """

    EARLIEST_YEAR, LATEST_YEAR = 1900, 2100

    def __init__(self, *, label: str, required: bool = True, help_text: str = ""):
        super().__init__(label=label, required=required, help_text=help_text)
        self.require_all_fields = False
        for sub in self.fields:
            sub.required = False
        self.error_messages["required"] = f"Enter the {label.lower()}"
        self.error_messages["incomplete"] = f"Enter the {label.lower()} as day, month and year"
        self.error_messages["invalid"] = (
            f"Enter a real {label.lower()} in numbers, for example 17 1 2019"
        )
        self.error_messages["year"] = (
            f"Enter the year of the {label.lower()} in full, between {self.EARLIEST_YEAR} "
            f"and {self.LATEST_YEAR}"
        )

    def clean(self, value):
        if not isinstance(value, list | tuple):
            value = self.widget.decompress(value) if self.disabled else []
        parts = [unicodedata.normalize("NFKC", str(part or "")).strip() for part in value[:3]]
        parts += [""] * (3 - len(parts))
        if not any(parts):
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return None
        if not all(parts):
            raise ValidationError(self.error_messages["incomplete"], code="incomplete")
        if not all(part.isascii() and part.isdigit() and len(part) <= 4 for part in parts):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        day, month, year = (int(part) for part in parts)
        if not self.EARLIEST_YEAR <= year <= self.LATEST_YEAR:
            raise ValidationError(self.error_messages["year"], code="year")
        try:
            date = datetime.date(year, month, day)
        except ValueError as error:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from error
        self.run_validators(date)
        return date


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
        self.fields["chair"].help_text = "Who chaired, or will chair, the meeting."
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
            Field.text("start_time", field_width=Fixed.FIVE),
            Field.text("ends_at", field_width=Fixed.FIVE),
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


# --- Attendance ------------------------------------------------------------------------------

NOT_RECORDED = ""


class RegisterRowForm(forms.Form):
    """One member of the committee on the register: how they attended."""

    KINDS = [
        (NOT_RECORDED, "Not recorded"),
        (Attendance.Kind.PRESENT, "Present"),
        (Attendance.Kind.APOLOGIES, "Apologies"),
        (Attendance.Kind.SUBSTITUTE, "Substitute"),
        (Attendance.Kind.ABSENT, "Absent"),
    ]

    kind = forms.ChoiceField(choices=KINDS, required=False, widget=forms.RadioSelect)
    substitute_for = forms.ModelChoiceField(
        label="Substitute for",
        queryset=Person.objects.none(),
        required=False,
        empty_label="Choose the member they stood in for",
    )

    def __init__(self, *args, members, person: Person, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person
        self.fields["substitute_for"].queryset = members.exclude(pk=person.pk)
        # The template pack prints labels unescaped; a name is user text.
        self.fields["kind"].label = conditional_escape(person.full_name)
        # Each row's list is named for its member, so a screen reader says whose it is.
        self.fields["substitute_for"].label = conditional_escape(
            f"{person.full_name}: substitute for"
        )
        self.helper = inline_helper(
            Field.radios("kind", inline=True, small=True, legend_size=Size.SMALL),
            Field.select("substitute_for"),
        )

    def clean(self):
        cleaned = super().clean()
        kind, stood_in_for = cleaned.get("kind"), cleaned.get("substitute_for")
        if kind == Attendance.Kind.SUBSTITUTE and stood_in_for is None:
            self.add_error("substitute_for", "Choose the member they stood in for.")
        elif kind != Attendance.Kind.SUBSTITUTE and stood_in_for is not None:
            self.add_error("substitute_for", "Only a substitute stands in for someone.")
        return cleaned


class InAttendanceForm(forms.Form):
    """An officer or guest in attendance: an existing person, or a new one by name."""

    person = forms.ModelChoiceField(
        label="Person",
        queryset=Person.objects.none(),
        required=False,
        empty_label="Choose someone already known",
    )
    new_name = forms.CharField(
        label="Or a new person’s name",
        required=False,
        max_length=200,
        help_text="e.g. Cllr Jane Smith, or Dr Alan Ng",
    )
    new_position = forms.CharField(
        label="Their position", required=False, max_length=200, help_text="e.g. Head of Finance"
    )
    new_organisation = forms.CharField(label="Their organisation", required=False, max_length=200)
    remove = forms.BooleanField(label="Remove from the register", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people_choices()
        self.helper = inline_helper(
            Field.select("person"),
            Field.text("new_name", field_width=Fluid.TWO_THIRDS),
            Field.text("new_position", field_width=Fluid.TWO_THIRDS),
            Field.text("new_organisation", field_width=Fluid.TWO_THIRDS),
            Field.checkbox("remove", small=True),
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("person") and cleaned.get("new_name"):
            self.add_error("new_name", "Choose someone already known or type a new name, not both.")
        if (cleaned.get("new_position") or cleaned.get("new_organisation")) and not (
            cleaned.get("new_name")
        ):
            self.add_error("new_name", "Type the new person’s name.")
        return cleaned

    @property
    def is_blank(self) -> bool:
        return not (self.cleaned_data.get("person") or self.cleaned_data.get("new_name"))


InAttendanceFormSet = forms.formset_factory(InAttendanceForm, extra=2)


class NewPersonForm(forms.Form):
    """Someone not yet known to the record, added without leaving the page."""

    name = forms.CharField(
        label="Name", required=False, max_length=200, help_text="e.g. Cllr Peter Fleming"
    )
    position = forms.CharField(label="Position", required=False, max_length=200)
    organisation = forms.CharField(label="Organisation", required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = inline_helper(
            Field.text("name", field_width=Fluid.TWO_THIRDS),
            Field.text("position", field_width=Fluid.TWO_THIRDS),
            Field.text("organisation", field_width=Fluid.TWO_THIRDS),
        )

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("position") or cleaned.get("organisation")) and not cleaned.get("name"):
            self.add_error("name", "Type the person’s name.")
        return cleaned


NewPeopleFormSet = forms.formset_factory(NewPersonForm, extra=1)

HONORIFICS = (
    "Cllr",
    "Councillor",
    "Dame",
    "Sir",
    "Dr",
    "Lord",
    "Baroness",
    "Prof",
    "Professor",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
)


def split_honorific(full_name: str) -> tuple[str, str]:
    """'Cllr Jane Smith' → ('Cllr', 'Jane Smith'): the record keeps the honorific apart."""
    first, _, rest = full_name.strip().partition(" ")
    if rest and first.rstrip(".") in HONORIFICS:
        return first.rstrip("."), rest.strip()
    return "", full_name.strip()


def find_or_create_person(full_name: str, *, position: str = "", organisation: str = "") -> Person:
    """The known person of exactly this name, or a new one; never a silent duplicate."""
    honorific, name = split_honorific(full_name)
    existing = Person.objects.filter(name__iexact=name, honorific__iexact=honorific).first()
    if existing:
        return existing
    return Person.objects.create(
        honorific=honorific, name=name, position=position, organisation=organisation
    )


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


def stamp_history(obj, user, reason: str) -> None:
    """Name who changed a record, and why, on the history row its next save writes."""
    if user is not None and user.is_authenticated:
        obj._history_user = user
    if reason:
        obj._change_reason = f"Correction: {reason}"


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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = inline_helper(Field.textarea("reason", rows=3, label_size=Size.SMALL))

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


# --- Minute-taking ---------------------------------------------------------------------------


class ItemMinuteForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["introduced_by", "minute_text"]
        help_texts = {"minute_text": MINUTE_TEXT_HINT}
        widgets = {"minute_text": forms.Textarea(attrs={"rows": 14})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["introduced_by"].queryset = people_choices()
        self.fields["introduced_by"].empty_label = "No one named"
        self.helper = inline_helper(
            Field.select("introduced_by"),
            Field.textarea("minute_text", rows=14, label_size=Size.MEDIUM),
        )


class PointForm(forms.ModelForm):
    position = forms.IntegerField(
        label="Point number",
        min_value=1,
        required=False,
        help_text="Actions refer to a point by this number.",
        error_messages={"invalid": "Enter the point’s number, e.g. 2."},
        # A text input with a numeric keypad: the GOV.UK pattern for whole numbers.
        widget=forms.TextInput(attrs={"data-point-number": "", "inputmode": "numeric"}),
    )

    class Meta:
        model = DiscussionPoint
        fields = ["position", "topic", "text", "speakers"]
        labels = {"text": "What was said", "speakers": "Who spoke to it"}
        widgets = {
            "text": forms.Textarea(attrs={"rows": 4}),
            "speakers": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, speakers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["speakers"].queryset = speakers
        self.fields[
            "speakers"
        ].help_text = "People on this meeting’s register. Someone missing? Add them below."
        self.fields["text"].error_messages["required"] = "Write what was said on this point."
        self.helper = inline_helper(
            Field.text("position", field_width=Fixed.THREE),
            Field.text("topic", field_width=Fluid.TWO_THIRDS),
            Field.textarea("text", rows=4),
            Field.checkboxes("speakers", small=True),
        )

    def clean(self):
        cleaned = super().clean()
        if self.has_changed() and not self.cleaned_data.get("position"):
            self.add_error("position", "Give the point a number, e.g. 1.")
        return cleaned


class DecisionForm(forms.ModelForm):
    class Meta:
        model = Decision
        fields = ["text"]
        labels = {"text": "Resolved"}
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].error_messages["required"] = "Write what was resolved."
        self.helper = inline_helper(Field.textarea("text", rows=3))


class ActionForm(forms.ModelForm):
    point = forms.IntegerField(
        label="Arising from",
        required=False,
        help_text="The whole item, or one of the discussion points above, by its number.",
        widget=forms.Select(attrs={"data-point-choice": ""}),
    )
    due_on = DateField(label="Due date", required=False, help_text="For example, 28 2 2019")

    class Meta:
        model = Action
        fields = ["description", "owner", "owner_label", "due_on"]
        labels = {"owner": "Owner", "owner_label": "Or an owner who is not one person"}
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, point_numbers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = people_choices()
        self.fields["owner"].empty_label = "Choose a person"
        self.fields["description"].error_messages["required"] = "Describe what must be done."
        self.fields["point"].widget.choices = [("", "The whole item")] + [
            (number, f"Point {number}") for number in point_numbers
        ]
        point = self.instance.discussion_point if self.instance.discussion_point_id else None
        if point is not None:
            self.initial.setdefault("point", point.position)
        self.helper = inline_helper(
            Field.textarea("description", rows=3),
            Field.select("owner"),
            Field.text("owner_label", field_width=Fluid.ONE_HALF),
            Field("due_on"),
            Field.select("point"),
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("owner") and (cleaned.get("owner_label") or "").strip():
            self.add_error("owner_label", "Choose a person or type who owns it, not both.")
        return cleaned


class ReportForm(forms.ModelForm):
    kept_file = forms.CharField(required=False, widget=forms.HiddenInput)
    url = forms.URLField(
        label="Or a link to it", required=False, max_length=500, assume_scheme="https"
    )

    class Meta:
        model = Report
        fields = ["title", "presenter", "file", "url"]
        labels = {"file": "Upload a file", "url": "Or a link to it"}
        widgets = {"file": forms.FileInput(attrs={"accept": ACCEPT_ATTRIBUTE})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["presenter"].queryset = people_choices()
        self.fields["presenter"].empty_label = "No one named"
        self.fields["title"].error_messages["required"] = "Give the report a title."
        self.fields[
            "file"
        ].help_text = "PDF, Word, OpenDocument, Excel, CSV or plain text; 20 MB at most."
        self.fields["url"].error_messages["invalid"] = "Enter the link in full, starting https://"
        self.helper = inline_helper(
            Field.text("title", field_width=Fluid.TWO_THIRDS),
            Field.select("presenter"),
            Field("file"),
            Field.text("url", field_width=Fluid.TWO_THIRDS),
        )

    @property
    def kept_file_name(self) -> str:
        """The name of a file uploaded on an earlier, failed attempt, if it is being kept."""
        name = kept_upload_name(self["kept_file"].value())
        return name.rsplit("/", 1)[-1] if name else ""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "content_type"):
            validate_upload(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        kept = kept_upload_name(cleaned.get("kept_file") or "")
        if kept and not self.files.get(self.add_prefix("file")):
            cleaned["file"] = kept
        has_file = bool(cleaned.get("file")) or "file" in self.errors
        if has_file and cleaned.get("url"):
            self.add_error("url", "Upload a file or give a link, not both.")
        elif not has_file and not cleaned.get("url") and "url" not in self.errors:
            self.add_error("file", "Upload a file or give a link to the report.")
        return cleaned


def kept_upload_name(token: str) -> str:
    """Unsign the storage name of a file kept from a failed attempt ('' if none or forged)."""
    if not token:
        return ""
    try:
        return signing.loads(token, salt=KEPT_UPLOAD_SALT, max_age=60 * 60 * 24)
    except signing.BadSignature:
        return ""


class DeclarationForm(forms.ModelForm):
    class Meta:
        model = DeclarationOfInterest
        fields = ["person", "nature"]
        labels = {"nature": "Nature of the interest"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people_choices()
        self.fields["person"].empty_label = "Choose who declared it"
        self.fields["person"].error_messages["required"] = "Choose who declared the interest."
        self.fields["nature"].error_messages["required"] = "Describe the interest declared."
        self.helper = inline_helper(
            Field.select("person"), Field.text("nature", field_width=Fluid.FULL)
        )


def share_choices(form, cache: dict | None) -> None:
    """Give the form's lists of people the choices already drawn for another row.

    Every row of the minute-taking page offers the same people; without this each row's
    select (and the blank row kept for JavaScript) would run its own query.
    """
    if cache is None:
        return
    for field in form.fields.values():
        if not isinstance(field, forms.ModelChoiceField) or field.widget.is_hidden:
            continue
        key = (str(field.queryset.query), field.empty_label)
        if key not in cache:
            cache[key] = list(field.choices)
        field.choices = cache[key]


class BaseRecordFormSet(forms.BaseInlineFormSet):
    """An item's points, decisions, actions...: rows saved together by the minute-taking page."""

    # Set by the page to a dict shared by all its formsets: see share_choices.
    choices_cache: dict | None = None

    def kept_forms(self) -> list[forms.ModelForm]:
        """Rows that will exist after saving: not removed, and either existing or filled in.

        Safe to ask before the whole formset is valid, so that checks across formsets can
        report their errors alongside the rows' own.
        """
        return [
            form
            for form in self.forms
            if not self._is_removed(form) and (form.instance.pk or form.has_changed())
        ]

    def removed_forms(self) -> list[forms.ModelForm]:
        return [form for form in self.forms if form.instance.pk and self._is_removed(form)]

    def _is_removed(self, form) -> bool:
        return self.is_bound and hasattr(form, "cleaned_data") and self._should_delete_form(form)

    def validate_unique(self):
        """Places are checked by the page and saved in two steps, so that rows can swap."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = "Remove this row"
        share_choices(form, self.choices_cache)


def _record_formset(model, form, extra):
    # "Remove this row" only on rows that hold a saved record: a blank row is ignored anyway.
    return forms.inlineformset_factory(
        AgendaItem,
        model,
        form=form,
        formset=BaseRecordFormSet,
        extra=extra,
        can_delete=True,
        can_delete_extra=False,
    )


PointFormSet = _record_formset(DiscussionPoint, PointForm, extra=2)
DecisionFormSet = _record_formset(Decision, DecisionForm, extra=1)
ActionFormSet = _record_formset(Action, ActionForm, extra=2)
ReportFormSet = _record_formset(Report, ReportForm, extra=1)
DeclarationFormSet = _record_formset(DeclarationOfInterest, DeclarationForm, extra=1)


def speakers_for(item: AgendaItem):
    """Who may be chosen as a speaker: the register, the committee's members, past speakers."""
    meeting = item.meeting
    members = Membership.objects.filter(committee_id=meeting.committee_id).current(meeting.date)
    return (
        Person.objects.filter(
            Q(attendances__meeting=meeting)
            | Q(pk__in=members.values("person_id"))
            | Q(points_spoken_to__item=item)
        )
        .distinct()
        .order_by("name", "honorific")
    )


# --- Importing a minute ----------------------------------------------------------------------


def fingerprint(text: str) -> str:
    """A short digest of the pasted text: Import acts only on the text last previewed."""
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _meeting_choice_label(meeting: Meeting) -> str:
    cancelled = ", cancelled" if meeting.is_cancelled else ""
    stage = meeting.get_stage_display().lower()
    return f"{meeting.committee}, {meeting.date:%-d %B %Y} ({stage}{cancelled})"


class ImportMinuteForm(forms.Form):
    """A minute pasted from a council's minutes page, and the meeting and number it goes under."""

    meeting = forms.ModelChoiceField(
        label="Meeting",
        queryset=Meeting.objects.none(),
        empty_label="Choose the meeting",
        help_text="Confirmed minutes are locked, so their meetings are not listed.",
        error_messages={
            "required": "Choose the meeting the minute belongs to.",
            "invalid_choice": "Choose a meeting from the list. Confirmed minutes are locked: "
            "an item cannot be imported into them.",
        },
    )
    number = forms.CharField(
        label="Item number",
        max_length=10,
        help_text="As printed on the agenda, e.g. 4 or 4a.",
        error_messages={
            "required": "Enter the item’s number, e.g. 4 or 4a.",
            "max_length": "An item number is at most 10 characters, e.g. 4, 4a or 10.1.",
        },
    )
    title = forms.CharField(
        label="Title",
        required=False,
        max_length=300,
        help_text="Taken from the pasted minute when you preview it; change it if you need to.",
    )
    text = forms.CharField(
        label="The minute, as copied from the council’s minutes page",
        max_length=100_000,
        widget=forms.Textarea(attrs={"rows": 18, "spellcheck": "false"}),
        help_text="Copy the whole item, from “Agenda item” to “Supporting documents”, and paste "
        "it here. Nothing is saved until you import it.",
        error_messages={
            "required": "Paste the minute, copied from the council’s minutes page.",
            "max_length": "That is too long for one item’s minute: paste one item at a time.",
        },
    )
    previewed = forms.CharField(required=False, widget=forms.HiddenInput)

    # The agenda's own rule for item numbers, so that both pages accept the same ones.
    clean_number = AgendaItemForm.clean_number

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        meeting = self.fields["meeting"]
        meeting.queryset = (
            Meeting.objects.exclude(stage=Meeting.Stage.CONFIRMED)
            .select_related("committee")
            .order_by("-starts_at")
        )
        meeting.label_from_instance = _meeting_choice_label
        self.parsed: ParsedMinute | None = None
        self.missing: list[str] = []
        self.helper = inline_helper(
            Field.select("meeting"),
            Field.text("number", field_width=Fixed.FIVE),
            Field.text("title", field_width=Fluid.FULL),
            Field.textarea("text", rows=18, label_size=Size.SMALL),
        )

    def clean(self):
        cleaned = super().clean()
        text = cleaned.get("text")
        if text:
            self.parsed = parse_minute(text)
            self.missing = missing_sentences(text, self.parsed)
            if not cleaned.get("title") and self.parsed.title:
                if len(self.parsed.title) > 300:
                    self.add_error("title", "The pasted title is too long: shorten it here.")
                else:
                    cleaned["title"] = self.parsed.title
        meeting, number = cleaned.get("meeting"), cleaned.get("number")
        if meeting and number and meeting.agenda_items.filter(number__iexact=number).exists():
            self.add_error(
                "number",
                ValidationError(
                    f"Item {number} is already on the agenda of this meeting: choose another "
                    "number, or take that item’s minutes on its own page.",
                    code="number_taken",
                ),
            )
        return cleaned

    @property
    def is_previewed(self) -> bool:
        """Whether the text now in the form is the text the clerk last saw previewed."""
        text = self.cleaned_data.get("text", "")
        return bool(text) and self.cleaned_data.get("previewed") == fingerprint(text)
