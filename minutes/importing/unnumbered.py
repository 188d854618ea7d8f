"""Items that are not numbered: headings marked as such, headings in capitals, titles on
lines of their own (also ending in a colon: "Treasurer's report:"), headings in capitals run
into their text ("FINANCE: Sheila reported …"), and numbered paragraphs with no titles.

`minutes.importing.structure` looks for numbered items first and falls back on these when
the minutes number none; `Heading` (where an item's heading is, its number and its title)
is what either finds. Items found here are numbered 1, 2, 3 … in turn, for the clerk to
check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes.importing.actions import JOBS_LEAD_IN_RE
from minutes.importing.cleaning import Line, looks_like_heading
from minutes.importing.lead_ins import ends_in_discussion_lead_in
from minutes.importing.register import ATTENDANCE_RE

TITLE_LIMIT = 150
PARAGRAPH_NUMBER_RE = re.compile(r"^(?P<num>\d{1,3})[.)]\s+(?P<text>[A-Z].{20,})$")


@dataclass
class Heading:
    index: int  # where it is among the paragraphs
    number: str
    title: str
    extra: list[Line] = field(default_factory=list)  # what was glued to the title
    uses_next_line: bool = False  # the number stood alone; the title is the next paragraph
    typed_as: str = ""  # the number as typed, where the item is given another ("5" for 6)


def marked_headings(lines: list[Line]) -> list[Heading]:
    """Minutes whose items are marked as headings and not numbered: "## Finance", as text kept
    in a plain-text editor writes them and as a Word document's heading styles are read.

    The items are the level with the most headings (at least three; the higher level when
    two have as many), numbered 1, 2, 3 … in turn, for the clerk to check.
    """
    levels: dict[int, list[Heading]] = {}
    for index, line in enumerate(lines):
        if line.level and not line.is_bullet and len(line.text) <= TITLE_LIMIT:
            found = levels.setdefault(line.level, [])
            found.append(Heading(index, str(len(found) + 1), line.text))
    if not levels:
        return []
    level = max(levels, key=lambda n: (len(levels[n]), -n))
    return levels[level] if len(levels[level]) >= 3 else []


def numbered_paragraphs(lines: list[Line]) -> list[Heading]:
    """Minutes written as numbered paragraphs with no titles: "1. The Chair opened …".

    Each is an item with no title (the clerk is asked for one), when they number 1, 2, 3…
    in order and make up most of the text.
    """
    found: list[Heading] = []
    for index, line in enumerate(lines):
        match = PARAGRAPH_NUMBER_RE.match(line.text)
        if match and not line.is_bullet and int(match.group("num")) == len(found) + 1:
            found.append(Heading(index, match.group("num"), "", [Line(match.group("text"))]))
    if len(found) < 3 or len(found) * 2 < len(lines) - found[0].index:
        return []
    return found


# Headings in capitals that divide a minute but are not items of their own.
NOT_ITEM_HEADINGS = {
    "discussion",
    "discussion points",
    "decision",
    "decisions",
    "resolved",
    "resolution",
    "resolutions",
    "action",
    "actions",
    "action points",
    "action log",
    "agreed",
}


# "MINUTES OF LAST MEETING (10 March)": a heading in capitals with a note in brackets after it
BRACKETED_NOTE_RE = re.compile(r"\s*\([^()]{1,30}\)$")
# "APOLOGIES" alone, under the register: the first of the items, not the register's own line
APOLOGIES_HEADING_RE = re.compile(r"^APOLOGIES(?: FOR ABSENCE)?$")


def _is_capitalised_heading(line: Line) -> bool:
    text = line.text
    words = BRACKETED_NOTE_RE.sub("", text) if text.endswith(")") else text
    return (
        not line.is_bullet
        and not line.cells
        and not line.columns
        and len(text) <= 80
        and 0 < len(text.split()) <= 12
        and words == words.upper()
        and sum(c.isalpha() for c in words) >= 3
        and text[-1] not in ".,;:!?"
        and text.lower() not in NOT_ITEM_HEADINGS
        and (not ATTENDANCE_RE.match(text) or bool(APOLOGIES_HEADING_RE.match(text)))
    )


def capitalised_headings(lines: list[Line]) -> list[Heading]:
    """Minutes with no numbers, each item under a heading in capitals ("TREASURER'S REPORT").

    The headings are read after the register ("Present: …"), so that the body's name in
    capitals above it is no item; each heading has its minute under it, and there are at
    least three. The items are numbered 1, 2, 3 … in turn, for the clerk to check.
    """
    start = next((i + 1 for i, line in enumerate(lines) if ATTENDANCE_RE.match(line.text)), 0)
    found: list[Heading] = []
    for index in range(start, len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        if _is_capitalised_heading(line) and not _is_capitalised_heading(following):
            found.append(Heading(index, str(len(found) + 1), line.text))
    return found if len(found) >= 3 else []


def titled_headings(lines: list[Line]) -> list[Heading]:
    """Informal notes with no numbers and no capitals, each item under a short title on a
    line of its own ("Welcome", "Practice update", "Date of next meeting").

    The titles are read after the register ("Present: …"), as in `capitalised_headings`: a
    short line with no full stop or colon, directly above a line that is not one (a lead-in
    such as "Comments from the group:" and an "Action: …" line are no titles). There must
    be at least four, none of them a minute's own labels ("Discussion", "Actions"), and they
    must read as an agenda: at least two of them an agenda's usual titles ("Welcome",
    "Apologies", "Matters arising", "Date of next meeting" …). A letter quoted in the notes
    ("Dear Friends of Hilltop Park", "Grants Officer") or a list without bullets ("Gloves
    for the children") is no agenda.
    """
    start = next((i + 1 for i, line in enumerate(lines) if ATTENDANCE_RE.match(line.text)), 0)
    if not start:
        return []
    found: list[Heading] = []
    apologised = False  # the register's "Apologies: …" line, with its names, has been read
    for index in range(start, len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        titled = _is_title(line) or (apologised and _is_apologies_title(line))
        if titled and not _is_title(following):
            found.append(Heading(index, str(len(found) + 1), line.text))
        match = ATTENDANCE_RE.match(line.text)
        if match and match.group("rest") and APOLOGIES_TITLE_RE.match(match.group("label")):
            apologised = True
    usual = sum(bool(USUAL_TITLE_RE.match(heading.title)) for heading in found)
    return found if len(found) >= 4 and usual >= 2 else []


# The titles most agendas have, however informal the notes.
USUAL_TITLE_RE = re.compile(
    r"^(?:welcome|apologies|introductions|(?:minutes|notes) of (?:the )?(?:last|previous)|"
    r"matters arising|actions? (?:from|arising)|declarations? of interests?|"
    r"any other business|aob|a\.o\.b|date (?:and (?:time|venue) )?of (?:the )?next meeting|"
    r"next meeting|(?:chair(?:man|person)?|treasurer|secretary)['’]?s report|correspondence)\b",
    re.IGNORECASE,
)


# "Apologies" alone on a line in Title Case, below a register whose own "Apologies: Jo Bell"
# line has given the names: the agenda's item ("As above. …" under it), no second label.
APOLOGIES_TITLE_RE = re.compile(r"^apologies(?: for absence)?$", re.IGNORECASE)


def _is_apologies_title(line: Line) -> bool:
    return not line.is_bullet and not line.cells and bool(APOLOGIES_TITLE_RE.match(line.text))


def _is_title(line: Line) -> bool:
    text = line.text
    return (
        not line.is_bullet
        and not line.cells
        and not line.columns
        and looks_like_heading(text)
        and ":" not in text
        and text.lower() not in NOT_ITEM_HEADINGS
        and not ATTENDANCE_RE.match(text)
    )


def colon_headings(lines: list[Line]) -> list[Heading]:
    """A club's typed notes with no numbers, each item under a short title that ends in a
    colon, on a line of its own after a blank line, its minute (or a list) starting on the
    next line ("Treasurer's report:" above "Mo reported the balances …"). A lead-in inside
    an item ("Points raised:", "Jobs for the day:") has no blank line above it. As for `titled_headings`, the titles are read after the register's first line, at
    least four, two of them an agenda's usual titles; the register's labels are no titles
    but for "Apologies:", an agenda's usual title, which heads its item as the rest do.
    """
    start = next((i + 1 for i, line in enumerate(lines) if ATTENDANCE_RE.match(line.text)), 0)
    if not start:
        return []
    found: list[Heading] = []
    for index in range(start, len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        if _is_colon_title(line) and not following.after_blank and not _is_colon_title(following):
            found.append(Heading(index, str(len(found) + 1), line.text[:-1].strip()))
    usual = sum(bool(USUAL_TITLE_RE.match(heading.title)) for heading in found)
    return found if len(found) >= 4 and usual >= 2 else []


def _is_colon_title(line: Line) -> bool:
    """'Treasurer's report:', 'Kit and sponsorship:', 'AOB:' on a line of their own, after a
    blank line; a lead-in to points or to jobs is none, though a blank line stands above it
    ("Points raised:", "Comments from parents:", "Jobs for the day:")."""
    text = line.text
    return (
        line.after_blank
        and not line.is_bullet
        and not line.cells
        and not line.columns
        and text.endswith(":")
        and looks_like_heading(text[:-1].strip())
        and ":" not in text[:-1]
        and text[:-1].strip().lower() not in NOT_ITEM_HEADINGS
        and (not ATTENDANCE_RE.match(text) or bool(USUAL_TITLE_RE.match(text)))
        and not ends_in_discussion_lead_in(text)
        and not JOBS_LEAD_IN_RE.match(text)
    )


# "FINANCE: Sheila reported the balances …": a heading in capitals and a colon at the start
# of its paragraph, the minute running on after it.
RUN_IN_HEADING_RE = re.compile(r"^(?P<title>[A-Z][A-Z0-9 '’&/,()-]{2,50}[A-Z)]):\s+(?P<text>\S.*)$")
# Labels in capitals that mark a part of an item, not an item: "RESOLVED: …", "ACTION: …".
NOT_RUN_IN_HEADINGS = NOT_ITEM_HEADINGS - {"resolutions"}
NOT_RUN_IN_HEADINGS |= {"note", "nb", "n.b", "recommended", "recommendation", "outcome", "vote"}
NOT_RUN_IN_HEADINGS |= {"proposed", "seconded", "carried", "update", "status", "owner", "due"}
NOT_RUN_IN_HEADINGS |= {"question", "answer", "response", "q", "a", "minute", "item"}
# … nor are the meeting's particulars above its items: "DATE: …", "VENUE: …".
NOT_RUN_IN_HEADINGS |= {"date", "time", "date and time", "venue", "place", "location"}
NOT_RUN_IN_HEADINGS |= {"time and place", "minute taker", "minutes taken by", "please note"}


def run_in_headings(lines: list[Line]) -> list[Heading]:
    """A secretary's minutes with no numbers, each item a paragraph that opens with its
    heading in capitals and a colon: "MINUTES: The minutes of …", "FINANCE: Sheila reported
    …", "DATE OF NEXT MEETING: Tuesday 7 April …". Each such paragraph is an item, titled by
    its heading, the rest its minute; at least four, two of them an agenda's usual titles
    (as for `titled_headings`). The register's labels ("PRESENT:", "APOLOGIES:"), a
    part's ("RESOLVED:", "ACTION:") and the meeting's particulars ("DATE:", "VENUE:", and any
    label above the register: "CHAIR: Margaret Ellis") are no items.
    """
    found: list[Heading] = []
    # With a register ("PRESENT: …"), the items come after it: the labels above it are the
    # meeting's particulars ("CHAIR: Margaret Ellis", "VENUE: The Institute")
    register = next((i for i, line in enumerate(lines) if ATTENDANCE_RE.match(line.text)), 0)
    for index, line in enumerate(lines[register:], start=register):
        match = None if line.is_bullet or line.cells else RUN_IN_HEADING_RE.match(line.text)
        if match is None:
            continue
        title = match.group("title").strip()
        if (
            sum(c.isalpha() for c in title) < 3
            or title.lower() in NOT_RUN_IN_HEADINGS
            or ATTENDANCE_RE.match(f"{title}:")
        ):
            continue
        found.append(Heading(index, str(len(found) + 1), title, [Line(match.group("text"))]))
    usual = sum(bool(USUAL_TITLE_RE.match(heading.title)) for heading in found)
    return found if len(found) >= 4 and usual >= 2 else []
