"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_15/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

Like round 14, this round is meant to be representative of the Word minutes clerks most
often upload, so each document uses ordinary Word features, laid out the way a different
kind of clerk types them:

- h15-docx-town-council-fc-refs: a town council whose clerk types minute references of the
  form `FC/25/26/101` at the start of a Normal paragraph, a tab, and the title in bold
  underlined capitals, with a hanging indent; sub-items (a), (b), (c) are lettered by a Word
  list that restarts in each item (the letters are not in the text); "RESOLVED" in a bold
  run; the Town Mayor's engagements and the discussion points are "List Bullet"
  paragraphs; a payments summary table; header and signature / PAGE footer.
- h15-docx-parish-council-numbered-headings: a parish council whose items are "Heading 1"
  paragraphs numbered 1., 2. … by a Word multilevel list, with "Heading 2" sub-headings
  numbered 6.1, 6.2 … by its second level (no numbers in the text); a planning applications
  table with the Parish Council's response to each, a table of the District Council's
  decisions, a payments table, "List Bullet" lists for the police report, the discussion
  points and the correspondence; "Page n of m" footer.
- h15-docx-housing-association-board: a housing association board whose items are
  "Heading 2" paragraphs typed "Item n: Title"; an action log table (Ref / Action / Lead /
  Due / Status) under matters arising; "The Board NOTED / APPROVED" with bold verbs; "In
  discussion, …" "List Bullet" points; an approval with typed (a)/(b) paragraphs and a
  resolution whose entries are "List Number" paragraphs numbered by Word; bold "ACTION:"
  runs; header and PAGE footer.
- h15-docx-primary-school-governors-table: a primary school's full governing board whose
  minutes are one three-column table (Item / Minute / Action) with a shaded header row, a
  bold title at the top of each Minute cell, "List Bullet" questions and answers inside a
  cell, bold "AGREED:" and "ACTION:" runs, and the owner's initials in the Action column;
  header and PAGE footer.
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
    add_abstract_list,
    add_field,
    add_list,
    add_list_instance,
    add_table,
    bold_header_row,
    bold_then,
    fix_properties,
    labelled,
    list_level,
    new_document,
    page_footer,
    page_x_of_y,
    save_deterministic,
    set_numbering,
    set_widths,
)

FIXED_TIME = dt.datetime(2026, 3, 30, 10, 15, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------------
# 1. Town council: typed FC/25/26/nnn references, Word-lettered sub-items.
# ---------------------------------------------------------------------------------------------

TOWN_NAME = "h15-docx-town-council-fc-refs"

TOWN_PAYMENTS = [
    ("Budget heading", "Number of payments", "Amount"),
    ("Staffing (salaries, PAYE, pension)", "6", "£14,206.33"),
    ("Market Hall and offices", "9", "£4,118.72"),
    ("Parks, open spaces and allotments", "7", "£3,902.40"),
    ("Events and Town Mayor", "4", "£1,618.72"),
    ("Total", "26", "£23,846.17"),
]


def town() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Castlemoor Town Council – Full Council – 16 March 2026", FIXED_TIME)
    letters = add_abstract_list(
        document, list_level(0, "(%1)", "lowerLetter", indent=2552, hanging=709)
    )

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Castlemoor Town Council – Full Council – 16 March 2026"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.add_run("Signed ………………………… Town Mayor      Date ……………\t\t")
    add_field(footer, "PAGE", "1")

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("CASTLEMOOR TOWN COUNCIL")
    run.bold = True
    run.font.size = Pt(15)
    subtitle = document.add_paragraph()
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.add_run(
        "Minutes of the Meeting of the Full Council held in the Council Chamber, Market Hall, "
        "Castlemoor on Monday 16 March 2026 at 7.00pm"
    ).bold = True

    labelled(
        document,
        "Present: ",
        "Cllr Jennifer Wragg (Town Mayor, in the Chair), Cllr Eileen Bramall (Deputy Town "
        "Mayor), Cllrs Harold Firth, Neil Gorton, Sadia Iqbal, Robert Kenworthy, Dawn "
        "Leadbeater, Ian Marsden, Chloe Norcliffe, Vikram Patel, Lesley Shuttleworth, Kevin "
        "Tattersall and Michael Uttley",
    )
    labelled(
        document,
        "In attendance: ",
        "Andrew Birkett (Town Clerk), Sophie Gledhill (Deputy Town Clerk), County Cllr Paul "
        "Nuttall, District Cllr Amrit Sohal, five members of the public",
    )

    hang = Cm(3.2)

    def item(ref: str, title_text: str):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = hang
        paragraph.paragraph_format.first_line_indent = -hang
        paragraph.paragraph_format.tab_stops.add_tab_stop(hang)
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(ref + "\t").bold = True
        title_run = paragraph.add_run(title_text)
        title_run.bold = True
        title_run.underline = True
        return paragraph

    def para(text: str = ""):
        paragraph = document.add_paragraph(text)
        paragraph.paragraph_format.left_indent = hang
        return paragraph

    def sub_item(num_id: int, text: str):
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = True
        set_numbering(paragraph, num_id)
        paragraph.paragraph_format.space_before = Pt(4)
        return paragraph

    def resolved(text: str):
        return bold_then(para(), "RESOLVED ", text)

    def bullet(text: str) -> None:
        paragraph = document.add_paragraph(text, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(3.8)

    item("FC/25/26/101", "APOLOGIES FOR ABSENCE")
    para(
        "Apologies were received from Cllr Fiona Lightowler (illness) and Cllr Martin Cragg "
        "(work commitments)."
    )

    item("FC/25/26/102", "DECLARATIONS OF INTEREST")
    para(
        "Cllr Bramall declared a non-pecuniary interest in FC/25/26/110 as secretary of "
        "Castlemoor Tuesday Club, and did not vote on that grant."
    )

    item("FC/25/26/103", "PUBLIC PARTICIPATION")
    para(
        "Mrs Doreen Haigh of Chapel Fold asked about the broken railings on the footbridge "
        "over Castle Beck, which had been taped off since January. Cllr Firth agreed to meet "
        "Mrs Haigh on site and report the damage to the County Council."
    )
    para(
        "Mr Stuart Lomas spoke in support of the Market Hall roof repairs on behalf of the "
        "Castlemoor Market Traders' Association."
    )

    item("FC/25/26/104", "MINUTES")
    minutes_letters = add_list_instance(document, letters, restart=True)
    sub_item(minutes_letters, "Full Council, 16 February 2026")
    resolved(
        "that the minutes of the Full Council meeting held on 16 February 2026 be approved and "
        "signed as a correct record."
    )
    sub_item(minutes_letters, "Committee minutes")
    resolved(
        "that the minutes of the Planning Committee meetings held on 2 and 23 February 2026 "
        "and of the Amenities Committee meeting held on 9 February 2026 be received, and that "
        "the recommendation in Amenities Committee minute AM/25/26/044 on allotment rents for "
        "2026/27 be adopted."
    )

    item("FC/25/26/105", "TOWN MAYOR'S ANNOUNCEMENTS")
    para("The Town Mayor reported on her engagements since the last meeting:")
    bullet("the Castlemoor Brass Band's winter concert, 21 February;")
    bullet("the civic service at St Oswald's Church, 1 March;")
    bullet("the opening of the refurbished Northfield Community Library, 7 March.")

    item("FC/25/26/106", "REPORTS OF COUNTY AND DISTRICT COUNCILLORS")
    para(
        "County Cllr Nuttall reported that the repairs to the Castle Beck footbridge were in "
        "the County Council's programme for the summer. District Cllr Sohal said that the "
        "District Council would start consulting on changes to car parking charges in April."
    )

    item("FC/25/26/107", "FINANCE")
    finance_letters = add_list_instance(document, letters, restart=True)
    sub_item(finance_letters, "Schedule of payments")
    resolved(
        "to approve the payments for February 2026 totalling £23,846.17, as listed in the "
        "schedule, which had been checked against the invoices by Cllr Bramall."
    )
    payments = add_table(document, TOWN_PAYMENTS)
    set_widths(payments, (8.0, 3.6, 3.2))
    for cell in payments.rows[-1].cells:
        if cell.paragraphs[0].runs:
            cell.paragraphs[0].runs[0].bold = True
    sub_item(finance_letters, "Budget monitoring")
    para(
        "The Council noted the budget monitoring report to 28 February 2026, which forecast "
        "an underspend of £6,240 for the year."
    )
    sub_item(finance_letters, "Earmarked reserves")
    resolved(
        "to transfer £15,000 from the general reserve to the Market Hall roof earmarked reserve."
    )

    item("FC/25/26/108", "MARKET HALL ROOF REPAIRS")
    para(
        "The Town Clerk reported on the three tenders received for the repairs to the Market "
        "Hall roof: Moorgate Heritage Roofing Ltd, £86,420; J. Kenyon and Sons, £93,150; and "
        "Castle Beck Building Services, £101,780 (all plus VAT). The surveyor had recommended "
        "Moorgate Heritage Roofing Ltd."
    )
    para("During discussion the following points were made:")
    bullet(
        "the roof has leaked into the main hall three times this winter and the market "
        "traders have lost trade on wet days;"
    )
    bullet(
        "the work should be phased so that the Saturday market and the Christmas lights "
        "switch-on are not affected;"
    )
    bullet(
        "Moorgate Heritage Roofing had completed similar work on listed buildings in the "
        "district and had good references."
    )
    para(
        "Cllr Gorton proposed, seconded by Cllr Tattersall, that the decision be deferred "
        "until the outcome of the Council's heritage grant bid was known in June. The "
        "proposal was LOST (3 for, 10 against)."
    )
    para("Proposed Cllr Firth, seconded Cllr Bramall.")
    resolved(
        "to award the contract for the Market Hall roof repairs to Moorgate Heritage Roofing "
        "Ltd at £86,420 plus VAT, funded from the Market Hall roof earmarked reserve."
    )
    para("Town Clerk to notify the unsuccessful tenderers and arrange a pre-start meeting.")

    item("FC/25/26/109", "ANNUAL TOWN MEETING")
    para(
        "It was agreed that the Annual Town Meeting be held on Thursday 23 April 2026 at "
        "7.00pm in the Market Hall."
    )
    para("Deputy Town Clerk to invite local organisations to display their work at the meeting.")

    item("FC/25/26/110", "COMMUNITY GRANTS")
    resolved(
        "to award grants of £500 to Castlemoor Carnival Committee and £350 to Castlemoor "
        "Tuesday Club, and to decline the application from Northfield Angling Society as it "
        "falls outside the Council's grants policy."
    )

    item("FC/25/26/111", "EXCLUSION OF THE PRESS AND PUBLIC")
    resolved(
        "that, under section 1(2) of the Public Bodies (Admission to Meetings) Act 1960, the "
        "press and public be excluded for item FC/25/26/112 because of the confidential "
        "nature of the staffing matters to be discussed."
    )

    item("FC/25/26/112", "STAFFING")
    resolved(
        "to accept the recommendation of the Staffing Committee that the post of Facilities "
        "Officer be regraded from SCP 12 to SCP 15 from 1 April 2026."
    )

    closing = document.add_paragraph("The meeting closed at 9.12pm.")
    closing.paragraph_format.space_before = Pt(12)

    save_deterministic(document, HERE / f"{TOWN_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 2. Parish council: "Heading 1" / "Heading 2" numbered by a Word multilevel list.
# ---------------------------------------------------------------------------------------------

PARISH_NAME = "h15-docx-parish-council-numbered-headings"

APPLICATIONS = [
    ("Application", "Location", "Proposal", "Parish Council response"),
    (
        "SA/26/0042/HOU",
        "Hollins Cottage, Wold Lane",
        "Two-storey side extension and detached garage",
        "No objection.",
    ),
    (
        "SA/26/0057/FUL",
        "Land north of Church Bank",
        "Erection of four dwellings with new access",
        "Objection: outside the development limits in the Local Plan; the new access is on "
        "the bend of Church Bank where visibility is poor; loss of the hedgerow.",
    ),
    (
        "SA/26/0063/LBC",
        "The Old Vicarage, Main Street",
        "Replacement of rear windows in timber",
        "Support: the timber windows will match the originals.",
    ),
]

DISTRICT_DECISIONS = [
    ("Application", "Location", "Proposal", "District Council decision"),
    ("SA/25/0981/HOU", "3 Beck Side", "Rear conservatory", "Granted"),
    ("SA/25/1014/FUL", "Wold Farm, Wold Lane", "Agricultural storage building", "Granted"),
    ("SA/25/1102/ADV", "The Fleece Inn, Main Street", "Illuminated signs", "Refused"),
]

PARISH_PAYMENTS = [
    ("Payee", "Details", "Amount"),
    ("L Varney", "Clerk's salary, January (net)", "£448.60"),
    ("HMRC", "PAYE, January", "£112.20"),
    ("Ellerby Wold Village Institute", "Room hire, 2025/26", "£120.00"),
    ("Ashdale Grounds Care", "Winter hedge cutting, village green", "£265.00"),
    ("Total", "", "£945.80"),
]


def parish() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Ellerby Wold Parish Council – minutes – 9 February 2026", FIXED_TIME)
    items = add_list(
        document,
        list_level(0, "%1.", indent=567, style_id="Heading1")
        + list_level(1, "%1.%2", indent=851, hanging=709, style_id="Heading2"),
        multilevel=True,
    )

    section = document.sections[0]
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer)

    title = document.add_paragraph("ELLERBY WOLD PARISH COUNCIL", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = document.add_paragraph(
        "Minutes of the Ordinary Meeting of the Parish Council held on Monday 9 February 2026 "
        "at 7.15pm at Ellerby Wold Village Institute"
    )
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Councillors present: ",
        "Cllr Raymond Sugden (Chairman), Cllr Patricia Dawe, Cllr Owen Ibbotson, Cllr Helen "
        "Mawson, Cllr Jack Spooner",
    )
    labelled(
        document,
        "Also present: ",
        "Mrs Linda Varney (Clerk), District Cllr Yusuf Rahman, PCSO Lorna Fitch (for item 5) "
        "and two members of the public",
    )

    def item(title_text: str):
        paragraph = document.add_paragraph(title_text, style="Heading 1")
        set_numbering(paragraph, items, 0)
        return paragraph

    def sub_heading(title_text: str):
        paragraph = document.add_paragraph(title_text, style="Heading 2")
        set_numbering(paragraph, items, 1)
        return paragraph

    def para(text: str = ""):
        return document.add_paragraph(text)

    def bullet(text: str) -> None:
        document.add_paragraph(text, style="List Bullet")

    item("Apologies for absence")
    para("Apologies were received from Cllr Naomi Bright (holiday).")

    item("Declarations of interest and dispensations")
    para("There were no declarations of interest and no requests for dispensations.")

    item("Public forum")
    para(
        "A resident of Wold Lane reported that the finger post at the junction of bridleway "
        "EW4 and Wold Lane had been knocked down by a vehicle."
    )
    para(
        "Clerk to report the damaged finger post to the County Council's public rights of way team."
    )

    item("Minutes of the meeting held on 12 January 2026")
    para(
        "It was proposed by Cllr Mawson, seconded by Cllr Spooner and unanimously RESOLVED that "
        "the minutes of the meeting held on 12 January 2026 be approved and signed by the "
        "Chairman."
    )

    item("Police report")
    para("PCSO Fitch gave the report for January 2026:")
    bullet("two thefts of diesel from farm tanks on Wold Lane;")
    bullet("one report of a vehicle driven across the village green at night;")
    bullet("the rural crime team's trailer marking event at the Fleece Inn on 14 March.")

    item("Planning")
    sub_heading("Applications received")
    para(
        "The Council considered the following applications and RESOLVED to respond to South "
        "Ashdale District Council as shown in the table."
    )
    applications = add_table(document, APPLICATIONS)
    set_widths(applications, (3.0, 3.6, 4.4, 5.0))
    sub_heading("Decisions issued by South Ashdale District Council")
    decisions = add_table(document, DISTRICT_DECISIONS)
    set_widths(decisions, (3.0, 3.6, 4.6, 4.8))

    item("Finance")
    sub_heading("Payments")
    para("RESOLVED to approve the payments listed below.")
    payments = add_table(document, PARISH_PAYMENTS)
    set_widths(payments, (5.0, 7.5, 3.0))
    sub_heading("Internal audit")
    para("RESOLVED to appoint Mrs Carol Ketley as internal auditor for 2025/26 at a fee of £180.")

    item("Highways")
    para(
        "The Chairman reported that the County Council had repainted the 30mph roundels on "
        "the B6371 at both ends of the village."
    )
    para("Councillors raised the following concerns:")
    bullet(
        "speeds on the B6371 past the school are still high, especially in the evening, and "
        "the roundels have made little difference;"
    )
    bullet("the potholes on Wold Lane and Church Bank have got worse since the frost;")
    bullet(
        "the gully outside the Village Institute has been blocked since November and floods "
        "the footway."
    )
    para(
        "It was agreed to ask the County Council to carry out a speed survey on the B6371 "
        "through the village."
    )
    para(
        "Cllr Dawe will report the potholes on Wold Lane and Church Bank through the County "
        "Council's online reporting system."
    )

    item("Village green and play area")
    para(
        "Two quotations had been received for replacing the two wooden benches on the village "
        "green: Ashdale Woodcraft, £1,140, and Pennine Park Furniture, £1,396."
    )
    para("RESOLVED to accept the quotation from Ashdale Woodcraft for £1,140.")
    para("Clerk to order the benches and arrange for the old ones to be removed.")

    item("Community Emergency Plan")
    para(
        "Cllr Ibbotson had updated the Community Emergency Plan with the new key holders for "
        "the Village Institute and the flood warden contact details."
    )
    para("RESOLVED to adopt the updated Community Emergency Plan (February 2026).")
    para("Cllr Ibbotson to put copies in the Village Institute, the church and the shop.")

    item("Correspondence")
    bullet("South Ashdale District Council – Local Plan review, call for sites, closes 27 March.")
    bullet("Ellerby Wold Village Institute – thanks for the grant towards the new boiler.")
    bullet("Ashdale Association of Local Councils – spring newsletter.")

    item("Items for the next agenda")
    para("Annual Parish Meeting arrangements; the water supply to the allotments.")

    item("Date of next meeting")
    para("Monday 9 March 2026 at 7.15pm at Ellerby Wold Village Institute.")

    para("The meeting closed at 8.56pm.").paragraph_format.space_before = Pt(12)
    para("Signed ……………………………………… Chairman          Date ………………………")

    save_deterministic(document, HERE / f"{PARISH_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 3. Housing association board: "Heading 2" typed "Item n:", action log under matters arising.
# ---------------------------------------------------------------------------------------------

HOUSING_NAME = "h15-docx-housing-association-board"

ACTION_LOG = [
    ("Ref", "Action", "Lead", "Due", "Status"),
    (
        "BA/25/31",
        "Report on the options for the sheltered housing schemes with shared bathrooms",
        "Director of Housing",
        "Feb 2026",
        "Complete – on the agenda for April at the Board's request",
    ),
    (
        "BA/25/34",
        "Circulate the results of the tenant satisfaction survey by area",
        "Director of Customer Services",
        "Dec 2025",
        "Complete",
    ),
    (
        "BA/25/35",
        "Arrange a Board visit to the Foundry Lane development",
        "Company Secretary",
        "Mar 2026",
        "Booked for 18 March",
    ),
    (
        "BA/25/37",
        "Review the Board's code of conduct against the new NHF code",
        "Company Secretary",
        "Apr 2026",
        "In progress",
    ),
]


def housing() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Millrace Homes – Board minutes – 25 February 2026", FIXED_TIME)

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Millrace Homes – Board – 25 February 2026 – CONFIDENTIAL until approved"
    page_footer(section, "Page ", alignment=WD_ALIGN_PARAGRAPH.RIGHT)

    document.add_paragraph("Millrace Homes", style="Title")
    document.add_paragraph(
        "Minutes of the meeting of the Board held on Wednesday 25 February 2026 at 2.00pm at "
        "Millrace House, Weaver Street, Dunstow"
    )
    present = labelled(document, "Board members present: ", "Helen Oyelaran-Smith (Chair)")
    present.add_run().add_break(WD_BREAK.LINE)
    present.add_run(
        "Kwame Asante, Bernadette Cullinane, Graham Letts, Priya Ramaswamy, Alistair Ure and "
        "Deborah Whitworth"
    )
    labelled(
        document,
        "In attendance: ",
        "Mark Jolley (Chief Executive), Susannah Orme (Director of Finance), Carl Dempsey "
        "(Director of Property Services), Nadia Farooq (Director of Customer Services), Owen "
        "Rees-Lewis (Company Secretary, minutes)",
    )
    labelled(document, "Apologies: ", "Jonathan Esslemont")

    def item(title_text: str):
        return document.add_paragraph(title_text, style="Heading 2")

    def para(text: str = ""):
        return document.add_paragraph(text)

    def board(verb: str, text: str):
        return bold_then(para(), f"The Board {verb} ", text)

    def action(text: str):
        return bold_then(para(), "ACTION: ", text)

    def lettered(letter: str, text: str):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(1.5)
        paragraph.paragraph_format.first_line_indent = Cm(-0.75)
        paragraph.add_run(f"({letter})  {text}")
        return paragraph

    item("Item 1: Welcome, apologies and quorum")
    para(
        "The Chair welcomed everyone. Apologies were received from Jonathan Esslemont. Seven "
        "of the eight Board members were present and the meeting was quorate."
    )

    item("Item 2: Declarations of interest")
    para(
        "Kwame Asante declared an interest in Item 7 as a Millrace tenant. Under the Board's "
        "code of governance, tenant Board members may take part in decisions on rents that "
        "apply to all tenants, and he did so."
    )

    item("Item 3: Minutes of the meeting held on 26 November 2025")
    board("APPROVED", "the minutes of the meeting held on 26 November 2025 as a correct record.")

    item("Item 4: Matters arising and action log")
    para("The Company Secretary presented the action log.")
    log = add_table(document, ACTION_LOG)
    set_widths(log, (2.0, 6.4, 3.4, 1.8, 3.2))
    bold_header_row(log, "E2EFD9")
    board("NOTED", "the action log.").paragraph_format.space_before = Pt(6)

    item("Item 5: Chief Executive's update")
    para(
        "The Chief Executive updated the Board on the Regulator of Social Housing's new "
        "inspection programme, under which Millrace expects to be inspected in 2026/27, and "
        "on the progress of the merger talks between two neighbouring associations, which "
        "do not affect Millrace directly."
    )
    board("NOTED", "the update.")

    item("Item 6: Repairs and maintenance performance")
    para(
        "The Director of Property Services presented the performance report for the third "
        "quarter. 91.2% of emergency repairs were completed within 24 hours (target 98%) and "
        "the average time to complete a routine repair was 27 days (target 20). 148 damp and "
        "mould cases were open, of which 36 were classed as category 1 hazards."
    )
    para("In discussion, Board members made the following points:")
    document.add_paragraph(
        "the emergency repairs figure had fallen for three quarters running and the Board "
        "wanted to know whether the contractor was under-resourced;",
        style="List Bullet",
    )
    document.add_paragraph(
        "the new legal time limits for investigating and fixing damp and mould will apply "
        "from October, and the current figures suggest Millrace would not meet them;",
        style="List Bullet",
    )
    document.add_paragraph(
        "tenants have told the Tenant Voice Panel that they are not told when an appointment "
        "is cancelled;",
        style="List Bullet",
    )
    document.add_paragraph(
        "the figures should be shown by area, as performance in the rural areas is worse.",
        style="List Bullet",
    )
    board("NOTED", "the performance report.")
    action(
        "Director of Property Services to bring a report on readiness for the new damp and "
        "mould time limits to the May meeting."
    )

    item("Item 7: Rent and service charges 2026/27")
    para(
        "The Director of Finance presented the proposals for rents and service charges from 6 "
        "April 2026, in line with the Rent Standard."
    )
    bold_then(para(), "The Board APPROVED:", "")
    lettered(
        "a",
        "a rent increase of 4.8% (CPI + 1%) for social and affordable rent homes from 6 April "
        "2026;",
    )
    lettered(
        "b",
        "service charges for 2026/27 as set out in Appendix 2, with the increase in the "
        "sheltered housing support charge limited to 3%.",
    )

    item("Item 8: New revolving credit facility")
    para(
        "The Director of Finance presented the proposal to replace the £10m facility with "
        "Tollgate Building Society, which expires in June, with a new £15m revolving credit "
        "facility with Harbourne Bank plc, to fund the development programme."
    )
    bold_then(para(), "RESOLVED: ", "That the Board:")
    document.add_paragraph(
        "approves the £15m revolving credit facility with Harbourne Bank plc on the terms "
        "set out in the report;",
        style="List Number",
    )
    document.add_paragraph(
        "approves the charging of 142 properties, listed in Appendix 1, as security for the "
        "facility;",
        style="List Number",
    )
    document.add_paragraph(
        "authorises any two of the Chair, the Chief Executive and the Director of Finance to "
        "sign the facility agreement and the security documents.",
        style="List Number",
    )

    item("Item 9: Tenant Voice Panel annual report")
    para(
        "Rosalie Gant, Chair of the Tenant Voice Panel, presented the Panel's annual report. "
        "The Panel had reviewed the lettings standard and the handling of anti-social "
        "behaviour cases during the year."
    )
    board("NOTED", "the report and thanked the Panel's members for their work.")
    para(
        "The Chair will attend the Panel's meeting in April to discuss its priorities for 2026/27."
    )

    item("Item 10: Strategic risk register")
    para(
        "The Board reviewed the strategic risk register and APPROVED the addition of a new "
        "risk on the cost of meeting the 2030 energy efficiency target for its homes."
    )

    item("Item 11: Any other business")
    action("Company Secretary to circulate the annual Board effectiveness survey by 6 March.")

    next_meeting = para()
    next_meeting.paragraph_format.space_before = Pt(10)
    bold_then(next_meeting, "Date of next meeting: ", "Wednesday 29 April 2026 at 2.00pm.")

    save_deterministic(document, HERE / f"{HOUSING_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 4. Primary school full governing board: minutes in one Item / Minute / Action table.
# ---------------------------------------------------------------------------------------------

SCHOOL_NAME = "h15-docx-primary-school-governors-table"


def school() -> None:
    document = new_document("Arial", 10)
    fix_properties(
        document,
        "Foxhollow Community Primary School – Full Governing Board – 10 February 2026",
        FIXED_TIME,
    )

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Foxhollow Community Primary School – FGB minutes – Spring 1"
    footer = section.footer.paragraphs[0]
    footer.add_run("Chair's signature …………………………\tPage ")
    add_field(footer, "PAGE", "1")

    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading_run = heading.add_run("FOXHOLLOW COMMUNITY PRIMARY SCHOOL")
    heading_run.bold = True
    heading_run.font.size = Pt(14)
    sub = document.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run(
        "Minutes of the Full Governing Board meeting held on Tuesday 10 February 2026 at "
        "6.00pm in the school hall"
    ).bold = True

    labelled(
        document,
        "Present: ",
        "Anne Tolley (Chair, AT), Gavin Roebuck (Vice-Chair, GR), Jessica Hume (Headteacher, "
        "HT), Emma Barraclough (EB), Sunil Mehta (SM), Lucy Ostrowski (LO), Danny Holgate-"
        "Brown (DHB)",
    )
    labelled(
        document,
        "In attendance: ",
        "Paula Greenwood (School Business Manager, SBM), Karen Hartley-Lee (Clerk)",
    )
    labelled(document, "Apologies: ", "Rhys Penberthy")

    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Item", "Minute", "Action"), strict=True):
        cell.text = text
    bold_header_row(table, "D9D9D9")

    def row(number: str, title_text: str, owner: str = ""):
        cells = table.add_row().cells
        cells[0].text = number
        first = cells[1].paragraphs[0]
        first.add_run(title_text).bold = True
        cells[2].text = owner
        return cells[1]

    def cell_para(cell, text: str = ""):
        return cell.add_paragraph(text)

    def cell_label(cell, label: str, text: str):
        return bold_then(cell.add_paragraph(), label, text)

    cell = row("1", "Welcome and apologies")
    cell_para(
        cell,
        "The Chair welcomed governors. Apologies had been received from Rhys Penberthy, who "
        "was working away.",
    )

    cell = row("2", "Declarations of business and pecuniary interests")
    cell_para(
        cell,
        "No interests were declared in any item on the agenda. The register of interests is "
        "up to date and on the school website.",
    )

    cell = row("3", "Minutes of the meeting held on 2 December 2025 and matters arising")
    cell_label(cell, "AGREED: ", "the minutes were a true record and were signed by the Chair.")
    cell_para(
        cell,
        "Matters arising: the new visitors' sign-in system is in place; the PE and sport "
        "premium report has been published on the website.",
    )

    cell = row("4", "Headteacher's report", "HT")
    cell_para(
        cell,
        "The HT's report had been circulated. Attendance for the autumn term was 94.6% and "
        "persistent absence 16.1%. Reception children's early reading is ahead of last year, "
        "and the school has been chosen as a maths hub partner school for 2026/27.",
    )
    cell_para(cell, "Questions and challenge from governors:")
    cell.add_paragraph(
        "Why is persistent absence highest in Year 3? The HT explained that a small number of "
        "families account for most of it, and the attendance officer is working with each "
        "of them.",
        style="List Bullet",
    )
    cell.add_paragraph(
        "What will being a maths hub partner cost the school in staff time? Two half-day "
        "release sessions a term for the maths lead, covered by the hub's grant.",
        style="List Bullet",
    )
    cell.add_paragraph(
        "Are disadvantaged pupils in Reception keeping up in reading? Not yet: the gap is 11 "
        "percentage points, and daily catch-up sessions started in January.",
        style="List Bullet",
    )
    cell_para(cell, "Governors noted the Headteacher's report.")
    cell_label(
        cell,
        "ACTION: ",
        "HT to circulate the attendance improvement plan to governors before the next meeting.",
    )

    cell = row("5", "Finance", "SBM")
    cell_para(
        cell,
        "The SBM presented the budget monitoring report to 31 January. The school is "
        "forecasting an in-year deficit of £14,300, covered by the carry forward of £52,900. "
        "The SBM took governors through the Schools Financial Value Standard return.",
    )
    cell_para(
        cell,
        "Governors APPROVED the Schools Financial Value Standard return for 2025/26 for "
        "submission to the local authority.",
    )
    cell_label(
        cell, "ACTION: ", "SBM to submit the SFVS return to the local authority by 31 March."
    )

    cell = row("6", "Safeguarding", "EB")
    cell_para(
        cell,
        "The HT, as Designated Safeguarding Lead, reported that all staff had completed their "
        "annual safeguarding update and that the online safety policy had been shared with "
        "parents.",
    )
    cell_label(
        cell,
        "ACTION: ",
        "EB (safeguarding governor) to carry out the termly safeguarding monitoring visit, "
        "including a check of the single central record, before Easter.",
    )

    cell = row("7", "Policies")
    cell_para(
        cell,
        "The parents' consultation on the Relationships and Sex Education Policy closed on 23 "
        "January with 41 responses, most of them supportive.",
    )
    cell_label(
        cell,
        "AGREED: ",
        "to approve the Behaviour Policy and the Relationships and Sex Education Policy.",
    )

    cell = row("8", "Governor recruitment", "Clerk")
    cell_para(
        cell,
        "The Chair and the Vice-Chair had met Mr Piotr Zielinski, a local accountant, who "
        "had offered to join the board.",
    )
    cell_label(
        cell,
        "AGREED: ",
        "to appoint Mr Piotr Zielinski as a co-opted governor for four years from 10 "
        "February 2026.",
    )
    cell_label(
        cell,
        "ACTION: ",
        "Clerk to update Get Information about Schools and inform the local authority.",
    )

    cell = row("9", "Any other business")
    cell_para(
        cell, "The Chair reminded governors to complete the annual skills audit by 28 February."
    )

    cell = row("10", "Date of next meeting")
    cell_para(cell, "Tuesday 24 March 2026 at 6.00pm in the school hall.")

    set_widths(table, (1.2, 13.0, 2.2))

    closing = document.add_paragraph("The meeting closed at 7.48pm.")
    closing.paragraph_format.space_before = Pt(10)

    save_deterministic(document, HERE / f"{SCHOOL_NAME}.docx", FIXED_TIME)


def main() -> None:
    town()
    parish()
    housing()
    school()


if __name__ == "__main__":
    main()
