"""The attendance register page's forms, checked and saved together.

Members are on the register by right: each is present, sends apologies or is absent. A
substitute is someone who is not a member of the committee, standing in for a member who
sent apologies. Officers and guests are in attendance. Nobody is on the register twice.
"""

from __future__ import annotations

from minutes.clerk.attendance_forms import (
    InAttendanceFormSet,
    PersonRowForm,
    RegisterRowForm,
    SubstituteFormSet,
)
from minutes.clerk.minute_taking import PageError, form_errors
from minutes.history import stamp_history
from minutes.models import Attendance, Meeting, Membership, Person
from minutes.people import find_or_create_person, split_honorific

Kind = Attendance.Kind
MEMBER_KINDS = [Kind.PRESENT, Kind.APOLOGIES, Kind.ABSENT]


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


class Register:
    """Every form of one meeting's register, bound to what was sent (or to what is saved)."""

    def __init__(self, meeting: Meeting, data=None):
        self.meeting = meeting
        self.is_bound = data is not None
        memberships = (
            Membership.objects.current(meeting.date)
            .filter(committee=meeting.committee)
            .exclude(role=Membership.Role.SUBSTITUTE)
            .select_related("person")
            .order_by("person__name")
        )
        recorded = list(meeting.attendances.select_related("person"))
        self.register_people: dict[int, Person] = {}
        roles: dict[int, str] = {}
        for membership in memberships:
            self.register_people.setdefault(membership.person_id, membership.person)
            roles.setdefault(membership.person_id, membership.get_role_display())
        for record in recorded:
            if record.kind in MEMBER_KINDS:
                self.register_people.setdefault(record.person_id, record.person)
        kinds = {r.person_id: r.kind for r in recorded if r.kind in MEMBER_KINDS}
        self.rows = []
        for person in self.register_people.values():
            form = RegisterRowForm(
                data,
                prefix=f"register-{person.pk}",
                person=person,
                initial={"kind": kinds.get(person.pk, "")},
            )
            form.role = roles.get(person.pk, "No longer a member")
            self.rows.append(form)
        members = Person.objects.filter(pk__in=list(self.register_people)).order_by("name")
        self.substitutes = SubstituteFormSet(
            data,
            prefix="substitutes",
            form_kwargs={"members": members},
            initial=[
                {"person": r.person, "stood_in_for": r.substitute_for_id}
                for r in recorded
                if r.kind == Kind.SUBSTITUTE
            ],
        )
        self.guests = InAttendanceFormSet(
            data,
            prefix="guests",
            initial=[
                {"person": r.person}
                for r in recorded
                if r.kind == Kind.IN_ATTENDANCE and r.person_id not in self.register_people
            ],
        )
        self.errors: list[PageError] = []

    @property
    def parts(self) -> list:
        """Every form and formset of the page, for the version check (minutes.clerk.versions)."""
        return [*self.rows, self.substitutes, self.guests]

    def has_changed(self) -> bool:
        return (
            any(form.has_changed() for form in self.rows)
            or self.substitutes.has_changed()
            or self.guests.has_changed()
        )

    # --- Checking ----------------------------------------------------------------------------

    def is_valid(self) -> bool:
        valid = all([form.is_valid() for form in self.rows])
        valid &= self.substitutes.is_valid() & self.guests.is_valid()
        if valid:
            valid = self._check_people()
        if not valid:
            for form in self.rows:
                self.errors += form_errors(form, form.person.full_name)
            for index, form in enumerate(self.substitutes.forms, start=1):
                self.errors += form_errors(form, f"Substitute, row {index}")
            for index, form in enumerate(self.guests.forms, start=1):
                self.errors += form_errors(form, f"In attendance, row {index}")
        return valid

    def _check_people(self) -> bool:
        """Refuse a member entered as a substitute or guest, anyone listed twice, and a
        substitute for a member who did not send apologies (or who has two).

        A name typed as a new person counts as the person it names, whatever honorific it
        carries when it matches a member: saving it would otherwise turn a member's
        "present" or "apologies" into something else, or add a second record of them.
        """
        ok = True
        apologies = {
            form.person.pk for form in self.rows if form.cleaned_data.get("kind") == Kind.APOLOGIES
        }
        on_register = {_name_key(p.name): p for p in self.register_people.values()}
        seen: set = set()
        stood_in_for: set[int] = set()
        sections = [(self.substitutes, "a substitute"), (self.guests, None)]
        for formset, role in sections:
            for form in formset.forms:
                if form.cleaned_data.get("remove") or form.is_blank:
                    continue
                field, person, key = self._whom(form, on_register)
                shown = person.full_name if person is not None else form.cleaned_data["new_name"]
                if person is not None and person.pk in self.register_people:
                    message = (
                        f"{shown} is a member of the committee: record them on the register "
                        "above. A substitute stands in for a member and is not one."
                        if role
                        else f"{shown} is on the register of members above; record them there."
                    )
                    form.add_error(field, message)
                    ok = False
                elif key in seen:
                    form.add_error(field, f"{shown} is listed twice.")
                    ok = False
                seen.add(key)
                if role is None:
                    continue
                member = form.cleaned_data["stood_in_for"]
                if member.pk not in apologies:
                    form.add_error(
                        "stood_in_for",
                        f"{member.full_name} is not recorded as sending apologies. A substitute "
                        "stands in for a member who sent apologies: mark theirs above.",
                    )
                    ok = False
                elif member.pk in stood_in_for:
                    form.add_error(
                        "stood_in_for", f"Someone else already stands in for {member.full_name}."
                    )
                    ok = False
                stood_in_for.add(member.pk)
        return ok

    def _whom(self, form: PersonRowForm, on_register: dict) -> tuple:
        """The field a row names someone in, the person it names (if known), and a key."""
        data = form.cleaned_data
        if data.get("person") is not None:
            return "person", data["person"], data["person"].pk
        honorific, name = split_honorific(data["new_name"])
        person = (
            on_register.get(_name_key(name))
            or Person.objects.filter(name__iexact=name, honorific__iexact=honorific).first()
        )
        key = person.pk if person is not None else (_name_key(honorific), _name_key(name))
        return "new_name", person, key

    # --- Saving ------------------------------------------------------------------------------

    def save(self, *, user=None, reason: str = "") -> None:
        """Save the register, each change in the attendance history with who made it and why.

        Afterwards `touched` holds everyone whose entry was added, changed or removed, and the
        members the changed substitutes stood in for.
        """
        meeting = self.meeting
        self.touched: set[int] = set()

        def record(person: Person, kind: str, substitute_for) -> None:
            attendance = meeting.attendances.filter(person=person).first() or Attendance(
                meeting=meeting, person=person
            )
            if attendance.pk and (attendance.kind, attendance.substitute_for) == (
                kind,
                substitute_for,
            ):
                return
            self.touched.update(
                pk
                for pk in (
                    person.pk,
                    attendance.substitute_for_id,
                    getattr(substitute_for, "pk", None),
                )
                if pk is not None
            )
            attendance.kind, attendance.substitute_for = kind, substitute_for
            stamp_history(attendance, user, reason)
            attendance.save()

        def remove(attendances) -> None:
            for attendance in attendances:
                self.touched.add(attendance.person_id)
                stamp_history(attendance, user, reason)
                attendance.delete()

        for form in self.rows:
            kind = form.cleaned_data["kind"]
            if not kind:
                remove(meeting.attendances.filter(person=form.person, kind__in=MEMBER_KINDS))
                continue
            record(form.person, kind, None)
        sections = [(self.substitutes, Kind.SUBSTITUTE), (self.guests, Kind.IN_ATTENDANCE)]
        for formset, kind in sections:
            keep: set[int] = set()
            for form in formset.forms:
                data = form.cleaned_data
                if data.get("remove") or form.is_blank:
                    continue
                person = data.get("person") or find_or_create_person(
                    data["new_name"],
                    position=data.get("new_position", ""),
                    organisation=data.get("new_organisation", ""),
                    email=data.get("new_email", ""),
                )
                keep.add(person.pk)
                record(person, kind, data.get("stood_in_for"))
            remove(meeting.attendances.filter(kind=kind).exclude(person_id__in=keep))
