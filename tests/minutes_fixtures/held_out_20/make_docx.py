"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_20/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

Like rounds 14 to 19, this round is meant to be representative of the Word minutes clerks
most often upload, so each document uses ordinary Word features, laid out the way a
different kind of clerk types them:

- h20-docx-audit-governance-committee: a borough council's audit and governance committee;
  items are "List Paragraph" paragraphs numbered by level 1 of a Word list that starts at 61
  (the numbers are not in the text), with a bold title; the lettered entries of a RESOLVED
  list are "List Paragraph" paragraphs numbered (a), (b) by its level 2; an action tracker
  table; "List Bullet" points; bold "RESOLVED –" and "ACTION:" runs; "reviewed" alone;
  header and "Page n of m" footer.
- h20-docx-village-hall-committee: a village hall charity's management committee; items are
  unnumbered Normal paragraphs in bold and underlined; first names; "Agreed as a correct
  record (proposed …, seconded …)"; an "Agreed:" label and a bare "Agreed to …"; a balances
  table; "List Bullet" points; "X to …" and "X will …"; PAGE footer.
- h20-docx-housing-coop-committee: a housing co-operative's management committee; "Heading 2"
  items numbered by a Word list (no numbers in the text); every item written under bold
  "Discussion:", "Decision:" and "Action:" labels, some with "None."; "List Bullet" points;
  PAGE footer.
- h20-docx-licensing-sub-committee-hearing: a district council's licensing sub-committee
  hearing two applications; "Heading 1" items with typed numbers and a tab; a parties table in
  the preamble; "List Bullet" questions with answers and points; a RESOLVED grant with its
  additional conditions as "List Number" paragraphs; a variation decided by typed (a) and
  (b); "Reasons:" paragraphs; "will" and "undertook"; header and "Page n of m" footer.
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
    title_line,
)

FIXED_TIME = dt.datetime(2026, 5, 5, 9, 40, 0, tzinfo=dt.UTC)


# --- helpers this round needs that word_parts does not have ---------------------------------


def add_minute_list(document, start: int, indent: int) -> int:
    """Adds a two-level Word list not tied to any style: "61." … at level 1, starting at
    `start`, and "(a)", "(b)" … at level 2; returns the instance's numId."""
    return add_list(
        document,
        list_level(0, "%1.", indent=indent, start=start, bold=True)
        + list_level(1, "(%2)", "lowerLetter", indent=indent * 2, hanging=indent),
        multilevel=True,
    )


# ---------------------------------------------------------------------------------------------
# 1. Borough council audit and governance committee: "List Paragraph" items from 61.
# ---------------------------------------------------------------------------------------------

AUDIT_NAME = "h20-docx-audit-governance-committee"

AUDIT_TRACKER = [
    ("Ref", "Action", "Officer", "Due", "Status"),
    (
        "AG/25/18",
        "Provide a breakdown of debts more than 90 days overdue",
        "Head of Finance",
        "Jan 2026",
        "Complete – circulated 3 February",
    ),
    (
        "AG/25/21",
        "Report on the use of purchase cards at the depots",
        "Head of Internal Audit",
        "Mar 2026",
        "On this agenda (minute 66)",
    ),
    (
        "AG/25/22",
        "Arrange fraud awareness training for members",
        "Corporate Fraud Manager",
        "Mar 2026",
        "Complete – held 10 March",
    ),
    (
        "AG/25/23",
        "Show the direction of travel of each risk in the risk register",
        "Head of Corporate Policy",
        "Jun 2026",
        "Not yet due",
    ),
]


def audit() -> None:
    document = new_document("Arial", 11)
    fix_properties(
        document,
        "Callowbridge Borough Council – Audit and Governance Committee – 24 March 2026",
        FIXED_TIME,
    )
    minutes = add_minute_list(document, 61, 709)

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Audit and Governance Committee – 24 March 2026"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer)

    centred_bold(document, "CALLOWBRIDGE BOROUGH COUNCIL", 14)
    centred_bold(document, "AUDIT AND GOVERNANCE COMMITTEE")
    intro = document.add_paragraph(
        "Minutes of the meeting held on Tuesday 24 March 2026 at 6.30pm in Committee Room 2, "
        "Callowbridge Civic Centre"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Councillors Hilary Mitchard (Chair), Dominic Ferriday (Vice-Chair), Shabana Kauser, "
        "Roger Nankervis, Tessa Retallick, Alun Protheroe and Victor Horvath",
    )
    labelled(document, "Independent member: ", "Mr Clifford Symons")
    labelled(
        document,
        "Also present: ",
        "Ms Rowena Castellino (Key Audit Partner, Fenwright Audit LLP)",
    )
    labelled(
        document,
        "Officers: ",
        "Director of Resources (Section 151 Officer), Head of Finance, Head of Internal Audit, "
        "Corporate Fraud Manager, Democratic Services Officer",
    )

    def item(title_text: str):
        paragraph = document.add_paragraph(style="List Paragraph")
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(title_text).bold = True
        set_numbering(paragraph, minutes, 0)
        return paragraph

    def para(text_value: str = ""):
        return indented(document, text_value, 1.25)

    def entry(text_value: str):
        paragraph = document.add_paragraph(text_value, style="List Paragraph")
        set_numbering(paragraph, minutes, 1)
        return paragraph

    def bullet(text_value: str):
        paragraph = document.add_paragraph(text_value, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(1.9)
        return paragraph

    def resolved(text_value: str):
        return bold_then(para(), "RESOLVED – ", text_value)

    item("Apologies for absence and substitutions")
    para(
        "Apologies were received from Councillor Graham Veale. Councillor Nankervis attended "
        "as his substitute."
    )

    item("Declarations of interest")
    para("There were no declarations of interest.")

    item("Minutes")
    resolved(
        "That the minutes of the meeting held on 27 January 2026 be approved as a correct record "
        "and signed by the Chair."
    )

    item("Action tracker")
    para("The Committee considered the action tracker:")
    tracker = add_table(document, AUDIT_TRACKER)
    set_widths(tracker, (2.0, 5.6, 3.4, 1.8, 3.4))
    bold_header_row(tracker, "D9E2F3")
    repeat_header_row(tracker)
    para("The Committee noted the action tracker.").paragraph_format.space_before = Pt(6)

    item("External audit: Auditor's Annual Report 2024/25")
    para(
        "Ms Castellino presented the Auditor's Annual Report for 2024/25. Because of the "
        "statutory backstop date, the auditor had issued a disclaimed opinion on the 2024/25 "
        "financial statements, as it had for 2023/24. The report identified one significant "
        "weakness in the Council's arrangements for value for money, in the management of the "
        "housing repairs contract, with a key recommendation."
    )
    para("Members raised the following points:")
    bullet(
        "the disclaimed opinions were not a criticism of the finance team, but residents would "
        "not understand them, and the Council should explain them on its website;"
    )
    bullet(
        "the weakness in the housing repairs contract had been raised by tenants for two years, "
        "and the Committee should see the management response in full;"
    )
    bullet(
        "Members asked when the auditor expected to give a full opinion again; Ms Castellino "
        "replied that she expected to do so for 2026/27, once the opening balances had been "
        "rebuilt."
    )
    resolved("That the Auditor's Annual Report 2024/25 be noted.")

    item("Internal audit progress report")
    para(
        "The Head of Internal Audit reported that 14 of the 22 audits in the 2025/26 plan had "
        "been completed. The audit of purchase cards at the depots had found limited assurance: "
        "cards had been shared between staff and receipts were missing for 31 transactions."
    )
    para("The Committee noted the progress report.")
    bold_then(
        para(),
        "ACTION: ",
        "Head of Internal Audit to bring the follow-up review of purchase card controls at the "
        "depots to the July meeting.",
    )

    item("Treasury Management Strategy 2026/27")
    para(
        "The Head of Finance presented the Treasury Management Strategy Statement and Annual "
        "Investment Strategy for 2026/27. Borrowing was expected to rise to £148 million by March "
        "2027 to fund the capital programme."
    )
    bold_then(para(), "RESOLVED – ", "That the Committee:")
    entry(
        "notes the Treasury Management Strategy Statement, the Annual Investment Strategy and "
        "the prudential indicators for 2026/27; and"
    )
    entry("recommends them to Council for approval on 22 April 2026.")

    item("Local Code of Corporate Governance")
    para(
        "The Director of Resources presented the annual review of the Local Code of Corporate "
        "Governance, updated to reflect the new member development programme."
    )
    resolved("That the updated Local Code of Corporate Governance be approved.")

    item("Counter fraud annual report 2025")
    para(
        "The Corporate Fraud Manager reported that 214 single person discount cases had been "
        "reviewed in 2025 and 63 discounts removed, bringing in £41,600 of council tax. Two "
        "tenancy fraud cases had led to properties being recovered."
    )
    para("The Committee noted the annual report.")
    para(
        "The Corporate Fraud Manager will report the results of the current single person "
        "discount review to the next meeting."
    )

    item("Corporate risk register")
    para("The Committee reviewed the corporate risk register.")
    para(
        "Members asked that the risk on the leisure centres contract be rescored once the "
        "Cabinet had made its decision on the new contract."
    )

    item("Work programme 2026/27")
    resolved("That the work programme for 2026/27 be approved.")

    item("Date of next meeting")
    para("Tuesday 21 July 2026 at 6.30pm.")

    closing = document.add_paragraph("The meeting closed at 8.20pm.")
    closing.paragraph_format.space_before = Pt(12)
    document.add_paragraph("Chair ………………………………………          Date ……………………")

    save_deterministic(document, HERE / f"{AUDIT_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 2. Village hall management committee: unnumbered bold underlined item titles.
# ---------------------------------------------------------------------------------------------

HALL_NAME = "h20-docx-village-hall-committee"

HALL_BALANCES = [
    ("Account", "Balance at 28 February 2026"),
    ("Current account", "£4,318.46"),
    ("Reserve account", "£11,902.17"),
    ("Petty cash", "£46.80"),
    ("Total", "£16,267.43"),
]


def hall() -> None:
    document = new_document("Calibri", 11)
    fix_properties(
        document, "Hazelford Village Hall – Management Committee – 16 March 2026", FIXED_TIME
    )

    section = document.sections[0]
    page_footer(section, "Hazelford Village Hall – committee minutes – page ")

    title_line(document, "Hazelford Village Hall", 16)
    document.add_paragraph("Registered charity no. 302614")
    document.add_paragraph(
        "Management Committee – minutes of the meeting held on Monday 16 March 2026 at 7.30pm "
        "in the Small Hall"
    )
    labelled(
        document,
        "Present: ",
        "Ann Fawthrop (Chair), Keith Jowett (Treasurer), Helen Midgley (Secretary), "
        "Colin Gaukroger (Maintenance), Margaret Jagger (Bookings), Judy Netherwood (WI), "
        "Cllr Peter Stonehouse (Parish Council)",
    )
    labelled(document, "Apologies: ", "Sue Trenowth (Playgroup), Dave Priestley")

    def item(title_text: str):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.keep_with_next = True
        run_value = paragraph.add_run(title_text)
        run_value.bold = True
        run_value.underline = True
        return paragraph

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    item("Welcome and apologies")
    para("Ann welcomed everyone. Apologies from Sue and Dave.")

    item("Minutes of the last meeting")
    para(
        "Agreed as a correct record of the meeting on 19 January (proposed Judy, seconded Keith) "
        "and signed by Ann."
    )

    item("Matters arising")
    para("Gutter over the kitchen door – cleared by Colin in February.")
    para("Fire extinguishers – annual service done on 3 March.")
    para("New noticeboard – still waiting for the Parish Council's contribution.")

    item("Treasurer's report")
    para(
        "Keith reported the balances below. Income from hire in the year to date was £9,640, "
        "up £1,100 on last year, mainly from the new Pilates and toddler groups."
    )
    balances = add_table(document, HALL_BALANCES)
    set_widths(balances, (6.0, 5.0))
    bold_header_row(balances, "E2EFD9")
    para("The committee noted the Treasurer's report.").paragraph_format.space_before = Pt(6)

    item("Bookings and hire charges")
    para(
        "Margaret reported that the main hall was booked on 22 evenings in February. The hire "
        "charges had not changed since 2023 and were below those of the halls nearby."
    )
    bold_then(
        para(),
        "Agreed: ",
        "from 1 April the hire charge for the main hall to be £16 an hour (£12 for local groups) "
        "and for the small hall £10 an hour (£8 for local groups).",
    )

    item("Maintenance")
    para(
        "Colin reported that the boiler had failed twice in January and the engineer had said "
        "it was not worth repairing again. Two quotes had been received, from Wyndbeck Heating "
        "(£2,340) and Hallamby Plumbing and Heating (£2,715)."
    )
    para("Comments:")
    bullet("a heat pump would be cheaper to run but would need a grant and a bigger budget;")
    bullet("the work should be done when the playgroup is not using the hall;")
    bullet("the car park lines should be repainted at the same time if money allows.")
    para("Agreed to accept the quote from Wyndbeck Heating for £2,340 to replace the boiler.")
    para("Colin to book the work for the Easter holidays, when the hall is quiet.")

    item("Grants and fundraising")
    para(
        "It was agreed to apply to the Lynbrook Vale Community Foundation's village halls fund for "
        "new stacking chairs and tables, up to £3,000."
    )
    para("Helen will write the application and circulate a draft before the end of March.")

    item("Policies")
    para(
        "The committee adopted the updated Hire Agreement and the Safeguarding Policy, both "
        "based on the model documents from the county's village halls adviser."
    )

    item("Events")
    para(
        "Spring quiz on Saturday 18 April and plant sale on Saturday 9 May. Refreshments at the "
        "plant sale will be provided by the WI."
    )
    para(
        "Margaret to put up posters in the shop and the church porch, and to ask the school to "
        "include the quiz in its newsletter."
    )

    item("Any other business")
    para("Keith said the outside light by the car park was flickering again.")
    para("Ann reminded everyone that the AGM is on Monday 11 May.")

    item("Date of next meeting")
    para("Monday 11 May 2026 at 7pm, before the AGM at 7.30pm.")

    save_deterministic(document, HERE / f"{HALL_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 3. Housing co-operative management committee: Discussion / Decision / Action labels.
# ---------------------------------------------------------------------------------------------

COOP_NAME = "h20-docx-housing-coop-committee"


def coop() -> None:
    document = new_document("Arial", 11)
    fix_properties(
        document,
        "Ferncroft Housing Co-operative – Management Committee – 10 March 2026",
        FIXED_TIME,
    )
    items = add_decimal_list(document, "Heading2", 567)

    section = document.sections[0]
    page_footer(
        section, "Ferncroft Housing Co-op – MC 10.03.26 – ", alignment=WD_ALIGN_PARAGRAPH.RIGHT
    )

    document.add_paragraph("Ferncroft Housing Co-operative Ltd", style="Title")
    document.add_paragraph(
        "Management Committee meeting – Tuesday 10 March 2026, 7pm, the community room, 1 Tenter Row"
    )
    labelled(
        document,
        "Present: ",
        "Maya Nnadi (Chair), Owen Trelease (Treasurer), Jo Fairlamb (Maintenance), "
        "Priti Sidhu (Allocations), Hannah Quartey (Secretary), Sam Oladipo, Declan Murtagh",
    )
    labelled(document, "In attendance: ", "Linda Redman (co-op worker, minutes)")
    labelled(document, "Apologies: ", "Ade Babatunde")

    def item(title_text: str):
        paragraph = document.add_paragraph(title_text, style="Heading 2")
        set_numbering(paragraph, items)
        return paragraph

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def label(name: str, text_value: str):
        return bold_then(para(), f"{name}: ", text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    item("Apologies and quorum")
    para("Apologies from Ade. Seven committee members were present; the quorum is five.")

    item("Declarations of interest")
    para(
        "Maya declared an interest in item 8, as her cousin is on the co-op's waiting list, and "
        "left the room for that item."
    )

    item("Minutes of the meeting on 10 February 2026")
    label("Decision", "Agreed as an accurate record.")
    label("Action", "None.")

    item("Matters arising")
    label(
        "Discussion",
        "Window replacement at 12–18 Tenter Row – all done. Garden tidy day – 14 members came "
        "and the skip was filled.",
    )
    label("Decision", "None.")
    label("Action", "None.")

    item("Rents and service charges 2026/27")
    label(
        "Discussion",
        "Owen presented the rent review. The co-op's costs had risen by 5.6%, mainly insurance "
        "and repairs. He proposed a rent increase of 4.8% and no change to the service charge.",
    )
    para("Points made:")
    bullet("some members are already struggling and a smaller rise should be considered;")
    bullet(
        "the repairs reserve is below the level in the business plan and cannot be cut any further;"
    )
    bullet("members need to see the figures in plain English before the general meeting.")
    label(
        "Decision",
        "To recommend to the general meeting on 31 March a rent increase of 4.8% from 1 April "
        "and no change to the service charge.",
    )
    label(
        "Action",
        "Treasurer (Owen) to prepare the rent notices so they can go out by 1 April if the "
        "general meeting agrees.",
    )

    item("Repairs and maintenance")
    label(
        "Discussion",
        "Two quotes for the roof repairs at 22–24 Beech Walk: Halliwell Roofing £7,950 and "
        "Slatecraft Roofing £8,600. Halliwell can start in April.",
    )
    label("Decision", "To accept the quote from Halliwell Roofing for £7,950.")
    label(
        "Action",
        "Maintenance officer (Jo) to instruct the contractor and tell the tenants of 22 and 24.",
    )

    item("Rent arrears")
    label(
        "Discussion",
        "Total arrears are £3,420 (1.9% of the rent roll). Three households owe more than £500, "
        "two of them because of delays with Universal Credit.",
    )
    label("Decision", "Noted.")
    label(
        "Action",
        "Finance sub-group to write to the three households offering a meeting and a payment plan.",
    )

    item("Allocations")
    para("(Maya left the room. Owen took the chair.)")
    label(
        "Discussion",
        "The two-bedroom flat at 7 Cedar Court will be empty on 30 March. Priti had shortlisted "
        "three applicants against the allocations policy.",
    )
    label(
        "Decision",
        "To offer the tenancy of 7 Cedar Court to applicant A26/03, with applicant A26/05 as "
        "reserve.",
    )
    label("Action", "Allocations officer (Priti) to send the offer letter.")
    para("(Maya returned and took the chair.)")

    item("Membership and training")
    label(
        "Discussion",
        "Two new tenants, Grace Olawale and Tomasz Wierzbicki, have completed the members' "
        "induction.",
    )
    label("Decision", "To admit Grace Olawale and Tomasz Wierzbicki as members of the co-op.")
    label("Action", "None.")

    item("Pets policy")
    label(
        "Discussion",
        "The draft Pets Policy had not been sent out in time for members to read it before the "
        "meeting.",
    )
    label("Decision", "Deferred to the April meeting.")
    label("Action", "Secretary to circulate the draft Pets Policy with the April papers.")

    item("Any other business")
    label(
        "Discussion",
        "Sam raised the parking on the shared drive at Beech Walk, which is blocking the bin "
        "store. To go on the agenda of the next general meeting.",
    )
    label("Decision", "None.")
    label("Action", "None.")

    item("Date of next meeting")
    para("Tuesday 14 April 2026, 7pm, community room.")

    save_deterministic(document, HERE / f"{COOP_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 4. Licensing sub-committee hearing: "Heading 1" items with typed numbers and a tab.
# ---------------------------------------------------------------------------------------------

LICENSING_NAME = "h20-docx-licensing-sub-committee-hearing"

LICENSING_PARTIES = [
    ("Item", "Party", "Attending"),
    ("5", "Applicant", "Ms Carla Bergstrand (The Bobbin Room Ltd)"),
    ("5", "Responsible authority", "Environmental Health (Mr Raj Thakrar)"),
    ("5", "Other persons", "Mr and Mrs Gerald Hopcroft (residents, Haymarket)"),
    ("6", "Premises licence holder", "Mr Farhan Siraj, with Mr Owain Tremlett (agent)"),
    ("6", "Responsible authority", "Mardenshire Police (PC Natalie Dearden)"),
    ("6", "Other persons", "Mrs Doreen Ashplant (resident, Wenderby Road)"),
]


def licensing() -> None:
    document = new_document("Arial", 11)
    fix_properties(
        document, "Mardenford District Council – Licensing Sub-Committee – 4 March 2026", FIXED_TIME
    )

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Licensing Sub-Committee – 4 March 2026"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer)

    centred_bold(document, "MARDENFORD DISTRICT COUNCIL", 14)
    centred_bold(document, "LICENSING SUB-COMMITTEE (LICENSING ACT 2003)")
    intro = document.add_paragraph(
        "Minutes of the hearing held on Wednesday 4 March 2026 at 10.00am in Committee Room 1, "
        "Council Offices, Mardenford"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document, "Present: ", "Councillors Irene Blackshaw, Kenneth Oyston and Lucy Cockcroft"
    )
    labelled(
        document,
        "Officers: ",
        "Licensing Team Leader, Solicitor (legal adviser to the Sub-Committee), Democratic "
        "Services Officer",
    )
    document.add_paragraph("Parties:")
    parties = add_table(document, LICENSING_PARTIES)
    set_widths(parties, (1.4, 4.6, 10.0))
    bold_header_row(parties, "EDEDED")

    def item(title_text: str):
        return document.add_paragraph(title_text, style="Heading 1")

    def para(text_value: str = ""):
        return indented(document, text_value, 1.27)

    def bullet(text_value: str):
        paragraph = document.add_paragraph(text_value, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(1.9)
        return paragraph

    def condition(text_value: str):
        paragraph = document.add_paragraph(text_value, style="List Number")
        paragraph.paragraph_format.left_indent = Cm(1.9)
        return paragraph

    item("1.\tELECTION OF CHAIR")
    bold_then(para(), "RESOLVED: ", "That Councillor Blackshaw be elected Chair for this hearing.")

    item("2.\tAPOLOGIES FOR ABSENCE")
    para("There were no apologies for absence.")

    item("3.\tDECLARATIONS OF INTEREST")
    para("No interests were declared.")

    item("4.\tPROCEDURE FOR THE HEARING")
    para(
        "The Chair introduced the members of the Sub-Committee and the officers, and explained "
        "the procedure for the hearing, which had been sent to all parties in advance."
    )

    item("5.\tAPPLICATION FOR A NEW PREMISES LICENCE – THE BOBBIN ROOM, 14 HAYMARKET, MARDENFORD")
    para(
        "The Licensing Team Leader presented the report. The applicant sought a licence for a "
        "café bar on the first floor, with the sale of alcohol from 10.00 to 23.00 daily and "
        "live music until 22.30 on Fridays and Saturdays. The police had agreed four conditions "
        "with the applicant and had made no representation. Representations had been received "
        "from Environmental Health and from two residents of Haymarket, on the grounds of "
        "public nuisance."
    )
    para(
        "Ms Bergstrand said that the business would be a café with a small bar, not a pub, "
        "and that the windows would be kept closed during live music. Mr Thakrar said that the "
        "building had single glazing and no lobby on the stairs. Mr Hopcroft said that he and "
        "his wife lived directly opposite and were worried about noise from people leaving late "
        "at night."
    )
    para("Members asked the applicant:")
    bullet(
        "whether the music would be amplified; Ms Bergstrand said that most acts would be "
        "acoustic, but that a small amplifier would be used for some;"
    )
    bullet(
        "how customers would be asked to leave quietly; she replied that staff would remind "
        "customers at the door and that notices would be put up;"
    )
    bullet(
        "whether she would accept a noise limiter; she said that she would, if Environmental "
        "Health advised one."
    )
    bold_then(
        para(),
        "RESOLVED: ",
        "That the application be GRANTED as applied for, subject to the mandatory conditions, "
        "the conditions agreed with the police and the following additional conditions:",
    )
    condition(
        "Live music shall be played only with all windows and doors closed, and shall end by 22.30."
    )
    condition(
        "A noise limiter shall be fitted to any amplification equipment, set at a level agreed "
        "with Environmental Health."
    )
    condition(
        "Notices asking customers to leave quietly shall be displayed at the exit and on the "
        "stairs."
    )
    bold_then(
        para(),
        "Reasons: ",
        "The Sub-Committee considered that the additional conditions would prevent public "
        "nuisance from live music and from customers leaving, and that a refusal would not be "
        "appropriate or proportionate.",
    )
    para(
        "The Licensing Team Leader will send the written decision notice to all parties within "
        "five working days."
    )

    item(
        "6.\tAPPLICATION TO VARY A PREMISES LICENCE – WENDERBY STORES, 3 WENDERBY ROAD, MARDENFORD"
    )
    para(
        "The Licensing Team Leader presented the report. The licence holder sought to extend "
        "the sale of alcohol from 23.00 to 01.00 every night, and the opening hours to 01.00. "
        "Mardenshire Police objected on the grounds of crime and disorder, citing 17 incidents "
        "on Wenderby Road between 23.00 and 02.00 in the last year, and one resident objected "
        "on the grounds of public nuisance."
    )
    para("Members raised the following points with the parties:")
    bullet(
        "the store was in a cumulative impact area, and the licence holder had not shown why "
        "the later sale of alcohol would not add to the problems there;"
    )
    bullet(
        "the police could not link any of the 17 incidents to the store itself, which had a "
        "good record and a working CCTV system;"
    )
    bullet(
        "later opening without alcohol would help shift workers from the bakery on the "
        "industrial estate, who finish at midnight."
    )
    bold_then(
        para(),
        "RESOLVED: ",
        "That the application to vary the premises licence be determined as follows:",
    )
    para("(a)\tthe extension of the hours for the sale of alcohol to 01.00 be refused; and")
    para(
        "(b)\tthe opening hours be extended to 00.00 (midnight) on Fridays and Saturdays only, "
        "with no sale of alcohol after 23.00."
    )
    bold_then(
        para(),
        "Reasons: ",
        "The Sub-Committee was not satisfied that the later sale of alcohol in a cumulative "
        "impact area would not undermine the prevention of crime and disorder, but considered "
        "that later opening without alcohol on two nights would not.",
    )
    para(
        "The Licensing Team Leader undertook to send Mrs Ashplant details of how to apply for a "
        "review of the licence if problems arise."
    )
    para(
        "The parties were reminded of their right of appeal to the magistrates' court within 21 "
        "days of receiving the decision notice."
    )

    closing = document.add_paragraph("The hearing closed at 12.55pm.")
    closing.paragraph_format.space_before = Pt(12)
    document.add_paragraph("Chair ………………………………………")

    save_deterministic(document, HERE / f"{LICENSING_NAME}.docx", FIXED_TIME)


def main() -> None:
    audit()
    hall()
    coop()
    licensing()


if __name__ == "__main__":
    main()
