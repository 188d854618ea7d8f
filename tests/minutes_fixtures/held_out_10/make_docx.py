"""Writes this round's three Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_10/make_docx.py`.

Each document is laid out the way a different kind of clerk types minutes in Word:

- h10-docx-bid-board-tracked-changes: a business improvement district company's board
  whose draft minutes still carry tracked changes (a whole paragraph inserted, a whole
  paragraph deleted, words inserted and deleted inside a sentence) and whose preamble and
  "Date of next meeting" sit in block-level content controls from the template. Items are
  underlined (not bold) Normal paragraphs with typed numbers `1.0<tab>TITLE`; the minute
  paragraphs under them have typed numbers `4.1<tab>…`.
- h10-docx-skills-board-soft-breaks: an employment and skills board whose clerk typed each
  item as one paragraph with manual line breaks (Shift+Enter) between the bold title, the
  text and a "Decision taken:" line; bullet points as separate "List Bullet" paragraphs; a
  Cabinet extract reported for information; an action log table at the end with merged
  divider rows ("New actions …" / "Carried forward …").
- h10-docx-mountain-rescue-custom-styles: a mountain rescue team's management committee
  whose items are in a custom paragraph style ("MRT Item") and sub-items in another ("MRT
  Sub-item", `5(a)`), and whose bullets are "List Paragraph" paragraphs numbered with a
  bullet list definition (as Word does when you press the bullet button), not "List Bullet".
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
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
    title_line,
)

REVISION_AUTHOR = "Kim Lau"
REVISION_DATE = "2026-02-20T09:12:00Z"
_revision_id = [100]


# --- tracked changes and content controls -------------------------------------------------


def _next_id() -> str:
    _revision_id[0] += 1
    return str(_revision_id[0])


def _revision(tag: str):
    element = OxmlElement(tag)
    element.set(qn("w:id"), _next_id())
    element.set(qn("w:author"), REVISION_AUTHOR)
    element.set(qn("w:date"), REVISION_DATE)
    return element


def _run(text: str, deleted: bool = False):
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:delText" if deleted else "w:t")
    text_element.set(qn("xml:space"), "preserve")
    text_element.text = text
    run.append(text_element)
    return run


def inserted_text(paragraph, text: str) -> None:
    """Appends `text` to the paragraph as a tracked insertion."""
    ins = _revision("w:ins")
    ins.append(_run(text))
    paragraph._p.append(ins)


def deleted_text(paragraph, text: str) -> None:
    """Appends `text` to the paragraph as a tracked deletion."""
    deletion = _revision("w:del")
    deletion.append(_run(text, deleted=True))
    paragraph._p.append(deletion)


def mark_paragraph(paragraph, tag: str) -> None:
    """Marks the paragraph mark itself as inserted (w:ins) or deleted (w:del)."""
    ppr = paragraph._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(_revision(tag))
    ppr.append(rpr)


def wrap_in_content_control(paragraph, alias: str, tag: str) -> None:
    """Wraps a body paragraph in a block-level plain-text content control."""
    sdt = OxmlElement("w:sdt")
    properties = OxmlElement("w:sdtPr")
    alias_element = OxmlElement("w:alias")
    alias_element.set(qn("w:val"), alias)
    tag_element = OxmlElement("w:tag")
    tag_element.set(qn("w:val"), tag)
    id_element = OxmlElement("w:id")
    id_element.set(qn("w:val"), str(-1_700_000 - int(_next_id())))
    properties.append(alias_element)
    properties.append(tag_element)
    properties.append(id_element)
    properties.append(OxmlElement("w:text"))
    content = OxmlElement("w:sdtContent")
    sdt.append(properties)
    sdt.append(content)
    paragraph._p.addprevious(sdt)
    content.append(paragraph._p)


# ---------------------------------------------------------------------------------------------
# 1. BID board: tracked changes and content controls.
# ---------------------------------------------------------------------------------------------

BID_NAME = "h10-docx-bid-board-tracked-changes"

BID_FOOTFALL = [
    ("Month", "Footfall 2025/26", "Footfall 2024/25", "Change"),
    ("October", "412,880", "398,150", "+3.7%"),
    ("November", "436,020", "441,300", "–1.2%"),
    ("December", "521,640", "497,910", "+4.8%"),
    ("January", "351,200", "362,480", "–3.1%"),
]


def bid() -> None:
    document = new_document("Calibri", 11)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "DRAFT – NOT YET APPROVED BY THE BOARD"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.add_run(
        "Wexcombe Town Centre BID Ltd · Company no. 09876543 · Board minutes 18 February 2026"
        "\tPage "
    )
    add_field(footer, "PAGE", "1")

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("WEXCOMBE TOWN CENTRE BID LIMITED")
    run.bold = True
    run.font.size = Pt(14)
    subtitle = document.add_paragraph("Minutes of the meeting of the Board of Directors")
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def field(label: str, text: str, tag: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(3.5)
        paragraph.paragraph_format.first_line_indent = Cm(-3.5)
        paragraph.add_run(f"{label}\t").bold = True
        paragraph.add_run(text)
        wrap_in_content_control(paragraph, label.rstrip(":"), tag)

    field("Date and time:", "Wednesday 18 February 2026, 8.00am – 9.45am", "meetingDate")
    field("Venue:", "The Assembly Rooms, Market Place, Wexcombe", "venue")
    field(
        "Directors:",
        "Hannah Cole (Chair, Cole & Daughter Jewellers), Raj Mistry (Vice-Chair, Mistry "
        "Pharmacy), Gail Thornton (Thornton Estates), Chris Okonjo (The Bell Inn), Liz "
        "Barraclough (Wexcombe Shopping Centre), Mark Dunning (Dunning's Department Store), "
        "Cllr Peter Hales (Wexcombe Borough Council, non-voting)",
        "present",
    )
    field(
        "In attendance:",
        "Sophie Grey (BID Manager), Dean Walsh (Operations Manager), Kim Lau (Office "
        "Manager, minutes)",
        "attendance",
    )
    field(
        "Apologies:",
        "Fiona Reid (Wexcombe Building Society), Ali Demir (Ali's Barbers)",
        "apologies",
    )

    def item(number: str, title: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run(f"{number}\t{title}")
        run.underline = True

    def para(number: str, text: str = ""):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(1.27)
        paragraph.paragraph_format.first_line_indent = Cm(-1.27)
        paragraph.add_run(f"{number}\t{text}")
        return paragraph

    def blank_para():
        """An indented minute paragraph with no runs yet (filled with tracked changes)."""
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(1.27)
        paragraph.paragraph_format.first_line_indent = Cm(-1.27)
        return paragraph

    def bullet(text: str) -> None:
        paragraph = document.add_paragraph(text, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(1.9)

    item("1.0", "WELCOME AND APOLOGIES")
    para("1.1", "The Chair welcomed directors. Apologies were received as above.")

    item("2.0", "DECLARATIONS OF INTEREST")
    para(
        "2.1",
        "Gail Thornton declared an interest in item 7.0, as Thornton Estates manages two "
        "properties in the proposed extension to the BID area.",
    )

    item("3.0", "MINUTES OF THE MEETING HELD ON 10 DECEMBER 2025")
    para("3.1", "The Board APPROVED the minutes of the meeting held on 10 December 2025.")
    para("3.2", "There were no matters arising that were not covered elsewhere on the agenda.")

    item("4.0", "BID MANAGER'S REPORT")
    para(
        "4.1",
        "Sophie Grey presented her report. The levy collection rate for 2025/26 stood at "
        "96.2 per cent at 31 January, against 95.8 per cent at the same point last year. "
        "Footfall over the Christmas period was up on last year, but January was weaker:",
    )
    add_table(document, BID_FOOTFALL)
    para("4.2", "Directors raised the following points:")
    bullet(
        "the January figures reflect the closure of the Market Street car park for "
        "resurfacing, and should be compared with other towns before drawing conclusions;"
    )
    bullet(
        "levy payers on the edge of the BID area still say they see little benefit, and "
        "the street rangers should visit them more often;"
    )
    bullet(
        "the footfall dashboard is useful and should be shared with levy payers, not just "
        "the Board."
    )
    para("4.3", "The Board NOTED the BID Manager's report.")
    inserted = blank_para()
    inserted_text(
        inserted,
        "4.4\tBID Manager to circulate the footfall dashboard to levy payers each month.",
    )
    mark_paragraph(inserted, "w:ins")

    item("5.0", "FINANCE")
    para(
        "5.1",
        "The BID Manager presented the management accounts to 31 January 2026: levy income "
        "of £412,600 against a budget of £418,000, expenditure of £356,900, and a forecast "
        "year-end surplus of £14,300, mainly from an underspend on events.",
    )
    resolved = para("5.2")
    resolved.add_run("RESOLVED (unanimously): ").bold = True
    resolved.add_run(
        "that the revised budget for 2025/26 be approved, with the £12,000 underspend on "
        "events moved to the renewal ballot budget."
    )

    item("6.0", "CHRISTMAS 2025 REVIEW")
    para(
        "6.1",
        "Dean Walsh reported on the Christmas programme. The lights switch-on drew an "
        "estimated 6,500 people, but the festoon lighting on Bridge Street failed on three "
        "nights and the contractor had been slow to respond. The contract ends this year.",
    )
    para("6.2", "The Board AGREED to retender the Christmas lights contract for 2026 to 2028.")
    removed = blank_para()
    deleted_text(
        removed,
        "6.3\tACTION: Operations Manager to remove the festoon lighting on Bridge Street "
        "before the tender.",
    )
    mark_paragraph(removed, "w:del")
    para(
        "6.3",
        "The Operations Manager will obtain at least three quotes for the 2026 installation "
        "and report them to the April meeting.",
    )

    item("7.0", "BID RENEWAL BALLOT 2027")
    para(
        "7.1",
        "(Gail Thornton remained in the meeting but did not vote.) The BID's current term "
        "ends on 31 March 2027 and the renewal ballot is planned for November 2026. "
        "Wexcombe Borough Council, as the billing authority, will hold the ballot. The BID "
        "Manager presented three proposals from consultants to run the renewal consultation "
        "and write the business plan.",
    )
    renewal = para(
        "7.2",
        "The Board AGREED to appoint Placeworks Consulting to run the renewal consultation "
        "and prepare the business plan, at a cost of up to ",
    )
    deleted_text(renewal, "£15,000")
    inserted_text(renewal, "£18,000")
    renewal.add_run(",")
    inserted_text(renewal, " with a break clause after the consultation stage,")
    renewal.add_run(" to be met from the renewal ballot budget.")
    para(
        "7.3",
        "Chair and BID Manager to meet the Borough Council's Chief Executive about the "
        "baseline services agreement before the consultation begins.",
    )

    item("8.0", "ANY OTHER BUSINESS")
    para(
        "8.1",
        "Chris Okonjo proposed that the BID fund free parking on Saturdays in December 2026. "
        "The proposal was not carried (3 for, 4 against).",
    )
    para(
        "8.2",
        "Liz Barraclough reported that the shopping centre's new owners would attend the "
        "April meeting to present their plans.",
    )

    next_meeting = document.add_paragraph()
    next_meeting.paragraph_format.space_before = Pt(12)
    next_meeting.add_run("Date of next meeting: ").bold = True
    next_meeting.add_run("Wednesday 15 April 2026, 8.00am, The Assembly Rooms.")
    wrap_in_content_control(next_meeting, "Next meeting", "nextMeeting")
    document.add_paragraph("Signed ……………………………… (Chair)\tDate ………………")
    document.save(HERE / f"{BID_NAME}.docx")


# ---------------------------------------------------------------------------------------------
# 2. Employment and skills board: one paragraph per item with manual line breaks.
# ---------------------------------------------------------------------------------------------

SKILLS_NAME = "h10-docx-skills-board-soft-breaks"

SKILLS_BOOTCAMPS = [
    ("Wave 6 bootcamp", "Contracted starts", "Starts to date", "Completions", "Job outcomes"),
    ("Digital and data", "220", "131", "88", "29"),
    ("Construction and retrofit", "160", "171", "124", "71"),
    ("HGV and logistics", "120", "118", "97", "64"),
    ("Green skills (solar and EV)", "80", "52", "31", "12"),
]

# Each entry: (reference, action, owner, due, status); a one-element tuple is a divider row.
SKILLS_ACTIONS = [
    ("Ref", "Action", "Owner", "Due", "Status"),
    ("New actions from the meeting on 10 February 2026",),
    (
        "ESB 26/01",
        "Submit the LSIP progress report to the Department for Education",
        "Chamber Skills Director",
        "31 Mar 2026",
        "New",
    ),
    (
        "ESB 26/02",
        "Issue the contract variation moving £140,000 to construction and retrofit bootcamps",
        "Skills Commissioning Manager",
        "27 Feb 2026",
        "New",
    ),
    (
        "ESB 26/03",
        "Send the Board's Adult Skills Fund priorities to the Cabinet Member for Economy",
        "Board Secretary",
        "20 Feb 2026",
        "New",
    ),
    (
        "ESB 26/04",
        "Add the UKSPF exit risk to the corporate risk register",
        "Head of Economic Growth",
        "13 Mar 2026",
        "New",
    ),
    ("Carried forward from earlier meetings",),
    (
        "ESB 25/19",
        "Bring employer survey results on apprenticeship levy transfers",
        "Chamber Skills Director",
        "Apr 2026",
        "In progress",
    ),
    (
        "ESB 25/22",
        "Map ESOL provision by ward with the colleges",
        "Adult Learning Lead",
        "Apr 2026 (revised)",
        "Overdue",
    ),
]


def merge_row(table, row_index: int) -> None:
    row = table.rows[row_index]
    first = row.cells[0]
    merged = first.merge(row.cells[-1])
    shade(merged, "D9E2F3")


def skills() -> None:
    document = new_document("Arial", 10)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Tessmoor Employment and Skills Board\tOFFICIAL"
    footer = section.footer.paragraphs[0]
    footer.add_run("ESB minutes – 10 February 2026 – page ")
    add_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    add_field(footer, "NUMPAGES", "3")

    title_line(document, "Tessmoor Employment and Skills Board", 16)
    document.add_paragraph(
        "Minutes of the meeting held on Tuesday 10 February 2026, 9.30am – 11.45am, "
        "Boardroom, Tessmoor Chamber of Commerce, Quayside House, Dunholme, and on Teams"
    )
    members = document.add_paragraph()
    members.add_run("Board members present: ").bold = True
    members.add_run(
        "Dr Lena Voigt (Chair, Voigt Precision Engineering); Marcus Oyelowo (Vice-Chair, "
        "Tessmoor Chamber of Commerce); Cllr Brenda Pask (Cabinet Member for Economy, Tessmoor "
        "County Council); Prof Alan Sykes (University of Dunholme); Jackie Morrow (Principal, "
        "Tessmoor College); Sandeep Gill (DWP, Jobcentre Plus district manager); Karen Ilett "
        "(Ilett Care Group); Robert Naylor (Naylor Homes); Chloe Brennan (Dunholme Digital)"
    )
    officers = document.add_paragraph()
    officers.add_run("Officers: ").bold = True
    officers.add_run(
        "Phil Haworth (Head of Economic Growth); Asha Kapoor (Skills Commissioning Manager); "
        "Gemma Leach (Adult Learning Lead); Tim Wardle (Chamber Skills Director); Ruth Coyle "
        "(Careers Hub Lead, item 5); Nadia Rees (Board Secretary)"
    )
    apologies = document.add_paragraph()
    apologies.add_run("Apologies: ").bold = True
    apologies.add_run("Mike Otway (Otway Logistics); Sharon Lee (NHS Tessmoor and Dunholme)")

    def item(number: str, title: str, *parts: tuple[str, str]) -> None:
        """One paragraph: bold title, then each part after a manual line break.

        A part is ("text", …), ("decision", …) for a bold-italic "Decision taken:" line, or
        ("lead", …) for a lead-in line."""
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.add_run(f"{number}\t{title}").bold = True
        for kind, text in parts:
            paragraph.add_run().add_break(WD_BREAK.LINE)
            if kind == "decision":
                label = paragraph.add_run("Decision taken: ")
                label.bold = True
                label.italic = True
            paragraph.add_run(text)

    def bullet(text: str) -> None:
        document.add_paragraph(text, style="List Bullet")

    def decision(text: str) -> None:
        paragraph = document.add_paragraph()
        label = paragraph.add_run("Decision taken: ")
        label.bold = True
        label.italic = True
        paragraph.add_run(text)

    item(
        "1.",
        "Welcome, apologies and declarations of interest",
        ("text", "The Chair welcomed members, including Chloe Brennan at her first meeting."),
        ("text", "Apologies were received as above."),
        (
            "text",
            "Jackie Morrow declared an interest in items 4 and 6 as Tessmoor College is a "
            "bootcamp and Adult Skills Fund provider.",
        ),
    )
    item(
        "2.",
        "Minutes of the meeting held on 25 November 2025 and action log",
        (
            "decision",
            "the minutes of the meeting held on 25 November 2025 were approved as a correct "
            "record.",
        ),
        ("text", "Two actions are carried forward (see the action log below)."),
    )
    item(
        "3.",
        "Local Skills Improvement Plan – progress report",
        (
            "text",
            "Tim Wardle presented the annual progress report on the Tessmoor and Dunholme "
            "Local Skills Improvement Plan (LSIP), which the Chamber leads as the designated "
            "employer representative body. Employers had reported the biggest shortages in "
            "care, construction and engineering maintenance, and the colleges had added 14 "
            "new short courses in response.",
        ),
        ("lead", "Board members commented:"),
    )
    bullet(
        "care employers are still struggling to recruit, and courses alone will not help "
        "while pay in the sector stays so low;"
    )
    bullet(
        "the report should show how many of the new courses actually ran, not just how "
        "many were planned;"
    )
    bullet(
        "smaller employers find the LSIP hard to engage with, and the Chamber's sector "
        "round tables should be held in the evenings as well;"
    )
    bullet("the retrofit skills gap will grow quickly once the council's warm homes scheme starts.")
    decision(
        "the Board endorsed the LSIP progress report for submission to the Department for "
        "Education by 31 March 2026."
    )
    item(
        "4.",
        "Skills Bootcamps – Wave 6 performance",
        (
            "text",
            "Asha Kapoor presented the performance of the Wave 6 bootcamps to the end of "
            "January. Construction and retrofit was over-subscribed, while digital and green "
            "skills were behind profile.",
        ),
    )
    add_table(document, SKILLS_BOOTCAMPS)
    decision(
        "the Board agreed to move £140,000 from the digital and data bootcamps to the "
        "construction and retrofit bootcamps for the rest of Wave 6."
    )
    item(
        "5.",
        "Careers Hub update",
        (
            "text",
            "Ruth Coyle reported that 41 of the 46 secondary schools and colleges in the area "
            "now meet six or more of the Gatsby benchmarks, and that the employer encounters "
            "programme had reached 12,800 students this year.",
        ),
        ("decision", "noted."),
    )
    item(
        "6.",
        "Adult Skills Fund 2026/27 – commissioning priorities",
        (
            "text",
            "Gemma Leach reported that the County Council's Cabinet had considered the "
            "commissioning plan for the Adult Skills Fund on 13 January. The extract from the "
            "Cabinet's record of decisions was circulated:",
        ),
    )
    extract = document.add_paragraph()
    extract.paragraph_format.left_indent = Cm(1.5)
    extract.add_run(
        "Key decision K26/004 – The Cabinet DECIDED: (a) to approve the Adult Skills Fund "
        "commissioning plan for 2026/27; (b) to delegate the award of grants and contracts "
        "to the Director of Economy, in consultation with the Cabinet Member for Economy, "
        "taking into account the advice of the Employment and Skills Board."
    ).italic = True
    decision(
        "the Board agreed to advise the Cabinet Member for Economy that the 2026/27 "
        "commissioning round should give priority to:"
    )
    for text in (
        "(a)\tESOL for work, including ESOL linked to care and hospitality jobs;",
        "(b)\tdigital skills for adults over 50 who are out of work;",
        "(c)\tretrofit and heat pump installation skills for adults already working in "
        "construction.",
    ):
        line = document.add_paragraph(text)
        line.paragraph_format.left_indent = Cm(2.0)
        line.paragraph_format.first_line_indent = Cm(-0.75)
    item(
        "7.",
        "Risk register",
        (
            "text",
            "Phil Haworth presented the Board's risk register. The end of the UK Shared "
            "Prosperity Fund in March 2026 put at risk the two employability programmes it "
            "funds, and this had been added as a new red risk.",
        ),
        (
            "decision",
            "the Board approved the updated risk register, with the new risk on the end of "
            "the UK Shared Prosperity Fund added.",
        ),
    )
    item(
        "8.",
        "Any other business",
        (
            "text",
            "Marcus Oyelowo reminded members that the Chamber will host the Tessmoor Skills "
            "Summit on 14 May. The Chair thanked Sandeep Gill, who is leaving DWP, for his "
            "contribution to the Board over five years.",
        ),
    )

    document.add_paragraph(
        "Date of next meeting: Tuesday 12 May 2026, 9.30am, Boardroom, Quayside House."
    )

    log_title = document.add_paragraph()
    log_title.paragraph_format.space_before = Pt(12)
    log_title.add_run("ACTION LOG").bold = True
    table = document.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    for index, row in enumerate(SKILLS_ACTIONS):
        cells = table.add_row().cells
        if len(row) == 1:
            cells[0].text = row[0]
            merge_row(table, index)
            table.rows[index].cells[0].paragraphs[0].runs[0].bold = True
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
            if index == 0:
                cell.paragraphs[0].runs[0].bold = True
    for row in table.rows:
        for cell, width in zip(row.cells, (2.0, 7.5, 3.5, 2.2, 2.0), strict=False):
            cell.width = Cm(width)
    document.save(HERE / f"{SKILLS_NAME}.docx")


# ---------------------------------------------------------------------------------------------
# 3. Mountain rescue team: custom paragraph styles and List Paragraph bullets.
# ---------------------------------------------------------------------------------------------

MRT_NAME = "h10-docx-mountain-rescue-custom-styles"

MRT_CALLOUTS = [
    ("", "December 2025", "January 2026", "Year to date (from 1 April)"),
    ("Callouts", "7", "9", "61"),
    ("Team member hours", "214", "302", "2,118"),
    ("Casualties assisted", "6", "11", "58"),
    ("Searches for missing persons", "2", "1", "9"),
]


def add_bullet_numbering(document) -> int:
    """Adds a one-level bullet list (Symbol-font "•") to the numbering part; returns numId."""
    return add_list(
        document,
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>',
        level_type="hybridMultilevel",
    )


def mountain_rescue() -> None:
    document = new_document("Verdana", 10)
    styles = document.styles
    item_style = styles.add_style("MRT Item", WD_STYLE_TYPE.PARAGRAPH)
    item_style.base_style = styles["Normal"]
    item_style.font.bold = True
    item_style.font.size = Pt(11)
    item_style.font.color.rgb = docx.shared.RGBColor(0xC0, 0x39, 0x2B)
    item_style.paragraph_format.space_before = Pt(12)
    item_style.paragraph_format.space_after = Pt(4)
    item_style.paragraph_format.keep_with_next = True
    sub_style = styles.add_style("MRT Sub-item", WD_STYLE_TYPE.PARAGRAPH)
    sub_style.base_style = styles["Normal"]
    sub_style.font.bold = True
    sub_style.font.italic = True
    sub_style.paragraph_format.left_indent = Cm(0.6)
    sub_style.paragraph_format.keep_with_next = True
    bullets = add_bullet_numbering(document)

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Skelbeck Valley Mountain Rescue Team · Registered charity no. 1100000"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.text = "Management Committee minutes – 12 February 2026 – team members only"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    title_line(document, "SKELBECK VALLEY MOUNTAIN RESCUE TEAM", 14)
    document.add_paragraph(
        "Management Committee – minutes of the meeting held at Team Base, Skelbeck, on "
        "Thursday 12 February 2026 at 7.30pm"
    )
    present = document.add_paragraph()
    present.add_run("Present: ").bold = True
    present.add_run(
        "Andy Braithwaite (Chair), Kath Lowther (Team Leader), Stu Hindmarsh and Becky "
        "Nolan (Deputy Team Leaders), Jen Proudfoot (Secretary), Ian Gaskell (Treasurer), "
        "Gary Pattinson (Vehicle Officer), Nick Tennant (Equipment Officer), Sally Kerr "
        "(Training Officer), Dr Owen Hughes (Medical Officer), Lorna Mossop (Fundraising)"
    )
    apologies = document.add_paragraph()
    apologies.add_run("Apologies: ").bold = True
    apologies.add_run("Pete Airey (Base Officer)")

    def item(text: str) -> None:
        document.add_paragraph(text, style="MRT Item")

    def sub_item(text: str) -> None:
        document.add_paragraph(text, style="MRT Sub-item")

    def bullet(text: str) -> None:
        paragraph = document.add_paragraph(text, style="List Paragraph")
        set_numbering(paragraph, bullets)

    item("1.  Apologies")
    document.add_paragraph("Apologies were received from Pete Airey.")

    item("2.  Minutes of the meeting held on 8 January 2026 and matters arising")
    document.add_paragraph(
        "It was agreed that the minutes of the meeting held on 8 January 2026 were a correct "
        "record."
    )
    document.add_paragraph(
        "Matters arising: the new base alarm code has been issued to all full team members. "
        "The hut key safe at Low Birker has been fixed by the National Trust ranger."
    )

    item("3.  Team Leader's report")
    document.add_paragraph(
        "Kath presented the callout figures. January was the busiest month for three years, "
        "with most callouts to walkers benighted or injured on icy paths."
    )
    add_table(document, MRT_CALLOUTS)
    document.add_paragraph("Incidents of note since the last meeting:")
    bullet(
        "28 December – two walkers lowered from Raven Crag gully in darkness, with the "
        "Coastguard helicopter in support;"
    )
    bullet(
        "9 January – joint search with Eskdale Fell MRT for a missing 78-year-old man, "
        "found safe after 14 hours;"
    )
    bullet("24 January – fallen climber on Skelbeck Pike, airlifted to the major trauma centre.")
    document.add_paragraph("Committee members raised:")
    bullet(
        "the number of callouts for walkers without torches is rising again, and the "
        "team should work with the National Park on winter safety messages;"
    )
    bullet(
        "several team members did two night callouts in one week in January, and "
        "fatigue needs to be watched;"
    )
    bullet("the radio dead spot on the Skelbeck Pike descent caused problems on 24 January.")

    item("4.  Treasurer's report")
    document.add_paragraph(
        "Ian presented the management accounts to 31 January: general fund £48,210, vehicle "
        "reserve £86,500, equipment reserve £12,930. Donations since April total £31,640, "
        "including £4,200 from the Skelbeck fell race."
    )
    document.add_paragraph("The committee noted the management accounts to 31 January 2026.")
    document.add_paragraph(
        "Treasurer to submit the Gift Aid claim for October to December by 28 February."
    )

    item("5.  Vehicles")
    sub_item("5(a)  Replacement of Skelbeck 2 (Land Rover ambulance)")
    document.add_paragraph(
        "Gary reported that Skelbeck 2, now 14 years old, had failed its last MOT on "
        "corrosion and would cost at least £7,000 to repair. Three quotes had been obtained "
        "for a replacement ambulance conversion."
    )
    document.add_paragraph(
        "The committee agreed to order a Land Rover Defender 130 ambulance conversion from "
        "Fellside Conversions at £118,400, funded from the vehicle reserve and the Skelbeck "
        "Community Trust grant."
    )
    sub_item("5(b)  Control vehicle")
    document.add_paragraph(
        "The control vehicle's MOT and service are due in March. Gary (Vehicle Officer) will "
        "arrange the MOT and service before the end of March."
    )

    item("6.  Equipment")
    document.add_paragraph(
        "Nick reported that four casualty bags were worn beyond repair. Mountain Rescue "
        "England and Wales will supply the new digital radios to all teams from the autumn, "
        "so no radios need to be bought this year."
    )
    document.add_paragraph(
        "The committee approved the purchase of six new casualty bags at £240 each."
    )
    document.add_paragraph(
        "Nick's proposal to buy a second drone was withdrawn until the regional drone review "
        "reports in the summer."
    )

    item("7.  Training")
    document.add_paragraph(
        "Sally reported that 31 team members had completed the winter skills refresher. "
        "Swiftwater training with the fire service is planned for May."
    )
    document.add_paragraph(
        "Training Officer to circulate the spring training programme, including the "
        "swiftwater dates, to all team members by 20 February."
    )

    item("8.  Fundraising")
    document.add_paragraph(
        "Lorna reported that the street collection in Skelbeck on 13 December raised £1,860. "
        "The Skelbeck fell race will donate its entry fees to the team again in 2026."
    )
    document.add_paragraph(
        "The committee agreed to apply to the Fellshire Community Foundation for £5,000 "
        "towards the new vehicle."
    )

    item("9.  Any other business")
    document.add_paragraph(
        "Owen proposed that team members' annual subscriptions be abolished. On a vote the "
        "proposal was lost (3 for, 6 against). Kath thanked Stu for organising the team's "
        "50th anniversary dinner."
    )

    document.add_paragraph(
        "Next meeting: Thursday 12 March 2026, 7.30pm, Team Base."
    ).paragraph_format.space_before = Pt(12)
    document.save(HERE / f"{MRT_NAME}.docx")


def main() -> None:
    bid()
    skills()
    mountain_rescue()


if __name__ == "__main__":
    main()
