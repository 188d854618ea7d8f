"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_18/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

Like rounds 14 to 17, this round is meant to be representative of the Word minutes clerks
most often upload, so each document uses ordinary Word features, laid out the way a
different kind of clerk types them:

- h18-docx-town-council-numbered-paragraphs: a town council's full council; each item is a
  bold Normal paragraph numbered by a Word list that starts at 201 (the numbers are not in
  the text, and no heading style is used); typed bold-italic (a)–(c) sub-headings; the Town
  Mayor's engagements as "List Bullet"; a tenders table; "List Bullet" discussion points; a
  LOST amendment; bold "RESOLVED" and "ACTION:" runs; header and "Page n of m" footer.
- h18-docx-parish-council-heading3: a parish council; "Heading 3" items with typed numbers and
  agenda wording ("To approve the minutes …"); the PCSO's report and the correspondence as
  "List Bullet"; "Resolved:" in bold italics; a planning table with a "Parish Council's
  comments" column; a payments table; "Action: Clerk – …" paragraphs (owner, dash, task).
- h18-docx-academy-trust-board: a multi-academy trust's board of trustees; "Heading 1" items
  with typed numbers; "Present:" with initials; matters arising as status lines; "Challenge
  from trustees:" "List Bullet" questions with answers; bold "RESOLVED:" and "ACTION:" runs
  with the owner's initials in brackets; policies approved as "List Bullet"; PAGE footer.
- h18-docx-community-transport-trustees: a community transport charity's trustees; "Heading 2"
  items numbered by a Word list (the numbers are not in the text); a previous-actions table
  (Action / Who / Status); a journeys table; "Comments from trustees:" "List Bullet" points;
  "Trustees agreed / approved / adopted / noted"; "X to …" and "X will …" tasks; PAGE footer.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from word_parts import (  # noqa: E402
    add_decimal_list,
    add_list,
    add_table,
    bold_header_row,
    bold_then,
    centred_bold,
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

FIXED_TIME = dt.datetime(2026, 4, 21, 9, 45, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------------
# 1. Town council, full council: bold Normal paragraphs numbered 201 … by a Word list.
# ---------------------------------------------------------------------------------------------

TOWN_NAME = "h18-docx-town-council-numbered-paragraphs"

TOWN_TENDERS = [
    ("Tenderer", "Design", "Price"),
    ("Kerbside Skate Ltd", "Concrete street-style plaza with bowl", "£64,800"),
    ("Concourse Leisure Surfaces", "Modular steel ramps on new tarmac", "£51,250"),
    ("Urban Edge Build Ltd", "Concrete plaza without bowl", "£58,900"),
]


def town() -> None:
    document = new_document("Arial", 11)
    fix_properties(
        document, "Kestlebury Town Council – Full Council – 19 February 2026", FIXED_TIME
    )
    items = add_list(document, list_level(0, "%1.", indent=851, start=201, bold=True))

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Kestlebury Town Council – Full Council – 19 February 2026"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.add_run("Mayor's initials ……………          ")
    page_x_of_y(footer)

    centred_bold(document, "KESTLEBURY TOWN COUNCIL", 14)
    intro = document.add_paragraph(
        "Minutes of the meeting of the Full Council held on Thursday 19 February 2026 at 7.00pm "
        "in the Council Chamber, The Guildhall, Kestlebury"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Cllr Judith Ackland (Town Mayor, in the Chair), Cllr Peter Halsall (Deputy Town Mayor), "
        "Cllr Nicola Brent, Cllr Owen Treadwell, Cllr Sunita Bhogal, Cllr Geoff Lumley, Cllr "
        "Carol Benbow, Cllr Ian Worsthorne and Cllr Rachel Lund",
    )
    labelled(
        document,
        "In attendance: ",
        "Andrew Pilkington (Town Clerk), Kerry Dawlish (Events Officer), County Cllr Simon "
        "Trawden, and 11 members of the public",
    )

    def item(title_text: str):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(title_text).bold = True
        set_numbering(paragraph, items)
        return paragraph

    def para(text_value: str = ""):
        paragraph = document.add_paragraph(text_value)
        paragraph.paragraph_format.left_indent = Cm(1.5)
        return paragraph

    def bullet(text_value: str):
        paragraph = document.add_paragraph(text_value, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(2.1)
        return paragraph

    def resolved(text_value: str):
        return bold_then(para(), "RESOLVED ", text_value)

    def sub_heading(text_value: str):
        run = para().add_run(text_value)
        run.bold = True
        run.italic = True

    item("APOLOGIES FOR ABSENCE")
    para("Apologies were received from Cllr Martin Kelbrook (work) and Cllr Anne Chandler (ill).")

    item("DECLARATIONS OF INTEREST")
    para(
        "Cllr Benbow declared a non-registrable interest in the community grants item, as a "
        "member of the Kestlebury Carnival Committee, and took no part in that item."
    )

    item("PUBLIC FORUM")
    para(
        "Three young people from Kestlebury Youth Forum spoke in support of the refurbishment of "
        "the skate park. Mrs Eileen Dowdall asked why the public toilets in the Market Place had "
        "been closed on two weekends in January. The Town Clerk will arrange for the toilets to "
        "be inspected and will reply to Mrs Dowdall in writing."
    )

    item("MINUTES")
    resolved(
        "that the minutes of the Full Council meeting held on 22 January 2026 be approved and "
        "signed by the Town Mayor as a correct record."
    )
    resolved(
        "that the minutes of the Planning Committee meetings held on 29 January and 12 February "
        "2026 be received."
    )

    item("TOWN MAYOR'S ANNOUNCEMENTS")
    para("Since the last meeting the Town Mayor had attended:")
    bullet("the Holocaust Memorial Day service at St Aldhelm's Church on 27 January;")
    bullet("the opening of the new Kestlebury Food Pantry on 5 February;")
    bullet("the Kestlebury Rotary Club charity quiz on 13 February.")

    item("REPORTS FROM COUNTY AND DISTRICT COUNCILLORS")
    para(
        "County Cllr Trawden reported that Ambershire County Council had set its budget for "
        "2026/27 with a council tax increase of 4.99%, and said that the County Council would "
        "be consulting on changes to the Kestlebury bus routes in the spring. No District "
        "Councillor was present."
    )

    item("FINANCE")
    sub_heading("(a) Schedule of payments")
    resolved(
        "to approve the schedule of payments for January 2026 totalling £38,214.55, as circulated."
    )
    sub_heading("(b) Budget monitoring")
    para(
        "The Council noted the budget monitoring report to 31 January 2026, showing a projected "
        "underspend of £6,420 for the year."
    )
    sub_heading("(c) Earmarked reserves")
    resolved("to transfer £5,000 from the general reserve to the elections earmarked reserve.")

    item("SKATE PARK REFURBISHMENT")
    para(
        "The Town Clerk presented the three tenders received for the refurbishment of the skate "
        "park at Abbey Fields, which had been scored by the working group on design, "
        "durability and price:"
    )
    tenders = add_table(document, TOWN_TENDERS)
    set_widths(tenders, (5.4, 7.6, 2.6))
    bold_header_row(tenders, "D9D9D9")
    para("During the debate, councillors made these points:").paragraph_format.space_before = Pt(6)
    bullet(
        "a concrete park would last at least twenty years and cost much less to maintain than "
        "modular ramps, which had failed at the old park after eight years;"
    )
    bullet(
        "the young people who had spoken in the public forum had been involved in the design "
        "and strongly preferred the bowl;"
    )
    bullet("the work should be timed so that the park is open again before the summer holidays.")
    para(
        "Cllr Lumley moved an amendment that the decision be deferred until the results of the "
        "youth survey were known. On being put to the vote the amendment was LOST."
    )
    resolved(
        "to accept the tender from Kerbside Skate Ltd of £64,800, to be funded £40,000 "
        "from Community Infrastructure Levy receipts and £24,800 from the skate park earmarked "
        "reserve."
    )
    bold_then(
        para(),
        "ACTION: ",
        "Town Clerk to apply to Mendlow District Council for the release of the Community "
        "Infrastructure Levy funds.",
    )

    item("CHRISTMAS LIGHTS 2026")
    para(
        "The Events Officer reported that the contract with Glowcraft Festive Lighting had "
        "ended after the 2025 season. Glowcraft had offered to renew it for one year at £9,850, "
        "the same price as in 2025."
    )
    para("It was agreed to renew the contract with Glowcraft Festive Lighting for one year.")
    para(
        "The Events Officer will ask the Kestlebury Chamber of Trade whether its members would "
        "sponsor the lights on the High Street."
    )

    item("COMMUNITY GRANTS")
    para("Cllr Benbow left the room.")
    resolved(
        "to award grants of £500 to Kestlebury Carnival Committee, £350 to Kestlebury Men's Shed "
        "and £250 to St Aldhelm's Toddler Group."
    )
    para("Cllr Benbow returned to the meeting.")

    item("REPORTS FROM REPRESENTATIVES ON OUTSIDE BODIES")
    para(
        "Cllr Treadwell reported on the Kestlebury Town Hall Trust, which had been awarded a "
        "grant for a new roof, and Cllr Lund on the Abbey Fields Friends Group, which had "
        "planted 400 trees in the winter."
    )

    item("EXCLUSION OF THE PRESS AND PUBLIC")
    resolved(
        "that, under the Public Bodies (Admission to Meetings) Act 1960, the press and public be "
        "excluded from the meeting for the next item because of the confidential nature of the "
        "business to be discussed."
    )

    item("STAFFING")
    resolved(
        "to accept the recommendation of the Personnel Committee that the post of Deputy Town "
        "Clerk be regraded to SCP 24–27 from 1 April 2026."
    )

    closing = document.add_paragraph("The meeting closed at 9.02pm.")
    closing.paragraph_format.space_before = Pt(12)

    save_deterministic(document, HERE / f"{TOWN_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 2. Parish council: "Heading 3" items with typed numbers and agenda wording.
# ---------------------------------------------------------------------------------------------

PARISH_NAME = "h18-docx-parish-council-heading3"

PARISH_PLANNING = [
    ("Application", "Site and proposal", "Parish Council's comments"),
    (
        "26/0142/HOU",
        "Rose Cottage, Throstle Lane – two-storey side extension",
        "No objection.",
    ),
    (
        "26/0157/FUL",
        "Gorsey Bank Farm – change of use of barn to a farm shop and café",
        "Support: the shop would provide local employment and the access is adequate.",
    ),
    (
        "26/0163/OUT",
        "Land west of Quarry Brow – outline application for up to 24 dwellings",
        "Object: the site is outside the settlement boundary and Quarry Brow is too narrow for "
        "the extra traffic.",
    ),
]

PARISH_PAYMENTS = [
    ("Payee", "Details", "Amount"),
    ("D Walmsley", "Clerk's salary, February", "£512.80"),
    ("HMRC", "PAYE and NI", "£128.20"),
    ("Lanebury Association of Local Councils", "Annual subscription 2026/27", "£412.40"),
    ("Moorside Grounds Care", "Grass cutting and hedge works", "£865.00"),
    ("Gorsey Bank Village Hall", "Room hire, January to March", "£72.00"),
    ("Northern Energy", "Street lighting electricity", "£116.00"),
]


def parish() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Gorsey Bank Parish Council – Minutes – 2 March 2026", FIXED_TIME)

    section = document.sections[0]
    page_footer(section, "Gorsey Bank Parish Council – 2 March 2026 – page ")

    centred_bold(document, "GORSEY BANK PARISH COUNCIL", 14)
    intro = document.add_paragraph(
        "Minutes of the Ordinary Meeting of the Parish Council held on Monday 2 March 2026 at "
        "7.15pm in Gorsey Bank Village Hall"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Cllr Brian Tordiffe (Chairman), Cllr Wendy Ashurst (Vice-Chairman), Cllr Tony "
        "Cardwell, Cllr Julie Horrocks, Cllr Graham Lowcross",
    )
    labelled(
        document,
        "Also present: ",
        "Mrs Denise Walmsley (Clerk), PCSO Karen Tilling, four members of the public",
    )

    def item(title_text: str):
        return document.add_paragraph(title_text, style="Heading 3")

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    def resolved(text_value: str):
        paragraph = para()
        run = paragraph.add_run("Resolved: ")
        run.bold = True
        run.italic = True
        paragraph.add_run(text_value).italic = True
        return paragraph

    def action(owner: str, task: str):
        paragraph = para()
        paragraph.add_run(f"Action: {owner} – ").bold = True
        paragraph.add_run(task)
        return paragraph

    item("19. To receive apologies for absence")
    para("Apologies were received from Cllr Pam Stirzaker (holiday).")

    item("20. To receive declarations of interest")
    para("There were no declarations of interest.")

    item("21. Public participation")
    para(
        "A resident of Throstle Lane reported that the hedge along the footway between the school "
        "and the village hall had grown so far over the path that pushchairs had to go into the "
        "road. Another resident thanked the Council for the new bench at the bus stop."
    )
    action(
        "Clerk",
        "report the overgrown hedge on the Throstle Lane footway to Lanebury County Council.",
    )

    item("22. To approve the minutes of the meeting held on 2 February 2026")
    resolved(
        "that the minutes of the meeting held on 2 February 2026 be approved as a correct "
        "record and signed by the Chairman."
    )

    item("23. Police report")
    para("PCSO Tilling reported the following since the last meeting:")
    bullet("a theft of tools from a van parked on Quarry Brow overnight on 10 February;")
    bullet("two reports of off-road motorbikes on the bridleway above Gorsey Bank Farm;")
    bullet("a scam telephone call to an elderly resident, which had been reported to the bank.")

    item("24. Planning")
    resolved("to make the following comments to Ribbleton District Council:")
    planning = add_table(document, PARISH_PLANNING)
    set_widths(planning, (2.8, 6.6, 6.6))
    bold_header_row(planning, "E2EFDA")
    action("Clerk", "submit the Council's comments to Ribbleton District Council by 16 March.")

    item("25. Finance")
    para("(a) Payments").runs[0].bold = True
    resolved("to approve the payments listed below, totalling £2,106.40.")
    payments = add_table(document, PARISH_PAYMENTS)
    set_widths(payments, (5.6, 7.0, 2.8))
    bold_header_row(payments, "E2EFDA")
    para("(b) Budget monitoring").runs[0].bold = True
    para(
        "The Council noted the budget monitoring report to 28 February 2026. Spending was within "
        "budget, and £3,400 of the grass cutting budget would be carried into the new year."
    )

    item("26. War memorial")
    para(
        "The Clerk had obtained two quotations for cleaning and repointing the war memorial on "
        "the village green: Heritage Stone Care, £1,150, and R & J Masonry, £1,480."
    )
    para("Points raised in discussion:")
    bullet(
        "the lettering on the north face was now hard to read and should be recut at the same "
        "time if the cost allowed;"
    )
    bullet("the work should be finished well before Remembrance Sunday;")
    bullet(
        "the War Memorials Trust gives grants towards repairs, and the Council should apply "
        "before committing all of its own money."
    )
    resolved(
        "to accept the quotation from Heritage Stone Care of £1,150 for cleaning and repointing "
        "the war memorial, the work to be completed by the end of September."
    )
    action("Cllr Ashurst", "apply to the War Memorials Trust for a grant towards the work.")

    item("27. Neighbourhood Plan")
    para(
        "Cllr Cardwell reported that the steering group had finished the housing needs survey, "
        "with 212 replies, and would hold a drop-in event in the village hall in May."
    )
    para(
        "It was agreed that the Parish Council would meet the cost of hiring the village hall "
        "for the drop-in event."
    )
    para("Cllr Cardwell will book the hall and prepare the display boards with the steering group.")

    item("28. Correspondence")
    bullet("Ribbleton District Council – Local Plan examination hearings to start on 14 April.")
    bullet("Lanebury County Council – spring grit bin collection, week of 23 March.")
    bullet("Gorsey Bank Primary School – thanks for the donation towards the reading garden.")

    item("29. Councillors' reports and items for the next agenda")
    para(
        "Cllr Horrocks asked for the state of the bus shelter on Quarry Brow to be on the April agenda."
    )

    item("30. Date of next meeting")
    para("Monday 6 April 2026 at 7.15pm in the Village Hall.")

    closing = para("There being no further business, the Chairman closed the meeting at 8.58pm.")
    closing.paragraph_format.space_before = Pt(12)
    para("Signed ………………………………… Chairman          Date …………………")

    save_deterministic(document, HERE / f"{PARISH_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 3. Multi-academy trust board of trustees: "Heading 1" items with typed numbers.
# ---------------------------------------------------------------------------------------------

TRUST_NAME = "h18-docx-academy-trust-board"


def trust() -> None:
    document = new_document("Calibri", 11)
    fix_properties(
        document, "Riverstone Learning Trust – Board of Trustees – 10 March 2026", FIXED_TIME
    )

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Riverstone Learning Trust – Board of Trustees – Part 1 minutes"
    page_footer(section, alignment=WD_ALIGN_PARAGRAPH.RIGHT)

    title = document.add_paragraph("Riverstone Learning Trust", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT
    document.add_paragraph(
        "Minutes of the meeting of the Board of Trustees held on Tuesday 10 March 2026 at "
        "5.30pm at the Trust office, Riverstone Academy, and online"
    )
    labelled(
        document,
        "Present: ",
        "Ruth Kilbride (Chair) (RK), Trevor Napier (Vice-Chair) (TN), Dr Ayesha Lakhani (AL), "
        "Simon Ferriby (SF), Mary Cottrell (MC), Daniel Hoyle (Chief Executive Officer) (DH)",
    )
    labelled(
        document,
        "In attendance: ",
        "Joe Mellor (Chief Operating Officer) (JM), Sunil Chandran (Chief Financial Officer) "
        "(SC), Amanda Scholes (Trust Safeguarding Lead) (AS) for item 9, Kate Mawdsley "
        "(Governance Professional, clerk)",
    )

    def item(title_text: str):
        return document.add_paragraph(title_text, style="Heading 1")

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    def resolved(text_value: str):
        return bold_then(para(), "RESOLVED: ", text_value)

    def action(text_value: str):
        return bold_then(para(), "ACTION: ", text_value)

    item("1. Welcome, apologies and quorum")
    para(
        "The Chair welcomed trustees. Apologies were received from Ben Rothwell. "
        "The meeting was quorate."
    )

    item("2. Declarations of interest")
    para(
        "AL declared that her husband is a teacher at Ashbeck Primary School (item 6). She "
        "took part in the discussion but not in the decision."
    )

    item("3. Minutes of the meeting held on 9 December 2025 and matters arising")
    resolved(
        "The minutes of the meeting held on 9 December 2025 were approved as a correct record."
    )
    para("Matters arising:")
    for line in (
        "Cyber security training for trustees – completed by all trustees in January.",
        "Estates condition survey – report received; to the Finance and Estates Committee in "
        "April.",
        "Trustee skills audit – completed; results under item 7.",
    ):
        para(line).paragraph_format.left_indent = Cm(0.75)

    item("4. CEO's report")
    para(
        "The CEO presented his report. Attendance across the Trust's seven schools was 93.6% "
        "for the year to date, and persistent absence had fallen from 19.8% to 16.1%. Ofsted "
        "had inspected Riverstone Academy in January and judged it good in all areas."
    )
    para("Challenge from trustees:")
    bullet(
        "why persistent absence at Fellgate Primary, at 22%, was well above the other primary "
        "schools; the CEO explained that a small number of families accounted for most of it "
        "and that the Trust's attendance lead was now working with the school weekly;"
    )
    bullet(
        "whether the Year 6 mock results showed the schools on track for the 2026 tests; the CEO "
        "said that four of the six primary schools were above the 2025 national average in "
        "reading, writing and maths combined;"
    )
    bullet(
        "how the Trust would keep the good practice found by Ofsted at Riverstone Academy when "
        "its headteacher retires in August;"
    )
    bullet(
        "trustees challenged whether the central team had the capacity to support a new school "
        "(see item 6) while two headteachers were being recruited."
    )
    para("Trustees noted the CEO's report.")
    action(
        "CEO to share attendance and persistent absence figures by school and by pupil group "
        "with the Standards Committee for its May meeting. (DH)"
    )

    item("5. Finance: management accounts to 31 January 2026 and budget forecast")
    para(
        "The CFO presented the management accounts. The Trust was forecasting an in-year "
        "surplus of £184,000 against a budgeted surplus of £96,000, mainly because the teachers' "
        "pay award had been funded in full. The three-year forecast showed deficits in 2027/28 "
        "at two schools with falling rolls."
    )
    para("Trustees noted the management accounts and the three-year budget forecast.")

    item("6. Growth: proposed transfer of Ashbeck Primary School into the Trust")
    para(
        "The CEO presented the proposal for Ashbeck Primary School, a single-academy trust of 210 "
        "pupils, to join Riverstone Learning Trust from 1 September 2026. The board of Ashbeck "
        "had voted to seek to join the Trust in January. The transfer will need the approval of "
        "the Regional Director once the Trust's due diligence is complete."
    )
    resolved(
        "Trustees approved in principle the transfer of Ashbeck Primary School into the Trust, "
        "subject to satisfactory legal, financial and estates due diligence."
    )
    action(
        "COO to commission the legal, financial and estates due diligence and report the "
        "findings to the Board in May. (JM)"
    )

    item("7. Committee reports and trustee skills audit")
    para(
        "The minutes of the Audit and Risk Committee (3 February) and the Finance and Estates "
        "Committee (17 February) had been circulated. The Audit and Risk Committee had approved "
        "the internal scrutiny plan for 2026/27. The trustee skills audit had shown gaps in "
        "estates and in special educational needs."
    )
    para(
        "Trustees ratified the appointment of Simon Ferriby as Chair of the Audit and Risk "
        "Committee from 1 April 2026."
    )

    item("8. Policies")
    para("Trustees approved the following policies, which had been reviewed by the committees:")
    bullet("Admissions Policy 2027/28 (all schools);")
    bullet("Charging and Remissions Policy;")
    bullet("Whistleblowing Policy;")
    bullet("Trustees' and Local Governors' Expenses Policy.")

    item("9. Safeguarding annual report")
    para(
        "Amanda Scholes joined the meeting and presented the annual safeguarding report for the "
        "Trust. All schools' single central records had been checked in the autumn term with no "
        "significant gaps. Referrals to children's social care had risen by 14%."
    )
    para("Trustees noted the annual safeguarding report.")
    para(
        "The Trust Safeguarding Lead will carry out a check of each school's filtering and "
        "monitoring arrangements in the summer term and report the results to the Board in July."
    )
    para("Amanda Scholes left the meeting.")

    item("10. Any other business")
    para(
        "The Chair reminded trustees that the Trust's annual conference for local governors "
        "would be held on 20 June."
    )

    item("11. Date of next meeting")
    para("Tuesday 19 May 2026 at 5.30pm.")

    closing = para("The meeting closed at 7.40pm.")
    closing.paragraph_format.space_before = Pt(12)

    save_deterministic(document, HERE / f"{TRUST_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 4. Community transport charity trustees: "Heading 2" items numbered by a Word list.
# ---------------------------------------------------------------------------------------------

TRANSPORT_NAME = "h18-docx-community-transport-trustees"

TRANSPORT_PREVIOUS = [
    ("Action from 13 January", "Who", "Status"),
    ("Renew the minibus insurance with the new broker", "Treasurer", "Done – renewed 1 Feb"),
    ("Ask the GP surgeries to display the dial-a-ride leaflet", "Operations Manager", "Done"),
    ("Draft a volunteer expenses policy for trustees to consider", "Chair", "Carried forward"),
]

TRANSPORT_JOURNEYS = [
    ("", "Oct–Dec 2025", "Oct–Dec 2024"),
    ("Dial-a-ride passenger journeys", "4,118", "3,760"),
    ("Community car scheme journeys", "1,236", "1,302"),
    ("Group hire bookings", "94", "81"),
    ("Active volunteer drivers", "38", "42"),
]


def transport() -> None:
    document = new_document("Verdana", 10)
    fix_properties(document, "Dalesway Community Transport – Trustees – 17 March 2026", FIXED_TIME)
    items = add_decimal_list(document, "Heading2", 567)

    section = document.sections[0]
    page_footer(section, "Dalesway Community Transport – Trustees’ minutes – page ")

    heading = document.add_paragraph()
    run = heading.add_run("Dalesway Community Transport")
    run.bold = True
    run.font.size = Pt(16)
    document.add_paragraph(
        "Minutes of the Board of Trustees meeting held on Tuesday 17 March 2026 at 10.00am at "
        "the Depot, Station Yard, Swaleby"
    )
    labelled(
        document,
        "Trustees: ",
        "Margaret Iveson (Chair), Derek Firbank (Treasurer), Rosemary Ogden, Vikram Sood, "
        "Lesley Wadsworth",
    )
    labelled(document, "Staff: ", "Kath Lumsden (Operations Manager)")

    def item(title_text: str):
        paragraph = document.add_paragraph(title_text, style="Heading 2")
        set_numbering(paragraph, items)
        return paragraph

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    item("Welcome and apologies")
    para("Margaret welcomed everyone. There were no apologies; all five trustees were present.")

    item("Declarations of interest")
    para(
        "Vikram declared that his mother uses the dial-a-ride service. This was not thought to "
        "be a conflict for any item on the agenda."
    )

    item("Minutes of the meeting held on 13 January 2026")
    para("Trustees agreed the minutes of the meeting held on 13 January 2026 as a true record.")

    item("Actions from the last meeting")
    previous = add_table(document, TRANSPORT_PREVIOUS)
    set_widths(previous, (9.0, 3.6, 3.6))
    bold_header_row(previous, "DDEBF7")

    item("Operations Manager's report")
    para(
        "Kath presented her report for October to December 2025. Dial-a-ride journeys were up "
        "by 10% on the same quarter of 2024, but the number of active volunteer drivers had "
        "fallen to 38."
    )
    journeys = add_table(document, TRANSPORT_JOURNEYS)
    set_widths(journeys, (8.0, 3.6, 3.6))
    bold_header_row(journeys, "DDEBF7")
    para("Comments from trustees:").paragraph_format.space_before = Pt(6)
    bullet(
        "the fall in volunteer drivers was the biggest risk to the car scheme, and recruitment "
        "should target people who have recently retired;"
    )
    bullet(
        "the rise in dial-a-ride journeys was mostly for hospital appointments, and the hospital "
        "trust might be willing to contribute to the cost;"
    )
    bullet("the new online booking form had been well received by younger passengers.")
    para("Trustees noted the report.")

    item("Finance")
    para(
        "Derek presented the management accounts to 28 February 2026 and the draft budget for "
        "2026/27. Income from fares and the County Council's service level agreement was in line "
        "with budget; fuel costs were 6% below budget."
    )
    para("Trustees approved the budget for 2026/27.")
    para(
        "Trustees agreed to increase the dial-a-ride fare from £3.50 to £4.00 a single journey "
        "from 1 May 2026, with concessionary pass holders continuing to pay £2.00."
    )

    item("Replacement of minibus MB2")
    para(
        "Minibus MB2, a 2013 vehicle with 214,000 miles, had failed its MOT on corrosion and "
        "was not worth repairing. A new accessible 16-seat minibus would cost about £72,000."
    )
    para(
        "Trustees agreed to apply to the Swaleby Community Foundation for a grant of £48,000 "
        "towards a new accessible minibus, with the balance to come from the vehicle "
        "replacement reserve."
    )
    para("Derek to complete and submit the grant application by the closing date of 10 April.")

    item("Volunteer drivers")
    para(
        "Four new volunteer drivers had been recruited since January, but six had stopped "
        "driving. Two volunteers were waiting for their minibus driver training."
    )
    para(
        "Kath will arrange MiDAS minibus driver training for the two new volunteers before the "
        "end of April."
    )

    item("Safeguarding")
    para(
        "Lesley, as safeguarding lead trustee, presented the revised Safeguarding Policy, which "
        "adds guidance for drivers on passengers who appear confused or unwell."
    )
    para("Trustees adopted the revised Safeguarding Policy.")

    item("Any other business")
    para("Rosemary reported that the volunteers' spring lunch would be on Friday 24 April.")

    item("Date of next meeting")
    para("Tuesday 12 May 2026 at 10.00am at the Depot.")

    save_deterministic(document, HERE / f"{TRANSPORT_NAME}.docx", FIXED_TIME)


def main() -> None:
    town()
    parish()
    trust()
    transport()


if __name__ == "__main__":
    main()
