"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_37/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h37-docx-academy-trust-remuneration-committee: a multi-academy trust's remuneration
  committee; "Heading 2" items with typed `RC26/nn` references; bold "RECOMMENDED to the
  Board of Trustees that:" over two "List Number" entries lettered (a), (b) by a Word list;
  a pay award table; "Trustees' questions:" "List Bullet" points; the Government's and the
  National Joint Council's decisions reported; "Page n of m" footer.
- h37-docx-sheltered-housing-tenants-association: a sheltered housing scheme's tenants'
  association committee; "Heading 2" items numbered "Item 1:" … by a Word list (not in the
  text); "Agreed:" and "The committee agreed"; "Concerns raised by committee members:"
  "List Bullet" points; the housing association's decision reported; an action table at the
  end and no undertakings in the body.
- h37-docx-pony-club-branch-committee: a pony club branch committee; unnumbered "Heading 3"
  items in capitals; a rally dates table; "Committee comments:" "List Bullet 2" points;
  italic "Agreed:" lines; "Action – Name – …" paragraphs; the area's decision reported;
  PAGE footer.
- h37-docx-community-first-responders-committee: a community first responders group's
  committee; the minutes as one four-column table (No. / Discussion / Decision / Action),
  "List Bullet" points in a Discussion cell, "–" in empty cells; the ambulance trust's
  decision reported.
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

FIXED_TIME = dt.datetime(2026, 12, 16, 10, 0, 0, tzinfo=dt.UTC)

RC_NAME = "h37-docx-academy-trust-remuneration-committee"
SH_NAME = "h37-docx-sheltered-housing-tenants-association"
PC_NAME = "h37-docx-pony-club-branch-committee"
FR_NAME = "h37-docx-community-first-responders-committee"


def save_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def remuneration_committee() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Remuneration Committee 24 November 2026", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    page_x_of_y(footer, "Orrinshaw Schools Trust – Remuneration Committee – CONFIDENTIAL – Page ")
    title_line(document, "Orrinshaw Schools Trust", 16)
    title_line(document, "Remuneration Committee – Minutes", 13)
    document.add_paragraph("Tuesday 24 November 2026 at 5.30pm, held online by video call")
    labelled(
        document,
        "Trustees: ",
        "Mr Gareth Pennycott (Chair), Mrs Linda Sowerlinch, Dr Rashid Kelbourne",
    )
    labelled(
        document,
        "In attendance: ",
        "Mrs Carol Dunsmere (HR Director), Mr Philip Ashbrooke (Chief Financial Officer, CFO), "
        "Ms Yvonne Tallowfoot (Governance Professional, Clerk). The Chief Executive Officer "
        "(CEO), Mrs Sarah Redvers-Poltrue, attended for items RC26/10 to RC26/13 and left before "
        "item RC26/14.",
    )
    labelled(document, "Apologies: ", "None.")
    letters = add_list(
        document,
        list_level(0, "(%1)", "lowerLetter", indent=720, style_id="ListNumber"),
    )

    def item(title: str, *texts: str) -> None:
        document.add_heading(title, level=2)
        for text in texts:
            document.add_paragraph(text)

    item(
        "RC26/10  Welcome, apologies and declarations of interest",
        "The Chair welcomed members. All members of the Committee were present. No trustee "
        "declared an interest. The HR Director and the CFO declared that they would be "
        "affected by the pay award discussed under item RC26/12, and took no part in the "
        "Committee's consideration of it beyond answering questions.",
    )
    item(
        "RC26/11  Minutes of the meeting on 8 July 2026 and matters arising",
        "The Committee approved the minutes of the meeting on 8 July 2026 as a correct record.",
        "Matters arising: the benchmarking of senior pay requested in July was on the "
        "agenda (item RC26/14). The revised appraisal policy had been adopted by the Board in "
        "September.",
    )
    item(
        "RC26/12  Teachers' pay award 2026",
        "The HR Director reported that the goverment had accepted the School Teachers' "
        "Review Body's recommendation of a 4% increase to all teachers' pay scales and "
        "allowances from 1 September 2026, and had announced it in July. The Department for "
        "Education would pay a grant to cover part of the cost, but the trust's own "
        "modelling showed that the grant covered only about 1.4% of the 4%.",
        "The CFO said that the unfunded part of the award would cost the trust about "
        "£312,000 in a full year across its seven schools, and about £182,000 in the "
        "current financial year. The budget approved in July had assumed a 3% award, so "
        "the shortfall this year was about £46,000, which could be met from the central "
        "reserve without cuts to schools' budgets.",
        "The trust's pay policy says that the trust will normally follow the national pay "
        "award for teachers. The HR Director advised that the unions had been consulted and "
        "expected the award to be applied in full and backdated to September.",
    )
    award = add_table(
        document,
        [
            ("Pay range", "2025/26 minimum", "2026/27 minimum", "Increase"),
            ("Main pay range (M1)", "£32,916", "£34,233", "4.0%"),
            ("Upper pay range (U1)", "£47,472", "£49,371", "4.0%"),
            ("Leading practitioner (min.)", "£52,300", "£54,392", "4.0%"),
            ("Leadership group (L1)", "£54,741", "£56,931", "4.0%"),
        ],
    )
    bold_header_row(award, "E2EFDA")
    set_widths(award, (6.0, 3.2, 3.2, 2.2))
    document.add_paragraph("Trustees' questions:")
    bullets(
        document,
        [
            "Mrs Sowerlinch asked whether the trust could afford the award in future years "
            "without cuts. The CFO said that the three-year forecast would be brought to the "
            "Finance Committee in March, and that the position was tight but manageable.",
            "Dr Kelbourne asked whether any school would be unable to meet its share. The "
            "CFO said that one small primary school would run a deficit and would need "
            "support from the central reserve.",
            "The Chair asked whether support staff had been told that their award was "
            "separate. The HR Director said that a note had gone to all staff in October.",
        ],
    )
    bold_then(document.add_paragraph(), "RECOMMENDED ", "to the Board of Trustees that:")
    for text in [
        "the 2026 teachers' pay award be applied in full to all teachers employed by the "
        "trust, backdated to 1 September 2026; and",
        "the part of the cost not met by the grant in 2026/27 be met from the central reserve.",
    ]:
        set_numbering(document.add_paragraph(text, style="List Number"), letters, 0)
    bold_then(
        document.add_paragraph(),
        "ACTION: ",
        "HR Director to ask the payroll provider to apply the award in the December payroll.",
    )
    item(
        "RC26/13  Support staff pay award",
        "The HR Director reported that the National Joint Council had agreed a pay award for "
        "support staff of 3.2% from 1 April 2026, and that it had been paid with arrears in "
        "the October payroll, as the trust's policy requires. She said that the award was "
        "smaller than the teachers' award, and that some teaching assistants had asked why.",
        "The Committee noted the support staff pay award and the way it had been applied.",
    )
    item(
        "RC26/14  Chief Executive Officer's performance review and pay",
        "The CEO left the meeting for this item.",
        "The Chair reported on the CEO's performance review, which he and the Vice-Chair of "
        "the Board had carried out on 4 November with the support of an external adviser. "
        "The CEO had met four of her five objectives for 2025/26, including the successful "
        "transfer of Ledwick Primary into the trust and a rise in key stage 2 results across "
        "the trust. The fifth objective, on the central services restructure, had been "
        "delayed by the change of finance system and would be carried forward.",
        "The HR Director presented the benchmarking of the CEO's salary against trusts of "
        "a similar size, which placed it slightly below the median. The HR Director "
        "reminded trustees that the Department for Education expects trusts to justify any senior pay rise above the "
        "rise for teachers.",
        "The Committee approved an increase of 4% in the CEO's salary from 1 September "
        "2026, in line with the teachers' pay award, and no further increase.",
    )
    item(
        "RC26/15  Pay policy review",
        "The HR Director presented the trust's pay policy with the changes needed for the new "
        "pay scales and a new section on flexible working. She said that it now described "
        "the appeals process more clearly. The policy had been shared with the unions, who "
        "had no arguement with the changes.",
        "The Committee agreed the revised pay policy and asked that it go to the Board for "
        "adoption in December.",
        "The CFO will update the pay scales in the budget model once the policy is adopted.",
    )
    item(
        "RC26/16  Date of next meeting",
        "Tuesday 13 July 2027 at 5.30pm, online.",
        "Clerk to circulate the confidential minute of item RC26/14 to the Chair only.",
    )
    document.add_paragraph("The meeting closed at 6.40pm.")
    save_doc(document, RC_NAME)


def sheltered_housing() -> None:
    document = new_document("Calibri", 12)
    fix_properties(document, "Tenants' Association committee 2 December 2026", FIXED_TIME)
    centred_bold(document, "MEADOWBRAE COURT TENANTS' ASSOCIATION", 15)
    centred_bold(document, "Committee meeting – Wednesday 2 December 2026, 2pm, in the lounge")
    labelled(
        document,
        "Present: ",
        "Joan Whitterley (Chair), Bernard Oakwardine (Secretary), Maureen Elsmaw (Treasurer), "
        "Stanley Kerriwell, Violet Amplecott-Brayne, Roy Dunnicliffe",
    )
    labelled(
        document,
        "Also present: ",
        "Mrs Tanya Bellcroft, Scheme Manager (for items 3 and 4)",
    )
    labelled(document, "Apologies: ", "Edna Coppersmith (in hospital – get well card sent)")
    numbers = add_list(
        document, list_level(0, "Item %1:", indent=1134, hanging=1134, style_id="Heading2")
    )

    def item(title: str, *texts: str) -> None:
        heading = document.add_heading(title, level=2)
        set_numbering(heading, numbers, 0)
        for text in texts:
            document.add_paragraph(text)

    item(
        "Welcome and apologies",
        "Joan welcomed everyone and said how sorry everyone was to hear that Edna had had a "
        "fall. A card had been signed by the residents and sent to her on the ward. Joan "
        "reminded the committee that the lounge was booked for the Christmas lunch on 17 "
        "December, so the January meeting would be in the small room.",
    )
    item(
        "Minutes of the last meeting",
        "Bernard read the minutes of the meeting on 7 October. Roy said that the lift had "
        "been out of order for nine days, not seven as the minutes said.",
        "Agreed: the minutes of 7 October were correct, with that change.",
    )
    item(
        "Scheme Manager's report",
        "Mrs Bellcroft reported that two flats had been let since October and that one was "
        "empty and being redecorated. The fire alarm system had been tested and the annual "
        "fire drill would be in January. The housing association had decided to replace the "
        "warden call system in all its sheltered schemes with a new digital system by the "
        "end of 2027, because the old telephone lines were being switched off. Meadowbrae "
        "Court would be one of the first schemes to have it, in the spring.",
        "She said that the new system would have a pendant that works anywhere in the "
        "building and the garden, and that every resident would be visited at home to have "
        "it explained. Several members said that residents were worried about the change.",
        "Concerns raised by committee members:",
    )
    bullets(
        document,
        [
            "some residents did not understand what was happening to the phone lines and "
            "were frightened that they would be left without any way to call for help;",
            "the new pendants must be tested in the flats at the far end of the building, "
            "where mobile signals are poor;",
            "residents with hearing aids needed to be able to hear the speaker units, "
            "which was a problem with the old system too;",
            "the association should be told the installation dates well in advance, so "
            "that family members could be there if residents wanted them.",
        ],
    )
    document.add_paragraph(
        "Mrs Bellcroft said that the project team already had a list of residents' "
        "questions, and that a drop-in session was planned before the work started."
    )
    item(
        "Service charges",
        "Mrs Bellcroft explained the estimate of service charges for 2027/28. The housing "
        "association's board had decided to increase service charges at its sheltered "
        "schemes by an average of 6.1%, mainly because of the cost of electricity for the "
        "communal areas and the new cleaning contract. At Meadowbrae Court the increase "
        "would be £2.85 a week. Residents on Housing Benefit would have most of the increase "
        "covered, but about a third of residents paid their own charges.",
        "Stanley said that the communal lights in the corridors were on all night, every "
        "night, and that motion sensors would save money. Maureen said that the residents "
        "were being asked to pay more for a cleaning contract that was worse than the old "
        "one, as the cleaners now came three days a week instead of five.",
        "The committee agreed to write to the housing association asking for a breakdown of "
        "the electricity costs and for motion sensors to be fitted in the corridors.",
    )
    item(
        "Treasurer's report",
        "Maureen reported that the association had £1,142.60 in the bank and £58.20 in "
        "the petty cash tin. The bingo had raised £96 since October and the raffle at the "
        "harvest supper £74. The Christmas lunch would cost £14 a head from the caterer; "
        "residents would be asked to pay £8 and the association would pay the rest, as in "
        "previous years.",
        "The committee agreed to pay £6 a head towards the Christmas lunch for each "
        "resident who attends, up to a total of £250.",
    )
    item(
        "Garden and outings",
        "Roy reported that the raised beds had done well this year and that the tomatoes "
        "had been the best yet. The bench by the pond was rotten and needed replacing. "
        "Violet suggested a summer outing to the seaside by coach, which had not happened "
        "since before the pandemic. A coach with a lift would cost about £450 for the day.",
        "The committee agreed to plan a coach outing for June 2027, to be paid for partly "
        "by residents and partly from the association's funds, and to apply to the housing "
        "association's community fund for the rest.",
    )
    item(
        "Any other business",
        "Violet said that the hairdresser who visits on Thursdays is retiring at Easter. "
        "Bernard said that the letters to the housing association should go out before "
        "Christmas, as their offices close for a week.",
    )
    item("Date of next meeting", "Wednesday 6 January 2027, 2pm, in the small room.")
    document.add_paragraph("Meeting closed at 3.35pm, followed by tea.")
    title_line(document, "Actions", 12)
    actions = add_table(
        document,
        [
            ("What", "Who", "When"),
            (
                "Write to the housing association about electricity costs and sensors",
                "Bernard",
                "18 December",
            ),
            (
                "Book the caterer for the Christmas lunch and collect the money",
                "Maureen",
                "10 December",
            ),
            ("Get a price for a new bench by the pond", "Roy", "January meeting"),
            ("Apply to the community fund for the summer outing", "Joan and Violet", "31 January"),
        ],
    )
    repeat_header_row(actions)
    set_widths(actions, (10.0, 3.5, 3.0))
    save_doc(document, SH_NAME)


def pony_club() -> None:
    document = new_document("Georgia", 11)
    fix_properties(document, "Branch committee 30 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "Thornwade Vale Branch – committee minutes – ")
    centred_bold(document, "THE PONY CLUB – THORNWADE VALE BRANCH", 14)
    centred_bold(document, "Minutes of the Branch Committee Meeting")
    document.add_paragraph(
        "Monday 30 November 2026 at 7.30pm at Fellbrook Farm (by kind permission of the "
        "District Commissioner)"
    )
    labelled(
        document,
        "Present: ",
        "Mrs Philippa Ravensmede-Halsey (District Commissioner, DC), Mrs Kate Ambleford-Luskett "
        "(Secretary), Mr Andrew Tolhaven (Treasurer), Mrs Emma Stellingmoor (Chief "
        "Instructor), Mrs Nicola Brackenwade (Camps), Mrs Rachel Ingolwick, Mr Joe Pardywick",
    )
    labelled(document, "Apologies: ", "Mrs Sally Wintershay")

    def item(title: str, *texts: str) -> None:
        document.add_heading(title, level=3)
        for text in texts:
            document.add_paragraph(text)

    def agreed(text: str) -> None:
        paragraph = document.add_paragraph()
        label = paragraph.add_run("Agreed: ")
        label.italic = True
        label.bold = True
        paragraph.add_run(text).italic = True

    def action(owner: str, text: str) -> None:
        bold_then(document.add_paragraph(), f"Action – {owner} – ", text)

    item(
        "APOLOGIES",
        "Apologies were received from Sally Wintershay. The DC thanked Andrew for his "
        "years of work on the accounts, as he had said he would step down at the AGM.",
    )
    item(
        "MINUTES OF THE LAST MEETING",
        "Kate read the minutes of the meeting on 21 September.",
    )
    agreed("the minutes of 21 September 2026 are a correct record.")
    item(
        "TREASURER'S REPORT",
        "Andrew reported a balance of £9,412 in the current account. Summer camp had made "
        "a surplus of £1,130, after paying for the hire of the cross-country course and the "
        "instructors' expenses. The branch had paid the area its capitation for 84 members. "
        "The insurance provided through the Pony Club covered all rallies, but the branch "
        "still needed its own cover for the hire of the arena at Lodmarsh Equestrian Centre.",
        "He said that the branch could afford to keep rally fees at the same level for "
        "another year, but that the cost of hiring venues had risen by about 10%.",
    )
    agreed("to keep the rally fees for 2027 at £25 for a full day and £15 for a half day.")
    item(
        "WINTER RALLIES AND TRAINING",
        "Emma presented the programme of winter rallies. There would be four indoor rallies "
        "between January and March, and two stable management days in the DC's barn. She "
        "said that numbers at the last two rallies had been lower than usual, partly because "
        "of the weather and partly because several of the older members were busy with "
        "exams.",
    )
    rallies = add_table(
        document,
        [
            ("Date", "Rally", "Venue"),
            ("Sun 10 January", "Indoor flatwork – all levels", "Lodmarsh Equestrian Centre"),
            ("Sat 23 January", "Stable management (D and C tests)", "Fellbrook Farm"),
            ("Sun 7 February", "Indoor jumping – C and above", "Lodmarsh Equestrian Centre"),
            ("Sat 20 February", "Stable management (C+ and B tests)", "Fellbrook Farm"),
            ("Sun 7 March", "Pole work and gymnastics", "Lodmarsh Equestrian Centre"),
            ("Sun 21 March", "Indoor jumping – all levels", "Lodmarsh Equestrian Centre"),
        ],
    )
    bold_header_row(rallies, "FCE4D6")
    set_widths(rallies, (3.5, 7.0, 5.5))
    document.add_paragraph("Committee comments:")
    for text in [
        "the stable management days should be offered to non-riding members too, as "
        "they often feel left out;",
        "the younger riders would benefit from a separate rally, as they find it hard "
        "to keep up with the older ones;",
        "the branch should ask parents to help with lifts, as some members had missed "
        "rallies because they had no transport for their ponies.",
    ]:
        document.add_paragraph(text, style="List Bullet 2")
    action("Emma", "send the rally programme to all members and put it on the website.")
    item(
        "AREA COMPETITIONS",
        "Kate reported that the Area had decided to hold the area dressage and show jumping "
        "qualifiers at Quarlesford in July, rather than at three separate venues as in past "
        "years. This would mean a longer journey for the branch's members. The branch had "
        "been asked to provide two stewards for the show jumping day.",
        "Joe said that the branch had done well this year, with teams qualifying for the "
        "championships in both tetrathlon and mounted games, and that the members deserved "
        "to be congratulated. The DC said the results were already in her newsletter.",
    )
    action("Kate", "tell the Area which two stewards the branch will provide by 31 January.")
    item(
        "SUMMER CAMP 2027",
        "Nicola reported that Fellbrook Farm was available for camp in the first week of "
        "August again. The number of campers had been limited to 36 last year because of the "
        "stabling, and there had been a waiting list of eleven. The nearby riding school had "
        "offered the use of twelve extra stables at £15 a night each.",
    )
    document.add_paragraph(
        "The committee agreed to hold summer camp at Fellbrook Farm from 2 to 6 August "
        "2027 and to hire the twelve extra stables."
    )
    action("Nicola", "book the instructors for camp and confirm the extra stables.")
    item(
        "SAFEGUARDING",
        "The DC reminded the committee that all adults who help at rallies and camp must "
        "have an up-to-date DBS check and safeguarding training, as the Pony Club requires. "
        "Two helpers from last year's camp were not yet up to date. Rachel said that the "
        "branch's safeguarding officer had the list and was contacting them.",
    )
    item(
        "ANY OTHER BUSINESS",
        "Rachel asked whether the branch would hold a Christmas party this year. The DC "
        "said that the party was booked for Saturday 19 December at the village hall, with "
        "a visit from a pony in a Santa hat.",
    )
    item(
        "DATE OF NEXT MEETING",
        "Monday 1 March 2027 at 7.30pm at Fellbrook Farm.",
    )
    save_doc(document, PC_NAME)


def first_responders() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "CFR committee 8 December 2026", FIXED_TIME)
    page_footer(document.sections[0], "Saltmere & Dewby Community First Responders – ")
    title_line(document, "Saltmere & Dewby Community First Responders", 14)
    title_line(document, "Committee meeting – minutes", 12)
    document.add_paragraph("Tuesday 8 December 2026, 7pm, Dewby Village Hall (small room)")
    labelled(
        document,
        "Present: ",
        "Rachel Thornbrake (Team Leader, RT), Alan Fallweather-Mose (Treasurer, AFM), "
        "Priya Gosbrook (Secretary, PG), Callum Hebbleday (Equipment, CH), Deborah Lanvoe (DL), "
        "Ivor Pennamore-Wraysley (Fundraising, IPW)",
    )
    labelled(
        document,
        "In attendance: ",
        "Mr Marcus Dellowby, Community Response Manager, ambulance service (item 3)",
    )
    labelled(document, "Apologies: ", "Tom Ruddlesby")
    rows: list[tuple[str, str, str, str]] = [
        ("No.", "Discussion", "Decision", "Action"),
        (
            "1",
            "Welcome and apologies. Rachel welcomed Marcus Dellowby. Apologies from Tom.",
            "–",
            "–",
        ),
        ("2", "", "", "–"),
        ("3", "", "", ""),
        ("4", "", "", ""),
        ("5", "", "", ""),
        ("6", "", "–", ""),
        ("7", "", "", "–"),
        ("8", "Date of next meeting: Tuesday 9 February 2027, 7pm, Dewby Village Hall.", "–", "–"),
    ]
    table = add_table(document, rows)
    repeat_header_row(table)
    bold_header_row(table, "DDEBF7")
    set_widths(table, (1.0, 9.0, 3.5, 3.0))

    def cell(row: int, column: int, paragraphs: list[str]) -> None:
        target = table.rows[row].cells[column]
        target.paragraphs[0].text = paragraphs[0]
        for text in paragraphs[1:]:
            target.add_paragraph(text)

    cell(
        2,
        1,
        [
            "Minutes of 13 October. Priya said that the minutes were on the shared drive. "
            "Nobody had any corrections.",
        ],
    )
    cell(2, 2, ["The committee approved the minutes of 13 October 2026."])
    cell(
        3,
        1,
        [
            "Ambulance service update. Marcus Dellowby reported that the ambulance service had "
            "decided to change the way responders are dispatched from January, so that "
            "responders would be sent only to the most serious calls (cardiac arrests, choking "
            "and breathing problems) and not to falls. He explained that the change followed a "
            "national review, and that the ambulance service would set up a separate falls "
            "response with its own vehicles.",
            "The team had attended 214 calls in the year to November, 61 of them falls. "
            "Responders had been first on scene at 148 calls, with an average response time of "
            "7 minutes, and had used the defibrillator four times.",
            "Responders' comments:",
        ],
    )
    target = table.rows[3].cells[1]
    for text in [
        "several responders had joined mainly to help elderly people who had fallen, and "
        "might leave if they were no longer sent to falls;",
        "the falls vehicles would be based in the town, 14 miles away, and elderly people "
        "in the villages could wait hours on the floor;",
        "the team should keep its lifting cushion in case the rules changed again.",
    ]:
        target.add_paragraph(text, style="List Bullet")
    cell(3, 2, ["The committee noted the ambulance service's update."])
    cell(
        3,
        3,
        ["Rachel to write to the ambulance service setting out the team's concerns about falls."],
    )
    cell(
        4,
        1,
        [
            "Treasurer's report. Alan reported £5,806 in the account. The parish councils had "
            "each given £250 again, and the Co-op community fund had given £600. The team's "
            "annual costs were about £2,300, mainly the phone contract, fuel and replacement "
            "pads. The second defibrillator's battery was due to be replaced in February.",
            "He said that the team was in a good position, but that the phone contract would "
            "rise in April and that the team should not rely on the same grants every year. "
            "Ivor asked whether the team could claim Gift Aid on donations. Alan said that "
            "the team was not a registered charity, so it could not.",
        ],
    )
    cell(4, 2, ["The committee agreed the accounts for the year to 30 November 2026."])
    cell(4, 3, ["Alan to order the new defibrillator battery before the end of January."])
    cell(
        5,
        1,
        [
            "Equipment. Callum reported that the oxygen cylinders had been checked, and that "
            "one of the kit bags had a broken zip. The public access defibrillator at the "
            "Saltmere phone box had been found with its cabinet door open twice in November. "
            "He recommended a new lockable cabinet, at about £520.",
        ],
    )
    cell(
        5,
        2,
        ["The committee agreed to buy a new lockable cabinet for the Saltmere defibrillator."],
    )
    cell(5, 3, ["Callum will order the cabinet and arrange for it to be fitted."])
    cell(
        6,
        1,
        [
            "Recruitment and training. Priya reported that two new volunteers had completed "
            "the ambulance service's training and would start going on call in January. The "
            "team now had nine active responders. The rota still had gaps on weekday "
            "afternoons.",
            "Deborah said that most of the gaps were because the responders who work in the "
            "town could not get back in time, and that retired people made some of the best "
            "responders, as they were at home in the daytime. She had spoken to the "
            "walking group and the bowls club, and three people had asked for more "
            "information. Callum added that new responders took about three months from "
            "applying to going on call, because of the checks and the training days.",
        ],
    )
    cell(6, 3, ["Priya to put an advert for new responders in both parish magazines."])
    cell(
        7,
        1,
        [
            "Fundraising. Ivor reported that the quiz night had raised £412. He suggested a "
            "CPR awareness evening in the spring, which had worked well in other villages.",
            "He explained that the evenings were usually run by a responder and a trainer "
            "from the ambulance service, lasted about two hours and taught people how to do "
            "chest compressions and use a public access defibrillator. In one village the "
            "evening had drawn over 60 people, and several had later signed up as "
            "responders. The hall would charge £30 for the evening, and the ambulance "
            "service would lend the training manikins free of charge.",
        ],
    )
    cell(7, 2, ["The committee agreed to hold a free CPR awareness evening in April 2027."])
    document.add_paragraph("Meeting closed 8.45pm.")
    save_doc(document, FR_NAME)


def main() -> None:
    remuneration_committee()
    sheltered_housing()
    pony_club()
    first_responders()


if __name__ == "__main__":
    main()
