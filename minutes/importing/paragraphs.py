"""Joining a paste's lines into paragraphs.

`paragraphs` turns the text into paragraphs (`Line`s, each cleaned by
`minutes.importing.cleaning`), each knowing whether it was a bullet, whether it was a row of
columns, and whether it is chrome that the record does not keep. A wrapped sentence is
joined into one paragraph, and a bullet line is always a paragraph of its own; a
second-level bullet ("o", "◦") under a first-level one is joined to its bullet, and "a) …",
"b) …" under a line ending in a colon each start a paragraph. A numbered line wrapped onto a
line set under the text after its number goes on there, and a line back at the margin after
such a hanging paragraph starts a new one; a numbered title in Title Case above a sentence
set under it (one that runs on to the margin, or ends) is whole, not wrapped ("3.2  Workforce
Race Equality Standard … 2025" above "     Mrs Scadding presented the two reports"). A name
wrapped after its initial ("… and Mrs S." above "Beckinsale.") goes on, a task's owner in
square brackets on a line of its own ("[Collections Officer]") joins the task above, and
jobs written a line each ("Lisa - entry forms", "Steve - referees") stay apart; a minute's
number wrapped onto a line set no further out than the one above ("… considered under minute"
above "61/26. Mrs Parrock left …") carries on its sentence, and no item starts there; each
paragraph knows whether a blank line stood above it. A page's running header and footer are left out (`minutes.importing.pages`), and a row's cells
wrapped onto the lines under it are put back in their cells (`minutes.importing.columns`).
"""

from __future__ import annotations

import re

from minutes.importing.actions import NOT_A_ROLE
from minutes.importing.cleaning import (
    NUMBERED_TITLE_RE,
    PIPE_RULE_RE,
    UNDERLINE_RE,
    Line,
    clean_line,
    ends_with_file_size,
    indent,
    is_chrome,
    looks_like_heading,
    normalise_breaks,
)
from minutes.importing.columns import (
    Layout,
    add_to_cell,
    continues_cell,
    ruled_header,
    split_as_header,
)
from minutes.importing.pages import has_page_lines, joined, page_furniture
from minutes.importing.register_notes import CHAIR_NOTE_RE
from minutes.importing.titles import title_goes_on

# The markers of a list's second level, in Word's pastes ("o", "▪") and the saved pages'
# reading of a list inside a list ("◦"): under another bullet, a sub-point of it.
SUB_BULLET_CHARS = "o◦▪§\uf0a7"
# "a) approved the plan;", "(ii) that …", "3. to receive …": one of an enumerated list.
ENUMERATED_LINE_RE = re.compile(r"^\(?(?:[a-h]|[ivx]{1,5}|\d{1,2})[.)]\s+\S")
# "(b) and (c);", "(ii) or (iii)", "(a) to (d)": a list's entries referred to, no entry's start.
LETTERS_REFERRED_TO_RE = re.compile(
    r"^\((?:[a-h]|[ivx]{1,5}|\d{1,2})\)\s+(?:and|or|to|&)\s+\((?:[a-h]|[ivx]{1,5}|\d{1,2})\)"
)
OPEN_ACTION_TAG_RE = re.compile(r"[(\[]Actions?(?: by)?:$", re.IGNORECASE)
# "[Collections Officer]" on a line of its own: the owner of the task above, wrapped; and the
# same closing a task's line ("… for the June meeting. [Treasurer]").
# ("[Cllr Smith left the meeting]" is none: a note of the meeting's comings and goings)
OWNER_TAG_RE = re.compile(rf"^\[{NOT_A_ROLE}[A-Z][A-Za-z'’&/ .-]{{0,40}}\]$")
TRAILING_OWNER_TAG_RE = re.compile(r"[.!?]\s+\[[A-Z][A-Za-z'’&/ .-]{0,40}\]$")
FIELD_RE = re.compile(
    r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z]{1,4}\d{0,4}|[A-Z][a-z]{1,15})$"
)
LABEL_RE = re.compile(r"^[A-Z][\w '’-]{0,25}(?:\s*\([^()]{1,30}\))?:(?:\s|$)")
# A task's owner in initials at the end of its line: "… with the Clerk.     Action: SD".
TRAILING_ACTION_RE = re.compile(
    r"[.!?]?\s+[\[(]?Action:\s*[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*[\])]?$"  # "… team. [Action: SM]"
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
    furniture = page_furniture(raw_lines) if has_page_lines(text) else set()
    out: list[Line] = []
    lines_in_paragraph = 0
    list_marker = ""  # the bullet character of the list being read
    list_indent = 0  # where its first bullet stands
    row: Layout | None = None  # the last row of columns, for a cell wrapped onto the next line
    header: Layout | None = None  # the first row of a table set out in spaces
    bullet_column = -1  # where the last bullet's text starts, as written
    bullet_indent = -1  # where the last bullet's marker stands, as written
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
        if out and lines_in_paragraph == 1 and (ruled := ruled_header(out[-1], last_raw, raw)):
            header = row = ruled  # a table's rule under its header: its columns, no words
            continue
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
            and indent(raw) >= list_indent + 2
        ):
            _add_sub_point(out[-1], line.text)
            continue
        previous = out[-1] if out and lines_in_paragraph else None
        layout = header or row
        if header and row and len(row.starts) > len(header.starts):
            # "Ref        Item  Action": a header whose words stand two spaces apart places
            # fewer columns than its rows, which place them all
            layout = row
        if previous is not None and previous.cells and continues_cell(row, layout, raw, line):
            add_to_cell(previous, layout, raw)
            continue
        if (
            header is not None
            and (line.cells or header.ruled)
            and len(line.cells) < len(header.starts)
        ):
            split_as_header(line, raw, header)
        if (
            previous is not None
            and previous.is_bullet
            and _continues_bullet(previous, raw, line, bullet_column)
            and not _back_at_marker(previous, raw, line, bullet_indent, raw_lines, number)
        ):
            previous.text = f"{previous.text} {line.text}"
            continue
        if line.is_bullet:
            bullet_column = _text_column(raw)
            bullet_indent = indent(raw)
        row = Layout.of(raw) if line.cells else None
        if line.cells and header is None and "\t" not in raw and len(raw) <= 300:
            header = row  # a table set out in spaces: its header places its columns
        elif not line.cells:
            header = None
        if line.is_bullet and not list_marker:
            list_indent = indent(raw)
        list_marker = (list_marker or line.marker) if line.is_bullet else ""
        if previous is None or (
            _starts_new_paragraph(
                previous,
                line,
                _hangs_under(first_raw, last_raw, raw),
                set_in=indent(raw) >= indent(last_raw),
            )
            or (hanging and _outdented(first_raw, raw, line))
        ):
            line.after_blank = previous is None
            out.append(line)
            lines_in_paragraph = 1
            first_raw, hanging = raw, False
        else:
            previous.text = joined(previous.text, line.text)
            previous.cells = []
            lines_in_paragraph += 1
            hanging = hanging or indent(raw) >= indent(first_raw) + 2
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
    title = first_raw[column:]
    if (
        first_raw == last_raw
        and len(title.split()) > 1
        and _in_title_case(title)
        and not _in_title_case(raw)
        and _reads_as_sentence(raw, first_raw)
    ):
        # "3.2  Workforce Race Equality Standard and … Standard 2025" above "     Mrs Scadding
        # presented the two reports …": a whole title, then its minute set under it
        return False
    return column > indent(first_raw) and indent(raw) == column


def _reads_as_sentence(raw: str, first_raw: str) -> bool:
    """'     Mrs Scadding presented the two reports and their action plans, which must be':
    a sentence under a title, running on to the margin as the title's line does, or ending
    ("The Committee NOTED the report."); a title's wrapped end is short and has no stop
    ("     Zone grant from Historic England" under "4.2  Update on … the Heritage Action")."""
    text = raw.strip()
    return text[-1:] in {".", "!", "?", ":"} or len(raw.rstrip()) >= 0.8 * len(first_raw.rstrip())


# The little words a title leaves in lower case: "Review of the Grant Policy and Fees".
TITLE_SMALL_WORDS = {"a", "an", "and", "&", "as", "at", "by", "for", "from", "in", "of", "on"}
TITLE_SMALL_WORDS |= {"or", "the", "to", "with", "–", "-", "—"}


def _in_title_case(text: str) -> bool:
    """'Workforce Race Equality Standard and Workforce Disability Equality Standard 2025':
    every word capitalised but the little ones (a heading in capitals is so too, and a title's
    wrapped end, "SELF-ASSESSMENT"); 'Mrs Scadding presented the two reports' is a sentence."""
    words = text.split()
    capitalised = sum(w[:1].isupper() or w[:1].isdigit() or w[:1] in "(“\"'" for w in words)
    return capitalised >= 1 and all(
        w[:1].isupper() or w[:1].isdigit() or w[:1] in "(“\"'" or w.lower() in TITLE_SMALL_WORDS
        for w in words
    )


def _outdented(first_raw: str, raw: str, line: Line) -> bool:
    """A capitalised line back at or before where a hanging paragraph starts (its later
    lines stood further in): "       A26/02  Company Secretary to …" and its wrapped
    "               Court regeneration scheme - Arranged for 21 April", then
    "     The Board NOTED the action tracker.": a new paragraph, though the row ended
    without a full stop."""
    return (
        "\t" not in raw
        and not line.columns
        and indent(raw) <= indent(first_raw)
        and (line.text[0].isupper() or line.text[0].isdigit())
    )


def _continues_bullet(bullet: Line, raw: str, line: Line, column: int = -1) -> bool:
    """A bullet's text wrapped onto an indented line: "• … without the" above
    "  Committee's agreement." (a capital, but the sentence goes on), or a line set exactly
    under the bullet's text after a full sentence: "- Could the data be shared?" above
    "  RB said yes, anonymised." (the answer is part of the point)."""
    return (
        not line.is_bullet
        and not line.columns
        and indent(raw) >= 2
        and (bullet.text[-1] not in ".;:!?" or indent(raw) == column)
    )


def _back_at_marker(
    bullet: Line, raw: str, line: Line, marker_indent: int, raw_lines: list[str], number: int
) -> bool:
    """In a minute set in from the margin, a sentence standing back at the column of the
    list's dashes (not under the bullet's text, nor further out) after a bullet that ends a
    phrase: the minute going on after the list ("  – the Society has no objection to the use"
    above "  It was resolved to object …"), no wrap of the bullet. Not where the bullet stops
    on a word that wants its object ("… on Station Road by" above "Cllr Brown"), nor where
    another bullet follows (the list goes on, so the line is the bullet's own, wrapped: "- the
    applicant will lower the wall" / "Members were content with the height" / "- the trees …")."""
    return (
        marker_indent >= 2
        and indent(raw) == marker_indent
        and line.text[:1].isupper()
        and not _ends_mid_phrase(bullet.text)
        and not WANTS_OBJECT_END_RE.search(bullet.text)
        and not _bullet_follows(raw_lines, number)
    )


# "… reported on Station Road by" / "… a grant from" / "… the": a bullet stopping on a word
# that wants the words after it, which the next line gives.
WANTS_OBJECT_END_RE = re.compile(r"\b(?:by|from|to|of|for|with|at|on|in|into|the|a|an|or)$")


def _bullet_follows(raw_lines: list[str], number: int) -> bool:
    """Whether the next line with words on it, below line `number`, is a bullet."""
    for raw in raw_lines[number + 1 : number + 50]:
        if raw.strip():
            return clean_line(raw).is_bullet
    return False


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


# "Lisa - entry forms and the website": a first name, a dash and what they are to do.
JOB_LINE_RE = re.compile(r"^[A-Z][a-z'’]+(?: (?:and|&) [A-Z][a-z'’]+)? [–—-] [a-z]")
# A planning application's reference and site, on a line of their own.
APPLICATION_LINE_RE = re.compile(r"^\d{2,4}/\d{3,6}/[A-Z]{2,6}\b.{0,100}$")
# A line that starts with a decision in capitals starts its own paragraph, unless the line
# above stops mid-phrase: "After discussion it was" or "… and the Committee" above
# "RESOLVED that …" is one sentence wrapped.
RESOLVED_LINE_RE = re.compile(r"^(?:RESOLVED|AGREED|RECOMMENDED|DECIDED)\b")
MID_PHRASE_END_RE = re.compile(
    r"(?:\b(?:was|and|it|be|been|duly|unanimously|then|therefore|so|thereby|hereby|"
    r"Committee|Sub-Committee|Council|Board|Cabinet|Panel|Authority|Executive|meeting|"
    r"[Mm]embers|[Gg]overnors|[Tt]rustees|[Dd]irectors|[Cc]ouncillors)|,)$"
)


# How many of a text's last characters a pattern that matches only at its end can cover:
# its longest match, and a line break before the end. A paragraph joined from many lines is
# tested at each line joined to it; only its end is read (`_ends_with`), not all of it again.
OPEN_ACTION_TAG_REACH = len("[Actions by:") + 1
MID_PHRASE_END_REACH = len("Sub-Committee") + 1  # the longest of its words
WRAP_END_REACH = 40 + len(" this") + 1


def _ends_with(pattern: re.Pattern, text: str, reach: int) -> bool:
    """Whether `pattern`, which matches only at the end of a text and over at most `reach`
    characters, matches at the end of `text` (read from `reach` characters back: a match's
    word boundaries and lookbehinds still see the characters before)."""
    return pattern.search(text, max(0, len(text) - reach)) is not None


def _ends_mid_phrase(text: str) -> bool:
    return _ends_with(MID_PHRASE_END_RE, text, MID_PHRASE_END_REACH)


def _starts_new_paragraph(
    previous: Line, line: Line, hangs: bool = False, set_in: bool = True
) -> bool:
    """Whether `line` starts a paragraph of its own after `previous` (`hangs`: it stands
    under the text after the number of the paragraph's first line, which wrapped; `set_in`:
    it stands no further out than the line above)."""
    if line.is_bullet or line.cells or previous.cells:
        return True
    if set_in and _wrapped_reference(previous, line):
        return False  # "… considered under minute" above "61/26. Mrs Parrock left …"
    if (
        _ends_with(OPEN_ACTION_TAG_RE, previous.text, OPEN_ACTION_TAG_REACH)
        and len(line.text) <= 40
    ):
        return False  # "… booking. (Action:" above "Secretary)": the owner, wrapped
    if OWNER_TAG_RE.match(line.text) and not previous.is_bullet and previous.text[-1] in ".!?":
        return False  # "Write to the Society to confirm the loans." above "[Collections Officer]"
    if line.columns and previous.columns:
        return True  # "Pam      – chase the council" then "Trevor   – book the hall": rows
    if JOB_LINE_RE.match(line.text) and JOB_LINE_RE.match(previous.text):
        return True  # "Lisa - entry forms and the website" then "Steve - referees": a job a line
    if ENUMERATED_LINE_RE.match(line.text) and (
        previous.text[-1] in ".;:"
        or previous.text.endswith(("; and", "; or", ", and"))
        # ("(a) … except as set out in" above "(b) and (c);": the entries it refers to, wrapped)
        or (ENUMERATED_LINE_RE.match(previous.text) and not LETTERS_REFERRED_TO_RE.match(line.text))
    ):
        return True  # "The Board:" then "a) approved …; and", "b) delegated …"
    if ends_with_file_size(previous.text) or is_chrome(previous.text):
        return True  # a list of documents, one a line, each ending in its size
    capital = line.text[0].isupper() or line.text[0].isdigit() or line.text[0] in "(["
    if RESOLVED_LINE_RE.match(line.text) and not _ends_mid_phrase(previous.text):
        return True  # "25/03401/HOU  Brook House – garage" above "RESOLVED no objection."
    if (
        capital
        and APPLICATION_LINE_RE.match(previous.text)
        and not _ends_mid_phrase(previous.text)
        and not _ends_with(WRAP_END_RE, previous.text, WRAP_END_REACH)
    ):
        # "26/00041/HOU  Hill Top Barn - rear extension" above "The meeting agreed to make
        # no comment …": the application's line, then what was said or decided on it
        return True
    if FIELD_RE.match(line.text) or FIELD_RE.match(previous.text):
        return True  # an action log flattened to one field a line: a date, initials, a reference
    if LABEL_RE.match(line.text) and not (
        # "… from the Carnmore Wind Farm Community" above "Benefit Fund:": a long line
        # wrapped mid-phrase, the colon ending its sentence, not a label of its own
        line.text.endswith(":") and len(previous.text) >= 60 and previous.text[-1].isalnum()
    ):
        return True  # "Present: …", "Status: Open", "Minutes:": a label starts its own line
    if (
        NUMBERED_TITLE_RE.match(line.text)
        and not WRAPPED_DATE_RE.match(line.text)
        and not _wrapped_road_number(previous, line)
    ) or (
        NUMBERED_TITLE_RE.match(previous.text)
        and not (hangs or _wrapped_numbered_line(previous, line))
    ):
        return True  # "1. Apologies for absence" or "Minute 5" stands alone above its minute
    if hangs and title_goes_on(previous.text, line.text):
        return False  # "8. APPLICATION … COWSLIP MEADOW," above "PARISH OF ASHBY (Ref: …)"
    if capital and _in_capitals(previous.text) and not _in_capitals(line.text):
        return (
            True  # "64. TREE PRESERVATION ORDER NO. 12/2025 – RECTORY FIELD": a title in capitals
        )
    # A heading directly above its paragraph; a bullet's wrapped text carries on in lower case.
    if capital and (looks_like_heading(previous.text) or previous.is_bullet):
        return True
    if capital and "chair" in previous.text[-20:] and CHAIR_NOTE_RE.match(previous.text):
        return True  # "Ann Bell (Chair) - in the chair" above "Jo Kerr": the register, a line each
    if capital and _ends_with(REFERENCE_RANGE_END_RE, previous.text, REFERENCE_RANGE_END_REACH):
        return True  # "… for items 59/26 to" / "61/26" above "Two members of the public"
    if capital and "Action:" in previous.text and TRAILING_ACTION_RE.search(previous.text):
        return True  # "Sue to check with the Clerk.     Action: SD" ends its paragraph
    if capital and "]" in previous.text[-2:] and TRAILING_OWNER_TAG_RE.search(previous.text):
        return True  # "Prepare a reserves policy for June. [Treasurer]" ends its paragraph
    # A line that ends a sentence (or a label) above a capitalised line ends its paragraph:
    # minutes saved one paragraph a line, with no blank lines, are not glued together; a name
    # wrapped after its initial ("… and Mrs S." above "Beckinsale. The Secretary …") goes on.
    return (
        capital and previous.text[-1] in ".!?:;)" and not WRAPPED_INITIAL_RE.search(previous.text)
    )


# "The ICB Board decided on" above "25 February to stop …": a date wrapped onto the next
# line, not a number before a title.
WRAPPED_DATE_RE = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?! \d{4}$)"
)
# "… from Mr P. Duckitt and Mrs S." above "Beckinsale.": a title and an initial, the surname
# wrapped onto the next line.
WRAPPED_INITIAL_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Revd?|Prof|Professor)\.?(?:\s+[A-Z]\.){1,3}$"
)
# "(2) that take-up of the budgets be monitored": after its number, a line in lower case.
LOWER_AFTER_NUMBER_RE = re.compile(r"^\S+\s+[a-z]")
# "… to attend the meeting on" above "20 April 2026.": a line ending mid-phrase wrapped.
WRAP_END_RE = re.compile(r".{40}\s(?:on|of|to|the|a|an|by|for|from|with|at|in|be|as|this)$")


# "A361 Bypass will run …", "M110  APOLOGIES": one capital letter and figures opening a line
LETTER_FIGURES_RE = re.compile(r"^[A-Z] ?\d{2,4}\s+(?P<rest>.*)$")


def _wrapped_road_number(previous: Line, line: Line) -> bool:
    """ "… confirmed that the closure of the" above "A361 Bypass will run until …": a line
    opening with one capital letter and figures carries on a sentence that ended mid-way, in
    lower case or at a comma, unless its title is in capitals ("M111  DECLARATIONS")."""
    match = LETTER_FIGURES_RE.match(line.text)
    return bool(
        match
        and (previous.text[-1:].islower() or previous.text.endswith(","))
        and not _in_capitals(match.group("rest"))
    )


# "… would be considered under minute" / "… for items 59/26 to": a line stopping on a word
# that wants a minute's number after it ("No." only after "minute" or "item": "… whether the
# bins had been emptied. No." is an answer, its sentence ended)
WANTS_REFERENCE_END_RE = re.compile(
    r"\b(?:[Mm]inutes?|[Ii]tems?|[Mm]in\.|(?:(?<=[Mm]inute )|(?<=[Ii]tem ))[Nn]o\.|"
    r"to|and|or|under|see|in|of)$"
)
# "61/26. Mrs Parrock left …", "61/26" alone, "61/26 and 63/26": a minute's number opening a
# line, then a stop, a comma or the sentence's words in lower case (a title in capitals,
# "61/26  BURIAL GROUND WARDEN'S REPORT", is an item's heading)
REFERENCE_START_RE = re.compile(r"^\d{1,4}/\d{2,4}(?![\d/])(?:[.,;:)]|\s+[a-z(]|$)")
# "… for items 59/26 to 61/26": a range or pair of minutes' numbers ending a paragraph with
# no stop (a register's line, "Mr Birchendale (Warden), for items 59/26 to 61/26")
REFERENCE_RANGE_END_RE = re.compile(r"\d/\d{2,4}\s+(?:to|and|&|-|–)\s+\d{1,4}/\d{2,4}$")
REFERENCE_RANGE_END_REACH = 2 * 9 + len(" and ") + 1


def _wrapped_reference(previous: Line, line: Line) -> bool:
    """A reference to a minute wrapped onto the next line: "… and that the path would be
    considered under minute" above "61/26. Mrs Parrock left the meeting after this item.",
    or "… (Burial Ground Warden), for items 59/26 to" above "61/26": the sentence goes on,
    and the number is no item's. Not below an item's heading standing alone ("64/26. Urgent
    items" above "65/26. Date of next meeting", "Part II items" above "63/26"): the next item's
    number."""
    return bool(
        REFERENCE_START_RE.match(line.text)
        and _ends_with(WANTS_REFERENCE_END_RE, previous.text, len("minutes") + 1)
        and not _heads_item(previous.text)
    )


def _heads_item(text: str) -> bool:
    """A paragraph that is an item's heading: "64/26. Urgent items", "Part II items"."""
    return len(text) <= 60 and (bool(NUMBERED_TITLE_RE.match(text)) or looks_like_heading(text))


def _wrapped_numbered_line(previous: Line, line: Line) -> bool:
    """A numbered paragraph's first line wrapped onto the next: "22.1 The Assistant Director
    gave a presentation on the sufficiency of" above "placements for children in care.", or
    "(2) that take-up of … reported to this" (no title starts in lower case) above its end."""
    if LOWER_AFTER_NUMBER_RE.match(previous.text) or _ends_with(
        WRAP_END_RE, previous.text, WRAP_END_REACH
    ):
        return True
    if _wrapped_after_figure(previous, line):
        return True
    return len(previous.text) > 60 and line.text[0].islower()


# "… with effect from 1" above "December 2026.", "… a fund of £2" above "million …": a line
# ending in a figure after a space, the day of a date or the start of a sum.
FIGURE_END_RE = re.compile(r"\s£?\d{1,3}(?:st|nd|rd|th)?$")
FIGURE_END_REACH = len(" £123rd")
# The rest of the date: its month, then its year, a stop or a comma, or the words of a span
# ("December to March"); not a month opening a sentence of its own under a title ending in a
# number ("2. Report 4" above "May brought more referrals …", "March accounts were …").
REST_OF_DATE_RE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"(?=\s+\d{4}\b|\s*[.,;:)]|\s*$|\s+(?:to|until|till|and|onwards|at|in|for|when)\b)"
)
# The rest of the number: "million", "per cent", "pm" ("… at 7" above "pm in the hall").
REST_OF_NUMBER_RE = re.compile(
    r"^(?:hundred|thousand|million|billion|bn|m|k|per ?cent|%|[ap]\.?m\.?)(?=[\s.,;:)]|$)"
)


def _wrapped_after_figure(previous: Line, line: Line) -> bool:
    """A numbered paragraph's line ending in a figure, the rest of its date or its number on
    the next line: "9.2 … with effect from 1" above "December 2026."."""
    return _ends_with(FIGURE_END_RE, previous.text, FIGURE_END_REACH) and bool(
        REST_OF_DATE_RE.match(line.text) or REST_OF_NUMBER_RE.match(line.text)
    )


def _in_capitals(text: str) -> bool:
    return len(text) <= 150 and text == text.upper() and sum(c.isalpha() for c in text[:20]) >= 3
