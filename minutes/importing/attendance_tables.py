"""A register set out as an attendance table: a header row naming its columns, one row a person.

A committee-management page, or a table pasted from one, gives the register as
"Councillor | Role | Attendance" over "Councillor Ann Bell | Chair | Present": the header names
a column of people ("Councillor", "Member", "Name"), a column saying whether each came
("Attendance", "Status", "Present?") and perhaps others (a role, a ward, a party). Each row
is then one person, on the list its attendance cell names ("Present", "Apologies received",
"Absent", "In attendance"); a role of "Substitute for Councillor X" makes them a
substitute. No header cell, role or attendance word is a person, and a row whose person or
attendance cannot be read is left for the clerk, not guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from minutes.importing.cleaning import Line
from minutes.importing.speakers import split_names

if TYPE_CHECKING:
    from minutes.importing.register import Register

# The header cells that name the column of people.
NAME_COLUMNS = {
    "name",
    "names",
    "full name",
    "member",
    "members",
    "member name",
    "councillor",
    "councillors",
    "councillor name",
    "governor",
    "governors",
    "trustee",
    "trustees",
    "director",
    "directors",
    "attendee",
    "attendees",
    "representative",
}
# The header cells that name the column saying whether each came.
ATTENDANCE_COLUMNS = {
    "attendance",
    "attended",
    "attendance status",
    "status",
    "present",
    "present?",
    "present/apologies",
    "present / apologies",
}
# The other columns such a table has beside them: what each person is or stands for.
OTHER_COLUMNS = {
    "role",
    "position",
    "title",
    "office",
    "capacity",
    "representing",
    "organisation",
    "organization",
    "body",
    "ward",
    "division",
    "party",
    "group",
    "initials",
    "notes",
    "comments",
}
# An attendance cell as written, the whole of it: "Present (virtual)", "Sent apologies",
# "Absent without apologies" (absent: no apologies were sent), "Yes" under "Present?". A note
# after it in brackets or after a dash or comma is left aside (`_attendance_words`); other
# words after it make it something else ("Absent from training" under "Status", "Online
# Safety Governor" in a role's cell).
ATTENDANCE_CELLS = (
    (
        re.compile(r"^(?:(?:absent|not present|did not attend)(?: without apologies)?|no|n|✗)$"),
        "absent",
    ),
    (
        re.compile(
            r"^(?:(?:sent|gave|with) )?apolog\w*(?: (?:received|sent|given|tendered|noted|accepted))?$"
        ),
        "apologies",
    ),
    (re.compile(r"^in attendance$"), "in_attendance"),
    (re.compile(r"^substitut(?:e|ing)(?: for .+)?$"), "substitutes"),
    (
        re.compile(
            r"^(?:(?:present|attended|attending|in person|virtual(?:ly)?|remote(?:ly)?|online)"
            r"(?: (?:in person|virtually|remotely|online|(?:via|from|until|for) .+))?"
            r"|yes|y|✓|✔)$"
        ),
        "present",
    ),
)
# "(virtual)", "– left at 8.15pm", ", illness": a note on an attendance cell.
CELL_NOTE_RE = re.compile(r"\([^()]*\)|\s+[–—-]\s.*$|[,;:].*$")
# "Substitute for Councillor Threlkeldine", "Substitute": a role that makes a member present a
# substitute, as the register's "Substitute:" label does.
SUBSTITUTE_ROLE_RE = re.compile(r"^substitut(?:e|ing)\b", re.IGNORECASE)
# "School Business Manager (in attendance)": a role that says its holder attends, not as a member.
IN_ATTENDANCE_ROLE_RE = re.compile(r"\(in attendance\)", re.IGNORECASE)
# The words of a table's header and cells, which no person's name holds ("Total Present").
TABLE_WORDS = {"total", "vacancy", "vacant", "present", "apologies", "absent", "attendance"}


@dataclass
class AttendanceTable:
    """Where a table's header puts its columns, and the roles its rows have given so far."""

    size: int
    name: int
    attendance: int
    role: int | None
    roles: dict[str, int] = field(default_factory=dict)

    @classmethod
    def headed_by(cls, line: Line) -> AttendanceTable | None:
        """The table a header row opens: one column of people, one of attendance, and the
        others what each person is ("Councillor | Role | Attendance"); None for any other row
        ("Ref | Action | Owner | Status" names no people, "Member | Item | Interest" no
        attendance)."""
        cells = [cell.lower().strip(" :") for cell in _cells(line)]
        if len(cells) < 2 or not all(cells):
            return None
        names = [i for i, cell in enumerate(cells) if cell in NAME_COLUMNS]
        attendance = [i for i, cell in enumerate(cells) if cell in ATTENDANCE_COLUMNS]
        others = [i for i, cell in enumerate(cells) if cell in OTHER_COLUMNS]
        if len(names) != 1 or len(attendance) != 1 or len(others) != len(cells) - 2:
            return None
        role = next((i for i in others if cells[i] in {"role", "position", "office"}), None)
        return cls(len(cells), names[0], attendance[0], role)

    def holds(self, line: Line) -> bool:
        """Whether a line is a row of the table: cells, no more of them than its header has,
        the first no label ("Officers:<tab>Mrs Ann Marr" under the table starts a list)."""
        cells = _cells(line)
        return 2 <= len(cells) <= self.size and not line.level and not cells[0].endswith(":")

    def read(self, line: Line, register: Register) -> bool:
        """Put a row's person on the list its attendance cell names; whether it could be read.
        A row missing a cell (a blank one left out) is read only where its person is the
        first cell and its attendance the last, as the header has them."""
        cells = _cells(line)
        if len(cells) < self.size and not (self.name == 0 and self.attendance == self.size - 1):
            return False
        name = _person(cells[0 if len(cells) < self.size else self.name])
        kind = _attendance(cells[-1 if len(cells) < self.size else self.attendance])
        if not name or not kind or self._role_for_attendance(cells, kind):
            return False
        role = cells[self.role] if self.role is not None and len(cells) == self.size else ""
        if kind == "present":
            kind = _kind_by_role(role)
        role = IN_ATTENDANCE_ROLE_RE.sub("", role).strip()  # how they attend, not what they are
        register.add(kind, [name])
        for part in role.split(";"):  # "Chair; community governor": two roles
            self._give_role(part, name, register)
        return True

    def _role_for_attendance(self, cells: list[str], kind: str) -> bool:
        """Whether the last cell of a row missing one may be its role, not its attendance:
        "Tom Hale | Substitute" under "Name | Role | Attendance" leaves out either the role
        or whether he came, and a substitute is both a role and a way of attending."""
        return len(cells) < self.size and self.role is not None and kind == "substitutes"

    def _give_role(self, role: str, name: str, register: Register) -> None:
        """A role one row of the table holds names that person ("Chair"); one that several
        rows hold ("Member") names no one."""
        key = role.strip().lower()
        if not key:
            return
        self.roles[key] = self.roles.get(key, 0) + 1
        if self.roles[key] == 1:
            register.roles[key] = name
        elif register.roles.get(key) and self.roles[key] == 2:
            del register.roles[key]


def _kind_by_role(role: str) -> str:
    """Where a role puts someone the table has as present: "Substitute for Councillor X" is
    a substitute, as the register's "Substitute:" label has them, and "School Business
    Manager (in attendance)" is in attendance; any other role is a member present."""
    if SUBSTITUTE_ROLE_RE.match(role):
        return "substitutes"
    if IN_ATTENDANCE_ROLE_RE.search(role):
        return "in_attendance"
    return "present"


def _cells(line: Line) -> list[str]:
    """A row's cells, as a table in bars keeps them (its blank ones too) or as its columns."""
    return line.cells or line.columns


def _person(cell: str) -> str:
    """The person a name cell names, two words or more ("Councillor Ann Bell", "Cllr Bell"),
    else nothing ("Vacancy", "Total present")."""
    names, _, leftovers = split_names(cell)
    if len(names) != 1 or leftovers or len(names[0].split()) < 2:
        return ""
    if any(word.lower() in TABLE_WORDS for word in names[0].split()):
        return ""
    return names[0]


def _attendance(cell: str) -> str:
    """The register's list an attendance cell names, or nothing ("Items 1 to 3", "n/a",
    "Absent from training")."""
    text = _attendance_words(cell)
    return next((kind for pattern, kind in ATTENDANCE_CELLS if pattern.match(text)), "")


def _attendance_words(cell: str) -> str:
    """An attendance cell without its note: "Present" of "Present (virtual)", "Apologies" of
    "Apologies – illness"."""
    return " ".join(CELL_NOTE_RE.sub(" ", cell.lower()).split())
