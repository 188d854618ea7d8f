"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_21/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

Like rounds 14 to 20, this round is meant to be representative of the Word minutes clerks
most often upload, so each document uses ordinary Word features, laid out the way a
different kind of clerk types them:

- h21-docx-cic-board: a community interest company's board of directors; items are
  "Heading 1" paragraphs numbered "Item 1." … by a Word list (the numbers are not in the
  text); a previous-actions table; a management accounts table; "List Bullet" points; bold
  "Board decision:" labels, one of them "none."; tasks ending with the owner's initials in
  brackets; header and PAGE footer.
- h21-docx-neighbourhood-plan-steering-group: a parish neighbourhood plan steering group;
  items are unnumbered "Heading 3" paragraphs; a consultation responses table; "List
  Bullet" points; "The group agreed …", "It was agreed …" and a bold "AGREED:" label; every
  task in an "Actions" table after the last item; PAGE footer.
- h21-docx-pcn-board: a primary care network's board; items are "Heading 2" paragraphs
  numbered "1.0", "2.0" … by a Word list (the numbers are not in the text); an attendance
  table; an action log table; "List Bullet" questions with answers; bold "AGREED:" and
  "ACTION:" runs, the actions ending with the owner's initials after a dash; "The Board
  APPROVED / NOTED"; header and "Page n of m" footer.
- h21-docx-mens-shed-committee: a men's shed charity's committee; items are unnumbered
  "Heading 2" paragraphs; first names; a balances table; "List Bullet" points; a bold
  "Agreed:" label and a bare "Agreed to …"; "X to …", "X will …" and a bold "Action:" run;
  PAGE footer.
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

FIXED_TIME = dt.datetime(2026, 5, 12, 10, 15, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------------
# 1. Community interest company board: "Heading 1" items numbered "Item n." by Word.
# ---------------------------------------------------------------------------------------------

CIC_NAME = "h21-docx-cic-board"

CIC_ACTIONS = [
    ("Action", "Owner", "Status"),
    ("Get three quotes for a replacement combination oven", "DS", "Done – see item 5"),
    (
        "Renew the food hygiene certificates of the volunteers who work in the kitchen",
        "RM",
        "Done – 11 volunteers trained in January",
    ),
    (
        "Register the CIC on the District Council's list of social value suppliers",
        "JM",
        "In progress – form submitted, awaiting reply",
    ),
]

CIC_ACCOUNTS = [
    ("Six months to 28 February 2026", "Budget", "Actual"),
    ("Café sales", "£41,000", "£43,620"),
    ("Catering contracts", "£12,500", "£9,870"),
    ("Training grants", "£15,000", "£15,000"),
    ("Room hire", "£3,200", "£3,945"),
    ("Total income", "£71,700", "£72,435"),
    ("Total costs", "£69,900", "£71,118"),
    ("Surplus", "£1,800", "£1,317"),
]


def cic() -> None:
    document = new_document("Calibri", 11)
    fix_properties(
        document,
        "Copperkettle Community Kitchen CIC – Board of directors – 10 March 2026",
        FIXED_TIME,
    )
    items = add_list(document, list_level(0, "Item %1.", indent=1134))

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Copperkettle Community Kitchen CIC – board minutes – CONFIDENTIAL DRAFT"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_footer(section)

    title_line(document, "Copperkettle Community Kitchen CIC", 16)
    document.add_paragraph("Company number 11873402")
    document.add_paragraph(
        "Minutes of the meeting of the board of directors held on Tuesday 10 March 2026 at "
        "6.00pm at the café, 7 Dyehouse Yard, Brindlecote"
    )
    labelled(
        document,
        "Directors present: ",
        "Niamh Dunseith (ND, Chair), Joel Mackinder (JM, Finance Director), Rukhsana Mirza "
        "(RM, Operations Director), Tendai Mupfumira (TM), Alison Heptonstall (AH)",
    )
    labelled(document, "In attendance: ", "Dario Sabatini (DS, Kitchen Manager) for items 4 to 7")

    def item(title_text: str):
        paragraph = document.add_paragraph(title_text, style="Heading 1")
        set_numbering(paragraph, items)
        return paragraph

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def decision(text_value: str):
        return bold_then(para(), "Board decision: ", text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    item("Welcome, apologies and quorum")
    para("All five directors were present, so the meeting was quorate. There were no apologies.")

    item("Declarations of interest")
    para(
        "TM declared an interest in item 6, as she works for the company that manages "
        "Brindlecote Health Centre, and left the meeting for that item."
    )

    item("Minutes of the meeting on 9 December 2025")
    decision("approved as an accurate record.")

    item("Actions from the last meeting")
    actions = add_table(document, CIC_ACTIONS)
    set_widths(actions, (9.0, 1.8, 5.2))
    bold_header_row(actions, "E2EFD9")

    item("Finance")
    para(
        "JM presented the management accounts for the six months to 28 February 2026 and the "
        "draft budget for 2026/27, which includes the replacement combination oven (£6,850)."
    )
    accounts = add_table(document, CIC_ACCOUNTS)
    set_widths(accounts, (8.0, 3.5, 3.5))
    bold_header_row(accounts, "E2EFD9")
    para("Points from directors:").paragraph_format.space_before = Pt(6)
    bullet(
        "catering income was behind budget because the college contract ended in December, "
        "but the new health centre contract (item 6) would more than make up for it;"
    )
    bullet(
        "café prices had not gone up since 2024, and a 5% rise from April would still keep "
        "the café cheaper than others in the town centre;"
    )
    bullet(
        "AH asked whether the reserves policy of three months' running costs was being met; "
        "JM replied that reserves stood at £21,400, a little over three months."
    )
    decision(
        "the management accounts to 28 February were noted, and the 2026/27 budget was "
        "approved with a planned surplus of £4,200."
    )
    para(
        "Prepare a cash-flow forecast for the two-week summer closure and share it with the "
        "board by 30 April. (JM)"
    )

    item("Catering contract – Brindlecote Health Centre")
    para("(TM left the meeting.)")
    para(
        "RM reported that the health centre had offered a 12-month contract for weekday staff "
        "lunches, worth about £19,000 a year, starting on 1 April."
    )
    decision("to accept the contract for 12 months from 1 April 2026.")
    para(
        "Rukhsana to sign the contract and agree the first month's menus with the practice "
        "manager. (RM)"
    )
    para("(TM returned to the meeting.)")

    item("Training kitchen programme")
    para(
        "The Ashlack Foundation has awarded the CIC £18,000 over two years for the Ready for "
        "Work kitchen skills course for young adults, on condition that at least 60% of the "
        "places go to people who are not in work or training."
    )
    decision("to accept the grant and its conditions.")
    para("Dario will run the first course in May, with eight places. (DS)")

    item("Annual accounts and community interest report")
    para(
        "JM presented the draft accounts for the year to 31 December 2025 and the draft "
        "community interest report (form CIC34), which sets out how the company's activities "
        "have benefited the community and confirms that no assets were transferred."
    )
    decision(
        "to approve the accounts and the community interest report, and to authorise the "
        "Chair to sign them on behalf of the board."
    )
    para("Joel will file the accounts and the community interest report by 30 June. (JM)")

    item("Risk register")
    para(
        "The board reviewed the risk register and agreed that the risk of losing the café "
        "lease when it ends in 2027 be raised from medium to high."
    )
    para("Alison will ask the landlord's agent when talks about a new lease can start. (AH)")

    item("Any other business")
    para("ND reminded directors that the annual skills audit forms are due by 31 March.")
    decision("none.")

    item("Date of next meeting")
    para("Tuesday 9 June 2026, 6.00pm, at the café.")

    save_deterministic(document, HERE / f"{CIC_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 2. Neighbourhood plan steering group: unnumbered "Heading 3" items, actions in a table.
# ---------------------------------------------------------------------------------------------

NP_NAME = "h21-docx-neighbourhood-plan-steering-group"

NP_RESPONSES = [
    ("Draft policy", "Support", "Object", "Main comments"),
    ("H1 Housing mix", "58", "6", "More bungalows and smaller homes for older people"),
    ("H2 Housing sites", "31", "44", "Flooding at site W4; traffic on Grindle Lane"),
    ("E1 Local green spaces", "77", "2", "Add the allotments at Spout Lane"),
    ("T1 Walking and cycling", "69", "4", "Footpath to the station needs lighting"),
]

NP_ACTIONS = [
    ("No.", "Action", "Who", "By when"),
    ("1", "Send the revised site assessment for W2 to the group", "CF", "31 March"),
    (
        "2",
        "Draft the response to each Regulation 14 comment for the next meeting",
        "CF",
        "21 April",
    ),
    ("3", "Ask the Parish Council to approve the extra fee at its April meeting", "JW", "14 April"),
    (
        "4",
        "Write to the owners of the Spout Lane allotments about local green space status",
        "HM",
        "10 April",
    ),
    ("5", "Update the neighbourhood plan page of the parish website", "SO", "31 March"),
]


def neighbourhood_plan() -> None:
    document = new_document("Arial", 11)
    fix_properties(
        document, "Wimbrook Neighbourhood Plan Steering Group – 17 March 2026", FIXED_TIME
    )

    section = document.sections[0]
    page_footer(section, "Wimbrook Neighbourhood Plan Steering Group – notes – page ")

    centred_bold(document, "Wimbrook Neighbourhood Plan Steering Group", 14)
    intro = document.add_paragraph(
        "Notes of the meeting held on Tuesday 17 March 2026 at 7.30pm in the Parish Room"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Cllr Harriet Meldrum (Chair, HM), Cllr Owen Ravenhall (OR), Geoff Tillotson (GT), "
        "Anita Sowter (AS), Sam Oakenshaw (SO)",
    )
    labelled(
        document,
        "In attendance: ",
        "Clare Fennimore (CF, Planwell Associates, planning consultant), Judith Wadsley (JW, "
        "Parish Clerk)",
    )

    def item(title_text: str):
        return document.add_paragraph(title_text, style="Heading 3")

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    item("Welcome and apologies")
    para("Harriet welcomed everyone. There were no apologies.")

    item("Notes of the last meeting")
    para("The group agreed the notes of the meeting on 3 February 2026.")

    item("Regulation 14 consultation: responses")
    para(
        "CF reported that the six-week pre-submission consultation had closed on 27 February "
        "with 86 responses from residents, 4 from landowners and 7 from statutory bodies. The "
        "responses on the main policies were:"
    )
    responses = add_table(document, NP_RESPONSES)
    set_widths(responses, (4.2, 1.8, 1.8, 8.2))
    bold_header_row(responses, "DDEBF7")
    para(
        "Sedgeford District Council had confirmed that the plan does not need a strategic "
        "environmental assessment."
    ).paragraph_format.space_before = Pt(6)
    para("Comments on the draft policies:")
    bullet(
        "the level of objection to policy H2 was not a surprise, as almost all of it came from "
        "the houses near site W4;"
    )
    bullet(
        "policy H1 should ask for bungalows on every site of more than five homes, as so many "
        "residents had asked for them;"
    )
    bullet(
        "the allotments at Spout Lane meet the tests for a local green space and should be "
        "added to policy E1;"
    )
    bullet(
        "OR asked whether the plan could require lighting on the station footpath; CF replied "
        "that it could support it, but not require it, as the path is outside any site."
    )

    item("Housing sites")
    para(
        "The lead local flood authority had objected to site W4 (land off Grindle Lane) because "
        "of surface water flooding, and said that it would maintain its objection at "
        "examination."
    )
    para("It was agreed to remove site W4 from the plan.")
    para(
        "The group agreed to keep site W2 (Oxgang Farm yard), but with 12 homes instead of 18, "
        "so that the farmhouse and its barn can be kept."
    )

    item("Design code")
    para(
        "CF presented the draft design code, which covers building lines, materials, roof "
        "pitches and parking for each of the village's four character areas."
    )
    para("The group noted the draft design code.")

    item("Budget and grant")
    para(
        "The national support programme had awarded a further £6,400 for 2026/27. The extra "
        "work on the site assessments would cost £1,150 more than the consultant's fixed fee."
    )
    para(
        "The group agreed to recommend to the Parish Council that it pay the extra fee of "
        "£1,150 from the neighbourhood plan reserve."
    )

    item("Timetable to submission")
    bold_then(
        para(),
        "AGREED: ",
        "to aim to submit the plan to Sedgeford District Council by 30 June 2026.",
    )

    item("Any other business")
    para("Geoff said the display boards from the drop-in had been returned to the school.")

    item("Date of next meeting")
    para("Tuesday 21 April 2026, 7.30pm, Parish Room.")

    actions_title = document.add_paragraph()
    actions_title.paragraph_format.space_before = Pt(12)
    actions_title.add_run("Actions").bold = True
    actions = add_table(document, NP_ACTIONS)
    set_widths(actions, (1.2, 10.0, 1.6, 2.6))
    bold_header_row(actions, "DDEBF7")
    repeat_header_row(actions)

    save_deterministic(document, HERE / f"{NP_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 3. Primary care network board: "Heading 2" items numbered "1.0" … by a Word list.
# ---------------------------------------------------------------------------------------------

PCN_NAME = "h21-docx-pcn-board"

PCN_ATTENDANCE = [
    ("Name", "Role", "Practice"),
    ("Dr Omar Qadri (OQ)", "Clinical Director (Chair)", "Tollbar Surgery"),
    ("Dr Fiona Lingard (FL)", "GP partner", "Ferrow Medical Practice"),
    ("Dr Samuel Adewusi (SA)", "GP partner", "Harthill Lane Surgery"),
    ("Dr Helen Cotgrave (HC)", "GP partner", "Wharfedge Medical Centre"),
    ("Stacey Elmhirst (SE)", "PCN Operations Manager", "–"),
    ("Karen Blenkiron (KB)", "Practice manager", "Tollbar Surgery"),
    ("Nina Farrimond (NF)", "Social Prescribing Lead (item 7.0)", "–"),
]

PCN_LOG = [
    ("Ref", "Action", "Lead", "Status"),
    ("PCN25/18", "Agree a shared rota for the Saturday enhanced access clinics", "SE", "Complete"),
    ("PCN25/21", "Bring options for a PCN-wide phlebotomy service", "HC", "Deferred to May"),
    ("PCN26/02", "Circulate the ARRS spend forecast to practice managers", "SE", "Complete"),
    ("PCN26/03", "Meet the community pharmacy leads about blood pressure checks", "OQ", "Booked"),
]

PCN_FINANCE = [
    ("2025/26, month 11", "Budget", "Forecast"),
    ("ARRS reimbursement", "£612,000", "£575,600"),
    ("Capacity and access payments", "£148,300", "£148,300"),
    ("Enhanced access", "£226,900", "£226,900"),
    ("PCN management costs", "£96,000", "£91,100"),
    ("Underspend", "–", "£36,400"),
]


def pcn() -> None:
    document = new_document("Arial", 10)
    fix_properties(
        document, "Tollbar and Ferrow Primary Care Network – Board – 18 March 2026", FIXED_TIME
    )
    items = add_list(document, list_level(0, "%1.0", indent=851))

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Tollbar and Ferrow PCN – Board minutes – 18 March 2026"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(footer)

    document.add_paragraph("Tollbar and Ferrow Primary Care Network", style="Title")
    document.add_paragraph(
        "Board meeting – Wednesday 18 March 2026, 12.30pm to 2.00pm, Tollbar Surgery "
        "meeting room and Microsoft Teams"
    )
    attendance = add_table(document, PCN_ATTENDANCE)
    set_widths(attendance, (5.0, 6.0, 5.0))
    bold_header_row(attendance, "DAEEF3")
    labelled(document, "Apologies: ", "none").paragraph_format.space_before = Pt(6)

    def item(title_text: str):
        paragraph = document.add_paragraph(title_text, style="Heading 2")
        set_numbering(paragraph, items)
        return paragraph

    def para(text_value: str = ""):
        return indented(document, text_value, 1.5)

    def bullet(text_value: str):
        paragraph = document.add_paragraph(text_value, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(2.1)
        return paragraph

    item("Welcome, apologies and declarations of interest")
    para(
        "All the GP partners present declared an interest in item 5.0, as their practices "
        "receive the PCN's payments. The Board agreed that they could take part in the "
        "discussion and the decision, as every practice is affected in the same way."
    )

    item("Minutes of the last meeting and action log")
    para(
        "The Board APPROVED the minutes of the meeting on 14 January 2026 and NOTED the action log:"
    )
    log = add_table(document, PCN_LOG)
    set_widths(log, (2.2, 9.0, 1.6, 3.2))
    bold_header_row(log, "DAEEF3")
    repeat_header_row(log)

    item("Clinical Director's update")
    para(
        "OQ reported that the ICB had confirmed the enhanced access specification for "
        "2026/27 without change, and that the ICB would decide in April whether to fund a "
        "winter respiratory hub for the network again."
    )
    para("Board members asked:")
    bullet(
        "whether the Saturday clinics were being used; OQ replied that 91% of appointments "
        "had been booked in February, but that one in ten patients did not attend;"
    )
    bullet(
        "whether the respiratory hub could be run from Wharfedge again; OQ replied that it "
        "could, if the ICB agreed to pay for the extra cleaning;"
    )
    bullet(
        "when practices would see the new patient survey results; OQ replied that they were "
        "expected in July."
    )
    para("The Board NOTED the update.")

    item("Additional roles workforce plan 2026/27")
    para(
        "SE presented the draft workforce plan. The physician associate had resigned and would "
        "leave in June, and the network could afford two new posts within its allocation."
    )
    bold_then(
        para(),
        "AGREED: ",
        "to recruit a second clinical pharmacist and a mental health practitioner, and not to "
        "replace the physician associate post when it becomes vacant.",
    )
    bold_then(
        para(),
        "ACTION: ",
        "Operations Manager to submit the workforce plan to the ICB by 31 March – SE",
    )

    item("Finance")
    para("SE presented the forecast for 2025/26 at month 11:")
    finance = add_table(document, PCN_FINANCE)
    set_widths(finance, (8.0, 3.5, 3.5))
    bold_header_row(finance, "DAEEF3")
    para("The Board NOTED the month 11 financial position.").paragraph_format.space_before = Pt(6)
    bold_then(
        para(),
        "AGREED: ",
        "to distribute the underspend of £36,400 to the four practices in proportion to their "
        "weighted list size.",
    )

    item("Capacity and access improvement plan")
    para(
        "OQ presented the draft plan for 2026/27, which sets targets for online consultations, "
        "for the time taken to answer the telephone and for the use of the new booking system."
    )
    para(
        "The Board APPROVED the plan for submission to the ICB, with the lower target for "
        "online consultations at Harthill Lane Surgery discussed at the meeting."
    )
    bold_then(
        para(),
        "ACTION: ",
        "Clinical Director to sign off the final version of the plan before it is sent – OQ",
    )

    item("Social prescribing")
    para(
        "NF reported that the social prescribing team had received 412 referrals in the year "
        "to date, a third of them for loneliness and isolation, and that the walking group at "
        "Ferrow now had 30 regular members."
    )
    para("Nina will present the evaluation of the first year of the service at the May Board.")

    item("Any other business")
    para(
        "FL reminded partners that the flu vaccine orders for the autumn must be placed by 31 March."
    )

    item("Date of next meeting")
    para("Wednesday 20 May 2026, 12.30pm, Ferrow Medical Practice.")

    save_deterministic(document, HERE / f"{PCN_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 4. Men's shed committee: unnumbered "Heading 2" items, first names.
# ---------------------------------------------------------------------------------------------

SHED_NAME = "h21-docx-mens-shed-committee"

SHED_BALANCES = [
    ("Account", "28 February 2026"),
    ("Bank current account", "£2,864.19"),
    ("Savings account", "£5,120.00"),
    ("Cash tin", "£38.50"),
    ("Total", "£8,022.69"),
]


def shed() -> None:
    document = new_document("Calibri", 12)
    fix_properties(document, "Gorsebrook Men's Shed – Committee meeting – 5 March 2026", FIXED_TIME)

    section = document.sections[0]
    page_footer(section, "Gorsebrook Men's Shed (CIO) – page ")

    title_line(document, "Gorsebrook Men's Shed", 18)
    document.add_paragraph("Committee meeting – Thursday 5 March 2026, 2pm, in the shed")
    labelled(
        document,
        "Present: ",
        "Dennis (Chair), Barry (Treasurer), Ken (Secretary), Ravi, Alf, Stuart (Safety), Wes, "
        "Clive",
    )
    labelled(document, "Apologies: ", "Norman")

    def item(title_text: str):
        return document.add_paragraph(title_text, style="Heading 2")

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    item("Welcome and apologies")
    para("Dennis welcomed everyone. Apologies from Norman, who is in hospital for his knee.")

    item("Minutes of the last meeting")
    para("Agreed as correct, proposed Alf, seconded Wes.")

    item("Treasurer's report")
    para("Barry gave the balances:")
    balances = add_table(document, SHED_BALANCES)
    set_widths(balances, (7.0, 4.0))
    bold_header_row(balances, "FFF2CC")
    para(
        "Subs are coming in well: 41 members have paid for 2026. The electricity bill for the "
        "winter quarter was £412."
    ).paragraph_format.space_before = Pt(6)
    para("The committee noted the report.")

    item("Workshop safety")
    para(
        "Stuart reported a near miss on the bandsaw in February, when a new member used it "
        "without the guard down. Nobody was hurt."
    )
    para("Safety points raised:")
    bullet("new members are keen to get going and need to be shown round properly first;")
    bullet("the guard on the bandsaw is stiff and should be adjusted or replaced;")
    bullet("there should be a list on the wall of who is signed off on which machine.")
    bold_then(
        para(),
        "Agreed: ",
        "nobody uses the bandsaw, the lathe or the table saw until a tool steward has signed "
        "them off.",
    )
    para("Stuart will run sign-off sessions on Tuesday mornings in April.")

    item("Tools and equipment")
    para(
        "The family of the late Cyril Bagshaw has given the shed his pillar drill and two "
        "boxes of hand tools. Ken has written to thank them."
    )
    para("Agreed to buy a new dust extractor for up to £650.")
    para("Barry to order it from Axford Tools, who gave the best price.")

    item("Projects")
    para(
        "The 20 bird boxes for Gorsebrook Primary School are nearly finished. St Saviour's "
        "Church has asked for two more benches for the churchyard."
    )
    para("The committee agreed to charge £25 a bench plus the cost of the timber.")
    bold_then(para(), "Action: ", "Ravi – deliver the bird boxes to the school before Easter.")

    item("Funding")
    para(
        "Gorsebrook Town Council's community grants are open until 31 March. Clive suggested "
        "applying for a grant to open on Saturdays as well, but nobody seconded it."
    )
    para(
        "It was agreed to apply for a grant of £1,200 towards the dust extractor and a new "
        "first aid kit."
    )
    para("Ken will fill in the form and send it by 20 March.")

    item("Any other business")
    para("Alf said the kettle is on its last legs.")
    para("Dennis reminded everyone that the open day is on Saturday 25 April.")

    item("Date of next meeting")
    para("Thursday 2 April 2026, 2pm, in the shed.")

    save_deterministic(document, HERE / f"{SHED_NAME}.docx", FIXED_TIME)


def main() -> None:
    cic()
    neighbourhood_plan()
    pcn()
    shed()


if __name__ == "__main__":
    main()
