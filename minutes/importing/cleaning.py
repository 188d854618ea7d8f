"""Cleaning pasted text: line breaks, padding, bullets, columns and page chrome.

Text arrives from a browser's copy, a Word document or a saved page: Unicode line and
paragraph separators, non-breaking spaces, bullets as "·" and a run of padding, columns
separated by tabs, runs of spaces or bars ("| 2 | Obtain a quote | BO |"), second-level
bullets ("o", "◦") under a first-level one, and the website's furniture around the
minute ("pdf icon", "Share this item", skip links, breadcrumbs). This module turns it
into paragraphs (`Line`s), each knowing whether it was a bullet, whether it was a row of
columns, and whether it is chrome that the record does not keep; a sub-bullet is joined
to its bullet, and "a) …", "b) …" under a line ending in a colon each start a paragraph.
A numbered line wrapped onto a line set under the text after its number goes on there, and
a line back at the margin after such a hanging paragraph starts a new one. A paste with no
line breaks at all is broken up first (`minutes.importing.runon`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes.importing.pages import PAGE_LINE_RE, joined, page_furniture
from minutes.importing.runon import break_meeting

CHECKBOXES = "☐☑☒"
BULLET_CHARS = "·•▪◦●○*-–o§\uf0b7\uf0a7" + CHECKBOXES  # Word's Symbol-font bullets
# Marks before a line that only decorate it: "✅ Decision: …" is the decision, not a bullet.
DECORATIONS = "✅✔✓"
# Arrows that point to an action line ("→ Action: …"): no words, and no bullet.
ARROWS = "→⇒➔➜►▶"
# The markers of a list's second level, in Word's pastes ("o", "▪") and the saved pages'
# reading of a list inside a list ("◦"): under another bullet, a sub-point of it.
SUB_BULLET_CHARS = "o◦▪§\uf0a7"
SECTION_NUMBER_RE = re.compile(r"^§\s*\d")
# "| 2 | Obtain a quote | BO |": a table drawn with bars; "|---|---|" is its rule.
PIPE_ROW_RE = re.compile(r"^\s*\|(?:[^|\n]*\|){2,}\s*$")
PIPE_RULE_RE = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")
# "a) approved the plan;", "(ii) that …", "3. to receive …": one of an enumerated list.
ENUMERATED_LINE_RE = re.compile(r"^\(?(?:[a-h]|[ivx]{1,5}|\d{1,2})[.)]\s+\S")
# Lines of a website's page that are never part of the minute, compared in lower case.
CHROME_LINES = {
    "pdf icon",
    "word icon",
    "share this item",
    "share this page",
    "share",
    "print",
    "print this page",
    "email",
    "email this page",
    "additional documents:",
    "skip to main content",
    "skip to content",
    "skip to navigation",
    "back to top",
    "menu",
    "search",
    "home",
    "sitemap",
    "site map",
    "accessibility",
    "cookies",
    "contact us",
    "view the declarations of interest",
    "view the reasons why item is restricted",
    "link to view the reasons why item is restricted",
    "minutes, decisions and agendas",
    "browse meetings",
    "comments are closed.",
    "meetings, agendas and minutes",
}
CHROME_RE = re.compile(
    r"^(?:"
    r"you are here:.*"
    r"|(?:[^>\n]{1,60}\s+[>›»]\s+){2,}[^>\n]{1,80}"  # breadcrumbs: Home > Meetings > ...
    r"|(?:pdf|doc|docx|word|html)?\s*\(?\d+(?:\.\d+)?\s*(?:kb|mb)\)?"  # a file size alone
    r"|page \d+ of \d+"
    r"|(?:pdf|docx?|word|html) icon"
    r"|\W*\d*\s*add reaction"  # a wiki page's reactions: "👍 6 Add reaction"
    r"|share this:?"
    # a blog's row of share buttons: "Facebook   X   Email   Print"
    r"|(?:(?:facebook|x|twitter|email|e-mail|print|linkedin|whatsapp|reddit|pinterest|bluesky)"
    r"(?:\s+|$)){2,}"
    r")$",
    re.IGNORECASE,
)
# "Quarter 2 report, item 6.  PDF 412 KB": a file size after a document's name.
FILE_SIZE_SUFFIX_RE = re.compile(
    r"\s*[(,]?\s*\b(?:pdf|docx?|xlsx?|word|html)\b[\s,]*\d+(?:\.\d+)?\s*(?:kb|mb)\)?\s*$",
    re.IGNORECASE,
)
# Columns: a tab, or a run of three or more spaces between two pieces of text.
OPEN_ACTION_TAG_RE = re.compile(r"[(\[]Actions?(?: by)?:$", re.IGNORECASE)
MARKDOWN_RE = re.compile(r"\*\*(?=\S)|(?<=\S)\*\*|(?<![\w.])@(?=[A-Z])")
TASK_BOX_RE = re.compile(r"^\[[ xX✓]\]\s+")
UNDERLINE_RE = re.compile(r"^[ \t]*(?:={3,}|-{3,})[ \t]*$")
HEADING_MARKS_RE = re.compile(r"^(#{1,6})\s+(?=\S)")
COLUMN_SPLIT_RE = re.compile(r"\t+|[ \u00a0]{3,}")
GLUED_INITIALS_RE = re.compile(r"(?<=\S.{8})[ \u00a0]{2}(?=[A-Z]{1,4}(?:/[A-Z]{1,4})*$)")
SEPARATORS = {
    "\u2028": "\n",  # line separator
    "\u2029": "\n\n",  # paragraph separator
    "\x0b": "\n",
    "\x0c": "\n\n",
    "\x85": "\n",
    "\r\n": "\n",
    "\r": "\n",
}
# In text that arrived with no line breaks at all, where a new paragraph plainly starts:
# before an item number, a bullet, or a label such as RESOLVED or Action.
RUN_ON_BREAKS_RE = re.compile(
    r"(?<=[.!?:;])\s+(?="
    r"(?:\d{1,3}[a-z]?(?:[./]\d{1,3})?\.?\s+[A-Z][^.]{2,80}?\s{1,2}[A-Z])"
    r"|(?:RESOLVED|AGREED|ACTION|Action|Actions|Decision|Present|Apologies|Minute \d)\b"
    r"|(?:[•·▪●]\s)"
    r")"
)
RUN_ON_LENGTH = 300
FIELD_RE = re.compile(
    r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z]{1,4}\d{0,4}|[A-Z][a-z]{1,15})$"
)
LABEL_RE = re.compile(r"^[A-Z][\w '’-]{0,25}(?:\s*\([^()]{1,30}\))?:(?:\s|$)")
FURNITURE_BREAKS_RE = re.compile(r"\s+(?=Minutes:\s)|(?<=Minutes:)\s+|(?<=^Agenda item)\s+")
# A number after the body's letters: "PC/41", "QS26/01", "ICB/26/01", "E&A 41/25".
# "CoG/26/01": with the year between two slashes, the letters may be in mixed case.
# "AGC.31": the committee's letters, a full stop and the number.
# An item's number as minutes write it after "Minute" or "Item".
NUMBER = r"\d{1,3}[a-z]?(?:[./]\d{1,4}[a-z]?)?(?:\([a-z]\))?"  # "5", "3a", "25/64", "12(a)"
PREFIXED_NUMBER = (
    # "JWC 31": a joint committee's letters, a space and its running number
    # "FC/25/26/101": a council's letters, the municipal year and the running number
    r"(?:[A-Z]{1,4}/\d{2,4}[/-]\d{2}/\d{1,4}|[A-Z][A-Za-z]{0,3}/\d{2,4}/\d{1,4}|[A-Z]{2,4}\.\d{1,4}(?=\s|$)|[A-Z]{2,4} \d{1,4}(?=\s|$)|"
    r"[A-Z]{1,4}\.\d{1,4}/\d{2,4}|"  # "PC.01/26"
    r"[A-Z]{2,5}\(\d{2}\)\d{1,3}|"  # "QSE(26)01": a committee's letters, the year in brackets
    r"[A-Z]{1,4}(?:&[A-Z]{1,4})?(?:/\d{2,4}/\d{1,4}|\d{0,4}/\d{1,4}|\s\d{1,4}/\d{2,4}))[a-z]?"
)
# A short numbered line that reads as an item's title: "1. Apologies", "77/21", "Minute 5",
# "Item 1: Welcome, apologies and declarations", a starred "*45. Report", a running "1436  MINUTES".
NUMBERED_TITLE_RE = re.compile(
    r"^(?:(?:Minute|Item|Agenda item|§)(?:\s+No\.?)?\s*\d{1,3}[a-z]?(?:[./]\d{1,4})?[:.)]?"
    rf"|{PREFIXED_NUMBER}"
    r"|[([]\d{1,3}[a-z]?[)\]]|\d{1,2}/(?=\s+[A-Z])|\*?\d{1,3}[a-z]?(?:[./]\d{1,4}[a-z]?)?[.)]?|\d{4}(?=\s+[A-Z])"
    r"|[A-Z][.)](?=\s+[A-Z]))"
    r"(?:\s+[^.!?]{0,100}[^.!?,;:]|\s*)$",
    re.IGNORECASE,
)  # a line longer than this, in a text with barely any breaks, ran on


# A task's owner in initials at the end of its line: "… with the Clerk.     Action: SD".
TRAILING_ACTION_RE = re.compile(
    r"[.!?]?\s+[\[(]?Action:\s*[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*[\])]?$"  # "… team. [Action: SM]"
)


@dataclass
class Line:
    """One paragraph of the input: its text, whether it was a bullet, and its columns."""

    text: str
    is_bullet: bool = False
    cells: list[str] = field(default_factory=list)
    marker: str = ""  # the bullet character it had
    columns: list[str] = field(default_factory=list)  # two or more columns, as written
    level: int = 0  # a heading's level where it was marked as one: "## Finance" is 2


def normalise_breaks(text: str) -> str:
    """One kind of line break; a text pasted with no breaks at all is broken where it plainly can be."""
    for separator, replacement in SEPARATORS.items():
        text = text.replace(separator, replacement)
    text = unchatted(unquoted(text))
    lines = text.split("\n")
    if lines and max(len(line) for line in lines) > RUN_ON_LENGTH and len(lines) < 4:
        text = RUN_ON_BREAKS_RE.sub("\n\n", break_meeting(text))
        text = FURNITURE_BREAKS_RE.sub("\n\n", text)
    return text


# "12/03/2026, 21:49 - Bev Whitlock: …": a chat's export, each message after its time and
# its sender ("[12/03/2026, 21:49:05] Bev Whitlock: …" in another app's).
CHAT_LINE_RE = re.compile(
    r"^\[?\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?\]? (?:[-–] )?(?:[^:\n]{1,40}: )?",
    re.MULTILINE,
)


def unchatted(text: str) -> str:
    """Minutes pasted into a chat and exported: the messages' times and senders go, and
    each message reads as written, a line of its own."""
    if len(CHAT_LINE_RE.findall(text)) < 3:
        return text
    return CHAT_LINE_RE.sub(lambda m: "\n", text)


QUOTED_LINE_RE = re.compile(r"^> ?", re.MULTILINE)


def unquoted(text: str) -> str:
    """Minutes quoted in an email's reply ("> [1] Apologies", a line each) read as written:
    the marks of quotation go where most of the lines bear them, and the reply's own lines
    stay as they are."""
    lines = [line for line in text.split("\n") if line.strip()]
    quoted = sum(line.startswith(">") for line in lines)
    if quoted < 5 or quoted * 2 < len(lines):
        return text
    return QUOTED_LINE_RE.sub("", text)


def clean_line(raw: str) -> Line:
    """Strip a line's padding (non-breaking spaces included) and any bullet character."""
    cells = []
    if "|" in raw and PIPE_ROW_RE.match(raw):
        cells = [c.strip() for c in raw.strip().strip("|").split("|")]
        return Line(text=" ".join(" ".join(c.split()) for c in cells if c), cells=cells)
    if "\t" in raw or "   " in raw or "\u00a0\u00a0" in raw:
        cells = [c.strip() for c in COLUMN_SPLIT_RE.split(raw.strip(" \u00a0")) if c.strip()]
        # "… to GP practices  AH": a long cell ran into the owner's initials, two spaces apart
        cells = [part for cell in cells for part in GLUED_INITIALS_RE.split(cell) if part]
    text = " ".join(raw.split())  # every run of whitespace, non-breaking spaces too
    if text[:1] in DECORATIONS and text[1:2] == " ":
        text = text[2:]
    if "**" in text or "@" in text:
        # Markdown's bold ("**Decision:** …") and a mention ("@Tariq to …") are not words
        text = MARKDOWN_RE.sub("", text).strip()
    if len(text) > 4 and text[:2] in {"**", "__"} and text[-2:] == text[:2]:
        text = text[2:-2].strip()  # "**1. Apologies**": a line in bold, as Markdown writes it
    level = 0
    marks = HEADING_MARKS_RE.match(text) if text[:1] == "#" else None
    if marks:
        # "## Finance": marked as a heading (as Markdown writes it, and as a Word heading
        # style or a page's <h2> is read); the marks are not words of the minute
        level, text = len(marks.group(1)), text[marks.end() :]
        cells = []
    if text[:1] in ARROWS and text[1:2] == " ":
        text = text[2:]  # "→ Action: Carol to bring the figures": the arrow only points
        cells = cells[1:] if cells and cells[0] in ARROWS else cells
    is_bullet = False
    marker = ""
    if (
        text
        and text[0] in BULLET_CHARS
        and (len(text) == 1 or text[1] == " ")
        # "§ 4/26 Budget": the section sign numbers a minute; before words it is Word's bullet
        and not SECTION_NUMBER_RE.match(text)
    ):
        is_bullet = True
        marker = text[0]
        text = TASK_BOX_RE.sub("", text[1:].strip())  # "- [x] Ola to write …": a task list
        if cells and cells[0] in CHECKBOXES and len(cells) >= 3:
            pass  # "☒<tab>Order the seals<tab>Coxswain": the box is the row's Done column
        elif cells and cells[0] in BULLET_CHARS:
            cells = cells[1:]
        elif cells and cells[0][:1] == marker and cells[0][1:2] == " ":
            cells = [cells[0][2:].strip(), *cells[1:]]  # "o 0<tab>0": the bullet is no word
    columns = cells if len(cells) >= 2 else []
    cells = cells if len(cells) >= 3 else []
    return Line(
        text=text, is_bullet=is_bullet, cells=cells, marker=marker, columns=columns, level=level
    )


def is_chrome(text: str) -> bool:
    """Whether a paragraph is the website's furniture rather than words of the minute."""
    if len(text) > 300:
        return False  # chrome is short: a long paragraph is never tested against it
    lowered = text.lower().strip()
    return lowered in CHROME_LINES or bool(CHROME_RE.match(lowered))


def ends_with_file_size(text: str) -> bool:
    return text[-3:].lower().rstrip(")").endswith(("kb", "mb")) and bool(
        FILE_SIZE_SUFFIX_RE.search(text[-40:])
    )


def without_file_size(text: str) -> str:
    if not ends_with_file_size(text):
        return text.strip()
    return (
        text[:-40] + FILE_SIZE_SUFFIX_RE.sub("", text[-40:]).rstrip()
        if len(text) > 40
        else FILE_SIZE_SUFFIX_RE.sub("", text).strip()
    )


def paragraphs(text: str) -> list[Line]:
    """Join wrapped lines into paragraphs; a bullet line is always a paragraph of its own.

    A short heading-like line directly above a capitalised line, with no blank line
    between ("Procurement" then "Members were informed..."), stands alone as a heading;
    "The report was" above "noted by the panel." is one wrapped sentence. Text with no
    blank lines at all (a document saved one paragraph a line) keeps each line apart
    when it ends a sentence, so that it is not glued into one long paragraph.
    """
    raw_lines = normalise_breaks(text).split("\n")
    furniture = page_furniture(raw_lines) if PAGE_LINE_RE.search(text) else set()
    out: list[Line] = []
    lines_in_paragraph = 0
    list_marker = ""  # the bullet character of the list being read
    list_indent = 0  # where its first bullet stands
    row: _Layout | None = None  # the last row of columns, for a cell wrapped onto the next line
    header: _Layout | None = None  # the first row of a table set out in spaces
    bullet_column = -1  # where the last bullet's text starts, as written
    before_blank = 0  # the paragraph's lines before the blank lines just passed
    in_break = False  # between a page's footer and the next page's text
    first_raw = last_raw = ""  # the paragraph's first line and its last, as written
    hanging = False  # whether the paragraph's later lines stand further in than its first
    for number, raw in enumerate(raw_lines):
        if number in furniture:
            # A page's running footer, and "Page 2 of 3": the sentence goes on below, and
            # the blank lines around the break do not end its paragraph.
            lines_in_paragraph = max(lines_in_paragraph, before_blank)
            in_break = True
            continue
        if in_break and not raw.strip():
            continue
        in_break = False
        if "|" in raw and PIPE_RULE_RE.match(raw):
            continue  # a drawn table's rule, under its header: no words
        if out and lines_in_paragraph == 1 and UNDERLINE_RE.match(raw) and not out[-1].is_bullet:
            # "PLANNING" above "--------": the line above is a heading, underlined
            out[-1].level = out[-1].level or (1 if "=" in raw else 2)
            lines_in_paragraph = 0
            continue
        line = clean_line(raw)
        if not line.text:
            before_blank = lines_in_paragraph or before_blank
            lines_in_paragraph = 0
            continue
        before_blank = 0
        if _is_sub_bullet(line, out[-1] if out else None, list_marker) or (
            # "   * Beth: …" under "* ground rent …": the same bullet, further in
            line.is_bullet
            and line.marker == list_marker
            and out
            and out[-1].is_bullet
            and _indent(raw) >= list_indent + 2
        ):
            _add_sub_point(out[-1], line.text)
            continue
        previous = out[-1] if out and lines_in_paragraph else None
        layout = header or row
        if header and row and len(row.starts) > len(header.starts):
            # "Ref        Item  Action": a header whose words stand two spaces apart places
            # fewer columns than its rows, which place them all
            layout = row
        if previous is not None and previous.cells and _continues_cell(row, layout, raw, line):
            _add_to_cell(previous, layout, raw)
            continue
        if line.cells and header is not None and len(line.cells) < len(header.starts):
            _split_as_header(line, raw, header)
        if (
            previous is not None
            and previous.is_bullet
            and _continues_bullet(previous, raw, line, bullet_column)
        ):
            previous.text = f"{previous.text} {line.text}"
            continue
        if line.is_bullet:
            bullet_column = _text_column(raw)
        row = _Layout.of(raw) if line.cells else None
        if line.cells and header is None and "\t" not in raw and len(raw) <= 300:
            header = row  # a table set out in spaces: its header places its columns
        elif not line.cells:
            header = None
        if line.is_bullet and not list_marker:
            list_indent = _indent(raw)
        list_marker = (list_marker or line.marker) if line.is_bullet else ""
        if previous is None or (
            _starts_new_paragraph(previous, line, _hangs_under(first_raw, last_raw, raw))
            or (hanging and _outdented(first_raw, raw, line))
        ):
            out.append(line)
            lines_in_paragraph = 1
            first_raw, hanging = raw, False
        else:
            previous.text = joined(previous.text, line.text)
            previous.cells = []
            lines_in_paragraph += 1
            hanging = hanging or _indent(raw) >= _indent(first_raw) + 2
        last_raw = raw
    return out


def _hangs_under(first_raw: str, last_raw: str, raw: str) -> bool:
    """A numbered line's text wrapped onto the next line, set exactly under the text after
    its number: "A26/02  Company Secretary to arrange a Board visit to the Ravensworth"
    above "        Court regeneration scheme …", or "7.   COMPLAINTS - … HANDLING CODE"
    above "     SELF-ASSESSMENT" (a title in capitals, wrapped). The line above must be
    long enough to have wrapped."""
    if "\t" in raw or len(last_raw.rstrip()) < 60:
        return False
    column = _text_column(first_raw)
    return column > _indent(first_raw) and _indent(raw) == column


def _outdented(first_raw: str, raw: str, line: Line) -> bool:
    """A capitalised line back at or before where a hanging paragraph starts (its later
    lines stood further in): "       A26/02  Company Secretary to …" and its wrapped
    "               Court regeneration scheme - Arranged for 21 April", then
    "     The Board NOTED the action tracker.": a new paragraph, though the row ended
    without a full stop."""
    return (
        "\t" not in raw
        and not line.columns
        and _indent(raw) <= _indent(first_raw)
        and (line.text[0].isupper() or line.text[0].isdigit())
    )


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \u00a0"))


@dataclass
class _Layout:
    """A row of a table as written: where its columns start (worked out once a row), and
    whether its first cell is a label ("In attendance:")."""

    raw: str
    starts: list[int]
    label: bool

    @classmethod
    def of(cls, raw: str) -> _Layout:
        return cls(raw, _column_starts(raw), raw.split("   ")[0].strip().endswith(":"))


def _continues_cell(row: _Layout | None, layout: _Layout | None, raw: str, line: Line) -> bool:
    """A row's cells wrapped onto the next line, indented to their columns: "AGC.31  Circulate
    the responses for the three limited   Head of Audit" above "        assurance reports", or
    "A25/61  Nov 25   Publish the urgent   CDO   Complete -" above "      winter plan on the
    website        closed 5/3/26" (the first column left empty, each piece under its own;
    `layout` is the table's header where it has one, else the row)."""
    if row is None or layout is None or line.is_bullet or _indent(raw) < 3 or "\t" in raw:
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


def _column_starts(raw: str) -> list[int]:
    """Where each column of a line set out in columns starts, the first's indent included."""
    return [m.start(1) for m in re.finditer(r"(?:^ *|(?<=\t)|(?<=   ))(\S)", raw)]


def _pieces(raw: str) -> list[tuple[int, str]]:
    """Each run of words in a line set out in columns, with where it starts."""
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: {1,2}\S+)*", raw)]


def _add_to_cell(row: Line, layout: _Layout, raw: str) -> None:
    """Add each piece of a wrapped line to the cell of the row that starts nearest above it."""
    for place, text in _placed(layout, raw, len(row.cells)):
        row.cells[place] = f"{row.cells[place]} {text}"
    row.columns = row.cells
    row.text = " ".join(row.cells)


def _placed(layout: _Layout, raw: str, cells: int) -> list[tuple[int, str]]:
    """Each piece of a wrapped line, with the column (of `cells`) that starts nearest above it."""
    starts = layout.starts
    pieces = _pieces(raw) if raw.count("   ") else [(_indent(raw), " ".join(raw.split()))]
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
    row = _Layout.of(row_raw)
    if not _continues_cell(row, row, raw, line):
        return []
    ends = [
        start + len(row_raw[start:end].rstrip())
        for start, end in zip(row.starts, [*row.starts[1:], len(row_raw)], strict=True)
    ]
    return [(ends[place], text) for place, text in _placed(row, raw, len(row_line.cells))]


def _split_as_header(line: Line, raw: str, header: _Layout) -> None:
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


def _continues_bullet(bullet: Line, raw: str, line: Line, column: int = -1) -> bool:
    """A bullet's text wrapped onto an indented line: "• … without the" above
    "  Committee's agreement." (a capital, but the sentence goes on), or a line set exactly
    under the bullet's text after a full sentence: "- Could the data be shared?" above
    "  RB said yes, anonymised." (the answer is part of the point)."""
    return (
        not line.is_bullet
        and not line.columns
        and _indent(raw) >= 2
        and (bullet.text[-1] not in ".;:!?" or _indent(raw) == column)
    )


def _text_column(raw: str) -> int:
    """Where a bullet line's text starts: "  - Text" → 4."""
    match = re.match(r"^[ \u00a0]*\S+[ \u00a0]+", raw)
    return match.end() if match else -1


def _is_sub_bullet(line: Line, previous: Line | None, list_marker: str) -> bool:
    """A bullet of the list's second level, straight under a bullet of its first."""
    return (
        line.is_bullet
        and previous is not None
        and previous.is_bullet
        and bool(list_marker)
        and line.marker != list_marker
        and line.marker in SUB_BULLET_CHARS
    )


def _add_sub_point(parent: Line, text: str) -> None:
    """A sub-point is part of its point: "Housing numbers – whether …; the shortfall …"."""
    joiner = " " if parent.text[-1] in ".;:,!?" or " – " in parent.text else " – "
    parent.text = f"{parent.text}{joiner}{text}"


# A line that starts with a decision in capitals starts its own paragraph, unless the line
# above stops mid-phrase: "After discussion it was" or "… and the Committee" above
# "RESOLVED that …" is one sentence wrapped.
RESOLVED_LINE_RE = re.compile(r"^(?:RESOLVED|AGREED|RECOMMENDED|DECIDED)\b")
MID_PHRASE_END_RE = re.compile(
    r"(?:\b(?:was|and|it|be|been|duly|unanimously|then|therefore|so|thereby|hereby|"
    r"Committee|Sub-Committee|Council|Board|Cabinet|Panel|Authority|Executive|meeting|"
    r"[Mm]embers|[Gg]overnors|[Tt]rustees|[Dd]irectors|[Cc]ouncillors)|,)$"
)


def _starts_new_paragraph(previous: Line, line: Line, hangs: bool = False) -> bool:
    """Whether `line` starts a paragraph of its own after `previous` (`hangs`: it stands
    under the text after the number of the paragraph's first line, which wrapped)."""
    if line.is_bullet or line.cells or previous.cells:
        return True
    if OPEN_ACTION_TAG_RE.search(previous.text) and len(line.text) <= 40:
        return False  # "… booking. (Action:" above "Secretary)": the owner, wrapped
    if line.columns and previous.columns:
        return True  # "Pam      – chase the council" then "Trevor   – book the hall": rows
    if ENUMERATED_LINE_RE.match(line.text) and (
        previous.text[-1] in ".;:"
        or previous.text.endswith(("; and", "; or", ", and"))
        or ENUMERATED_LINE_RE.match(previous.text)
    ):
        return True  # "The Board:" then "a) approved …; and", "b) delegated …"
    if ends_with_file_size(previous.text) or is_chrome(previous.text):
        return True  # a list of documents, one a line, each ending in its size
    capital = line.text[0].isupper() or line.text[0].isdigit() or line.text[0] in "(["
    if RESOLVED_LINE_RE.match(line.text) and not MID_PHRASE_END_RE.search(previous.text):
        return True  # "25/03401/HOU  Brook House – garage" above "RESOLVED no objection."
    if FIELD_RE.match(line.text) or FIELD_RE.match(previous.text):
        return True  # an action log flattened to one field a line: a date, initials, a reference
    if LABEL_RE.match(line.text) and not (
        # "… from the Carnmore Wind Farm Community" above "Benefit Fund:": a long line
        # wrapped mid-phrase, the colon ending its sentence, not a label of its own
        line.text.endswith(":") and len(previous.text) >= 60 and previous.text[-1].isalnum()
    ):
        return True  # "Present: …", "Status: Open", "Minutes:": a label starts its own line
    if (NUMBERED_TITLE_RE.match(line.text) and not WRAPPED_DATE_RE.match(line.text)) or (
        NUMBERED_TITLE_RE.match(previous.text)
        and not (hangs or _wrapped_numbered_line(previous, line))
    ):
        return True  # "1. Apologies for absence" or "Minute 5" stands alone above its minute
    if capital and _in_capitals(previous.text) and not _in_capitals(line.text):
        return (
            True  # "64. TREE PRESERVATION ORDER NO. 12/2025 – RECTORY FIELD": a title in capitals
        )
    # A heading directly above its paragraph; a bullet's wrapped text carries on in lower case.
    if capital and (looks_like_heading(previous.text) or previous.is_bullet):
        return True
    if capital and TRAILING_ACTION_RE.search(previous.text):
        return True  # "Sue to check with the Clerk.     Action: SD" ends its paragraph
    # A line that ends a sentence (or a label) above a capitalised line ends its paragraph:
    # minutes saved one paragraph a line, with no blank lines, are not glued together.
    return capital and previous.text[-1] in ".!?:;)"


# "The ICB Board decided on" above "25 February to stop …": a date wrapped onto the next
# line, not a number before a title.
WRAPPED_DATE_RE = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?! \d{4}$)"
)
# "(2) that take-up of the budgets be monitored": after its number, a line in lower case.
LOWER_AFTER_NUMBER_RE = re.compile(r"^\S+\s+[a-z]")
# "… to attend the meeting on" above "20 April 2026.": a line ending mid-phrase wrapped.
WRAP_END_RE = re.compile(r".{40}\s(?:on|of|to|the|a|an|by|for|from|with|at|in|be|as|this)$")


def _wrapped_numbered_line(previous: Line, line: Line) -> bool:
    """A numbered paragraph's first line wrapped onto the next: "22.1 The Assistant Director
    gave a presentation on the sufficiency of" above "placements for children in care.", or
    "(2) that take-up of … reported to this" (no title starts in lower case) above its end."""
    if LOWER_AFTER_NUMBER_RE.match(previous.text) or WRAP_END_RE.search(previous.text):
        return True
    return len(previous.text) > 60 and line.text[0].islower()


def _in_capitals(text: str) -> bool:
    return len(text) <= 150 and text == text.upper() and sum(c.isalpha() for c in text[:20]) >= 3


def looks_like_heading(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 6
        and len(text) <= 60
        and text[0].isupper()
        and text[-1] not in ".,;:!?"
        and not text.isdigit()
    )
