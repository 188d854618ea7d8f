"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_17/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

Like rounds 14 to 16, this round is meant to be representative of the Word minutes clerks
most often upload, so each document uses ordinary Word features, laid out the way a
different kind of clerk types them:

- h17-docx-town-council-planning-committee: a town council's planning and highways
  committee; items are Normal paragraphs with a bold typed reference and title
  (`41/26<tab>APOLOGIES FOR ABSENCE`) and a hanging indent; "Proposed by … seconded by … and
  RESOLVED" in one sentence; "List Bullet" points and a "List Bullet" list of the District
  Council's decisions; "RESOLVED to submit the following observations …" followed by an
  applications table with a "Town Council's observations" column; bold-italic (a) / (b)
  sub-headings; a task with "Action: Clerk" at a right-aligned tab stop; "Page n of m" footer.
- h17-docx-almshouse-charity-trustees: an almshouse charity's trustees; "Heading 2" items with
  typed numbers; a management accounts table; "Trustees approved / agreed / adopted";
  "Trustees raised the following points:" "List Bullet" points; tasks in the body marked
  "(Action n)" and repeated in a "Summary of actions" table after the last item; PAGE footer.
- h17-docx-housing-association-audit-risk-committee: a housing association's audit and risk
  committee; "Heading 1" items numbered by a Word list (the numbers are not in the text); an
  action log table under matters arising; "Committee members raised the following points:"
  "List Bullet" points; "The Committee:" followed by typed (a)–(c) paragraphs; "APPROVED /
  NOTED / RECOMMENDED" in capitals; bold "ACTION:" runs; header and PAGE footer.
- h17-docx-parish-council-minutes-table: a parish council whose minutes are one three-column
  table (Minute / Details / Action by) with a shaded header row repeated on each page; bold
  title at the top of each Details cell; bold "RESOLVED:" runs; bold-italic (a)–(c)
  sub-headings; "List Bullet" paragraphs in cells (clerk's report, police report, discussion
  points, correspondence); owners in the Action by column; signature and "Page n of m" footer.
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
    centred_bold,
    fix_properties,
    labelled,
    new_document,
    page_footer,
    page_x_of_y,
    repeat_header_row,
    save_deterministic,
    set_numbering,
    set_widths,
)

FIXED_TIME = dt.datetime(2026, 4, 14, 11, 20, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------------
# 1. Town council planning and highways committee: bold typed "41/26<tab>TITLE" paragraphs.
# ---------------------------------------------------------------------------------------------

TOWN_NAME = "h17-docx-town-council-planning-committee"

TOWN_APPLICATIONS = [
    ("Application", "Site and proposal", "Town Council's observations"),
    (
        "PA26/00412",
        "3 Treloar Terrace – loft conversion with rear dormer window",
        "Support.",
    ),
    (
        "PA26/00455",
        "Harbour View Café, The Quay – retention of outdoor seating area",
        "Support, provided that the seating does not obstruct access to the harbour slipway.",
    ),
    (
        "PA26/00488",
        "Chy an Mor, Polglase Road – two-storey rear extension with first-floor balcony",
        "Object: overlooking of 2 Polglase Road from the balcony, and overdevelopment of the plot.",
    ),
    (
        "PA26/00501",
        "Land at Chenoweth Farm, Polventon Lane – agricultural storage building",
        "No objection.",
    ),
]


def town() -> None:
    document = new_document("Arial", 11)
    fix_properties(
        document,
        "Penmarsh Town Council – Planning and Highways Committee – 16 March 2026",
        FIXED_TIME,
    )

    section = document.sections[0]
    section.left_margin = Cm(2.2)
    section.right_margin = Cm(2.2)
    header = section.header.paragraphs[0]
    header.text = "Penmarsh Town Council – Planning and Highways Committee"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer)

    centred_bold(document, "PENMARSH TOWN COUNCIL", 14)
    centred_bold(document, "PLANNING AND HIGHWAYS COMMITTEE")
    document.add_paragraph(
        "Minutes of the meeting of the Planning and Highways Committee held on Monday 16 March "
        "2026 at 6.30pm in the Council Chamber, Penmarsh Town Hall"
    )
    labelled(
        document,
        "Present: ",
        "Cllr Morwenna Penhale (Chair), Cllr Jago Pascoe, Cllr Derek Trudgeon, Cllr Tamsin "
        "Roskilly, Cllr Graham Bolitho and Cllr Sue Hosking",
    )
    labelled(
        document,
        "In attendance: ",
        "Annette Carbis (Town Clerk) and three members of the public",
    )

    def item(number: str, title_text: str):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(2.0)
        paragraph.paragraph_format.first_line_indent = Cm(-2.0)
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(f"{number}\t{title_text}").bold = True
        return paragraph

    def para(text_value: str = ""):
        paragraph = document.add_paragraph(text_value)
        paragraph.paragraph_format.left_indent = Cm(2.0)
        return paragraph

    def bullet(text_value: str):
        paragraph = document.add_paragraph(text_value, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(2.6)
        return paragraph

    def sub_heading(text_value: str):
        run = para().add_run(text_value)
        run.bold = True
        run.italic = True

    item("41/26", "APOLOGIES FOR ABSENCE")
    para("Apologies were received from Cllr Peter Kitto (unwell).")

    item("42/26", "DECLARATIONS OF INTEREST")
    para(
        "Cllr Bolitho declared a personal interest in application PA26/00488 as a neighbour of "
        "the applicant, and left the room while it was considered."
    )

    item("43/26", "MINUTES")
    para(
        "Proposed by Cllr Pascoe, seconded by Cllr Hosking and RESOLVED that the minutes of the "
        "meeting held on 16 February 2026 be approved and signed by the Chair as a correct "
        "record."
    )

    item("44/26", "PUBLIC PARTICIPATION")
    para(
        "Mr Keith Lanyon spoke against application PA26/00488 (Chy an Mor, Polglase Road), "
        "raising the loss of light to his house and the size of the balcony. Two residents of "
        "Fore Street asked about the parking outside the primary school at the start and end "
        "of the school day (see minute 48/26)."
    )

    item("45/26", "PLANNING APPLICATIONS")
    para("The Committee considered the applications set out in the table below.")
    para("Cllr Bolitho left the room.")
    para("Members raised the following points on application PA26/00488:")
    bullet("the balcony would look directly into the garden and kitchen of 2 Polglase Road;")
    bullet("the extension was larger than the one refused by the District Council in 2024;")
    bullet("the slate hanging to match the existing house was welcome.")
    para("Cllr Bolitho returned to the meeting.")
    resolution = para()
    bold_then(
        resolution,
        "RESOLVED ",
        "to submit the following observations to Hexbury District Council:",
    )
    applications = add_table(document, TOWN_APPLICATIONS)
    set_widths(applications, (2.6, 7.4, 6.4))
    bold_header_row(applications, "E2EFDA")

    item("46/26", "PLANNING DECISIONS")
    para("The following decisions of Hexbury District Council were reported:")
    bullet("PA25/03877 – 11 Harbour Street – change of use to holiday let – approved;")
    bullet("PA25/03902 – Penmarsh Rugby Club – floodlights – approved with conditions;")
    bullet("PA25/04016 – Land off Polventon Lane – two dwellings – refused.")
    para("The Committee noted the decisions.")

    item("47/26", "LICENSING")
    para(
        "Hexbury District Council had notified the Town Council of an application for a new "
        "premises licence for the sale of alcohol from 10.00am to 9.00pm at The Quayside Deli, "
        "7 Harbour Street."
    )
    bold_then(para(), "RESOLVED ", "to make no representation on the application.")

    item("48/26", "HIGHWAYS")
    sub_heading("(a) Parking outside Penmarsh Primary School")
    para(
        "Members discussed the parking on the zig-zag markings in Fore Street and School Hill "
        "at school times, which the residents had raised earlier. It was agreed to ask Carnmoor "
        "County Council to review the waiting restrictions on Fore Street and School Hill."
    )
    task = para()
    task.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    task.add_run("Clerk to write to the County Council's highways team and to the head teacher.")
    task.add_run("\t")
    task.add_run("Action: Clerk").bold = True
    sub_heading("(b) Footpath 14, Polventon Lane")
    para(
        "Cllr Roskilly reported that part of the surface of Footpath 14 had been washed away "
        "where it crosses the stream. Cllr Roskilly will report the footpath to the County "
        "Council's rights of way team and send photographs to the Clerk."
    )

    item("49/26", "NEIGHBOURHOOD DEVELOPMENT PLAN REVIEW")
    para(
        "The Town Clerk reported that the Penmarsh Neighbourhood Development Plan had been made "
        "in 2021 and that Hexbury District Council's new Local Plan would be adopted later in "
        "the year, after which parts of the Neighbourhood Plan would be out of date."
    )
    para(
        "The Committee agreed to recommend to the Town Council that a steering group of "
        "councillors and residents be set up to review the Neighbourhood Development Plan."
    )
    para(
        "Town Clerk to draft terms of reference for the steering group for the April meeting of "
        "the Town Council."
    )

    item("50/26", "DATE OF NEXT MEETING")
    para("Monday 20 April 2026 at 6.30pm in the Council Chamber.")

    closing = document.add_paragraph("The meeting closed at 7.55pm.")
    closing.paragraph_format.space_before = Pt(12)
    document.add_paragraph("Signed ……………………………… Chair          Date ………………")

    save_deterministic(document, HERE / f"{TOWN_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 2. Almshouse charity trustees: Heading 2 items, "(Action n)" tasks and a summary table.
# ---------------------------------------------------------------------------------------------

ALMS_NAME = "h17-docx-almshouse-charity-trustees"

ALMS_ACCOUNTS = [
    ("", "Budget to 31 Jan", "Actual to 31 Jan", "Full-year budget"),
    ("Weekly maintenance contributions", "£46,480", "£46,112", "£55,776"),
    ("Investment income", "£8,250", "£8,907", "£9,900"),
    ("Repairs and maintenance", "£14,600", "£17,285", "£17,520"),
    ("Scheme Manager and cleaning", "£21,670", "£21,604", "£26,004"),
    ("Utilities and insurance", "£9,830", "£9,412", "£11,796"),
    ("Transfer to extraordinary repair fund", "£8,330", "£8,330", "£10,000"),
]

ALMS_ACTIONS = [
    ("No.", "Action", "Who", "By when"),
    (
        "1",
        "Write to each resident giving notice of the new weekly maintenance contribution",
        "Treasurer",
        "6 March 2026",
    ),
    (
        "2",
        "Write to Mrs Sowerby offering No. 7, and to the other two applicants",
        "Clerk",
        "3 March 2026",
    ),
    ("3", "Obtain three quotations for re-covering the roof of Nos 1–4", "Clerk", "May meeting"),
    (
        "4",
        "Send a copy of the revised Safeguarding Policy to each resident and member of staff",
        "Clerk",
        "31 March 2026",
    ),
    (
        "5",
        "Arrange the residents' summer outing and a coach with a wheelchair lift",
        "Scheme Manager",
        "May meeting",
    ),
]


def alms() -> None:
    document = new_document("Calibri", 11)
    fix_properties(
        document,
        "Dame Margery Tolley's Almshouses – Trustees' meeting – 24 February 2026",
        FIXED_TIME,
    )

    section = document.sections[0]
    page_footer(section, "Trustees' meeting 24.02.26 – page ", alignment=WD_ALIGN_PARAGRAPH.RIGHT)

    centred_bold(document, "DAME MARGERY TOLLEY'S ALMSHOUSES, SUTTON FERRERS", 13)
    centred_bold(document, "Minutes of the meeting of the Trustees")
    intro = document.add_paragraph(
        "held on Tuesday 24 February 2026 at 2.30pm in the Common Room, Tolley Court"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER

    labelled(
        document,
        "Trustees present: ",
        "Mrs Penelope Garside (Chair), Revd Michael Ure (ex officio), Cllr Brenda Loughlin "
        "(nominated by Sutton Ferrers Town Council), Mr Anthony Cheverton (Treasurer), Mrs "
        "Deborah Ingamells",
    )
    labelled(
        document,
        "In attendance: ",
        "Mrs Julia Frome (Clerk to the Trustees), Mr Craig Petherick (Scheme Manager)",
    )

    def item(title_text: str):
        return document.add_paragraph(title_text, style="Heading 2")

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    item("1. Welcome and apologies")
    para("The Chair welcomed the trustees. Apologies were received from Mr Samuel Adeyinka.")

    item("2. Declarations of interest")
    para(
        "Mrs Ingamells declared that her sister-in-law was one of the applicants for No. 7 and "
        "said she would leave the meeting for item 6."
    )

    item("3. Minutes of the meeting held on 18 November 2025")
    para(
        "The trustees approved the minutes of the meeting held on 18 November 2025, which the "
        "Chair signed."
    )

    item("4. Matters arising")
    para(
        "The new boiler at No. 4 had been fitted in December. The fire risk assessment had been "
        "reviewed by the contractor in January and no new actions had been found."
    )

    item("5. Finance")
    para(
        "The Treasurer presented the management accounts to 31 January 2026. Repairs were over "
        "budget because of the boiler at No. 4, but investment income was ahead of budget."
    )
    accounts = add_table(document, ALMS_ACCOUNTS)
    set_widths(accounts, (6.4, 3.2, 3.2, 3.4))
    bold_header_row(accounts, "DEEAF6")
    para(
        "The Treasurer presented the draft budget for 2026/27, which provides for a transfer "
        "of £12,000 to the extraordinary repair fund."
    ).paragraph_format.space_before = Pt(6)
    para("Trustees approved the budget for 2026/27.")
    para(
        "Trustees agreed to increase the weekly maintenance contribution from £98.50 to £103.00 "
        "from 6 April 2026."
    )
    para(
        "The Treasurer will write to each resident to give notice of the new contribution. "
        "(Action 1)"
    )

    item("6. Appointment of a resident")
    para("Mrs Ingamells left the meeting.")
    para(
        "The Clerk reported on the three applicants for No. 7, who had been interviewed by the "
        "Chair and the Clerk against the eligibility criteria in the charity's scheme."
    )
    para("Trustees agreed to appoint Mrs Edna Sowerby as the resident of No. 7 from 1 April 2026.")
    para(
        "The Clerk to write to Mrs Sowerby offering the almshouse, and to the other two "
        "applicants. (Action 2)"
    )
    para("Mrs Ingamells returned to the meeting.")

    item("7. Quinquennial inspection")
    para(
        "The surveyor's quinquennial inspection report had been circulated. The main item was "
        "the roof of Nos 1–4, where the clay tiles and battens had reached the end of their "
        "life; the surveyor estimated the cost of re-covering it at £38,000. The other work "
        "could be done within the annual repairs budget."
    )
    para("Trustees raised the following points:")
    bullet(
        "as the almshouses are listed, the work would need listed building consent and a "
        "contractor with experience of historic buildings;"
    )
    bullet(
        "the residents of Nos 1–4 would need to be told well in advance, and scaffolding kept "
        "clear of their front doors;"
    )
    bullet(
        "the extraordinary repair fund, at £61,400, could meet the cost without selling "
        "investments."
    )
    para(
        "Trustees agreed that the roof of Nos 1–4 be re-covered in the summer of 2026, funded "
        "from the extraordinary repair fund."
    )
    para(
        "The Clerk to obtain three quotations from contractors experienced in work on listed "
        "buildings. (Action 3)"
    )

    item("8. Policies")
    para("Trustees adopted the revised Safeguarding Policy.")
    para("The Lone Working Policy is next due for review in November 2026.")
    para(
        "The Clerk to send a copy of the Safeguarding Policy to each resident and member of "
        "staff. (Action 4)"
    )

    item("9. Scheme Manager's report")
    para(
        "Mr Petherick reported that two residents had been in hospital since the last meeting "
        "and were now home, and that the residents' committee had asked for a summer outing to "
        "the coast."
    )
    para(
        "Mr Petherick will arrange the summer outing and book a coach with a wheelchair lift. "
        "(Action 5)"
    )

    item("10. Any other business")
    para(
        "The Chair thanked Mr Cheverton, who is standing down as Treasurer at the annual "
        "meeting in May, for nine years as Treasurer."
    )

    item("11. Date of next meeting")
    para(
        "Tuesday 19 May 2026 at 2.30pm: the annual meeting, followed by an ordinary meeting of "
        "the trustees."
    )

    heading = para()
    heading.paragraph_format.space_before = Pt(12)
    heading.add_run("Summary of actions").bold = True
    actions = add_table(document, ALMS_ACTIONS)
    set_widths(actions, (1.2, 9.6, 2.8, 3.0))
    bold_header_row(actions, "DEEAF6")

    save_deterministic(document, HERE / f"{ALMS_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 3. Housing association audit and risk committee: Heading 1 numbered by a Word list.
# ---------------------------------------------------------------------------------------------

HOUSING_NAME = "h17-docx-housing-association-audit-risk-committee"

HOUSING_LOG = [
    ("Ref", "Action", "Owner", "Due", "Status"),
    (
        "ARC25/31",
        "Report on the follow-up of the damp and mould audit recommendations",
        "Director of Property",
        "Mar 2026",
        "Complete – on this agenda (item 8)",
    ),
    (
        "ARC25/34",
        "Circulate the benchmarking of audit fees with peer associations",
        "Director of Finance",
        "Jan 2026",
        "Complete",
    ),
    (
        "ARC25/36",
        "Arrange cyber security training for Committee members",
        "Director of Governance",
        "Mar 2026",
        "Booked for 22 April",
    ),
    (
        "ARC25/37",
        "Review the tolerance for the rent arrears risk",
        "Director of Finance",
        "Jun 2026",
        "Not yet due",
    ),
]


def housing() -> None:
    document = new_document("Arial", 10)
    fix_properties(
        document, "Hearthstone Homes – Audit and Risk Committee – 11 March 2026", FIXED_TIME
    )
    items = add_decimal_list(document, "Heading1", 567)

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Hearthstone Homes – Audit and Risk Committee – 11 March 2026 – CONFIDENTIAL"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_footer(section)

    title = document.add_paragraph()
    title_run = title.add_run("Hearthstone Homes")
    title_run.bold = True
    title_run.font.size = Pt(18)
    document.add_paragraph(
        "Minutes of the Audit and Risk Committee held on Wednesday 11 March 2026 at 2.00pm in "
        "the Board Room, Hearthstone House, Ridgeford"
    )
    labelled(
        document,
        "Committee members: ",
        "Gillian Brathwaite (Chair, independent member), Oliver Stanhope (Board member), "
        "Yasmin Rahimi (independent member), Colin Dabbs (Board member)",
    )
    attendance = labelled(document, "In attendance: ", "Martina Keogh (Chief Executive)")
    for line in (
        "Robert Elphick (Director of Finance)",
        "Sian Rowcliffe (Director of Governance and Company Secretary)",
        "Kwesi Ampofo (Director of Property)",
        "Hannah Lisle (Ashlar Risk Assurance, internal audit)",
        "David Corran (Corran Dent LLP, external audit)",
        "Tara Quickfall (Governance Officer, minutes)",
    ):
        attendance.add_run().add_break(WD_BREAK.LINE)
        attendance.add_run(line)

    def item(title_text: str):
        paragraph = document.add_paragraph(title_text, style="Heading 1")
        set_numbering(paragraph, items)
        return paragraph

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    def lettered(text_value: str):
        paragraph = para(text_value)
        paragraph.paragraph_format.left_indent = Cm(1.25)
        paragraph.paragraph_format.first_line_indent = Cm(-0.75)
        return paragraph

    def action(text_value: str):
        return bold_then(para(), "ACTION: ", text_value)

    item("Welcome, apologies and declarations of interest")
    para(
        "The Chair welcomed members. There were no apologies. Colin Dabbs declared that he is "
        "a non-executive director of a company that had bid for the new responsive repairs "
        "contract; he took no part in the discussion of the repairs audit under item 4."
    )

    item("Minutes of the meeting held on 26 November 2025")
    para(
        "The Committee APPROVED the minutes of the meeting held on 26 November 2025 as a "
        "correct record."
    )

    item("Matters arising and action log")
    log = add_table(document, HOUSING_LOG)
    set_widths(log, (1.8, 6.4, 3.2, 1.8, 3.4))
    bold_header_row(log, "D9E1F2")
    para("The Committee NOTED the action log.").paragraph_format.space_before = Pt(6)

    item("Internal audit progress report")
    para(
        "Hannah Lisle presented the progress report. Seven of the eleven audits in the 2025/26 "
        "plan had been completed. The audit of responsive repairs contract management had "
        "been given limited assurance: variations to orders were not always approved before "
        "the work was done, and the contractor's invoices were not checked against completed "
        "jobs in 9 of the 40 cases tested."
    )
    para("Committee members raised the following points:")
    bullet(
        "the weaknesses in checking invoices had been raised in 2023, and the Committee needed "
        "to see why the earlier actions had not worked;"
    )
    bullet(
        "the move to the new repairs contract in July was the right time to put the controls "
        "in place, but the transition itself was a risk;"
    )
    bullet(
        "whether the controls had changed since the audit; the Director of Property explained "
        "that a new variations approval form was now in use and that a monthly sample check of "
        "invoices had started in February;"
    )
    bullet(
        "deferring the rent arrears recovery audit was acceptable, as the new income system "
        "would not be live until April."
    )
    para("The Committee:")
    lettered("(a)\tnoted the internal audit progress report;")
    lettered(
        "(b)\tapproved the deferral of the audit of rent arrears recovery to the first quarter "
        "of 2026/27; and"
    )
    lettered(
        "(c)\tagreed that the Director of Property report on progress with the repairs contract "
        "management recommendations to each meeting until they are complete."
    )

    item("Internal audit plan 2026/27")
    para(
        "Hannah Lisle presented the draft plan of 180 days, based on the strategic risk "
        "register, including audits of the new repairs contract, tenancy fraud, the income "
        "system and cyber security."
    )
    para("The Committee APPROVED the internal audit plan for 2026/27.")

    item("External audit plan 2025/26")
    para(
        "David Corran presented the external audit plan. The significant risks were the "
        "valuation of housing properties, the defined benefit pension scheme and management "
        "override of controls."
    )
    para("The Committee NOTED the external audit plan and APPROVED the audit fee of £94,500.")

    item("Strategic risk register")
    para(
        "The Director of Governance presented the strategic risk register. The Committee "
        "reviewed the strategic risk register. Members commented that the transition to the "
        "new repairs contractor in July was not shown as a risk."
    )
    action(
        "Director of Governance to add a risk on the transition to the new repairs contractor "
        "to the strategic risk register before it goes to the Board in April."
    )

    item("Building safety and compliance assurance")
    para(
        "The Director of Property presented the quarterly compliance report. Gas, fire risk "
        "assessment, water hygiene and lift compliance were at 100%, asbestos at 99.1% and "
        "electrical safety (EICR) at 97.8%, with 214 inspections overdue. The Regulator of "
        "Social Housing's inspection under the consumer standards is expected in the autumn."
    )
    para("The Committee NOTED the compliance position.")
    action(
        "Director of Property to bring the recovery plan for the overdue electrical inspections "
        "to the June meeting."
    )

    item("Fraud, bribery and whistleblowing report")
    para(
        "The Director of Governance reported two cases of suspected tenancy fraud, one of which "
        "had led to the recovery of a property, and no whistleblowing reports since November."
    )
    para("The Committee NOTED the report.")

    item("Committee terms of reference")
    para(
        "The revised terms of reference add oversight of the data protection and information "
        "governance framework to the Committee's remit."
    )
    para("The Committee RECOMMENDED the revised terms of reference to the Board for approval.")

    item("Private meeting with the auditors")
    para(
        "The Committee met the internal and external auditors without officers present. No "
        "matters were raised that need to be reported to the Board."
    )

    closing = para("The meeting closed at 4.20pm.")
    closing.paragraph_format.space_before = Pt(12)

    save_deterministic(document, HERE / f"{HOUSING_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 4. Parish council: the whole minutes in a three-column Minute / Details / Action by table.
# ---------------------------------------------------------------------------------------------

PARISH_NAME = "h17-docx-parish-council-minutes-table"


def parish() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Upper Stanbrook Parish Council – Minutes – 4 March 2026", FIXED_TIME)

    section = document.sections[0]
    section.left_margin = Cm(1.8)
    section.right_margin = Cm(1.8)
    footer = section.footer.paragraphs[0]
    footer.add_run("Signed ……………………………… Chairman      Date ……………      ")
    page_x_of_y(footer)

    centred_bold(document, "UPPER STANBROOK PARISH COUNCIL", 14)
    intro = document.add_paragraph(
        "Minutes of the Parish Council meeting held on Wednesday 4 March 2026 at 7.30pm in "
        "Stanbrook Village Hall"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Cllr Giles Amberley (Chairman), Cllr Pauline Westacott (Vice-Chairman), Cllr Steve "
        "Wickens, Cllr Ruth Latymer, Cllr Owen Greenhalgh",
    )
    labelled(
        document,
        "In attendance: ",
        "Linda Cottam (Clerk), District Cllr Frances Oldroyd, two members of the public",
    )

    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Minute"
    table.rows[0].cells[1].text = "Details"
    table.rows[0].cells[2].text = "Action by"
    bold_header_row(table, "E7E6E6")
    repeat_header_row(table)

    def row(number: str, title_text: str):
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].paragraphs[0].add_run(title_text).bold = True
        return cells

    def text(cell, value: str):
        return cell.add_paragraph(value)

    def resolved(cell, value: str):
        return bold_then(cell.add_paragraph(), "RESOLVED: ", value)

    def sub_heading(cell, value: str):
        run = cell.add_paragraph().add_run(value)
        run.bold = True
        run.italic = True

    def bullet(cell, value: str):
        return cell.add_paragraph(value, style="List Bullet")

    def owner(cells, value: str):
        cells[2].paragraphs[0].add_run(value).bold = True

    cells = row("14", "Apologies for absence")
    text(cells[1], "Apologies were received from Cllr Harriet Bunce (family commitment).")

    cells = row("15", "Declarations of interest")
    text(cells[1], "None.")

    cells = row("16", "Minutes of the meeting held on 14 January 2026")
    resolved(
        cells[1],
        "that the minutes of the meeting held on 14 January 2026 be approved and signed by the "
        "Chairman as a correct record. (Proposed Cllr Westacott, seconded Cllr Latymer.)",
    )

    cells = row("17", "Clerk's report and matters arising")
    bullet(cells[1], "Noticeboard at the bus shelter replaced – complete.")
    bullet(cells[1], "Grit bin on Mill Lane refilled by the County Council – complete.")
    bullet(cells[1], "Transparency Code information updated on the website – complete.")

    cells = row("18", "Police report")
    text(cells[1], "PCSO Hannah Gilbey had sent her report for January and February:")
    bullet(cells[1], "two reports of diesel stolen from farm vehicles on Stanbrook Hill;")
    bullet(cells[1], "one report of a vehicle driven across the playing field.")

    cells = row("19", "Finance")
    sub_heading(cells[1], "(a) Payments")
    resolved(cells[1], "to approve the payments listed below.")
    for line in (
        "L Cottam – Clerk's salary, February\t£412.60",
        "HMRC – PAYE\t£82.40",
        "Stanbrook Village Hall – room hire\t£36.00",
        "Greenway Grounds – grass cutting, March\t£185.00",
    ):
        paragraph = text(cells[1], line)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(10.0), WD_TAB_ALIGNMENT.RIGHT)
    sub_heading(cells[1], "(b) Budget monitoring")
    text(
        cells[1],
        "The Council noted the budget monitoring report to 28 February 2026, showing spending "
        "within budget on all headings.",
    )
    sub_heading(cells[1], "(c) Insurance")
    resolved(
        cells[1],
        "to renew the Council's insurance with Parishguard Insurance on a three-year agreement "
        "at £612 a year.",
    )

    cells = row("20", "Planning")
    text(
        cells[1],
        "26/00102/FUL – Stanbrook Mill, Mill Lane – conversion of the mill to three dwellings",
    )
    resolved(cells[1], "to support the application.")
    text(cells[1], "26/00119/HOU – 2 Church Cottages – replacement garage")
    resolved(cells[1], "no comment.")
    text(cells[1], "Clerk to submit the Council's responses to Wenlow District Council.")
    owner(cells, "Clerk")

    cells = row("21", "Village hall car park")
    text(
        cells[1],
        "The Clerk had obtained two quotations for resurfacing the village hall car park, which "
        "the Parish Council owns and leases to the Village Hall Committee: Wenlow Surfacing "
        "Ltd, £4,860, and Harcourt Civils, £5,940.",
    )
    text(cells[1], "Councillors made the following points:")
    bullet(
        cells[1], "the potholes near the entrance were now a trip hazard for people using the hall;"
    )
    bullet(
        cells[1],
        "the Village Hall Committee had offered to pay half of the cost from its own funds;",
    )
    bullet(cells[1], "the work should be done in the school holidays, when the hall is least used.")
    text(
        cells[1],
        "Cllr Greenhalgh proposed that the work be postponed until the autumn; there was no "
        "seconder.",
    )
    resolved(
        cells[1],
        "to accept the quotation from Wenlow Surfacing Ltd of £4,860, the cost to be shared "
        "equally with the Village Hall Committee.",
    )
    text(
        cells[1],
        "Clerk to place the order and agree the start date with the Village Hall Committee.",
    )
    owner(cells, "Clerk")

    cells = row("22", "Highways and footpaths")
    text(
        cells[1],
        "Cllr Wickens reported a large pothole at the junction of Mill Lane and Stanbrook Road, "
        "and a broken stile on footpath 6. Cllr Wickens will report both to Halshire County "
        "Council through its online reporting system.",
    )
    owner(cells, "SW")

    cells = row("23", "Annual Parish Meeting")
    text(
        cells[1],
        "It was agreed that the Annual Parish Meeting be held on Wednesday 6 May 2026 at 7.00pm "
        "in the Village Hall.",
    )
    text(cells[1], "Chairman to invite the village organisations to give reports.")
    owner(cells, "Chairman")

    cells = row("24", "Correspondence")
    bullet(cells[1], "Wenlow District Council – Local Plan consultation, closing 10 April.")
    bullet(cells[1], "Halshire County Council – road closure on Stanbrook Hill, 23–27 March.")
    bullet(cells[1], "Stanbrook Cricket Club – thanks for the grant towards the new nets.")

    cells = row("25", "Date of next meeting")
    text(cells[1], "Wednesday 1 April 2026 at 7.30pm in the Village Hall.")

    set_widths(table, (1.6, 13.2, 2.6))

    closing = document.add_paragraph("The meeting closed at 9.10pm.")
    closing.paragraph_format.space_before = Pt(10)

    save_deterministic(document, HERE / f"{PARISH_NAME}.docx", FIXED_TIME)


def main() -> None:
    town()
    alms()
    housing()
    parish()


if __name__ == "__main__":
    main()
