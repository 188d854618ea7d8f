"""The attendance register's forms: members' rows, substitutes, and others in attendance."""

from __future__ import annotations

from crispy_forms_gds.layout import Field, Fluid, Size
from django import forms
from django.utils.html import conditional_escape

from minutes.clerk.fields import inline_helper, people_choices
from minutes.models import Attendance, Person

NOT_RECORDED = ""


class RegisterRowForm(forms.Form):
    """One member of the committee on the register: how they attended.

    A member is present, sends apologies or is absent; someone who stands in for a member
    is a substitute, recorded in the substitutes' rows, never on a member's own row.
    """

    KINDS = [
        (NOT_RECORDED, "Not recorded"),
        (Attendance.Kind.PRESENT, "Present"),
        (Attendance.Kind.APOLOGIES, "Apologies"),
        (Attendance.Kind.ABSENT, "Absent"),
    ]

    kind = forms.ChoiceField(choices=KINDS, required=False, widget=forms.RadioSelect)

    def __init__(self, *args, person: Person, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person
        # The template pack prints labels unescaped; a name is user text.
        self.fields["kind"].label = conditional_escape(person.full_name)
        self.helper = inline_helper(
            Field.radios("kind", inline=True, small=True, legend_size=Size.SMALL)
        )


class PersonRowForm(forms.Form):
    """Someone on the register by choice from the people known, or a new person by name."""

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
    new_email = forms.EmailField(
        label="Their email address",
        required=False,
        max_length=254,
        help_text="Optional. Used only to remind them of actions they own; never shown publicly.",
        error_messages={"invalid": "Enter an email address like name@council.gov.uk."},
    )
    remove = forms.BooleanField(label="Remove from the register", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people_choices()
        self.helper = inline_helper(*self.layout_fields())

    def layout_fields(self) -> list:
        return [
            Field.select("person"),
            Field.text("new_name", field_width=Fluid.TWO_THIRDS),
            Field.text("new_position", field_width=Fluid.TWO_THIRDS),
            Field.text("new_organisation", field_width=Fluid.TWO_THIRDS),
            Field.text("new_email", field_width=Fluid.TWO_THIRDS),
            Field.checkbox("remove", small=True),
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("person") and cleaned.get("new_name"):
            self.add_error("new_name", "Choose someone already known or type a new name, not both.")
        new_details = ("new_position", "new_organisation", "new_email")
        if any(cleaned.get(name) for name in new_details) and not cleaned.get("new_name"):
            self.add_error("new_name", "Type the new person’s name.")
        return cleaned

    @property
    def is_blank(self) -> bool:
        return not (self.cleaned_data.get("person") or self.cleaned_data.get("new_name"))


class InAttendanceForm(PersonRowForm):
    """An officer or guest in attendance."""


class SubstituteForm(PersonRowForm):
    """Someone who is not a member of the committee, standing in for a member who sent
    apologies: any person known, or a new one typed in."""

    stood_in_for = forms.ModelChoiceField(
        label="Standing in for",
        queryset=Person.objects.none(),
        required=False,
        empty_label="Choose the member who sent apologies",
    )

    def __init__(self, *args, members=None, **kwargs):
        self.members = members if members is not None else Person.objects.none()
        super().__init__(*args, **kwargs)
        self.fields["person"].label = "Substitute"
        self.fields["stood_in_for"].queryset = self.members

    def layout_fields(self) -> list:
        fields = super().layout_fields()
        return [*fields[:-1], Field.select("stood_in_for"), fields[-1]]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("remove"):
            return cleaned
        named = cleaned.get("person") or cleaned.get("new_name")
        if named and cleaned.get("stood_in_for") is None and "stood_in_for" not in self.errors:
            self.add_error("stood_in_for", "Choose the member they stood in for.")
        elif cleaned.get("stood_in_for") is not None and not named:
            self.add_error("person", "Choose the substitute, or type their name.")
        return cleaned


InAttendanceFormSet = forms.formset_factory(InAttendanceForm, extra=2)
SubstituteFormSet = forms.formset_factory(SubstituteForm, extra=1)
