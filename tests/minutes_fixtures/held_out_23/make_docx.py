"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_23/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

Like rounds 14 to 22, this round is meant to be representative of the Word minutes clerks
most often upload, so each document uses ordinary Word features, laid out the way a
different kind of clerk types them:

- h23-docx-nhs-trust-audit-committee: an NHS foundation trust's audit and risk committee;
  items are "Heading 1" paragraphs with a typed reference, a tab, the title and, after a
  right-aligned tab stop, the paper reference ("Paper D", "Verbal"); an action log table;
  "Members asked:" "List Bullet" questions with answers; a losses table; "The Committee
  APPROVED / NOTED / AGREED"; bold "ACTION:" runs and a "will"; "reviewed" alone; header and
  "Page n of m" footer.
- h23-docx-university-department-meeting: a university history department's staff meeting;
  items are bold Normal paragraphs lettered A. to J. by a Word list (the letters are not in
  the text); a previous-actions table; "Colleagues raised the following points:" "List
  Bullet" points; an admissions table; "The meeting approved / noted / agreed", "Colleagues
  endorsed", "It was agreed"; "Action:" paragraphs and a "will"; the University's and the
  Faculty's decisions; PAGE footer.
- h23-docx-methodist-church-council: a Methodist church's church council; items are bold
  small-capital paragraphs with a typed number and a bottom border (a rule under each
  heading); tasks written without an owner followed by a right-aligned italic "Action: …"
  paragraph; accounts table; "Members made these comments:" "List Bullet" points; "The
  Church Council approved / agreed / adopted"; the Circuit Meeting's decisions; PAGE footer.
- h23-docx-town-council-staffing-committee: a town council's staffing committee; the minutes
  are one three-column table (Minute / Item and discussion / Resolution) with a shaded header
  row repeated on each page; the resolutions in the right-hand column, "–" where there is
  none; "List Bullet" points in a cell; "X to …" and "will" in the discussion column;
  exclusion of the press and public; signature and "Page n of m" footer.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from word_parts import (  # noqa: E402
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
    repeat_header_row,
    save_deterministic,
    set_numbering,
    set_widths,
    shade,
    title_line,
)

FIXED_TIME = dt.datetime(2026, 6, 2, 10, 15, 0, tzinfo=dt.UTC)


# --- helpers this round needs that word_parts does not have ---------------------------------


def bottom_border(paragraph) -> None:
    """A single line under a paragraph (Borders and Shading > Bottom border)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "auto")
    borders.append(bottom)
    ppr.append(borders)


def cell_text(cell, paragraphs: list[str], bold_first: bool = False) -> None:
    """Fills a table cell with one paragraph per string; "• " strings become "List Bullet"
    paragraphs; the first paragraph in bold if asked."""
    cell.text = ""
    first = cell.paragraphs[0]
    for index, text_value in enumerate(paragraphs):
        if index == 0:
            paragraph = first
        elif text_value.startswith("• "):
            paragraph = cell.add_paragraph(style="List Bullet")
            text_value = text_value[2:]
        else:
            paragraph = cell.add_paragraph()
        run = paragraph.add_run(text_value)
        if index == 0 and bold_first:
            run.bold = True


# ---------------------------------------------------------------------------------------------
# 1. NHS trust audit and risk committee: "Heading 1" with typed references and paper refs.
# ---------------------------------------------------------------------------------------------

AC_NAME = "h23-docx-nhs-trust-audit-committee"

AC_LOG = [
    ("Ref", "Action", "Lead", "Status"),
    (
        "AC25/41",
        "Bring the revised scheme of delegation to the Committee before it goes to the Board",
        "Company Secretary",
        "Complete – on the January agenda",
    ),
    (
        "AC25/44",
        "Report the number of overdue internal audit actions by directorate",
        "Deputy CFO",
        "Complete – see item AC26/17",
    ),
    (
        "AC25/47",
        "Arrange cyber security training for the Committee's members",
        "Chief Digital Officer",
        "Booked for 28 April 2026",
    ),
]

AC_LOSSES = [
    ("Category", "Cases", "Value"),
    ("Overseas visitors' debts written off", "17", "£31,240"),
    ("Other bad debts", "42", "£9,815"),
    ("Patients' property lost", "6", "£1,402"),
    ("Ex gratia payments (claims)", "9", "£6,155"),
    ("Total", "74", "£48,612"),
]


def audit_committee() -> None:
    document = new_document("Arial", 11)
    fix_properties(
        document, "Hathersall Hospitals NHS Foundation Trust – Audit and Risk Committee", FIXED_TIME
    )

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Hathersall Hospitals NHS Foundation Trust – OFFICIAL"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer, "Audit and Risk Committee – 19 March 2026 – Page ")

    centred_bold(document, "Hathersall Hospitals NHS Foundation Trust", 14)
    centred_bold(document, "Audit and Risk Committee")
    intro = document.add_paragraph(
        "Minutes of the meeting held on Thursday 19 March 2026 at 9.30am in the Boardroom, "
        "Hathersall General Hospital, and on Microsoft Teams"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Members: ",
        "Mrs Gillian Ingilby (Non-executive Director, Chair), Mr Ashok Venkataraman "
        "(Non-executive Director), Ms Claire Delahaye (Non-executive Director)",
    )
    labelled(
        document,
        "In attendance: ",
        "Mr Robert Sackville (Chief Finance Officer), Ms Hannah Aspden (Deputy Chief Finance "
        "Officer), Mr Neil Kilvington (Head of Internal Audit, Midshires Audit Partnership), "
        "Ms Louisa Fernihough (Director, Kerrow & Partners LLP, external audit), Mr Dean "
        "Swinbank (Local Counter Fraud Specialist), Mrs Joanna Rathbone (Company Secretary, "
        "minutes), Mr Patrick Golightly (Director of Estates and Facilities, for item AC26/17)",
    )

    def item(reference: str, title_text: str, paper: str):
        paragraph = document.add_paragraph(f"{reference}\t{title_text}\t{paper}", "Heading 1")
        stops = paragraph.paragraph_format.tab_stops
        stops.add_tab_stop(Cm(2.5))
        stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
        return paragraph

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    def action(text_value: str):
        return bold_then(para(), "ACTION: ", text_value)

    item("AC26/13", "Welcome, apologies and quoracy", "Verbal")
    para(
        "The Chair welcomed everyone. There were no apologies. All three members were present, "
        "so the meeting was quorate."
    )

    item("AC26/14", "Declarations of interest", "Verbal")
    para("There were no declarations of interest in the business of the meeting.")

    item("AC26/15", "Minutes of the meeting held on 15 January 2026", "Paper A")
    para("The Committee APPROVED the minutes as an accurate record.")

    item("AC26/16", "Action log", "Paper B")
    log = add_table(document, AC_LOG)
    set_widths(log, (2.0, 8.0, 3.0, 4.0))
    bold_header_row(log, "DAEEF3")
    para(
        "The Committee NOTED the action log and AGREED to close actions AC25/41 and AC25/44."
    ).paragraph_format.space_before = Pt(6)

    item("AC26/17", "Internal audit progress report", "Paper C")
    para(
        "Mr Kilvington presented the progress report. Seven of the 15 audits in the 2025/26 "
        "plan were final, four were at draft report stage and four were in progress. The audit "
        "of fire safety compliance had been given limited assurance, and 9 of its 14 "
        "recommendations were now overdue."
    )
    para("Members asked:")
    bullet(
        "why the fire safety actions were overdue; Mr Golightly said that two fire safety "
        "advisers had left in the autumn and that the replacements started in April;"
    )
    bullet(
        "whether the remaining audits would be finished in time for the Head of Internal "
        "Audit's opinion; Mr Kilvington confirmed that they would be, by 15 May;"
    )
    bullet(
        "how many recommendations across all audits were now overdue by more than six months, "
        "and whether any of them were high priority."
    )
    para(
        "The Committee NOTED the report and took reasonable assurance from it, except on fire "
        "safety compliance."
    )
    action(
        "Director of Estates and Facilities to bring a recovery plan for the overdue fire "
        "safety actions to the May meeting."
    )

    item("AC26/18", "Internal audit plan 2026/27", "Paper D")
    para(
        "Mr Kilvington presented the draft plan of 310 days, which had been prepared with the "
        "executive directors and was based on the Board Assurance Framework."
    )
    para("The Committee APPROVED the internal audit plan for 2026/27.")

    item("AC26/19", "External audit plan 2025/26", "Paper E")
    para(
        "Ms Fernihough presented the external audit plan. The significant risks identified "
        "were the valuation of land and buildings, management override of controls and the "
        "recognition of income. The fee would be £214,500."
    )
    para("The Committee NOTED the external audit plan and the fee.")

    item("AC26/20", "Counter fraud progress report", "Paper F")
    para(
        "Mr Swinbank reported that 11 new referrals had been received since October, of which "
        "three related to staff working elsewhere while on sick leave. One case had been passed "
        "to the police."
    )
    para("The Committee NOTED the report.")
    action(
        "Local Counter Fraud Specialist to run fraud awareness sessions for the payroll and "
        "recruitment teams before the end of June."
    )

    item("AC26/21", "Losses and special payments", "Paper G")
    para("The losses and special payments for the year to 28 February 2026 were:")
    losses = add_table(document, AC_LOSSES)
    set_widths(losses, (9.0, 2.5, 3.5))
    bold_header_row(losses, "DAEEF3")
    para(
        "The Committee APPROVED the write-off of the losses listed, totalling £48,612."
    ).paragraph_format.space_before = Pt(6)

    item("AC26/22", "Single tender waivers", "Paper H")
    para(
        "The Deputy Chief Finance Officer presented the 11 waivers of competitive tendering "
        "approved since October, with a total value of £1.26 million. Three were for the "
        "same agency supplier."
    )
    para("The Committee NOTED the waivers.")
    para(
        "The Chief Finance Officer will bring a report on the procurement plan for agency "
        "staffing to the May meeting."
    )

    item("AC26/23", "Annual accounts 2025/26: timetable and accounting policies", "Paper I")
    para(
        "The Committee APPROVED the accounting policies for 2025/26 and NOTED the timetable for "
        "the annual report and accounts."
    )

    item("AC26/24", "Board Assurance Framework", "Paper J")
    para(
        "The Committee reviewed the Board Assurance Framework and the controls on the risks "
        "assigned to it by the Board."
    )

    item("AC26/25", "Matters to report to the Board", "Verbal")
    para(
        "The Committee AGREED that the Chair's report to the Board would highlight the limited "
        "assurance on fire safety compliance and the number of waivers for agency staff."
    )

    item("AC26/26", "Date of next meeting", "Verbal")
    para("Thursday 21 May 2026 at 9.30am in the Boardroom.")

    save_deterministic(document, HERE / f"{AC_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 2. University department meeting: bold items lettered A. to J. by a Word list.
# ---------------------------------------------------------------------------------------------

UD_NAME = "h23-docx-university-department-meeting"

UD_ACTIONS = [
    ("Action from 21 January", "Owner", "Status"),
    ("Circulate the revised dissertation handbook", "RB", "Done"),
    ("Ask Estates about the broken blinds in Room 2.07", "WS", "Done – fixed 9 February"),
    ("Draft the department's response on the new workload model", "JN", "Carried forward"),
]

UD_ADMISSIONS = [
    ("Applications (at 1 March)", "2026 entry", "2025 entry"),
    ("BA History", "1,212", "1,356"),
    ("BA History and Politics", "388", "402"),
    ("MA History", "97", "84"),
]


def university_department() -> None:
    document = new_document("Calibri", 11)
    fix_properties(
        document, "University of Calverleigh – Department of History – 18 March 2026", FIXED_TIME
    )
    items = add_list(document, list_level(0, "%1.", "upperLetter", indent=567))

    section = document.sections[0]
    page_footer(section, alignment=WD_ALIGN_PARAGRAPH.RIGHT)

    title_line(document, "University of Calverleigh – Department of History", 14)
    document.add_paragraph("Department Meeting")
    document.add_paragraph(
        "Wednesday 18 March 2026, 2.00pm to 4.00pm, Room 3.14, Pevensham Building, and on Teams"
    )
    labelled(
        document,
        "Present: ",
        "Professor Judith Northcote (Head of Department, chair, JN), Dr Rhiannon Bagshawe "
        "(Director of Teaching, RB), Dr Alan Hoxley (Director of Research, AH), Dr Chidi "
        "Okwuosa (Admissions Tutor, CO), Dr Beatrice Scarsdale (EDI lead, BS), Dr Tomasz Wrobel "
        "(TW), Dr Grace Etheridge (GE), Dr Callum Catchside (CC)",
    )
    labelled(document, "Apologies: ", "Dr Hugo Tattersfield (research leave)")
    labelled(document, "Minutes: ", "Wendy Staniforth (Department Administrator, WS)")

    def item(title_text: str):
        paragraph = document.add_paragraph()
        paragraph.add_run(title_text).bold = True
        paragraph.paragraph_format.space_before = Pt(12)
        set_numbering(paragraph, items)
        return paragraph

    def para(text_value: str = ""):
        paragraph = document.add_paragraph(text_value)
        paragraph.paragraph_format.left_indent = Cm(1.0)
        return paragraph

    def bullet(text_value: str):
        paragraph = document.add_paragraph(text_value, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(1.6)
        return paragraph

    def action(text_value: str):
        paragraph = para()
        paragraph.add_run("Action: ").bold = True
        paragraph.add_run(text_value)
        return paragraph

    item("Welcome, apologies and notices")
    para(
        "JN welcomed everyone, and in particular Dr Callum Catchside, who joined the department "
        "as Lecturer in Modern British History on 1 March."
    )

    item("Minutes and actions from the meeting on 21 January 2026")
    para("The meeting approved the minutes of 21 January 2026.")
    actions = add_table(document, UD_ACTIONS)
    set_widths(actions, (9.0, 2.0, 5.0))
    bold_header_row(actions, "E2EFD9")

    item("Head of Department's report")
    para(
        "JN reported that the University Executive Board had decided to pause all new "
        "academic appointments until August, apart from replacements for staff who leave. The "
        "department's non-pay budget for 2026/27 would be cut by 8%. The Faculty had agreed to "
        "fund one teaching fellow for 2026/27 to cover the modules of colleagues on research "
        "leave."
    )
    para("Colleagues raised the following points:")
    bullet(
        "the cut to the non-pay budget would fall mostly on the visiting speakers' series, "
        "which the students valued highly;"
    )
    bullet(
        "the teaching fellow should be appointed by June, so that the modules could be planned "
        "in time;"
    )
    bullet(
        "whether the pause applied to the fixed-term research posts funded by external grants; "
        "JN said that it did not;"
    )
    bullet(
        "the department should ask the Faculty to count PhD supervision in the new workload model."
    )
    para("The meeting noted the report.")

    item("Student recruitment and admissions 2026")
    para("CO reported the applications at 1 March:")
    admissions = add_table(document, UD_ADMISSIONS)
    set_widths(admissions, (8.0, 3.0, 3.0))
    bold_header_row(admissions, "E2EFD9")
    para(
        "Applications for the BA were down by 11%, in line with the sector, but the conversion "
        "rate from Applicant Days had been 34%."
    ).paragraph_format.space_before = Pt(6)
    para(
        "It was agreed that the department would run two extra Applicant Days, on 15 and 22 "
        "April, for applicants holding offers."
    )
    action("CO to book the rooms and ask for six student ambassadors for each day.")

    item("Teaching and learning")
    para(
        "RB presented the mid-year module evaluations and the progress on the assessment "
        "review. The second-year Historiography module would move from a 4,000-word essay to a "
        "portfolio of three shorter pieces."
    )
    para(
        "Colleagues endorsed the change to the Historiography assessment, which will go to the "
        "Faculty Education Committee for approval on 29 April."
    )
    action("RB to circulate the template for module handbooks for 2026/27 by 3 April.")

    item("Research and REF 2029")
    para(
        "AH reported that the internal review of outputs had been completed and that 42 "
        "outputs had been scored. Three impact case studies were being developed."
    )
    para(
        "AH will meet each colleague to discuss their outputs and research plans before the "
        "end of May."
    )

    item("Equality, diversity and inclusion")
    para(
        "BS presented the updated Athena Swan action plan, which now includes the results of "
        "the staff survey on caring responsibilities."
    )
    para("The meeting approved the updated Athena Swan action plan for submission to the Faculty.")

    item("Health and safety")
    para(
        "WS reported that the department needs a second fire warden for the third floor of "
        "the Pevensham Building, and that GE had volunteered."
    )
    action("All staff to complete the University's online fire safety training by 30 April.")

    item("Any other business")
    para(
        "JN reminded colleagues that the deadline for the University teaching awards is 10 "
        "April. TW reported that the public lecture on 5 March had an audience of 180."
    )

    item("Date of next meeting")
    para("Wednesday 20 May 2026, 2.00pm, Room 3.14.")

    save_deterministic(document, HERE / f"{UD_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 3. Methodist church council: bold small-capital items with a rule under each.
# ---------------------------------------------------------------------------------------------

MC_NAME = "h23-docx-methodist-church-council"

MC_ACCOUNTS = [
    ("General fund, 2025", "£"),
    ("Offerings and giving", "38,914"),
    ("Lettings", "12,306"),
    ("Gift Aid", "7,480"),
    ("Circuit assessment", "(31,200)"),
    ("Property and running costs", "(24,618)"),
    ("Surplus for the year", "2,882"),
]


def methodist() -> None:
    document = new_document("Times New Roman", 12)
    fix_properties(
        document, "Brindlecombe Methodist Church – Church Council – 10 March 2026", FIXED_TIME
    )

    section = document.sections[0]
    page_footer(section)

    centred_bold(document, "BRINDLECOMBE METHODIST CHURCH", 14)
    centred_bold(document, "Church Council")
    intro = document.add_paragraph(
        "Minutes of the meeting held on Tuesday 10 March 2026 at 7.30pm in the church hall"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Revd Philippa Tregoning (Minister, in the chair), Mrs Doreen Gribble (Senior Church "
        "Steward), Mrs Joy Nettleship (Church Steward), Mr Graham Huckerby (Treasurer), Mr Keith "
        "Stokoe (Property Steward), Mrs Lynne Honeysett (Church Safeguarding Officer), Mr "
        "Desmond Leadley (Pastoral Secretary), Mr Ian Sheardown (Lettings Secretary), Mrs "
        "Valerie Blenkinsop (Church Council Secretary)",
    )
    labelled(document, "Apologies: ", "Mrs Olive Winstanley")

    def item(number: str, title_text: str):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(f"{number}  {title_text}")
        run.bold = True
        run.font.small_caps = True
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.keep_with_next = True
        bottom_border(paragraph)
        return paragraph

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    def action(owner: str):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run(f"Action: {owner}").italic = True
        return paragraph

    item("1.", "Opening devotions")
    para(
        "The Minister opened the meeting with a reading from Psalm 121 and prayer, remembering "
        "in particular those members who are unwell."
    )

    item("2.", "Apologies")
    para("Apologies were received from Mrs Olive Winstanley.")

    item("3.", "Minutes of the meeting on 20 January 2026")
    para("The Church Council approved the minutes, and the Minister signed them.")

    item("4.", "Matters arising")
    para(
        "The new hymn books have arrived and are in use. The gutters at the rear of the church "
        "were cleared in February."
    )

    item("5.", "Pastoral report")
    para(
        "Mr Leadley reported that the pastoral visitors had made 64 visits since November. "
        "Three members had moved into Sedgewood House care home and would welcome visits."
    )
    para("Visit the three members at Sedgewood House before Easter.")
    action("Pastoral visitors")

    item("6.", "Finance")
    para("The Treasurer presented the accounts for 2025:")
    accounts = add_table(document, MC_ACCOUNTS)
    set_widths(accounts, (9.0, 3.0))
    bold_header_row(accounts, "F2F2F2")
    para(
        "The Circuit Meeting had set the church's assessment for 2026/27 at £32,400, an "
        "increase of 3.8%."
    ).paragraph_format.space_before = Pt(6)
    para(
        "The Church Council received the accounts for 2025 and agreed to send them to the "
        "independent examiner."
    )
    para("Accounts to go to the independent examiner by 30 April.")
    action("Treasurer")

    item("7.", "Property")
    para(
        "Mr Stokoe reported that the boiler in the church hall had failed twice this winter "
        "and that a replacement would cost about £9,800. The quinquennial inspection is due in "
        "the autumn."
    )
    para("Members made these comments:")
    bullet("the hall is let for 22 hours a week and cannot be used without heating;")
    bullet("a heat pump had been considered, but the hall's insulation is too poor for one;")
    bullet("the lettings income would cover the cost of a new boiler in about two years.")
    para(
        "It was agreed to replace the hall boiler at a cost of up to £9,800, subject to "
        "consent through the Methodist Church's consents process."
    )
    para("Obtain a second quote and submit the consent application.")
    action("Property Steward")

    item("8.", "Safeguarding")
    para(
        "Mrs Honeysett reported that all those who work with children or vulnerable adults "
        "have completed the Foundation module. The annual safeguarding report had been "
        "circulated."
    )
    para(
        "The Church Council adopted the safeguarding policy for 2026 and reappointed Mrs "
        "Honeysett as Church Safeguarding Officer."
    )

    item("9.", "Lettings")
    para(
        "Mr Sheardown reported a request from a baby massage group to hire the small room on "
        "Thursday mornings."
    )
    para("The Church Council agreed to let the small room to the group at £18 a session.")
    para("Mr Sheardown will send the group the hire agreement and the fire safety notes.")

    item("10.", "Circuit and District news")
    para(
        "The Minister reported that the Circuit Meeting had decided to form two sections from "
        "September, and that the stationing of ministers for 2027 would be discussed at the "
        "June Circuit Meeting."
    )

    item("11.", "Any other business")
    para("Mrs Gribble reminded the Council that the Easter lilies list is on the notice board.")

    item("12.", "Date of next meeting")
    para("Tuesday 9 June 2026 at 7.30pm. The meeting closed with the Grace.")

    save_deterministic(document, HERE / f"{MC_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 4. Town council staffing committee: Minute / Item and discussion / Resolution table.
# ---------------------------------------------------------------------------------------------

ST_NAME = "h23-docx-town-council-staffing-committee"

ST_ROWS: list[tuple[str, list[str], list[str]]] = [
    (
        "ST26/01",
        ["Apologies for absence", "Apologies were received from Cllr Peter Duckworth."],
        ["–"],
    ),
    (
        "ST26/02",
        ["Declarations of interest", "There were no declarations of interest."],
        ["–"],
    ),
    (
        "ST26/03",
        ["Minutes", "The minutes of the meeting held on 10 November 2025 had been circulated."],
        ["RESOLVED that the minutes be approved as a correct record and signed by the Chair."],
    ),
    (
        "ST26/04",
        [
            "NJC pay award 2025/26",
            "The Town Clerk reported that the national pay award of 3.2% had been paid in the "
            "January salaries, backdated to 1 April 2025, at a total cost of £4,318.",
        ],
        ["RESOLVED to note the implementation of the pay award."],
    ),
    (
        "ST26/05",
        [
            "Staff training and development",
            "The Town Clerk presented the training plan for 2026/27. The Deputy Town Clerk had "
            "asked to study for the Certificate in Local Council Administration (CiLCA).",
            "Members made the following points:",
            "• CiLCA would allow the Council to keep its General Power of Competence when the "
            "Town Clerk retires;",
            "• the training budget of £2,000 would cover CiLCA and the planned first aid courses;",
            "• the groundsperson should also have chainsaw refresher training this year.",
            "The Town Clerk to book the Deputy Town Clerk on to the county association's CiLCA "
            "course.",
        ],
        [
            "RESOLVED to fund the Deputy Town Clerk's CiLCA registration and training (£575) "
            "from the training budget."
        ],
    ),
    (
        "ST26/06",
        [
            "Employee handbook – review of policies",
            "The Town Clerk had updated the Grievance, Disciplinary and Lone Working policies "
            "from the latest model policies.",
        ],
        [
            "RESOLVED to recommend to Full Council that the revised Grievance, Disciplinary and "
            "Lone Working policies be adopted."
        ],
    ),
    (
        "ST26/07",
        [
            "Health and safety",
            "The risk assessments for the depot and the cemetery had been reviewed. Cllr "
            "Gadsby will carry out the annual health and safety walk-round of the depot with "
            "the Town Clerk in April.",
        ],
        ["–"],
    ),
    (
        "ST26/08",
        [
            "Exclusion of the press and public",
            "The Chair proposed that the remaining items be taken in private.",
        ],
        [
            "RESOLVED that, under the Public Bodies (Admission to Meetings) Act 1960, the press "
            "and public be excluded for items ST26/09 and ST26/10 because of the confidential "
            "nature of the business."
        ],
    ),
    (
        "ST26/09",
        [
            "Town Clerk's annual appraisal",
            "The Chair and the Vice-Chair had carried out the Town Clerk's appraisal on 2 "
            "March. The Town Clerk left the meeting for this item.",
        ],
        [
            "RESOLVED to approve the Town Clerk's objectives for 2026/27 and to award one "
            "increment from 1 April 2026, as set out in the confidential appraisal report."
        ],
    ),
    (
        "ST26/10",
        [
            "Groundsperson vacancy",
            "The Groundsperson has resigned with effect from 30 April. Members considered the "
            "job description and the hours needed in the summer. The Town Clerk will place the "
            "advertisement in the local paper and on the Council's website by 27 March.",
        ],
        [
            "RESOLVED to advertise the post of Groundsperson (30 hours a week, SCP 7 to 11) and "
            "to appoint Cllr Flitton, Cllr Gadsby and the Town Clerk as the interview panel."
        ],
    ),
    (
        "ST26/11",
        ["Date of next meeting", "Tuesday 9 June 2026 at 6.30pm, after the Council meeting."],
        ["–"],
    ),
]


def staffing_committee() -> None:
    document = new_document("Arial", 10)
    fix_properties(
        document, "Thurlwick Town Council – Staffing Committee – 17 March 2026", FIXED_TIME
    )

    section = document.sections[0]
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.LEFT
    footer.add_run("Chair's initials ........\t\t")
    page_x_of_y(footer)

    centred_bold(document, "THURLWICK TOWN COUNCIL", 14)
    centred_bold(document, "STAFFING COMMITTEE")
    intro = document.add_paragraph(
        "Minutes of the meeting held on Tuesday 17 March 2026 at 6.30pm in the Council Chamber, "
        "Thurlwick Town Hall"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Cllr Denise Flitton (Chair), Cllr Alan Gadsby (Vice-Chair), Cllr Marcus Rimington, "
        "Cllr Ruth Enderby",
    )
    labelled(
        document,
        "In attendance: ",
        "Mrs Kathryn Ashmore (Town Clerk), Mr Liam Fretwell (Deputy Town Clerk, for items "
        "ST26/01 to ST26/08)",
    )

    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    heading = table.rows[0].cells
    for cell, text_value in zip(
        heading, ("Minute", "Item and discussion", "Resolution"), strict=True
    ):
        cell.text = text_value
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "D9E2F3")
    repeat_header_row(table)
    for minute, discussion, resolution in ST_ROWS:
        cells = table.add_row().cells
        cells[0].text = minute
        cells[0].paragraphs[0].runs[0].bold = True
        cell_text(cells[1], discussion, bold_first=True)
        cell_text(cells[2], resolution)
    set_widths(table, (2.2, 9.3, 5.5))

    document.add_paragraph()
    document.add_paragraph("The meeting closed at 7.48pm.")
    document.add_paragraph("Signed ................................ Chair      Date ..............")

    save_deterministic(document, HERE / f"{ST_NAME}.docx", FIXED_TIME)


def main() -> None:
    audit_committee()
    university_department()
    methodist()
    staffing_committee()


if __name__ == "__main__":
    main()
