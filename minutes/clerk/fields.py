"""Pieces the clerks' forms share: their GOV.UK layout helper, the lists of people they offer,
and the time and date fields with messages that say which is wrong."""

from __future__ import annotations

import datetime
import unicodedata

from crispy_forms_gds.fields import DateInputField
from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Layout
from django import forms
from django.core.exceptions import ValidationError

from minutes.models import (
    Membership,
    Person,
)

TIME_FORMATS = ["%H:%M", "%H.%M", "%H:%M:%S"]
TIME_BOX_CLASS = "govuk-input govuk-input--width-5"


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
