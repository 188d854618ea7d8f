"""Forms of the officers' tracker: each change to an action is one small form with a note."""

from __future__ import annotations

import datetime

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Layout, Size, Submit
from django import forms
from django.urls import reverse
from django.utils import timezone

from actions.models import Action, ActionUpdate
from minutes.clerk.fields import DateField
from minutes.models import Committee, Person

Status = Action.Status

# Where each status may be reached from. Reopening is the only way back from done or
# withdrawn, so that a closed action never silently changes its outcome.
ALLOWED_FROM: dict[str, tuple[str, ...]] = {
    Status.IN_PROGRESS: (Status.OPEN,),
    Status.DONE: (Status.OPEN, Status.IN_PROGRESS),
    Status.WITHDRAWN: (Status.OPEN, Status.IN_PROGRESS),
    Status.OPEN: (Status.DONE, Status.WITHDRAWN),
}


def move_refusal(action: Action, status: str | None) -> str | None:
    """Why `action` cannot move to `status` (None: a note that keeps the status), or None."""
    if status is None:
        # A note never changes the outcome, so it is welcome at any time, even after the
        # action is closed; and two people writing at once both keep their notes.
        return None
    now = Status(action.status).label.lower()
    if action.status in ALLOWED_FROM[status]:
        return None
    if action.status == status:
        return f"{action.reference} is already {now}."
    if status == Status.OPEN:
        return f"{action.reference} is {now}, not closed, so there is nothing to reopen."
    return f"{action.reference} is {now}. Reopen it first."


class ActionChangeForm(forms.Form):
    """A change to one action: a note, and perhaps a new status. Subclasses say which."""

    move = ""  # the URL name's suffix, e.g. "done" for action_done
    heading = ""
    status: str | None = None
    submit_label = "Save"
    # How the page presents the form: the main move in green and in view, the others
    # grey and folded away, and a move that ends the action in the warning style.
    button_style = "secondary"
    prominent = False
    default_note = ""
    success = "{reference} updated."

    note = forms.CharField(label="Note", widget=forms.Textarea(attrs={"rows": 3}), required=False)

    def __init__(self, *args, action: Action, **kwargs):
        kwargs.setdefault("auto_id", f"id_{self.move}_%s")
        super().__init__(*args, **kwargs)
        self.action = action
        self.helper = FormHelper()
        self.helper.form_action = reverse(f"action_{self.move}", args=[action.reference])
        self.helper.form_id = f"{self.move}-form"
        self.helper.label_size = Size.SMALL
        self.helper.layout = Layout(*self.layout_fields(), self.submit_button())

    def layout_fields(self) -> list:
        return [Field.textarea("note", rows=3)]

    def submit_button(self) -> Submit:
        # The action's page shows several of these forms: each button needs its own id.
        css_class = "" if self.button_style == "primary" else f"govuk-button--{self.button_style}"
        return Submit(
            "submit", self.submit_label, css_id=f"{self.move}-submit", css_class=css_class
        )

    def clean_note(self) -> str:
        return self.cleaned_data["note"].strip()

    def refusal(self, action: Action) -> str | None:
        """Checked against the locked row, so two people cannot both close an action."""
        return move_refusal(action, self.status)

    def save(self, action: Action, *, author) -> ActionUpdate:
        return action.record_update(
            author=author,
            note=self.cleaned_data["note"] or self.get_default_note(),
            status=self.status,
        )

    def get_default_note(self) -> str:
        return self.default_note

    def success_message(self, action: Action) -> str:
        return self.success.format(reference=action.reference)


class ProgressNoteForm(ActionChangeForm):
    move = "note"
    heading = "Add a progress note"
    submit_label = "Add progress note"
    success = "Your note on {reference} has been added."

    note = forms.CharField(
        label="Progress note",
        widget=forms.Textarea,
        help_text="e.g. Draft report shared with the chair for comment.",
        error_messages={"required": "Enter a progress note."},
    )


class StartForm(ActionChangeForm):
    move = "start"
    heading = "Start work"
    status = Status.IN_PROGRESS
    submit_label = "Mark as in progress"
    default_note = "Work started."
    success = "{reference} is now in progress."

    def layout_fields(self) -> list:
        self.fields["note"].label = "Note (optional)"
        return super().layout_fields()


class DoneForm(ActionChangeForm):
    move = "done"
    heading = "Mark as done"
    status = Status.DONE
    button_style = "primary"
    prominent = True
    submit_label = "Mark as done"
    success = "{reference} is done."

    note = forms.CharField(
        label="Completion note",
        widget=forms.Textarea,
        help_text="What was done, e.g. Report circulated to board members on 3 May.",
        error_messages={"required": "Enter a completion note: say what was done."},
    )
    done_on = DateField(
        label="Date done",
        required=False,
        help_text="Today, unless it was done earlier. For example, 3 5 2019",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["done_on"].initial = timezone.localdate()

    def layout_fields(self) -> list:
        return [*super().layout_fields(), Field("done_on")]

    def clean_done_on(self) -> datetime.date:
        """Blank means today; never in the future, never before the action was raised."""
        done_on = self.cleaned_data["done_on"] or timezone.localdate()
        raised = self.action.item.meeting.date
        if done_on > timezone.localdate():
            raise forms.ValidationError("The date done cannot be in the future.", code="future")
        if done_on < raised:
            raise forms.ValidationError(
                f"{self.action.reference} was raised at the meeting of {raised:%-d %B %Y}: "
                "the date done cannot be before that.",
                code="before_raised",
            )
        return done_on

    def save(self, action: Action, *, author) -> ActionUpdate:
        done_on = self.cleaned_data["done_on"]
        completed_at = None  # today: the moment it is recorded
        if done_on != timezone.localdate():
            # An earlier day: midday, so the day is the same in any time zone near ours.
            completed_at = timezone.make_aware(
                datetime.datetime.combine(done_on, datetime.time(12))
            )
        return action.record_update(
            author=author,
            note=self.cleaned_data["note"],
            status=self.status,
            completed_at=completed_at,
        )


class WithdrawForm(ActionChangeForm):
    move = "withdraw"
    heading = "Withdraw"
    status = Status.WITHDRAWN
    button_style = "warning"
    submit_label = "Withdraw action"
    success = "{reference} has been withdrawn."

    note = forms.CharField(
        label="Reason for withdrawing",
        widget=forms.Textarea,
        help_text="e.g. Superseded by the board's decision of 4 June.",
        error_messages={"required": "Enter the reason for withdrawing this action."},
    )


class ReopenForm(ActionChangeForm):
    move = "reopen"
    heading = "Reopen"
    status = Status.OPEN
    prominent = True
    submit_label = "Reopen action"
    success = "{reference} has been reopened."

    note = forms.CharField(
        label="Reason for reopening",
        widget=forms.Textarea,
        help_text="e.g. The board asked for a further report.",
        error_messages={"required": "Enter the reason for reopening this action."},
    )


class TakeForm(ActionChangeForm):
    """An officer takes an action the minute gave to a group, and so becomes its owner."""

    move = "take"
    heading = "Not yet assigned"
    button_style = "primary"
    prominent = True
    submit_label = "Take this action"
    success = "You now own {reference}. It is in your list of actions."

    def __init__(self, *args, person: Person | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person
        self.helper.layout = Layout(self.submit_button())

    def refusal(self, action: Action) -> str | None:
        if self.person is None:
            return (
                "Your sign-in is not linked to a person in the record, so you cannot own "
                "actions. Ask a clerk to link it."
            )
        if action.owner_id:
            return f"{action.reference} is already owned by {action.owner}."
        if not action.is_open:
            status = Status(action.status).label.lower()
            return f"{action.reference} is {status}, so there is nothing to take on."
        return None

    def save(self, action: Action, *, author) -> ActionUpdate:
        return action.record_update(
            author=author, note=f"Taken on by {self.person}.", owner=self.person
        )


class AssignForm(ActionChangeForm):
    """A clerk gives an action to a named owner."""

    move = "assign"
    heading = "Assign an owner"
    submit_label = "Assign"
    success = "{reference} has been assigned."

    owner = forms.ModelChoiceField(
        label="Owner",
        queryset=Person.objects.order_by("name"),
        empty_label="Choose a person",
        error_messages={"required": "Choose who will own this action."},
    )

    def layout_fields(self) -> list:
        self.fields["note"].label = "Note (optional)"
        return [Field("owner"), *super().layout_fields()]

    def refusal(self, action: Action) -> str | None:
        if action.owner_id == self.cleaned_data["owner"].pk:
            return f"{self.cleaned_data['owner']} already owns {action.reference}."
        if not action.is_open:
            status = Status(action.status).label.lower()
            return f"{action.reference} is {status}. Reopen it before giving it a new owner."
        return None

    def get_default_note(self) -> str:
        return f"Assigned to {self.cleaned_data['owner']}."

    def save(self, action: Action, *, author) -> ActionUpdate:
        return action.record_update(
            author=author,
            note=self.cleaned_data["note"] or self.get_default_note(),
            owner=self.cleaned_data["owner"],
        )


# The forms shown for each status, in the order they appear on the page.
FORMS_FOR_STATUS: dict[str, tuple[type[ActionChangeForm], ...]] = {
    Status.OPEN: (ProgressNoteForm, StartForm, DoneForm, WithdrawForm),
    Status.IN_PROGRESS: (ProgressNoteForm, DoneForm, WithdrawForm),
    Status.DONE: (ProgressNoteForm, ReopenForm),
    Status.WITHDRAWN: (ProgressNoteForm, ReopenForm),
}


class MattersArisingNoteForm(forms.Form):
    """The committee's note on an open action, taken at a meeting as a matter arising."""

    NO_CHANGE = ""

    note = forms.CharField(
        label="The committee's note",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="e.g. The board noted the update and asked for a report in March.",
        error_messages={"required": "Enter the committee's note."},
    )
    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[
            (NO_CHANGE, "Leave the status as it is"),
            (Status.IN_PROGRESS, "In progress"),
            (Status.DONE, "Done"),
            (Status.WITHDRAWN, "Withdrawn"),
        ],
    )

    def __init__(self, *args, action: Action, meeting, **kwargs):
        kwargs.setdefault("auto_id", f"id_{action.reference}_%s")
        super().__init__(*args, **kwargs)
        self.action = action
        self.helper = FormHelper()
        self.helper.form_action = reverse(
            "clerk_matters_arising_note", args=[meeting.pk, action.reference]
        )
        self.helper.label_size = Size.SMALL
        self.helper.layout = Layout(
            Field.textarea("note", rows=3),
            Field.select("status"),
            # Several of these forms share a page: each button needs its own id.
            Submit("submit", "Record note", css_id=f"{action.reference}-submit"),
        )

    def clean_note(self) -> str:
        return self.cleaned_data["note"].strip()

    def refusal(self, action: Action) -> str | None:
        return move_refusal(action, self.cleaned_data["status"] or None)


class MyActionsFilterForm(forms.Form):
    """Filters on "My actions": by status (open or in progress unless asked) and committee.

    A value not offered (a hand-made address) is left out, the page says so, and the other
    filter still applies.
    """

    CURRENT, ALL = "", "all"

    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[
            (CURRENT, "Open or in progress"),
            *Status.choices,
            (ALL, "All statuses"),
        ],
        error_messages={"invalid_choice": "Choose a status from the list"},
    )
    committee = forms.ModelChoiceField(
        label="Committee",
        required=False,
        queryset=Committee.objects.none(),
        empty_label="All committees",
        to_field_name="slug",
        error_messages={"invalid_choice": "Choose one of the committees in the list"},
    )

    def __init__(self, *args, committees=(), **kwargs):
        """`committees`: (slug, name) of each committee to offer, the only ones accepted."""
        super().__init__(*args, **kwargs)
        field = self.fields["committee"]
        field.queryset = Committee.objects.filter(slug__in=[slug for slug, _ in committees])
        field.choices = [("", field.empty_label), *committees]

    def filter(self, actions):
        self.is_valid()
        # The fields that passed; an unbound form has none, and shows what is current.
        chosen = getattr(self, "cleaned_data", {})
        status = chosen.get("status", self.CURRENT)
        if status == self.CURRENT:
            actions = actions.open()
        elif status != self.ALL:
            actions = actions.filter(status=status)
        if chosen.get("committee"):
            actions = actions.filter(item__meeting__committee=chosen["committee"])
        return actions
