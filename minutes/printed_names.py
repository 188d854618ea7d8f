"""How confirmed minutes print the people they name and the committee: the snapshot taken when
they are confirmed, and the names read back from it.

Confirmed minutes are the legal record, so they print each person as they were printed on the
day: a later change to someone's record (a new name, honorific, council or post), or to the
committee's name, does not reach them. The snapshot lives on the meeting (`printed_names`):

    {"committee": "Improvement and Innovation Board",
     "people": {"12": {"honorific": "Cllr", "name": "Peter Fleming",
                       "organisation": "Sevenoaks District Council", "position": ""}}}

A link still goes to the person's page as it is now (by their slug, which does not change).
An action's owner is not in it: who owns an action is tracking, and keeps moving.
"""

from __future__ import annotations

from dataclasses import dataclass

from minutes.addresses import address
from minutes.models import (
    AgendaItem,
    DeclarationOfInterest,
    DiscussionPoint,
    Meeting,
    Person,
    Report,
    full_name,
)

PRINTED_FIELDS = ("honorific", "name", "organisation", "position")


@dataclass(frozen=True)
class PrintedPerson:
    """A person as a page of the minutes prints them, with a link to their page."""

    slug: str
    honorific: str = ""
    name: str = ""
    organisation: str = ""
    position: str = ""

    @property
    def full_name(self) -> str:
        return full_name(self.honorific, self.name)

    def get_absolute_url(self) -> str:
        return address("person_detail", person=self.slug)

    def __str__(self) -> str:
        return self.full_name


def printed_person(meeting: Meeting, person: Person | None) -> PrintedPerson | None:
    """`person` as the meeting's minutes print them: as on the day they were confirmed, else
    (minutes not yet confirmed, or someone with no printed name) as their record stands."""
    if person is None:
        return None
    source = _on_the_day(meeting, person.pk) or {
        field: getattr(person, field) for field in PRINTED_FIELDS
    }
    return PrintedPerson(slug=person.slug, **{f: source.get(f, "") for f in PRINTED_FIELDS})


def printed_from_row(meeting: Meeting, row: dict, relation: str) -> PrintedPerson | None:
    """The person of a `values()` row as the meeting's minutes print them, like
    `printed_person` but with no person built: the row holds `<relation>_id`,
    `<relation>__slug` and `<relation>__<field>` for each of PRINTED_FIELDS."""
    pk = row[f"{relation}_id"]
    if pk is None:
        return None
    source = _on_the_day(meeting, pk) or {f: row[f"{relation}__{f}"] for f in PRINTED_FIELDS}
    return PrintedPerson(
        slug=row[f"{relation}__slug"], **{f: source.get(f, "") for f in PRINTED_FIELDS}
    )


def person_columns(relation: str) -> list[str]:
    """The `values()` columns `printed_from_row` reads for the person `relation`."""
    return [f"{relation}_id", f"{relation}__slug", *(f"{relation}__{f}" for f in PRINTED_FIELDS)]


def _on_the_day(meeting: Meeting, pk: int) -> dict | None:
    """How confirmed minutes printed the person with this key, if they are in the snapshot."""
    if meeting.is_locked and meeting.printed_names:
        return meeting.printed_names.get("people", {}).get(str(pk))
    return None


def printed_committee_name(meeting: Meeting) -> str:
    """The committee's name as the meeting's minutes print it."""
    if meeting.is_locked and meeting.printed_names and meeting.printed_names.get("committee"):
        return meeting.printed_names["committee"]
    return meeting.committee.name


# --- Taking the snapshot -----------------------------------------------------------------------


def people_named(meeting: Meeting) -> set[int]:
    """Everyone the pages of the meeting's minutes print: the register (and the members the
    substitutes stood in for), the chair, who signed them, and under each item who introduced
    it, spoke to a point, declared an interest or presented a report. Five queries.

    Exempt items count too: their people are printed only if the item is ever made public,
    and then as they were on the day.
    """
    named = {meeting.chair_id, meeting.signed_by_id} | people_on_register(meeting)
    named |= _named_under(AgendaItem.objects.filter(meeting=meeting))
    named.discard(None)
    return named


def people_on_register(meeting: Meeting) -> set[int]:
    """Everyone on the meeting's register, and the members the substitutes stood in for."""
    named = set()
    for person_id, stood_in_for in meeting.attendances.values_list(
        "person_id", "substitute_for_id"
    ):
        named.update((person_id, stood_in_for))
    named.discard(None)
    return named


def people_named_under(item: AgendaItem) -> set[int]:
    """Who introduced the item, spoke to its points, declared an interest or presented a report."""
    return _named_under(AgendaItem.objects.filter(pk=item.pk))


def _named_under(items) -> set[int]:
    named = set(items.values_list("introduced_by_id", flat=True))
    named.update(
        DiscussionPoint.speakers.through.objects.filter(
            discussionpoint__item__in=items
        ).values_list("person_id", flat=True)
    )
    named.update(
        DeclarationOfInterest.objects.filter(item__in=items).values_list("person_id", flat=True)
    )
    named.update(Report.objects.filter(item__in=items).values_list("presenter_id", flat=True))
    named.discard(None)
    return named


def _as_printed(people) -> dict[str, dict[str, str]]:
    return {
        str(person.pk): {field: getattr(person, field) for field in PRINTED_FIELDS}
        for person in people
    }


def snapshot(meeting: Meeting) -> dict:
    """How the meeting's minutes print the committee and everyone they name, as they stand now."""
    people = Person.objects.filter(pk__in=people_named(meeting)).only(*PRINTED_FIELDS)
    return {"committee": meeting.committee.name, "people": _as_printed(people)}


def reprinted(meeting: Meeting, *, people: set[int], committee: bool = False) -> dict:
    """The snapshot after a correction: `people`, and the committee when asked, printed again
    as they now stand; anyone the minutes now name who has no printed name yet added as they
    now stand; everyone else as they were printed."""
    names = meeting.printed_names or snapshot(meeting)
    printed = dict(names.get("people", {}))
    named = people_named(meeting)
    again = {pk for pk in named if pk in people or str(pk) not in printed}
    printed.update(_as_printed(Person.objects.filter(pk__in=again).only(*PRINTED_FIELDS)))
    return {
        "committee": meeting.committee.name if committee else names.get("committee", ""),
        "people": printed,
    }
