"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_40/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h40-docx-family-support-charity-trustees: a family support (home-visiting) charity's board
  of trustees; items are "Heading 2" paragraphs with typed numbers ("1. Welcome …"), item 7
  missing; bold "Resolved:" paragraphs; "Trustees' questions:" "List Bullet" questions and
  answers; bold "ACTION:" paragraphs; a funder's and the council's decisions reported.
- h40-docx-almo-board: the board of an arm's-length management organisation (council
  housing); "Heading 1" items numbered by a two-level Word list whose second level numbers
  the Normal paragraphs under them ("3.1", "3.2" from Word, not typed); "The Board APPROVED /
  NOTED"; "Board members commented:" "List Bullet" points; the council's Cabinet's decision
  reported; a table of actions from the meeting at the end, with no undertakings in the body.
- h40-docx-nhs-patient-experience-committee: an NHS foundation trust's patient experience
  committee; items are bold Normal paragraphs with typed references ("PEC/27/01 …"); "The
  Committee RECEIVED and NOTED / APPROVED"; "In discussion:" "List Bullet" points; bold
  "ACTION:" paragraphs with the owner in brackets; the ombudsman's decision reported.
- h40-docx-baptist-church-deacons: a Baptist church's deacons' meeting; items are bold Normal
  paragraphs numbered by a one-level Word list (the numbers are not in the text); "Agreed:"
  in italics; "Deacons' reflections:" "List Bullet 2" points; the church meeting's and the
  regional association's decisions reported; "Action points" as "List Bullet" paragraphs
  after the last item, with no undertakings in the body.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from word_parts import (  # noqa: E402
    add_list,
    add_table,
    bold_header_row,
    bold_then,
    bullets,
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
    title_line,
)

FIXED_TIME = dt.datetime(2027, 2, 12, 9, 40, 0, tzinfo=dt.UTC)

FS_NAME = "h40-docx-family-support-charity-trustees"
AL_NAME = "h40-docx-almo-board"
PE_NAME = "h40-docx-nhs-patient-experience-committee"
BC_NAME = "h40-docx-baptist-church-deacons"


def save_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def family_support() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Trustees 19 January 2027", FIXED_TIME)
    page_footer(document.sections[0], "Kindlecroft Family Support – Trustees – ")
    centred_bold(document, "KINDLECROFT FAMILY SUPPORT", 14)
    centred_bold(document, "Minutes of the Board of Trustees")
    centred_bold(document, "Tuesday 19 January 2027, 6.30pm, at the office, 12 Malthouse Yard")
    labelled(
        document,
        "Trustees present: ",
        "Margaret Enticknap (Chair), Dominic Shapcott (Treasurer), Nadia Zaheer, "
        "Eileen Trudgill, Rhys Tannahill, Priya Goldstraw",
    )
    labelled(
        document,
        "In attendance: ",
        "Janet Hollingdrake (Scheme Manager, JH), Lorna Spackman (Finance Officer, minutes)",
    )
    labelled(document, "Apologies: ", "Samuel Vanderkolk")

    def item(title: str, *texts: str) -> None:
        document.add_heading(title, level=2)
        for text in texts:
            document.add_paragraph(text)

    def resolved(text: str) -> None:
        bold_then(document.add_paragraph(), "Resolved: ", text)

    def action(text: str) -> None:
        bold_then(document.add_paragraph(), "ACTION: ", text)

    item(
        "1. Welcome and apologies",
        "The Chair welcomed trustees. Apologies were received from Samuel Vanderkolk, who is "
        "abroad for work.",
    )
    item(
        "2. Declarations of interest",
        "Priya Goldstraw declared an interest in item 8 as a governor of one of the schools "
        "that refer families to the charity. No other interests were declared.",
    )
    item("3. Minutes of the meeting held on 17 November 2026")
    resolved("that the minutes of 17 November 2026 be approved as a correct record.")
    item(
        "4. Scheme Manager's report",
        "The Scheme Manager reported that the charity had supported 138 families in the year "
        "to December, 22 more than in 2025, through 64 trained volunteers. 41 families were on "
        "the waiting list, most of them with a child under two. The average wait for a "
        "volunteer was now nine weeks, against a target of four. Referrals from health "
        "visitors had doubled since the health visiting service lost staff in the summer.",
        "The volunteer preparation course in October had trained eleven new volunteers, and "
        "another course will run in March. Two long-serving volunteers had retired after more "
        "than ten years each, and the Scheme Manager asked that the board write to thank them.",
        "Trustees' questions:",
    )
    bullets(
        document,
        [
            "Nadia Zaheer asked whether families on the waiting list were contacted while "
            "they waited. The Scheme Manager said that every family had a phone call every "
            "two weeks and was invited to the weekly group.",
            "Rhys Tannahill asked how the charity knew it was making a difference. The Scheme "
            "Manager said that families completed the outcome star at the start and end of "
            "support, and 82% had improved on at least three points.",
            "Eileen Trudgill asked whether the volunteers were getting enough supervision "
            "with more complex families. The Scheme Manager said that supervision was monthly "
            "but that she would like the new coordinator to do more of it.",
        ],
    )
    document.add_paragraph("The board noted the Scheme Manager's report.")
    item(
        "5. Finance",
        "The Treasurer presented the management accounts to 31 December 2026. Income for the "
        "nine months was £146,300 against a budget of £151,000, because a legacy expected in "
        "the autumn had been delayed. Expenditure was £139,850, close to budget. Unrestricted "
        "reserves were £58,200, just under four months of running costs, which is below the "
        "reserves policy target of six months.",
        "He reported that the county council had decided not to renew the early help grant of "
        "£18,000 after March, as its early help budget had been cut. A national family charity "
        "trust had decided to award £45,000 over three years for the volunteer coordinator. "
        "The Finance Officer said the finacial year end processes were in hand.",
    )
    resolved(
        "that the draft budget for 2027/28 be approved, with a planned deficit of £12,400 "
        "to be met from reserves, and that it be reviewed at the May meeting.",
    )
    item(
        "6. Volunteer coordinator post",
        "The Scheme Manager presented the job description for the new part-time volunteer "
        "coordinator post, funded for three years by the new grant. The post would be 22.5 "
        "hours a week on the charity's scale point 14. Trustees discussed whether the post "
        "should be permanent or fixed term; the Chair said that fixed-term posts were harder "
        "to fill but that the charity could not promise funding beyond three years.",
    )
    resolved("that the post be advertised as a fixed-term post for three years.")
    action(
        "Scheme Manager to advertise the volunteer coordinator post and arrange interviews "
        "in March, with two trustees on the panel."
    )
    item(
        "8. Safeguarding",
        "The Scheme Manager reported that there had been six safeguarding concerns in the "
        "quarter, all reported to children's social care, with two leading to child protection "
        "plans. The local safeguarding partnership had changed its referral form, and the "
        "charity's procedure had been updated. All volunteers' DBS checks were in date. "
        "Priya Goldstraw, the safeguarding trustee, had reviewed a sample of case files in "
        "December and found them well kept.",
    )
    resolved("that the revised safeguarding policy and procedure be approved.")
    action(
        "Priya Goldstraw to carry out the next file sample in April and report to the May meeting."
    )
    item(
        "9. Fundraising",
        "Eileen Trudgill reported that the winter appeal had raised £6,480. The charity shop "
        "partnership with the Malthouse Yard café had raised £1,150 since September. The "
        "sponsored walk would be on Sunday 13 June. Trustees asked that more be done to reach "
        "local businesses.",
    )
    action("Eileen Trudgill and Rhys Tannahill to draft a letter to local businesses.")
    item(
        "10. Any other business",
        "The Chair reminded trustees that the annual trustee self-assessment forms were due "
        "back by 28 February. Dominic Shapcott said he would be stepping down as Treasurer at "
        "the AGM in September and that a successor should be found in good time.",
    )
    action("Chair to write to the two retiring volunteers on behalf of the board.")
    item("11. Date of next meeting", "Tuesday 16 March 2027, 6.30pm, at the office.")
    document.add_paragraph("The meeting closed at 8.35pm.")
    save_doc(document, FS_NAME)


def almo_board() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Board 27 January 2027", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    page_x_of_y(footer, "Sedgemarsh Homes Ltd – Board minutes – Page ")
    title_line(document, "Sedgemarsh Homes Ltd", 16)
    title_line(document, "Minutes of the Board meeting", 13)
    document.add_paragraph(
        "Wednesday 27 January 2027, 4.00pm, Room 3, Gatekeeper House, Sedgemarsh"
    )
    labelled(
        document,
        "Board members: ",
        "Howard Garlick (Chair, independent), Cllr Gemma Harnett (council nominee), "
        "Cllr Naveed Sultani (council nominee), Pauline Drinkwater (tenant member), Trevor "
        "Shiers (tenant member), Sunil Varadarajan (independent)",
    )
    labelled(
        document,
        "In attendance: ",
        "Philippa Crummack (Chief Executive), Mark Kitchingman (Director of Finance), Wendy "
        "Palfrey (Director of Housing and Assets), Simon Dimelow (Company Secretary)",
    )
    labelled(document, "Apologies: ", "Linda Cleverley (tenant member)")
    items = add_list(
        document,
        list_level(0, "%1.", indent=567, style_id="Heading1", bold=True)
        + list_level(1, "%1.%2", indent=567),
        multilevel=True,
    )

    def item(title: str, *texts: str) -> None:
        set_numbering(document.add_heading(title, level=1), items, 0)
        for text in texts:
            set_numbering(document.add_paragraph(text), items, 1)

    item(
        "Apologies and declarations of interest",
        "Apologies were received from Linda Cleverley. Pauline Drinkwater and Trevor "
        "Shiers declared their general interest as council tenants.",
    )
    item(
        "Minutes of the last meeting and matters arising",
        "The Board APPROVED the minutes of the meeting held on 25 November 2026.",
        "All actions from November were complete. The Company Secretary confirmed that the "
        "new register of interests had been sent to the council's monitoring officer.",
    )
    item(
        "Chief Executive's report",
        "The Chief Executive reported on the first year of the new management agreement. "
        "The council's Cabinet had decided in December to extend the agreement with Sedgemarsh "
        "Homes for five years from April 2028, subject to a review of the fee. The council "
        "had also approved a rent increase of 4.7% for 2027/28.",
        "Rent collection was 98.6% of the rent due, and current tenant arrears had fallen to "
        "£1.31 million. Re-let times for empty homes had improved to 34 days, from 41. Staff "
        "sickness was 3.9%. The tenant satisfaction measures survey had been returned by "
        "1,912 tenants, and overall satisfaction was 71%, up from 66%.",
        "Board members commented:",
    )
    bullets(
        document,
        [
            "the improvement in re-let times was welcome, but the target of 28 days should not "
            "be met by lowering the standard of empty homes;",
            "satisfaction with complaint handling was still below 40%, and the Board should see "
            "more detail on why;",
            "the council's review of the management fee could put the savings already made at "
            "risk, and the Board should be clear about what it would mean for services.",
        ],
    )
    document.add_paragraph("The Board NOTED the Chief Executive's report.")
    item(
        "Finance report and budget 2027/28",
        "The Director of Finance presented the management accounts to 31 December. The "
        "company was forecasting a surplus of £184,000 on its own budget, mainly from vacant "
        "posts. The draft budget for 2027/28 was based on a management fee of £21.6 million "
        "from the council, a rise of 3.1%, and included the cost of the pay award.",
        "Cllr Sultani asked whether the budget allowed for the higher employer pension "
        "contribution rate. The Director of Finance said that it did, at 19.5%, and that the "
        "actuary's figures were final.",
        "The Board APPROVED the budget for 2027/28 and the submission of the management fee "
        "proposal to the council.",
    )
    item(
        "Building safety and compliance",
        "The Director of Housing and Assets presented the compliance dashboard. All 14 "
        "high-rise blocks had current fire risk assessments. Gas safety compliance was 99.9%, "
        "with four homes where access was being sought through the courts. Electrical safety "
        "inspections were at 93.4%, behind the target of 97%, because of the contractor's "
        "delays in the autumn.",
        "She said that the contractor had been given a formal warning under the contract and "
        "that she would report on its performance at every meeting until the target was met. "
        "The Board NOTED the compliance dashboard.",
    )
    item(
        "Damp and mould and the repairs service",
        "The Director of Housing and Assets reported that the new repairs contract had started "
        "on 1 October. There had been 2,408 damp and mould reports in the year, and all had "
        "been inspected within the new legal timescales since October. Mrs Drinkwater said that "
        "tenants on the Partridge estate still felt the work did not last. The Director said "
        "that a survey of the whole estate would be done this year.",
    )
    item(
        "Tenant engagement",
        "Trevor Shiers reported on the tenants' panel, which had reviewed the anti-social "
        "behaviour policy and the new lettable standard. The panel had asked that tenants be "
        "given more say in the choice of kitchen and bathroom designs. He said that the "
        "panel was short of younger members and of leaseholders, and that the estate "
        "walkabouts in the autumn had brought in six new people, two of them under thirty.",
        "The Board APPROVED the revised anti-social behaviour policy.",
    )
    item(
        "Risk register and company matters",
        "The Company Secretary presented the strategic risk register. The risk on the "
        "management agreement showed as amber, down from red, after the Cabinet's decision, "
        "and the risk on the electrical inspections showed as red. The Board NOTED the risk "
        "register. He reminded members that it was the Board's priviledge and duty to keep "
        "the register under review, and that the annual Board effectiveness review would be "
        "done in March.",
    )
    item(
        "Any other business and date of next meeting",
        "No other business. The next meeting will be on Wednesday 24 March 2027 at 4.00pm.",
    )
    document.add_paragraph("The meeting closed at 6.10pm.")
    title_line(document, "Actions from this meeting", 12)
    log = add_table(
        document,
        [
            ("Item", "Action", "Lead", "By"),
            ("3", "Report on complaint handling satisfaction, by service", "CEO", "March"),
            ("4", "Send the management fee proposal to the council", "DoF", "February"),
            ("5", "Electrical inspection recovery plan to each meeting", "DHA", "Ongoing"),
            ("6", "Arrange a whole-estate damp survey of the Partridge estate", "DHA", "June"),
        ],
    )
    repeat_header_row(log)
    bold_header_row(log, "D9E2F3")
    set_widths(log, (1.2, 10.0, 2.0, 2.5))
    save_doc(document, AL_NAME)


def patient_experience() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Patient Experience Committee 4 February 2027", FIXED_TIME)
    page_footer(
        document.sections[0],
        "Patient Experience Committee – 4 February 2027 – Page ",
        WD_ALIGN_PARAGRAPH.RIGHT,
    )
    title_line(document, "Quillbrook Hospitals NHS Foundation Trust", 14)
    title_line(document, "Patient Experience Committee", 12)
    document.add_paragraph(
        "Minutes of the meeting held on Thursday 4 February 2027, 14:00–16:00, Seminar "
        "Room B, Education Centre, and via Microsoft Teams"
    )
    labelled(
        document,
        "Present: ",
        "Bridget Ellwand, Non-Executive Director (Chair); Ruth Mbanefo, Deputy Chief "
        "Nurse; Colin Whinnerah, Head of Patient Experience (HoPE); Dr Arthur Lindgrove, "
        "Associate Medical Director; Catherine Ledward, Head of Complaints; Gareth "
        "Morcom, Lead Chaplain; Yasmin Begg, patient partner; Alan Pocock, "
        "patient partner; Sarah Ivensby, Healthwatch representative",
    )
    labelled(document, "In attendance: ", "Michelle Kirtland, Governance Officer (minutes)")
    labelled(document, "Apologies: ", "Chief Nurse; Divisional Director of Nursing, Surgery")

    def item(ref: str, title: str, *texts: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{ref}\t{title}").bold = True
        for text in texts:
            document.add_paragraph(text)

    def action(text: str) -> None:
        bold_then(document.add_paragraph(), "ACTION: ", text)

    item(
        "PEC/27/01",
        "Welcome, apologies and quoracy",
        "The Chair welcomed members and noted the apologies. The meeting was quorate.",
    )
    item("PEC/27/02", "Declarations of interest", "None.")
    item(
        "PEC/27/03",
        "Minutes of the meeting held on 3 December 2026 and action log",
        "The Committee APPROVED the minutes as an accurate record. The action log was "
        "reviewed: four actions were closed and two are carried forward to the April meeting.",
    )
    item(
        "PEC/27/04",
        "Patient story",
        "Alan Pocock introduced a recorded story from a patient whose husband had died on "
        "a medical ward in November. She described kind nursing care, but said that the family "
        "had been told about the move to end of life care by a junior doctor in a corridor, "
        "and that she had had to ask three times for a side room. The Lead Chaplain said that "
        "the family had later been offered bereavement support.",
        "Members thanked the patient for allowing her story to be shared. The Associate "
        "Medical Director said that the story would be used in the junior doctors' teaching "
        "on difficult conversations.",
    )
    item(
        "PEC/27/05",
        "Complaints and PALS report, quarter 3",
        "The Head of Complaints presented the report. The trust had received 214 formal "
        "complaints in the quarter, against 187 in quarter 2, and 1,466 PALS contacts. "
        "Response times had improved, with 68% of complaints answered within the agreed "
        "timescale against a target of 85%. The main themes were communication, discharge "
        "and waiting times in the emergency department.",
        "She reported that the Parliamentary and Health Service Ombudsman had decided to uphold "
        "in part two complaints about the same ward, and had asked the trust to apologise "
        "and to review its falls assessments. The apologies had been sent.",
        "In discussion:",
    )
    bullets(
        document,
        [
            "Sarah Ivensby said that Healthwatch heard apparantly the same concerns about "
            "discharge letters, which often arrived after the patient had seen their GP;",
            "the patient partners asked that complaint letters be written in plain English, "
            "as some were full of clinical terms;",
            "Dr Lindgrove said that consultants should be given more time to meet families, "
            "as a meeting often settled a complaint faster than a letter;",
            "the Chair asked whether the rise in complaints reflected more activity or a "
            "real change, and was told that activity had risen by about 6%.",
        ],
    )
    document.add_paragraph(
        "The Committee RECEIVED and NOTED the complaints and PALS report for quarter 3."
    )
    action(
        "Report the themes of upheld complaints by division at the April meeting "
        "(Head of Complaints)."
    )
    item(
        "PEC/27/06",
        "Friends and Family Test and national inpatient survey",
        "The Head of Patient Experience reported that the Friends and Family Test score for "
        "inpatients was 94% positive, and for the emergency department 76%. The national "
        "inpatient survey results would be published by the Care Quality Commission in the "
        "summer. The trust's own early sample showed poorer scores for noise at night and for "
        "information on medicines at discharge. Response rates to the Friends and Family "
        "Test had fallen on the surgical wards since the move from paper cards to text "
        "messages, and were now below 10% on three wards.",
        "Yasmin Begg said that older patients often did not reply to text messages and "
        "that the paper cards should be kept as a choice. The Head of Patient Experience said "
        "that both would be offered from March, and that the volunteers on the wards could "
        "help patients to fill them in.",
        "The Deputy Chief Nurse said that the 'quiet at night' packs would be given to every "
        "ward by March. She said she would ask pharmacy to attend the next meeting.",
    )
    action(
        "Invite the Chief Pharmacist to the April meeting to discuss discharge medicines "
        "information (HoPE)."
    )
    item(
        "PEC/27/07",
        "Patient experience strategy 2027–2030",
        "The Head of Patient Experience presented the final draft of the strategy, which had "
        "been shaped by five listening events and the patient partners. Its four aims were "
        "communication, involvement, accessible care and learning from feedback.",
        "The Committee APPROVED the patient experience strategy 2027–2030 for recommendation "
        "to the Board of Directors in March.",
    )
    action(
        "Agree a launch plan for the strategy with the communications team, including an "
        "easy read version (HoPE)."
    )
    item(
        "PEC/27/08",
        "Volunteer services report",
        "The report was taken as read. There were 412 active volunteers, and the new "
        "volunteer drivers' scheme had made 230 journeys since September. The ward "
        "volunteers who help at mealtimes had been thanked by several families in the "
        "quarter. Alan Pocock asked whether volunteers were still being recruited from "
        "the local college, and was told that eleven students had started in January. The "
        "Committee "
        "RECEIVED and NOTED the report.",
    )
    item(
        "PEC/27/09",
        "Any other business",
        "The Chair reminded members that the Committee's annual report and terms of reference "
        "would come to the April meeting. Sarah Ivensby offered to share the Healthwatch "
        "report on hospital discharge when it is published.",
    )
    item("PEC/27/10", "Date of next meeting", "Thursday 1 April 2027, 14:00, Seminar Room B.")
    save_doc(document, PE_NAME)


def baptist_deacons() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Deacons Meeting 9 February 2027", FIXED_TIME)
    page_footer(document.sections[0], "Deacons' minutes – confidential to the diaconate – ")
    centred_bold(document, "Fernhallow Road Baptist Church", 14)
    centred_bold(document, "Minutes of the Deacons' Meeting")
    document.add_paragraph(
        "Tuesday 9 February 2027 at 7.30pm in the church lounge"
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Rev. Jonathan Daines (Minister, in the chair), Pauline Furnival (Church "
        "Secretary), Graham Tullett (Treasurer), Beverley Asamoah, Simon Clutterbuck, Ruth "
        "Kessington",
    )
    labelled(document, "Apologies: ", "Rachel Imrie (unwell)")
    items = add_list(document, list_level(0, "%1.", indent=567, bold=True))

    def item(title: str, *texts: str) -> None:
        heading = document.add_paragraph()
        heading.add_run(title).bold = True
        set_numbering(heading, items, 0)
        for text in texts:
            if text.startswith("Agreed: "):
                paragraph = document.add_paragraph()
                paragraph.add_run("Agreed: ").italic = True
                paragraph.add_run(text.removeprefix("Agreed: ")).italic = True
            else:
                document.add_paragraph(text)

    item(
        "Opening devotions",
        "Beverley read from Nehemiah 2 and led the deacons in prayer for the church, for "
        "Rachel and for those who are unwell or grieving.",
    )
    item("Apologies", "As above.")
    item(
        "Minutes of the last meeting (12 January)",
        "Agreed: the minutes of 12 January, after correcting the date of the baptismal "
        "service to 28 March.",
    )
    item(
        "Matters arising",
        "The new hearing loop in the sanctuary has been fitted and tested. The letter to the "
        "three families whose children are asking about baptism was sent by the Minister. "
        "The Church Meeting in January decided to keep the 6pm evening service monthly "
        "rather than weekly, and the rota will need to change.",
    )
    item(
        "Minister's report",
        "Jonathan reported on pastoral visiting over the last month, including two funerals. "
        "The Alpha course has started with nine guests, four of them from the toddler group. "
        "He said he had been asked to serve on the regional association's ministers' support "
        "group and felt it right to accept, which would mean one Tuesday a month away. "
        "He asked the deacons to pray about the church's vision for the next five years, "
        "as the fellowship would need to consider this at the Church Meeting in May.",
        "Deacons' reflections:",
    )
    for text in [
        "the church has grown younger over the last three years and the vision should make "
        "room for young families and not only for the activities we have always done;",
        "several members had said they were tired, and any new work should mean stopping "
        "something else;",
        "the café church on the last Sunday of the month is comming along well and could "
        "become a second congregation;",
        "the church needs to ask the whole fellowship what they are hearing from God, not "
        "bring them a finished plan.",
    ]:
        document.add_paragraph(text, style="List Bullet 2")
    document.add_paragraph(
        "The deacons agreed to hold a church vision day on Saturday 24 April, led by the "
        "regional minister, to prepare for the Church Meeting in May."
    )
    item(
        "Treasurer's report",
        "Graham reported that general fund giving for 2026 was £112,480, up 4%, and that "
        "expenditure was £118,900, so the general fund had a deficit of £6,420, covered from "
        "reserves. The gas bill alone had risen by £5,100. The accounts are with the "
        "independent examiner. Home mission giving had reached £7,250 and the gift day for "
        "the roof had raised £14,300. He asked that the church be told clearly about the "
        "deficit so that the fellowship can pray and give.",
        "Agreed: to recommend to the Church Meeting that the annual accounts be presented at "
        "the Church Meeting on 16 May, with a statement on the deficit.",
    )
    item(
        "Building and premises",
        "Simon reported that the roof works on the hall were finished in December within "
        "budget. The quinquennial inspection had recommended work on the tower and the "
        "gutters over the next five years at an estimated £38,000. The regional association "
        "had decided to offer a loan of up to £20,000 at no interest. Simon said the works "
        "could be spread over three summers.",
        "Agreed: to accept the regional association's offer of a loan in principle, subject "
        "to the Church Meeting's approval.",
    )
    item(
        "Safeguarding",
        "Ruth, the safeguarding lead, said that two new youth leaders had started their DBS "
        "checks and would not lead alone until they were cleared. The safeguarding policy "
        "had been reviewed against the Baptist Union's model policy with no changes needed. "
        "She reminded deacons that the training on 6 March was for all who work with "
        "children or adults at risk.",
        "Simon asked whether the Tuesday drop-in, which is run with the food bank, was "
        "covered by the church's policy or by the food bank's. Ruth said that the drop-in "
        "was a church activity on church premises, so the church's policy applied, and that "
        "the food bank volunteers had all done the church's basic training in the autumn. "
        "Pauline said that the drop-in was now seeing over forty people most weeks and that "
        "several had started coming to the café church.",
    )
    item(
        "Church life and events",
        "Pauline said that the Easter programme was being planned with the other churches in "
        "Fernhallow, including the walk of witness on Good Friday. The church lunch for "
        "Mothering Sunday would go ahead. Beverley offered to organise the flowers. Ruth "
        "said that the young people would like to lead the service on Pentecost Sunday, "
        "and the Minister said he was happy to work with them on it.",
    )
    item(
        "Any other business",
        "Jonathan said that he would be on study leave for two weeks in August. Graham said "
        "that the church's insurance renewal was due in April.",
    )
    item("Date of next meeting", "Tuesday 9 March 2027 at 7.30pm in the church lounge.")
    document.add_paragraph("The meeting closed with the grace at 9.40pm.")
    title_line(document, "Action points", 11)
    bullets(
        document,
        [
            "Pauline – change the evening service rota and publish it in the notice sheet.",
            "Jonathan – book the regional minister for the vision day on 24 April.",
            "Graham – prepare a one-page statement on the deficit for the Church Meeting.",
            "Simon – get quotes for the tower and gutter works and a three-year plan.",
            "Ruth – send the revised safeguarding policy to all group leaders.",
        ],
    )
    save_doc(document, BC_NAME)


def main() -> None:
    family_support()
    almo_board()
    patient_experience()
    baptist_deacons()


if __name__ == "__main__":
    main()
