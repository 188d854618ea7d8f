"""Writes this round's three Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_9/make_docx.py`.

Each document is laid out the way a different kind of clerk types minutes in Word:

- h9-docx-harbour-commissioners-outline: a trust port's board of harbour commissioners whose
  agenda items are "Heading 1" paragraphs numbered by a Word multilevel list (level 1), with
  the minute paragraphs under them numbered by the same list at level 2 (1.1, 1.2 …); no
  number is in the text. A "Matters arising" Word table with Owner and Status columns, an
  operational statistics table, "List Bullet" points, a bold "Resolved:" run, a header and a
  footer with a PAGE field.
- h9-docx-csp-borderless-columns: a community safety partnership whose minutes are one
  borderless three-column table with no header row: number, minute text, and a right-hand
  column holding the owner's initials and due date beside each "X to …" line. Continuation
  rows (empty number cell) carry the action lines.
- h9-docx-tenant-panel-decision-boxes: a housing association's tenant scrutiny panel whose
  items are unnumbered "Heading 2" paragraphs, whose decisions sit in shaded one-cell
  tables ("The Panel resolved …"), with a "List Number" findings list that is not
  discussion, "List Bullet" points and "ACTION – <owner>: …" paragraphs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from word_parts import (  # noqa: E402
    add_field,
    add_list,
    add_table,
    list_level,
    new_document,
    set_numbering,
    shade,
)


def remove_borders(table) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def add_multilevel_numbering(document) -> int:
    """Adds a two-level "1." / "1.1" list to the numbering part and returns its numId."""
    return add_list(
        document,
        list_level(0, "%1.", indent=567) + list_level(1, "%1.%2", indent=1134, hanging=567),
        multilevel=True,
    )


# ---------------------------------------------------------------------------------------------
# 1. Harbour commissioners: Heading 1 items numbered by a Word multilevel list.
# ---------------------------------------------------------------------------------------------

HARBOUR_NAME = "h9-docx-harbour-commissioners-outline"

HARBOUR_MATTERS = [
    ("Minute", "Matter", "Update", "Owner", "Status"),
    (
        "Nov 5.2",
        "Obtain quotes for replacing the fuel berth hoses",
        "Two quotes received; order to be placed in February",
        "HM",
        "Open",
    ),
    (
        "Nov 6.3",
        "Write to the District Council about parking on the North Quay",
        "Letter sent 2 December; reply received",
        "CEO",
        "Closed",
    ),
    (
        "Nov 7.1",
        "Arrange Commissioners' training on the Port Marine Safety Code",
        "Booked for 12 March with the Designated Person",
        "CEO",
        "Closed",
    ),
    (
        "Sept 8.4",
        "Review the berthing charges for visiting yachts",
        "Deferred until the new pontoons are installed",
        "HM / FM",
        "Carried forward",
    ),
]

HARBOUR_STATS = [
    ("", "Oct–Dec 2025", "Oct–Dec 2024"),
    ("Commercial vessel arrivals", "64", "58"),
    ("Cargo handled (tonnes)", "41,300", "37,950"),
    ("Fish landed (tonnes)", "612", "688"),
    ("Visiting yacht nights", "210", "245"),
    ("Marine incidents reported", "3", "5"),
]


def harbour() -> None:
    document = new_document("Cambria", 11)
    num_id = add_multilevel_numbering(document)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "PORTHAVEN HARBOUR COMMISSIONERS – UNCONFIRMED MINUTES"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.add_run("Board of Commissioners – 29 January 2026\t\tPage ")
    add_field(footer, "PAGE", "1")

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("PORTHAVEN HARBOUR COMMISSIONERS")
    run.bold = True
    run.font.size = Pt(14)
    document.add_paragraph(
        "Minutes of the meeting of the Board of Commissioners held in the Board Room, Harbour "
        "Office, The Strand, Porthaven, on Thursday 29 January 2026 at 2.00pm"
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    present = document.add_paragraph()
    present.add_run("Commissioners present: ").bold = True
    present.add_run(
        "Mrs Elaine Tregarthen (Chair), Mr Peter Holman (Deputy Chair), Captain Robert Nance, "
        "Mr Simon Pascoe, Ms Kerenza Rowe, Mr Gareth Vosper, Mrs Alison Widdicombe"
    )
    attending = document.add_paragraph()
    attending.add_run("In attendance: ").bold = True
    attending.add_run(
        "Mr Julian Penrose (Chief Executive, CEO), Captain Mark Tamblyn (Harbour Master, HM), "
        "Mrs Nicola Chenoweth (Finance Manager, FM), Miss Amy Jago (Board Secretary)"
    )

    def item(title: str) -> None:
        paragraph = document.add_paragraph(title, style="Heading 1")
        set_numbering(paragraph, num_id, 0)

    def para(text: str):
        paragraph = document.add_paragraph(text)
        set_numbering(paragraph, num_id, 1)
        return paragraph

    item("Apologies and declarations of interest")
    para("Apologies were received from Dr Rachel Bolitho.")
    para(
        "Mr Pascoe declared an interest in item 6 as a director of Pascoe Marine Services Ltd, "
        "which had not tendered for the dredging contract."
    )

    item("Minutes of the meeting held on 27 November 2025")
    para("The Board approved the minutes of the meeting held on 27 November 2025.")

    item("Matters arising")
    para("The Board Secretary presented the schedule of matters arising from earlier meetings.")
    add_table(document, HARBOUR_MATTERS)

    item("Harbour Master's report")
    para(
        "The Harbour Master presented his report for the quarter to 31 December 2025. Cargo "
        "throughput was up by 9 per cent, mainly aggregates for the Trevean wind farm cable "
        "project, while fish landings were down because of the poor weather in November."
    )
    add_table(document, HARBOUR_STATS)
    document.add_paragraph("Commissioners' comments:")
    for text in (
        "the increase in cargo was welcome, but the wind farm work would end in 2027 and the "
        "Board needed to plan for what follows;",
        "two of the three marine incidents involved leisure craft entering the harbour at night "
        "without lights, and the Harbour Master should consider a campaign with the sailing "
        "club;",
        "the fishing fleet is worried about the cost of the new ice plant charges.",
    ):
        document.add_paragraph(text, style="List Bullet")
    para("The Board noted the Harbour Master's report.")
    para(
        "The Harbour Master will issue a Local Notice to Mariners about the maintenance dredging "
        "in the inner harbour."
    )

    item("Finance – budget and harbour dues 2026")
    para(
        "The Finance Manager presented the draft budget for 2026, showing income of £2.86 "
        "million and an operating surplus of £214,000 to be put towards the pontoon "
        "replacement reserve."
    )
    para("The Board approved the budget for 2026.")
    dues = para("")
    dues.add_run("Resolved: ").bold = True
    dues.add_run(
        "that harbour dues and charges be increased by 4.5 per cent from 1 April 2026, except "
        "fish landing dues, which are frozen for a further year."
    )

    item("Maintenance dredging 2026")
    para(
        "The Chief Executive reported that the Marine Management Organisation had granted the "
        "Commissioners a marine licence for maintenance dredging of up to 48,000 cubic metres "
        "a year for ten years. Three tenders had been received for the 2026 campaign."
    )
    para(
        "The Board agreed to award the 2026 maintenance dredging contract to Tamar Dredging Ltd "
        "for £386,500."
    )
    para("Chief Executive to sign the contract and agree the start date with the Harbour Master.")

    item("Port Marine Safety Code")
    para(
        "The Designated Person's annual audit had found the Safety Management System to be "
        "effective, with two minor recommendations on the recording of pilot training."
    )
    para(
        "The Board, as Duty Holder, endorsed the Safety Management System review and the "
        "Designated Person's audit report."
    )

    item("Appointment of Commissioners")
    para(
        "The Appointments Panel had interviewed four candidates for the vacancy left by Mr "
        "Lanyon. It was proposed by Mrs Tregarthen, seconded by Mr Holman, that Ms Jenna Kitto be "
        "appointed as a Commissioner for three years from 1 March 2026. Carried unanimously."
    )
    para(
        "The Department for Transport will be told of the appointment under the Harbour "
        "Revision Order."
    )

    item("Any other business")
    para(
        "Mr Vosper reported that the slipway at Polwidden Cove was breaking up at its lower "
        "end. The Harbour Master said that it was on the list for inspection in the spring."
    )

    document.add_paragraph(
        "Date of next meeting: Thursday 26 March 2026 at 2.00pm, Board Room, Harbour Office."
    )
    document.add_paragraph("Signed ………………………………… Chair\t\tDate ……………………")
    document.save(HERE / f"{HARBOUR_NAME}.docx")


# ---------------------------------------------------------------------------------------------
# 2. Community safety partnership: one borderless three-column table.
# ---------------------------------------------------------------------------------------------

CSP_NAME = "h9-docx-csp-borderless-columns"

# Each row: (number, title or "", list of blocks, right-hand column text).
# A block is ("p", text) or ("b", text) for a List Bullet paragraph.
CSP_ROWS = [
    (
        "1",
        "Welcome, introductions and apologies",
        [
            (
                "p",
                "The Chair welcomed partners. Apologies were received from Supt Helen Dray "
                "(Police; Inspector Moss attending) and Karl Evans (Probation).",
            ),
        ],
        "",
    ),
    (
        "2",
        "Minutes and action log",
        [
            ("p", "The Partnership agreed the minutes of the meeting held on 30 October 2025."),
            (
                "p",
                "All actions on the log were complete apart from the review of the CCTV "
                "monitoring agreement, which will come to the April meeting.",
            ),
        ],
        "",
    ),
    (
        "3",
        "Strategic Assessment 2025/26",
        [
            (
                "p",
                "Kirsty Bain (Community Safety Analyst) presented the annual Strategic "
                "Assessment. Total recorded crime in the district fell by 4 per cent, but "
                "shoplifting rose by 31 per cent and violence with injury in the night-time "
                "economy by 12 per cent.",
            ),
            ("p", "Partners commented:"),
            (
                "b",
                "shoplifting is now linked to organised groups as well as to drug use, and the "
                "retailers' radio scheme needs more shops to join;",
            ),
            (
                "b",
                "the rise in violence is concentrated in two streets and between midnight and "
                "3am on Saturdays;",
            ),
            (
                "b",
                "reports of domestic abuse have risen, which may reflect more confidence in "
                "reporting rather than more abuse;",
            ),
            (
                "b",
                "young people's views should be part of next year's assessment.",
            ),
            (
                "p",
                "AGREED: that the Partnership's priorities for 2026/27 be serious violence, "
                "domestic abuse, retail crime and anti-social behaviour.",
            ),
        ],
        "",
    ),
    (
        "",
        "",
        [("p", "Community Safety Analyst to circulate the final assessment to all partners.")],
        "KB – 13 Feb",
    ),
    (
        "4",
        "Serious Violence Duty – strategy refresh",
        [
            (
                "p",
                "Rachel Munro (Serious Violence Coordinator) presented the refreshed Serious "
                "Violence Strategy, which adds a new focus on knife crime among under-18s and "
                "a violence reduction pilot with the two secondary schools in Castleford.",
            ),
            ("p", "The Partnership AGREED to adopt the refreshed Serious Violence Strategy."),
        ],
        "",
    ),
    (
        "",
        "",
        [("p", "Serious Violence Coordinator to publish the strategy on the Council's website.")],
        "RM – 27 Feb",
    ),
    (
        "5",
        "Domestic Homicide Review – \u201cJane\u201d",
        [
            (
                "p",
                "Dawn Whitley (Community Safety Manager) reported that the Home Office Quality "
                "Assurance Panel had approved the overview report for publication, subject to "
                "minor changes to the executive summary, which had now been made.",
            ),
            (
                "p",
                "The Partnership agreed to publish the review on 16 March 2026, with the "
                "family's agreement.",
            ),
        ],
        "",
    ),
    (
        "",
        "",
        [
            (
                "p",
                "Community Safety Manager to meet Jane's family to share the final report "
                "before publication.",
            )
        ],
        "DW – 6 Mar",
    ),
    (
        "6",
        "Police and Crime Commissioner community safety grant",
        [
            (
                "p",
                "The Police and Crime Commissioner had decided to allocate £72,400 to the "
                "Partnership for 2026/27, the same as this year. The Community Safety Manager "
                "presented a spending plan that keeps the ASB caseworker, the Safe Place scheme "
                "and the Street Pastors grant.",
            ),
            ("p", "The Partnership approved the spending plan for the 2026/27 grant."),
        ],
        "",
    ),
    (
        "7",
        "Anti-social behaviour – Castleford town centre",
        [
            (
                "p",
                "Inspector Jason Moss described the dispersal order used in the bus station "
                "area over the Christmas period. Reports of ASB in the town centre fell by a "
                "third while it was in force. Partners discussed whether a Public Spaces "
                "Protection Order would be more effective, but felt that the evidence was not "
                "yet strong enough.",
            ),
            (
                "p",
                "Inspector Moss will share the ASB hotspot map with the Castleford Business "
                "Improvement District.",
            ),
        ],
        "JM",
    ),
    (
        "8",
        "Any other business",
        [
            (
                "p",
                "The next round of the Safer Streets funding will open in April; the guidance "
                "is expected in March.",
            ),
        ],
        "",
    ),
]


def csp() -> None:
    document = new_document("Arial", 10)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Safer Castleford Partnership\tOFFICIAL"
    footer = section.footer.paragraphs[0]
    footer.text = "Safer Castleford Partnership Board – minutes – 4 February 2026"

    document.add_heading("Safer Castleford Partnership Board", level=1)
    document.add_paragraph(
        "Minutes of the meeting held on Wednesday 4 February 2026, 2.00pm – 4.00pm, Room 1.14, "
        "Castleford District Council offices"
    )
    present = document.add_paragraph()
    present.add_run("Present: ").bold = True
    present.add_run(
        "Cllr Lorraine Hebden (Chair, Castleford District Council); Dawn Whitley (Community "
        "Safety Manager, DW); Inspector Jason Moss (Police, JM); Rachel Munro (Serious Violence "
        "Coordinator, RM); Kirsty Bain (Community Safety Analyst, KB); Paul Oakes (Fire and "
        "Rescue); Sarah Lister (ICB); Tim Rudd (Hollybank Housing)"
    )

    table = document.add_table(rows=0, cols=3)
    remove_borders(table)
    for number, title, blocks, right in CSP_ROWS:
        cells = table.add_row().cells
        cells[0].text = number
        cells[2].text = right
        minute = cells[1]
        first = minute.paragraphs[0]
        if title:
            first.add_run(title).bold = True
            first.add_run().add_break()
        first.add_run(blocks[0][1])
        for kind, text in blocks[1:]:
            if kind == "b":
                minute.add_paragraph(text, style="List Bullet")
            else:
                minute.add_paragraph(text)
    for row in table.rows:
        row.cells[0].width = Cm(1.2)
        row.cells[1].width = Cm(13.3)
        row.cells[2].width = Cm(2.5)

    document.add_paragraph(
        "Date of next meeting: Wednesday 22 April 2026, 2.00pm, Room 1.14, District Council "
        "offices."
    )
    document.save(HERE / f"{CSP_NAME}.docx")


# ---------------------------------------------------------------------------------------------
# 3. Tenant scrutiny panel: unnumbered Heading 2 items and shaded decision boxes.
# ---------------------------------------------------------------------------------------------

PANEL_NAME = "h9-docx-tenant-panel-decision-boxes"


def panel() -> None:
    document = new_document("Calibri", 11)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Moorfield Homes – Tenant Scrutiny Panel"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.text = "These notes are draft until agreed at the next Panel meeting."
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    document.add_heading("Tenant Scrutiny Panel – meeting notes", level=1)
    document.add_paragraph(
        "Tuesday 10 February 2026, 10.30am – 1.00pm, Community Room, Moorfield Homes, "
        "Station Road, Hexley"
    )
    present = document.add_paragraph()
    present.add_run("Panel members: ").bold = True
    present.add_run(
        "Maureen Daley (Chair), Kwame Asante (Vice-Chair), Brenda Cowell, Ian Fairclough, "
        "Yasmin Haq, Geoff Pollitt, Teresa Quinn, Alan Sutcliffe"
    )
    staff = document.add_paragraph()
    staff.add_run("Staff: ").bold = True
    staff.add_run(
        "Joanne Marsh (Scrutiny Officer), Kelly Ward (Involvement Officer), Steve Hanley "
        "(Head of Repairs, for the repairs review only)"
    )
    apologies = document.add_paragraph()
    apologies.add_run("Apologies: ").bold = True
    apologies.add_run("Pat Lumb")

    def item(title: str) -> None:
        document.add_heading(title, level=2)

    def decision(*lines: str) -> None:
        table = document.add_table(rows=1, cols=1)
        table.style = "Table Grid"
        cell = table.rows[0].cells[0]
        shade(cell, "E2EFDA")
        cell.paragraphs[0].add_run(lines[0]).bold = True
        for line in lines[1:]:
            cell.add_paragraph(line)
        document.add_paragraph()

    def action(owner: str, text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"ACTION – {owner}: ").bold = True
        paragraph.add_run(text)

    item("Welcome and apologies")
    document.add_paragraph("Maureen welcomed everyone. Apologies from Pat Lumb.")

    item("Declarations of interest")
    document.add_paragraph(
        "Geoff said that he had had a repairs appointment missed in December, which was in the "
        "sample for the repairs review. The Chair said that this was not a conflict."
    )

    item("Notes of the last meeting")
    decision("The Panel resolved to approve the notes of the meeting held on 8 December 2025.")

    item("Scrutiny review: repairs appointments – final report")
    document.add_paragraph(
        "Joanne took the Panel through the final report of the review of repairs "
        "appointments, which was based on 120 tenant surveys, mystery shopping of the repairs "
        "line and two visits to the repairs team. The main findings were:"
    )
    for text in (
        "one in five appointments in the sample was missed or changed on the day;",
        "tenants were not told when an operative was running late;",
        "appointments were offered only as all-day or morning and afternoon slots;",
        "the repairs team's own figures counted a rearranged appointment as kept.",
    ):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph(
        "Steve Hanley said that the new scheduling system would allow two-hour slots from the "
        "summer."
    )
    document.add_paragraph("Panel members' comments:")
    for text in (
        "tenants who work cannot take a whole day off for a repair, so the two-hour slots are "
        "the most important change;",
        "a text message when the operative is on the way would save a lot of phone calls;",
        "the way missed appointments are counted has to change first, or the figures will "
        "always look better than tenants' experience.",
    ):
        document.add_paragraph(text, style="List Bullet")
    decision(
        "The Panel resolved:",
        "1. to approve the final report of the repairs appointments review; and",
        "2. to present its six recommendations to the Moorfield Homes Board on 24 March 2026.",
    )
    action("Chair", "present the report and recommendations to the Board on 24 March.")

    item("Landlord's response to the damp and mould review")
    document.add_paragraph(
        "The Board had accepted five of the Panel's six recommendations from the damp and "
        "mould review in November. It had not accepted the recommendation to inspect every "
        "home each year, because of the cost, but had agreed to inspect the 1,400 homes with "
        "a history of damp every year instead."
    )
    decision(
        "The Panel resolved to note the Board's response and to review progress on the "
        "action plan in September 2026."
    )

    item("Choosing the next review")
    document.add_paragraph(
        "Panel members voted on the three topics shortlisted at the last meeting: anti-social "
        "behaviour case handling (5 votes), communal cleaning (2 votes) and the complaints "
        "process (1 vote)."
    )
    decision(
        "The Panel resolved that its next review will be of anti-social behaviour case handling."
    )
    action("Scrutiny Officer", "draft the scope of the ASB review and circulate it by 13 March.")

    item("Training and expenses")
    document.add_paragraph(
        "Kelly presented the revised expenses policy, which now covers the cost of a carer or "
        "childcare while members attend meetings. The workshop on reading performance data "
        "will be held on 15 April."
    )
    decision("The Panel resolved to adopt the revised expenses policy.")
    action("Involvement Officer", "book the room and lunch for the data workshop.")

    item("Any other business")
    document.add_paragraph(
        "Alan proposed that the Panel meet every month instead of every six weeks. The "
        "proposal was not supported (2 for, 6 against). Teresa thanked Joanne for the work "
        "on the repairs report."
    )
    document.add_paragraph("Date of next meeting: Tuesday 24 March 2026, 10.30am, Community Room.")
    document.save(HERE / f"{PANEL_NAME}.docx")


def main() -> None:
    harbour()
    csp()
    panel()


if __name__ == "__main__":
    main()
