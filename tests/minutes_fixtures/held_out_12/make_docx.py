"""Writes this round's three Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_12/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties, the comment
dates and the dates of the entries in the .docx (zip) file are all fixed.

Each document is laid out the way a different kind of clerk types minutes in Word:

- h12-docx-lieutenancy-seq-fields-comments: a county lieutenancy's meeting of Deputy
  Lieutenants whose items are "Heading 2" paragraphs reading "Item n – Title", where n is a
  Word SEQ field (a complex field whose last calculated result is the number), with three
  real Word comments (a comments part, comment ranges and references in the text), an
  engagements table, a King's Award assessments table, "List Bullet" points, and every task
  in a closing "Who / What / When" table.
- h12-docx-lifeboat-toc-checkboxes: an independent lifeboat station's management committee
  whose document opens with a Word table of contents (a TOC field with cached entries that
  repeat the numbered headings and page numbers, hyperlinked to bookmarks on the headings);
  items are "Heading 1" paragraphs numbered by a Word multilevel list, sub-items "Heading 2"
  paragraphs numbered 4.1–4.3 by the same list; the action list is a table whose first
  column holds check-box content controls (ticked for done).
- h12-docx-caac-landscape-advice-table: a conservation area advisory committee whose items
  are "Heading 1" paragraphs numbered "1)", "2)" … by a Word list; the planning applications
  are in a table in a landscape section between portrait sections, with the conservation
  area column merged vertically over the rows for each area, application numbers as
  hyperlinks, and the Committee's advice in the last column; an "Intense Quote" paragraph
  quotes the Borough Council's proposal.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from word_parts import (  # noqa: E402
    add_field,
    add_list,
    add_table,
    fix_properties,
    labelled,
    list_level,
    new_document,
    page_footer,
    save_deterministic,
    set_numbering,
    set_widths,
    shade,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
FIXED_TIME = dt.datetime(2026, 2, 20, 9, 30, 0, tzinfo=dt.UTC)


# --- shared helpers --------------------------------------------------------------------------


def _field_char(paragraph, kind: str) -> None:
    run = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


def _instr(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)


def add_complex_field(paragraph, instruction: str, shown: str) -> None:
    """Appends a complex field (begin / instrText / separate / result / end)."""
    _field_char(paragraph, "begin")
    _instr(paragraph, instruction)
    _field_char(paragraph, "separate")
    paragraph.add_run(shown)
    _field_char(paragraph, "end")


def add_multilevel_numbering(document, levels: list[tuple[str, str, str]]) -> int:
    """Adds a list definition; `levels` are (lvlText, numFmt, pStyle or ""); returns numId.
    Each level is indented 709 twips more than the one above, its hanging indent 142 more."""
    return add_list(
        document,
        "".join(
            list_level(
                index,
                text,
                fmt,
                indent=567 * (index + 1) + 142 * index,
                hanging=567 + 142 * index,
                style_id=style,
            )
            for index, (text, fmt, style) in enumerate(levels)
        ),
        multilevel=True,
    )


def add_bookmark(paragraph, bookmark_id: int, name: str) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    ppr = paragraph._p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)


def add_external_link(paragraph, url: str, text: str) -> None:
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    properties.append(colour)
    properties.append(underline)
    run.append(properties)
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def mark_header_row(row) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:tblHeader"))


# ---------------------------------------------------------------------------------------------
# 1. Lieutenancy: items numbered by SEQ fields, Word comments, closing Who / What / When table.
# ---------------------------------------------------------------------------------------------

LIEUTENANCY_NAME = "h12-docx-lieutenancy-seq-fields-comments"


def lieutenancy() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Deputy Lieutenants' meeting – 29 January 2026", FIXED_TIME)

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Lieutenancy of Elmshire\tDeputy Lieutenants' meeting – 29 January 2026"
    footer = section.footer.paragraphs[0]
    footer.add_run("Not for publication\t\tPage ")
    add_field(footer, "PAGE", "1")

    title = document.add_paragraph("LIEUTENANCY OF ELMSHIRE", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = document.add_paragraph(
        "Notes of the meeting of Deputy Lieutenants held in the Council Chamber, County Hall, "
        "Elmbridge, on Thursday 29 January 2026 at 2.30pm"
    )
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER

    labelled(
        document, "In the Chair: ", "His Majesty's Lord-Lieutenant of Elmshire, Mrs Harriet Lacey"
    )
    labelled(
        document,
        "Present: ",
        "Colonel (Retd) Martin Greaves, Vice Lord-Lieutenant, and 31 Deputy Lieutenants (list "
        "held by the Clerk)",
    )
    labelled(
        document,
        "In attendance: ",
        "Mr Owain Price, Clerk to the Lieutenancy; Ms Bethan Coles, Lieutenancy Officer; the "
        "High Sheriff of Elmshire, Mr Richard Okonkwo-Hale (for items 1 to 5)",
    )
    labelled(document, "Apologies: ", "Eleven Deputy Lieutenants sent apologies.")

    def item(title_text: str, number: int):
        paragraph = document.add_paragraph(style="Heading 2")
        paragraph.add_run("Item ")
        add_complex_field(paragraph, "SEQ Item \\* ARABIC", str(number))
        paragraph.add_run(f" – {title_text}")
        return paragraph

    def para(text: str):
        return document.add_paragraph(text)

    def bullet(text: str) -> None:
        document.add_paragraph(text, style="List Bullet")

    def comment(paragraph, text: str, author: str, initials: str) -> None:
        note = document.add_comment(paragraph.runs, text=text, author=author, initials=initials)
        note._comment_elm.date = FIXED_TIME

    item("Welcome and apologies", 1)
    para(
        "The Lord-Lieutenant welcomed Deputy Lieutenants, and in particular the three Deputy "
        "Lieutenants whose commissions were signed on 12 December 2025: Mrs Sunita Varma of "
        "Marshby, Mr Daniel Fenwick of Eastwold and Professor Gillian Adeyemi of Elmbridge. "
        "Apologies were noted."
    )

    item("Notes of the meeting held on 9 October 2025", 2)
    para("Deputy Lieutenants agreed the notes of the meeting held on 9 October 2025.")

    item("Lieutenancy engagements", 3)
    para("The Lieutenancy Officer reported on the engagements covered by the Lieutenancy in 2025:")
    add_table(
        document,
        [
            ("Engagement", "Number in 2025", "Number in 2024"),
            ("Citizenship ceremonies attended", "41", "33"),
            ("Centenarian and wedding anniversary visits", "27", "30"),
            ("Medal and award presentations", "18", "15"),
            ("Civic and memorial services", "36", "35"),
        ],
    )
    para(
        "Plans for any royal visits in 2026 remain confidential until they are announced. "
        "Deputy Lieutenants were reminded not to discuss them outside the Lieutenancy."
    ).paragraph_format.space_before = Pt(6)

    item("The King's Award for Voluntary Service 2026", 4)
    para(
        "Fourteen nominations had been received from Elmshire for the 2026 round. The national "
        "assessment committee has decided that from this round every nominated group must be "
        "visited in person, and that virtual assessments will no longer be accepted."
    )
    add_table(
        document,
        [
            ("Group", "Area", "Assessing DLs"),
            ("Eastwold Coastal Path Volunteers", "Eastwold", "Mr Fenwick, Mrs Hurst"),
            ("Marshby Men's Shed", "Marshby", "Mrs Varma, Mr Ellery"),
            ("Friends of Elmbridge Hospice", "Elmbridge", "Professor Adeyemi, Colonel Greaves"),
            ("Hollins Green Community Fridge", "Hollins Green", "Mrs Oduya, Mr Blake"),
        ],
    )
    decision = para(
        "It was agreed that each nomination would be assessed by two Deputy Lieutenants, "
        "including at least one who has assessed before, and that the assessments for the "
        "remaining ten groups would be allocated by the Clerk."
    )
    decision.paragraph_format.space_before = Pt(6)
    comment(
        decision,
        "Owain – is the deadline for the assessment reports 15 or 30 April? Please check "
        "before the papers go out.",
        "Harriet Lacey",
        "HL",
    )

    item("Honours", 5)
    para(
        "The Clerk reported that 23 honours nominations from Elmshire had been sent to the "
        "Cabinet Office in 2025, and that the New Year Honours 2026 had included nine Elmshire "
        "residents. The honours committees' decisions on the 2025 nominations from the east of "
        "the county had included none from Eastwold."
    )
    para("Deputy Lieutenants commented:")
    bullet(
        "nominations still come mostly from Elmbridge and its villages, and hardly ever from "
        "the coastal towns, where there is a great deal of unsung voluntary work;"
    )
    bullet(
        "people are put off by the length of the form and by the need for letters of "
        "support, and need help from someone who has done it before;"
    )
    bullet(
        "the High Sheriff's awards could be used to find people who might then be nominated "
        "for an honour."
    )
    para(
        "Deputy Lieutenants agreed to hold two honours nomination workshops in the spring, one "
        "in Marshby and one in Eastwold."
    )

    item("Citizenship ceremonies", 6)
    rota = para(
        "The Register Office has asked for a Deputy Lieutenant to attend the Tuesday "
        "ceremonies at Elmbridge Register Office, which are growing in number. Deputy "
        "Lieutenants agreed to take on the Tuesday ceremonies from April, on a monthly rota."
    )
    comment(rota, "Rota to go on the Lieutenancy SharePoint – link to follow.", "Owain Price", "OP")

    item("Lord-Lieutenant's Cadets 2026", 7)
    para(
        "The Lord-Lieutenant has appointed Cadet Sergeant Amira Doyle (Army Cadet Force), "
        "Leading Cadet Tom Hessel (Sea Cadets) and Cadet Warrant Officer Priya Nair (Air "
        "Cadets) as her Cadets for 2026. Their badges will be presented at the Lieutenancy "
        "reception on 20 March."
    )

    item("Commemorations 2026", 8)
    para("The following events are already in the diary:")
    bullet("Armed Forces Day parade, Elmbridge – Saturday 27 June")
    bullet("Battle of the Somme commemoration, Marshby War Memorial – Wednesday 1 July")
    bullet("Remembrance Sunday services across the county – 8 November")
    para(
        "It was agreed that the Vice Lord-Lieutenant would co-ordinate Deputy Lieutenants' "
        "attendance at Remembrance services, so that every town with a service has a Deputy "
        "Lieutenant present."
    ).paragraph_format.space_before = Pt(6)

    item("Lieutenancy office and finance", 9)
    finance = para(
        "The Clerk reported that Elmshire County Council's Cabinet had agreed a budget of "
        "£41,500 for the Lieutenancy office in 2026/27 (2025/26: £39,800), which covers the "
        "Lieutenancy Officer post, travel and the annual reception."
    )
    comment(finance, "Figure confirmed with Finance on 30 January. OP", "Owain Price", "OP")
    para("Deputy Lieutenants noted the report.")

    item("Any other business", 10)
    para(
        "Mrs Hurst asked whether Deputy Lieutenants could wear the new Lieutenancy badge on "
        "civilian dress. The Lord-Lieutenant said that she would ask the other Lord-Lieutenants "
        "in the region what their practice was. The next meeting will be on Thursday 11 June "
        "2026 at Elmbridge Castle."
    )

    heading = document.add_paragraph("Actions")
    heading.runs[0].bold = True
    heading.paragraph_format.space_before = Pt(12)
    actions = add_table(
        document,
        [
            ("Who", "What", "When"),
            (
                "Clerk",
                "Allocate the remaining ten King's Award nominations to pairs of DLs and "
                "send each pair its nomination papers",
                "13 February",
            ),
            (
                "All DLs",
                "Send the Clerk their availability for King's Award assessment visits",
                "20 February",
            ),
            (
                "Mrs Varma and Mr Fenwick",
                "Organise honours nomination workshops in Marshby and Eastwold",
                "31 May",
            ),
            ("Clerk", "Set up the citizenship ceremony rota from April", "6 March"),
            (
                "Vice Lord-Lieutenant",
                "Circulate the Remembrance 2026 attendance list",
                "30 September",
            ),
        ],
    )
    set_widths(actions, (4.0, 9.5, 2.8))

    save_deterministic(document, HERE / f"{LIEUTENANCY_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 2. Lifeboat station management committee: table of contents, multilevel heading numbers,
#    check-box content controls in the action list.
# ---------------------------------------------------------------------------------------------

LIFEBOAT_NAME = "h12-docx-lifeboat-toc-checkboxes"

LIFEBOAT_HEADINGS = [
    # (level, number shown in the table of contents, title, page)
    (1, "1.", "Apologies and welcome", "1"),
    (1, "2.", "Minutes of the meeting of 8 December 2025", "1"),
    (1, "3.", "Operational report", "1"),
    (1, "4.", "Boat and equipment", "2"),
    (2, "4.1", "Lifeboat refit", "2"),
    (2, "4.2", "Launch tractor", "2"),
    (2, "4.3", "Crew kit", "2"),
    (1, "5.", "Fundraising and the shop", "2"),
    (1, "6.", "Crew and training", "3"),
    (1, "7.", "Coastguard declared facility list", "3"),
    (1, "8.", "Any other business", "3"),
    (1, "9.", "Date of next meeting", "3"),
]

LAUNCHES = [
    ("Date", "Time", "Tasking", "Outcome"),
    (
        "11 Dec",
        "14:20",
        "Yacht with fouled propeller, 2 nm SE of Carrow Head",
        "Towed to Porthcarrow harbour",
    ),
    (
        "27 Dec",
        "09:05",
        "Missing walker, cliffs at Polventon",
        "Stood down – found by Coastguard rescue team",
    ),
    (
        "4 Jan",
        "16:45",
        "Kayaker in difficulty off Gull Rock",
        "Casualty recovered, handed to ambulance",
    ),
    (
        "19 Jan",
        "22:10",
        "Fishing vessel taking water, Carrow Bay",
        "Pump put aboard, escorted to harbour",
    ),
    ("1 Feb", "11:30", "Paddleboarder blown offshore", "Casualty recovered, no injuries"),
]

CHECKBOX = (
    f'<w:sdt xmlns:w="{W_NS}" xmlns:w14="{W14_NS}">'
    '<w:sdtPr><w:id w:val="{sdt_id}"/><w14:checkbox>'
    '<w14:checked w14:val="{checked}"/>'
    '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
    '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
    "</w14:checkbox></w:sdtPr>"
    "<w:sdtContent><w:r><w:rPr>"
    '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
    "</w:rPr><w:t>{mark}</w:t></w:r></w:sdtContent></w:sdt>"
)


def add_checkbox(paragraph, sdt_id: int, checked: bool) -> None:
    xml = (
        CHECKBOX.replace("{sdt_id}", str(sdt_id))
        .replace("{checked}", "1" if checked else "0")
        .replace("{mark}", "\u2612" if checked else "\u2610")
    )
    paragraph._p.append(parse_xml(xml))


def lifeboat() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Station Management Committee – 9 February 2026", FIXED_TIME)
    styles = document.styles
    for name, indent in (("TOC 1", 0.0), ("TOC 2", 0.6)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.paragraph_format.left_indent = Cm(indent)
        style.paragraph_format.space_after = Pt(2)
        style.paragraph_format.tab_stops.add_tab_stop(
            Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
    heading_numbers = add_multilevel_numbering(
        document, [("%1.", "decimal", "Heading1"), ("%1.%2", "decimal", "Heading2")]
    )

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Porthcarrow Independent Lifeboat Trust – Station Management Committee"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.add_run("Registered charity no. 1094417\tPage ")
    add_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    add_field(footer, "NUMPAGES", "3")

    title = document.add_paragraph("PORTHCARROW INDEPENDENT LIFEBOAT TRUST", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = document.add_paragraph(
        "Station Management Committee – minutes of the meeting held in the crew room, "
        "Porthcarrow Lifeboat Station, on Monday 9 February 2026 at 7.00pm"
    )
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Geoff Trewin (Chair), Kerensa Hocking (Station Operations Manager), Dan Penrose "
        "(Coxswain), Alan Jory (Treasurer), Sue Laity (Shop Manager), Nick Beer (Training "
        "Co-ordinator), Harry Pengelly, Dr Ruth Saunders (Medical Adviser), Lowenna Carne "
        "(Secretary)",
    )
    labelled(document, "Apologies: ", "Tony Rowse (Deputy Launching Authority)")

    # Table of contents: a TOC field whose cached result is the list of headings.
    document.add_paragraph("Contents", style="TOC Heading")
    bookmarks = {}
    for index, (level, number, text, page) in enumerate(LIFEBOAT_HEADINGS):
        name = f"_Toc2260{index + 41:04d}"
        bookmarks[(number, text)] = (index + 10, name)
        entry = document.add_paragraph(style=f"TOC {level}")
        if index == 0:
            _field_char(entry, "begin")
            _instr(entry, 'TOC \\o "1-2" \\h \\z \\u')
            _field_char(entry, "separate")
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), name)
        link.set(qn("w:history"), "1")
        for piece in (f"{number}", "\t", text, "\t"):
            run = OxmlElement("w:r")
            if piece == "\t":
                run.append(OxmlElement("w:tab"))
            else:
                text_element = OxmlElement("w:t")
                text_element.set(qn("xml:space"), "preserve")
                text_element.text = piece
                run.append(text_element)
            link.append(run)
        # PAGEREF field inside the link.
        for kind, value in (
            ("begin", None),
            ("instr", f" PAGEREF {name} \\h "),
            ("separate", None),
            ("text", page),
            ("end", None),
        ):
            run = OxmlElement("w:r")
            if kind == "instr":
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = value
                run.append(instr)
            elif kind == "text":
                text_element = OxmlElement("w:t")
                text_element.text = value
                run.append(text_element)
            else:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run.append(char)
            link.append(run)
        entry._p.append(link)
        if index == len(LIFEBOAT_HEADINGS) - 1:
            _field_char(entry, "end")

    def heading(number: str, text: str, level: int = 1):
        paragraph = document.add_paragraph(text, style=f"Heading {level}")
        set_numbering(paragraph, heading_numbers, level - 1)
        bookmark_id, name = bookmarks[(number, text)]
        add_bookmark(paragraph, bookmark_id, name)
        return paragraph

    def para(text: str):
        return document.add_paragraph(text)

    def bullet(text: str) -> None:
        document.add_paragraph(text, style="List Bullet")

    first = heading("1.", "Apologies and welcome")
    first.paragraph_format.page_break_before = True
    para(
        "Apologies as above. The Chair welcomed Dr Ruth Saunders to her first meeting as the "
        "station's Medical Adviser."
    )

    heading("2.", "Minutes of the meeting of 8 December 2025")
    para("The Committee approved the minutes of the meeting of 8 December 2025.")

    heading("3.", "Operational report")
    para(
        "The Station Operations Manager reported five service launches since the last "
        "meeting, and two exercise launches with the Coastguard helicopter."
    )
    add_table(document, LAUNCHES)
    para("Committee members raised:").paragraph_format.space_before = Pt(6)
    bullet(
        "the 27 December launch was paged before the Coastguard rescue team had been asked "
        "to search the cliff top, and the station should ask for a debrief with the "
        "Coastguard;"
    )
    bullet(
        "four of the five launches were in daylight at weekends, and crew cover on weekday "
        "nights remains thin;"
    )
    bullet("the pagers are eight years old and two failed to alarm on 19 January.")
    para(
        "The Coxswain said that he would raise the 27 December launch at the next Coastguard "
        "liaison meeting."
    )

    heading("4.", "Boat and equipment")
    heading("4.1", "Lifeboat refit", level=2)
    para(
        "The refit of the lifeboat Spirit of Porthcarrow at Trelask Boatyard was completed on "
        "23 January at a cost of £31,200, against a budget of £28,000; the extra cost was for "
        "replacing corroded hull fittings found when the boat was lifted."
    )
    heading("4.2", "Launch tractor", level=2)
    para(
        "The tractor's clutch is slipping and the gearbox seals are leaking. Harry Pengelly "
        "proposed buying a reconditioned launch tractor for £46,000. The proposal was lost, 3 "
        "votes to 6."
    )
    para(
        "The Committee resolved to replace the tractor's clutch and gearbox seals at a cost of "
        "£8,400, and to review the tractor's condition again in a year."
    )
    heading("4.3", "Crew kit", level=2)
    para(
        "Agreed to buy six new drysuits at £890 each from the equipment reserve, to replace "
        "those more than ten years old."
    )

    heading("5.", "Fundraising and the shop")
    para(
        "The Shop Manager presented the shop accounts for 2025: sales of £58,740 and a profit "
        "of £19,310 passed to the Trust, the best year since the shop opened. The summer "
        "raffle raised £4,120."
    )
    para("The Committee noted the shop accounts for 2025.")

    heading("6.", "Crew and training")
    para(
        "The Training Co-ordinator reported that two trainees had completed their shore-based "
        "assessments and had been recommended by the Coxswain."
    )
    para(
        "The Committee approved the admission of Jago Rowe and Morwenna Tregear as "
        "probationary crew members."
    )

    heading("7.", "Coastguard declared facility list")
    para(
        "HM Coastguard has decided to keep Porthcarrow on its list of declared lifeboat "
        "facilities for 2026/27, following the inspection on 15 January, with no conditions. "
        "The Coastguard will inspect the station again in January 2027."
    )

    heading("8.", "Any other business")
    para(
        "The station open day will be on Saturday 25 July 2026, subject to the harbour "
        "master's agreement."
    )

    heading("9.", "Date of next meeting")
    para("Monday 13 April 2026 at 7.00pm, crew room.")

    label = document.add_paragraph("Action list")
    label.runs[0].bold = True
    label.paragraph_format.space_before = Pt(12)
    rows = [
        (True, "Send the refit invoice query to Trelask Boatyard", "Treasurer", "Jan"),
        (True, "Book the tractor service with Polgrain Agricultural", "Coxswain", "Jan"),
        (False, "Order the clutch and gearbox seals for the launch tractor", "Coxswain", "27 Feb"),
        (False, "Order six drysuits from the equipment reserve", "SOM", "6 Mar"),
        (
            False,
            "Arrange the probationary crew induction for Jago and Morwenna",
            "Training Co-ordinator",
            "20 Feb",
        ),
        (False, "Confirm the open day date with the harbour master", "Secretary", "31 Mar"),
    ]
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Done", "Action", "Who", "By"), strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "D9E2F3")
    mark_header_row(table.rows[0])
    for index, (done, action, who, due) in enumerate(rows):
        cells = table.add_row().cells
        add_checkbox(cells[0].paragraphs[0], 700 + index, done)
        cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cells[1].text = action
        cells[2].text = who
        cells[3].text = due
    set_widths(table, (1.4, 9.6, 3.6, 1.8))

    save_deterministic(document, HERE / f"{LIFEBOAT_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 3. Conservation area advisory committee: "1)" list-numbered headings, landscape section
#    with a vertically merged applications table, hyperlinks, Intense Quote.
# ---------------------------------------------------------------------------------------------

CAAC_NAME = "h12-docx-caac-landscape-advice-table"

PORTAL = "https://planning.kettlesford.gov.uk/online-applications/applicationDetails.do?ref="

APPLICATIONS = [
    # (area, reference, site, proposal, advice)
    (
        "Kettlesford Town Centre",
        "26/0042/FUL",
        "9 Market Place",
        "Replacement of timber sash windows with uPVC on the front elevation",
        "Objection. The sashes are original and the building is the best-preserved Georgian "
        "front on the north side of Market Place; they should be repaired, not replaced.",
    ),
    (
        "",
        "26/0057/ADV",
        "22 High Street (Brightways Vapes)",
        "Internally illuminated fascia and projecting signs",
        "Objection to the illumination; no objection to a painted timber fascia with external "
        "trough lighting.",
    ),
    (
        "",
        "26/0063/LBC",
        "The Old Corn Exchange, Sheep Street",
        "Internal alterations to form four flats on the upper floors",
        "No objection, subject to the retention of the cast-iron columns on the first floor.",
    ),
    (
        "Riverside",
        "26/0071/FUL",
        "Land rear of 14 Mill Lane",
        "Erection of a detached two-storey dwelling",
        "Deferred to the March meeting so that members can visit the site.",
    ),
    (
        "",
        "26/0078/HOU",
        "3 Wharf Cottages, Towpath",
        "Single-storey rear extension and rooflights",
        "No objection.",
    ),
]


def caac() -> None:
    document = new_document("Cambria", 11)
    fix_properties(document, "Kettlesford CAAC – 10 February 2026", FIXED_TIME)
    item_numbers = add_multilevel_numbering(document, [("%1)", "decimal", "Heading1")])

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Kettlesford Conservation Area Advisory Committee"
    page_footer(section)

    title = document.add_paragraph(
        "KETTLESFORD CONSERVATION AREA ADVISORY COMMITTEE", style="Title"
    )
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = document.add_paragraph(
        "Minutes of the meeting held at the Kettlesford Museum, Sheep Street, on Tuesday "
        "10 February 2026 at 6.30pm"
    )
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Judith Mallory (Chair, Kettlesford Civic Society), Robert Ainsworth (Kettlesford "
        "Historical Society), Claire Ndlovu (architect member), Philip Harcourt (Riverside "
        "Residents' Association), Anne Beckwith (Market Place Traders), Sam Ellery (Secretary)",
    )
    labelled(
        document,
        "In attendance: ",
        "Matthew Orme, Conservation Officer, Kettlesford Borough Council",
    )
    labelled(document, "Apologies: ", "Dr Helen Quarmby (Kettlesford Historical Society)")

    def item(text: str):
        paragraph = document.add_paragraph(text, style="Heading 1")
        set_numbering(paragraph, item_numbers)
        return paragraph

    def para(text: str):
        return document.add_paragraph(text)

    def bullet(text: str) -> None:
        document.add_paragraph(text, style="List Bullet")

    item("Apologies")
    para("Apologies were received from Dr Helen Quarmby.")

    item("Minutes of the meeting of 13 January 2026")
    para("The Committee agreed the minutes of the meeting of 13 January 2026.")

    item("Matters arising")
    para(
        "The Conservation Officer reported that the Borough Council's Planning Committee had "
        "refused application 25/1422/FUL (conversion of the Old Maltings to eleven flats) on "
        "18 January, for the reasons set out in this Committee's advice. The applicant has "
        "six months in which to appeal."
    )

    item("Planning applications")
    para(
        "The Committee considered the following applications in conservation areas. Its "
        "advice to the Borough Council is set out in the last column."
    ).paragraph_format.keep_with_next = True

    landscape = document.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = section.page_height, section.page_width
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells,
        ("Conservation area", "Application", "Site", "Proposal", "Committee's advice"),
        strict=True,
    ):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "E2EFD9")
    mark_header_row(table.rows[0])
    for area, reference, site, proposal, advice in APPLICATIONS:
        cells = table.add_row().cells
        if area:
            cells[0].text = area
        add_external_link(cells[1].paragraphs[0], PORTAL + reference, reference)
        cells[2].text = site
        cells[3].text = proposal
        cells[4].text = advice
    set_widths(table, (3.6, 2.8, 4.4, 6.0, 7.8))
    # Merge the conservation area column over the rows for each area.
    table.cell(1, 0).merge(table.cell(3, 0))
    table.cell(4, 0).merge(table.cell(5, 0))
    after = document.add_paragraph(
        "Claire Ndlovu declared an interest in 26/0063/LBC, as her practice had advised the "
        "previous owner, and took no part in the discussion of it."
    )
    after.paragraph_format.space_before = Pt(6)
    para(
        "ACTION: Secretary to arrange the site visit to the land rear of 14 Mill Lane before "
        "the March meeting."
    )

    portrait = document.add_section(WD_SECTION.NEW_PAGE)
    portrait.orientation = WD_ORIENT.PORTRAIT
    portrait.page_width, portrait.page_height = section.page_width, section.page_height

    item("Riverside – proposed Article 4 direction")
    para(
        "The Conservation Officer introduced the Borough Council's consultation. The "
        "consultation paper says:"
    )
    document.add_paragraph(
        "The Council proposes to make a direction under Article 4(1) removing permitted "
        "development rights for the replacement of windows and doors, the alteration of roofs "
        "and the painting of the exterior of dwellinghouses fronting the river in the "
        "Riverside Conservation Area.",
        style="Intense Quote",
    )
    para("Members' comments:")
    bullet(
        "most of the harm to Riverside in the last ten years has come from uPVC windows and "
        "doors, so the direction is overdue;"
    )
    bullet(
        "front boundary walls and railings are not covered, although several have been "
        "taken down to make parking spaces;"
    )
    bullet(
        "owners will need clear, simple guidance on what needs permission, or the direction "
        "will simply be ignored."
    )
    para(
        "The Committee agreed to support the proposed Article 4 direction for Riverside, and "
        "to ask that it also cover the demolition of front boundary walls and railings."
    )

    item("Draft shopfront design guide")
    para(
        "The Borough Council has published a draft shopfront design guide for consultation "
        "until 20 March."
    )
    para(
        "Judith Mallory will draft the Committee's comments on the shopfront design guide and "
        "circulate them to members by 6 March."
    )
    para("ACTION: Secretary to send the agreed comments to the Borough Council by 20 March.")

    item("Membership")
    para(
        "There are two vacancies on the Committee. The Chair said that she would write to the "
        "Civic Society about filling its second place."
    )
    para(
        "The Committee agreed to invite the Kettlesford Young Architects' Network to nominate "
        "a member."
    )

    item("Date of next meeting")
    para("Tuesday 10 March 2026, 6.30pm, Kettlesford Museum.")

    save_deterministic(document, HERE / f"{CAAC_NAME}.docx", FIXED_TIME)


def main() -> None:
    lieutenancy()
    lifeboat()
    caac()


if __name__ == "__main__":
    main()
