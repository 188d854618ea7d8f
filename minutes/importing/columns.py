"""A table set out in spaces: where its columns start, and its cells wrapped onto the next line.

A row of a log or of a table of minutes laid out with spaces has its columns where its
pieces of text start (`Layout`; its header's, where it has one). A cell too long for its
column carries on in the lines under the row, each piece under its own column: "AGC.31
Circulate the responses for the three limited   Head of Audit" above "        assurance
reports". `continues_cell` tells such a line from a row of its own, `add_to_cell` puts each
piece back in the cell above it, and `split_as_header` splits a row whose first columns
stand only two spaces apart where its header's columns start. A rule of dashes under a
header ("------  -----  ----") places the table's columns (`ruled_header`): its rows split
where they start, and a row's first cell goes on in the indented lines under it ("Update the
policy and   HT   Jan" above "  write to parents"). `wrapped_cells` gives the
pieces of a line that carry on the row above it, as `minutes.importing.paragraphs` reads
them, for a table of minutes read row by row (`minutes.importing.tables`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.importing.cleaning import COLUMN_RULE_RE, UNDERLINE_RE, Line, clean_line, indent


@dataclass
class Layout:
    """A row of a table as written: where its columns start (worked out once a row), and
    whether its first cell is a label ("In attendance:"), and whether a rule of dashes under
    it placed its columns."""

    raw: str
    starts: list[int]
    label: bool
    ruled: bool = False

    @classmethod
    def of(cls, raw: str) -> Layout:
        return cls(raw, _column_starts(raw), raw.split("   ")[0].strip().endswith(":"))


def continues_cell(row: Layout | None, layout: Layout | None, raw: str, line: Line) -> bool:
    """A row's cells wrapped onto the next line, indented to their columns: "AGC.31  Circulate
    the responses for the three limited   Head of Audit" above "        assurance reports", or
    "A25/61  Nov 25   Publish the urgent   CDO   Complete -" above "      winter plan on the
    website        closed 5/3/26" (the first column left empty, each piece under its own;
    `layout` is the table's header where it has one, else the row)."""
    if row is None or layout is None or line.is_bullet or "\t" in raw:
        return False
    if layout.ruled and _wrapped_in_first_column(layout, raw, line):
        return True
    if indent(raw) < 3:
        return False
    starts, pieces = layout.starts, _pieces(raw)
    under_columns = (
        len(starts) >= 3
        # (under a label, a line under every column but the first is a row of its own, its
        # first cell left blank: "In attendance:  Fiona Large  Licensing Officer" then
        # "                Zara Holt    Democratic Services Officer")
        and (len(pieces) < len(starts) - 1 or not row.label)
        and all(any(abs(start - piece) <= 2 for start in starts[1:]) for piece, _ in pieces)
    )
    return under_columns or (not line.columns and line.text[0].islower())


def _wrapped_in_first_column(layout: Layout, raw: str, line: Line) -> bool:
    """'  write to parents about it' under 'Update the behaviour policy and   HT   Jan 2027',
    in a table whose header is ruled: a line set in under the first column, ending before the
    second starts, carries on the first cell (a row of its own starts at the column's start)."""
    starts = layout.starts
    return (
        len(starts) >= 2
        and not line.columns
        and starts[0] < indent(raw) < starts[1]
        and len(raw.rstrip()) < starts[1]
        and not _paragraph_of_its_own(line.text)
    )


# "Also present:", "Note:": a line's label, the words before its colon.
OWN_LABEL_RE = re.compile(r"^[A-Z][\w '’-]{0,25}:(?:\s|$)")


def _paragraph_of_its_own(text: str) -> bool:
    """'  Members agreed.' or '  Also present: Cllr Day' under a table's last row: a sentence
    begun with a capital and ended with a stop, or a line under a label, is a paragraph of its
    own, set in; a task's words wrapped under its cell carry on mid-sentence ('  write to
    parents about it', '  base')."""
    whole_sentence = text[:1].isupper() and text.rstrip()[-1:] in {".", "!", "?"}
    return whole_sentence or bool(OWN_LABEL_RE.match(text))


def ruled_header(header: Line, header_raw: str, raw: str) -> Layout | None:
    """'Action   Owner  Deadline' above '-------  -----  --------': a rule under a header's
    columns, a run of dashes under each, keeps the header as the table's layout, with its
    columns where the runs start (a header whose words stand two spaces apart is split there).
    None when `raw` is no such rule, or the header's words do not stand over its runs."""
    if header.is_bullet or "\t" in header_raw or not COLUMN_RULE_RE.match(raw):
        return None
    starts = [m.start() for m in re.finditer(r"\S+", raw)]
    layout = Layout(header_raw, starts, False, ruled=True)
    if len(header.cells) != len(starts):
        split_as_header(header, header_raw, layout)
    if len(header.cells) != len(starts):
        return None
    return layout


def _column_starts(raw: str) -> list[int]:
    """Where each column of a line set out in columns starts, the first's indent included."""
    return [m.start(1) for m in re.finditer(r"(?:^ *|(?<=\t)|(?<=   ))(\S)", raw)]


def _pieces(raw: str) -> list[tuple[int, str]]:
    """Each run of words in a line set out in columns, with where it starts."""
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: {1,2}\S+)*", raw)]


def add_to_cell(row: Line, layout: Layout, raw: str) -> None:
    """Add each piece of a wrapped line to the cell of the row that starts nearest above it."""
    for place, text in _placed(layout, raw, len(row.cells)):
        row.cells[place] = f"{row.cells[place]} {text}"
    row.columns = row.cells
    row.text = " ".join(row.cells)


def _placed(layout: Layout, raw: str, cells: int) -> list[tuple[int, str]]:
    """Each piece of a wrapped line, with the column (of `cells`) that starts nearest above it."""
    starts = layout.starts
    pieces = _pieces(raw) if raw.count("   ") else [(indent(raw), " ".join(raw.split()))]
    placed = []
    for column, text in pieces:
        place = min(range(len(starts)), key=lambda i: abs(starts[i] - column)) if starts else 0
        placed.append((min(place, cells - 1), text))
    return placed


def wrapped_cells(row_raw: str, raw: str) -> list[tuple[int, str]]:
    """The pieces of `raw`, the line straight under a table's row `row_raw`, that carry on
    the row's cells (as `paragraphs` reads them), each with where its cell's text ends in
    `row_raw`: "       A26/02  Company Secretary to …" under "Time<tab>Item<tab>Who"
    carries on the Item cell. Nothing when `raw` is a line of its own."""
    row_line, line = clean_line(row_raw), clean_line(raw)
    if not row_line.cells or not line.text or UNDERLINE_RE.match(raw):
        return []
    row = Layout.of(row_raw)
    if not continues_cell(row, row, raw, line):
        return []
    ends = [
        start + len(row_raw[start:end].rstrip())
        for start, end in zip(row.starts, [*row.starts[1:], len(row_raw)], strict=True)
    ]
    return [(ends[place], text) for place, text in _placed(row, raw, len(row_line.cells))]


def split_as_header(line: Line, raw: str, header: Layout) -> None:
    """'A25/61  Nov 25    Publish …' under 'Ref     Meeting   Action …': a row whose first
    columns stand only two spaces apart, split where its header's columns start."""
    starts = set(header.starts)
    cells: list[str] = []
    for match in re.finditer(r"\S+(?: \S+)*", raw):
        start, text = match.start(), match.group()
        if cells and not {start - 1, start, start + 1} & starts:
            cells[-1] = f"{cells[-1]}  {text}"  # not where a column starts: the same cell
        else:
            cells.append(text)
    if len(cells) == len(header.starts):
        line.cells = line.columns = cells
