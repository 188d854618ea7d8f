"""The import page's forms: the minutes (pasted or uploaded) and each item found in them.

`ImportMinutesForm` takes the meeting and the minutes, pasted or as a file (.docx, .txt
or a saved .html page, checked by minutes.uploads), and reads them with parse_meeting.
An uploaded file's text is put in the box, so that what Import saves is what the clerk
saw previewed. `ImportItemForm` is one row per item found: its number and title, which
the clerk may change, and whether to import it.
"""

from __future__ import annotations

import hashlib

from crispy_forms_gds.layout import Field, Size
from django import forms
from django.core.exceptions import ValidationError

from minutes.clerk.fields import inline_helper
from minutes.clerk.forms import ITEM_NUMBER
from minutes.importing import ParsedMeeting, missing_sentences, parse_meeting
from minutes.importing.readers import UnreadableFile, html_to_text, looks_like_html, read_upload
from minutes.item_numbers import ITEM_NUMBER_LENGTH
from minutes.models import Meeting
from minutes.uploads import IMPORT_ACCEPT_ATTRIBUTE, validate_import_upload

MAX_TEXT = 2_000_000  # a year of a busy committee's minutes is well under this


def fingerprint(text: str) -> str:
    """A short digest of the minutes' text: Import acts only on the text last previewed."""
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _meeting_choice_label(meeting: Meeting) -> str:
    cancelled = ", cancelled" if meeting.is_cancelled else ""
    stage = meeting.get_stage_display().lower()
    return f"{meeting.committee}, {meeting.date:%-d %B %Y} ({stage}{cancelled})"


class ImportMinutesForm(forms.Form):
    """Minutes pasted or uploaded, and the meeting their items go under."""

    meeting = forms.ModelChoiceField(
        label="Meeting",
        queryset=Meeting.objects.none(),
        empty_label="Choose the meeting",
        help_text="Confirmed minutes are locked, so their meetings are not listed.",
        error_messages={
            "required": "Choose the meeting the minutes belong to.",
            "invalid_choice": "Choose a meeting from the list. Confirmed minutes are locked: "
            "nothing can be imported into them.",
        },
    )
    upload = forms.FileField(
        label="Or upload the minutes",
        required=False,
        help_text="A Word document (.docx), a text file (.txt) or a page saved from a browser "
        "(.html). Its text is shown in the box above when you preview it.",
        widget=forms.ClearableFileInput(attrs={"accept": IMPORT_ACCEPT_ATTRIBUTE}),
    )
    text = forms.CharField(
        label="The minutes, as copied from the council’s website or a Word document",
        required=False,
        max_length=MAX_TEXT,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "spellcheck": "false"}),
        help_text="One item, or a whole meeting with its numbered items. Nothing is saved until "
        "you import it.",
        error_messages={
            "max_length": "That is too long to import at once: import one meeting at a time."
        },
    )
    previewed = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, read_as: ImportMinutesForm | None = None, **kwargs):
        """`read_as`: a form of this request that has read the same text already, whose
        reading is taken rather than made again (a megabyte takes a second to read)."""
        super().__init__(*args, **kwargs)
        self.read_as = read_as
        meeting = self.fields["meeting"]
        meeting.queryset = (
            Meeting.objects.exclude(stage=Meeting.Stage.CONFIRMED)
            .select_related("committee")
            .order_by("-starts_at")
        )
        meeting.label_from_instance = _meeting_choice_label
        self.parsed: ParsedMeeting | None = None
        self.missing: list[str] = []
        self.helper = inline_helper(
            Field.select("meeting"),
            Field.textarea("text", rows=18, label_size=Size.SMALL),
            Field("upload"),
        )

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload:
            validate_import_upload(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("upload")
        text = cleaned.get("text") or ""
        if upload:
            try:
                text = read_upload(upload.name, b"".join(upload.chunks()))
            except UnreadableFile as error:
                self.add_error("upload", f"“{upload.name}”: {error}")
                return cleaned
        elif looks_like_html(text):
            text = html_to_text(text)  # a page's source pasted: read it as the page
        if not text.strip():
            if "upload" not in self.errors and "text" not in self.errors:
                self.add_error(
                    "text",
                    ValidationError(
                        "Paste the minutes, or upload them as a file.", code="required"
                    ),
                )
            return cleaned
        cleaned["text"] = text
        self.parsed, self.missing = self._reading(text)
        if not self.parsed.items:
            self.add_error("text", "No minutes were found in that text: check what was pasted.")
        return cleaned

    def _reading(self, text: str) -> tuple[ParsedMeeting, list[str]]:
        """The minutes read, and the sentences of them the reading did not place."""
        earlier = self.read_as
        if earlier is not None and earlier.parsed is not None:
            if earlier.cleaned_data.get("text") == text:
                return earlier.parsed, earlier.missing
        parsed = parse_meeting(text)
        return parsed, missing_sentences(text, parsed)

    @property
    def is_previewed(self) -> bool:
        """Whether the text now in the form is the text the clerk last saw previewed."""
        text = self.cleaned_data.get("text", "")
        return bool(text) and self.cleaned_data.get("previewed") == fingerprint(text)


class ImportItemForm(forms.Form):
    """One item found in the minutes: its number and title as they will be saved."""

    include = forms.BooleanField(label="Import this item", required=False, initial=True)
    number = forms.CharField(
        label="Item number",
        max_length=ITEM_NUMBER_LENGTH,
        error_messages={
            "required": "Enter the item’s number, e.g. 4 or 4a.",
            "max_length": (
                f"An item number is at most {ITEM_NUMBER_LENGTH} characters, e.g. 4, 4a or 10.1."
            ),
        },
    )
    title = forms.CharField(
        label="Title",
        max_length=300,
        error_messages={
            "required": "Enter the item’s title.",
            "max_length": "A title is at most 300 characters: shorten it here.",
        },
    )

    def __init__(self, *args, taken: frozenset[str] = frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        self.taken = taken  # the numbers already on the meeting's agenda, in lower case

    def clean_number(self):
        number = self.cleaned_data["number"].strip().rstrip(".")
        if not ITEM_NUMBER.match(number):
            raise ValidationError(
                "An item number is letters and digits, e.g. 3, 3a or 10.1.", code="bad_number"
            )
        return number

    def full_clean(self):
        super().full_clean()
        if not self.is_bound or not hasattr(self, "cleaned_data"):
            return
        if not self.cleaned_data.get("include"):
            self._errors.clear()  # a row left out is not checked
            return
        number = self.cleaned_data.get("number")
        if number and number.lower() in self.taken:
            self.add_error(
                "number",
                ValidationError(
                    f"Item {number} is already on the agenda of this meeting: choose another "
                    "number, or take that item’s minutes on its own page.",
                    code="number_taken",
                ),
            )


class BaseImportItemFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        numbers = [
            f.cleaned_data["number"].lower()
            for f in self.forms
            if f.cleaned_data.get("include") and f.cleaned_data.get("number")
        ]
        if not numbers:
            raise ValidationError("Choose at least one item to import.", code="none_chosen")
        repeated = sorted({n for n in numbers if numbers.count(n) > 1})
        if repeated:
            raise ValidationError(
                f"Item {repeated[0]} is numbered twice: give each item its own number.",
                code="number_repeated",
            )


ImportItemFormSet = forms.formset_factory(ImportItemForm, formset=BaseImportItemFormSet, extra=0)
