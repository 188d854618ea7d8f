"""The public pages' forms: the search form and the filters of the list of people."""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError

from minutes.caching import cached_value
from minutes.models import Committee, Membership
from minutes.search import Kind

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d %m %Y", "%d-%m-%Y"]


def _squeezed(value: str) -> str:
    return re.sub(r"\s+", " ", value or "").strip()


class CommitteeBySlugField(forms.ModelChoiceField):
    """A committee chosen by its slug from a list of every committee.

    The options come from `committee_choices()`: a form sets them when it is made, so that
    drawing the list reads no committee from the database.
    """

    def __init__(self, **kwargs):
        super().__init__(
            queryset=Committee.objects.only("name", "slug"),
            to_field_name="slug",
            required=False,
            empty_label="All committees",
            error_messages={"invalid_choice": "Choose a committee from the list."},
            **kwargs,
        )


def committee_choices() -> list[tuple[str, str]]:
    """(slug, name) of every committee by name, read once per version of the record."""
    return cached_value(
        "committee-choices",
        lambda: list(Committee.objects.order_by("name").values_list("slug", "name")),
    )


class _ChoosesACommittee(forms.Form):
    """A form with a `committee` field whose options are read once per version of the record."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["committee"]
        field.choices = [("", field.empty_label), *committee_choices()]


class SearchForm(_ChoosesACommittee):
    """/search/?q=: the words to find, and the filters that narrow them."""

    q = forms.CharField(
        label="Words to find",
        max_length=200,
        required=False,
        help_text='Use "quotes" for a phrase, a * after a word for words it begins, - to leave a word out.',
        error_messages={"max_length": "Search for at most 200 characters."},
    )
    committee = CommitteeBySlugField(label="Committee")
    kind = forms.ChoiceField(
        label="Look in",
        choices=[("", "Everything"), *Kind.choices],
        required=False,
        error_messages={"invalid_choice": "Choose what to look in from the list."},
    )
    since = forms.DateField(
        label="From",
        required=False,
        input_formats=DATE_FORMATS,
        help_text="For example, 2019-01-17",
        error_messages={"invalid": "Enter the date as year-month-day, for example 2019-01-17."},
    )
    until = forms.DateField(
        label="To",
        required=False,
        input_formats=DATE_FORMATS,
        help_text="For example, 2019-12-31",
        error_messages={"invalid": "Enter the date as year-month-day, for example 2019-12-31."},
    )

    def clean_q(self) -> str:
        return _squeezed(self.cleaned_data["q"])

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            self.add_error(
                "until",
                ValidationError("The end date must be on or after the start date.", code="order"),
            )
        return cleaned


class PeopleFilterForm(_ChoosesACommittee):
    """/people/: a name to look for, a committee and a role."""

    q = forms.CharField(
        label="Name, council or position",
        max_length=100,
        required=False,
        error_messages={"max_length": "Search for at most 100 characters."},
    )
    committee = CommitteeBySlugField(label="Committee")
    role = forms.ChoiceField(
        label="Role",
        choices=[("", "Any role"), *Membership.Role.choices],
        required=False,
        error_messages={"invalid_choice": "Choose a role from the list."},
    )

    def clean_q(self) -> str:
        return _squeezed(self.cleaned_data["q"])
