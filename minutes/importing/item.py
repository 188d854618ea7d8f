"""Reading one item's minute as pasted into the record's shape.

An item's minute, as a modern.gov page shows it, arrives as "Agenda item", the title,
"Minutes:", the minute itself and "Supporting documents:". `parse_minute` takes off that
furniture and finds the title; `minutes.importing.body` reads the rest into the record's
parts.
"""

from __future__ import annotations

from minutes.importing import decisions as dec
from minutes.importing.action_lists import ACTION_HEADINGS
from minutes.importing.body import (
    DECISION_HEADINGS,
    DISCUSSION_HEADINGS,
    TITLE_FURNITURE,
    ParsedMinute,
    parse_body,
)
from minutes.importing.cleaning import Line, is_chrome, looks_like_heading
from minutes.importing.paragraphs import paragraphs


def parse_minute(text: str) -> ParsedMinute:
    """Read a pasted minute (one item) into its parts.

    The title is the first line before "Minutes:" that is not furniture; whatever else
    stands there (the agenda's description of the item) is the minute's first text, not
    glued onto the title. With no "Minutes:" label, a short first line is the title.
    """
    return read_minute([p for p in paragraphs(text) if not is_chrome(p.text)])


def read_minute(found: list[Line], title: str = "") -> ParsedMinute:
    """`parse_minute` on paragraphs already read; a title given is the item's, and the
    first line is then read as the minute's."""
    # The page furniture: "Agenda item", then the title, then "Minutes:".
    lowered = [p.text.lower() for p in found]
    if "minutes:" in lowered:
        start = lowered.index("minutes:")
        before = [p for p in found[:start] if p.text.lower() not in TITLE_FURNITURE]
        if before and not title:
            title, before = before[0].text, before[1:]
        found = before + found[start + 1 :]
    else:
        found = [p for p in found if p.text.lower() not in TITLE_FURNITURE]
        if not title and len(found) > 1 and _reads_as_a_title(found[0]):
            title, found = found[0].text, found[1:]
    parsed = parse_body(found, title=title)
    parsed.title = title
    return parsed


def _reads_as_a_title(p: Line) -> bool:
    lowered = p.text.lower()
    special = DISCUSSION_HEADINGS | ACTION_HEADINGS | DECISION_HEADINGS
    return (
        looks_like_heading(p.text)
        and not p.is_bullet
        and not p.cells
        and lowered not in special
        and not dec.is_decision_marker(p.text)
    )
