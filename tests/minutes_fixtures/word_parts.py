"""The pieces of a Word document that the held-out rounds' `make_docx.py` scripts share:
a new document in a font, a PAGE / NUMPAGES field, a table with a bold header row, an
indented paragraph, a shaded cell, a paragraph put into a numbered list, a paragraph led
by a bold label ("Present: …"), column widths, a Word list built from its levels (a one-level
decimal one tied to a heading style among them), a centred bold title, a bold title in a given
size, a footer with the page number, and the fixed dates that make a script write the same
bytes on every run."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def new_document(font: str, size: int) -> docx.document.Document:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    document.core_properties.author = "Fixture"
    return document


def add_field(paragraph, instruction: str, shown: str) -> None:
    """Appends a simple Word field (PAGE, NUMPAGES) showing `shown` until Word updates it."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def add_table(document, rows: list[tuple[str, ...]], bold_first: bool = True):
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
            if index == 0 and bold_first and cell.paragraphs[0].runs:
                cell.paragraphs[0].runs[0].bold = True
    return table


def indented(document, text: str, left: float = 0.63):
    paragraph = document.add_paragraph(text)
    paragraph.paragraph_format.left_indent = Cm(left)
    return paragraph


def shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def set_numbering(paragraph, num_id: int, level: int = 0) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl)
    num_pr.append(nid)
    style = ppr.find(qn("w:pStyle"))
    if style is None:
        ppr.insert(0, num_pr)
    else:
        style.addnext(num_pr)


def labelled(document, label: str, text: str):
    """A paragraph led by its label in bold: "Present: " then the names."""
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run(text)
    return paragraph


def set_widths(table, widths_cm: tuple[float, ...]) -> None:
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(width)


def fix_properties(document, title: str, when: datetime.datetime) -> None:
    """The document's title, and fixed dates and author, so that its bytes do not change."""
    properties = document.core_properties
    properties.title = title
    properties.created = when.replace(tzinfo=None)
    properties.modified = when.replace(tzinfo=None)
    properties.last_modified_by = "Fixture"
    properties.revision = 1


def save_deterministic(document, path: Path, when: datetime.datetime) -> None:
    """Saves `document`, then rewrites the zip with fixed entry dates so runs are identical."""
    document.save(path)
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data)


def bold_then(paragraph, label: str, text: str):
    """A paragraph led by a label in bold: "RESOLVED: " then its text."""
    paragraph.add_run(label).bold = True
    paragraph.add_run(text)
    return paragraph


def page_x_of_y(paragraph, before: str = "Page ") -> None:
    """A footer's "Page 1 of 3", the numbers Word's PAGE and NUMPAGES fields."""
    paragraph.add_run(before)
    add_field(paragraph, "PAGE", "1")
    paragraph.add_run(" of ")
    add_field(paragraph, "NUMPAGES", "3")


def bold_header_row(table, fill: str = "") -> None:
    """A table's first row in bold, shaded where a fill is given."""
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
        if fill:
            shade(cell, fill)


def repeat_header_row(table) -> None:
    """Marks the first row as a header row that Word repeats at the top of each page."""
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def list_level(
    ilvl: int,
    text: str,
    num_format: str = "decimal",
    *,
    indent: int,
    hanging: int | None = None,
    start: int = 1,
    style_id: str = "",
    bold: bool = False,
) -> str:
    """One level of a Word list, its `<w:lvl>` element for `add_list`: numbers reading `text`
    ("%1.", "Item %1.", "%1.%2") in `num_format` ("decimal", "upperLetter" …) from `start`,
    tied to the paragraph style `style_id` if given, indented `indent` twips with a hanging
    indent of `hanging` (the whole indent unless given), the number in bold if asked."""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{num_format}"/>'
        + (f'<w:pStyle w:val="{style_id}"/>' if style_id else "")
        + f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="{indent if hanging is None else hanging}"/>'
        "</w:pPr>" + ("<w:rPr><w:b/></w:rPr>" if bold else "") + "</w:lvl>"
    )


def add_abstract_list(document, levels: str, level_type: str = "singleLevel") -> int:
    """Adds a Word list definition (`<w:abstractNum>`) whose levels are `levels` (their
    `<w:lvl>` elements) before the list instances; returns its abstractNumId."""
    numbering = document.part.numbering_part.element
    abstract_ids = [
        int(element.get(qn("w:abstractNumId")))
        for element in numbering.findall(qn("w:abstractNum"))
    ]
    abstract_id = max(abstract_ids, default=0) + 1
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="{level_type}"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return abstract_id


def add_list_instance(document, abstract_id: int, restart: bool = False) -> int:
    """Adds an instance (`<w:num>`) of the list definition `abstract_id`, its first level
    starting again at 1 if asked; returns the instance's numId."""
    numbering = document.part.numbering_part.element
    num_ids = [int(element.get(qn("w:numId"))) for element in numbering.findall(qn("w:num"))]
    num_id = max(num_ids, default=0) + 1
    override = (
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
    )
    numbering.append(
        parse_xml(
            f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
        )
    )
    return num_id


def add_list(document, levels: str, multilevel: bool = False, level_type: str | None = None) -> int:
    """Adds a Word list whose levels are `levels` (their `<w:lvl>` elements, see
    `list_level`), and an instance of it; returns the instance's numId. Its type is
    "multilevel" or "singleLevel" as `multilevel` says, unless `level_type` names another
    ("hybridMultilevel")."""
    if level_type is None:
        level_type = "multilevel" if multilevel else "singleLevel"
    return add_list_instance(document, add_abstract_list(document, levels, level_type))


def add_decimal_list(document, style_id: str, indent: int) -> int:
    """Adds a one-level decimal Word list ("1.", "2." …) tied to a paragraph style, and an
    instance of it; returns the instance's numId."""
    return add_list(document, list_level(0, "%1.", indent=indent, style_id=style_id))


def centred_bold(document, text: str, size: int | None = None):
    """A centred paragraph in bold (a title), in `size` points if given."""
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return paragraph


def bullets(document, lines: list[str]) -> None:
    """Each line a "List Bullet" paragraph."""
    for line in lines:
        document.add_paragraph(line, style="List Bullet")


def title_line(document, text: str, size: int):
    """A title paragraph in bold, in `size` points, left where the text starts."""
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return paragraph


def page_footer(section, before: str = "", alignment=WD_ALIGN_PARAGRAPH.CENTER):
    """The section's footer: `before` (if given) then the page number (Word's PAGE field),
    aligned as asked (centred unless said otherwise); returns the footer's paragraph."""
    footer = section.footer.paragraphs[0]
    footer.alignment = alignment
    if before:
        footer.add_run(before)
    add_field(footer, "PAGE", "1")
    return footer
