"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_38/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h38-docx-wi-federation-trustees: a county federation of Women's Institutes' board of
  trustees; items are bold "List Number" paragraphs numbered by a Word list (not in the
  text); "Trustees' comments:" "List Bullet" points; bold "Action:" paragraphs; "Resolved:"
  and "Trustees approved / noted / agreed"; the national federation's decision reported;
  "Page n of m" footer.
- h38-docx-sea-cadets-unit-management-committee: a sea cadet unit's management committee;
  the minutes as one three-column table (Item / Minute / Action by), a bold title at the top
  of each Minute cell, "Committee members' views:" "List Bullet" points in a cell, "ACTION:"
  lines with the owner's initials in the Action by column; the national charity's decision
  reported.
- h38-docx-junior-school-full-governing-board: a maintained junior school's full governing
  board; "Heading 2" items and "1.1"-style paragraphs numbered by a two-level Word list;
  "Governor challenge:" "List Bullet" questions and answers; the local authority's decision
  reported; an action log table at the end and no undertakings in the body.
- h38-docx-tenants-federation-executive: a borough-wide federation of tenants' and residents'
  associations, executive committee; items are Normal paragraphs with a bold run
  `n.<tab>TITLE` (typed numbers, one skipped); "Members' concerns:" "List Bullet 2" points;
  "RESOLVED:" and "Agreed:" lines; "Action:" and "will" actions; the council's Cabinet's
  decision reported; PAGE footer.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from word_parts import (  # noqa: E402
    add_list,
    add_table,
    bold_header_row,
    bold_then,
    bullets,
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

FIXED_TIME = dt.datetime(2026, 12, 18, 9, 30, 0, tzinfo=dt.UTC)

WI_NAME = "h38-docx-wi-federation-trustees"
SC_NAME = "h38-docx-sea-cadets-unit-management-committee"
JS_NAME = "h38-docx-junior-school-full-governing-board"
TF_NAME = "h38-docx-tenants-federation-executive"


def save_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def wi_federation() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Board of Trustees 25 November 2026", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    page_x_of_y(footer, "Brackenmere Federation of WIs – Board of Trustees – Page ")
    centred_bold(document, "BRACKENMERE FEDERATION OF WOMEN'S INSTITUTES", 14)
    centred_bold(document, "Minutes of the Board of Trustees")
    document.add_paragraph(
        "Wednesday 25 November 2026 at 10.30am, Federation House, Market Lane, Tollingford"
    )
    labelled(
        document,
        "Present: ",
        "Mrs Hilary Cawdrey-Mayne (Federation Chair), Mrs Susan Coppleston (Vice-Chair), "
        "Mrs Angela Trelowan (Treasurer), Mrs Marion Lodewick, Mrs Jennifer Oddington, "
        "Ms Priti Halvorsen, Mrs Dorothy Oswick",
    )
    labelled(
        document,
        "In attendance: ",
        "Mrs Karen Boldventure (Federation Secretary, minutes)",
    )
    labelled(document, "Apologies: ", "Mrs Elaine Ketchingham")
    items = add_list(
        document,
        list_level(0, "%1.", indent=567, style_id="ListNumber", bold=True),
    )

    def item(title: str, *texts: str) -> None:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(title).bold = True
        set_numbering(paragraph, items, 0)
        for text in texts:
            indented(document, text)

    def action(text: str) -> None:
        bold_then(indented(document, ""), "Action: ", text)

    item(
        "Welcome and apologies",
        "The Chair welcomed trustees and opened the meeting with the WI song. Apologies "
        "were received from Elaine Ketchingham.",
    )
    item(
        "Declarations of interest",
        "Priti Halvorsen declared an interest in item 6, as she is president of Ashwyke Down WI.",
    )
    item(
        "Minutes of the meeting on 23 September 2026 and matters arising",
        "Trustees approved the minutes of the meeting on 23 September 2026.",
        "Matters arising: the new printer for Federation House has been installed. The "
        "insurance renewal had gone through at a cost of £1,460, slightly less than last year.",
    )
    item(
        "Chair's report",
        "The Chair reported on a busy autumn. She had visited eleven WIs since September, "
        "including two centenary parties, and had attended the national federation's "
        "federation chairs' conference in October. Attendance at the autumn council meeting "
        "had been the best for several years, with 142 members from 38 WIs.",
        "She said that the national federation had decided to raise the membership "
        "subscription to £54 from January 2027, and that the federation's share would be "
        "£8.20 per member. WIs had been told in the autumn mailing. Several presidents had "
        "told her that members were unhappy about the rise, and that some older members "
        "on small pensions might leave.",
        "The Chair also reported that the federation's resolution on the closure of rural "
        "bank branches had been shortlisted for the national annual meeting, which was a "
        "first for the federation. Members from several WIs had collected evidence from "
        "their villages over the summer, and the local newspaper had run a piece on it. "
        "She thanked the public affairs group for all its work, and said that the "
        "federation would hear in February whether the resolution had gone forward to the "
        "vote of all members.",
    )
    item(
        "Finance",
        "The Treasurer presented the management accounts to 31 October. Income was £61,240 "
        "and expenditure £58,910. The federation's investments had risen in value by £3,100 "
        "since April. Room hire at Federation House had brought in £4,870, more than budget, "
        "but the cost of heating the building had risen sharply.",
        "She presented a draft budget for 2027, which showed a small deficit of £1,150 after "
        "the cost of the new website. She said that she had looked at whether room hire "
        "charges could be raised, but that the main hirers were other charities.",
        "Trustees' comments:",
    )
    bullets(
        document,
        [
            "a small deficit was acceptable for one year, given the level of reserves, but "
            "the federation should not plan for deficits beyond 2027;",
            "the heating costs showed that Federation House needed an energy survey, as the "
            "windows and the boiler were both old;",
            "the website was essential for attracting younger members and should not be cut.",
        ],
    )
    indented(document, "Trustees noted the management accounts to 31 October 2026.")
    bold_then(
        indented(document, ""),
        "Resolved: ",
        "that the budget for 2027 be approved, with a deficit of up to £1,150 to be met "
        "from general reserves.",
    )
    action("Treasurer to obtain a quote for an energy survey of Federation House.")
    item(
        "Membership and WIs",
        "Marion Lodewick reported that federation membership stood at 2,318 in 61 WIs, "
        "down 2% on last year. Two WIs had held their last meetings in the summer. Three "
        "new WIs had opened in the last two years, and the evening WI at Ashwyke Down "
        "had grown to 46 members. A group of women in Tollingford had asked about "
        "starting a WI that meets at weekends.",
        "Trustees agreed to support the new Tollingford group with a grant of £300 towards "
        "its first year's room hire.",
    )
    action("Marion to arrange a taster meeting with the Tollingford group in January.")
    item(
        "Annual meeting 2027",
        "Jennifer Oddington reported that the Tollingford Corn Exchange could be booked for "
        "the annual meeting on Saturday 17 April 2027 at £1,250 for the day. The guest "
        "speaker she had hoped for was not available, but she had two other names. "
        "Dorothy said that members liked a speaker who was local and who made them laugh.",
        "Trustees agreed to hold the annual meeting at the Tollingford Corn Exchange on 17 "
        "April 2027.",
    )
    action("Jennifer to book the Corn Exchange and approach the two speakers.")
    item(
        "Any other business",
        "Susan Coppleston reminded trustees that nominations for the board closed on 31 "
        "January. The Federation Secretary said that the Christmas closure of Federation "
        "House would be from 21 December to 4 January.",
    )
    item(
        "Date of next meeting",
        "Wednesday 27 January 2027 at 10.30am, Federation House.",
    )
    document.add_paragraph("The meeting closed at 12.55pm.")
    save_doc(document, WI_NAME)


def sea_cadets() -> None:
    document = new_document("Arial", 10)
    fix_properties(document, "Unit Management Committee 1 December 2026", FIXED_TIME)
    page_footer(document.sections[0], "Harnmouth Sea Cadets – UMC minutes – page ")
    title_line(document, "Harnmouth Sea Cadets (TS Shearwater)", 14)
    title_line(document, "Unit Management Committee – minutes of meeting", 12)
    document.add_paragraph("Tuesday 1 December 2026, 7.30pm, wardroom, Harnmouth unit HQ")
    labelled(
        document,
        "Present: ",
        "Gordon Yelverstoke (Chair, GA), Lesley Hallingworth (Secretary, LP), Ravi Chandwick "
        "(Treasurer, RC), Sue Marswick (Fundraising, SMD), Tony Eskwith (Boats and "
        "Buildings, TE), Michelle Hallowmere (Parent Rep, MH)",
    )
    labelled(
        document,
        "In attendance: ",
        "Lt (SCC) Dean Cartwell RNR, Commanding Officer (CO)",
    )
    labelled(document, "Apologies: ", "Jim Oswaldby")
    rows: list[tuple[str, str, str]] = [
        ("Item", "Minute", "Action by"),
        ("1", "", ""),
        ("2", "", ""),
        ("3", "", ""),
        ("4", "", ""),
        ("5", "", ""),
        ("6", "", ""),
        ("7", "", ""),
        ("8", "", ""),
    ]
    table = add_table(document, rows)
    repeat_header_row(table)
    bold_header_row(table, "D9E2F3")
    set_widths(table, (1.2, 13.0, 2.3))

    def minute(row: int, title: str, paragraphs: list[str], owner: str = "") -> None:
        target = table.rows[row].cells[1]
        target.paragraphs[0].add_run(title).bold = True
        for text in paragraphs:
            target.add_paragraph(text)
        if owner:
            table.rows[row].cells[2].paragraphs[0].text = owner

    minute(
        1,
        "Welcome and apologies",
        [
            "The Chair welcomed everyone to the last commitee meeting of the year. "
            "Apologies from Jim, who was at sea."
        ],
    )
    minute(
        2,
        "Minutes of the last meeting",
        [
            "The minutes of 6 October were taken as read. Michelle pointed out that the "
            "date of the Trafalgar Day parade was wrong.",
            "The committee agreed the minutes of 6 October 2026, with that correction.",
        ],
    )
    minute(
        3,
        "Commanding Officer's report",
        [
            "The CO reported that the unit had 41 cadets and 9 junior cadets on the books, "
            "with an average of 32 on parade nights. Eight cadets had passed their "
            "first aid qualification and four had gained their powerboat level 2. The "
            "unit had come second in the district drill competition.",
            "He said that the national charity had decided that from April all units "
            "must have at least two uniformed adults with the new safeguarding "
            "qualification at every parade night. The unit had three at present, but one "
            "was moving away in the spring. He also said that the unit was short of adult "
            "volunteers for the boating season, and that without more instructors some "
            "cadets would have to wait for courses.",
            "Committee members' views:",
        ],
    )
    target = table.rows[3].cells[1]
    for text in [
        "the unit should ask parents directly, as several had skills in sailing and "
        "engineering but had never been asked;",
        "volunteers were put off by the amount of training needed before they could help "
        "on the water, and this should be explained honestly at the start;",
        "the committee itself could help on shore at regattas, which would free up the "
        "uniformed staff.",
    ]:
        target.add_paragraph(text, style="List Bullet")
    target.add_paragraph(
        "ACTION: MH to put an appeal for adult volunteers in the parents' newsletter."
    )
    table.rows[3].cells[2].paragraphs[0].text = "MH"
    minute(
        4,
        "Treasurer's report",
        [
            "Ravi reported £14,732 in the current account and £9,050 in the boat fund. "
            "Subscriptions were £12 a month per cadet, and eleven families were behind "
            "with payments. The gas and electricity bills for the HQ had risen by 30%.",
            "He said that the unit's annual return to the national charity was due on 31 "
            "January and that the accounts would need to be examined before then.",
            "The committee agreed to keep subscriptions at £12 a month for 2027 and to "
            "offer a reduced rate to families in difficulty, at the CO's discretion.",
        ],
    )
    minute(
        5,
        "Boats and buildings",
        [
            "Tony reported that the unit's rescue boat needed a new outboard motor before "
            "the season, at an estimated cost of £4,600. The roof of the boat shed was "
            "leaking over the workbench and the gutters had been cleared in November.",
            "Sue asked whether the outboard could be bought second-hand. Tony said that "
            "the area officer would not approve a second-hand motor for a safety boat.",
            "The committee agreed to buy a new outboard motor from the boat fund, up to £4,800.",
            "ACTION: TE to order the outboard motor and arrange fitting before March.",
        ],
        "TE",
    )
    minute(
        6,
        "Fundraising",
        [
            "Sue reported that the bag pack at the supermarket had raised £1,118 and the "
            "Christmas raffle tickets were selling well. The town council's small grants "
            "fund had opened and would close on 15 January. Ravi said that the grant could be "
            "used for the boat shed roof.",
            "The committee agreed to apply to the town council's small grants fund for "
            "the boat shed roof.",
            "ACTION: SMD to complete the grant application by 15 January.",
        ],
        "SMD",
    )
    minute(
        7,
        "Any other business",
        [
            "Lesley reminded the committee that the unit's annual inspection would be "
            "in March, and that the committee's records would be looked at. Michelle said "
            "that parents had asked about the cost of the summer camp, and the CO said he "
            "would know the cost by February.",
            "Gordon said that the unit had been offered the use of the rowing club's "
            "slipway during the rowing club's own refurbishment next summer, which would "
            "make launching much easier. Tony said that the rowing club's slipway was "
            "steeper than the unit's and that the trailer would need new rollers. The CO "
            "said that the cadets had enjoyed the joint evening with the rowing club in "
            "September and that the two clubs were planning a small regatta together. "
            "Ravi added that the cadets' parents had raised more than ever at the autumn "
            "fair, and that several had asked to be told about future events earlier.",
        ],
    )
    minute(
        8,
        "Date of next meeting",
        ["Tuesday 2 February 2027, 7.30pm, wardroom."],
    )
    document.add_paragraph("Meeting closed 9.15pm.")
    save_doc(document, SC_NAME)


def junior_school() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Full Governing Board 30 November 2026", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    page_x_of_y(footer, "Whitterbrook Junior School – FGB minutes – Page ")
    title_line(document, "Whitterbrook Junior School", 16)
    title_line(document, "Full Governing Board – Minutes", 13)
    document.add_paragraph("Monday 30 November 2026 at 6.00pm in the school library")
    labelled(
        document,
        "Governors present: ",
        "Mrs Alison Quarleigh (Chair, co-opted), Mr Rashid Bellerton (Vice-Chair, parent), "
        "Mrs Sarah Kemptholme (Headteacher), Mr Neil Dowerfield (local authority), Ms Hazel "
        "Trevennick (staff), Mrs Janet Grindlecote (co-opted), Mr Omar Sidebrook (parent)",
    )
    labelled(
        document,
        "In attendance: ",
        "Mrs Fiona Lanhaven (Clerk), Mrs Tess Wolstenby (School Business Manager, SBM)",
    )
    labelled(document, "Apologies: ", "Mr Peter Wolverdine (co-opted) – consent given")
    numbers = add_list(
        document,
        list_level(0, "%1.", indent=567, style_id="Heading2")
        + list_level(1, "%1.%2", indent=567, hanging=567),
        multilevel=True,
    )

    def item(title: str, *texts: str) -> None:
        heading = document.add_heading(title, level=2)
        set_numbering(heading, numbers, 0)
        for text in texts:
            set_numbering(document.add_paragraph(text), numbers, 1)

    item(
        "Welcome, apologies and quoracy",
        "The Chair welcomed governors. Mr Wolverdine had sent his apologies, as he was "
        "working away. The meeting was quorate.",
    )
    item(
        "Declarations of business interests",
        "No governor declared an interest in any item on the agenda. The Clerk reminded "
        "governors to update their entries on the register before the end of term.",
    )
    item(
        "Minutes of the meeting on 21 September 2026",
        "Governors approved the minutes of the meeting on 21 September 2026, which the Chair "
        "signed.",
        "Matters arising: the website now shows the governors' attendance record. The new "
        "outdoor classroom is finished and was used for the first time in October.",
    )
    item(
        "Headteacher's report",
        "The Headteacher presented her report. There were 356 pupils on roll, with 14 "
        "places free in Year 3. Attendance for the autumn term so far was 95.1%, and "
        "persistent absence had fallen to 12.4%. The results of the Year 4 multiplication "
        "tables check had been the best yet, with 41% of pupils scoring full marks.",
        "She reported that the local authority had decided to reduce the number of places "
        "at its specialist resource base for pupils with speech and language needs, and "
        "that two of the school's pupils were affected. The SENCo was working with the "
        "families.",
        "Governor challenge:",
    )
    bullets(
        document,
        [
            "Mr Sidebrook asked why reading results in Year 6 last summer had fallen. The "
            "Headteacher said that the cohort had a high number of pupils with special "
            "needs and that progress from their starting points had been good.",
            "Mrs Grindlecote asked what was being done about persistent absence. The "
            "Headteacher said that the family support worker met every family whose "
            "attendance fell below 90%.",
            "Mr Bellerton asked whether the free Year 3 places would affect the budget. "
            "The SBM said that each empty place cost the school about £5,000 a year.",
            "Mr Dowerfield asked how the two pupils affected by the resource base change "
            "were being supported. The Headteacher said that both now had extra support "
            "in class from a trained teaching assistant.",
        ],
    )
    item(
        "Budget monitoring",
        "The SBM presented the budget monitoring report to 31 October. The school was "
        "forecasting an in-year deficit of £18,400, mainly because of the teachers' pay "
        "award, to be met from the carried-forward balance of £71,200.",
        "She explained that the three-year forecast showed the balance falling to about "
        "£20,000 by March 2029 if pupil numbers stayed as they were, and that the school "
        "would need to look at its staffing structure next year. The energy contract had "
        "been renewed through the local authority's scheme at a lower rate than feared. "
        "The Chair said that the finance committee had looked at the forecast in detail "
        "in November and had asked for a further update in the spring.",
        "Governors noted the budget monitoring report.",
    )
    item(
        "School development plan",
        "The Headteacher presented the progress report on the school development plan. "
        "Writing in Years 5 and 6 remained the priority, and a new handwriting scheme had "
        "been introduced. The Headteacher said that the English lead had visited two "
        "other schools to see how they taught extended writing, and that staff had found "
        "the visits useful. Early signs from the autumn assessments were encouraging, "
        "especially for boys. Governors approved the revised milestones in the school "
        "development plan.",
    )
    item(
        "Policies",
        "Governors approved the Charging and Remissions Policy and the Accessibility Plan.",
        "Governors agreed to delegate the review of the Behaviour Policy to the Teaching "
        "and Learning Committee.",
    )
    item(
        "Governor visits and training",
        "Mrs Grindlecote reported on her visit to look at maths in Year 5. She had seen pupils "
        "using the new resources and had talked to the maths lead. Governors agreed the "
        "programme of governor visits for the spring term.",
    )
    item(
        "Date of next meeting",
        "Monday 22 March 2027 at 6.00pm in the school library.",
    )
    document.add_paragraph("The meeting closed at 7.50pm.")
    title_line(document, "Action log", 12)
    log = add_table(
        document,
        [
            ("No.", "Action", "Owner", "Deadline"),
            (
                "1",
                "Update entries on the register of business interests",
                "All governors",
                "18 Dec",
            ),
            ("2", "Circulate the SFVS checklist to the finance link governor", "SBM", "15 Jan"),
            ("3", "Arrange the spring term governor visits with staff", "Clerk", "22 Jan"),
            ("4", "Send the reading data for Year 6 by pupil group to governors", "Head", "15 Jan"),
            ("5", "Book governors on the safer recruitment training", "Clerk", "31 Jan"),
        ],
    )
    repeat_header_row(log)
    bold_header_row(log, "EDEDED")
    set_widths(log, (1.2, 9.5, 3.0, 2.3))
    save_doc(document, JS_NAME)


def tenants_federation() -> None:
    document = new_document("Verdana", 10)
    fix_properties(document, "Executive Committee 9 December 2026", FIXED_TIME)
    page_footer(document.sections[0], "Dunmerrow Tenants' Federation – ")
    centred_bold(document, "DUNMERROW FEDERATION OF TENANTS' AND RESIDENTS' ASSOCIATIONS", 13)
    centred_bold(document, "Executive Committee – Minutes")
    document.add_paragraph(
        "Wednesday 9 December 2026, 6.30pm, Burnhollow Community Rooms, Dunmerrow"
    )
    labelled(
        document,
        "Present: ",
        "Pat Gillingwater (Chair, Burnhollow Estate TRA), Dennis Orbrook (Vice-Chair, "
        "Hemmerton Court TA), Brenda Stallworth (Treasurer), Winston Adeyomi (Tower "
        "Fields RA), Sheila Mellerstock (Eastfold TRA), Mark Trelissow (Dunmerrow Vale "
        "Leaseholders)",
    )
    labelled(
        document,
        "Council officers: ",
        "Mr Rob Kilburney (Tenant Engagement Manager), Ms Grace Nettlecote (Repairs "
        "Service Manager) for item 6",
    )
    labelled(document, "Apologies: ", "Lorna Beckwithe, Tariq Haslingbourne")

    def item(number: str, title: str, *texts: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{number}.\t{title}").bold = True
        for text in texts:
            indented(document, text, 1.0)

    item(
        "1",
        "WELCOME AND APOLOGIES",
        "Pat welcomed everyone, and especially Mark, who was not yet familar with the "
        "Federation and was attending for the first time for "
        "the leaseholders' group. Apologies as above.",
    )
    item(
        "2",
        "MINUTES OF THE LAST MEETING",
        "Dennis said that the minutes should say that Hemmerton Court had eleven lifts out of "
        "action in October, not seven.",
        "Agreed: the minutes of 14 October 2026 are a true record, with that correction.",
    )
    item(
        "3",
        "MATTERS ARISING",
        "The letter to the Cabinet Member about the estate parking scheme was sent on 20 "
        "October and a reply is still awaited. Pat has chased it once.",
        "The estate walkabout on Burnhollow took place on 12 November with the housing "
        "officer and two councillors. The fly-tipping by the garages has been cleared, "
        "and the broken lights in the underpass have been reported again.",
    )
    item(
        "4",
        "RENT AND SERVICE CHARGES 2027/28",
        "Mr Kilburney reported that the council's Cabinet had decided on 25 November to "
        "consult tenants on a rent increase of 4.8% from April, the maximum allowed, and on "
        "a new service charge for the cleaning of communal areas in blocks. The "
        "consultation would run until 22 January. He said that the extra income would go "
        "into the housing revenue account and pay for the repairs backlog.",
        "Members' concerns:",
    )
    for text in [
        "many tenants were already struggling with energy bills and food prices, and a "
        "rent rise at the maximum would push more of them into arrears;",
        "the cleaning in the blocks was poor at present, so a new charge for it would not "
        "be accepted unless the service improved first;",
        "tenants on partial housing benefit or Universal Credit would not have the service "
        "charge fully covered;",
        "the consultation should include drop-in sessions on the estates, not just an online form.",
    ]:
        document.add_paragraph(text, style="List Bullet 2")
    indented(
        document,
        "Mr Kilburney said that he would pass these concerns to the Head of Housing, and "
        "that drop-in sessions were already planned for January.",
        1.0,
    )
    bold_then(
        indented(document, "", 1.0),
        "RESOLVED: ",
        "that the Federation responds to the consultation opposing a rent increase above "
        "the rate of inflation and opposing any new service charge for cleaning until "
        "standards improve.",
    )
    bold_then(
        indented(document, "", 1.0),
        "Action: ",
        "Dennis and Pat to draft the Federation's consultation response for the January meeting.",
    )
    item(
        "6",
        "REPAIRS SERVICE",
        "Ms Nettlecote reported on the repairs service. There were 2,140 open repairs, "
        "down from 2,600 in the summer. Damp and mould cases were being inspected within "
        "ten working days in 88% of cases. The new contractor for gas servicing had started "
        "in November and there had been complaints about missed appointments.",
        "She explained that the council had taken on six extra surveyors for damp and "
        "mould since the summer, and that every case was now logged and tracked from the "
        "first call to the final repair. The worst cases, where children or older people "
        "were living with black mould, were dealt with first. Winston said that tenants in "
        "Tower Fields were still waiting months for the follow-up work after the first "
        "visit, and that some had given up reporting it.",
        "Sheila asked why tenants on Eastfold had been told that their damp was caused by "
        "drying washing indoors. Ms Nettlecote said that this advice should not be given "
        "before a survey, and that she would remind the surveyors.",
        "Ms Nettlecote will send the Federation the monthly damp and mould figures for "
        "each estate.",
    )
    item(
        "7",
        "TREASURER'S REPORT",
        "Brenda reported a balance of £3,862.40. The council's annual grant of £2,500 "
        "had been received. Two associations had not yet sent in their annual accounts.",
        "Agreed: to pay the affiliation fee to the national tenants' organisation of £120.",
    )
    item(
        "8",
        "ANY OTHER BUSINESS",
        "Winston said that the Tower Fields community garden had won a Dunmerrow in Bloom "
        "award. Mark asked whether leaseholders could join the Federation's training. Pat "
        "said that they could.",
        "Sheila said that the Eastfold TRA had held its first coffee morning for new "
        "tenants and that twelve people had come. Dennis said that Hemmerton Court was "
        "struggling to find a new secretary, and that the association might have to close "
        "if nobody came forward by the spring.",
        "The Federation agreed to hold its annual general meeting on Wednesday 10 March 2027.",
        "Brenda will book the Burnhollow Community Rooms for the AGM.",
    )
    item("9", "DATE OF NEXT MEETING", "Wednesday 13 January 2027, 6.30pm, Burnhollow.")
    document.add_paragraph("Meeting closed at 8.40pm.")
    save_doc(document, TF_NAME)


def main() -> None:
    wi_federation()
    sea_cadets()
    junior_school()
    tenants_federation()


if __name__ == "__main__":
    main()
