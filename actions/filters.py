"""Filters of the action log, shared by the page and its CSV export."""

from __future__ import annotations

import django_filters
from django import forms

from actions.models import Action
from minutes.models import Committee


class ActionFilter(django_filters.FilterSet):
    """Narrow a list of actions by committee (slug), status and whether they are overdue.

    The caller passes the queryset it may show (public, or visible to the user); the
    filter only narrows it, so it never widens what anyone sees.
    """

    committee = django_filters.ModelChoiceFilter(
        label="Committee",
        field_name="item__meeting__committee",
        to_field_name="slug",
        queryset=Committee.objects.all(),
        empty_label="All committees",
    )
    status = django_filters.MultipleChoiceFilter(
        label="Status",
        choices=Action.Status.choices,
        widget=forms.CheckboxSelectMultiple,
        # A status is a column of the action itself: no join can repeat a row, and DISTINCT
        # would make the database gather every match before it can keep the first fifty.
        distinct=False,
    )
    overdue = django_filters.BooleanFilter(
        label="Only overdue actions",
        method="filter_overdue",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = Action
        fields = ["committee", "status", "overdue"]

    def filter_overdue(self, queryset, name, value):
        return queryset.overdue() if value else queryset
