"""Querysets compiled to SQL once per process for each shape, then run with each request's
values.

Django builds a queryset and compiles it to SQL on every request. For a query whose shape
(its tables, joins and conditions) stays the same and only some values change, such as a
search for other words, that work can be done once: the queryset is built with a marker
for each value that changes, compiled, and the places of the markers among its parameters
are kept. Each request then fills those places and runs the SQL. The SQL is the ORM's own,
built from the same querysets, so the publication rules in them are not written twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connections
from django.db.models import QuerySet


@dataclass(frozen=True)
class CompiledQuery:
    """A queryset's SQL and parameters, with the places of the values a request fills."""

    sql: str
    params: tuple
    places: tuple[tuple[int, str], ...]

    def rows(self, using: str, **values) -> list[tuple]:
        """Run the SQL with `values` in their places on the database `using`."""
        if values.keys() != {name for _, name in self.places}:
            raise ValueError(f"values for {sorted(values)}, places for {self.places}")
        params = list(self.params)
        for index, name in self.places:
            params[index] = values[name]
        with connections[using].cursor() as cursor:
            cursor.execute(self.sql, params)
            return cursor.fetchall()


def compile_query(queryset: QuerySet, markers: dict[str, object]) -> CompiledQuery:
    """Compile `queryset`, built with each of `markers`' values where a request's value goes.

    Every parameter equal to a marker (and of its type) is a place for that marker's value;
    each marker must be found at least once, so a value cannot silently go unused.
    """
    sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    places = tuple(
        (index, name)
        for index, param in enumerate(params)
        for name, marker in markers.items()
        if type(param) is type(marker) and param == marker
    )
    unused = set(markers) - {name for _, name in places}
    if unused:
        raise ValueError(f"markers not found in the query's parameters: {sorted(unused)}")
    return CompiledQuery(sql=sql, params=tuple(params), places=places)
