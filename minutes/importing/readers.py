"""Turning a Word document or a saved web page into the text the parser reads.

A .docx gives its paragraphs, its lists (as bullets) and its tables (a row a line, cells
separated by tabs), in document order. A saved HTML page (a council's "Agenda item" or
"Minutes" page) gives its main content with its structure: headings, paragraphs, list
items as bullets and table rows as tab-separated lines; navigation, headers, footers,
scripts, skip links and breadcrumbs are chrome and are left out.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

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
}
CHROME_NAMES_RE = re.compile(
    r"breadcrumb|skip|nav|menu|cookie|footer|header|sidebar|share|banner|search|print",
    re.IGNORECASE,
)
VOID_TAGS = {"br", "img", "hr", "input", "meta", "link", "col", "area", "base", "wbr", "source"}


class UnreadableFile(ValueError):
    """A file that is not what its name says, or cannot be read."""


class _PageText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skipping: list[str] = []  # the open tags whose content is chrome
        self.stack: list[str] = []
        self.cells: list[str] | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in VOID_TAGS:
            if tag == "br" and not self.skipping:
                self._write("\n")
            return
        self.stack.append(tag)
        names = " ".join(v or "" for k, v in attrs if k in {"class", "id", "role", "aria-label"})
        if self.skipping or tag in SKIPPED_TAGS or (names and CHROME_NAMES_RE.search(names)):
            self.skipping.append(tag)
            return
        if tag == "tr":
            self.cells = []
        elif tag in {"td", "th"} and self.cells is not None:
            self.cell = []
        elif tag == "li":
            self._write("\n\n• ")
        elif tag in BLOCK_TAGS:
            self._write("\n\n")

    def handle_endtag(self, tag):
        if tag in VOID_TAGS or tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if self.skipping and self.skipping[-1] == open_tag:
                self.skipping.pop()
            if open_tag == tag:
                break
        if self.skipping:
            return
        if tag in {"td", "th"} and self.cells is not None and self.cell is not None:
            self.cells.append(re.sub(r"\s+", " ", "".join(self.cell)).strip())
            self.cell = None
        elif tag == "tr" and self.cells is not None:
            cells = [c for c in self.cells if c]
            self.cells = None
            if cells:
                self.out.append("\n\n" + "\t".join(cells) + "\n\n")
        elif tag in BLOCK_TAGS:
            self._write("\n\n")

    def handle_data(self, data):
        if self.skipping:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.cells is None:
            self._write(re.sub(r"[ \t\r\n]+", " ", data))

    def _write(self, text: str) -> None:
        self.out.append(text)


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
        re.search(r"<(?:p|div|li|h[1-6]|table|br)\b[^>]*>", head)
    )


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
    chunks: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, document)
            text = paragraph.text.strip()
            if not text:
                continue
            style = (paragraph.style.name if paragraph.style is not None else "").lower()
            is_list = "list" in style or child.find(f".//{qn('w:numPr')}") is not None
            chunks.append(f"• {text}" if is_list else text)
        elif child.tag == qn("w:tbl"):
            for row in Table(child, document).rows:
                cells = [re.sub(r"\s+", " ", c.text).strip() for c in _unique_cells(row)]
                cells = [c for c in cells if c]
                if cells:
                    chunks.append("\t".join(cells))
    return "\n\n".join(chunks)


def _unique_cells(row):
    # A merged cell is reported once for each column it spans.
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            yield cell


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
