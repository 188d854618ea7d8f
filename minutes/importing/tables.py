"""Minutes written as a table, one row an item, pasted with tabs between the columns.

A board's minutes are often a table: "Item", "Subject", "Discussion", "Decision",
"Action". Each row is an item: its number and subject are the heading, the discussion
its minute, and the decision and action cells are labelled "Decision:" and "Action:" so
that the item reader reads them as it reads any minute. A cell saying there was none
("None.", "No decision") is kept as text. The header row is kept as a line of its own
(its words are labels, not lost), and other text is left as it was. A row's cells wrapped
onto the lines straight under it, set in spaces under their columns, go back into their
cells first, each piece into the column it stands under.

A Word table "Item | Notes | Action by" pasted as text is another shape: the Item cell
holds the number and the title ("1. Welcome and apologies"), the Notes cell's further
paragraphs follow on lines of their own, and the owner in the Action by cell comes after a
tab at the end of the row's last line. Each row is an item: its Item cell stands as the
item's numbered title, and the lines under it, up to the next row, are its minute (a task
with its owner after a tab is read there as any task beside its owner).
"""

from __future__ import annotations

import re

from minutes.importing.columns import wrapped_cells

NUMBER_HEADERS = {
    "item",
    "no",
    "no.",
    "ref",
    "ref.",
    "minute",
    "minute no",
    "minute no.",
    "item no",
}
TITLE_HEADERS = {"subject", "title", "topic", "agenda item", "heading"}
TEXT_HEADERS = {"discussion", "minutes", "minute", "notes", "summary", "discussion summary"}
DECISION_HEADERS = {"decision", "decisions", "resolution", "resolved", "outcome"}
ACTION_HEADERS = {"action", "actions", "action required", "actions agreed"}
# "1. Welcome and apologies", "12 Date of next meeting": an Item cell holding the number
# and the title, at the start of a row of a pasted "Item | Notes | Action by" table.
ITEM_CELL_RE = re.compile(r"^(?P<item>\d{1,3}[.)]? +[A-Z][^\t]{0,150})\t")
NONE_RE = re.compile(r"^(?:none|nil|n/a|no decision|no action|-|–)\.?$", re.IGNORECASE)


def unfold_minute_tables(text: str) -> str:
    """Each row of a table of minutes becomes an item's heading, minute, decision, action."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    columns: dict[str, int] | None = None
    row = ""  # the row last read, as written, while the lines under it carry on its cells
    wraps: list[tuple[int, str]] = []
    for line in lines:
        if row:
            more = wrapped_cells(row, line) if "\t" not in line else []
            if more:
                wraps += more
                continue
            out.append(_unfold(_cells(_with_wraps(row, wraps)), columns))
            row, wraps = "", []
        cells = _cells(line)
        if columns is not None and "joined" in columns:
            if not line.strip():
                columns = None  # the blank line after the last row ends the table
                out.append(line)
            else:
                out.append(_joined_row(line))
            continue
        if columns is None:
            columns = _columns(cells) if len(cells) >= 3 else None
            out.append(line)
            continue
        if "\t" not in line and not line.startswith("#"):
            # a blank line between rows, or a list a row's cell held (a saved page reads
            # it out after the row): the table goes on
            out.append(line)
            continue
        if "\t" in line and len(cells) == 2:
            out.append(line)  # "11:30<tab>Break": a row of the table with no minute
            continue
        if "\t" not in line or len(cells) < 3:
            columns = None
            out.append(line)
            continue
        row = line  # unfolded once the lines wrapped under it are read
    if row:
        out.append(_unfold(_cells(_with_wraps(row, wraps)), columns))
    return "\n".join(out)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _with_wraps(row: str, wraps: list[tuple[int, str]]) -> str:
    """A row with the words wrapped under its cells put at the end of each cell's text."""
    added: dict[int, list[str]] = {}
    for end, text in wraps:
        added.setdefault(end, []).append(text)
    for end in sorted(added, reverse=True):
        row = f"{row[:end]} {' '.join(added[end])}{row[end:]}"
    return row


def _columns(cells: list[str]) -> dict[str, int] | None:
    """Which column holds what, if the cells are a table of minutes' header row."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = cell.lower().rstrip(":")
        for kind, names in (
            ("number", NUMBER_HEADERS),
            ("title", TITLE_HEADERS),
            ("text", TEXT_HEADERS),
            ("decision", DECISION_HEADERS),
            ("action", ACTION_HEADERS),
        ):
            if name in names and kind not in found:
                found[kind] = index
                break
    names = [cell.lower().rstrip(":") for cell in cells]
    if "time" in names and "title" not in found and "number" in found:
        # "Time | Item | Who | Notes" (a wiki's meeting notes): the time stands for the
        # number, and the Item column holds the title
        found["title"] = found.pop("number")
        found["number"] = names.index("time")
    has_body = {"text", "decision"} & found.keys()
    if (
        "title" not in found
        and "number" in found
        and names[found["number"]] == "item"
        and found.get("text") == found["number"] + 1
    ):
        # "Item | Notes | Action by": the Item cell holds the number and the title, the notes
        # beside it ("Item | Action | Who | Notes" is an action log, its items earlier ones)
        return {**found, "joined": found["number"]}
    return found if {"number", "title"} <= found.keys() and has_body else None


def _joined_row(line: str) -> str:
    """A line of an "Item | Notes | Action by" table pasted as text: a row's first line
    ("1. Welcome and apologies<tab>Hannah welcomed everyone.<tab>") stands its Item cell
    apart as the item's title, above the rest of the row; a line the Notes cell went on to
    keeps its owner after a tab; an empty last cell is no column."""
    match = ITEM_CELL_RE.match(line)
    if match is None:
        return line.rstrip("\t ")
    rest = "\t".join(c for c in _cells(line[match.end() :]) if c)
    return f"\n\n{match.group('item').strip()}\n\n{rest}"


def _unfold(cells: list[str], columns: dict[str, int]) -> str:
    def cell(kind: str) -> str:
        index = columns.get(kind)
        return cells[index] if index is not None and index < len(cells) else ""

    parts = [f"{cell('number')} {cell('title')}".strip()]
    used = {columns[k] for k in columns}
    parts += [cell("text")] + [c for i, c in enumerate(cells) if i not in used]
    for kind, label in (("decision", "Decision"), ("action", "Action")):
        value = cell(kind)
        parts.append(value if NONE_RE.match(value) else f"{label}: {value}" if value else "")
    return "\n\n" + "\n\n".join(p for p in parts if p) + "\n\n"


# "+--------+------+" and "+========+======+": the borders of a table drawn as a grid.
GRID_BORDER_RE = re.compile(r"^\s*\+(?:[-=]{2,}\+)+\s*$")
GRID_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")


def join_grid_rows(text: str) -> str:
    """A table drawn as a grid, each cell's words wrapped over several lines between its
    borders, becomes one row of bars a record: "| D26/19 | The minutes … were approved |"
    then "|        | as a correct record … |" read as one row. The borders are no words."""
    if "+-" not in text and "+=" not in text:
        return text
    out: list[str] = []
    record: list[str] | None = None

    def close() -> None:
        nonlocal record
        if record is not None:
            out.append("| " + " | ".join(" ".join(cell.split()) for cell in record) + " |")
        record = None

    for line in text.split("\n"):
        if GRID_BORDER_RE.match(line):
            close()
            out.append("")  # the border parts what is above it from what is below
            continue
        if GRID_ROW_RE.match(line):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if record is not None and len(cells) == len(record):
                record = [f"{old} {new}".strip() for old, new in zip(record, cells, strict=True)]
            else:
                close()
                record = cells
            continue
        close()
        out.append(line)
    close()
    return "\n".join(out)
