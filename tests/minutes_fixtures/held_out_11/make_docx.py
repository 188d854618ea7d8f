"""Writes this round's three Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_11/make_docx.py`.

Each document is laid out the way a different kind of clerk types minutes in Word:

- h11-docx-livery-court-numbered-footnotes: a livery company's Court of Assistants whose
  items are "Heading 1" paragraphs numbered by a Word list with a custom number format
  ("Minute 26/01", "Minute 26/02" …; the numbers are only in the numbering definition, not
  in the text), with real Word footnotes (a footnotes part, footnote references in the
  text), a list of new Freemen in "List Bullet" paragraphs that is not discussion, typed
  (a)–(c) recommendation paragraphs, and a small accounts table.
- h11-docx-university-court-action-by: a university court whose minutes are one two-column
  table headed "Minute" / "Action by": each item title is a shaded row merged across both
  columns, each minute paragraph is a row, the owner of a task is in the right-hand column,
  and discussion points are "List Bullet" paragraphs inside a cell.
- h11-docx-fire-pension-board-columns-textbox: a firefighters' pension scheme local pension
  board whose attendance is in a two-column continuous section between single-column
  sections, with VML text boxes (a "DRAFT" stamp in the header, a membership figures
  sidebar, and a boxed recommendation to the Scheme Manager anchored in its item), a
  previous-actions table with Owner / Due / Status, and tasks followed by a separate
  "Responsibility:" line.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from word_parts import (  # noqa: E402
    add_field,
    add_list,
    add_table,
    new_document,
    set_numbering,
    shade,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
VML_NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


def mark_header_row(row) -> None:
    """Makes a table row repeat at the top of each page (Word's "Repeat as header row")."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    properties.append(header)


# --- a numbering definition with a custom number format ------------------------------------


def add_custom_heading_numbering(document, lvl_text: str, num_fmt: str, start: int) -> int:
    """Adds a one-level list whose label is `lvl_text` (e.g. "Minute 26/%1"); returns numId."""
    return add_list(
        document,
        '<w:lvl w:ilvl="0">'
        f'<w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{num_fmt}"/>'
        '<w:pStyle w:val="Heading1"/>'
        '<w:suff w:val="tab"/>'
        f'<w:lvlText w:val="{lvl_text}"/>'
        '<w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="1985"/></w:tabs>'
        '<w:ind w:left="1985" w:hanging="1985"/></w:pPr>'
        "</w:lvl>",
    )


# --- footnotes -------------------------------------------------------------------------------


class Footnotes:
    """Builds a word/footnotes.xml part and adds footnote references to body paragraphs."""

    def __init__(self, document) -> None:
        self.document = document
        self.notes: list[str] = []
        styles = document.styles
        text_style = styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
        text_style.base_style = styles["Normal"]
        text_style.font.size = Pt(9)
        text_style.paragraph_format.space_after = Pt(0)
        reference_style = styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
        reference_style.font.superscript = True

    def reference(self, paragraph, note: str) -> None:
        """Adds a footnote reference mark at the end of `paragraph` with text `note`."""
        self.notes.append(note)
        number = len(self.notes)
        run = parse_xml(
            f'<w:r xmlns:w="{W_NS}"><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r>'
        )
        paragraph._p.append(run)

    def save_part(self) -> None:
        def escape(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p>'
            "</w:footnote>",
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
            'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote>",
        ]
        for number, note in enumerate(self.notes, start=1):
            body.append(
                f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>'
                '</w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
                f"{escape(note)}</w:t></w:r></w:p></w:footnote>"
            )
        xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{W_NS}">' + "".join(body) + "</w:footnotes>"
        )
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            xml.encode("utf-8"),
            self.document.part.package,
        )
        self.document.part.relate_to(part, RT.FOOTNOTES)


# --- VML text boxes --------------------------------------------------------------------------

_SHAPETYPE = (
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
    'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
    '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
)
_shape_id = [1025]


def add_text_box(
    paragraph,
    lines: list[tuple[str, bool]],
    style: str,
    fill: str = "#FFFFFF",
    stroke: str = "#000000",
    wrap: str = "square",
    with_shapetype: bool = False,
) -> None:
    """Anchors a VML text box in `paragraph`; `lines` are (text, bold) paragraphs inside it."""
    _shape_id[0] += 1

    def escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    inner = "".join(
        '<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r>'
        + ("<w:rPr><w:b/></w:rPr>" if bold else "")
        + f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        for text, bold in lines
    )
    run = parse_xml(
        f"<w:r {VML_NAMESPACES}><w:pict>"
        + (_SHAPETYPE if with_shapetype else "")
        + f'<v:shape id="Text Box {_shape_id[0]}" o:spid="_x0000_s{_shape_id[0]}" '
        f'type="#_x0000_t202" style="{style}" fillcolor="{fill}" strokecolor="{stroke}">'
        '<v:textbox inset="5pt,4pt,5pt,4pt"><w:txbxContent>'
        + inner
        + "</w:txbxContent></v:textbox>"
        f'<w10:wrap type="{wrap}"/>'
        "</v:shape></w:pict></w:r>"
    )
    paragraph._p.append(run)


def set_columns(section, number: int, space_twips: int = 567) -> None:
    sect_pr = section._sectPr
    existing = sect_pr.find(qn("w:cols"))
    if existing is not None:
        sect_pr.remove(existing)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(number))
    cols.set(qn("w:space"), str(space_twips))
    # w:cols comes after w:pgMar / w:pgSz etc.; before w:docGrid if present.
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is not None:
        grid.addprevious(cols)
    else:
        sect_pr.append(cols)


# ---------------------------------------------------------------------------------------------
# 1. Livery company Court of Assistants: custom heading numbering and footnotes.
# ---------------------------------------------------------------------------------------------

LIVERY_NAME = "h11-docx-livery-court-numbered-footnotes"

LIVERY_ACCOUNTS = [
    ("", "Budget 2025/26", "Actual to 31 December", "Forecast year end"),
    ("Quarterage and fines", "£96,000", "£88,450", "£95,200"),
    ("Hall hire", "£142,000", "£118,960", "£158,000"),
    ("Investment income", "£61,500", "£47,210", "£63,000"),
    ("Hall running costs", "£171,000", "£132,640", "£176,500"),
    ("Livery events (net)", "£12,000", "£9,870", "£14,000"),
    ("Surplus / (deficit)", "£116,500", "£112,100", "£125,700"),
]


def livery() -> None:
    document = new_document("Garamond", 12)
    footnotes = Footnotes(document)
    minute_numbers = add_custom_heading_numbering(document, "Minute 26/%1", "decimalZero", 1)

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "The Worshipful Company of Lamplighters – Court Minutes"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.add_run("Confidential to the Court\tPage ")
    add_field(footer, "PAGE", "1")

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("THE WORSHIPFUL COMPANY OF LAMPLIGHTERS")
    run.bold = True
    run.font.size = Pt(15)
    subtitle = document.add_paragraph(
        "Minutes of a Court of Assistants held at Lamplighters' Hall, 14 Cressing Lane, "
        "London EC4, on Tuesday 20 January 2026 at 4.00pm"
    )
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER

    present = document.add_paragraph()
    present.add_run("Present: ").bold = True
    present.add_run(
        "The Master (Mr Julian Tressider), in the Chair; the Upper Warden (Mrs Fenella "
        "Cope); the Renter Warden (Mr Hugo Barraclough); Past Masters Mr Anthony Hughes, "
        "Dame Patricia Venn and Mr Robin Esmond; Assistants Mrs Clare Ogunleye, Mr David "
        "Ferris, Ms Louisa Marchbank, Mr Neil Stroud and Colonel Simon Arbuthnot"
    )
    attending = document.add_paragraph()
    attending.add_run("In attendance: ").bold = True
    attending.add_run(
        "The Clerk (Mr Richard Alderton); the Chaplain (the Revd Prebendary Jane Whitlow); "
        "the Beadle (Mr Frank Oduya)"
    )
    apologies = document.add_paragraph()
    apologies.add_run("Apologies: ").bold = True
    apologies.add_run("Past Master Mr Geoffrey Wells; Assistant Mrs Kate Lindqvist")

    def item(title_text: str) -> None:
        paragraph = document.add_paragraph(title_text, style="Heading 1")
        set_numbering(paragraph, minute_numbers)

    def para(text: str):
        return document.add_paragraph(text)

    def bullet(text: str) -> None:
        document.add_paragraph(text, style="List Bullet")

    item("Prayers and apologies")
    para(
        "The Chaplain said prayers. Apologies were received from Past Master Geoffrey "
        "Wells and Assistant Kate Lindqvist."
    )

    item("Minutes of the Court held on 21 October 2025")
    para(
        "The Court approved the minutes of the Court held on 21 October 2025, and the "
        "Master signed them."
    )

    item("Admissions to the Freedom and the Livery")
    notice = para(
        "The Clerk reported that the following had applied for the Freedom of the Company, "
        "by Patrimony or by Redemption, and had been interviewed by the Master and Wardens:"
    )
    footnotes.reference(
        notice,
        "Freedom by Patrimony is open to a child of a Freeman born after the parent's "
        "admission to the Freedom (Ordinance 6).",
    )
    bullet("Miss Eleanor Cope (Patrimony)")
    bullet("Mr Thomas Brandwood (Redemption)")
    bullet("Ms Yasmin Qureshi (Redemption)")
    bullet("Mr Piers Hallam (Redemption)")
    bullet("Dr Adaeze Nwankwo (Redemption)")
    para(
        "The Court RESOLVED that the five applicants named above be admitted to the Freedom "
        "of the Company."
    )
    para(
        "It was decided that Mr Oliver Pardew, a Freeman since 2022, be clothed in the "
        "Livery at the April Court."
    )

    item("Renter Warden's report and management accounts")
    accounts = para(
        "The Renter Warden presented the management accounts for the nine months to "
        "31 December 2025. Hall hire was well ahead of budget following the refurbishment "
        "of the Livery Room."
    )
    footnotes.reference(accounts, "Paper C/26/04, circulated with the agenda.")
    add_table(document, LIVERY_ACCOUNTS)
    para("Assistants commented:").paragraph_format.space_before = Pt(6)
    bullet(
        "the Company holds more than four years' running costs in its general reserve, "
        "which is more than it needs, and some could be released for the charity;"
    )
    bullet(
        "the rise in hall hire depends heavily on two corporate clients, and the budget for "
        "next year should not assume that they will stay;"
    )
    bullet(
        "quarterage arrears have fallen, but eleven Liverymen are more than two years in "
        "arrears and the Clerk should be firmer with them."
    )
    para("The Court noted the management accounts to 31 December 2025.")
    para("Renter Warden to prepare a draft reserves policy for the April Court.")

    item("Lamplighters' Charitable Trust – grants")
    grants = para(
        "The Upper Warden presented the recommendations of the Charity Committee. The Court "
        "agreed to recommend to the Trustees of the Lamplighters' Charitable Trust that the "
        "following grants be made:"
    )
    footnotes.reference(
        grants,
        "Past Master Hughes, a trustee of the Museum of Street Lighting, left the room "
        "while grant (b) was discussed.",
    )
    for text in (
        "(a)\t£15,000 to St Bride's Lane Night Shelter towards its winter night shelter "
        "for 2026/27;",
        "(b)\t£8,000 to the Museum of Street Lighting for the conservation of its gas "
        "lamp collection;",
        "(c)\t£4,500 a year for three years for two bursaries at the City and Guilds "
        "lighting engineering apprenticeship.",
    ):
        line = document.add_paragraph(text)
        line.paragraph_format.left_indent = Cm(1.5)
        line.paragraph_format.first_line_indent = Cm(-0.75)
    last = document.paragraphs[-1]
    footnotes.reference(
        last, "The Trustees will consider these recommendations at their meeting on 12 May 2026."
    )

    item("Ordinances")
    para(
        "Assistant Mr Ferris proposed that the number of Assistants be reduced from twenty "
        "to sixteen. The proposal was put to the vote and lost."
    )
    ordinance = para(
        "The Master moved that Ordinance 14 be amended to allow the Court to meet by video "
        "conference in exceptional circumstances. The motion was put and carried."
    )
    footnotes.reference(
        ordinance,
        "Amendments to the Ordinances take effect only when approved by the Court of Aldermen.",
    )

    item("Events and the Company's year")
    para(
        "The Clerk reported that 164 members and guests had attended the Installation "
        "Dinner. The Livery Banquet will be held at the Hall on Wednesday 17 June 2026."
    )
    para(
        "The Clerk will circulate the 2026/27 events calendar to the Livery by the end of February."
    )

    item("Any other business")
    para(
        "The Master thanked the Beadle, Mr Oduya, who completes fifteen years' service to the "
        "Company this month."
    )
    para("The Beadle to order new gowns for the Master and Wardens before Installation.")

    closing = para("The Court rose at 5.40pm and dined in the Livery Room.")
    closing.paragraph_format.space_before = Pt(12)

    footnotes.save_part()
    document.save(HERE / f"{LIVERY_NAME}.docx")


# ---------------------------------------------------------------------------------------------
# 2. University court: two-column "Minute / Action by" table with merged title rows.
# ---------------------------------------------------------------------------------------------

COURT_NAME = "h11-docx-university-court-action-by"

# Each entry: ("title", text) for a merged title row, ("row", [paragraphs], owner) for a
# minute row. A paragraph is a string, ("bold", text) for a bold sub-heading, or
# ("bullet", text) for a List Bullet paragraph.
COURT_ROWS: list[tuple] = [
    ("title", "1.\tWelcome, apologies and declarations of interest"),
    (
        "row",
        [
            "The Chair, Ms Morag Lindsay (Senior Lay Member), welcomed members, in particular "
            "Mr Euan Baird, the newly elected support staff member of Court. Apologies were "
            "noted as above. Professor Kerr declared an interest in minute 8.2 as a member "
            "of the Remuneration Committee's pay review group, and took no part in it."
        ],
        "",
    ),
    ("title", "2.\tMinutes of the meeting held on 1 December 2025"),
    ("row", ["Court approved the minutes of the meeting held on 1 December 2025."], ""),
    ("title", "3.\tMatters arising"),
    (
        "row",
        [
            "Boathouse roof (minute 7, December): the insurer has accepted the claim in part. "
            "The Director of Estates to report back on the final cost and the timetable for "
            "the repair in April."
        ],
        "Director of Estates",
    ),
    ("title", "4.\tPrincipal's report"),
    (
        "row",
        [
            "The Principal and Vice-Chancellor, Professor Fiona Kerr, presented her report. "
            "The Scottish Funding Council had confirmed the University's teaching grant for "
            "2026/27, a cash reduction of 1.8 per cent. International postgraduate "
            "applications were 23 per cent lower than at the same point last year."
        ],
        "",
    ),
    (
        "row",
        [
            "Members of Court commented:",
            (
                "bullet",
                "the fall in international applications is steeper than in the sector "
                "as a whole, and Court needs to understand why before the budget is set;",
            ),
            (
                "bullet",
                "the University's partnerships with further education colleges in the "
                "region could help to recruit more Scottish-domiciled students;",
            ),
            (
                "bullet",
                "staff morale is low after the announcement of the voluntary severance "
                "scheme, and communication with staff must improve.",
            ),
        ],
        "",
    ),
    ("row", ["Court noted the Principal's report."], ""),
    ("title", "5.\tFinancial forecast 2025/26 and financial sustainability plan"),
    (
        "row",
        [
            "The Director of Finance, Mr Graeme Tulloch, presented the second forecast for "
            "2025/26, which shows an operating deficit of £6.4 million against a budgeted "
            "deficit of £4.9 million, and the financial sustainability plan, which aims to "
            "return the University to an operating surplus by 2028/29."
        ],
        "",
    ),
    (
        "row",
        ["Court approved the revised forecast for 2025/26 and the financial sustainability plan."],
        "",
    ),
    (
        "row",
        [
            "Court asked that the Finance and Investment Committee review the full cost of "
            "the voluntary severance scheme before the April meeting."
        ],
        "Convener, Finance and Investment Committee",
    ),
    ("title", "6.\tReport from the Students' Association"),
    (
        "row",
        [
            "The President of the Students' Association, Ms Amara Nwosu, reported that the "
            "Students' Representative Council had voted to campaign for a rent freeze in "
            "University residences. She presented the results of the Association's cost of "
            "living survey, in which 38 per cent of respondents said they had skipped meals "
            "to save money."
        ],
        "",
    ),
    (
        "row",
        [
            "The Dean of Students to meet the President to agree a joint response to the "
            "survey findings."
        ],
        "Dean of Students",
    ),
    ("title", "7.\tReport from Senate"),
    (
        "row",
        [
            "The Vice-Principal (Education) presented the report of the meeting of Senate on "
            "21 January 2026. Senate had approved eleven new taught postgraduate programmes "
            "and had recommended the changes below to Court.",
            ("bold", "RESOLVED: that Court"),
            "(a)\tapprove the revised Academic Regulations for 2026/27;",
            "(b)\tapprove the closure of the MA (Hons) in Celtic Civilisation to new "
            "entrants from September 2026.",
        ],
        "",
    ),
    ("title", "8.\tReports from committees"),
    (
        "row",
        [
            ("bold", "8.1\tAudit and Risk Committee"),
            "The Convener reported that the external auditors' management letter had raised "
            "no significant issues. Court noted the report of the Audit and Risk Committee.",
        ],
        "",
    ),
    (
        "row",
        [
            ("bold", "8.2\tNominations Committee"),
            "On the recommendation of the Nominations Committee, Court appointed Mr Callum "
            "Fraser as a lay member of Court for four years from 1 March 2026.",
        ],
        "",
    ),
    (
        "row",
        [
            "A proposal from Dr Hannah Rose (academic staff member) that the Nominations "
            "Committee include a member of staff was put to the vote and not carried (7 for, "
            "12 against)."
        ],
        "",
    ),
    ("title", "9.\tHealth and safety annual report 2024/25"),
    (
        "row",
        [
            "The University Secretary presented the annual report. There were 41 reportable "
            "incidents, against 47 the year before. Court noted the Health and Safety Annual "
            "Report 2024/25."
        ],
        "",
    ),
    (
        "row",
        ["To publish the annual report on the University website with the Court papers."],
        "University Secretary",
    ),
    ("title", "10.\tAny other business and date of next meeting"),
    (
        "row",
        [
            "The Chair thanked Professor Alan Gibb, who steps down as Vice-Principal "
            "(Research) in March, for his service to the University. The next meeting will "
            "be held on Monday 20 April 2026 at 1.30pm in the Senate Room."
        ],
        "",
    ),
]


def university_court() -> None:
    document = new_document("Arial", 10)
    section = document.sections[0]
    section.left_margin = Cm(2.0)
    section.right_margin = Cm(2.0)
    footer = section.footer.paragraphs[0]
    footer.add_run("University Court – 9 February 2026 – unconfirmed minutes\tPage ")
    add_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    add_field(footer, "NUMPAGES", "3")

    for text, size in (("UNIVERSITY OF GLENRANNOCH", 14), ("UNIVERSITY COURT", 12)):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
    meta = document.add_paragraph(
        "Minutes of the meeting held on Monday 9 February 2026 at 1.30pm in the Senate Room, "
        "Old College"
    )
    meta.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for label, text in (
        (
            "Present:",
            "Ms Morag Lindsay (Senior Lay Member, Chair); Professor Fiona Kerr (Principal "
            "and Vice-Chancellor); Mr Ruaridh Grant (Rector's Assessor); Mr Euan Baird; "
            "Mr Iain Cormack; Dr Hannah Rose; Ms Amara Nwosu (President, Students' "
            "Association); Professor Shona Macrae; Mrs Deborah Okafor; Mr Peter Strachan; "
            "Ms Kirsty Ure; Dr Jamal Haddad; Mrs Alison Dempster; Mr Tom Whitelaw",
        ),
        (
            "In attendance:",
            "Mrs Lesley Baxter (University Secretary); Mr Graeme Tulloch (Director of "
            "Finance); Professor Alan Gibb (Vice-Principal, Research); Professor Neil "
            "Sutherland (Vice-Principal, Education); Dr Ruth Anstruther (Clerk to Court)",
        ),
        ("Apologies:", "The Rector, Ms Sorcha Devine; Mr Andrew Pirie"),
    ):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(3.0)
        paragraph.paragraph_format.first_line_indent = Cm(-3.0)
        paragraph.add_run(f"{label}\t").bold = True
        paragraph.add_run(text)

    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    widths = (Cm(12.5), Cm(4.5))
    head = table.add_row()
    mark_header_row(head)
    for cell, text in zip(head.cells, ("Minute", "Action by"), strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "BFBFBF")

    for entry in COURT_ROWS:
        row = table.add_row()
        if entry[0] == "title":
            merged = row.cells[0].merge(row.cells[1])
            merged.text = entry[1]
            merged.paragraphs[0].runs[0].bold = True
            shade(merged, "DCE6F1")
            continue
        _, paragraphs, owner = entry
        left, right = row.cells
        first = True
        for part in paragraphs:
            if first:
                paragraph = left.paragraphs[0]
                first = False
                if isinstance(part, tuple) and part[0] == "bullet":
                    paragraph.style = document.styles["List Bullet"]
            elif isinstance(part, tuple) and part[0] == "bullet":
                paragraph = left.add_paragraph(style="List Bullet")
            else:
                paragraph = left.add_paragraph()
            if isinstance(part, tuple):
                kind, text = part
                run = paragraph.add_run(text)
                if kind == "bold":
                    run.bold = True
            else:
                paragraph.add_run(part)
                if part.startswith(("(a)", "(b)")):
                    paragraph.paragraph_format.left_indent = Cm(1.0)
                    paragraph.paragraph_format.first_line_indent = Cm(-0.75)
        right.text = owner
        if owner:
            right.paragraphs[0].runs[0].bold = True
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width

    document.add_paragraph()
    document.add_paragraph("Signed ……………………………… (Chair)          Date ………………")
    document.save(HERE / f"{COURT_NAME}.docx")


# ---------------------------------------------------------------------------------------------
# 3. Fire pension board: a two-column section and text boxes.
# ---------------------------------------------------------------------------------------------

PENSION_NAME = "h11-docx-fire-pension-board-columns-textbox"

PENSION_PREVIOUS_ACTIONS = [
    ("Ref", "Action", "Owner", "Due", "Status"),
    (
        "LPB25-11",
        "Obtain the administrator's data improvement plan and share it with the Board",
        "Pensions Administration Manager",
        "Feb 2026",
        "Complete",
    ),
    (
        "LPB25-12",
        "Circulate the Pensions Regulator's General Code compliance checklist",
        "Board Secretary",
        "Jan 2026",
        "Complete",
    ),
    (
        "LPB25-14",
        "Report on the cost of the remedy software upgrade",
        "Head of HR",
        "Feb 2026",
        "Carried forward to May",
    ),
]

PENSION_KPIS = [
    ("Measure", "Target", "Q2 2025/26", "Q3 2025/26"),
    ("Retirement quotations issued within 10 working days", "95%", "88%", "81%"),
    ("Retirement lump sums paid on the day of retirement", "100%", "100%", "97%"),
    ("Transfer quotations issued within 3 months", "100%", "92%", "100%"),
    ("Death grant payments within 10 working days", "95%", "100%", "100%"),
]


def pension_board() -> None:
    document = new_document("Calibri", 11)
    first = document.sections[0]
    header = first.header.paragraphs[0]
    header.text = "Hartmoor Fire and Rescue Authority – Local Pension Board"
    add_text_box(
        header,
        [("DRAFT – subject to approval by the Board", True)],
        "position:absolute;margin-left:330pt;margin-top:-6pt;width:150pt;height:22pt;"
        "z-index:3;mso-position-horizontal-relative:margin",
        fill="#FDE9D9",
        stroke="#C0504D",
        wrap="none",
        with_shapetype=True,
    )
    footer = first.footer.paragraphs[0]
    footer.add_run("LPB minutes – 25 February 2026\tPage ")
    add_field(footer, "PAGE", "1")

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("HARTMOOR FIRE AND RESCUE AUTHORITY")
    run.bold = True
    run.font.size = Pt(14)
    sub = document.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run("Firefighters' Pension Schemes – Local Pension Board").bold = True
    meta = document.add_paragraph(
        "Minutes of the meeting held on Wednesday 25 February 2026 at 10.00am in Training "
        "Room 1, Service Headquarters, Moorgate Road, Hartford, and by Microsoft Teams"
    )
    meta.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # Two-column continuous section for the attendance.
    attendance = document.add_section(WD_SECTION.CONTINUOUS)
    set_columns(attendance, 2)

    def label(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(6)
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(text).bold = True

    def line(text: str) -> None:
        paragraph = document.add_paragraph(text)
        paragraph.paragraph_format.space_after = Pt(0)

    label("Employer representatives")
    line("Cllr Janet Moorhouse (Chair)")
    line("Cllr Vikram Bhatt")
    line("Mrs Gillian Rudd (Director of Corporate Services)")
    label("Scheme member representatives")
    line("Mr Lee Sanderson (Watch Manager, FBU nominee)")
    line("Mr Craig Pollitt (retained duty system)")
    line("Mrs Angela Firth (retired firefighter)")
    label("Officers in attendance")
    line("Ms Rebecca Holt (Head of HR, for the Scheme Manager)")
    line("Mr Daniel Okoro (Pensions Administration Manager, Hartshire Pension Services)")
    line("Mrs Sue Kettle (Board Secretary)")
    label("Apologies")
    line("None")

    # Back to one column for the minutes.
    minutes = document.add_section(WD_SECTION.CONTINUOUS)
    set_columns(minutes, 1)

    def item(text: str) -> None:
        document.add_paragraph(text, style="Heading 2")

    def para(text: str):
        return document.add_paragraph(text)

    def bullet(text: str) -> None:
        document.add_paragraph(text, style="List Bullet")

    def responsibility(owner: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(8.0)
        run = paragraph.add_run("Responsibility: ")
        run.bold = True
        paragraph.add_run(owner)

    item("1.  Welcome, apologies and declarations of interest")
    para(
        "The Chair welcomed members and officers. There were no apologies. Mr Sanderson "
        "declared that he is a member of the 1992 Scheme whose benefits are affected by the "
        "age discrimination remedy (item 5)."
    )

    item("2.  Minutes of the meeting held on 26 November 2025")
    para(
        "The Board agreed the minutes of the meeting held on 26 November 2025 as a correct record."
    )

    item("3.  Action tracker")
    para("The Board reviewed the actions from previous meetings:")
    add_table(document, PENSION_PREVIOUS_ACTIONS)

    item("4.  Administration performance report – quarter 3")
    anchor = para(
        "Mr Okoro presented the administrator's performance report for October to December "
        "2025. Performance on retirement quotations had fallen because of the number of "
        "remedy cases being processed at the same time as normal retirements."
    )
    add_text_box(
        anchor,
        [
            ("Scheme membership at 31 December 2025", True),
            ("Active members: 612", False),
            ("Deferred members: 388", False),
            ("Pensioners and dependants: 1,104", False),
        ],
        "position:absolute;margin-left:310pt;margin-top:0;width:150pt;height:78pt;"
        "z-index:1;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text",
        fill="#F2F2F2",
        stroke="#7F7F7F",
        wrap="square",
        with_shapetype=True,
    )
    add_table(document, PENSION_KPIS)
    para("Board members raised the following points:").paragraph_format.space_before = Pt(6)
    bullet(
        "23 retirement quotations were overdue at the end of December, and members retiring "
        "from the wholetime service need them at least three months in advance;"
    )
    bullet(
        "the administrator should say how many of the overdue quotations were caused by "
        "missing data from the Authority's payroll, and how many by its own workload;"
    )
    bullet(
        "the late lump sum payment in December caused real hardship to the member concerned, "
        "and the Board would expect an apology and interest to be paid;"
    )
    bullet("the KPI report should in future show the number of cases as well as the percentages.")
    para("The Board noted the report.")
    para(
        "A breakdown of the overdue retirement quotations by cause to be provided at the next "
        "meeting."
    )
    responsibility("Pensions Administration Manager")

    item("5.  Age discrimination remedy (McCloud / Sargeant) and Matthews options exercise")
    remedy = para(
        "Ms Holt reported that 418 of the 529 members in scope of the remedy had received "
        "their remediable service statements. 37 immediate detriment cases remained open. "
        "The Government Actuary's Department will issue revised factors for the Matthews "
        "second options exercise in April, and the exercise cannot be completed before then."
    )
    add_text_box(
        remedy,
        [
            ("RECOMMENDATION TO THE SCHEME MANAGER", True),
            (
                "The Board agreed to recommend to the Scheme Manager that all remaining "
                "immediate detriment cases be settled by 30 June 2026, and that each member "
                "affected be told in writing of the expected date for settling their case.",
                False,
            ),
        ],
        "position:absolute;margin-left:0;margin-top:66pt;width:450pt;height:64pt;"
        "z-index:2;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text",
        fill="#EAF1DD",
        stroke="#4F6228",
        wrap="topAndBottom",
    )

    item("6.  Breaches of the law")
    para(
        "Two possible breaches had been recorded since the last meeting: the late issue of "
        "31 annual benefit statements, and the late payment of December employee "
        "contributions into the pension fund account."
    )
    para(
        "The Board agreed that neither breach was likely to be of material significance to "
        "the Pensions Regulator and that neither need be reported."
    )
    para(
        "Breaches log to be updated with the Board's assessment and the steps taken to "
        "prevent a recurrence."
    )
    responsibility("Head of HR (for the Scheme Manager)")

    item("7.  Knowledge and skills")
    para(
        "Two members had not completed the Pensions Regulator's Public Service Toolkit. It "
        "was decided that all Board members complete the Toolkit modules on the General Code "
        "by 31 May 2026."
    )
    para("Board Secretary to circulate the links to the Toolkit modules.")

    item("8.  Risk register")
    para(
        "The Board reviewed the risk register. The cyber security risk had been raised from "
        "amber to red following the attack on a neighbouring authority's payroll provider in "
        "January."
    )

    item("9.  Date of next meeting")
    para("Wednesday 20 May 2026 at 10.00am, Service Headquarters.")

    document.save(HERE / f"{PENSION_NAME}.docx")


def main() -> None:
    livery()
    university_court()
    pension_board()


if __name__ == "__main__":
    main()
