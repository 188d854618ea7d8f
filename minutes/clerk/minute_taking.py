"""The one-page minute-taking form: an item's minute and everything recorded under it.

A clerk types a whole item at once: the minute text, its discussion points, decisions,
actions, reports and declarations, and may add people not yet known. It is all checked
together and saved together, or not at all: an error anywhere keeps everything typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django import forms
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Max

from minutes.clerk.forms import CorrectionForm, NewPeopleFormSet
from minutes.clerk.record_forms import (
    ActionFormSet,
    DecisionFormSet,
    DeclarationFormSet,
    ItemMinuteForm,
    PointFormSet,
    ReportFormSet,
    keep_upload_token,
    share_choices,
    speakers_for,
)
from minutes.history import stamp_history
from minutes.models import AgendaItem, Attendance, Meeting, Person
from minutes.people import find_or_create_person
from minutes.printed_names import people_named_under
from minutes.services import record_correction, reprint_names
from minutes.uploads import stored_name

# A point's number, or an action's choice of point: both are kept as typed on a redraw.
POINT_FIELD = re.compile(r"^(points-\d+-position|actions-\d+-point)$")
POINT_NUMBER_FIELD = re.compile(r"^points-(\d+)-position$")
EXTRA_POINTS = 2


@dataclass
class PageError:
    """One line of the error summary: what went wrong and the field it links to."""

    message: str
    anchor: str


def field_anchor(bound_field) -> str:
    """The id of the input a summary link should land on (the first box of a group)."""
    widget = bound_field.field.widget
    if isinstance(widget, forms.CheckboxSelectMultiple | forms.RadioSelect):
        return f"id_{bound_field.html_name}_1"
    if isinstance(widget, forms.MultiWidget):
        return f"{bound_field.auto_id}_0"
    return bound_field.auto_id


def form_errors(form, label: str = "") -> list[PageError]:
    prefix = f"{label}: " if label else ""
    errors = []
    for name, messages in form.errors.items():
        if name == "__all__":
            anchor = next((field_anchor(f) for f in form.visible_fields()), "")
            errors += [PageError(prefix + m, anchor) for m in messages]
            continue
        errors += [PageError(prefix + m, field_anchor(form[name])) for m in messages]
    return errors


class MinutesPage:
    """All the forms of an item's minute-taking page, validated and saved as one."""

    def __init__(self, item: AgendaItem, data=None, files=None):
        self.item = item
        self.meeting = item.meeting
        # One mutable copy shared by every form, so that a file kept from a failed attempt
        # can be written back into the page (see keep_uploads).
        self.data = data.copy() if data is not None else None
        self.files = files
        bound = {"data": self.data, "files": files}
        speakers = speakers_for(item)
        saved_topics = dict(item.discussion_points.values_list("position", "topic"))
        existing = list(saved_topics)
        self.point_numbers = self._point_numbers(existing)
        topics = {**saved_topics, **self._typed_topics()}
        next_number = max(existing, default=0) + 1
        self.item_form = ItemMinuteForm(**bound, instance=item, prefix="item")
        self.people = NewPeopleFormSet(**bound, prefix="people")
        self.points = PointFormSet(
            **bound,
            instance=item,
            prefix="points",
            queryset=item.discussion_points.prefetch_related("speakers"),
            form_kwargs={"speakers": speakers},
            initial=[{"position": next_number + n} for n in range(EXTRA_POINTS)],
        )
        self.points.next_number = next_number + EXTRA_POINTS
        self.decisions = DecisionFormSet(**bound, instance=item, prefix="decisions")
        self.actions = ActionFormSet(
            **bound,
            instance=item,
            prefix="actions",
            queryset=item.actions.select_related("discussion_point"),
            form_kwargs={"points": [(n, topics.get(n, "")) for n in self.point_numbers]},
        )
        self.reports = ReportFormSet(**bound, instance=item, prefix="reports")
        self.declarations = DeclarationFormSet(**bound, instance=item, prefix="declarations")
        self.correction = CorrectionForm(
            data=self.data,
            prefix="correction",
            reprint="the name of everyone named under this item",
        )
        self.errors: list[PageError] = []
        self.emails_given: list[Person] = []
        # The rows' lists of people are drawn once for the whole page (see share_choices).
        choices: dict = {}
        share_choices(self.item_form, choices)
        for formset in self.record_formsets:
            formset.choices_cache = choices

    @property
    def parts(self) -> list:
        """The forms that hold the record, for its version (see versions.py)."""
        return [self.item_form, *self.record_formsets]

    @property
    def record_formsets(self):
        return [self.points, self.decisions, self.actions, self.reports, self.declarations]

    def _typed_topics(self) -> dict[int, str]:
        """The topics typed against each point number on a page sent back with errors."""
        data = self.data or {}
        topics = {}
        for key, value in data.items():
            match = POINT_NUMBER_FIELD.match(key)
            if match and str(value).strip().isdigit():
                topic = str(data.get(f"points-{match.group(1)}-topic", "")).strip()
                if topic:
                    topics[int(value)] = topic[:200]
        return topics

    def _point_numbers(self, existing: list[int]) -> list[int]:
        numbers = set(existing)
        top = max(existing, default=0)
        numbers.update(range(top + 1, top + 1 + EXTRA_POINTS))
        for key, value in (self.data or {}).items():
            if POINT_FIELD.match(key) and str(value).strip().isdigit():
                numbers.add(int(value))
        return sorted(n for n in numbers if n > 0)

    # --- Checking ----------------------------------------------------------------------------

    def has_changed(self) -> bool:
        """Whether the record itself would change (adding people alone does not count)."""
        return self.item_form.has_changed() or any(fs.has_changed() for fs in self.record_formsets)

    def is_correction(self) -> bool:
        """Whether saving confirmed minutes would correct them: a change to the record, or
        printing names again as they now stand."""
        return self.has_changed() or self.correction.reprint_asked()

    def is_valid(self) -> bool:
        valid = self.item_form.is_valid() & self.people.is_valid()
        for formset in self.record_formsets:
            valid &= formset.is_valid()
        valid &= self.correction.is_valid()
        valid &= self._check_points_and_actions()
        if valid and self.meeting.is_locked and self.is_correction():
            valid = self.correction.require_reason()
        if not valid:
            self.collect_errors()
        return valid

    def _check_points_and_actions(self) -> bool:
        ok = True
        numbers: dict[int, forms.Form] = {}
        for form in self.points.kept_forms():
            number = form.cleaned_data.get("position")
            if number is None:
                continue
            if number in numbers:
                form.add_error("position", f"Two points are numbered {number}; renumber one.")
                ok = False
            numbers[number] = form
        for form in self.actions.removed_forms():
            if form.instance.updates.exists():
                # Its updates are the record of who did what: removing it would lose them.
                form.add_error(
                    "DELETE",
                    f"Action {form.instance.reference} has a history of updates, so it cannot "
                    "be removed. Withdraw it on its page instead, with the reason.",
                )
                ok = False
        removed_numbers = {form.initial.get("position") for form in self.points.removed_forms()}
        for form in self.actions.kept_forms():
            number = getattr(form, "cleaned_data", {}).get("point")
            if number is None:
                continue
            if number not in numbers:
                message = (
                    f"There is no point {number} under this item; choose one of its points "
                    "or the whole item."
                )
                if number in removed_numbers:
                    message = (
                        f"Point {number} is being removed; choose another point or the whole item."
                    )
                form.add_error("point", message)
                ok = False
        return ok

    def collect_errors(self) -> list[PageError]:
        errors = form_errors(self.item_form)
        for index, form in enumerate(self.people.forms, start=1):
            errors += form_errors(form, f"New person {index}")
        labels = [
            (self.points, "Point"),
            (self.decisions, "Decision"),
            (self.actions, "Action"),
            (self.reports, "Report"),
            (self.declarations, "Declaration"),
        ]
        for formset, label in labels:
            for message in formset.non_form_errors():
                errors.append(PageError(message, f"{formset.prefix}-rows"))
            for index, form in enumerate(formset.forms, start=1):
                if formset.is_bound and form.errors:
                    errors += form_errors(form, f"{label} {index}")
        errors += form_errors(self.correction)
        self.errors = errors
        return errors

    # --- Keeping what was typed --------------------------------------------------------------

    def keep_uploads(self) -> None:
        """Store files that passed their checks, so a failed page does not ask for them again.

        The file is saved where reports live and its name is signed into a hidden field of its
        row; the next attempt uses it unless another file is chosen. A page abandoned after
        an error leaves that file unattached in storage.
        """
        if self.data is None:
            return
        for form in self.reports.forms:
            upload = (self.files or {}).get(form.add_prefix("file"))
            if upload is None or "file" in form.errors:
                continue
            name = default_storage.save(stored_name(upload.name, folder="reports/kept"), upload)
            self.data[form.add_prefix("kept_file")] = keep_upload_token(name, upload.name)

    def show_without_errors(self) -> None:
        """Draw the bound forms as typed but without error messages (after adding people)."""
        for form in self._all_forms():
            form.helper.form_show_errors = False
        self.errors = []

    def _all_forms(self):
        yield self.item_form
        yield self.correction
        for formset in [self.people, *self.record_formsets]:
            yield from formset.forms

    # --- Saving ------------------------------------------------------------------------------

    def add_people(self) -> list[Person]:
        """Create the people typed into "someone new" and put them on the register."""
        added = []
        for form in self.people.forms:
            if not form.is_valid() or not form.cleaned_data.get("name"):
                continue
            person = find_or_create_person(
                form.cleaned_data["name"],
                position=form.cleaned_data.get("position", ""),
                organisation=form.cleaned_data.get("organisation", ""),
                email=form.cleaned_data.get("email", ""),
            )
            Attendance.objects.get_or_create(
                meeting=self.meeting,
                person=person,
                defaults={"kind": Attendance.Kind.IN_ATTENDANCE},
            )
            added.append(person)
        return added

    def give_owners_emails(self) -> list[Person]:
        """Keep the email given on an action's row on its owner, if they have none yet.

        An address already on record is never replaced: the form refuses a different one,
        and the update below touches only a person whose address is still empty.
        """
        given = []
        for form in self.actions.kept_forms():
            owner_and_email = form.email_for_owner()
            if owner_and_email is None:
                continue
            owner, email = owner_and_email
            if Person.objects.filter(pk=owner.pk, email="").update(email=email):
                owner.email = email
                given.append(owner)
        self.emails_given = given
        return given

    def save(self, *, user, stale=None) -> bool:
        """Save everything, or nothing. False if the minutes were confirmed meanwhile, or if
        `stale()`, asked holding the meeting's lock, says someone else saved first."""
        with transaction.atomic():
            meeting = Meeting.objects.select_for_update().get(pk=self.meeting.pk)
            if stale is not None and stale():
                return False
            reason = ""
            if meeting.is_locked and self.is_correction():
                if not self.correction.require_reason():
                    self.collect_errors()
                    return False
                reason = self.correction.cleaned_data["reason"].strip()
            self.add_people()
            self.give_owners_emails()
            if self.has_changed():
                stamp = _Stamp(user=user, reason=reason)
                if self.item_form.has_changed():
                    stamp.save(self.item_form.save(commit=False))
                self._save_actions_and_points(stamp)
                self._save_ordered(self.decisions, stamp, self._row_order(self.decisions))
                self._save_ordered(self.reports, stamp, self._row_order(self.reports))
                self._save_rows(self.declarations, stamp)
            if reason:
                record_correction(item=self.item, user=user, reason=reason)
                # Anyone newly named is printed as they are now; the box prints everyone
                # named under the item again.
                again = people_named_under(self.item) if self.correction.reprint_asked() else set()
                reprint_names(meeting=meeting, people=again, reason=reason, user=user)
        return True

    def _row_order(self, formset) -> dict:
        return {id(form): n for n, form in enumerate(formset.kept_forms(), start=1)}

    def _save_actions_and_points(self, stamp: _Stamp) -> None:
        actions = self.actions
        for form in actions.deleted_forms:
            if form.instance.pk:
                stamp.delete(form.instance)
        # An action moving off a point that is being removed lets go of it first; it is
        # given its new point below, once the points are saved.
        removed_points = [f.instance.pk for f in self.points.removed_forms()]
        if removed_points:
            actions.queryset.model.objects.filter(discussion_point__in=removed_points).update(
                discussion_point=None
            )
        finals = {id(f): f.cleaned_data["position"] for f in self.points.kept_forms()}
        self._save_ordered(self.points, stamp, finals)
        by_number = {f.cleaned_data["position"]: f.instance for f in self.points.kept_forms()}
        for form in actions.kept_forms():
            action = form.save(commit=False)
            number = form.cleaned_data.get("point")
            point = by_number.get(number) if number else None
            point_moved = (point.pk if point else None) != action.discussion_point_id
            action.discussion_point = point
            if form.has_changed() or point_moved or not action.pk:
                stamp.save(action)

    def _save_ordered(self, formset, stamp: _Stamp, finals: dict) -> None:
        """Save rows whose places are unique per item, in two steps so that rows may swap."""
        model = formset.model
        for form in formset.deleted_forms:
            if form.instance.pk:
                stamp.delete(form.instance)
        kept = formset.kept_forms()
        in_db = dict(
            model.objects.filter(pk__in=[f.instance.pk for f in kept if f.instance.pk]).values_list(
                "pk", "position"
            )
        )
        moving = [f for f in kept if f.instance.pk and in_db[f.instance.pk] != finals[id(f)]]
        if moving:
            top = model.objects.filter(item=self.item).aggregate(top=Max("position"))["top"] or 0
            parking = max(top, *finals.values()) + 1
            for offset, form in enumerate(moving):
                model.objects.filter(pk=form.instance.pk).update(position=parking + offset)
        for form in kept:
            obj = form.save(commit=False)
            obj.item = self.item
            obj.position = finals[id(form)]
            if form.has_changed() or not obj.pk or form in moving:
                stamp.save(obj)
                form.save_m2m()

    def _save_rows(self, formset, stamp: _Stamp) -> None:
        for form in formset.deleted_forms:
            if form.instance.pk:
                stamp.delete(form.instance)
        for form in formset.kept_forms():
            if form.has_changed() or not form.instance.pk:
                obj = form.save(commit=False)
                obj.item = self.item
                stamp.save(obj)


@dataclass
class _Stamp:
    """Who made a change and why, written into each history row it creates."""

    user: object
    reason: str

    def save(self, obj) -> None:
        stamp_history(obj, self.user, self.reason)
        obj.save()

    def delete(self, obj) -> None:
        stamp_history(obj, self.user, self.reason)
        obj.delete()
