"""Query filters of the API's lists: by committee (its slug) and by meeting date.

A filter only narrows the public queryset its view hands it; it never widens it.
"""

from __future__ import annotations

import django_filters
from django import forms

from actions.models import Action
from minutes.models import AgendaItem, Meeting, Person


def _committee(field: str):
    return django_filters.CharFilter(
        field_name=field, help_text="A committee's slug, e.g. improvement-innovation-board."
    )


def _date(field: str, lookup: str, help_text: str):
    return django_filters.DateFilter(
        field_name=field, lookup_expr=f"date__{lookup}", help_text=help_text
    )


class _Key(django_filters.NumberFilter):
    """A record's id: a whole number that fits the database's keys. "1.5", "-1e308" or a
    30-digit number is a 400 with a message, never a query the database cannot run."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=2**63 - 1, **kwargs)


class MeetingFilter(django_filters.FilterSet):
    committee = _committee("committee__slug")
    date_from = _date("starts_at", "gte", "Meetings on or after this date (yyyy-mm-dd).")
    date_to = _date("starts_at", "lte", "Meetings on or before this date (yyyy-mm-dd).")
    stage = django_filters.ChoiceFilter(
        choices=[(s.value, s.label) for s in Meeting.Stage if s != Meeting.Stage.DRAFT]
    )

    class Meta:
        model = Meeting
        fields = ["committee", "date_from", "date_to", "stage", "is_cancelled"]


class ItemFilter(django_filters.FilterSet):
    committee = _committee("meeting__committee__slug")
    meeting = _Key(field_name="meeting_id", help_text="A meeting's id.")
    date_from = _date("meeting__starts_at", "gte", "Items of meetings on or after this date.")
    date_to = _date("meeting__starts_at", "lte", "Items of meetings on or before this date.")

    class Meta:
        model = AgendaItem
        fields = ["committee", "meeting", "date_from", "date_to"]


class ActionFilter(django_filters.FilterSet):
    committee = _committee("item__meeting__committee__slug")
    status = django_filters.ChoiceFilter(choices=Action.Status.choices)
    owner = django_filters.CharFilter(field_name="owner__slug", help_text="The owner's slug.")
    date_from = _date(
        "item__meeting__starts_at", "gte", "Raised at meetings on or after this date."
    )
    date_to = _date("item__meeting__starts_at", "lte", "Raised at meetings on or before this date.")

    class Meta:
        model = Action
        fields = ["committee", "status", "owner", "date_from", "date_to"]


class PersonFilter(django_filters.FilterSet):
    committee = django_filters.CharFilter(
        method="filter_committee", help_text="People who sit or sat on this committee (slug)."
    )

    class Meta:
        model = Person
        fields = ["committee"]

    def filter_committee(self, queryset, name, value):
        return queryset.filter(memberships__committee__slug=value).distinct()
