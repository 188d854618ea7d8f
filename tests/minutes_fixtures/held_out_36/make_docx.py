"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_36/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h36-docx-sunday-football-league-management-committee: a Sunday football league's
  management committee; "Heading 2" items numbered by a Word list (the number not in the
  text); bold "RESOLVED:" labels; a fines table; "Club representatives raised the following:"
  "List Bullet" points; an action table at the end; the county FA's decision reported.
- h36-docx-mat-education-standards-committee: a multi-academy trust's education standards
  committee; "Heading 1" items with typed numbers; "The Committee resolved:" with
  "List Number" entries numbered by Word; "Trustees' challenge and questions:" "List Bullet"
  points, each a question with its answer; Ofsted's and the Department for Education's
  decisions reported; "Page n of m" footer.
- h36-docx-tenant-management-organisation-board: a tenant management organisation's board;
  the minutes as one four-column table (No. / Item / Discussion and decisions / Action by),
  "List Bullet" points in a cell, owners' initials in the last column; the borough council's
  decision reported.
- h36-docx-hospital-radio-committee: a hospital radio charity's committee; unnumbered items
  as underlined bold Normal paragraphs; "Agreed:" and "The committee agreed"; "ACTION (XX):"
  lines and a "will" task; "Members' thoughts:" "List Bullet" points; the hospital trust's
  decision reported; PAGE footer.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.shared import Cm

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

FIXED_TIME = dt.datetime(2026, 12, 15, 9, 30, 0, tzinfo=dt.UTC)

FL_NAME = "h36-docx-sunday-football-league-management-committee"
ES_NAME = "h36-docx-mat-education-standards-committee"
TM_NAME = "h36-docx-tenant-management-organisation-board"
HR_NAME = "h36-docx-hospital-radio-committee"


def save_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def football_league() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Management committee 30 November 2026", FIXED_TIME)
    centred_bold(document, "WYEBOURNE & DISTRICT SUNDAY FOOTBALL LEAGUE", 14)
    centred_bold(document, "Management Committee")
    document.add_paragraph(
        "Minutes of the meeting held on Monday 30 November 2026 at 7.30pm at the Fernstock "
        "Social Club"
    )
    labelled(
        document,
        "Present: ",
        "Keith Barrelsby (Chairman), Gary Lonsmere-Pykett (Secretary), Imran Sadlowe "
        "(Treasurer), Stuart Fothermoor (Fixtures Secretary), Lorraine Madderley (Referees' "
        "Liaison), Craig Hepplewood, Paul Tennery",
    )
    labelled(
        document,
        "Club representatives: ",
        "Ten of the league's sixteen clubs were represented for items 4 to 7.",
    )
    labelled(document, "Apologies: ", "Brian Cotterdown (Vice-Chairman)")
    numbers = add_list(document, list_level(0, "%1.", indent=567, style_id="Heading2"))

    def item(title: str, *texts: str) -> None:
        heading = document.add_heading(title, level=2)
        set_numbering(heading, numbers, 0)
        for text in texts:
            document.add_paragraph(text)

    def resolved(text: str) -> None:
        bold_then(document.add_paragraph(), "RESOLVED: ", text)

    item(
        "Apologies",
        "Apologies were received from Brian Cotterdown, who was away with work. The Chairman "
        "welcomed the club representatives and reminded them that they could speak on items "
        "4 to 7 but that only committee members could vote.",
    )
    item(
        "Declarations of interest",
        "Craig Hepplewood declared that he is secretary of Fernstock Athletic, one of the "
        "clubs named in item 5, and took no part in that item.",
    )
    item(
        "Minutes of the meeting held on 28 September 2026",
        "The Secretary said that the attendance list had left out Paul Tennery, who had "
        "been present.",
    )
    resolved(
        "that the minutes of the meeting held on 28 September 2026 be approved, with Paul "
        "Tennery added to those present."
    )
    item(
        "Season report and fixtures",
        "The Fixtures Secretary reported that 41 of the 96 league fixtures due by the end of "
        "November had been postponed, most of them because of waterlogged council pitches. "
        "The council had closed all its pitches on four Sundays in October and November. "
        "Division Two was worst affected, with two clubs yet to play a home game. He said "
        "that unless the weather improved the league would have to play some midweek "
        "fixtures in April under floodlights, which several clubs could not do.",
        "He also reported that the county FA had decided to raise the match fees for "
        "referees in adult Sunday football by £5 from 1 January, to £45 for a referee and "
        "£30 for an assistant. The league had been told of the decision by email only a week "
        "before the meeting. Lorraine Madderley said that the number of referees available on "
        "Sunday mornings had fallen again, and that about one game in five had been played "
        "without a qualified referee this season.",
        "Club representatives raised the following:",
    )
    bullets(
        document,
        [
            "the clubs understood the need to pay referees more, but the rise would cost "
            "each club over £100 more a season, on top of the pitch fees;",
            "clubs with their own pitches should be allowed to switch home games when the "
            "council pitches were closed, to get more fixtures played;",
            "the league should not make clubs play midweek if they had no floodlit pitch, "
            "and should consider extending the season into May instead.",
        ],
    )
    document.add_paragraph(
        "The Fixtures Secretary said that switching home games was already allowed if both "
        "clubs agreed, and that an extension into May would need the county FA's consent."
    )
    item(
        "Discipline and fines",
        "The Secretary reported on disciplinary matters. There had been 17 cases referred "
        "to the league this season, mostly for late team sheets and unpaid fines, and two "
        "cases of clubs failing to fulfil fixtures. The league's fines had not changed for "
        "five years, and the Secretary proposed a new tariff, set out below.",
    )
    fines = add_table(
        document,
        [
            ("Offence", "Present fine", "Proposed fine"),
            ("Late team sheet (first offence)", "£5", "£10"),
            ("Failure to submit result by Monday 6pm", "£5", "£10"),
            ("Failure to fulfil a fixture", "£40", "£60"),
            ("Unpaid fine after 28 days", "£10", "£20"),
        ],
    )
    bold_header_row(fines, "D9E2F3")
    set_widths(fines, (8.0, 3.0, 3.0))
    document.add_paragraph(
        "Fernstock Athletic's representative asked whether the fines for late team sheets "
        "could be waived for a first offence by a new club secretary. The Chairman said "
        "that the committee already had discretion in such cases."
    )
    resolved("that the tariff of fines in the table above apply from 1 January 2027.")
    item(
        "Application for membership",
        "The Secretary reported that Corlathen Rangers, a new club formed by players from the "
        "former Brantlow Sunday team, had applied to join the league for the 2027/28 "
        "season. The club had a ground at Corlathen recreation ground with changing rooms, had "
        "affiliated to the county FA and had a secretary with a welfare qualification. Two "
        "committee members had visited the ground in November and found it suitable.",
    )
    resolved("to admit Corlathen Rangers to Division Two from the start of the 2027/28 season.")
    item(
        "League cup",
        "The Fixtures Secretary reported that the league cup final, due to be played at "
        "Wyebourne Town's ground on Sunday 2 May, clashed with the ground's booking for a "
        "youth tournament. Wyebourne Town had offered Sunday 9 May instead.",
        "The Committee agreed to move the league cup final to Sunday 9 May 2027 at "
        "Wyebourne Town's ground.",
    )
    item(
        "Finance",
        "The Treasurer reported a bank balance of £3,912 at 27 November. Affiliation fees "
        "from fifteen clubs had been received, and one club had still to pay. The league's "
        "insurance had been renewed at £418. He said that the league's costs were covered "
        "for this season, but that the fall in the number of clubs from twenty to sixteen "
        "over three years was a concern for the future, and he would expect to propose a "
        "rise in affiliation fees at the annual meeting.",
    )
    item(
        "Any other business",
        "Paul Tennery said that the league's website had been very sucessful this season, "
        "with results and tables updated every Sunday evening, and thanked the volunteer "
        "who runs it. Lorraine Madderley asked clubs to encourage players who might like to "
        "take the referees' course to get in touch with her.",
        "The next meeting will be on Monday 25 January 2027 at 7.30pm at the Fernstock Social Club.",
    )
    document.add_paragraph("The meeting closed at 9.15pm.")
    title_line(document, "ACTIONS", 12)
    actions = add_table(
        document,
        [
            ("Action", "By whom", "By when"),
            (
                "Write to the council about the pitch closures and ask for a meeting",
                "Secretary",
                "14 December",
            ),
            ("Send the new fines tariff to all club secretaries", "Secretary", "18 December"),
            (
                "Ask the county FA whether the season can run into May",
                "Fixtures Secretary",
                "January meeting",
            ),
            ("Confirm the cup final date with Wyebourne Town", "Fixtures Secretary", "31 December"),
        ],
    )
    repeat_header_row(actions)
    set_widths(actions, (10.0, 3.5, 3.0))
    save_doc(document, FL_NAME)


def education_standards() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Education Standards Committee 3 December 2026", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    page_x_of_y(footer, "Tamsridge Learning Trust – Education Standards Committee – Page ")
    title_line(document, "Tamsridge Learning Trust", 16)
    title_line(document, "Education Standards Committee", 13)
    document.add_paragraph(
        "Minutes of the meeting held on Thursday 3 December 2026 at 4.30pm at the trust "
        "office, Harlingcott Academy, and online"
    )
    labelled(
        document,
        "Trustees: ",
        "Dr Eleanor Mawbrey (Chair), Mr Robert Quinsall, Mrs Deborah Ashingdale-Lyte, "
        "Mr Adrian Felstrow",
    )
    labelled(
        document,
        "In attendance: ",
        "Mrs Janet Coldwellby (Chief Executive Officer, CEO), Mr Neil Harrowsmith (Director "
        "of Education, DoE), Ms Farah Whitlowe (Trust SEND Lead), Mrs Pauline Stobbington "
        "(Governance Professional, Clerk)",
    )
    labelled(document, "Apologies: ", "Mr Hugh Delbrook-Ray (trustee)")
    resolutions = add_list(
        document, list_level(0, "%1.", indent=720, style_id="ListNumber"), level_type="singleLevel"
    )

    def item(title: str, *texts: str) -> None:
        document.add_heading(title, level=1)
        for text in texts:
            document.add_paragraph(text)

    item(
        "1. Welcome, apologies and declarations of interest",
        "The Chair welcomed everyone. Apologies were received from Mr Delbrook-Ray and "
        "accepted. Mrs Ashingdale-Lyte declared that her daughter is a pupil at Harlingcott "
        "Academy; the Chair said this did not prevent her taking part.",
    )
    item(
        "2. Minutes of the meeting on 24 September 2026 and action log",
        "The Committee approved the minutes of the meeting on 24 September 2026 as an "
        "accurate record.",
        "The action log was up to date. The DoE confirmed that the attendance data for "
        "disadvantaged pupils had been added to the standards dashboard, as requested.",
    )
    item(
        "3. Provisional examination and assessment results 2026",
        "The DoE presented the provisional results for the trust's five academies. At key "
        "stage 2, 64% of pupils across the three primary academies had reached the expected "
        "standard in reading, writing and mathematics combined, against 61% nationally, "
        "although Brookfold Primary was below the national figure at 52%. At key stage 4, "
        "Harlingcott Academy's Progress 8 score was +0.08 and Millwender Academy's -0.31. The "
        "gap between disadvantaged pupils and others had narrowed at Harlingcott but had "
        "widened at Millwender, particularly in mathematics.",
        "He explained that Millwender's results had been affected by the long-term absence "
        "of two mathematics teachers, and that the school had now recruited to both posts. "
        "The trust's mathematics lead had been working in the school two days a week since "
        "September.",
        "Trustees' challenge and questions:",
    )
    bullets(
        document,
        [
            "Mr Quinsall asked why Brookfold's writing results were so much lower than its "
            "reading results. The DoE said that the moderation of writing had been harsh "
            "this year, but that the school also needed to teach extended writing earlier.",
            "Mrs Ashingdale-Lyte asked whether the mathematics support at Millwender would be "
            "enough to lift results next summer. The DoE said that the mock results in "
            "January would be the first real test, and that he would report them.",
            "Mr Felstrow asked how the trust was making sure that disadvantaged pupils "
            "attended the extra sessions. The CEO said that each academy tracked attendance "
            "at the sessions weekly and contacted families where pupils missed them.",
        ],
    )
    item(
        "4. Millwender Academy improvement plan",
        "The DoE presented the revised improvement plan for Millwender Academy. Ofsted had "
        "judged the academy to require improvement at its inspection in June, and had "
        "found that the curriculum in key stage 3 was not well enough sequenced in several "
        "subjects. The plan set out actions for mathematics, the key stage 3 curriculum and "
        "attendance, with milestones for each term.",
        "Trustees discussed the capacity of the academy's leaders to deliver the plan while "
        "recruiting a new deputy headteacher. The CEO said that the trust would provide an "
        "experienced deputy from Harlingcott for two days a week until Easter.",
        "The Committee resolved:",
    )
    for text in [
        "to approve the Millwender Academy improvement plan, with the milestones for the "
        "spring term as set out in the plan;",
        "to receive a progress report against the milestones at each meeting until the "
        "academy's next inspection.",
    ]:
        set_numbering(document.add_paragraph(text, style="List Number"), resolutions, 0)
    document.add_paragraph(
        "The Director of Education will arrange for two trustees to visit Millwender Academy "
        "in the spring term to see the mathematics work for themselves."
    )
    item(
        "5. Special educational needs and disabilities",
        "The Trust SEND Lead presented her annual report. Across the trust, 16.4% of pupils "
        "were on the SEND register and 3.1% had education, health and care plans. The time "
        "taken by the local authority to complete new plans had grown to an average of 31 "
        "weeks, and several academies were supporting pupils without the funding a plan "
        "would bring. She reported that the Department for Education had decided to fund a "
        "new special school in the area, to open in 2029, which would ease some pressure.",
        "She explained that the trust's SEND provision was uneven between academies, and "
        "that she would like all SENCOs to use the same approach to pupil plans.",
    )
    bold_then(
        document.add_paragraph(),
        "ACTION – ",
        "Trust SEND Lead to bring a proposal for a common approach to pupil plans across all "
        "five academies to the March meeting.",
    )
    item(
        "6. Curriculum policy",
        "The CEO presented the draft trust curriculum policy, which replaces the five "
        "academies' separate policies. It sets out the trust's principles for the "
        "curriculum while leaving each academy to design its own subject plans. The "
        "recomendation in the report was that the Committee recommend the policy to the "
        "Board.",
    )
    bold_then(
        document.add_paragraph(),
        "RECOMMENDED ",
        "to the Board of Trustees that the trust curriculum policy be adopted from 1 January 2027.",
    )
    item(
        "7. Safeguarding and attendance",
        "The DoE presented the termly safeguarding and attendance report. Attendance across "
        "the trust for the autumn term so far was 93.2%, with persistent absence at 17.8%, "
        "lower than last year in all but one academy. There had been no safeguarding "
        "concerns that required a referral to the local authority designated officer. The "
        "annual safeguarding audits had been completed in all five academies.",
        "The Committee noted the report.",
    )
    item(
        "8. Date of next meeting",
        "Thursday 11 March 2027 at 4.30pm.",
        "Clerk to send the dates of the trustees' visits to the academies for the spring "
        "term with the draft minutes.",
    )
    save_doc(document, ES_NAME)


def tenant_management() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "TMO Board 9 December 2026", FIXED_TIME)
    page_footer(document.sections[0], "Quarrydene Estate TMO – Board minutes 09.12.26 – ")
    title_line(document, "Quarrydene Estate Tenant Management Organisation Ltd", 14)
    title_line(document, "Board of Directors – Minutes", 12)
    document.add_paragraph(
        "Wednesday 9 December 2026, 6.30pm, Quarrydene Community Room, Larchwater House"
    )
    labelled(
        document,
        "Directors present: ",
        "Mrs Patricia Onwudiwe-Steele (Chair, tenant), Mr Desmond Harrower (Vice Chair, "
        "tenant), Ms Shirley Abbeymire-Quay (Treasurer, leaseholder), Mr Kevin Marlestone "
        "(tenant), Mrs Elaine Twysden (tenant), Cllr Rashid Bellamont (council nominee)",
    )
    labelled(
        document,
        "Staff: ",
        "Mr Howard Selsby (Estate Manager, HS), Ms Chloe Dankwell (Housing Officer, CD), "
        "Mrs Sandra Pilgrove (Administrator, minutes)",
    )
    labelled(document, "Apologies: ", "Mr Tom Eskerby (tenant)")
    rows: list[tuple[str, str, str, str]] = [
        ("No.", "Item", "Discussion and decisions", "Action by"),
        (
            "1",
            "Apologies and declarations",
            "Apologies were received from Mr Eskerby. Mr Marlestone declared an interest in "
            "item 5 as his brother works for one of the tendering firms, and left the room "
            "for that item.",
            "",
        ),
        (
            "2",
            "Minutes of 14 October 2026",
            "The Board approved the minutes of the meeting on 14 October 2026 as a correct record.",
            "",
        ),
        (
            "3",
            "Matters arising",
            "The new door entry system at Larchwater House was now working after the fault in "
            "November. The council had replied to the Board's letter about the lifts (see "
            "item 6).",
            "",
        ),
        ("4", "Performance report", "", ""),
        ("5", "Responsive repairs contract", "", ""),
        ("6", "Council matters and rent setting", "", ""),
        ("7", "Rent arrears and tenancy support", "", ""),
        ("8", "Annual general meeting", "", ""),
        ("9", "Any other business and date of next meeting", "", ""),
    ]
    table = add_table(document, rows)
    repeat_header_row(table)
    bold_header_row(table, "DEEAF6")
    set_widths(table, (1.2, 3.3, 10.0, 1.8))

    def cell_text(row: int, paragraphs: list[str], owner: str = "") -> None:
        cell = table.rows[row].cells[2]
        cell.paragraphs[0].text = paragraphs[0]
        for text in paragraphs[1:]:
            cell.add_paragraph(text)
        if owner:
            table.rows[row].cells[3].paragraphs[0].text = owner

    cell_text(
        4,
        [
            "The Estate Manager presented the performance report for July to September. "
            "96.2% of emergency repairs had been completed within 24 hours and 88% of "
            "routine repairs within 20 working days, below the target of 92%. Rent "
            "collection was 98.1% of the rent due. Five homes had been re-let, taking an "
            "average of 34 days, longer than the target of 28, because of the amount of work "
            "needed in two flats after long tenancies.",
            "He explained that the routine repairs had fallen behind because the contractor "
            "had lost two of its plumbers in the summer and had been slow to replace them. "
            "Complaints had risen from 9 to 15 in the quarter, most of them about repairs.",
            "Board members' comments:",
        ],
    )
    cell = table.rows[4].cells[2]
    for text in [
        "residents on the top floors of Larchwater House felt forgotten when the lifts were "
        "out, and repairs to their homes were often missed;",
        "the re-let times mattered because families were waiting in temporary accommodation;",
        "the complaints showed that residents were not being told when a repair was "
        "delayed, which was the staff's responsability as much as the contractor's;",
        "the Board should see the performance of the contractor broken down by block.",
    ]:
        cell.add_paragraph(text, style="List Bullet")
    cell.add_paragraph("The Board noted the performance report.")
    cell_text(
        5,
        [
            "The Estate Manager reported on the tender for the responsive repairs contract, "
            "which ends on 31 March 2027. Four firms had tendered. The evaluation panel, of "
            "two directors and two staff, had scored the tenders on quality (60%) and price "
            "(40%). Gellings Building Services had scored highest, at a price of £412,000 a "
            "year, about 6% more than the present contract.",
            "Directors asked about Gellings' record on other estates and were told that it "
            "held two similar contracts for tenant management organisations in the borough, "
            "with good references.",
            "RESOLVED: to award the responsive repairs contract to Gellings Building "
            "Services for three years from 1 April 2027, with an option to extend for two "
            "years.",
            "Estate Manager to notify the successful and unsuccessful tenderers and start "
            "the handover meetings with the present contractor.",
        ],
        "HS",
    )
    cell_text(
        6,
        [
            "Cllr Bellamont reported that the council's Cabinet had decided to raise council "
            "rents by 4.8% from April 2027, the most allowed under the Government's rent "
            "policy, and to raise service charges in blocks with lifts by £1.50 a week to "
            "pay for lift replacement. The management fee paid to the TMO would rise by 3.5%.",
            "He said that the council's reply on the Larchwater House lifts was that the lifts "
            "were in the programme for replacement in 2028/29, not earlier. Directors said "
            "that this was not good enough, as the lifts had broken down eleven times this "
            "year.",
            "The Chair will write to the council's Cabinet member for housing asking for "
            "the Larchwater House lifts to be brought forward in the programme.",
        ],
        "Chair",
    )
    cell_text(
        7,
        [
            "The Housing Officer presented the revised Rent Arrears and Tenancy Support "
            "Policy. The main changes were an earlier first contact with tenants who fall "
            "behind, a referral to the money advice service at the second missed payment, "
            "and a rule that no court action is started while a tenant's claim for benefit is "
            "being assessed. She said that 31 households were in arrears of more than four "
            "weeks, many of them working households hit by higher living costs.",
            "The Board approved the revised Rent Arrears and Tenancy Support Policy.",
        ],
    )
    cell_text(
        8,
        [
            "The Chair reported that three directors' terms would end at the annual "
            "general meeting, and that all three had said they would stand again. The TMO "
            "needed at least one more leaseholder director. The Board agreed to hold the "
            "annual general meeting on Wednesday 24 March 2027 at 6.30pm in the community "
            "room.",
            "Housing Officer to put the AGM notice and a call for nominations through every "
            "door by 24 February.",
        ],
        "CD",
    )
    cell_text(
        9,
        [
            "Mrs Twysden asked about the Christmas tree for the estate. The Administrator "
            "said it had been delivered and would go up on Saturday.",
            "Next meeting: Wednesday 10 February 2027, 6.30pm, in the community room.",
        ],
    )
    document.add_paragraph("The meeting closed at 8.50pm.")
    save_doc(document, TM_NAME)


def hospital_radio() -> None:
    document = new_document("Verdana", 10)
    fix_properties(document, "Committee meeting 1 December 2026", FIXED_TIME)
    page_footer(document.sections[0], "Radio Colverdale – committee minutes – page ")
    centred_bold(document, "RADIO COLVERDALE", 16)
    centred_bold(document, "The hospital radio service for Colverdale General Hospital")
    centred_bold(document, "Committee Meeting – Tuesday 1 December 2026, 7.30pm, in the studio")
    labelled(
        document,
        "Present: ",
        "Jim Trevarnon (Chair, JT), Wendy Maplestone (Secretary, WM), Kevin Askerby "
        "(Treasurer, KA), Rebecca Hollinby-Carvell (Station Manager, RHC), Dennis Rudderham "
        "(Technical, DR), Amelia Fairholme (Training, AF)",
    )
    labelled(document, "Apologies: ", "Colin Brackshaw")

    def item(title: str, *texts: str) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(title)
        run.bold = True
        run.underline = True
        paragraph.paragraph_format.space_before = Cm(0.4)
        for text in texts:
            document.add_paragraph(text)

    def action(owner: str, text: str) -> None:
        bold_then(document.add_paragraph(), f"ACTION ({owner}): ", text)

    item(
        "Welcome and apologies",
        "Jim welcomed everyone and thanked Dennis for fixing the studio heater before the "
        "meeting. Apologies from Colin, who is presenting the Tuesday request show tonight "
        "from the second studio.",
    )
    item(
        "Minutes of the last meeting",
        "The minutes of the meeting on 6 October were read. Wendy said that the "
        "collection total in item 5 should have been £318, not £381.",
        "Agreed: the minutes of 6 October were a true record, with the correction.",
    )
    item(
        "Station Manager's report",
        "Rebecca reported that the station had broadcast on 88% of evenings since October, "
        "its best figure for two years. The new Sunday afternoon golden oldies show had "
        "brought in the most requests of any show, and the ward visits to collect requests "
        "now covered eleven of the fourteen wards. The children's ward had been closed to "
        "visitors for three weeks in November because of a sickness bug, so the team had "
        "used the request cards left at the nurses' station instead.",
        "She said the hospital trust had decided that from January all volunteers on the "
        "wards would need to complete its online infection control course every year, not "
        "every three years. About half the station's members were not yet up to date. "
        "Several members found the trust's online system hard to use, and Rebecca said she "
        "would ask the voluntary services office whether a group session in the studio "
        "could be arranged.",
        "Members' thoughts:",
    )
    bullets(
        document,
        [
            "the ward visits were the heart of the station and more members should be "
            "encouraged to do them, not just the presenters;",
            "the Sunday show should be repeated on a weekday evening, as many patients were "
            "discharged before Sunday;",
            "the station should ask the wards for feedback from patients, which would help "
            "with grant applications;",
            "younger volunteers found the studio equipment old-fashioned, which did not help "
            "to keep them.",
        ],
    )
    item(
        "Treasurer's report",
        "Kevin reported that the station had £6,742 in the current account and £4,100 in "
        "the savings account. The collection at the supermarket in October had raised £612, "
        "and the craft fair stall £318. The music licence had been renewed at £486, and the "
        "insurance at £214. Kevin said that the bank's new charges for charity accounts "
        "started in February and would cost about £8 a month.",
        "The committee agreed to move the accounts to a bank that does not charge "
        "charities, once two quotes had been compared.",
    )
    action("KA", "Get details of two charity bank accounts and bring them to the next meeting.")
    item(
        "Studio equipment",
        "Dennis reported that the main studio's mixing desk was 17 years old and that two "
        "of its channels no longer worked. He had found a second-hand digital desk from a "
        "community radio station that was closing, for £1,150, which would also let the "
        "station play music from a computer rather than CDs. A new desk would cost about "
        "£3,800. He said the second-hand desk had been looked after well and came with a "
        "three-month guarantee from the dealer.",
        "Amelia asked whether members would need training on the new desk. Dennis said it "
        "was simpler than the old one, and that he would expect most presenters to pick it "
        "up in one session.",
        "The committee agreed to buy the second-hand digital mixing desk for up to £1,150 "
        "from the station's reserves.",
    )
    action(
        "DR",
        "Collect the desk, install it in the main studio and run training sessions for "
        "presenters in January.",
    )
    item(
        "Membership and training",
        "Amelia reported that the station had 38 members, of whom 26 were active. Three new "
        "volunteers had started training in October, two of them students from the college's "
        "media course. The training course had been shortened to six evenings, and she was "
        "updating the handbook. Wendy said that the open evening in September had been the "
        "most successful recruitment event the station had run.",
        "Kevin will print 200 new recruitment leaflets with the updated contact details.",
    )
    item(
        "Christmas programme",
        "Rebecca outlined the Christmas programme. The carol service from the hospital "
        "chapel would be broadcast live on 20 December, and members would sing carols on "
        "the wards on 23 December. The station would broadcast from 7am to 11pm on Christmas "
        "Day, with presenters taking two-hour shifts. Jim thanked everyone who had "
        "volunteered for Christmas Day shifts.",
    )
    item(
        "Date of next meeting",
        "Tuesday 2 February 2027, 7.30pm, in the studio.",
    )
    document.add_paragraph("Meeting closed 9.25pm.")
    save_doc(document, HR_NAME)


def main() -> None:
    football_league()
    education_standards()
    tenant_management()
    hospital_radio()


if __name__ == "__main__":
    main()
