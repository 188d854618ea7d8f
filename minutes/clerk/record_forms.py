"""Forms of the minute-taking page: an item's minute, and the rows saved with it (points,
decisions, actions, reports, declarations), each carrying its GOV.UK layout."""

from __future__ import annotations

from crispy_forms_gds.layout import Field, Fixed, Fluid, Size
from django import forms
from django.core import signing
from django.core.files.storage import default_storage
from django.db.models import Q

from actions.models import Action
from minutes.clerk.fields import DateField, inline_helper, people_choices
from minutes.models import (
    AgendaItem,
    Attendance,
    Decision,
    DeclarationOfInterest,
    DiscussionPoint,
    Membership,
    Person,
    Report,
)
from minutes.uploads import ACCEPT_ATTRIBUTE

KEPT_UPLOAD_SALT = "minutes.clerk.kept-upload"
MINUTE_TEXT_HINT = (
    "Write the minute as plain text. Start a section with a line such as “## Cyber Security”. "
    "Leave a blank line between paragraphs. Start each line of a bulleted list with “- ”. "
    "Nothing else is formatting: what you type is shown as typed."
)


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
    owner_email = forms.EmailField(
        label="Owner’s email",
        required=False,
        max_length=254,
        help_text=(
            "Optional, for a person chosen above who has no email address on record, so that "
            "they can be reminded of the action. An address already on record is never replaced."
        ),
        error_messages={"invalid": "Enter the owner’s email address like name@council.gov.uk."},
        widget=forms.EmailInput(attrs={"spellcheck": "false", "autocomplete": "off"}),
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
            Field.text("owner_email", field_width=Fluid.ONE_HALF),
            Field.text("owner_label", field_width=Fluid.ONE_HALF),
            Field("due_on"),
            Field.select("point"),
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("owner") and (cleaned.get("owner_label") or "").strip():
            self.add_error("owner_label", "Choose a person or type who owns it, not both.")
        self._check_owner_email(cleaned.get("owner"), (cleaned.get("owner_email") or "").strip())
        return cleaned

    def _check_owner_email(self, owner, email: str) -> None:
        if not email:
            return
        if owner is None:
            self.add_error(
                "owner_email", "Choose the person who owns the action, or leave their email empty."
            )
        elif owner.email and owner.email.lower() != email.lower():
            self.add_error(
                "owner_email",
                f"{owner.full_name} already has an email address on record, which is not "
                "replaced here. Leave this box empty, or change the address in the admin.",
            )

    def has_changed(self) -> bool:
        """An email given for a saved action's owner changes the person, not the action (nor,
        once confirmed, the minutes); on a new row it counts, so that it is checked."""
        if self.instance.pk:
            return any(name != "owner_email" for name in self.changed_data)
        return super().has_changed()

    def email_for_owner(self) -> tuple[Person, str] | None:
        """The owner, and the email address to keep on them, when they have none yet."""
        owner = self.cleaned_data.get("owner")
        email = (self.cleaned_data.get("owner_email") or "").strip()
        if owner is None or not email or owner.email:
            return None
        return owner, email


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
