"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_16/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

Like rounds 14 and 15, this round is meant to be representative of the Word minutes clerks
most often upload, so each document uses ordinary Word features, laid out the way a
different kind of clerk types them:

- h16-docx-town-council-minute-table: a town council whose minutes are one two-column table
  (Minute No. / Minute) with a shaded header row that repeats on each page; the typed minute
  number (`25/131`) in the first cell, a bold capitalised title at the top of the second;
  bold "RESOLVED" runs, "Proposed … seconded …" lines, bold-italic sub-headings (a)–(c),
  "List Bullet" paragraphs in cells (the Town Mayor's engagements, the discussion points and
  the correspondence); header and signature / "Page n of m" footer.
- h16-docx-parish-council-item-headings: a parish council whose items are bold Normal
  paragraphs typed "Item 5 – Finance", with typed sub-headings `5.1` underlined; indented
  "RESOLVED:" paragraphs followed by who proposed and seconded; a payments table; task lines
  with the owner at a right-aligned tab stop ("Action: Clerk"); "List Bullet" points and a
  "List Bullet" clerk's report; PAGE footer.
- h16-docx-police-joint-audit-committee: a police and crime commissioner's and chief
  constable's joint audit committee: "OFFICIAL" protective marking in the header and footer,
  "Title", an attendance table, "Heading 2" items with typed numbers, "List Bullet" questions
  with answers, "The Committee noted / approved / recommended / agreed", and all the tasks
  in an "Actions arising" table after the last item.
- h16-docx-academy-trust-finance-committee: a multi-academy trust's finance, audit and risk
  committee whose items are "Heading 1" paragraphs numbered by a Word list (the numbers are
  not in the text); a management accounts table; "Questions from trustees:" "List Bullet"
  points; bold "AGREED:" and "ACTION:" runs; header and PAGE footer.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from word_parts import (  # noqa: E402
    add_decimal_list,
    add_table,
    bold_header_row,
    bold_then,
    fix_properties,
    indented,
    labelled,
    new_document,
    page_footer,
    page_x_of_y,
    repeat_header_row,
    save_deterministic,
    set_numbering,
    set_widths,
)

FIXED_TIME = dt.datetime(2026, 3, 31, 9, 40, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------------
# 1. Town council: the whole minutes in a two-column Minute No. / Minute table.
# ---------------------------------------------------------------------------------------------

TOWN_NAME = "h16-docx-town-council-minute-table"


def town() -> None:
    document = new_document("Arial", 10)
    fix_properties(document, "Whitcastle Town Council – Minutes – 23 February 2026", FIXED_TIME)

    section = document.sections[0]
    section.left_margin = Cm(2.0)
    section.right_margin = Cm(2.0)
    header = section.header.paragraphs[0]
    header.text = "Whitcastle Town Council – Town Council meeting – 23 February 2026"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.add_run("Signed …………………………… Town Mayor      Date ……………\t")
    page_x_of_y(footer)

    document.add_paragraph("WHITCASTLE TOWN COUNCIL", style="Title")
    intro = document.add_paragraph()
    intro.add_run(
        "Minutes of the meeting of the Town Council held in the Assembly Room, Whitcastle "
        "Guildhall, on Monday 23 February 2026 at 7.00pm"
    ).bold = True

    present = labelled(document, "Present: ", "The Town Mayor, Cllr Gwen Lathbury (in the Chair)")
    present.add_run().add_break(WD_BREAK.LINE)
    present.add_run(
        "Cllrs Colin Anstruther, Bethan Hamer-Jones, Lewis Honeybourne, Dorothy Ingleby, Sunil "
        "Jassal, Marion Prowse, Alastair Sinclair, Rebecca Tolhurst and Joseph Wardle"
    )
    labelled(
        document,
        "In attendance: ",
        "Michael Otterburn (Town Clerk), Megan Pardoe (Deputy Town Clerk), District Cllr "
        "Harriet Quenby, six members of the public and one member of the press",
    )

    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Minute No."
    table.rows[0].cells[1].text = "Minute"
    bold_header_row(table, "DDEBF7")
    repeat_header_row(table)

    def row(number: str, title_text: str):
        cells = table.add_row().cells
        cells[0].text = number
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].paragraphs[0].add_run(title_text).bold = True
        return cells[1]

    def text(cell, value: str):
        return cell.add_paragraph(value)

    def resolved(cell, value: str):
        return bold_then(cell.add_paragraph(), "RESOLVED ", value)

    def sub_heading(cell, value: str):
        run = cell.add_paragraph().add_run(value)
        run.bold = True
        run.italic = True

    def bullet(cell, value: str):
        return cell.add_paragraph(value, style="List Bullet")

    cell = row("25/131", "APOLOGIES FOR ABSENCE")
    text(
        cell,
        "Apologies were received from Cllr Ruth Daintith (holiday) and Cllr Kevin Edgecombe (work "
        "commitments).",
    )

    cell = row("25/132", "DECLARATIONS OF INTEREST")
    text(
        cell,
        "Cllr Honeybourne declared a pecuniary interest in minute 25/138 as a director of a "
        "company that supplies play and skate equipment, and left the room for that item.",
    )

    cell = row("25/133", "PUBLIC PARTICIPATION")
    text(
        cell,
        "Mr Clifford Kitson complained about dog fouling on the footpath between Priory Fields "
        "and the railway station, which is used by children walking to Whitcastle Academy. "
        "The Clerk to ask Sedgebury District Council's dog warden to patrol the footpath at "
        "school times and to request two more dog bins.",
    )
    text(
        cell,
        "Mrs Ann Veitch spoke in support of the skate park refurbishment on behalf of the "
        "Friends of Priory Park.",
    )

    cell = row("25/134", "MINUTES")
    text(cell, "Proposed by Cllr Sinclair, seconded by Cllr Hamer-Jones.")
    resolved(
        cell,
        "that the minutes of the Town Council meeting held on 26 January 2026 be approved and "
        "signed by the Town Mayor as a correct record.",
    )

    cell = row("25/135", "TOWN MAYOR'S ANNOUNCEMENTS")
    text(cell, "The Town Mayor had attended:")
    bullet(cell, "the Whitcastle Male Voice Choir's 90th anniversary concert, 31 January;")
    bullet(cell, "the opening of the new sensory room at Priory Fields Primary School, 6 February;")
    bullet(cell, "the Sedgebury Chairman's charity dinner, 14 February.")

    cell = row("25/136", "FINANCE")
    sub_heading(cell, "(a) Schedule of payments")
    resolved(
        cell,
        "to approve the payments listed in the schedule for January 2026, totalling "
        "£18,412.07, which had been checked against the invoices by Cllr Ingleby.",
    )
    sub_heading(cell, "(b) Budget monitoring")
    text(
        cell,
        "The Council noted the budget monitoring report to 31 January 2026, which showed "
        "spending at 79% of the annual budget after ten months.",
    )
    sub_heading(cell, "(c) Internal audit 2025/26")
    resolved(
        cell,
        "to appoint Keel Audit Services to carry out the internal audit for 2025/26 at a fee "
        "of £640.",
    )

    cell = row("25/137", "PLANNING APPLICATIONS")
    text(cell, "26/00042/HOU – 14 Castle View – two-storey rear extension")
    text(cell, "26/00051/LBC – The Old Bakehouse, 3 Market Street – replacement shop front")
    text(cell, "26/00057/FUL – Land rear of 22–28 Priory Road – erection of four dwellings")
    resolved(
        cell,
        "to make no objection to applications 26/00042/HOU and 26/00051/LBC, and to object to "
        "application 26/00057/FUL on the grounds of overdevelopment, the loss of parking and "
        "the narrow access from Priory Road.",
    )

    cell = row("25/138", "PRIORY PARK SKATE PARK REFURBISHMENT")
    text(cell, "Cllr Honeybourne had left the room.")
    text(
        cell,
        "The Deputy Town Clerk reported on the three quotations received: Rampworks Ltd, "
        "£38,600 (concrete); Urban Ramps Direct, £36,900 (steel ramps on the existing base); "
        "and Tarmac and Timber Skateparks, £44,150 (concrete). Rampworks Ltd had built the "
        "concrete park at Sedgebury Leisure Centre in 2023.",
    )
    text(cell, "Members made the following points:")
    bullet(
        cell,
        "a concrete park would last at least 25 years, against about ten for steel ramps, and "
        "would be quieter for the houses on Priory Road;",
    )
    bullet(
        cell,
        "the young people who use the park had asked for a bowl, which only the two concrete "
        "designs included;",
    )
    bullet(
        cell,
        "the work should be done in the autumn so that the park is not closed during the "
        "summer holidays.",
    )
    text(
        cell,
        "Cllr Prowse proposed that the decision be deferred until the young people's survey "
        "closed in April. There was no seconder.",
    )
    text(cell, "Proposed by Cllr Tolhurst, seconded by Cllr Wardle.")
    resolved(
        cell,
        "to accept the quotation from Rampworks Ltd of £38,600 for a concrete skate park, "
        "funded from Community Infrastructure Levy receipts (£30,000) and the play areas "
        "earmarked reserve (£8,600).",
    )
    text(
        cell,
        "The Town Clerk to place the order and to claim the Community Infrastructure Levy "
        "funds from Sedgebury District Council.",
    )
    text(cell, "Cllr Honeybourne returned to the meeting.")

    cell = row("25/139", "ANNUAL TOWN MEETING")
    text(
        cell,
        "It was agreed that the Annual Town Meeting be held on Wednesday 22 April 2026 at "
        "7.00pm in the Guildhall.",
    )
    text(
        cell,
        "The Deputy Town Clerk will invite the town's clubs and societies to display their "
        "work at the meeting.",
    )

    cell = row("25/140", "CORRESPONDENCE")
    text(cell, "The following correspondence had been circulated:")
    bullet(
        cell, "Sedgebury District Council – consultation on the draft Local Plan, closing 20 March;"
    )
    bullet(cell, "Whitcastle in Bloom – thanks for the Council's grant;")
    bullet(
        cell,
        "Mr and Mrs Haythornthwaite – request for a bench in the cemetery in memory of their son.",
    )

    cell = row("25/141", "EXCLUSION OF THE PRESS AND PUBLIC")
    resolved(
        cell,
        "that, under section 1(2) of the Public Bodies (Admission to Meetings) Act 1960, the "
        "press and public be excluded for the next item, which concerns a member of staff.",
    )

    cell = row("25/142", "STAFFING")
    resolved(
        cell,
        "to accept the recommendation of the Personnel Committee that the Town Clerk's salary "
        "be moved to spinal column point 38 from 1 April 2026.",
    )

    set_widths(table, (2.4, 14.6))

    closing = document.add_paragraph("The meeting closed at 8.47pm.")
    closing.paragraph_format.space_before = Pt(10)

    save_deterministic(document, HERE / f"{TOWN_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 2. Parish council: bold "Item n – Title" paragraphs and indented RESOLVED paragraphs.
# ---------------------------------------------------------------------------------------------

PARISH_NAME = "h16-docx-parish-council-item-headings"

PARISH_PAYMENTS = [
    ("Payee", "Details", "Amount"),
    ("Lorna Haddow", "Clerk's salary, February and March", "£712.40"),
    ("HMRC", "PAYE, February and March", "£142.60"),
    ("Nether Colby Reading Room", "Room hire, January and March", "£48.00"),
    ("Colby Vale Landscapes", "Hedge cutting, playing field", "£265.00"),
    ("Society of Local Council Clerks", "Clerk's membership 2026/27", "£116.63"),
]


def parish() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Nether Colby Parish Council – Minutes – 9 March 2026", FIXED_TIME)

    section = document.sections[0]
    page_footer(section, "Nether Colby Parish Council – 9 March 2026 – ")

    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading_run = heading.add_run("NETHER COLBY PARISH COUNCIL")
    heading_run.bold = True
    heading_run.font.size = Pt(16)
    sub = document.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run(
        "Minutes of the Parish Council meeting held on Monday 9 March 2026 at 7.30pm in the "
        "Reading Room, Nether Colby"
    )

    labelled(
        document,
        "Present: ",
        "Cllr Peter Rushworth (Chairman), Cllr Jane Beardsell, Cllr Roger Hartigan, Cllr "
        "Tanya Ridler, Cllr Edwin Sowerby",
    )
    labelled(
        document,
        "In attendance: ",
        "Lorna Haddow (Clerk and RFO), County Cllr Meera Goodwillie, 5 members of the public",
    )

    right_edge = section.page_width - section.left_margin - section.right_margin

    def item(title_text: str):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(title_text).bold = True
        return paragraph

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def sub_item(title_text: str):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(title_text).underline = True
        return paragraph

    def resolved(text_value: str, moved: str = ""):
        paragraph = indented(document, "", 1.0)
        bold_then(paragraph, "RESOLVED: ", text_value)
        if moved:
            paragraph.add_run().add_break(WD_BREAK.LINE)
            paragraph.add_run(moved).italic = True
        return paragraph

    def task(text_value: str, owner: str):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(right_edge, WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(text_value + "\t")
        paragraph.add_run(f"Action: {owner}").bold = True
        return paragraph

    item("Item 1 – Welcome and apologies for absence")
    para(
        "The Chairman welcomed everyone to the meeting. Apologies were received from Cllr "
        "Alison Gedge (holiday)."
    )

    item("Item 2 – Declarations of interest and requests for dispensations")
    para(
        "Cllr Ridler declared a non-registrable interest in Item 8, as her house adjoins the "
        "playing field. No dispensations were requested."
    )

    item("Item 3 – Public open session")
    para(
        "Two residents of Colby Road spoke about speeding traffic through the village, "
        "especially in the mornings. The Chairman said that the Council would discuss this "
        "under Item 7. A resident asked when the hedge on the Mill Lane footpath would be cut; "
        "the Clerk explained that it is the landowner's responsibility and that he had been "
        "reminded."
    )

    item("Item 4 – Minutes of the meeting held on 12 January 2026")
    resolved(
        "that the minutes of the meeting held on 12 January 2026 be signed as a true record.",
        "Proposed Cllr Ridler, seconded Cllr Beardsell; all in favour.",
    )

    item("Item 5 – Finance")
    sub_item("5.1 Payments")
    resolved(
        "to approve the payments listed below, totalling £1,284.63.",
        "Proposed Cllr Sowerby, seconded Cllr Hartigan; all in favour.",
    )
    payments = add_table(document, PARISH_PAYMENTS)
    set_widths(payments, (5.5, 7.5, 2.5))
    sub_item("5.2 Bank reconciliation")
    para(
        "The Council noted the bank reconciliation to 28 February 2026, which had been checked "
        "and signed by Cllr Beardsell. The balance was £14,377.19."
    )
    sub_item("5.3 Grant request")
    resolved(
        "to award a grant of £250 under section 137 of the Local Government Act 1972 to Nether "
        "Colby Pre-school towards new outdoor play equipment.",
        "Proposed Cllr Hartigan, seconded Cllr Rushworth; 4 in favour, 1 abstention.",
    )

    item("Item 6 – Planning")
    para("26/0318/HH – 4 Mill Cottages, Mill Lane – single-storey side extension.")
    resolved("to support the application.")
    para(
        "26/0342/FUL – Land east of Hall Farm, Colby Road – conversion of an agricultural "
        "building to two dwellings."
    )
    resolved(
        "to object to the application on the grounds of highway safety at the Colby Road "
        "access, where visibility is poor."
    )

    item("Item 7 – Highways and footpaths")
    para(
        "County Cllr Goodwillie reported that the County Council's traffic survey in November "
        "had recorded an average speed of 37mph on Colby Road, in the 30mph limit."
    )
    para("The following points were raised in discussion:")
    document.add_paragraph(
        "at least six volunteers would be needed to run Community Speedwatch sessions, and "
        "two residents at the meeting had offered to help;",
        style="List Bullet",
    )
    document.add_paragraph(
        "a permanent speed indicator device would cost around £3,000 and the Council has no "
        "budget for it this year;",
        style="List Bullet",
    )
    document.add_paragraph(
        "the 30mph signs at the Hall Farm end are hidden by the hedge for most of the summer;",
        style="List Bullet",
    )
    document.add_paragraph(
        "a 20mph limit past the pre-school should be asked for when the County Council next "
        "reviews limits.",
        style="List Bullet",
    )
    resolved(
        "to join the County Council's Community Speedwatch scheme and to meet the cost of the "
        "volunteers' training (£60).",
        "Proposed Cllr Hartigan, seconded Cllr Sowerby; all in favour.",
    )
    para("Cllr Hartigan will coordinate the volunteers for the Speedwatch training.")
    task("Clerk to report the blocked culvert on Mill Lane to the County Council.", "Clerk")

    item("Item 8 – Playing field and play equipment")
    para(
        "Cllr Ridler took no part in this item. Cllr Sowerby presented the monthly inspection "
        "report. The two cradle swing seats are cracked and have been taken down; the zip wire "
        "and the goalposts are in good order."
    )
    para("The Council noted the inspection report.")
    task("Cllr Beardsell to obtain three quotes for replacing the cradle swing seats.", "JB")

    item("Item 9 – Clerk's report and correspondence")
    para("The Clerk reported:")
    document.add_paragraph(
        "the new noticeboard for the bus shelter has been delivered;", style="List Bullet"
    )
    document.add_paragraph(
        "the County Council has confirmed that the Mill Lane footpath diversion order is now "
        "in force;",
        style="List Bullet",
    )
    document.add_paragraph(
        "Colby Vale Community Transport is looking for volunteer drivers.", style="List Bullet"
    )

    item("Item 10 – Items for the next agenda")
    para("Annual Parish Meeting arrangements; Speedwatch update; swing seat quotes.")

    item("Item 11 – Date of next meeting")
    para("Monday 13 April 2026 at 7.30pm in the Reading Room.")

    closing = para("The meeting closed at 9.15pm.")
    closing.paragraph_format.space_before = Pt(12)
    para("Signed ……………………………… Chairman          Date ………………")

    save_deterministic(document, HERE / f"{PARISH_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 3. Police joint audit committee: OFFICIAL marking, Heading 2 items, actions table at the end.
# ---------------------------------------------------------------------------------------------

POLICE_NAME = "h16-docx-police-joint-audit-committee"

POLICE_ATTENDANCE = [
    ("Members", "In attendance"),
    (
        "Catherine Ouseley (Chair)\nDr Rhodri Penhallow\nSimon Achterberg\nFrances Lyle-Barton",
        "Police and Crime Commissioner's Chief Executive\nPCC's Chief Finance Officer\n"
        "Constabulary Director of Finance\nDeputy Chief Constable (item 8)\n"
        "Head of Internal Audit, Calloway Reeve LLP\nEngagement Lead, Harte Quillan LLP "
        "(external audit)\nOPCC Governance Officer (minutes)",
    ),
]

POLICE_ACTIONS = [
    ("No.", "Minute", "Action", "Owner", "Target date"),
    (
        "JAC 26/01",
        "3",
        "Circulate the management response and revised timetable for the seized property "
        "audit recommendations",
        "Constabulary Director of Finance",
        "31 March 2026",
    ),
    (
        "JAC 26/02",
        "5",
        "Bring the external auditor's 2025/26 audit plan to the June meeting",
        "PCC's Chief Finance Officer",
        "June 2026",
    ),
    (
        "JAC 26/03",
        "7",
        "Add a risk on the replacement of the command and control system to the joint "
        "corporate risk register",
        "Constabulary Head of Risk and Business Continuity",
        "30 April 2026",
    ),
    (
        "JAC 26/04",
        "9",
        "Circulate the annual self-assessment questionnaire to members",
        "OPCC Governance Officer",
        "15 May 2026",
    ),
]


def police() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Marchfield Joint Audit Committee – 26 February 2026", FIXED_TIME)

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.add_run("OFFICIAL").bold = True
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("OFFICIAL").bold = True
    footer.add_run().add_break(WD_BREAK.LINE)
    page_x_of_y(footer)

    document.add_paragraph("Joint Audit Committee", style="Title")
    document.add_paragraph(
        "Police and Crime Commissioner for Marchfield and Chief Constable of Marchfield "
        "Constabulary"
    ).runs[0].bold = True
    document.add_paragraph(
        "Minutes of the meeting held on Thursday 26 February 2026 at 10.00am at Police "
        "Headquarters, Ravensholt, and on Microsoft Teams"
    )

    attendance = add_table(document, POLICE_ATTENDANCE)
    set_widths(attendance, (6.5, 9.5))
    bold_header_row(attendance, "D9D9D9")

    def item(title_text: str):
        return document.add_paragraph(title_text, style="Heading 2")

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    item("1. Welcome, apologies and declarations of interest")
    para(
        "The Chair welcomed Frances Lyle-Barton to her first meeting as an independent member. "
        "Apologies were received from the Police and Crime Commissioner and the Chief "
        "Constable. There were no declarations of interest."
    )

    item("2. Minutes of the meeting held on 4 December 2025 and matters arising")
    para("The Committee agreed the minutes as a correct record.")
    para(
        "All the actions from the December meeting had been completed, and the action log "
        "had been circulated with the papers."
    )

    item("3. Internal audit progress report")
    para(
        "The Head of Internal Audit presented the progress report. Five audits had been "
        "finalised since December: four with reasonable assurance and one, seized and found "
        "property, with limited assurance. Two of the six recommendations on seized property "
        "were graded high priority."
    )
    para("Committee members asked:")
    document.add_paragraph(
        "Why had the seized property audit found cash exhibits not logged for up to 12 days? "
        "The Director of Finance said that the central store was only staffed on weekdays and "
        "that a new drop-safe process would start in April.",
        style="List Bullet",
    )
    document.add_paragraph(
        "Were the overdue recommendations from 2024/25 being chased? Seven were overdue, all "
        "with revised dates agreed by the Chief Officer Group.",
        style="List Bullet",
    )
    document.add_paragraph(
        "Would the 2025/26 plan be completed in time for the annual opinion? The Head of "
        "Internal Audit expected to finish the remaining three audits by the end of April.",
        style="List Bullet",
    )
    para("The Committee noted the progress report.")

    item("4. Internal audit plan 2026/27")
    para(
        "The Head of Internal Audit presented the draft plan of 210 days, which includes "
        "audits of overtime, vetting, fleet management and the OPCC's commissioning of victim "
        "services."
    )
    para("The Committee approved the internal audit plan for 2026/27.")

    item("5. External audit: annual auditor's report 2024/25")
    para(
        "The Engagement Lead presented the annual auditor's report for the PCC and the Chief "
        "Constable. The auditor had issued unqualified opinions on the 2024/25 financial "
        "statements and had found no significant weaknesses in the arrangements for value "
        "for money."
    )
    para("The Committee noted the annual auditor's report.")

    item("6. Treasury management strategy 2026/27")
    para(
        "The PCC's Chief Finance Officer presented the draft strategy, which provides for new "
        "borrowing of up to £9.5m in 2026/27 for the estates programme."
    )
    para(
        "The Committee recommended the Treasury Management Strategy 2026/27 to the Police and "
        "Crime Commissioner for approval."
    )

    item("7. Joint corporate risk register")
    para(
        "The Director of Finance presented the register. The highest risks remained officer "
        "recruitment and retention, and the funding gap in 2027/28."
    )
    para("The Committee noted the joint corporate risk register.")

    item("8. HMICFRS inspection update")
    para(
        "The Deputy Chief Constable reported on the force's progress since the PEEL "
        "inspection. HMICFRS had graded the force 'requires improvement' for responding to the "
        "public and had closed one of its two causes of concern in January."
    )
    para("The Committee noted the update.")

    item("9. Work plan 2026/27 and annual self-assessment")
    para(
        "The Committee agreed its work plan for 2026/27 and agreed to carry out its annual "
        "self-assessment in June."
    )

    item("10. Any other business")
    para(
        "The Chair thanked Dr Penhallow, whose term of office ends in March, for six years of "
        "service to the Committee."
    )

    date_line = para()
    date_line.paragraph_format.space_before = Pt(10)
    bold_then(date_line, "Date of next meeting: ", "Thursday 18 June 2026 at 10.00am.")

    actions_heading = para()
    actions_heading.paragraph_format.space_before = Pt(12)
    actions_heading.add_run("Actions arising").bold = True
    actions = add_table(document, POLICE_ACTIONS)
    set_widths(actions, (2.2, 1.6, 7.0, 3.6, 2.4))
    bold_header_row(actions, "D9D9D9")
    repeat_header_row(actions)

    save_deterministic(document, HERE / f"{POLICE_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 4. Academy trust finance, audit and risk committee: Heading 1 numbered by a Word list.
# ---------------------------------------------------------------------------------------------

TRUST_NAME = "h16-docx-academy-trust-finance-committee"

TRUST_ACCOUNTS = [
    ("Academy", "Budget 2025/26", "Forecast outturn", "Variance"),
    ("Kestrel Valley Academy (secondary)", "£9,412,000", "£9,538,000", "(£126,000)"),
    ("Yewbarrow Primary", "£2,106,000", "£2,081,000", "£25,000"),
    ("St Cuthbert's Fields Primary", "£1,688,000", "£1,702,000", "(£14,000)"),
    ("Greywell Infant School", "£1,044,000", "£1,029,000", "£15,000"),
    ("Central services", "£1,310,000", "£1,296,000", "£14,000"),
    ("Trust total", "£15,560,000", "£15,646,000", "(£86,000)"),
]


def trust() -> None:
    document = new_document("Calibri", 11)
    fix_properties(
        document,
        "Kestrel Valley Learning Trust – Finance, Audit and Risk Committee – 4 March 2026",
        FIXED_TIME,
    )
    items = add_decimal_list(document, "Heading1", 567)

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Kestrel Valley Learning Trust – FAR Committee – 4 March 2026 – DRAFT"
    page_footer(section, "Page ", alignment=WD_ALIGN_PARAGRAPH.RIGHT)

    title = document.add_paragraph()
    title_run = title.add_run("Kestrel Valley Learning Trust")
    title_run.bold = True
    title_run.font.size = Pt(18)
    document.add_paragraph(
        "Minutes of the Finance, Audit and Risk Committee held on Wednesday 4 March 2026 at "
        "4.30pm at the Trust office, Yewbarrow, and online"
    )
    labelled(
        document,
        "Trustees present: ",
        "Graham Lockyer (Chair), Ayesha Karim, Jonathan Flitcroft, Deborah Oyenuga",
    )
    labelled(
        document,
        "In attendance: ",
        "Matthew Hornsby (CEO), Joanne Rix (Chief Financial Officer, CFO), Eleanor Spruce "
        "(Governance Professional, minutes)",
    )
    labelled(document, "Apologies: ", "Christopher Dearlove")

    def item(title_text: str):
        paragraph = document.add_paragraph(title_text, style="Heading 1")
        set_numbering(paragraph, items)
        return paragraph

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def agreed(text_value: str):
        return bold_then(para(), "AGREED: ", text_value)

    def action(text_value: str):
        return bold_then(para(), "ACTION: ", text_value)

    item("Welcome, apologies and quorum")
    para(
        "The Chair welcomed everyone. Apologies had been received from Christopher Dearlove. "
        "The meeting was quorate."
    )

    item("Declarations of interest")
    para(
        "Jonathan Flitcroft reminded the committee that his firm provides payroll software to "
        "other schools in the area, but not to the Trust. No other interests were declared."
    )

    item("Minutes of the meeting held on 12 November 2025 and matters arising")
    agreed("the minutes of the meeting held on 12 November 2025 were an accurate record.")
    para(
        "Matters arising: the Trust's new purchase order approval limits took effect on 1 "
        "January; the energy contract has been renewed for two years through the local "
        "authority's framework."
    )

    item("Management accounts to 31 January 2026")
    para(
        "The CFO presented the management accounts for the first five months of the year. The "
        "Trust forecasts an in-year deficit of £86,000, to be met from reserves, mainly because "
        "of supply costs at Kestrel Valley Academy."
    )
    accounts = add_table(document, TRUST_ACCOUNTS)
    set_widths(accounts, (6.2, 3.0, 3.2, 2.6))
    bold_header_row(accounts, "FCE4D6")
    for cell in accounts.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    para("Questions from trustees:").paragraph_format.space_before = Pt(6)
    document.add_paragraph(
        "Why are supply costs at the secondary so high? The CFO explained that three long-term "
        "absences in science had been covered by agency staff since October.",
        style="List Bullet",
    )
    document.add_paragraph(
        "Is the Trust's insurance for staff absence being claimed in full? Claims had been "
        "made for two of the three absences; the third was within the excess period.",
        style="List Bullet",
    )
    document.add_paragraph(
        "Trustees challenged whether central services could absorb any of the deficit, given "
        "the small underspend shown.",
        style="List Bullet",
    )
    document.add_paragraph(
        "What level of reserves would remain at 31 August? About £1.21m, or 7.8% of income, "
        "above the 5% minimum in the reserves policy.",
        style="List Bullet",
    )
    para("The committee noted the management accounts.")
    action("CFO to circulate a breakdown of supply staff costs by academy before the next meeting.")

    item("Budget 2026/27: assumptions and timetable")
    para(
        "The CFO set out the planning assumptions for the 2026/27 budgets, which will come to "
        "the committee in June before approval by the Board in July."
    )
    agreed(
        "the budget assumptions set out in the report, including pay awards of 4% for teachers "
        "and 3.2% for support staff from September 2026."
    )

    item("Internal scrutiny report: purchasing cards")
    para(
        "The internal scrutiny report on the use of purchasing cards had been circulated. "
        "Of eight recommendations, two were high priority: the monthly review of card "
        "statements by a second person, and the removal of cards from staff who had left."
    )
    para(
        "The committee noted the report and agreed that the two high-priority recommendations "
        "be followed up at each meeting until they are complete."
    )
    action("Governance Professional to add the two recommendations to the audit tracker.")

    item("Risk register")
    para(
        "The committee reviewed the risk register. Following a phishing attack on a "
        "neighbouring trust in January, trustees felt that the cyber security risk was "
        "understated."
    )
    agreed("to raise the score of the cyber security risk from 12 to 16.")

    item("Policies")
    para("The committee RECOMMENDED the Reserves Policy to the Board of Trustees for approval.")
    agreed("to approve the Charging and Remissions Policy.")

    item("Any other business")
    para(
        "The Chair will meet the new external audit partner at Lindow Pryde before the audit "
        "planning meeting in May."
    )

    item("Date of next meeting")
    para("Wednesday 17 June 2026 at 4.30pm.")

    save_deterministic(document, HERE / f"{TRUST_NAME}.docx", FIXED_TIME)


def main() -> None:
    town()
    parish()
    police()
    trust()


if __name__ == "__main__":
    main()
