"""Finding people in the record by the names minutes print: "Cllr Jane Smith", "Dr A Patel"."""

from __future__ import annotations

from minutes.models import Person

HONORIFICS = (
    "Cllr",
    "Councillor",
    "Dame",
    "Sir",
    "Dr",
    "Lord",
    "Baroness",
    "Prof",
    "Professor",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
)


def split_honorific(full_name: str) -> tuple[str, str]:
    """'Cllr Jane Smith' → ('Cllr', 'Jane Smith'): the record keeps the honorific apart."""
    first, _, rest = full_name.strip().partition(" ")
    if rest and first.rstrip(".") in HONORIFICS:
        return first.rstrip("."), rest.strip()
    return "", full_name.strip()


def find_or_create_person(
    full_name: str, *, position: str = "", organisation: str = "", email: str = ""
) -> Person:
    """The known person of exactly this name, or a new one; never a silent duplicate.

    An email address given for a known person without one is kept, so that they can be
    reminded of their actions; one they have already is never replaced this way.
    """
    honorific, name = split_honorific(full_name)
    existing = Person.objects.filter(name__iexact=name, honorific__iexact=honorific).first()
    if existing:
        if email and not existing.email:
            existing.email = email
            existing.save(update_fields=["email"])
        return existing
    return Person.objects.create(
        honorific=honorific, name=name, position=position, organisation=organisation, email=email
    )
