"""Cleaning pasted text: line breaks, padding, bullets, columns and page chrome.

Text arrives from a browser's copy, a Word document or a saved page: Unicode line and
paragraph separators, non-breaking spaces, bullets as "·" and a run of padding, columns
separated by tabs, runs of spaces or bars ("| 2 | Obtain a quote | BO |"), and the
website's furniture around the minute ("pdf icon", "Share this item", skip links,
breadcrumbs). This module cleans one line at a time into a `Line` (`clean_line`), knowing
whether it was a bullet and whether it was a row of columns (a numbered title with its
report's reference at the right margin is a title, not a row), and tells the chrome that the
record does not keep (`is_chrome`); it also holds how minutes write an item's number
(`NUMBER`, `NUMBERED_TITLE_RE`). A paste with no line breaks at all is broken up first
(`minutes.importing.runon`). The lines are joined into paragraphs by
`minutes.importing.paragraphs`, and a row's cells wrapped onto the lines under it are put
back by `minutes.importing.columns`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes.importing.runon import break_meeting

CHECKBOXES = "☐☑☒"
BULLET_CHARS = "·•▪◦●○*-–o§\uf0b7\uf0a7" + CHECKBOXES  # Word's Symbol-font bullets
# Marks before a line that only decorate it: "✅ Decision: …" is the decision, not a bullet.
DECORATIONS = "✅✔✓"
# Arrows that point to an action line ("→ Action: …"): no words, and no bullet.
ARROWS = "→⇒➔➜►▶"
# The same arrows typed on a keyboard ("   -> Gary to find out …", "=> Clerk to write …"),
# before a task's owner and "to" or "will", or its "Action" label: typed, "->" also joins the
# steps of a process ("-> Contractor attends") or points to a page ("=> see item 5"), which
# keep their arrows as words.
TYPED_ARROWS = ("->", "-->", "=>")
TYPED_ARROW_RE = re.compile(
    r"^(?:-{1,2}|=)> (?=Action\b|(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:(?:and|&)\s+(?:[A-Z][\w'’.-]*\s+){1,2})?(?:to|will)\s)"
)
SECTION_NUMBER_RE = re.compile(r"^§\s*\d")
# "| 2 | Obtain a quote | BO |": a table drawn with bars; "|---|---|" is its rule.
PIPE_ROW_RE = re.compile(r"^\s*\|(?:[^|\n]*\|){2,}\s*$")
PIPE_RULE_RE = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")
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
MARKDOWN_RE = re.compile(r"\*\*(?=\S)|(?<=\S)\*\*|(?<![\w.])@(?=[A-Z])")
TASK_BOX_RE = re.compile(r"^\[[ xX✓]\]\s+")
UNDERLINE_RE = re.compile(r"^[ \t]*(?:={3,}|-{3,})[ \t]*$")
# "-------  --------  ---------" under a table's header: a run of dashes (or "=", or a drawn
# line) under each of its columns, three or more of them, as a table set out in spaces has
# ("Signed  Date" above "------  ----" is where the minutes are signed, no table).
COLUMN_RULE_RE = re.compile(r"^ *[-=─━═]{2,}(?: +[-=─━═]{2,}){2,} *$")
HEADING_MARKS_RE = re.compile(r"^(#{1,6})\s+(?=\S)")
# Columns: a tab, or a run of three or more spaces between two pieces of text.
COLUMN_SPLIT_RE = re.compile(r"\t+|[ \u00a0]{3,}")
GLUED_INITIALS_RE = re.compile(r"(?<=\S.{8})[ \u00a0]{2}(?=[A-Z]{1,4}(?:/[A-Z]{1,4})*$)")
# "5.   CHIEF EXECUTIVE'S REPORT        (Report A/26/04)": an item's number and title with
# its report's reference in brackets at the right margin, as printed minutes set it: one
# title, not a row of three columns.
MARGIN_NUMBER_RE = re.compile(r"^(?:\d{1,4}[a-z]?[.)]?|\d{1,3}[./]\d{1,4})$")
# "(Report A/26/04)": a report's reference, with a slash or the word for the paper, not a
# table's third column ("(JB, 31 May)").
MARGIN_REFERENCE_RE = re.compile(
    r"^[([](?=[^()\[\]]*(?:/|\b(?:Report|Paper|Ref|Appendix|Annex)\b))"
    r"[A-Z][^()\[\],]{0,30}\d[^()\[\],]{0,10}[)\]]$"
)
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
FURNITURE_BREAKS_RE = re.compile(r"\s+(?=Minutes:\s)|(?<=Minutes:)\s+|(?<=^Agenda item)\s+")
# A number after the body's letters: "PC/41", "QS26/01", "ICB/26/01", "E&A 41/25".
# "CoG/26/01": with the year between two slashes, the letters may be in mixed case.
# "AGC.31": the committee's letters, a full stop and the number.
# An item's number as minutes write it after "Minute" or "Item".
NUMBER = r"\d{1,3}[a-z]?(?:[./]\d{1,4}[a-z]?)?(?:\([a-z]\))?"  # "5", "3a", "25/64", "12(a)"
# "Sun 17 May", "Sat 18 July": a day's short name before a date is no body's letters
DATE_WORD = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
PREFIXED_NUMBER = (
    # "JWC 31": a joint committee's letters, a space and its running number, the first letter
    # a capital whatever the pattern's case (a wrapped line's "and 13 February …" is no item)
    # "FC/25/26/101": a council's letters, the municipal year and the running number
    rf"(?:[A-Z]{{1,4}}/\d{{2,4}}[/-]\d{{2}}/\d{{1,4}}|[A-Z][A-Za-z]{{0,3}}/\d{{2,4}}/\d{{1,4}}|[A-Z]{{2,4}}\.\d{{1,4}}(?=\s|$)|(?-i:(?!{DATE_WORD} )[A-Z][A-Za-z]{{1,3}}) \d{{1,4}}(?=\s|$)|"
    # "C.71  APOLOGIES FOR ABSENCE": one capital letter, a point and the running number, then
    # a title in capitals or capitalised; never "S.106 agreement …", "p.12 of …", "a.1 …"
    r"(?-i:(?!S\.)[A-Z]\.\d{1,4}(?=\s+[A-Z]))|"
    r"[A-Z]{1,4}\.\d{1,4}/\d{2,4}|"  # "PC.01/26"
    # "M110  APOLOGIES FOR ABSENCE", "P 44  CORRESPONDENCE": one capital letter and a running
    # number of two to four figures, a space between them or none, then a title in capitals or
    # capitalised (the items in turn, under one letter, as every prefix is read)
    r"(?-i:[A-Z] ?\d{2,4}(?=\s+[A-Z]))|"
    r"[A-Z]{2,5}\(\d{2}\)\d{1,3}|"  # "QSE(26)01": a committee's letters, the year in brackets
    r"[A-Z]{1,4}(?:&[A-Z]{1,4})?(?:/\d{2,4}/\d{1,4}|\d{0,4}/\d{1,4}|\s\d{1,4}/\d{2,4}))[a-z]?"
)
# A short numbered line that reads as an item's title: "1. Apologies", "77/21", "Minute 5",
# "Item 1: Welcome, apologies and declarations", a starred "*45. Report", a running "1436  MINUTES",
# "#3 Treasurer's report".
NUMBERED_TITLE_RE = re.compile(
    r"^(?:(?:Minute|Item|Agenda item|§)(?:\s+No\.?)?\s*\d{1,3}[a-z]?(?:[./]\d{1,4})?[:.)]?"
    rf"|{PREFIXED_NUMBER}"
    r"|[([]\d{1,3}[a-z]?[)\]]|\d{1,2}/(?=\s+[A-Z])|\*?\d{1,3}[a-z]?(?:[./]\d{1,4}[a-z]?)?[.)]?|\d{4}(?=\s+[A-Z])"
    # "1: Welcome and apologies": a number and a colon, then a capitalised title
    r"|(?-i:\d{1,2}:(?=\s+[A-Z]))"
    # "#3 Treasurer's report": a hash before the number, then a capitalised title
    r"|(?-i:#\d{1,3}(?=\s+[A-Z]))"
    r"|[A-Z][.)](?=\s+[A-Z]))"
    r"(?:\s+[^.!?]{0,100}[^.!?,;:]|\s*)$",
    re.IGNORECASE,
)  # a line longer than this, in a text with barely any breaks, ran on


@dataclass
class Line:
    """One paragraph of the input: its text, whether it was a bullet, and its columns."""

    text: str
    is_bullet: bool = False
    cells: list[str] = field(default_factory=list)
    marker: str = ""  # the bullet character it had
    columns: list[str] = field(default_factory=list)  # two or more columns, as written
    level: int = 0  # a heading's level where it was marked as one: "## Finance" is 2
    after_blank: bool = False  # a blank line (or nothing) stood above it, as written


def normalise_breaks(text: str) -> str:
    """One kind of line break; a text pasted with no breaks at all is broken where it plainly can be."""
    for separator, replacement in SEPARATORS.items():
        text = text.replace(separator, replacement)
    text = unchatted(unquoted(text))
    lines = text.split("\n")
    if lines and max(len(line) for line in lines) > RUN_ON_LENGTH and len(lines) < 4:
        text = RUN_ON_BREAKS_RE.sub("\n\n", break_meeting(text))
        if "Minutes:" in text or text.startswith("Agenda item"):
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
    if not raw or raw.isspace():
        return Line(text="")  # a blank line (half a paste's lines): no cells, no words
    cells = []
    if "|" in raw and PIPE_ROW_RE.match(raw):
        cells = [c.strip() for c in raw.strip().strip("|").split("|")]
        return Line(text=" ".join(" ".join(c.split()) for c in cells if c), cells=cells)
    if "\t" in raw or "   " in raw or "\u00a0\u00a0" in raw:
        cells = [c.strip() for c in COLUMN_SPLIT_RE.split(raw.strip(" \u00a0")) if c.strip()]
        # "… to GP practices  AH": a long cell ran into the owner's initials, two spaces apart
        cells = [part for cell in cells for part in GLUED_INITIALS_RE.split(cell) if part]
        if (
            len(cells) == 3
            and MARGIN_NUMBER_RE.match(cells[0])
            and cells[1][:1].isupper()
            and MARGIN_REFERENCE_RE.match(cells[2])
        ):
            cells = cells[:2]
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
    elif text[:1] in "-=" and TYPED_ARROW_RE.match(text):
        text = TYPED_ARROW_RE.sub("", text)  # "-> Gary to find out …": typed, it only points
        cells = cells[1:] if cells and cells[0] in TYPED_ARROWS else cells
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


def indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \u00a0"))


def looks_like_heading(text: str) -> bool:
    if len(text) > 60:
        return False  # (before its words are counted: a long paragraph is no heading)
    words = text.split()
    return (
        0 < len(words) <= 6
        and text[0].isupper()
        and text[-1] not in ".,;:!?"
        and not text.isdigit()
    )
