"""Forms for the clerks' pages, each carrying its GOV.UK layout in its own FormHelper."""

from __future__ import annotations

import datetime
import re
import unicodedata

from crispy_forms_gds.fields import DateInputField
from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Fixed, Fluid, Layout, Size, Submit
from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db.models import Q
from django.utils import timezone

from actions.models import Action
from minutes.history import stamp_history
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
from minutes.uploads import ACCEPT_ATTRIBUTE

ITEM_NUMBER = re.compile(r"^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$")
KEPT_UPLOAD_SALT = "minutes.clerk.kept-upload"
TIME_FORMATS = ["%H:%M", "%H.%M", "%H:%M:%S"]
TIME_BOX_CLASS = "govuk-input govuk-input--width-5"
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


def members_first(field: forms.ModelChoiceField, committee_id, on: datetime.date | None) -> None:
    """Offer the committee's members (on that day) first, then everyone else, in two groups.

    Only the list shown changes: the field still accepts anyone in its queryset.
    """
    if not committee_id:
        return
    members = Membership.objects.filter(committee_id=committee_id).current(on)
    people = list(field.queryset)
    member_ids = set(members.values_list("person_id", flat=True))
    label = field.label_from_instance
    field.choices = [
        ("", field.empty_label or "---------"),
        ("Members of the committee", [(p.pk, label(p)) for p in people if p.pk in member_ids]),
        ("Everyone else", [(p.pk, label(p)) for p in people if p.pk not in member_ids]),
    ]


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
        ].help_text = "People at this meeting. Someone missing? Add them by name below."
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


def point_label(number: int, topic: str) -> str:
    """ "Point 2: Shared Services", as the "Arising from" list offers it (static/js/formset.js
    labels the points typed on the page the same way)."""
    return f"Point {number}: {topic}" if topic else f"Point {number}"


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

    def __init__(self, *args, points=(), **kwargs):
        """`points`: (number, topic) of the item's discussion points, saved or being typed."""
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = people_choices()
        self.fields["owner"].empty_label = "Choose a person"
        self.fields["description"].error_messages["required"] = "Describe what must be done."
        self.fields["point"].widget.choices = [("", "The whole item")] + [
            (number, point_label(number, topic)) for number, topic in points
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
        kept = kept_upload(self["kept_file"].value())
        return kept[1] if kept else ""

    def clean(self):
        cleaned = super().clean()
        kept = kept_upload(cleaned.get("kept_file") or "")
        if kept and not self.files.get(self.add_prefix("file")):
            name, original_name = kept
            cleaned["file"] = name
            try:
                size = default_storage.size(name)
            except OSError:
                size = None
            self.instance.describe_file(original_name, size)
        has_file = bool(cleaned.get("file")) or "file" in self.errors
        if has_file and cleaned.get("url"):
            self.add_error("url", "Upload a file or give a link, not both.")
        elif not has_file and not cleaned.get("url") and "url" not in self.errors:
            self.add_error("file", "Upload a file or give a link to the report.")
        return cleaned


def kept_upload(token: str) -> tuple[str, str] | None:
    """Unsign the storage name and original name of a file kept from a failed attempt.

    None when there is none, or the token is forged, expired or of an older form.
    """
    if not token:
        return None
    try:
        kept = signing.loads(token, salt=KEPT_UPLOAD_SALT, max_age=60 * 60 * 24)
    except signing.BadSignature:
        return None
    if not (isinstance(kept, list) and len(kept) == 2 and all(isinstance(k, str) for k in kept)):
        return None
    return kept[0], kept[1]


def keep_upload_token(name: str, original_name: str) -> str:
    return signing.dumps([name, original_name], salt=KEPT_UPLOAD_SALT)


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


SPEAKING_KINDS = [
    Attendance.Kind.PRESENT,
    Attendance.Kind.SUBSTITUTE,
    Attendance.Kind.IN_ATTENDANCE,
]


def speakers_for(item: AgendaItem):
    """Who may be chosen as a speaker: those at the meeting (present, substituting, or in
    attendance), and anyone already recorded as speaking to this item.

    Before the register is taken, the committee's members stand in for it. Someone else is
    added by name on the same page, which puts them on the register as in attendance.
    """
    meeting = item.meeting
    if meeting.attendances.exists():
        at_meeting = Q(attendances__meeting=meeting, attendances__kind__in=SPEAKING_KINDS)
    else:
        members = Membership.objects.filter(committee_id=meeting.committee_id)
        at_meeting = Q(pk__in=members.current(meeting.date).values("person_id"))
    return (
        Person.objects.filter(at_meeting | Q(points_spoken_to__item=item))
        .distinct()
        .order_by("name", "honorific")
    )
