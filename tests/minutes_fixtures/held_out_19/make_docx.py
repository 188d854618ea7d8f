"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_19/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

Like rounds 14 to 18, this round is meant to be representative of the Word minutes clerks
most often upload, so each document uses ordinary Word features, laid out the way a
different kind of clerk types them:

- h19-docx-town-council-finance-committee: a town council's finance and general purposes
  committee; "Heading 1" items with typed references and a tab (`FGP/61<tab>Apologies …`);
  a "Proposed … seconded …" line before a bold "RESOLVED"; a payments table; a budget
  monitoring table with "List Bullet" points; a typed (i)–(iii) RECOMMENDED list; an
  insurance quotations table; bold "ACTION:" runs; header and "Page n of m" footer.
- h19-docx-college-corporation: a further education college's corporation; items are bold
  Normal paragraphs numbered by level 1 of a Word multilevel list and the minute paragraphs
  are Normal paragraphs numbered by its level 2 (5.1, 5.2 …; no numbers in the text); an
  action progress table; "List Bullet" points; "The Corporation received and noted …";
  a bold "ACTION:" run; PAGE footer.
- h19-docx-tenants-residents-association: a tenants' and residents' association committee;
  "Heading 3" items numbered by a Word list (no numbers in the text); first names; matters
  arising as status lines; "List Bullet" concerns raised with the landlord's officer;
  "ACTION (Ray):" paragraphs with the owner in brackets; PAGE footer.
- h19-docx-bowls-club-committee: a bowls club's management committee; all the minutes in one
  three-column No. / Item / Action by table with a shaded header row; a bold title at the top
  of each Item cell; owners' initials in the Action by column; "List Bullet" points in a
  cell; "Agreed as a true record. Proposed JP, seconded MW."; PAGE footer.
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
    indented,
    labelled,
    list_level,
    new_document,
    page_footer,
    page_x_of_y,
    repeat_header_row,
    save_deterministic,
    set_numbering,
    set_widths,
    shade,
)

FIXED_TIME = dt.datetime(2026, 4, 28, 10, 15, 0, tzinfo=dt.UTC)


# --- helpers this round needs that word_parts does not have ---------------------------------


def add_outline_list(document, indent: int) -> int:
    """Adds a two-level Word list, "1." at level 1 (in bold) and "1.1" at level 2, not tied
    to any paragraph style, and an instance of it; returns the instance's numId."""
    return add_list(
        document,
        list_level(0, "%1.", indent=indent, bold=True) + list_level(1, "%1.%2", indent=indent),
        multilevel=True,
    )


# ---------------------------------------------------------------------------------------------
# 1. Town council finance and general purposes committee: "Heading 1" items with typed refs.
# ---------------------------------------------------------------------------------------------

FINANCE_NAME = "h19-docx-town-council-finance-committee"

FINANCE_PAYMENTS = [
    ("Payee", "Details", "Amount"),
    ("Staff salaries (5)", "February salaries", "£9,842.16"),
    ("HMRC", "PAYE and NI, February", "£2,904.55"),
    ("Shire Pension Fund", "Employer and employee contributions", "£2,611.40"),
    ("Quillsbury Grounds Ltd", "Grounds maintenance, February", "£3,120.00"),
    ("Northway Energy", "Town Hall electricity and gas", "£1,486.27"),
    ("Brightlane Signs", "Two replacement noticeboards", "£1,120.00"),
    ("Penmore Office Supplies", "Stationery and toner", "£519.80"),
    ("Total", "", "£21,604.18"),
]

FINANCE_BUDGET = [
    ("Budget heading", "Budget 2025/26", "Actual to 28 Feb", "Forecast outturn"),
    ("Staffing", "£168,400", "£152,118", "£166,050"),
    ("Town Hall premises", "£42,600", "£40,871", "£44,900"),
    ("Parks and open spaces", "£38,250", "£31,064", "£35,200"),
    ("Events and Christmas lights", "£24,000", "£23,412", "£23,412"),
    ("Grants", "£9,000", "£6,150", "£7,200"),
    ("Administration", "£18,500", "£15,202", "£17,048"),
    ("Total", "£300,750", "£268,817", "£293,810"),
]

FINANCE_QUOTES = [
    ("Insurer", "Term", "Annual premium"),
    ("Shire Mutual Insurance", "3-year long-term agreement", "£4,862"),
    ("Civicsure Insurance", "1 year", "£5,340"),
    ("Civic Cover Brokers", "3-year long-term agreement", "£5,118"),
]


def finance() -> None:
    document = new_document("Arial", 11)
    fix_properties(
        document,
        "Quillsbury Town Council – Finance and General Purposes Committee – 9 March 2026",
        FIXED_TIME,
    )

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Quillsbury Town Council – F&GP Committee – 9 March 2026"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer)

    centred_bold(document, "QUILLSBURY TOWN COUNCIL", 14)
    centred_bold(document, "FINANCE AND GENERAL PURPOSES COMMITTEE")
    intro = document.add_paragraph(
        "Minutes of the meeting held on Monday 9 March 2026 at 7.00pm in the Committee Room, "
        "Quillsbury Town Hall"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Cllr Stuart Pennycook (Chair), Cllr Margaret Ogleby (Vice-Chair), Cllr Ravi Sehgal, "
        "Cllr Elaine Bostock, Cllr Philip Mardon and Cllr Yasmin Farrah",
    )
    labelled(
        document,
        "In attendance: ",
        "Mrs Clare Stoneley (Town Clerk and Responsible Financial Officer) and Mr Liam "
        "Ferrand (Deputy Town Clerk)",
    )

    def item(title_text: str):
        return document.add_paragraph(title_text, style="Heading 1")

    def para(text_value: str = ""):
        return indented(document, text_value, 1.5)

    def bullet(text_value: str):
        paragraph = document.add_paragraph(text_value, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(2.1)
        return paragraph

    def resolved(text_value: str):
        return bold_then(para(), "RESOLVED ", text_value)

    def action(text_value: str):
        return bold_then(para(), "ACTION: ", text_value)

    def table(rows, widths):
        grid = add_table(document, rows)
        set_widths(grid, widths)
        bold_header_row(grid, "E7E6E6")
        for cell in grid.rows[-1].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
        return grid

    item("FGP/61\tApologies for absence")
    para("Apologies were received from Cllr Neville Gaskin (family commitment).")

    item("FGP/62\tDeclarations of interest")
    para(
        "Cllr Bostock declared a non-registrable interest in item FGP/70 as treasurer of "
        "Quillsbury Allotment Association, and did not vote on the grant to the Association."
    )

    item("FGP/63\tPublic participation")
    para("No members of the public were present.")

    item("FGP/64\tMinutes")
    para("Proposed Cllr Ogleby, seconded Cllr Sehgal.")
    resolved(
        "that the minutes of the meeting of the Committee held on 12 January 2026 be approved as "
        "a correct record and signed by the Chair."
    )

    item("FGP/65\tAccounts for payment")
    resolved("to approve the payments listed below, totalling £21,604.18.")
    table(FINANCE_PAYMENTS, (5.2, 6.8, 3.0))

    item("FGP/66\tBudget monitoring to 28 February 2026")
    para(
        "The Town Clerk presented the budget monitoring report, which forecast an underspend "
        "of £6,940 for the year, mainly on parks and open spaces, where a vacant post had not "
        "been filled until January."
    )
    table(FINANCE_BUDGET, (5.0, 3.4, 3.4, 3.4))
    para("Points made by members:").paragraph_format.space_before = Pt(6)
    bullet(
        "the overspend on Town Hall premises was due to the emergency boiler repair in "
        "November, and a replacement boiler should be planned for 2027/28;"
    )
    bullet(
        "the underspend on grants showed that the grants scheme needed more publicity, "
        "particularly among youth groups;"
    )
    bullet("the forecast should be shown against the profiled budget in future reports.")
    para("Members noted the budget monitoring report and the forecast underspend of £6,940.")

    item("FGP/67\tBank reconciliation")
    para(
        "The Committee noted the bank reconciliation to 28 February 2026, which had been "
        "checked against the bank statements and signed by Cllr Mardon."
    )

    item("FGP/68\tEarmarked reserves")
    para(
        "The Town Clerk presented the annual review of the Council's earmarked reserves, which "
        "would total £84,300 at 31 March 2026 before any transfers."
    )
    bold_then(para(), "RECOMMENDED ", "to Full Council that:")
    para(
        "(i)\t£5,000 of the forecast underspend be transferred to the Town Hall roof reserve;"
    ).paragraph_format.left_indent = Cm(2.5)
    para(
        "(ii)\tthe Christmas lights reserve be increased to £12,000 by a transfer from the "
        "general reserve; and"
    ).paragraph_format.left_indent = Cm(2.5)
    para(
        "(iii)\tthe Jubilee celebrations reserve of £1,150, no longer needed, be returned to "
        "the general reserve."
    ).paragraph_format.left_indent = Cm(2.5)

    item("FGP/69\tInsurance renewal")
    para(
        "The Council's insurance expires on 31 March 2026. Three quotations had been obtained "
        "through the Council's broker:"
    )
    quotes = add_table(document, FINANCE_QUOTES)
    set_widths(quotes, (6.0, 5.5, 3.5))
    bold_header_row(quotes, "E7E6E6")
    resolved(
        "to accept the quotation of Shire Mutual Insurance for a three-year long-term "
        "agreement at £4,862 a year."
    ).paragraph_format.space_before = Pt(6)
    action("Town Clerk to sign and return the renewal documents before 25 March.")

    item("FGP/70\tGrant applications")
    para("Three applications had been received in the second round of the grants scheme.")
    resolved(
        "to award grants of £600 to Quillsbury Allotment Association and £450 to Quillsbury "
        "Youth Football Club, and to decline the application from Brightside Events Ltd "
        "because commercial organisations are not eligible under the grants policy."
    )
    para("Deputy Town Clerk to write to the three applicants with the Committee's decisions.")

    item("FGP/71\tInternal audit interim report")
    para(
        "The internal auditor's interim report for 2025/26 had made two recommendations: that "
        "the Financial Regulations be updated to the latest model, and that the asset register "
        "record the location of each item."
    )
    para(
        "Members noted the interim internal audit report and agreed to accept both recommendations."
    )
    para(
        "The Town Clerk will bring revised Financial Regulations to the May meeting of the "
        "Committee."
    )

    item("FGP/72\tExclusion of the press and public")
    resolved(
        "that, under the Public Bodies (Admission to Meetings) Act 1960, the press and public "
        "be excluded from the meeting for the next item because of the confidential nature of "
        "the business to be discussed."
    )

    item("FGP/73\tStaffing: Town Hall caretaker")
    resolved("to extend the fixed-term contract of the Town Hall caretaker to 31 March 2027.")

    closing = document.add_paragraph("The meeting closed at 8.41pm.")
    closing.paragraph_format.space_before = Pt(12)
    document.add_paragraph("Signed ………………………………… Chair          Date …………………")

    save_deterministic(document, HERE / f"{FINANCE_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 2. College corporation: bold Normal items and minute paragraphs in one multilevel list.
# ---------------------------------------------------------------------------------------------

COLLEGE_NAME = "h19-docx-college-corporation"

COLLEGE_ACTIONS = [
    ("Ref", "Action", "Responsible", "Progress"),
    (
        "C25/31",
        "Circulate the revised timeline for the estates strategy",
        "Vice Principal (Finance and Resources)",
        "Completed – circulated 15 January",
    ),
    (
        "C25/33",
        "Arrange a governor link visit to the Construction Skills Centre",
        "Director of Governance",
        "Completed – visit held 3 February",
    ),
    (
        "C25/34",
        "Report on apprenticeship achievement rates by sector",
        "Vice Principal (Curriculum and Quality)",
        "On this agenda (item 7)",
    ),
]


def college() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Tolverton College Corporation – 24 March 2026", FIXED_TIME)
    outline = add_outline_list(document, 567)

    section = document.sections[0]
    page_footer(section, "Corporation 24.03.26 – Part 1 – ", alignment=WD_ALIGN_PARAGRAPH.RIGHT)

    centred_bold(document, "TOLVERTON COLLEGE", 14)
    centred_bold(document, "CORPORATION")
    intro = document.add_paragraph(
        "Minutes of the meeting of the Corporation held on Tuesday 24 March 2026 at 5.00pm in "
        "the Boardroom, Wharf Road Campus"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Elizabeth Tunnicliffe (Chair), Harvinder Bassi (Vice-Chair), Andrew Cowperthwaite "
        "(Principal and Chief Executive), Dr Miriam Sandbach, Paul Grimbleby, Nkechi Obiora, "
        "Frances Dalrymple, Jordan Hebblewhite (staff governor), Leah Moxham (student "
        "governor)",
    )
    labelled(
        document,
        "In attendance: ",
        "Stephen Maudsley (Vice Principal, Finance and Resources), Dr Angela Greenhalf "
        "(Vice Principal, Curriculum and Quality), Rebecca Lowes (Director of Governance)",
    )

    def item(title_text: str):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(title_text).bold = True
        set_numbering(paragraph, outline, 0)
        return paragraph

    def minute(text_value: str = ""):
        paragraph = document.add_paragraph(text_value)
        set_numbering(paragraph, outline, 1)
        return paragraph

    def bullet(text_value: str):
        paragraph = document.add_paragraph(text_value, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(1.6)
        return paragraph

    item("Welcome, apologies and quorum")
    minute(
        "The Chair welcomed governors. Apologies had been received from Colin Brayshaw. "
        "The meeting was quorate."
    )

    item("Declarations of interest")
    minute("No interests were declared in any item on the agenda.")

    item("Minutes of the meeting held on 9 December 2025")
    minute(
        "The Corporation approved the minutes of the meeting held on 9 December 2025 as a "
        "correct record."
    )

    item("Matters arising and action progress")
    minute("The Director of Governance presented the action progress table:")
    actions = add_table(document, COLLEGE_ACTIONS)
    set_widths(actions, (1.6, 6.4, 4.2, 4.0))
    bold_header_row(actions, "DEEAF6")

    item("Principal's report")
    minute(
        "The Principal presented his report. Enrolments of 16 to 18 year olds were 4% above "
        "last year, but adult enrolments were 9% below target. The College had been awarded "
        "£1.2 million from the capital fund for the new engineering workshops."
    )
    minute("Points of challenge from governors:")
    bullet(
        "whether the fall in adult enrolments was a risk to the adult skills funding for "
        "2026/27; the Principal explained that the College expected to meet 97% of its "
        "allocation once the summer courses were counted;"
    )
    bullet(
        "how the College was preparing students and staff for the changes to level 3 "
        "qualifications from September 2026;"
    )
    bullet(
        "why attendance at English and maths GCSE resit classes was only 74%; the Principal "
        "said that attendance was now reported to heads of department every week."
    )
    minute("The Corporation received and noted the Principal's report.")

    item("Finance: management accounts to 28 February 2026")
    minute(
        "The Vice Principal (Finance and Resources) presented the management accounts. The "
        "College was forecasting an operating surplus of £412,000 for the year, with 48 cash "
        "days, and a financial health grade of Good."
    )
    minute("The Corporation noted the management accounts.")
    bold_then(
        minute(),
        "ACTION: ",
        "Vice Principal (Finance and Resources) to circulate the updated cash flow forecast to "
        "governors by 30 April 2026.",
    )

    item("Quality: apprenticeship achievement and quality improvement plan")
    minute(
        "The Vice Principal (Curriculum and Quality) presented the report requested in December. "
        "The apprenticeship achievement rate for 2024/25 had been 58.9%, below the national "
        "rate, with the lowest rates in engineering and in health and social care."
    )
    minute("The Corporation approved the updated Quality Improvement Plan 2025/26.")
    minute(
        "The Vice Principal (Curriculum and Quality) will present a report on the progress of "
        "the apprenticeship improvement actions at the June meeting."
    )

    item("Committee reports")
    minute(
        "Audit and Risk Committee, 10 March 2026: the Committee had approved the internal audit "
        "plan for 2026/27 and had reviewed the risk register."
    )
    minute(
        "Search and Governance Committee, 3 March 2026: on the recommendation of the Committee, "
        "the Corporation appointed Mr Kojo Mensah-Bonsu as an independent governor for a term "
        "of four years from 1 April 2026."
    )
    minute("The Corporation noted the reports of the committees.")

    item("Policies")
    minute(
        "The Corporation approved the Safeguarding and Prevent Policy 2026 and the revised "
        "Whistleblowing Policy."
    )

    item("Any other business")
    minute(
        "The Director of Governance reminded governors to complete their annual declaration of "
        "interests by 30 April."
    )

    item("Date of next meeting")
    minute("Tuesday 23 June 2026 at 5.00pm.")

    closing = document.add_paragraph("The meeting closed at 7.05pm.")
    closing.paragraph_format.space_before = Pt(12)

    save_deterministic(document, HERE / f"{COLLEGE_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 3. Tenants' and residents' association: "Heading 3" items numbered by a Word list.
# ---------------------------------------------------------------------------------------------

TENANTS_NAME = "h19-docx-tenants-residents-association"


def tenants() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Oakapple Estate TRA – Committee meeting – 16 March 2026", FIXED_TIME)
    items = add_decimal_list(document, "Heading3", 567)

    section = document.sections[0]
    page_footer(section, "Oakapple Estate TRA – page ")

    heading = document.add_paragraph()
    run = heading.add_run("Oakapple Estate Tenants' and Residents' Association")
    run.bold = True
    run.font.size = Pt(15)
    document.add_paragraph("Committee meeting – Monday 16 March 2026, 7pm, Oakapple Community Room")
    labelled(
        document,
        "Present: ",
        "Bev Shrubsole (Chair), Ray Tolson (Secretary), Nasra Warsame (Treasurer), Jackie "
        "Pountney, Dennis Colclough, Halina Nowicka",
    )
    labelled(
        document,
        "Also attending: ",
        "Sam Petheram, Neighbourhood Housing Officer, Greystead Homes (for item 4)",
    )
    labelled(document, "Apologies: ", "Mick Garbutt")

    def item(title_text: str):
        paragraph = document.add_paragraph(title_text, style="Heading 3")
        set_numbering(paragraph, items)
        return paragraph

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    def action(owner: str, task: str):
        return bold_then(para(), f"ACTION ({owner}): ", task)

    item("Welcome and apologies")
    para("Bev welcomed everyone, and Sam from Greystead Homes. Apologies from Mick.")

    item("Minutes of the last meeting and matters arising")
    para("The committee agreed the minutes of the meeting on 19 January 2026.")
    para("Matters arising:")
    para("Noticeboards – Greystead have ordered two new noticeboards for the stairwells.")
    para("Christmas party – 42 children came. Thanks to everyone who helped.")

    item("Treasurer's report")
    para(
        "Nasra reported a balance of £1,284.30 in the bank account and £46.20 in the cash tin. "
        "The only spending since January had been £36 for the room hire."
    )
    para("The committee noted the Treasurer's report.")

    item("Repairs and Greystead Homes")
    para(
        "Sam Petheram reported that Greystead Homes would have a new repairs contractor from "
        "1 April, and that repairs could now be reported through the Greystead app."
    )
    para("Residents' concerns raised with Sam:")
    bullet("damp and mould in the ground floor flats at Sorrelby House, some reported in October;")
    bullet("the door entry system at Rowan House has been broken for three weeks;")
    bullet("the lights in the Rowan House car park are still not working;")
    bullet("repairs are marked as done on the system when the work has not been finished.")
    para("It was agreed to invite Greystead Homes' Head of Repairs to the next general meeting.")
    action(
        "Ray",
        "write to Greystead's Head of Repairs with the list of outstanding door entry and "
        "lighting repairs.",
    )

    item("Estate walkabout")
    para(
        "Ray and Jackie will do the spring walkabout with the estate caretaker on 2 April and "
        "report back to the next meeting."
    )

    item("Summer fun day")
    para("The committee agreed to hold the fun day on Saturday 11 July on Oakapple Green.")
    action("Bev and Nasra", "ask the shops on Oakapple Parade for raffle prizes.")

    item("Grant application")
    para(
        "The committee agreed to apply to Cresslow Borough Council's Community Chest for £500 "
        "towards the cost of the fun day."
    )
    action("Nasra", "complete and send the application by 17 April.")

    item("Any other business")
    para("Jackie said that the bins at Sorrelby House had been missed twice in March.")
    para("Halina said that the new bench by the play area was being used a lot.")

    item("Date of next meeting")
    para("Monday 18 May 2026, 7pm, Community Room – general meeting open to all residents.")

    save_deterministic(document, HERE / f"{TENANTS_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 4. Bowls club management committee: one No. / Item / Action by table.
# ---------------------------------------------------------------------------------------------

BOWLS_NAME = "h19-docx-bowls-club-committee"


def bowls() -> None:
    document = new_document("Arial", 10)
    fix_properties(
        document, "Elderholt Bowls Club – Management Committee – 10 March 2026", FIXED_TIME
    )

    section = document.sections[0]
    page_footer(section, "Elderholt Bowls Club – committee minutes – page ")

    centred_bold(document, "ELDERHOLT BOWLS CLUB", 14)
    centred_bold(document, "Management Committee")
    intro = document.add_paragraph(
        "Minutes of the meeting held on Tuesday 10 March 2026 at 7.30pm in the clubhouse"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Graham Lidster (Chairman) GL, Jean Pursglove (Secretary) JP, Mike Wadlow (Treasurer) MW, "
        "Doug Hemingfield (Greens) DH, Sue Rossiter (Fixtures) SR, Ken Brockbank (Coaching) KB, "
        "Pauline Mallinder (Social) PG",
    )

    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    heads = table.rows[0].cells
    for cell, text_value in zip(heads, ("No.", "Item", "Action by"), strict=True):
        cell.text = text_value
    bold_header_row(table, "C5E0B3")
    repeat_header_row(table)

    def row(number: str, title_text: str, lines: list, owner: str = "") -> None:
        cells = table.add_row().cells
        cells[0].text = number
        cells[2].text = owner
        first = cells[1].paragraphs[0]
        first.add_run(title_text).bold = True
        for line in lines:
            if isinstance(line, tuple):
                cells[1].add_paragraph(line[1], style="List Bullet")
            else:
                cells[1].add_paragraph(line)

    row("1", "Apologies", ["Apologies were received from Ron Whitelegg (club captain)."])
    row(
        "2",
        "Minutes of the last meeting (10 February 2026)",
        ["Agreed as a true record. Proposed JP, seconded MW."],
    )
    row(
        "3",
        "Matters arising",
        [
            "Clubhouse gutters – cleared by DH in February.",
            "Defibrillator refresher – nine members attended on 14 February.",
        ],
    )
    row(
        "4",
        "Treasurer's report",
        [
            "MW reported balances of £6,412.77 in the current account and £12,050.00 in the "
            "reserve account. The bar had made a profit of £1,930 over the winter.",
            "Committee approved the subscriptions for 2026: full playing members £145, social "
            "members £30, juniors free.",
        ],
    )
    row(
        "5",
        "Greens",
        [
            "DH reported that the green had come through the winter well, but the scarifier had "
            "broken beyond repair. Two quotes had been obtained, for £2,350 and £2,780.",
            "Committee agreed to buy a new scarifier for up to £2,400 from the green "
            "maintenance reserve.",
            "DH to get a third quote before ordering.",
        ],
        "DH",
    )
    row(
        "6",
        "Opening day and fixtures",
        [
            "Opening day will be Saturday 18 April at 2pm, President v Vice-President.",
            "SR to confirm the opening day arrangements with the President and to have the "
            "fixture cards printed by 4 April.",
        ],
        "SR",
    )
    row(
        "7",
        "Membership and coaching",
        [
            "KB reported that eight new members had joined over the winter, five of them from "
            "the short mat sessions in the village hall.",
            "Comments from committee members:",
            ("bullet", "new members need a named buddy for their first few roll-ups;"),
            (
                "bullet",
                "the coaching sessions should not clash with the Wednesday afternoon league "
                "matches;",
            ),
            ("bullet", "a taster session for families on a Sunday might attract younger members."),
            "It was agreed to run two free taster sessions in May for local residents.",
            "KB to arrange the taster sessions and advertise them in the village newsletter.",
        ],
        "KB",
    )
    row(
        "8",
        "Safeguarding policy",
        [
            "Committee adopted the updated Safeguarding Policy, which follows the national "
            "governing body's 2026 template.",
        ],
    )
    row(
        "9",
        "Bar and social",
        ["PG will organise a quiz night in May and put a sign-up sheet in the clubhouse."],
        "PG",
    )
    row("10", "Any other business", ["GL thanked MW for arranging the new clubhouse heating."])
    row("11", "Date of next meeting", ["Tuesday 14 April 2026, 7.30pm, clubhouse."])

    set_widths(table, (1.2, 12.6, 2.2))
    for cell in table.columns[0].cells[1:]:
        shade(cell, "F2F2F2")

    document.add_paragraph("Meeting closed 9.20pm.").paragraph_format.space_before = Pt(10)

    save_deterministic(document, HERE / f"{BOWLS_NAME}.docx", FIXED_TIME)


def main() -> None:
    finance()
    college()
    tenants()
    bowls()


if __name__ == "__main__":
    main()
