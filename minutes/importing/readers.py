"""Turning a Word document or a saved web page into the text the parser reads.

A .docx is read by `minutes.importing.word` (paragraphs, Word's list numbering, tables).
A saved HTML page (a council's "Agenda item" or "Minutes" page) gives its main content
with its structure: headings, paragraphs, list items as bullets ("◦" for a list inside a
bulleted list), an ordered list whose items start with a heading as numbered items
("1." above the title) or with a title in bold over paragraphs ("1. Finance report"; one of
them an agenda's usual title, "Welcome, apologies …", or the list is one inside an item), and
table rows as tab-separated lines (a table whose cells hold
headings or more than one paragraph lays the page out: its cells are read as blocks; a cell
holding one paragraph, as Word's tables do, is a cell); navigation, headers, footers,
sidebars, scripts, skip links and breadcrumbs are chrome and are left out; an accordion's
section header holds its section's heading (not the site's header), and its "Show" controls
are chrome.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from minutes.importing.unnumbered import USUAL_TITLE_RE
from minutes.importing.word import UnreadableFile, docx_to_text

__all__ = ["UnreadableFile", "docx_to_text", "html_to_text", "read_upload"]

BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "tr",
    "br",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "li",
    "caption",
}
SKIPPED_TAGS = {
    "head",
    "title",
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "noscript",
    "template",
    "form",
    "svg",
    "aside",  # a blog's sidebar: recent posts, archives
}
CHROME_NAMES_RE = re.compile(
    # ("site-header", but not a table's "tableHeader" cell, nor an accordion's
    # "govuk-accordion__section-header" or a card's "card-header": a section's own heading)
    r"breadcrumb|crumbs|skip|nav|menu|cookie|footer|"
    r"(?<![a-z])(?<!section-)(?<!accordion-)(?<!card-)(?<!panel-)header|masthead|top-?links|"
    # ("bcc-democracy-bar", "bcc-trail", "page-tools": a site's bars, trail and tools)
    r"side-?(?:bar|panel|col)|[-_]bar\b|trail|tools|share|banner|search|print|"
    # an accordion's controls: "Show all sections", and each section's "Show" toggle and the
    # hidden comma before it, inside the heading's button
    r"show-all|section-toggle|heading-divider",
    re.IGNORECASE,
)
PAGE_TAGS = {"html", "body", "main", "article"}
DECISION_STATES = {"DECIDED": "Decision: ", "UNDECIDED": "Undecided: "}
TABLE_ROLES = {"table", "grid", "rowgroup", "row", "cell", "gridcell", "columnheader", "rowheader"}
ROLE_TAGS = {
    "table": "table",
    "grid": "table",
    "row": "tr",
    "cell": "td",
    "gridcell": "td",
    "columnheader": "th",
    "rowheader": "th",
}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
VOID_TAGS = {"br", "img", "hr", "input", "meta", "link", "col", "area", "base", "wbr", "source"}


class _PageText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skipping: list[str] = []  # the open tags whose content is chrome
        self.stack: list[str] = []  # the open elements, each as the tag it is read as
        self.sources: list[str] = []  # and as it was written
        self.cells: list[str] | None = None
        self.cell: list[str] | None = None
        self.lists: list[dict] = []  # the open lists: ordered or not, and the count so far
        self.item_number = ""  # an ordered list's item, waiting to see what it holds
        self.item_bold = False  # … that opened with bold words: its title, if paragraphs follow
        self.titled = None  # where such an item's bullet was written, its number and list

    def handle_starttag(self, tag, attrs):
        if tag in VOID_TAGS:
            if tag == "br" and not self.skipping:
                self._write("\n")
            return
        # A table drawn with <div role="row"> and <div role="cell"> (a site builder's) is read
        # as a table: each element is read as the tag its role names.
        role = dict(attrs).get("role") if tag in {"div", "span"} else None
        source, tag = tag, ROLE_TAGS.get(role or "", tag)
        self.stack.append(tag)
        self.sources.append(source)
        names = " ".join(
            v or ""
            for k, v in attrs
            if k in {"class", "id", "aria-label"} or (k == "role" and v not in TABLE_ROLES)
        )
        if (
            self.skipping
            or (tag in SKIPPED_TAGS and not self._wraps_the_page(tag))
            # The page's own body or main content is never chrome, whatever its classes say
            # ("header-layout-brand-center" on a site builder's <body>).
            or (names and tag not in PAGE_TAGS and CHROME_NAMES_RE.search(names))
        ):
            self.skipping.append(tag)
            return
        if tag in {"strong", "b"} and self.item_number:
            self.item_bold = True  # "<li><strong>Finance report</strong><p>…": maybe a title
        if self.titled and tag in BLOCK_TAGS - {"li", "br"} and len(self.lists) == self.titled[2]:
            # the item holds paragraphs or lists under its bold words: one of the minutes'
            # items, numbered on its title's line ("1. Finance report"), as a Word list's are
            place, number, depth = self.titled
            self.out[place] = f"{number} "
            self.lists[depth - 1].setdefault("titled", []).append(place)
            self.titled = None
        if self.cell is not None and tag in BLOCK_TAGS - {"table", "tr"}:
            if tag == "p" and not "".join(self.cell).strip():
                pass  # Word puts each cell's text in a paragraph: one paragraph is a cell
            else:
                self._layout_row()
        if tag == "tr":
            self.cells = []
        elif tag in {"td", "th"} and self.cells is not None:
            self.cell = []
        elif tag in {"ol", "ul"}:
            self.lists.append(_list_of(tag, attrs))
            self._write("\n\n")
        elif tag == "li":
            self.titled, self.item_bold = None, False
            self._list_item()
            state = dict(attrs).get("data-decision-state")
            if state in DECISION_STATES:
                # a wiki's decision list marks each entry decided or not: read it so
                self._write(DECISION_STATES[state])
        elif tag in BLOCK_TAGS:
            if tag in {"p", "div"} and self.out and self.out[-1] in {"\n\n• ", "\n\n◦ "}:
                return  # "<li><p>…</p></li>": the paragraph is the bullet's own text
            if self.item_number and tag in HEADING_TAGS:
                # "<li><h2>Apologies</h2>…": a list of the minutes' items; its number stands
                # on a line of its own above the title, as Word's and the page's reader show it.
                self._write(f"\n\n{self.item_number}")
                self.item_number = ""
            self._write("\n\n")
            if tag in HEADING_TAGS and self.cell is None:
                self._write("#" * int(tag[1]) + " ")  # "<h3>" read as "### ": a heading

    def _wraps_the_page(self, tag: str) -> bool:
        """A form straight inside the page's body holds the whole page (as a site built with
        ASP.NET's web forms has it), so it is the page, not a search box or a sign-in form."""
        return tag == "form" and all(open_tag in PAGE_TAGS for open_tag in self.stack[:-1])

    def _layout_row(self) -> None:
        """A cell holding headings or paragraphs: the table lays out the page, it is no log.

        The cells read so far ("8." beside the item) stand on a line of their own, and the
        rest of the row is read as the page's ordinary blocks.
        """
        pieces = [*(self.cells or []), re.sub(r"\s+", " ", "".join(self.cell or [])).strip()]
        pieces = [p for p in pieces if p]
        self.cells = self.cell = None
        if pieces:
            self._write("\n\n" + "\t".join(pieces) + "\n\n")

    def _list_item(self) -> None:
        """A list's item: "•" (or "◦" inside another bulleted list), or its number."""
        current = self.lists[-1] if self.lists else {"ordered": False}
        if current["ordered"]:
            current["count"] += 1
            self.item_number = _list_number(current["count"], current["type"]) + "."
            self._write("\n\n")
            return
        inner = any(not outer["ordered"] for outer in self.lists[:-1])
        self._write("\n\n◦ " if inner else "\n\n• ")

    def handle_endtag(self, tag):
        if tag in VOID_TAGS or tag not in self.sources:
            return
        # the element the end tag closes, read as the tag its role named
        place = len(self.sources) - 1 - self.sources[::-1].index(tag)
        tag = self.stack[place]
        while len(self.stack) > place:
            open_tag = self.stack.pop()
            self.sources.pop()
            if self.skipping and self.skipping[-1] == open_tag:
                self.skipping.pop()
        if self.skipping:
            return
        if tag == "li" or (
            tag in {"ol", "ul"} and self.titled and len(self.lists) <= self.titled[2]
        ):
            self.titled = None
        if tag in {"ol", "ul"} and self.lists:
            self._untitled(self.lists.pop().get("titled", []))
        if tag in {"td", "th"} and self.cells is not None and self.cell is not None:
            self.cells.append(re.sub(r"\s+", " ", "".join(self.cell)).strip())
            self.cell = None
        elif tag == "tr" and self.cells is not None:
            cells = [c for c in self.cells if c]
            self.cells = None
            if cells:
                self.out.append("\n\n" + "\t".join(cells) + "\n\n")
        elif tag in BLOCK_TAGS and self.cell is None:
            self._write("\n\n")

    def handle_data(self, data):
        if self.skipping:
            return
        if self.item_number and data.strip():
            if self.item_bold:
                self.titled = (len(self.out), self.item_number, len(self.lists))
            self._write("• ")  # an ordered list's item of text alone: a bullet, as before
            self.item_number, self.item_bold = "", False
        if self.cell is not None:
            self.cell.append(data)
        elif self.cells is None:
            self._write(re.sub(r"[ \t\r\n]+", " ", data))

    def _write(self, text: str) -> None:
        self.out.append(text)

    def _untitled(self, places: list[int]) -> None:
        """A list whose bold titles include none of an agenda's usual ones ("Tree planting",
        "Fleet" under "Members made the following recommendations:") is a list inside an
        item: its entries are bullets again, not the minutes' items."""
        titles = ["".join(self.out[place + 1 : place + 6]).strip() for place in places]
        if not any(USUAL_TITLE_RE.match(title) for title in titles):
            for place in places:
                self.out[place] = "• "


def _list_of(tag: str, attrs) -> dict:
    values = dict(attrs)
    try:
        start = int(values.get("start") or 1)
    except ValueError:
        start = 1
    return {"ordered": tag == "ol", "type": values.get("type") or "1", "count": start - 1}


def _list_number(count: int, kind: str) -> str:
    if kind in {"a", "A"}:
        letter = chr(96 + (count - 1) % 26 + 1)
        return letter if kind == "a" else letter.upper()
    return str(count)


def html_to_text(html: str) -> str:
    """The text of a saved page's content, a paragraph a line, chrome left out."""
    reader = _PageText()
    try:
        reader.feed(html)
        reader.close()
    except Exception as error:  # html.parser is lenient; anything it still refuses is unreadable
        raise UnreadableFile("The page could not be read as HTML.") from error
    text = "".join(reader.out)
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        # a tag, not an address: "<p.lamb@union.example.ac.uk>" in a pasted email is text
        re.search(r"<(?:p|div|li|h[1-6]|table|br)(?:\s[^>]*)?/?>", head)
    )


def read_upload(name: str, data: bytes) -> str:
    """The text of an uploaded .docx, .txt or saved .html page."""
    lowered = name.lower()
    if lowered.endswith(".docx"):
        return docx_to_text(data)
    text = _decode(data)
    if lowered.endswith((".html", ".htm")) or looks_like_html(text):
        return html_to_text(text)
    return text


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("The file's text could not be read: save it as UTF-8 and try again.")
