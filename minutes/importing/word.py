"""Reading a Word document: its paragraphs, its lists with Word's own numbering, its tables.

Word keeps a numbered list's numbers out of the text: a paragraph (or its style, as with
auto-numbered headings) names a list definition and a level, and Word counts. The reader
counts the same way, so "41. Complaints performance" reads as the document shows it;
a bulleted level gives "•" ("◦" below the first level), and a paragraph of a list style
whose numbering cannot be found is a bullet, as before. A list linked to a list style
("numStyleLink") is numbered by the style's definition. A numbered title in bold run into
its paragraph ("**3. Treasurer's report.** The Treasurer …") is read as the title over its
minute (`minutes.importing.word_titles`). A table of minutes whose cells hold several
paragraphs ("Minute | Action by") is read paragraph by paragraph, its Action by cell the
owner of the row's task (`minutes.importing.word_cells`).
"""

from __future__ import annotations

import functools
import io
import re

from minutes.importing import word_cells
from minutes.importing.titles import (
    RUN_IN_WORDS,
    SENTENCE_HEAD_RE,
    reads_as_title,
    sentence_run_in_title,
)
from minutes.importing.word_titles import run_in_parts


class UnreadableFile(ValueError):
    """A file that is not what its name says, or cannot be read."""


ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc")]
ROMAN += [(50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(number: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while number >= value:
            out, number = out + letters, number - value
    return out


def _format(number: int, kind: str) -> str:
    if kind == "lowerLetter":
        return chr(96 + (number - 1) % 26 + 1)
    if kind == "upperLetter":
        return chr(64 + (number - 1) % 26 + 1)
    if kind == "lowerRoman":
        return _roman(number)
    if kind == "upperRoman":
        return _roman(number).upper()
    return str(number)


class _Numbering:
    """Word's list definitions, and the count so far of each list and level."""

    def __init__(self, document, qn):
        self.qn = qn
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId → level → …
        self.counts: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        nums = {n.get(qn("w:numId")): n for n in root.findall(qn("w:num"))}
        for num in nums.values():
            definition = self._definition(num, abstract, nums, document)
            if definition is None:
                continue
            levels = {}
            for lvl in definition.findall(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    int(self._val(lvl, "w:start") or 1),
                    self._val(lvl, "w:numFmt") or "decimal",
                    self._val(lvl, "w:lvlText") or "",
                )
            for override in num.findall(qn("w:lvlOverride")):
                level = int(override.get(qn("w:ilvl"), "0"))
                start = self._val(override, "w:startOverride")
                if start and level in levels:
                    levels[level] = (int(start), *levels[level][1:])
            self.levels[num.get(qn("w:numId"))] = levels

    def _definition(self, num, abstract: dict, nums: dict, document, depth: int = 0):
        """The list definition a list uses, followed through a list style if it links to one.

        A list of a list style ("numStyleLink") holds no levels: they are in the definition
        that names the style ("styleLink"), or in the list the style's own numPr names.
        """
        ref = num.find(self.qn("w:abstractNumId"))
        definition = abstract.get(ref.get(self.qn("w:val"))) if ref is not None else None
        link = self._val(definition, "w:numStyleLink") if definition is not None else None
        if not link or depth > 3:
            return definition
        for candidate in abstract.values():
            if self._val(candidate, "w:styleLink") == link:
                return candidate
        numpr = _style_numpr(document, link, self.qn)
        num_id = self._val(numpr, "w:numId") if numpr is not None else None
        if num_id in nums and nums[num_id] is not num:
            return self._definition(nums[num_id], abstract, nums, document, depth + 1)
        return definition

    def _val(self, element, tag: str) -> str | None:
        child = element.find(self.qn(tag))
        return child.get(self.qn("w:val")) if child is not None else None

    def label(self, num_id: str, level: int) -> str | None:
        """The number or bullet Word shows for the next paragraph of this list and level."""
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return None
        start, kind, text = levels[level]
        if kind == "bullet":
            return "•" if level == 0 else "◦"
        counts = self.counts.setdefault(num_id, {})
        counts[level] = counts.get(level, start - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]

        def number(match: re.Match) -> str:
            at = int(match.group(1)) - 1
            at_start, at_kind, _ = levels.get(at, (1, "decimal", ""))
            return _format(counts.get(at, at_start), at_kind)

        return re.sub(r"%(\d)", number, text).strip() or "•"


def _style_numpr(document, style_id: str, qn):
    """The numPr of a (list) style, by its id, or None."""
    try:
        styles = document.styles.element
    except (AttributeError, KeyError, NotImplementedError):
        return None
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            ppr = style.find(qn("w:pPr"))
            return ppr.find(qn("w:numPr")) if ppr is not None else None
    return None


def _numbering_of(paragraph, qn) -> tuple[str, int] | None:
    """The list a paragraph is in: its own numbering, or its style's (auto-numbered headings)."""
    candidates = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for ppr in candidates:
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if numpr is None:
            continue
        num_id = numpr.find(qn("w:numId"))
        ilvl = numpr.find(qn("w:ilvl"))
        if num_id is None:
            continue
        value = num_id.get(qn("w:val"))
        level = int(ilvl.get(qn("w:val"))) if ilvl is not None else 0
        return (value, level) if value != "0" else None
    return None


def docx_to_text(data: bytes) -> str:
    """The paragraphs, lists and tables of a Word document, in order."""
    import docx  # python-docx: imported here so that a plain-text import does not load it
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # a damaged or renamed file: python-docx raises many kinds
        raise UnreadableFile("The Word document could not be opened.") from error
    numbering = _Numbering(document, qn)
    notes = _notes(document, qn, Paragraph)
    chunks: list[str] = []
    # A footnote is part of the minutes where its mark stands: after the paragraph, or after
    # the list that the paragraph leads into ("… the following grants be made:¹" (a) … (c)).
    waiting: list[str] = []
    for child in _blocks(document.element.body, qn):
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, document)
            text = paragraph_text(paragraph).strip()
            if text:
                labelled = _with_label(paragraph, text, numbering, qn)
                if waiting and not (chunks[-1].endswith(":") or LIST_ENTRY_RE.match(labelled)):
                    chunks += waiting
                    waiting = []
                # a numbered title in bold run into its minute: the title, then the minute
                chunks += run_in_parts(paragraph, text, labelled)
            for mark in child.iter(qn("w:footnoteReference"), qn("w:endnoteReference")):
                note = notes.get((mark.tag, mark.get(qn("w:id"))))
                if note:
                    waiting.append(note)
            for inner in text_box_paragraphs(child):
                # a text box's paragraphs, read where the box is anchored
                boxed = paragraph_text(Paragraph(inner, document)).strip()
                if boxed:
                    chunks.append(boxed)
        elif child.tag == qn("w:tbl"):
            rows = Table(child, document).rows
            columns = _minute_columns(rows[0]) if len(rows) > 1 else None
            first, names = 1, _header_names(rows[0])
            if columns is None and _numbered_rows(rows):
                columns, first = (0, 1), 0  # no header: a number, then the minute, row by row
            owner = word_cells.owner_column(names) if first else None
            beside = word_cells.minute_and_owner(names) if columns is None else None
            label = functools.partial(_with_label, numbering=numbering, qn=qn)
            for place, row in enumerate(rows):
                if columns is not None and place >= first:
                    chunks += _minute_row(row, columns, numbering, qn, owner)
                    continue
                # "Minute | Action by": a row whose cells hold several paragraphs, read as them
                cells = list(_unique_cells(row))
                owned = word_cells.owned_row(cells, names, beside, label) if place else []
                if owned:
                    chunks += owned
                    continue
                cells = [re.sub(r"\s+", " ", cell_text(c)).strip() for c in _unique_cells(row)]
                cells = [c for c in cells if c]
                if cells:
                    chunks.append("\t".join(cells))
    return "\n\n".join(chunks + waiting)


NOTE_KINDS = {"footnotes": "footnote", "endnotes": "endnote"}
# "(a) …", "1. …", "• …": an entry of the list a paragraph ending in a colon leads into.
LIST_ENTRY_RE = re.compile(r"^(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})[.)]|[•·◦▪o-])\s")


def _notes(document, qn, paragraph_class) -> dict[tuple[str, str], str]:
    """Each footnote's and endnote's text, by the tag and id of the mark that refers to it
    (Word's separator lines left out)."""
    from docx.oxml import parse_xml

    notes = {}
    for relationship in document.part.rels.values():
        kind = NOTE_KINDS.get(relationship.reltype.rsplit("/", 1)[-1])
        if kind is None or relationship.is_external:
            continue
        root = parse_xml(relationship.target_part.blob)
        for note in root.iter(qn(f"w:{kind}")):
            if note.get(qn("w:type")) not in (None, "normal"):
                continue
            text = " ".join(
                paragraph_text(paragraph_class(p, document)).strip() for p in note.iter(qn("w:p"))
            ).strip()
            if text:
                notes[(qn(f"w:{kind}Reference"), note.get(qn("w:id")))] = text
    return notes


def _blocks(body, qn):
    """The body's paragraphs and tables in order, those inside content controls (a form's
    fields, a template's boxes) included."""
    for child in body.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag in (qn("w:sdt"), qn("w:customXml")):
            content = child.find(qn("w:sdtContent"))
            yield from _blocks(content if content is not None else child, qn)


W_NAMESPACE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REMOVED = {f"{W_NAMESPACE}del", f"{W_NAMESPACE}moveFrom"}
TEXT_BOX = f"{W_NAMESPACE}txbxContent"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def text_box_paragraphs(paragraph_element) -> list:
    """The paragraphs of text boxes anchored in a paragraph (once each: Word also keeps an
    older copy of every box as a fallback)."""
    found = []
    for box in paragraph_element.iter(TEXT_BOX):
        if any(a.tag == FALLBACK for a in box.iterancestors()):
            continue
        found += [p for p in box if p.tag == f"{W_NAMESPACE}p"]
    return found


def paragraph_text(paragraph) -> str:
    """A paragraph's text as it reads with its tracked changes accepted: inserted words in,
    deleted ones out (python-docx's own text leaves out both)."""
    parts: list[str] = []
    own = paragraph._p
    for element in own.iter(
        f"{W_NAMESPACE}t", f"{W_NAMESPACE}tab", f"{W_NAMESPACE}br", f"{W_NAMESPACE}cr"
    ):
        ancestors = set()
        for ancestor in element.iterancestors():
            if ancestor is own:
                break
            ancestors.add(ancestor.tag)
        if ancestors & REMOVED or TEXT_BOX in ancestors:
            continue  # deleted, or in a text box (read as paragraphs of their own)
        tag = element.tag[len(W_NAMESPACE) :]
        parts.append(element.text or "" if tag == "t" else "\t" if tag == "tab" else "\n")
    return "".join(parts)


def cell_text(cell) -> str:
    return "\n".join(paragraph_text(p) for p in cell.paragraphs)


def _minute_columns(header) -> tuple[int, ...] | None:
    """A table of minutes, one row an item: "Item | Minute | Action". The columns of the
    item's number and of its minute (which starts with the title), when the header names
    both and no title column (a table with one is read as tab-separated text); then, in
    "No. | Item | Discussion and decisions | Action by", the Item column of the titles."""
    from minutes.importing.action_logs import column_roles
    from minutes.importing.tables import NUMBER_HEADERS, TEXT_HEADERS, TITLE_HEADERS

    names = _header_names(header)
    number = next((i for i, name in enumerate(names) if name in NUMBER_HEADERS), None)
    subject = word_cells.subject_column(names)  # "No. | Subject | Discussion | Action by"
    if number is None or (subject is None and any(name in TITLE_HEADERS for name in names)):
        return None
    if {"task", "owner", "due"} <= column_roles(names).keys():
        return None  # "No. | Minute | Action | Owner | Target date": a log naming its minutes
    # The minute itself: as in any table of minutes, or "Details" ("Minute | Details | Action by"),
    # or the item and its minute in one column ("Minute | Item and discussion | Resolution"),
    # or the minute with its decisions ("Ref | Discussion and decisions | Action")
    texts = {*TEXT_HEADERS, "details"}
    text = next(
        (
            i
            for i, n in enumerate(names)
            if (n in texts or _item_and_text(n) or _text_and_decisions(n)) and i != number
        ),
        None,
    )
    if text is None and names[number] != "item":
        # "No. | Item | Action by": beside a "No." column and no other column of text, the
        # "Item" column holds the minute ("No. | Item | Discussion | Action": Discussion does)
        text = next((i for i, n in enumerate(names) if n == "item" and i != number), None)
    if text is None:
        return None
    # "No. | Item | Discussion and decisions | Action by": beside the number and the minute,
    # the Item column holds each row's title ("5 | Responsive repairs contract | …")
    title = next((i for i, n in enumerate(names) if n == "item" and i not in (number, text)), None)
    title = subject if subject is not None else title
    return (number, text) if title is None else (number, text, title)


def _header_names(header) -> list[str]:
    return [
        re.sub(r"\s+", " ", cell_text(c)).strip().lower().rstrip(":") for c in _unique_cells(header)
    ]


def _item_and_text(name: str) -> bool:
    """'Item and discussion', 'Subject / minute': a column that holds an item's title and its
    minute, named by both."""
    from minutes.importing.tables import TEXT_HEADERS, TITLE_HEADERS

    parts = re.split(r"\s+(?:and|&|/)\s+|\s*/\s*", name)
    return (
        len(parts) == 2
        and parts[0] in {"item", *TITLE_HEADERS}
        and parts[1] in {*TEXT_HEADERS, "details"}
    )


def _text_and_decisions(name: str) -> bool:
    """'Discussion and decisions', 'Minutes and decisions': a column that holds the minute
    with the decisions written into it, named by both (the decision column, not another)."""
    from minutes.importing.tables import DECISION_HEADERS

    parts = re.split(r"\s+(?:and|&)\s+|\s*/\s*", name)
    return (
        len(parts) == 2
        and parts[0] in {"discussion", "minutes", "minute", "notes"}
        and parts[1] in DECISION_HEADERS
    )


def _numbered_rows(rows) -> bool:
    """A table of minutes with no header row: at least three rows whose first cell is an item's
    number alone ("1", "2.", "3)"), in order, each beside a minute; rows between them with the
    first cell empty carry on the item above."""
    numbers = []
    for row in rows:
        cells = list(_unique_cells(row))
        if len(cells) < 2:
            return False
        first = cell_text(cells[0]).strip()
        if not first:
            continue
        match = re.fullmatch(r"(\d{1,3})[.)]?", first)
        if match is None or not cell_text(cells[1]).strip():
            return False
        numbers.append(int(match.group(1)))
    return len(numbers) >= 3 and numbers == sorted(set(numbers))


def _minute_row(row, columns: tuple[int, ...], numbering, qn, owner: int | None) -> list[str]:
    """One row of a table of minutes as the paragraphs of an item: "4<tab>Title" (the title
    cell, or the minute cell's first line), then each paragraph of the minute (a bullet kept
    a bullet), the owner in an "Action by" column after a tab at the end of its task
    (`minutes.importing.word_cells`), then the other cells as paragraphs of their own."""
    cells = list(_unique_cells(row))
    number_column, text_column, *title_column = columns
    if max(columns) >= len(cells):
        return ["\t".join(cell_text(c).strip() for c in cells if cell_text(c).strip())]
    paragraphs = [
        _with_label(p, paragraph_text(p).strip(), numbering, qn)
        for p in cells[text_column].paragraphs
        if paragraph_text(p).strip()
    ]
    number = re.sub(r"\s+", " ", cell_text(cells[number_column])).strip()
    # (an empty Discussion cell leaves the minute in the Item cell, read as before, unless
    # the Item or Subject cell is a title alone: "2 | Any other business | (empty)")
    heading = _title_cell(cells[title_column[0]]) if title_column else ""
    if heading:
        # the Item cell's title over the whole minute; a minute whose first line repeats
        # it ("Greens" in both cells) gives it once
        first, _, rest = paragraphs[0].partition("\n") if paragraphs else ("", "", "")
        if first.strip().rstrip(".:").casefold() == heading.rstrip(".:").casefold():
            paragraphs = [rest.strip(), *paragraphs[1:]] if rest.strip() else paragraphs[1:]
        paragraphs = [heading, *paragraphs]
    elif paragraphs and not title_column:
        # no Item column: the title run into the minute ("1 | Welcome and apologies. Rachel …")
        paragraphs = _run_in_title(paragraphs)
    used = {number_column, text_column, *(title_column if heading else [])}
    out: list[str] = []
    if paragraphs:
        title, _, rest = paragraphs[0].partition("\n")
        out.append(f"{number}\t{title.strip()}" if number else title.strip())
        out += [rest.strip(), *paragraphs[1:]] if rest.strip() else paragraphs[1:]
    elif number:
        out.append(number)
    if owner is not None and owner < len(cells) and owner not in used and len(out) > 1:
        used.add(owner)
        owned = [paragraph_text(p).strip() for p in cells[owner].paragraphs]
        out = [out[0], *word_cells.with_owner(out[1:], [o for o in owned if o])]
    for index, cell in enumerate(cells):
        if index not in used:
            out += [paragraph_text(p).strip() for p in cell.paragraphs if paragraph_text(p).strip()]
    return out


def _run_in_title(paragraphs: list[str]) -> list[str]:
    """'Welcome and apologies. Rachel welcomed …' → ['Welcome and apologies', 'Rachel
    welcomed …']: in a table of minutes with no Item column ("No. | Discussion | Decision |
    Action"), the row's title run into the first sentence of its minute before a full stop
    (or a colon: "Date of next meeting: Tuesday 9 February"), on a line of its own; a minute
    opening with a sentence ("The harbour master reported a busy summer. …") is left whole."""
    first, _, rest = paragraphs[0].partition("\n")
    parts = sentence_run_in_title(first.strip()) or _colon_title(first.strip())
    if parts is None or NO_RUN_IN_TITLE_RE.match(parts[0]):
        return paragraphs
    title, minute = parts
    return [title, "\n".join(p for p in (minute, rest.strip()) if p), *paragraphs[1:]]


# "Agreed. The clerk will write.", "Noted: The report …", "Present: Cllr Day, …": a decision or
# the attendance, not a title run into the minute
NO_RUN_IN_TITLE_RE = re.compile(
    r"^(?:agreed|noted|resolved|approved|decided|recommended|endorsed|present|in attendance"
    r"|absent|action|actions)$",
    re.IGNORECASE,
)
# "Date of next meeting: Tuesday 9 February 2027, 7pm": a title of a few words, a colon and
# the minute after it.
COLON_TITLE_RE = re.compile(r"^(?P<head>[A-Z][^.:;!?]{1,60}?):\s+(?P<rest>[A-Z0-9].*)$", re.DOTALL)


def _colon_title(text: str) -> tuple[str, str] | None:
    """'Date of next meeting: Tuesday 9 February 2027' → ('Date of next meeting', 'Tuesday …');
    None when what stands before the colon is no title of a few words ("Members said: …")."""
    match = COLON_TITLE_RE.match(text)
    if not match:
        return None
    head = match.group("head").strip()
    if (
        len(head.split()) > RUN_IN_WORDS
        or not reads_as_title(head)
        or SENTENCE_HEAD_RE.search(head)
    ):
        return None
    return head, match.group("rest").strip()


def _title_cell(cell) -> str:
    """An Item cell's title: one short line ("Responsive repairs contract"); a cell of several
    paragraphs or a long one is no title (a minute written in the Item column), read as before;
    nor is a sentence of more than six words ending in a stop ("The committee agreed to raise
    plot rents by £2 a year.": the minute, written in the Item column)."""
    lines = [line.strip() for line in cell_text(cell).split("\n") if line.strip()]
    if len(lines) != 1 or len(lines[0]) > 150:
        return ""
    sentence = lines[0].endswith((".", "!", "?")) and len(lines[0].split()) > 6
    return "" if sentence else lines[0]


# A heading whose number is typed in its text ("1. Apologies", "Minute 5"): read as typed.
NUMBERED_TEXT_RE = re.compile(r"^(?:\(?\d|[A-Z]{1,4}[ /.]?\d|(?:Item|Minute|Agenda item)\s)")


def _with_label(paragraph, text: str, numbering: _Numbering, qn) -> str:
    found = _numbering_of(paragraph, qn)
    label = numbering.label(*found) if found else None
    if label:
        return f"{label} {text}"
    style = (paragraph.style.name if paragraph.style is not None else "").lower()
    heading = re.match(r"heading ([1-6])$", style)
    if heading and not found and not NUMBERED_TEXT_RE.match(text):
        # "Heading 2" with no number: marked as a heading is in plain text ("## Finance"),
        # so that the items of minutes laid out by heading styles alone are found.
        return f"{'#' * int(heading.group(1))} {text}"
    return f"• {text}" if "list" in style or found else text


def _unique_cells(row):
    # A merged cell is reported once for each column it spans.
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            yield cell
