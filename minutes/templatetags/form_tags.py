"""A select's options, built in Python (`minutes.html_rows`): a list of sixty committees
costs the template language a lookup, two filters and a comparison per option."""

from __future__ import annotations

from django import template
from django.forms import BoundField
from django.utils.safestring import SafeString

from minutes.html_rows import html_row, joined

register = template.Library()


@register.simple_tag
def select_options(field: BoundField) -> SafeString:
    """An <option> for each of the field's choices, the one it holds selected."""
    current = field.value()
    current = "" if current is None else str(current)
    return joined(
        html_row(
            '\n        <option value="{}"{}>{}</option>',
            value,
            " selected" if str(value) == current else "",
            label,
        )
        for value, label in field.field.choices
    )
