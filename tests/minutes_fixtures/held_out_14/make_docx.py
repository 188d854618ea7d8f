"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_14/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

This round is meant to be representative of the Word minutes clerks most often upload, so
each document uses the ordinary Word features a clerk would use, laid out the way a
different kind of clerk types them:

- h14-docx-parish-council-typed-numbers: a parish council whose clerk types the minute
  numbers (`26/031` to `26/044`) at the start of a bold Normal paragraph, with a tab and a
  hanging indent; the minutes are indented beneath; "RESOLVED" in a bold run; a payments
  table, a planning applications table with the Council's comments, and "List Bullet" lists
  for the clerk's report, the District Council's decisions, the correspondence and the
  discussion points.
- h14-docx-town-council-word-numbered: a town council whose items are "Heading 2"
  paragraphs numbered 112 to 124 by a Word list that starts at 112 (the numbers are not in
  the text); the precept resolution is a "List Number 2" list; the Town Mayor's engagements
  and the discussion points are "List Bullet" paragraphs; "ACTION:" in a bold run; a header
  and a "Page n of m" footer with PAGE / NUMPAGES fields.
- h14-docx-housing-association-board: a housing association's board whose items are
  "Heading 2" paragraphs with typed numbers, minute paragraphs typed `5.1`, `5.2` … with a
  hanging indent, an attendance table, a budget table, "List Bullet" discussion points, a
  typed (a)–(c) resolution, and an action log table (Ref / Action / Owner / Due / Status)
  after the last item whose new rows the body refers to by reference.
- h14-docx-academy-local-governing-board: an academy's local governing board whose items
  are "Heading 1" paragraphs numbered by a Word list, with an attendance table, a table of
  the Headteacher's figures, governors' questions as "Q:" / "A:" paragraphs with bold
  labels, a "List Bullet" list of the policies reviewed, bold "ACTION:" and "AGREED:" runs,
  a header and a footer with the Chair's signature line and a PAGE field.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from word_parts import (  # noqa: E402
    add_decimal_list,
    add_field,
    add_list,
    add_table,
    bold_then,
    fix_properties,
    labelled,
    list_level,
    new_document,
    page_x_of_y,
    save_deterministic,
    set_numbering,
    set_widths,
    shade,
)

FIXED_TIME = dt.datetime(2026, 3, 23, 9, 30, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------------
# 1. Parish council: typed minute numbers in bold Normal paragraphs.
# ---------------------------------------------------------------------------------------------

PARISH_NAME = "h14-docx-parish-council-typed-numbers"

PAYMENTS = [
    ("Payee", "Details", "Net", "VAT", "Total"),
    ("R Abery", "Clerk's salary, March (net)", "£684.20", "£0.00", "£684.20"),
    ("HMRC", "PAYE and NI, March", "£171.05", "£0.00", "£171.05"),
    ("Upper Wendle Village Hall", "Room hire, January to March", "£72.00", "£0.00", "£72.00"),
    (
        "Wendle Valley Landscapes",
        "Hedge cutting, Church Lane verge",
        "£340.00",
        "£68.00",
        "£408.00",
    ),
    ("Wendleshire CALC", "Councillor training, 2 places", "£90.00", "£18.00", "£108.00"),
    ("Total", "", "£1,357.25", "£86.00", "£1,443.25"),
]

APPLICATIONS = [
    ("Application", "Location", "Proposal", "Council's comments"),
    (
        "DC/26/0114",
        "Rose Cottage, The Street",
        "Single-storey rear extension",
        "No objection.",
    ),
    (
        "DC/26/0131",
        "Land at Hill Farm, Back Lane",
        "Conversion of agricultural building to two dwellings",
        "Objection: the access onto Back Lane is unsafe for the extra traffic, and the "
        "scheme would harm the character of the conservation area. (Cllr Daley did not "
        "vote.)",
    ),
    (
        "DC/26/0158",
        "The Granary, Mill Lane",
        "Twelve ground-mounted solar panels",
        "No objection, but the Council asks for a condition requiring a native hedge to "
        "screen the panels from footpath UW7.",
    ),
]


def parish() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Upper Wendle Parish Council – minutes – 9 March 2026", FIXED_TIME)

    section = document.sections[0]
    footer = section.footer.paragraphs[0]
    footer.add_run("Chairman's initials ………\t\t")
    add_field(footer, "PAGE", "1")

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title_run = title.add_run("UPPER WENDLE PARISH COUNCIL")
    title_run.bold = True
    title_run.font.size = Pt(16)
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.add_run(
        "Minutes of the Parish Council Meeting held on Monday 9 March 2026 at 7.30pm in "
        "Upper Wendle Village Hall"
    ).bold = True

    labelled(
        document,
        "Present: ",
        "Cllr G Ansell (Chairman), Cllr S Daley (Vice-Chairman), Cllr C Barrow, Cllr D "
        "Mayhew, Cllr R Thorne",
    )
    labelled(
        document,
        "In attendance: ",
        "Mrs R Abery (Clerk and RFO), County Cllr M Hallam, District Cllr J Voce and three "
        "members of the public",
    )

    indent = Cm(1.9)

    def item(number: str, title_text: str):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = indent
        paragraph.paragraph_format.first_line_indent = -indent
        paragraph.paragraph_format.tab_stops.add_tab_stop(indent)
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.add_run(f"{number}\t{title_text}").bold = True
        return paragraph

    def para(text: str = ""):
        paragraph = document.add_paragraph(text)
        paragraph.paragraph_format.left_indent = indent
        return paragraph

    def sub(label: str):
        paragraph = para()
        run = paragraph.add_run(label)
        run.bold = True
        run.italic = True
        return paragraph

    def resolved(text: str):
        return bold_then(para(), "RESOLVED ", text)

    def bullet(text: str) -> None:
        paragraph = document.add_paragraph(text, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(2.54)

    item("26/031", "APOLOGIES FOR ABSENCE")
    para("Apologies were received from Cllr Garside (work commitments).")

    item("26/032", "DECLARATIONS OF INTEREST AND REQUESTS FOR DISPENSATIONS")
    para(
        "Cllr Daley declared a non-pecuniary interest in planning application DC/26/0131 "
        "(minute 26/038) as a neighbour of the applicant, and did not vote on it. No "
        "requests for dispensations had been received."
    )

    item("26/033", "MINUTES OF THE MEETING HELD ON 9 FEBRUARY 2026")
    para("Proposed by Cllr Thorne, seconded by Cllr Barrow, all in favour.")
    resolved(
        "that the minutes of the meeting held on 9 February 2026 be approved as a true "
        "record and signed by the Chairman."
    )

    item("26/034", "PUBLIC PARTICIPATION")
    para(
        "Two residents of Church Lane spoke about speeding traffic, particularly at school "
        "times (see minute 26/039). A resident asked about the condition of public footpath "
        "UW12 between Church Lane and Fox Covert, which is badly rutted after the winter."
    )
    para("Clerk to report footpath UW12 to the County Council's rights of way team.")

    item("26/035", "REPORTS FROM COUNTY AND DISTRICT COUNCILLORS")
    para(
        "County Cllr Hallam reported that the County Council will resurface the B2177 "
        "through the village in July, with overnight road closures for five nights."
    )
    para(
        "District Cllr Voce reported that the new bin collection calendars had been delayed "
        "at the printer. District Cllr Voce will find out when they will be delivered and let "
        "the Clerk know."
    )

    item("26/036", "CLERK'S REPORT")
    para("The Clerk reported on matters from previous meetings:")
    bullet("the faulty streetlight on Mill Lane was repaired on 18 February;")
    bullet("the grass cutting contract for 2026 has been signed;")
    bullet("the new bench at the bus shelter was installed on 2 March;")
    bullet("the insurance renewal documents have been received and filed.")

    item("26/037", "FINANCE")
    sub("(a) Payments")
    resolved(
        "to approve the payments listed below, which Cllr Thorne had checked against the invoices."
    )
    payments = add_table(document, PAYMENTS)
    set_widths(payments, (4.2, 5.4, 2.2, 1.8, 2.2))
    for cell in payments.rows[-1].cells:
        if cell.paragraphs[0].runs:
            cell.paragraphs[0].runs[0].bold = True
    sub("(b) Bank reconciliation").paragraph_format.space_before = Pt(6)
    para(
        "The Council noted the bank reconciliation to 28 February 2026, signed by the "
        "Chairman: current account £14,218.62, business reserve account £22,507.40."
    )
    sub("(c) Grant request – Upper Wendle Pre-school")
    resolved(
        "to award a grant of £250 to Upper Wendle Pre-school towards new outdoor play "
        "equipment, under section 137 of the Local Government Act 1972."
    )

    item("26/038", "PLANNING")
    sub("(a) Applications received")
    resolved("to submit the following comments to Wendleshire District Council:")
    applications = add_table(document, APPLICATIONS)
    set_widths(applications, (2.6, 3.6, 4.2, 5.4))
    sub(
        "(b) Decisions notified by Wendleshire District Council"
    ).paragraph_format.space_before = Pt(6)
    bullet("DC/25/0987 – Old Rectory Barn, Church Lane – conversion to a dwelling – Approved")
    bullet("DC/25/1012 – 4 Pound Close – two-storey side extension – Refused")

    item("26/039", "SPEEDING ON CHURCH LANE")
    para(
        "Councillors discussed the residents' concerns (minute 26/034). Data from the speed "
        "indicator device on Church Lane in February showed that 31% of vehicles exceeded "
        "the 30mph limit, with a top speed of 57mph."
    )
    para("Points raised:")
    bullet(
        "the worst speeds are early in the morning, before the school run, so a speed "
        "check at school times alone would not show the problem;"
    )
    bullet("the 30mph signs at the Fox Covert end are hidden by the hedge in summer;")
    bullet(
        "a second device would let the Council move one between Church Lane and The "
        "Street every month."
    )
    resolved(
        "to purchase a second speed indicator device at a cost of up to £2,650, funded from "
        "the Community Infrastructure Levy reserve."
    )
    para(
        "Cllr Mayhew and the Clerk to contact the Wendleshire Police rural team about "
        "setting up a Community Speed Watch group."
    )

    item("26/040", "VILLAGE HALL CAR PARK")
    para(
        "Two quotations had been received for resurfacing the car park: T. Gadd Surfacing "
        "Ltd, £8,940 plus VAT; Westbrook Contractors, £10,380 plus VAT."
    )
    para("Proposed by Cllr Barrow, seconded by Cllr Daley.")
    resolved("to accept the quotation from T. Gadd Surfacing Ltd of £8,940 plus VAT.")
    para("Clerk to instruct the contractor and agree dates that avoid the village fete on 16 May.")

    item("26/041", "ANNUAL PARISH MEETING")
    para(
        "The Annual Parish Meeting will be held on Tuesday 21 April 2026 at 7.00pm in the "
        "Village Hall. The Chairman will prepare the annual report and circulate it to "
        "councillors by 10 April."
    )

    item("26/042", "CORRESPONDENCE")
    bullet("Wendleshire CALC – training dates for new councillors, April to June.")
    bullet("Royal British Legion (Wendle Valley branch) – thanks for the wreath donation.")
    bullet(
        "Resident of Fox Covert – complaint about dog fouling, passed to the District "
        "Council's dog warden."
    )

    item("26/043", "ITEMS FOR THE NEXT AGENDA")
    para("Replacement defibrillator cabinet; allotment rents for 2026/27.")

    item("26/044", "DATE OF NEXT MEETING")
    para("Monday 13 April 2026 at 7.30pm in Upper Wendle Village Hall.")

    closing = document.add_paragraph(
        "There being no further business the Chairman closed the meeting at 9.18pm."
    )
    closing.paragraph_format.space_before = Pt(12)
    document.add_paragraph("Signed ……………………………………… Chairman          Date ………………………")

    save_deterministic(document, HERE / f"{PARISH_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 2. Town council: "Heading 2" items numbered 112 onwards by a Word list.
# ---------------------------------------------------------------------------------------------

TOWN_NAME = "h14-docx-town-council-word-numbered"


def town() -> None:
    document = new_document("Calibri", 11)
    fix_properties(
        document, "Hollinford Town Council – Full Council – 26 February 2026", FIXED_TIME
    )
    items = add_list(document, list_level(0, "%1.", indent=851, start=112))

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Hollinford Town Council\tFull Council\t26 February 2026"
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer)

    title = document.add_paragraph("HOLLINFORD TOWN COUNCIL", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = document.add_paragraph(
        "Minutes of the meeting of the Full Council held in the Council Chamber, Town Hall, "
        "Bridge Street, Hollinford on Thursday 26 February 2026 at 7.00pm"
    )
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER

    present = labelled(document, "Present: ", "Cllr Beverley Quinton (Town Mayor, in the Chair)")
    present.add_run().add_break(WD_BREAK.LINE)
    present.add_run(
        "Cllrs Ashok Mistry (Deputy Town Mayor), Tom Burrows, Nigel Chadwick, Fraser Dunlop, "
        "Maria Kowalczyk, Jo Lassiter, Kate Millward, Sandra Oakes, Stuart Penrose, Peter "
        "Rimmer and Heather Wilding"
    )
    labelled(
        document,
        "In attendance: ",
        "Simon Threlfall (Town Clerk), Angela Roscoe (Deputy Town Clerk), Dean Whittle "
        "(Events Officer), six members of the public and one member of the press",
    )

    def item(title_text: str):
        paragraph = document.add_paragraph(title_text, style="Heading 2")
        set_numbering(paragraph, items)
        return paragraph

    def para(text: str = ""):
        return document.add_paragraph(text)

    def resolved(text: str):
        return bold_then(para(), "RESOLVED ", text)

    def bullet(text: str) -> None:
        document.add_paragraph(text, style="List Bullet")

    item("Apologies for absence")
    para("Apologies were received from Cllr Graham Shaw and Cllr Rachel Eames.")

    item("Declarations of interest")
    para(
        "Cllr Wilding declared an other registrable interest in minute 119 as a trustee of "
        "Hollinford Community Association, and left the chamber for that item."
    )

    item("Public forum")
    para(
        "Mr Keith Lonsdale spoke about the closure of the public toilets in Market Square "
        "on Sundays, which he said was causing problems for visitors to the Sunday market. "
        "The Town Clerk will reply to Mr Lonsdale in writing."
    )

    item("Minutes")
    resolved(
        "that the minutes of the Full Council meeting held on 22 January 2026 be approved "
        "and signed as a correct record."
    )
    resolved(
        "that the minutes of the Planning Committee meetings held on 5 and 19 February 2026 "
        "be received."
    )

    item("Town Mayor's announcements")
    para("The Town Mayor reported on her engagements since the last meeting:")
    bullet("the Holocaust Memorial Day service at St Wilfrid's Church, 27 January;")
    bullet("the opening of the new Hollinford Library children's room, 3 February;")
    bullet("the 100th birthday of Mrs Edith Carrow at Millfield Care Home, 11 February;")
    bullet("the Hollinford Rotary Club charity quiz, which raised £2,340 for the food bank.")

    item("Budget and precept 2026/27")
    para(
        "Cllr Dunlop, Chair of the Finance and General Purposes Committee, presented the "
        "Committee's recommendations of 12 February 2026 on the budget and precept for "
        "2026/27."
    )
    para("In discussion, the following points were made:")
    bullet(
        "the increase is mainly caused by the National Joint Council pay award and the "
        "higher cost of the Christmas lights contract;"
    )
    bullet(
        "the Council should not keep drawing on its general reserve to hold the precept "
        "down, as the reserve is now close to the minimum in the Reserves Policy;"
    )
    bullet(
        "the skate park refurbishment has been postponed twice and young people in the town "
        "have been waiting for it since 2023."
    )
    para(
        "Cllr Rimmer proposed an amendment, seconded by Cllr Oakes, that the precept be "
        "reduced by £12,000 by deferring the skate park refurbishment to 2027/28. The "
        "amendment was LOST (4 for, 8 against)."
    )
    para(
        "A recorded vote was requested on the substantive motion. For: Cllrs Burrows, "
        "Chadwick, Dunlop, Kowalczyk, Millward, Mistry, Penrose, Quinton and Wilding (9). "
        "Against: Cllrs Oakes and Rimmer (2). Abstained: Cllr Lassiter (1)."
    )
    bold_then(para(), "RESOLVED", " that:")
    document.add_paragraph(
        "the budget for 2026/27, with net expenditure of £684,300, be approved;",
        style="List Number 2",
    )
    document.add_paragraph(
        "a precept of £612,900 be requested from Hollin Valley District Council for 2026/27, "
        "an increase of 3.9% for a Band D property.",
        style="List Number 2",
    )
    resolved(
        "to adopt the revised Reserves Policy recommended by the Committee, which sets the "
        "general reserve at between three and six months of net expenditure."
    )

    item("Community grants")
    para("Cllr Dunlop presented the recommendations of the Grants Panel.")
    resolved(
        "to award community grants totalling £6,450 to the five organisations recommended "
        "by the Grants Panel, as listed in Appendix B to the report."
    )

    item("Hollinford Community Centre – new lease")
    para("Cllr Wilding left the chamber.")
    para(
        "The Town Clerk reported the outcome of the negotiations with Hollinford Community "
        "Association on a new lease of the Community Centre, the current lease ending on "
        "31 May 2026."
    )
    resolved(
        "to grant Hollinford Community Association a new 25-year lease of the Community "
        "Centre on the terms set out in the confidential appendix, and to authorise the "
        "Town Clerk to instruct the Council's solicitors."
    )
    para("Cllr Wilding returned to the chamber.")

    item("Neighbourhood Plan review")
    para(
        "Cllr Kowalczyk reported that the Steering Group had completed the housing needs "
        "survey (412 responses) and had started work on the design code for the town "
        "centre."
    )
    para("The Council noted the update from the Neighbourhood Plan Steering Group.")
    bold_then(
        para(),
        "ACTION: ",
        "Deputy Town Clerk to arrange a drop-in consultation event at Hollinford Library in April.",
    )

    item("Christmas lights 2026")
    para(
        "The Council agreed to extend the contract with Festive Lighting Co for the supply, "
        "installation and removal of the Christmas lights for one further year at £14,200."
    )
    para(
        "The Events Officer will ask Festive Lighting Co for prices for new lights on Bridge "
        "Street for the 2027 season."
    )

    item("Reports from representatives on outside bodies")
    para(
        "Cllr Burrows reported that Hollinford in Bloom had been awarded Silver Gilt in the "
        "regional competition and was looking for volunteers for the spring planting. Cllr "
        "Millward reported that the Hollinford Twinning Association is planning a visit to "
        "its French partner town in May."
    )

    item("Exclusion of the press and public")
    resolved(
        "that, under the Public Bodies (Admission to Meetings) Act 1960, the press and "
        "public be excluded for the following item because of the confidential nature of "
        "the business to be transacted (staffing matters)."
    )

    item("Staffing")
    resolved(
        "to approve the recommendation of the Personnel Committee that the post of Deputy "
        "Town Clerk be regraded to SCP 29–32 from 1 April 2026."
    )

    next_meeting = para()
    next_meeting.paragraph_format.space_before = Pt(12)
    bold_then(
        next_meeting,
        "Date of next meeting: ",
        "Thursday 26 March 2026 at 7.00pm in the Council Chamber.",
    )
    para("The meeting closed at 9.05pm.")

    save_deterministic(document, HERE / f"{TOWN_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 3. Housing association board: typed numbers, action log table after the last item.
# ---------------------------------------------------------------------------------------------

HOUSING_NAME = "h14-docx-housing-association-board"

ATTENDANCE = [
    ("Board members", "In attendance"),
    ("Elizabeth Harcourt (Chair)", "Kate Rennison (Chief Executive)"),
    ("Anthony Curzon (Vice-Chair)", "Rob Ainsley (Director of Finance)"),
    ("Ruth Ellington", "Neil Stanbridge (Director of Property)"),
    ("Joseph Agyeman", "Lorna Quigley (Director of Customer Experience)"),
    ("Dr Priyanka Shah", "Michael Dunn (Company Secretary, minutes)"),
    ("Marion Pike (tenant board member)", "Yvonne Sallis (Chair, Tenant Scrutiny Panel, item 7)"),
]

BUDGET = [
    ("Budget 2026/27 – key figures", "Budget 2026/27", "Forecast 2025/26"),
    ("Turnover", "£78.4m", "£73.9m"),
    ("Operating surplus", "£14.2m", "£12.6m"),
    ("Operating margin", "18.1%", "17.1%"),
    ("Interest cover (EBITDA MRI)", "138%", "131%"),
    ("Spend on existing homes", "£19.7m", "£17.2m"),
    ("New homes completed", "212", "186"),
]

ACTION_LOG = [
    ("Ref", "Action", "Owner", "Due", "Status"),
    (
        "A25/41",
        "Review the lettings policy for applicants under 35 and report back to the Board",
        "Director of Customer Experience",
        "Feb 2026",
        "Complete",
    ),
    (
        "A25/44",
        "Commission a stock condition survey of the 1960s blocks at Tanner Court and Kiln House",
        "Director of Property",
        "Mar 2026",
        "In progress",
    ),
    (
        "A26/05",
        "Monthly update to Board members on damp and mould cases until the backlog is cleared",
        "Director of Property",
        "Monthly",
        "New",
    ),
    (
        "A26/06",
        "Implementation plan for the Tenant Scrutiny Panel's complaints recommendations",
        "Director of Customer Experience",
        "May 2026",
        "New",
    ),
    (
        "A26/07",
        "Arrange an induction for Hannah Greer",
        "Company Secretary",
        "Mar 2026",
        "New",
    ),
]


def housing() -> None:
    document = new_document("Arial", 10)
    fix_properties(document, "Corvale Housing Group – Board – 25 February 2026", FIXED_TIME)

    section = document.sections[0]
    footer = section.footer.paragraphs[0]
    footer.add_run("Corvale Housing Group – Board minutes – 25 February 2026 – ")
    footer.add_run("Confidential until approved").italic = True
    footer.add_run("\t")
    add_field(footer, "PAGE", "1")

    title = document.add_paragraph("Corvale Housing Group", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT
    document.add_paragraph(
        "Minutes of the Board meeting held on Wednesday 25 February 2026 at 2.00pm at "
        "Corvale House, 8 Canal Street, Brindleford, and by video link"
    )
    attendance = add_table(document, ATTENDANCE)
    set_widths(attendance, (7.5, 8.5))
    labelled(document, "Apologies: ", "Gavin Loxley").paragraph_format.space_before = Pt(6)

    hang = Cm(1.0)

    def item(title_text: str):
        return document.add_paragraph(title_text, style="Heading 2")

    def minute(number: str, text: str = ""):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = hang
        paragraph.paragraph_format.first_line_indent = -hang
        paragraph.paragraph_format.tab_stops.add_tab_stop(hang)
        paragraph.add_run(f"{number}\t{text}")
        return paragraph

    def lettered(letter: str, text: str):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(2.0)
        paragraph.paragraph_format.first_line_indent = -hang
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(2.0))
        paragraph.add_run(f"({letter})\t{text}")
        return paragraph

    def bullet(text: str) -> None:
        paragraph = document.add_paragraph(text, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(1.6)

    item("1. Welcome, apologies and quorum")
    minute(
        "1.1",
        "The Chair welcomed members to the meeting. Apologies were received from Gavin "
        "Loxley. Six of the seven Board members were present and the meeting was quorate.",
    )

    item("2. Declarations of interest")
    minute(
        "2.1",
        "No new interests were declared. Marion Pike's standing declaration as a Corvale "
        "tenant is recorded in the register of interests.",
    )

    item("3. Minutes of the previous meeting and action log")
    minute("3.1", "The Board approved the minutes of the meeting held on 17 December 2025.")
    minute(
        "3.2",
        "The Board reviewed the action log at the end of these minutes. The actions due by "
        "this meeting have been completed.",
    )

    item("4. Chief Executive's report")
    minute(
        "4.1",
        "The Chief Executive presented her report. The Regulator of Social Housing published "
        "its inspection judgement in January: governance G1, viability V1 and consumer "
        "standards C2. The consumer grading reflects the backlog of damp and mould cases "
        "and the time taken to complete repairs.",
    )
    minute("4.2", "The Board noted the Chief Executive's report.")

    item("5. Building safety and compliance")
    minute(
        "5.1",
        "The Director of Property presented the quarterly compliance report. Gas safety "
        "compliance is 99.96%; the three homes without a valid certificate are subject to "
        "access proceedings. All fire risk assessments are in date, but two high-priority "
        "actions at Tanner Court are overdue. Open damp and mould cases have fallen from "
        "268 to 212.",
    )
    minute("5.2", "In discussion, the following points were made:")
    bullet(
        "the Board needs assurance that the two overdue fire door actions at Tanner Court "
        "will be finished before the end of March;"
    )
    bullet(
        "the fall in damp and mould cases is welcome, but the number of cases reopened "
        "within three months (31) suggests some repairs are not solving the problem;"
    )
    bullet(
        "tenants in the three homes without a gas certificate should be offered help to "
        "understand why access is needed before court action goes ahead;"
    )
    bullet(
        "the report should show electrical safety (EICR) compliance separately for "
        "supported housing schemes."
    )
    minute(
        "5.3",
        "The Board noted the compliance position and agreed that the two overdue fire "
        "safety actions at Tanner Court be escalated to the Chief Executive for weekly "
        "monitoring.",
    )
    minute(
        "5.4",
        "The Director of Property will send Board members a monthly update on damp and mould "
        "cases until the backlog is cleared (action A26/05).",
    )

    item("6. Finance")
    minute(
        "6.1",
        "The Director of Finance presented the management accounts for the third quarter. "
        "The operating surplus to 31 December was £9.7m against a budget of £9.1m, mainly "
        "because of lower void losses.",
    )
    minute("6.2", "The Board noted the Q3 management accounts.")
    minute(
        "6.3",
        "The Director of Finance then presented the budget for 2026/27 and the 30-year "
        "business plan, which meet all the loan covenants under the stress tests agreed by "
        "the Board in October.",
    )
    budget = add_table(document, BUDGET)
    set_widths(budget, (8.0, 3.5, 3.5))
    minute("6.4", "").add_run("RESOLVED: That the Board:").bold = True
    lettered("a", "approves the budget for 2026/27;")
    lettered(
        "b",
        "approves a rent increase of 4.8% (CPI + 1%) for general needs and supported "
        "housing from 6 April 2026;",
    )
    lettered(
        "c",
        "approves the 30-year business plan for submission to the Regulator of Social Housing.",
    )

    item("7. Tenant Scrutiny Panel – review of complaints handling")
    minute(
        "7.1",
        "Yvonne Sallis, Chair of the Tenant Scrutiny Panel, presented the Panel's review of "
        "complaints handling. The Panel had found that half of stage 1 complaints were "
        "answered late and made five recommendations.",
    )
    minute("7.2", "The Board accepted all five of the Panel's recommendations.")
    minute(
        "7.3",
        "Director of Customer Experience to present an implementation plan to the May Board "
        "(action A26/06).",
    )

    item("8. Development – Salter's Wharf, Brindleford")
    minute(
        "8.1",
        "The Chief Executive presented the proposal to buy 24 affordable homes at Salter's "
        "Wharf from Cardew Homes under a section 106 agreement: 16 for social rent and 8 "
        "for shared ownership. Homes England has confirmed grant of £1.2m.",
    )
    minute(
        "8.2",
        "The Board approved the acquisition of 24 homes at Salter's Wharf, Brindleford, at "
        "a total scheme cost of £4.86 million.",
    )

    item("9. Governance")
    minute(
        "9.1",
        "The Board approved the revised terms of reference of the Audit and Risk Committee.",
    )
    minute(
        "9.2",
        "The Board agreed to appoint Hannah Greer as a co-opted member of the Audit and Risk "
        "Committee from 1 April 2026.",
    )
    minute("9.3", "Company Secretary to arrange an induction for Hannah Greer (action A26/07).")

    item("10. Any other business")
    minute("10.1", "There was no other business.")

    next_meeting = document.add_paragraph()
    next_meeting.paragraph_format.space_before = Pt(10)
    bold_then(next_meeting, "Date of next meeting: ", "Wednesday 20 May 2026 at 2.00pm.")

    log_title = document.add_paragraph()
    log_title.paragraph_format.space_before = Pt(12)
    log_title.add_run("ACTION LOG").bold = True
    log = add_table(document, ACTION_LOG)
    set_widths(log, (1.6, 7.4, 3.6, 1.8, 1.8))
    for cell in log.rows[0].cells:
        shade(cell, "D9E2F3")

    save_deterministic(document, HERE / f"{HOUSING_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 4. Academy local governing board: "Heading 1" items numbered by a Word list, Q: / A:.
# ---------------------------------------------------------------------------------------------

ACADEMY_NAME = "h14-docx-academy-local-governing-board"

GOVERNORS = [
    ("Name", "Role", "Attendance"),
    ("Carol Ainscough", "Chair; community governor", "Present"),
    ("Helen Stott", "Headteacher", "Present"),
    ("Jaspreet Kaur", "Community governor; safeguarding link", "Present"),
    ("Daniel Lomax", "Parent governor; reading link", "Present"),
    ("Richard Oduya", "Community governor; SEND link", "Present"),
    ("Amy Trevelyan", "Staff governor", "Present"),
    ("Paul Greaves", "Parent governor", "Apologies"),
    ("Ian Beddows", "School Business Manager (in attendance)", "Present"),
    ("Lesley Crabtree", "Clerk to the Local Governing Board", "Present"),
]

HEAD_FIGURES = [
    ("Autumn term 2025", "School", "Trust primaries", "Autumn 2024"),
    ("Pupils on roll", "412", "–", "405"),
    ("Attendance", "94.1%", "94.6%", "94.8%"),
    ("Persistent absence", "17.8%", "15.9%", "14.2%"),
    ("Suspensions", "2", "–", "3"),
    ("Year 1 on track for phonics check", "78%", "74%", "69%"),
]


def academy() -> None:
    document = new_document("Calibri", 11)
    fix_properties(
        document, "Brook Lane Primary Academy – Local Governing Board – 27 January 2026", FIXED_TIME
    )
    items = add_decimal_list(document, "Heading1", 851)

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Heronsgate Learning Trust – Brook Lane Primary Academy"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.add_run("Signed (Chair) ……………………………  Date ……………\tPage ")
    add_field(footer, "PAGE", "1")

    title = document.add_paragraph("Brook Lane Primary Academy", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = document.add_paragraph(
        "Minutes of the Local Governing Board meeting held on Tuesday 27 January 2026 at "
        "6.00pm in the school library"
    )
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    governors = add_table(document, GOVERNORS)
    set_widths(governors, (4.5, 8.0, 3.0))
    quorum = document.add_paragraph(
        "The meeting was quorate: six of the seven governors were present."
    )
    quorum.paragraph_format.space_before = Pt(6)

    def item(title_text: str):
        paragraph = document.add_paragraph(title_text, style="Heading 1")
        set_numbering(paragraph, items)
        return paragraph

    def para(text: str = ""):
        return document.add_paragraph(text)

    def question(q_text: str, a_text: str) -> None:
        bold_then(para(), "Q: ", q_text)
        answer = bold_then(para(), "A: ", a_text)
        answer.paragraph_format.left_indent = Cm(0.63)

    def action(text: str):
        return bold_then(para(), "ACTION: ", text)

    item("Welcome, apologies and declarations of interest")
    para(
        "The Chair welcomed governors. Apologies were received from Paul Greaves. There were "
        "no declarations of interest in any item on the agenda."
    )

    item("Minutes of the meeting held on 25 November 2025 and matters arising")
    para(
        "Governors AGREED the minutes of the meeting held on 25 November 2025 as a correct "
        "record, and the Chair signed them."
    )
    para(
        "Matters arising: all actions from the last meeting were complete except the review "
        "of the SEND policy, which is at item 6."
    )

    item("Headteacher's report")
    para("The Headteacher presented her report for the autumn term.")
    figures = add_table(document, HEAD_FIGURES)
    set_widths(figures, (6.5, 2.5, 3.5, 3.0))
    para("Governors asked the following questions:").paragraph_format.space_before = Pt(6)
    question(
        "Persistent absence is higher than last year. Which pupils are most affected?",
        "Mainly disadvantaged pupils in Years 4 and 5. The attendance officer now meets "
        "those families every fortnight, and four families have been referred for early "
        "help.",
    )
    question(
        "How do we know the new phonics scheme is working?",
        "78% of Year 1 pupils are on track for the phonics check, against 69% at this point "
        "last year. The spring assessment results will come to governors in March.",
    )
    question(
        "Has the new marking policy changed teachers' workload?",
        "In the staff survey in December 81% of staff said their workload was manageable, "
        "up from 64% a year ago.",
    )
    para("Governors noted the Headteacher's report.")
    para(
        "The Headteacher will share the attendance action plan with governors before the "
        "next meeting."
    )

    item("Safeguarding")
    para(
        "The Headteacher, as Designated Safeguarding Lead, reported that 14 concerns had been "
        "logged in the autumn term and two referrals made to children's social care. Mrs "
        "Kaur checked the single central record on 12 January and found it complete."
    )
    action(
        "Mrs Kaur to complete the termly safeguarding monitoring visit before the February "
        "half term."
    )

    item("Finance")
    para(
        "The School Business Manager presented the budget monitoring report to 31 December "
        "2025. The forecast carry forward is £38,400, after an overspend of £12,000 on supply "
        "staff caused by long-term sickness. The Trust's Finance and Audit Committee has "
        "approved the mid-year reforecast."
    )
    para("Governors noted the budget monitoring report.")

    item("Policies")
    para("Governors reviewed the following policies:")
    document.add_paragraph("SEND policy (annual review)", style="List Bullet")
    document.add_paragraph("Accessibility Plan 2026–2029", style="List Bullet")
    document.add_paragraph(
        "Charging and Remissions Policy (Trust policy, for information)", style="List Bullet"
    )
    para("Governors APPROVED the SEND policy and the Accessibility Plan.")

    item("Governor visits and training")
    para(
        "Mr Lomax reported on his visit on 14 January to look at early reading. His visit "
        "note had been circulated; he saw consistent teaching of phonics in Reception and "
        "Year 1 and well-stocked reading corners."
    )
    action(
        "Clerk to book the Trust's governor training on the Ofsted framework for the spring term."
    )
    action(
        "Mr Lomax and the Headteacher to arrange a follow-up visit to Year 1 phonics lessons "
        "in March."
    )

    item("Pupil premium strategy – mid-year review")
    para(
        "The Headteacher presented the mid-year review of the pupil premium strategy. The "
        "tutoring programme has reached 46 pupils, and attendance at breakfast club has "
        "doubled since September."
    )
    bold_then(
        para(),
        "AGREED: ",
        "to review the impact of the tutoring programme at the summer term meeting, before "
        "the strategy statement is renewed.",
    )

    item("Any other business")
    para(
        "The Chair reminded governors that the Trust's annual governance conference is on "
        "Saturday 14 March."
    )

    item("Date of next meeting")
    para("Tuesday 24 March 2026 at 6.00pm in the school library.")

    para("The meeting closed at 7.52pm.").paragraph_format.space_before = Pt(12)

    save_deterministic(document, HERE / f"{ACADEMY_NAME}.docx", FIXED_TIME)


def main() -> None:
    parish()
    town()
    housing()
    academy()


if __name__ == "__main__":
    main()
