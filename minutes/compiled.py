"""Querysets compiled to SQL once per process for each shape, then run with each request's
values.

Django builds a queryset and compiles it to SQL on every request. For a query whose shape
(its tables, joins and conditions) stays the same and only some values change, such as a
search for other words, that work can be done once: the queryset is built with a marker
for each value that changes, compiled, and the places of the markers among its parameters
are kept. Each request then fills those places and runs the SQL. The SQL is the ORM's own,
built from the same querysets, so the publication rules in them are not written twice.

`compile_query` gives the SQL alone, for a query whose rows are read as tuples (search's
ranked union). `results` keeps the compiler too, so that Django's own iterables turn the
rows into what the queryset gives (instances with what they select of related rows, dicts
or tuples): the meeting page's queries run that way.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from django.db import connections, router
from django.db.models import QuerySet
from django.db.models.sql.compiler import SQLCompiler


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
    places = _places(params, markers)
    return CompiledQuery(sql=sql, params=tuple(params), places=places)


def _places(params, markers: dict[str, object]) -> tuple[tuple[int, str], ...]:
    """Where each marker is among a query's parameters; every marker must be somewhere.

    A list's marker is found whole (one parameter, as PostgreSQL's `= ANY(%s)` takes it) or
    by each of its values' markers (`name#0`, `name#1` … as `IN (%s, %s …)` takes them).
    """
    places = tuple(
        (index, name)
        for index, param in enumerate(params)
        for name, marker in markers.items()
        if type(param) is type(marker) and param == marker
    )
    placed = {name for _, name in places}

    def found(name: str) -> bool:
        whole, _, value = name.partition("#")
        marker = markers[name]
        return (
            name in placed
            or (bool(value) and whole in placed)
            or (type(marker) is list and all(f"{name}#{n}" in placed for n in range(len(marker))))
        )

    unused = [name for name in markers if not found(name)]
    if unused:
        raise ValueError(f"markers not found in the query's parameters: {sorted(unused)}")
    return places


# --- Querysets whose results Django's own iterables build --------------------------------------


def _marker(value, place: float, build: int):
    """A marker for the value at `place` among a query's values, in the first or second
    build of it: never a value of the record, and none the same as another. A list's
    marker is a list of markers, one for each of its values."""
    if type(value) is list:
        if not 0 < len(value) < 10_000:
            raise ValueError("a list of values cannot be compiled unless it holds 1 to 9,999")
        return [_marker(one, place + (n + 1) / 10_000, build) for n, one in enumerate(value)]
    if type(value) is int:
        return -730_000_000 - round(place * 10_000) * 2 - build
    if type(value) is str:
        return f"zzmarker{place}x{build}zz"
    raise ValueError(f"no marker for a value of type {type(value).__name__}")


def _each(values: dict) -> dict[str, object]:
    """Each value by name, and a list's values also one by one as `name#0`, `name#1` …"""
    each = dict(values)
    for name, value in values.items():
        if type(value) is list:
            each.update({f"{name}#{n}": one for n, one in enumerate(value)})
    return each


@dataclass(frozen=True)
class Statement:
    """A queryset compiled once: its SQL with the places of a request's values, and the
    compiler that knows how its rows become the queryset's results (instances, dicts or
    tuples, with what it selects of related rows)."""

    queryset: QuerySet
    compiler: SQLCompiler
    compiled: CompiledQuery
    converters: dict


class _CompiledQueryView:
    """The queryset's query as Django's iterables read it, whose compiler is already
    compiled."""

    def __init__(self, query, compiler: SQLCompiler):
        self._query, self._compiler = query, compiler

    def get_compiler(self, using=None, connection=None, elements=()):
        return self._compiler

    def __getattr__(self, name):
        return getattr(self._query, name)


class _Run:
    """What Django's iterables read of a queryset, for one run of a statement."""

    def __init__(self, queryset: QuerySet, compiler: SQLCompiler, alias: str):
        self.model = queryset.model
        self.db = alias
        self.query = _CompiledQueryView(queryset.query, compiler)
        self._known_related_objects = queryset._known_related_objects
        self._fields = queryset._fields


# Statements by shape (a key, and the length of each list of values), then by database.
_STATEMENTS: dict[tuple, dict[str, Statement]] = {}


def results(key: Hashable, build: Callable[..., QuerySet], **values) -> list:
    """The results of `build(**values)`, compiled once a process for `key` and run with
    `values`: instances, dicts or tuples, as the queryset gives them.

    `build` must give a queryset of the same shape whatever the values: ints, strings, or
    lists of them, each length of a list a shape of its own (so keep lists short and their
    lengths few, as a page of keys is). It is built twice at first, with two markers for
    each value, and refused if anything but the values differs between the two (a clock's
    reading, a value worked out from one), since that would be kept in the SQL for every
    later run. Each database the reads are routed to has its own compiled statement.
    """
    # A list's length is part of the shape: the SQL has a place for each of its values.
    shape = (key, *(len(value) for value in values.values() if type(value) is list))
    by_alias = _STATEMENTS.setdefault(shape, {})
    model = next(iter(by_alias.values())).queryset.model if by_alias else build(**values).model
    alias = router.db_for_read(model)
    statement = by_alias.get(alias)
    if statement is None:
        statement = by_alias[alias] = _statement(build, values, alias)
    params = list(statement.compiled.params)
    each = _each(values)
    for index, name in statement.compiled.places:
        params[index] = each[name]
    sql, params = statement.compiled.sql, tuple(params)
    compiler = copy.copy(statement.compiler)
    compiler.connection = connections[alias]
    compiler.as_sql = lambda *args, **kwargs: (sql, params)
    # What turns each column's value into Python's (a date from a timestamp, JSON…) is
    # the same on every run: worked out with the statement, not again for every row set.
    compiler.get_converters = lambda expressions: statement.converters
    queryset = statement.queryset
    return list(queryset._iterable_class(_Run(queryset, compiler, alias)))


def _statement(build: Callable[..., QuerySet], values: dict, alias: str) -> Statement:
    """Compile `build`'s queryset with markers for `values`, checking that nothing else in
    it changes from one build to another."""
    one, two = (
        {name: _marker(value, place, n) for place, (name, value) in enumerate(values.items())}
        for n in (0, 1)
    )
    queryset = build(**one).using(alias)
    if queryset._prefetch_related_lookups:
        raise ValueError("a compiled queryset cannot prefetch: prefetch after it")
    compiler = queryset.query.get_compiler(using=alias)
    sql, params = compiler.as_sql()
    again, params_again = build(**two).using(alias).query.get_compiler(using=alias).as_sql()
    compiled = CompiledQuery(sql=sql, params=tuple(params), places=_places(params, _each(one)))
    expected = list(params)
    second = _each(two)
    for index, name in compiled.places:
        expected[index] = second[name]
    if again != sql or list(params_again) != expected:
        raise ValueError("the queryset changes with more than its values: it cannot be compiled")
    columns = [column for column, _, _ in compiler.select[: compiler.col_count]]
    return Statement(
        queryset=queryset,
        compiler=compiler,
        compiled=compiled,
        converters=compiler.get_converters(columns),
    )
