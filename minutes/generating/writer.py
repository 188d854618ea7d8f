"""Rows into tables in large batches, for the data generator: COPY on PostgreSQL, executemany
on SQLite, and the table ids to start from and the sequences to set after."""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.db import connection

FLUSH_ROWS = 50_000


class Writer:
    """Rows into tables in large batches: COPY on PostgreSQL, executemany elsewhere."""

    def __init__(self):
        self.rows: dict[str, list[tuple]] = defaultdict(list)
        self.columns: dict[str, tuple[str, ...]] = {}
        self.order: list[str] = []
        self.counts: dict[str, int] = defaultdict(int)
        self.postgres = connection.vendor == "postgresql"

    def table(self, name: str, columns: str) -> None:
        self.columns[name] = tuple(columns.split())
        self.order.append(name)

    def add(self, name: str, row: tuple) -> None:
        self.rows[name].append(row)

    def flush_if_full(self) -> None:
        """Write the batch once a table has a batch's worth: called between whole records
        (an item with everything under it), so a batch never holds half of one."""
        if any(len(rows) >= FLUSH_ROWS for rows in self.rows.values()):
            self.flush()

    def flush(self) -> None:
        """Write every table's rows, parents before children, so each batch's keys resolve."""
        with connection.cursor() as cursor:
            for name in self.order:
                rows = self.rows.pop(name, [])
                if not rows:
                    continue
                self.counts[name] += len(rows)
                columns = self.columns[name]
                if self.postgres:
                    with cursor.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
                        copy.write("".join(_copy_line(row) for row in rows))
                else:
                    marks = ", ".join(["%s"] * len(columns))
                    cursor.executemany(
                        f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})",
                        [tuple(_sqlite_value(value) for value in row) for row in rows],
                    )


_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_COPY_FORMATS = {
    type(None): lambda value: "\\N",
    bool: lambda value: "t" if value else "f",
    int: str,
    str: lambda value: value.translate(_ESCAPES),
    datetime.datetime: datetime.datetime.isoformat,
    datetime.date: datetime.date.isoformat,
    datetime.time: datetime.time.isoformat,
}


def _copy_line(row: tuple) -> str:
    """One row in COPY's text format: tab-separated, \\N for null, specials escaped."""
    return "\t".join([_COPY_FORMATS[type(value)](value) for value in row]) + "\n"


def _sqlite_value(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return value


def next_ids(*tables: str) -> dict[str, int]:
    """The id each table's next row will take: one past the highest there now."""
    with connection.cursor() as cursor:
        ids = {}
        for table in tables:
            cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")  # noqa: S608
            ids[table] = cursor.fetchone()[0] + 1
        return ids


def reset_sequences(tables) -> None:
    """On PostgreSQL, move each table's id sequence past the rows written with set ids."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
