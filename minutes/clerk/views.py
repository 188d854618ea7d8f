"""The clerks' pages: meetings, attendance, agenda, minute-taking, publishing, corrections."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from simple_history.utils import get_m2m_reverse_field_name

from actions.models import Action
from minutes.clerk import versions
from minutes.clerk.access import clerk_required
from minutes.clerk.forms import (
    AgendaFormSet,
    ConfirmForm,
    CorrectionForm,
    InAttendanceFormSet,
    MeetingForm,
    RegisterRowForm,
    find_or_create_person,
    split_honorific,
    stamp_history,
)
from minutes.clerk.minute_taking import MinutesPage, PageError, form_errors
from minutes.models import (
    AgendaItem,
    Attendance,
    Decision,
    DiscussionPoint,
    Meeting,
    Membership,
    Person,
)
from minutes.services import WorkflowError, confirm_minutes, move_meeting, record_correction

STAGE_GROUPS = [
    (Meeting.Stage.DRAFT, "Draft", "Not yet public."),
    (Meeting.Stage.AGENDA, "Agenda published", "The public sees the agenda and its reports."),
    (
        Meeting.Stage.PUBLISHED,
        "Minutes published, awaiting confirmation",
        "Draft minutes are public until a later meeting confirms them.",
    ),
    (Meeting.Stage.CONFIRMED, "Confirmed", "The legal record: a change is a logged correction."),
]


def _meeting_for_clerk(pk: int) -> Meeting:
    return get_object_or_404(
        Meeting.objects.select_related("committee", "chair", "confirmed_at", "signed_by"), pk=pk
    )


def _item_for_clerk(pk: int, item_pk: int) -> AgendaItem:
    return get_object_or_404(
        AgendaItem.objects.select_related("meeting__committee"), pk=item_pk, meeting_id=pk
    )


def _posted(request: HttpRequest):
    """The submitted data, or None on a GET (an empty POST still binds, and fails checks)."""
    return request.POST if request.method == "POST" else None


def _crumbs(meeting: Meeting | None = None, *rest: tuple[str, str | None]) -> list:
    crumbs = [("Clerk", reverse("clerk:home"))]
    if meeting is not None:
        crumbs.append((str(meeting), reverse("clerk:meeting", args=[meeting.pk])))
    return [*crumbs, *rest]


# --- Meetings --------------------------------------------------------------------------------


@clerk_required
def home(request: HttpRequest) -> HttpResponse:
    meetings = Meeting.objects.select_related("committee").order_by("-starts_at")
    by_stage: dict[str, list[Meeting]] = {stage: [] for stage in Meeting.Stage}
    for meeting in meetings:
        by_stage[meeting.stage].append(meeting)
    groups = [
        {"stage": stage, "label": label, "hint": hint, "meetings": by_stage[stage]}
        for stage, label, hint in STAGE_GROUPS
    ]
    return render(request, "clerk/home.html", {"groups": groups})


@clerk_required
def meeting_create(request: HttpRequest) -> HttpResponse:
    form = MeetingForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        meeting = form.save()
        messages.success(request, f"Meeting added: {meeting}. Now record who attends.")
        return redirect("clerk:meeting", pk=meeting.pk)
    return render(
        request,
        "clerk/meeting_form.html",
        {
            "form": form,
            "errors": form_errors(form) if form.is_bound else [],
            "title": "Add a meeting",
            "crumbs": _crumbs(None, ("Add a meeting", None)),
        },
    )


@clerk_required
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_for_clerk(pk)
    items = meeting.agenda_items.all()
    attendance = meeting.attendances.select_related("person", "substitute_for")
    return render(
        request,
        "clerk/meeting_detail.html",
        {
            "meeting": meeting,
            "items": items,
            "attendance": attendance,
            "crumbs": _crumbs(None, (str(meeting), None)),
            "Stage": Meeting.Stage,
        },
    )


@clerk_required
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit a meeting's details; once its minutes are confirmed, as a correction with a reason."""
    meeting = _meeting_for_clerk(pk)
    data = _posted(request)
    form = MeetingForm(data, instance=meeting)
    correction = CorrectionForm(data, prefix="correction")
    conflict = None
    if data is not None and form.is_valid() & correction.is_valid():
        with transaction.atomic():
            locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
            conflict = _conflict(request, [MeetingForm(instance=locked)])
            reason = _correction_reason(locked, correction, form.has_changed())
            if conflict is None and reason is not None:
                stamp_history(form.instance, request.user, reason)
                form.save()
                if reason:
                    record_correction(meeting=locked, user=request.user, reason=reason)
        if conflict is None and reason is not None:
            messages.success(
                request, "Correction recorded." if reason else "Meeting details saved."
            )
            return redirect("clerk:meeting", pk=meeting.pk)
        if conflict is not None:
            form = MeetingForm(conflict.data, instance=locked)
            correction = CorrectionForm(conflict.data, prefix="correction")
    return render(
        request,
        "clerk/meeting_form.html",
        {
            "form": form,
            "correction": correction,
            "meeting": meeting,
            "errors": (form_errors(form) + form_errors(correction)) if form.is_bound else [],
            "title": "Correct the meeting’s details" if meeting.is_locked else "Edit the meeting",
            "crumbs": _crumbs(meeting, ("Edit", None)),
            **_version(request, conflict, lambda: [MeetingForm(instance=_meeting_for_clerk(pk))]),
        },
    )


def _correction_reason(meeting: Meeting, correction, changed: bool) -> str | None:
    """The reason to log with a change: "" before confirmation, the clerk's reason after;
    None when confirmed minutes would change without one (the form then says so)."""
    if not (meeting.is_locked and changed):
        return ""
    if not correction.require_reason():
        return None
    return correction.cleaned_data["reason"].strip()


def _conflict(request: HttpRequest, now) -> versions.Conflict | None:
    """Whether the record moved since the page was drawn; call holding the meeting's lock."""
    return versions.check(request.POST, versions.page_data(now), versions.page_labels(now))


def _version(request: HttpRequest, conflict, drawn) -> dict:
    """The page's version and any conflict, for the template.

    A page drawn afresh carries the record's version; one sent back with errors keeps the
    version it was drawn with, so that a save made after someone else's is still caught.
    """
    if conflict is not None:
        token = conflict.token
    elif request.method == "POST" and request.POST.get(versions.VERSION_FIELD):
        token = request.POST[versions.VERSION_FIELD]
    else:
        token = versions.token_for(versions.page_data(drawn()))
    return {"version": token, "conflict": conflict}


# --- Attendance ------------------------------------------------------------------------------


@clerk_required
def attendance(request: HttpRequest, pk: int) -> HttpResponse:
    """Record the register; once the minutes are confirmed, as a correction with a reason."""
    meeting = _meeting_for_clerk(pk)
    data = _posted(request)
    rows, guests, register_people = _register_forms(meeting, data)
    correction = CorrectionForm(data, prefix="correction")
    errors: list[PageError] = []
    conflict = None
    if data is not None:
        valid = all([form.is_valid() for form in rows]) & guests.is_valid()
        valid &= correction.is_valid()
        if valid:
            valid = _check_guests(guests, register_people)
        if valid:
            changed = any(form.has_changed() for form in rows) or guests.has_changed()
            with transaction.atomic():
                locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
                now, now_guests, _ = _register_forms(locked, None)
                conflict = _conflict(request, [*now, now_guests])
                reason = _correction_reason(locked, correction, changed)
                if conflict is None and reason is not None:
                    _save_register(meeting, rows, guests, user=request.user, reason=reason)
                    if reason:
                        record_correction(meeting=locked, user=request.user, reason=reason)
            if conflict is None and reason is not None:
                messages.success(request, "Correction recorded." if reason else "Attendance saved.")
                return redirect("clerk:meeting", pk=meeting.pk)
            if conflict is not None:
                rows, guests, register_people = _register_forms(meeting, conflict.data)
                correction = CorrectionForm(conflict.data, prefix="correction")
        for form in rows:
            errors += form_errors(form, form.person.full_name)
        for index, form in enumerate(guests.forms, start=1):
            errors += form_errors(form, f"In attendance, row {index}")
        errors += form_errors(correction)

    def drawn():
        fresh, fresh_guests, _ = _register_forms(_meeting_for_clerk(pk), None)
        return [*fresh, fresh_guests]

    return render(
        request,
        "clerk/attendance.html",
        {
            "meeting": meeting,
            "rows": rows,
            "guests": guests,
            "correction": correction,
            "errors": errors,
            "crumbs": _crumbs(meeting, ("Attendance", None)),
            **_version(request, conflict, drawn),
        },
    )


def _register_forms(meeting: Meeting, data):
    """The register's rows (the committee's members that day, and anyone else recorded as a
    member would be), the formset of others in attendance, and the people on the register."""
    memberships = (
        Membership.objects.current(meeting.date)
        .filter(committee=meeting.committee)
        .select_related("person")
        .order_by("person__name")
    )
    recorded = {a.person_id: a for a in meeting.attendances.select_related("person")}
    register_people: dict[int, Person] = {}
    roles: dict[int, str] = {}
    for membership in memberships:
        register_people.setdefault(membership.person_id, membership.person)
        roles.setdefault(membership.person_id, membership.get_role_display())
    for record in recorded.values():
        if record.kind != Attendance.Kind.IN_ATTENDANCE:
            register_people.setdefault(record.person_id, record.person)
    members = Person.objects.filter(pk__in=list(register_people)).order_by("name")
    rows = []
    for person in register_people.values():
        existing = recorded.get(person.pk)
        initial = {"kind": "", "substitute_for": None}
        if existing and existing.kind != Attendance.Kind.IN_ATTENDANCE:
            initial = {"kind": existing.kind, "substitute_for": existing.substitute_for_id}
        form = RegisterRowForm(
            data, prefix=f"register-{person.pk}", person=person, members=members, initial=initial
        )
        form.role = roles.get(person.pk, "No longer a member")
        rows.append(form)
    others = [
        {"person": a.person}
        for a in recorded.values()
        if a.kind == Attendance.Kind.IN_ATTENDANCE and a.person_id not in register_people
    ]
    guests = InAttendanceFormSet(data, prefix="guests", initial=others)
    return rows, guests, register_people


def _check_guests(guests, register_people: dict[int, Person]) -> bool:
    """Refuse a guest who is a member on the register, or anyone listed twice.

    A name typed as a new person counts as the person it names: saving it would otherwise
    turn a member's "present" or "apologies" into "in attendance", or add a second record
    of them. A typed name matches a member on the register whatever honorific it carries.
    """
    ok = True
    on_register = {_name_key(p.name): p for p in register_people.values()}
    seen: set[int | tuple[str, str]] = set()
    for form in guests.forms:
        data = form.cleaned_data
        if data.get("remove"):
            continue
        field, person, typed = "person", data.get("person"), None
        if person is None and data.get("new_name"):
            # Whom the typed name stands for: a member on the register of that name, or
            # the known person find_or_create_person would reuse when saving.
            field = "new_name"
            honorific, name = split_honorific(data["new_name"])
            typed = (_name_key(honorific), _name_key(name))
            person = (
                on_register.get(_name_key(name))
                or Person.objects.filter(name__iexact=name, honorific__iexact=honorific).first()
            )
        if person is None and typed is None:
            continue
        key = person.pk if person is not None else typed
        if person is not None and person.pk in register_people:
            form.add_error(
                field,
                f"{person.full_name} is on the register of members above; record them there.",
            )
            ok = False
        elif key in seen:
            shown = person.full_name if person is not None else data["new_name"]
            form.add_error(field, f"{shown} is listed twice.")
            ok = False
        seen.add(key)
    return ok


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _save_register(meeting: Meeting, rows, guests, *, user=None, reason: str = "") -> None:
    """Save the register, each change in the attendance history with who made it and why."""

    def record(person: Person, kind: str, substitute_for) -> None:
        attendance = meeting.attendances.filter(person=person).first() or Attendance(
            meeting=meeting, person=person
        )
        if attendance.pk and (attendance.kind, attendance.substitute_for) == (
            kind,
            substitute_for,
        ):
            return
        attendance.kind, attendance.substitute_for = kind, substitute_for
        stamp_history(attendance, user, reason)
        attendance.save()

    def remove(attendances) -> None:
        for attendance in attendances:
            stamp_history(attendance, user, reason)
            attendance.delete()

    for form in rows:
        kind = form.cleaned_data["kind"]
        if not kind:
            remove(
                meeting.attendances.filter(person=form.person).exclude(
                    kind=Attendance.Kind.IN_ATTENDANCE
                )
            )
            continue
        record(form.person, kind, form.cleaned_data["substitute_for"])
    keep: set[int] = set()
    for form in guests.forms:
        data = form.cleaned_data
        if data.get("remove"):
            continue
        person = data.get("person")
        if person is None and data.get("new_name"):
            person = find_or_create_person(
                data["new_name"],
                position=data.get("new_position", ""),
                organisation=data.get("new_organisation", ""),
            )
        if person is None:
            continue
        keep.add(person.pk)
        record(person, Attendance.Kind.IN_ATTENDANCE, None)
    remove(
        meeting.attendances.filter(kind=Attendance.Kind.IN_ATTENDANCE).exclude(person_id__in=keep)
    )


# --- The agenda ------------------------------------------------------------------------------


@clerk_required
def agenda(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_for_clerk(pk)
    data = request.POST if request.method == "POST" else None
    formset = AgendaFormSet(data, instance=meeting, prefix="items")
    formset.can_delete = not meeting.is_locked
    correction = CorrectionForm(data, prefix="correction")
    errors: list[PageError] = []
    conflict = None
    if data is not None:
        valid = formset.is_valid() & correction.is_valid()
        if valid and meeting.is_locked and formset.has_changed():
            valid = correction.require_reason()
        if valid:
            with transaction.atomic():
                locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
                conflict = _conflict(request, [_agenda_formset(locked)])
                reason = ""
                if conflict is None and locked.is_locked and formset.has_changed():
                    valid = correction.require_reason()
                    reason = correction.cleaned_data.get("reason", "").strip() if valid else ""
                if conflict is None and valid:
                    changed = formset.save_agenda(user=request.user, reason=reason)
                    for item in changed if reason else []:
                        record_correction(item=item, user=request.user, reason=reason)
            if conflict is None and valid:
                messages.success(request, "Agenda saved.")
                return redirect("clerk:agenda", pk=meeting.pk)
            if conflict is not None:
                formset = AgendaFormSet(conflict.data, instance=locked, prefix="items")
                formset.can_delete = not locked.is_locked
                correction = CorrectionForm(conflict.data, prefix="correction")
        if conflict is None:
            for index, form in enumerate(formset.forms, start=1):
                errors += form_errors(form, f"Item row {index}")
            errors += [PageError(m, "items-rows") for m in formset.non_form_errors()]
            errors += form_errors(correction)
    return render(
        request,
        "clerk/agenda.html",
        {
            "meeting": meeting,
            "formset": formset,
            "correction": correction,
            "errors": errors,
            "crumbs": _crumbs(meeting, ("Agenda", None)),
            **_version(request, conflict, lambda: [_agenda_formset(_meeting_for_clerk(pk))]),
        },
    )


def _agenda_formset(meeting: Meeting):
    formset = AgendaFormSet(instance=meeting, prefix="items")
    formset.can_delete = not meeting.is_locked
    return formset


# --- Minute-taking ---------------------------------------------------------------------------


@clerk_required
def item_minutes(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    item = _item_for_clerk(pk, item_pk)
    conflict = None
    if request.method != "POST":
        page = MinutesPage(item)
    elif "add_people" in request.POST:
        page = _add_people(request, item)
    else:
        page = MinutesPage(item, request.POST, request.FILES)

        def stale():
            nonlocal conflict
            conflict = _conflict(request, MinutesPage(_item_for_clerk(pk, item_pk)).parts)
            return conflict is not None

        if page.is_valid() and page.save(user=request.user, stale=stale):
            messages.success(request, f"Minutes saved for item {item.number}, {item.title}.")
            return redirect("clerk:item_minutes", pk=pk, item_pk=item.pk)
        page.keep_uploads()
        if conflict is not None:
            page = MinutesPage(_item_for_clerk(pk, item_pk), conflict.data, None)
            page.keep_uploads()
            page.show_without_errors()
    return render(
        request,
        "clerk/item_minutes.html",
        {
            "item": item,
            "meeting": item.meeting,
            "page": page,
            "crumbs": _crumbs(item.meeting, (f"Item {item.number}", None)),
            **_version(request, conflict, lambda: MinutesPage(_item_for_clerk(pk, item_pk)).parts),
        },
    )


def _add_people(request: HttpRequest, item: AgendaItem) -> MinutesPage:
    """Add the people typed as new, then redraw the page exactly as typed, nothing saved."""
    page = MinutesPage(item, request.POST, request.FILES)
    if not page.people.is_valid():
        page.errors = []
        for index, form in enumerate(page.people.forms, start=1):
            page.errors += form_errors(form, f"New person {index}")
        return page
    with transaction.atomic():
        added = page.add_people()
    if added:
        names = ", ".join(person.full_name for person in added)
        messages.success(
            request,
            f"Added to the register as in attendance: {names}. Nothing else is saved yet.",
        )
    data = request.POST.copy()
    for key in [k for k in data if k.startswith("people-")]:
        del data[key]
    data.update({"people-TOTAL_FORMS": "1", "people-INITIAL_FORMS": "0"})
    page = MinutesPage(item, data, request.FILES)
    page.keep_uploads()
    page.show_without_errors()
    return page


@clerk_required
def item_history(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    item = _item_for_clerk(pk, item_pk)
    sources = [
        (AgendaItem.history.filter(id=item.pk), "The item", {"position"}),
        (DiscussionPoint.history.filter(item_id=item.pk), "Point", set()),
        (Decision.history.filter(item_id=item.pk), "Decision", {"position"}),
        (Action.history.filter(item_id=item.pk), "Action", {"updated_at", "created_at"}),
    ]
    entries = []
    for history, label, skip in sources:
        records = list(
            history.select_related("history_user").order_by("id", "history_date", "history_id")
        )
        m2m_rows = _m2m_rows(history)
        for record in records:
            record.changes = []
        for older, newer in pairwise(records):
            if older.id != newer.id:
                continue
            # Plain fields are compared in memory; diff_against would run two queries per
            # many-to-many field for every pair of revisions, so those come from m2m_rows.
            delta = newer.diff_against(older, excluded_fields=skip | set(m2m_rows))
            changes = [(c.field, c.old, c.new) for c in delta.changes]
            for field, by_revision in m2m_rows.items():
                old = by_revision.get(older.history_id, [])
                new = by_revision.get(newer.history_id, [])
                if old != new:
                    changes.append((field, old, new))
            newer.changes = sorted(changes, key=lambda change: change[0])
        entries += [_history_entry(record, label) for record in records]
    _name_people(entries)
    entries.sort(key=lambda e: e["when"], reverse=True)
    return render(
        request,
        "clerk/item_history.html",
        {
            "item": item,
            "meeting": item.meeting,
            "entries": entries,
            "corrections": item.corrections.select_related("made_by"),
            "crumbs": _crumbs(item.meeting, (f"Item {item.number}: history", None)),
        },
    )


def _m2m_rows(history) -> dict[str, dict[int, list[dict]]]:
    """Each many-to-many field's rows at every revision in `history`, one query per field.

    The rows are those diff_against compares (a point's speakers: [{"discussionpoint": 4,
    "person": 3}, ...]), keyed by the revision's history_id, in the same order.
    """
    found: dict[str, dict[int, list[dict]]] = {}
    for field in history.model._history_m2m_fields:
        rows_model = getattr(history.model, field.name).model
        compared = [
            f.name
            for f in rows_model._meta.fields
            if f.editable and f.name not in ("id", "m2m_history_id", "history")
        ]
        rows = rows_model.objects.filter(history_id__in=history.values("history_id")).order_by(
            "history_id", get_m2m_reverse_field_name(field)
        )
        by_revision: dict[int, list[dict]] = defaultdict(list)
        for row in rows.values("history_id", *compared):
            by_revision[row.pop("history_id")].append(row)
        found[field.name] = by_revision
    return found


HISTORY_KINDS = {"+": "Added", "~": "Changed", "-": "Removed"}
PERSON_FIELDS = {"introduced_by", "owner", "speakers", "presenter"}


def _history_entry(record, label: str) -> dict:
    model = record.instance_type
    names = {
        f.name: str(f.verbose_name) for f in model._meta.get_fields() if hasattr(f, "verbose_name")
    }
    if label == "Point":
        label = f"Point {record.position}"
    elif label == "Action":
        label = f"Action {record.reference}"
    return {
        "when": record.history_date,
        "who": record.history_user,
        "what": HISTORY_KINDS.get(record.history_type, record.history_type),
        "label": label,
        "reason": record.history_change_reason or "",
        "changes": [
            {"field": field, "label": names.get(field, field).capitalize(), "old": old, "new": new}
            for field, old, new in record.changes
        ],
        "summary": str(record.instance) if record.history_type != "~" else "",
    }


def _name_people(entries: list[dict]) -> None:
    """Show people by name rather than number, looking them all up in one query."""

    def ids(value) -> list[int]:
        if isinstance(value, list):  # many-to-many rows, e.g. [{"person": 3, ...}]
            return [row.get("person") for row in value if isinstance(row, dict)]
        return [value] if isinstance(value, int) else []

    changes = [c for e in entries for c in e["changes"] if c["field"] in PERSON_FIELDS]
    wanted = {pk for c in changes for pk in ids(c["old"]) + ids(c["new"])}
    names = {p.pk: p.full_name for p in Person.objects.filter(pk__in=wanted)}
    for entry in entries:
        for change in entry["changes"]:
            for side in ("old", "new"):
                value = change[side]
                if change["field"] in PERSON_FIELDS:
                    value = ", ".join(names.get(pk, f"person {pk}") for pk in ids(value))
                change[side] = _shown(value)


def _shown(value) -> str:
    if value in (None, ""):
        return "(blank)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    return str(value)


# --- The workflow ------------------------------------------------------------------------------


@require_POST
@clerk_required
def meeting_move(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_for_clerk(pk)
    to = request.POST.get("to", "")
    try:
        move_meeting(meeting=meeting, to=to, user=request.user)
    except WorkflowError as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, f"{meeting}: now “{meeting.get_stage_display()}”.")
    return redirect("clerk:meeting", pk=meeting.pk)


@clerk_required
def meeting_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_for_clerk(pk)
    form = ConfirmForm(_posted(request), meeting=meeting)
    if request.method == "POST" and form.is_valid():
        try:
            confirm_minutes(
                meeting=meeting,
                confirmed_at=form.cleaned_data["confirmed_at"],
                signed_by=form.cleaned_data["signed_by"],
                confirmed_on=form.cleaned_data["confirmed_on"],
                user=request.user,
            )
        except WorkflowError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, f"The minutes of {meeting} are confirmed.")
            return redirect("clerk:meeting", pk=meeting.pk)
    return render(
        request,
        "clerk/confirm.html",
        {
            "meeting": meeting,
            "form": form,
            "errors": form_errors(form) if form.is_bound else [],
            "crumbs": _crumbs(meeting, ("Confirm the minutes", None)),
        },
    )
