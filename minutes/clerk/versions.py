"""No edit is lost: optimistic concurrency for the clerks' edit pages.

Each edit page carries, in a hidden field, the values its forms held when it was drawn
(signed, so it cannot be forged). At save, under the meeting's row lock, the page's forms
are drawn again from the record: if their values differ from those the clerk saw, someone
else saved meanwhile and the save is refused. The page then comes back with

- what the other person changed (each field as the clerk saw it, and as it is now);
- the clerk's own changes still in the form, and every field they did not touch brought
  up to date, so that saving again keeps both people's work and never puts back old text.

Rows of a formset are matched by their record's id, so a row someone else added or removed
does not shift anyone's typing onto another row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django import forms
from django.core import signing
from django.http import QueryDict

VERSION_FIELD = "version"
SALT = "minutes.clerk.version"
ROW_FIELD = re.compile(r"^(?P<prefix>.+)-(?P<index>\d+)-(?P<field>[^-]+)$")
MANAGEMENT = re.compile(r"^(?P<prefix>.+)-(TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS$")

Data = dict[str, list[str]]


def _text(value) -> str:
    return "" if value is None else str(value).replace("\r\n", "\n")


def _field_values(bound_field) -> dict[str, list[str]]:
    """What a browser sends for one field of a form, as drawn now."""
    widget = bound_field.field.widget
    name = bound_field.html_name
    value = bound_field.value()
    if isinstance(widget, forms.FileInput):
        return {}
    if isinstance(widget, forms.MultiWidget):
        parts = value if isinstance(value, list | tuple) else widget.decompress(value)
        return {
            f"{name}{suffix}": [_text(part)]
            for suffix, part in zip(widget.widgets_names, parts, strict=False)
        }
    if isinstance(widget, forms.CheckboxInput):
        return {name: ["on"]} if widget.check_test(value) else {}
    if isinstance(widget, forms.widgets.ChoiceWidget):  # lists, radios and tick boxes
        if widget.allow_multiple_selected:
            return {name: sorted(_text(v) for v in (value or []))}
        return {name: [v for v in widget.format_value(value)][:1]}
    return {name: [_text(widget.format_value(value))]}


def _filled_only(data: Data) -> Data:
    """A field left empty counts as not sent, whichever way the browser sends it."""
    return {key: values for key, values in data.items() if any(v != "" for v in values)}


def page_data(parts) -> Data:
    """The values of a page's forms and formsets (management forms included) as sent."""
    data: Data = {}
    for part in parts:
        if isinstance(part, forms.BaseFormSet):
            for bound in part.management_form:
                data.update(_field_values(bound))
            forms_ = part.forms
        else:
            forms_ = [part]
        for form in forms_:
            for bound in form:
                data.update(_field_values(bound))
    return _filled_only(data)


def posted_data(post: QueryDict) -> Data:
    return _filled_only(
        {
            key: sorted(_text(v) for v in post.getlist(key))
            if len(post.getlist(key)) > 1
            else [_text(v) for v in post.getlist(key)]
            for key in post
            if key not in (VERSION_FIELD, "csrfmiddlewaretoken")
        }
    )


def token_for(data: Data) -> str:
    return signing.dumps(data, salt=SALT, compress=True)


class Unreadable(Exception):
    """The page's version could not be read: forged, or from another key."""


def seen_data(post: QueryDict) -> Data | None:
    """What the page showed when drawn; None when it sent no version."""
    token = post.get(VERSION_FIELD)
    if not token:
        return None
    try:
        data = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, UnicodeError) as error:
        raise Unreadable from error
    if not isinstance(data, dict):
        raise Unreadable
    return data


@dataclass
class Change:
    """One field someone else changed since the clerk drew the page."""

    label: str
    then: str
    now: str
    yours: str | None  # what this clerk sent, when they changed it too


@dataclass
class Conflict:
    changes: list[Change]
    data: QueryDict  # the clerk's changes on top of the record as it is now
    token: str  # the version of the record as it is now


def _keyed_prefixes(*datas: Data) -> set[str]:
    """Formsets whose rows are records with ids (model formsets); others merge by place."""
    return {
        m["prefix"]
        for data in datas
        for key in data
        if (m := ROW_FIELD.match(key)) and m["field"] == "id"
    }


def _rows(data: Data, keyed: set[str]) -> tuple[Data, dict[str, dict[str, Data]]]:
    """Split a page's data into plain fields and the rows of model formsets, by record id."""
    plain: Data = {}
    by_index: dict[str, dict[int, Data]] = {p: {} for p in keyed}
    for key, value in data.items():
        match = ROW_FIELD.match(key)
        management = MANAGEMENT.match(key)
        if match and match["prefix"] in keyed:
            by_index[match["prefix"]].setdefault(int(match["index"]), {})[match["field"]] = value
        elif not (management and management["prefix"] in keyed):
            plain[key] = value
    rows: dict[str, dict[str, Data]] = {}
    for prefix, indexed in by_index.items():
        rows[prefix] = {}
        for index, row in sorted(indexed.items()):
            record = (row.get("id") or [""])[0]
            rows[prefix][f"id:{record}" if record else f"new:{index}"] = row
    return plain, rows


def _merge_fields(seen: Data, posted: Data, current: Data, label, changes: list[Change]) -> Data:
    """Each field: the clerk's value where they changed it, otherwise the record's now."""
    merged: Data = {}
    for name in dict.fromkeys([*current, *posted, *seen]):
        then, yours, now = seen.get(name, []), posted.get(name, []), current.get(name, [])
        if then != now and name != "id":
            both = yours not in (then, now)
            changes.append(
                Change(
                    label(name), ", ".join(then), ", ".join(now), ", ".join(yours) if both else None
                )
            )
        value = now if yours == then else yours
        if value:
            merged[name] = value
    return merged


def check(post: QueryDict, current: Data, labels: dict[str, str]) -> Conflict | None:
    """Compare what the page showed with the record now; None when nothing moved.

    A page that sent no version is not checked (there is nothing to compare with); a
    version that cannot be read counts as out of date, so the clerk sees the record now.
    """
    try:
        seen = seen_data(post)
    except Unreadable:
        seen = {}
    if seen is None or seen == current:
        return None
    changes: list[Change] = []
    posted = posted_data(post)
    keyed = _keyed_prefixes(seen, posted, current)
    seen_plain, seen_rows = _rows(seen, keyed)
    posted_plain, posted_rows = _rows(posted, keyed)
    current_plain, current_rows = _rows(current, keyed)
    out = QueryDict(mutable=True)
    merged = _merge_fields(
        seen_plain, posted_plain, current_plain, lambda n: labels.get(n, n), changes
    )
    for name, values in merged.items():
        out.setlist(name, values)
    for prefix, rows in current_rows.items():
        saw, sent = seen_rows.get(prefix, {}), posted_rows.get(prefix, {})
        kept: list[Data] = []
        for key, now_row in rows.items():
            if key.startswith("new:"):
                continue
            title = _row_label(labels, prefix, now_row)
            kept.append(
                _merge_fields(
                    saw.get(key, {}),
                    sent.get(key, saw.get(key, {})),
                    now_row,
                    lambda field, title=title, prefix=prefix: (
                        f"{title}: {labels.get(f'{prefix}-field-{field}', field)}"
                    ),
                    changes,
                )
            )
        initial = len(kept)
        for key, row in sent.items():
            if key.startswith("new:") and row != saw.get(key) and _filled(row):
                kept.append({field: v for field, v in row.items() if field != "id"})
            elif key.startswith("id:") and key not in rows and row != saw.get(key):
                changes.append(
                    Change(_row_label(labels, prefix, row), "", "removed", "your changes to it")
                )
        kept += [row for key, row in rows.items() if key.startswith("new:")]
        for index, row in enumerate(kept):
            for field, values in row.items():
                out.setlist(f"{prefix}-{index}-{field}", values)
        out[f"{prefix}-TOTAL_FORMS"] = str(len(kept))
        out[f"{prefix}-INITIAL_FORMS"] = str(initial)
        for suffix in ("MIN_NUM_FORMS", "MAX_NUM_FORMS"):
            out[f"{prefix}-{suffix}"] = (current.get(f"{prefix}-{suffix}") or ["0"])[0]
    return Conflict(changes=changes, data=out, token=token_for(current))


def _row_label(labels: dict[str, str], prefix: str, row: Data) -> str:
    record = (row.get("id") or [""])[0]
    return labels.get(f"{prefix}-row-{record}", f"{labels.get(prefix, prefix)} (new)")


def page_labels(parts) -> dict[str, str]:
    """Readable names for a page's fields, for the list of someone else's changes."""
    labels: dict[str, str] = {}
    for part in parts:
        if isinstance(part, forms.BaseFormSet):
            prefix = part.prefix
            labels[prefix] = getattr(part, "row_label", prefix.capitalize())
            for form in part.forms:
                instance = getattr(form, "instance", None)
                if instance is not None and instance.pk:
                    labels[f"{prefix}-row-{instance.pk}"] = f"{labels[prefix]}: {instance}"
                for bound in form:
                    labels[f"{prefix}-field-{bound.name}"] = str(bound.label or bound.name)
        else:
            for bound in part:
                for name in _field_values(bound) or {bound.html_name: []}:
                    labels[name] = str(bound.label or bound.name)
    return labels


def _filled(row: Data) -> bool:
    """Whether a new row holds anything typed (not only its hidden parent and place)."""
    return any(
        any(v.strip() for v in values)
        for f, values in row.items()
        if f not in ("id", "item", "meeting")
    )
