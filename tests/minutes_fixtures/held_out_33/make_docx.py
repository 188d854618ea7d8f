"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_33/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h33-docx-police-independent-advisory-group: a police force's strategic independent advisory
  group; items are bold Normal paragraphs with a typed reference and a tab ("IAG/26/19<tab>
  Title"); "Members' observations:" "List Bullet" points; "The group agreed" and "Agreed –";
  the force's, the commissioner's and the inspectorate's decisions reported; every task in an
  action table with an "Action by" column after the last item.
- h33-docx-academy-trust-members-meeting: a multi-academy trust's annual meeting of members;
  "Heading 1" items numbered "Item 1." … by a Word list; "Members' questions:" "List Bullet 2"
  points; "RESOLVED:" with typed (a)–(c) paragraphs; a deferral; "to" and "will" actions;
  the Department for Education's decision and Ofsted's judgement reported; PAGE footer.
- h33-docx-table-tennis-club-committee: a table tennis club's committee; items are Normal
  paragraphs whose first run is a bold run-in title ("3. Treasurer's report. ") followed by
  the text; "Players' comments:" "List Bullet" points; "Agreed –" lines; tasks with a
  right-hand "Action: XX"; the county league's decision reported.
- h33-docx-young-farmers-club-committee: a young farmers' club's committee; the minutes in one
  Minute / Notes / Action by table; "Members said:" "List Bullet" paragraphs in a cell; "It was
  agreed that"; owners in the Action by column beside "to" sentences; the county federation's
  decision reported; "Page n of m" footer.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
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
    save_deterministic,
    set_numbering,
    set_widths,
    title_line,
)

FIXED_TIME = dt.datetime(2026, 12, 9, 10, 15, 0, tzinfo=dt.UTC)

IAG_NAME = "h33-docx-police-independent-advisory-group"
AT_NAME = "h33-docx-academy-trust-members-meeting"
TT_NAME = "h33-docx-table-tennis-club-committee"
YF_NAME = "h33-docx-young-farmers-club-committee"


def save_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def advisory_group() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Strategic IAG minutes 19 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "OFFICIAL – Strategic IAG minutes – page ")
    title_line(document, "Kestmoor and Wendridge Police", 14)
    title_line(document, "Strategic Independent Advisory Group", 12)
    document.add_paragraph(
        "Minutes of the meeting held on Thursday 19 November 2026, 6pm to 8.20pm, at "
        "Ingleborne Road Police Station, conference room, and online"
    )
    labelled(
        document,
        "Members: ",
        "Mrs Ayodele Farnsworth-Quarmbey (Chair), Mr Tancred Grennell (Vice-Chair), Ms Saoirse "
        "Mulcaster, Mr Hardeep Chaddleworth, Pastor Emmanuel Okwara-Lynd, Ms Rhiannon "
        "Vellister, Mr Yusuf Abernethwy-Kane, Ms Domenica Stourbridge-Hatt",
    )
    labelled(
        document,
        "Police: ",
        "Assistant Chief Constable Gideon Marlcott-Tillery (ACC), Superintendent Lakshmi "
        "Redcastle (Head of Neighbourhood Policing), Chief Inspector Conall Brightwillow "
        "(Stop and Search Lead), Mrs Winifred Haskett (IAG Co-ordinator, minutes)",
    )
    labelled(document, "Apologies: ", "Mr Anatole Quarlton, Ms Benedicta Underholt-Mossgrave")

    def item(ref: str, title: str, *texts: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{ref}\t{title}").bold = True
        for text in texts:
            document.add_paragraph(text)

    item(
        "IAG/26/19",
        "Welcome, apologies and confidentiality",
        "The Chair welcomed members and officers. Apologies as above. The Chair reminded "
        "members that the discussion of operational matters under IAG/26/23 was confidential "
        "and that the group's advice would be published only in summary.",
    )
    item(
        "IAG/26/20",
        "Minutes and matters arising",
        "Agreed – the minutes of the meeting held on 17 September 2026 are an accurate record.",
        "Matters arising: the force had replied in writing to the group's advice on the "
        "dispersal order in the town centre; the community impact assessment template had "
        "been shared with members; the visit to the custody suite had taken place on 12 "
        "October and a note had been circulated.",
    )
    item(
        "IAG/26/21",
        "Stop and search – quarterly data and scrutiny",
        "Chief Inspector Brightwillow presented the data for July to September. Officers had "
        "carried out 1,284 searches, 9% fewer than in the previous quarter. The find rate "
        "was 31%. Black people were searched at 4.1 times the rate of White people, down "
        "from 4.6 a year earlier, and people of mixed ethnicity at 2.3 times. Searches "
        "under section 60 had been authorised twice, both after stabbings in the night-time "
        "economy. Body-worn video had been switched on in 94% of searches.",
        "Mr Chaddleworth asked why the disproportionality for Black people remained so "
        "high when the overall number of searches had fallen. The Chief Inspector said that "
        "much of it came from searches for drugs on the basis of smell alone, and that the "
        "force had decided in October that smell alone would no longer be enough grounds "
        "for a search. Ms Mulcaster asked how many complaints had come from searches; he "
        "said eleven, three of which had been upheld.",
        "Members' observations:",
    )
    bullets(
        document,
        [
            "the change on smell alone is welcome, but the group would like to see its "
            "effect in the next quarter's figures before drawing conclusions;",
            "members of the community scrutiny panel who watch body-worn video say that "
            "the manner of the search matters as much as the grounds, and that some "
            "officers still do not explain why a person has been stopped;",
            "the data should be broken down by age as well as ethnicity, as many of the "
            "people searched are children;",
            "the two section 60 authorisations were understandable, but the force should "
            "tell the community what was found and why the power was needed.",
        ],
    )
    document.add_paragraph(
        "The group agreed to ask the force to publish the stop and search data by age and "
        "ethnicity each quarter, and to give a summary of the outcome of each section 60 "
        "authorisation on its website."
    )
    item(
        "IAG/26/22",
        "Neighbourhood policing review",
        "Superintendent Redcastle outlined the review of neighbourhood policing. The Police "
        "and Crime Commissioner had decided, in setting the budget for 2026/27, to protect "
        "the number of police community support officers, but the force was reviewing the "
        "shape of neighbourhood teams because of the pressure on response officers. Options "
        "included merging some smaller teams and moving to shared bases with the fire and "
        "rescue service. She said the force wanted the group's views before any proposal "
        "went to the chief officer group in January.",
        "Pastor Okwara-Lynd said that trust in some communities depended on knowing the "
        "local officers by name and that merging teams would lose that. Ms Vellister asked "
        "whether residents would be consulted; the Superintendent said there would be a "
        "public survey in the spring.",
        "Agreed – the group will hold a workshop on the neighbourhood policing review "
        "before the chief officer group meets in January.",
    )
    item(
        "IAG/26/23",
        "Community impact – recent operations (confidential)",
        "The ACC briefed members on the community impact of two recent operations. The "
        "details are recorded in a confidential annex. Members gave their advice, which has "
        "been recorded in the annex and passed to the senior investigating officers.",
    )
    item(
        "IAG/26/24",
        "Inspection report",
        "The ACC reported on the findings of His Majesty's Inspectorate of Constabulary "
        "and Fire and Rescue Services after its inspection in the summer. The inspectorate "
        "had graded the force adequate for treating the public fairly and requires "
        "improvement for engaging with the public, and had found that the force did not "
        "always record the reasons for using force. The force's improvement plan would come "
        "to the group in March.",
        "Mr Abernethwy-Kane said that the finding on engagement matched what members heard "
        "in their own communities. The ACC said he accepted the finding and would welcome "
        "the group's help with the plan.",
    )
    item(
        "IAG/26/25",
        "Membership and recruitment",
        "The IAG Co-ordinator reported that two members had stood down during the year and "
        "that the group had no members under 25, no member from the Gypsy, Roma and "
        "Traveller communities and only one from the rural north of the force area. The "
        "vetting of the two new members recruited in the summer was complete.",
        "The group agreed to run a recruitment campaign in the new year aimed at young "
        "people and at the communities not represented.",
    )
    item(
        "IAG/26/26",
        "Any other business and next meeting",
        "Ms Stourbridge-Hatt thanked the force for the custody suite visit. The next meeting "
        "will be held on Thursday 21 January 2027 at 6pm.",
    )
    document.add_paragraph().add_run("Action table").bold = True
    actions = add_table(
        document,
        [
            ("No.", "Action", "Action by", "Date"),
            (
                "1",
                "Write to the force with the group's request on stop and search data and "
                "section 60 summaries (IAG/26/21)",
                "Chair / IAG Co-ordinator",
                "4 Dec",
            ),
            (
                "2",
                "Add a breakdown by age to the quarterly stop and search report",
                "CI Brightwillow",
                "Feb",
            ),
            (
                "3",
                "Arrange the neighbourhood policing workshop with members (IAG/26/22)",
                "Supt Redcastle",
                "mid-Jan",
            ),
            (
                "4",
                "Draft the recruitment campaign and share it with members (IAG/26/25)",
                "IAG Co-ordinator",
                "Jan meeting",
            ),
        ],
    )
    bold_header_row(actions, "D9D9D9")
    set_widths(actions, (1.2, 9.8, 3.2, 2.2))
    save_doc(document, IAG_NAME)


def academy_members() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Annual meeting of members 2 December 2026", FIXED_TIME)
    page_footer(document.sections[0], "", WD_ALIGN_PARAGRAPH.RIGHT)
    centred_bold(document, "Skellingmoor Vale Learning Trust", 15)
    centred_bold(document, "(a company limited by guarantee and an exempt charity)")
    centred_bold(document, "Minutes of the Annual Meeting of Members")
    document.add_paragraph(
        "Held on Wednesday 2 December 2026 at 4.30pm at the trust's central office, Unit 4, "
        "Garnetby Business Park, and by video link"
    )
    labelled(
        document,
        "Members present: ",
        "Canon Alderic Fenchwick-Mayle (Chair of Members), Mrs Roswitha Ickworth-Blane, Mr "
        "Japheth Varlingham, Dr Ngozi Halbrith-Stottard",
    )
    labelled(
        document,
        "In attendance: ",
        "Mr Cosimo Oddington (Chair of Trustees), Mrs Anwen Pellatt-Garbridge (Chief "
        "Executive Officer), Mr Hedley Dawnay (Chief Financial Officer), Ms Melisande "
        "Sowermere (Governance Professional, minutes)",
    )
    labelled(document, "Apologies: ", "Mr Lionel Brewerton (member)")
    levels = list_level(0, "Item %1.", indent=1134, style_id="Heading1", bold=True)
    numbers = add_list(document, levels)

    def item(words: str) -> None:
        set_numbering(document.add_heading(words, level=1), numbers, 0)

    item("Welcome, apologies and quorum")
    document.add_paragraph(
        "Canon Fenchwick-Mayle welcomed members and the trust's officers. Apologies were "
        "received from Mr Brewerton, who had sent his questions on the accounts in advance. "
        "Four of the five members were present and the meeting was quorate."
    )
    item("Declarations of interest")
    document.add_paragraph(
        "Dr Halbrith-Stottard declared that her husband is a teacher at one of the trust's "
        "primary schools. No other interests were declared."
    )
    item("Minutes of the meeting of members held on 4 December 2025")
    document.add_paragraph(
        "The members approved the minutes of the annual meeting held on 4 December 2025, "
        "which were signed by the Chair of Members."
    )
    item("Trustees' report and audited financial statements for 2025/26")
    document.add_paragraph(
        "The Chief Financial Officer presented the trustees' annual report and the audited "
        "financial statements for the year to 31 August 2026, approved by the board of "
        "trustees on 10 November. The trust's seven academies had income of £31.6 million "
        "and an in-year surplus of £212,000 on restricted general funds, after a deficit "
        "the year before. Free reserves stood at £1.94 million, about three weeks of "
        "running costs, which was within the trust's reserves policy. The auditors had "
        "given an unmodified opinion and their management letter had raised two low-level "
        "points on the purchase card controls at one school. The local government pension "
        "scheme now showed a small surplus rather than a deficit."
    )
    document.add_paragraph(
        "He explained that the teachers' pay award had been only partly funded, and that "
        "the trust had drawn £380,000 from central reserves to help two schools with falling "
        "rolls. Pupil numbers across the trust were 3,912, down 61 on the previous year."
    )
    document.add_paragraph("Members' questions:")
    for line in [
        "Mr Brewerton had asked in writing whether the central services charge of 5.5% "
        "was good value; the CFO said that it had been benchmarked against eleven similar "
        "trusts and was in the middle of the range;",
        "Mr Varlingham asked how long the trust could keep supporting the two schools with "
        "falling rolls; the CFO said two more years at most without a change in their "
        "staffing structures;",
        "Mrs Ickworth-Blane asked whether the surplus on restricted funds was because of "
        "unfilled posts; the Chief Executive said it was partly so, particularly in "
        "special educational needs support.",
    ]:
        document.add_paragraph(line, style="List Bullet 2")
    document.add_paragraph(
        "The members noted the trustees' report and the audited financial statements for "
        "the year ended 31 August 2026."
    )
    item("Appointment of external auditors")
    document.add_paragraph(
        "The Chair of Trustees reported that the audit and risk committee had reviewed the "
        "auditors' performance and recommended their reappointment for one more year, "
        "after which the audit would be retendered."
    )
    bold_then(
        document.add_paragraph(),
        "RESOLVED: ",
        "that Tennock Bailward LLP be reappointed as the trust's external auditors for the "
        "year ending 31 August 2027, at a fee to be agreed by the board of trustees.",
    )
    item("Appointment and reappointment of trustees")
    document.add_paragraph(
        "The Chair of Trustees presented the board's skills review and its nominations. "
        "Two trustees' terms ended on 31 December and both were willing to continue. The "
        "board needed more experience of school improvement and of human resources, "
        "and two candidates had been interviewed by the board's governance committee."
    )
    bold_then(document.add_paragraph(), "RESOLVED: ", "that")
    for text in [
        "(a) Mr Cosimo Oddington be reappointed as a trustee for four years from 1 January 2027;",
        "(b) Mrs Verity Hambleworth-Udall be appointed as a trustee for four years from 1 "
        "January 2027;",
        "(c) Mr Ozias Rushwick-Kempson be appointed as a trustee for four years from 1 "
        "January 2027, subject to satisfactory checks.",
    ]:
        document.add_paragraph(text).paragraph_format.left_indent = Cm(0.9)
    document.add_paragraph(
        "Governance Professional to file the changes of trustees with Companies House and "
        "update the register of members and trustees within 14 days."
    )
    item("Articles of association")
    document.add_paragraph(
        "The Governance Professional reported that the Department for Education had "
        "decided to publish new model articles for academy trusts in the spring, and that "
        "the trust's articles dated from 2016. Members discussed whether to adopt the "
        "interim changes proposed by the trust's solicitors now or wait for the new model."
    )
    document.add_paragraph(
        "The members agreed to defer the adoption of updated articles until the "
        "Department's new model articles have been published."
    )
    item("Chief Executive's report to members")
    document.add_paragraph(
        "Mrs Pellatt-Garbridge reported on the trust's year. Ofsted had judged Brackensett "
        "Primary Academy good in all areas in June, and Thornwarden-on-Wend Academy had "
        "come out of special measures. Key stage 2 results were above the national average "
        "at four of the five primary schools. Attendance at the secondary academy remained "
        "a concern at 90.4%. She said that two local maintained schools had asked about "
        "joining the trust, and that the board would consider the first approach in the "
        "new year."
    )
    document.add_paragraph(
        "Canon Fenchwick-Mayle asked that members be kept informed of any proposal for "
        "schools to join. The Chief Executive will send members a short briefing on the "
        "two approaches before the board's meeting in February."
    )
    item("Any other business and date of next meeting")
    document.add_paragraph(
        "Mr Varlingham said he would be stepping down as a member at the end of the school "
        "year. The Chair of Trustees to propose a process for finding a new member to the "
        "members' meeting in the summer term. The next meeting of members will be in June "
        "2027, on a date to be confirmed."
    )
    save_doc(document, AT_NAME)


def table_tennis() -> None:
    document = new_document("Tahoma", 10)
    fix_properties(document, "Committee minutes 26 November 2026", FIXED_TIME)
    title_line(document, "Cradlemere Table Tennis Club", 15)
    document.add_paragraph(
        "Minutes of the committee meeting held on Thursday 26 November 2026 at 8.30pm, "
        "after club night, in the upstairs room at the Pellworth Community Sports Hall"
    )
    labelled(
        document,
        "Present: ",
        "Graham Ostlethwaite (Chair, GO), Bronwen Tewksley-Farquier (Secretary, BTF), Yiannis "
        "Corbould (Treasurer, YC), Meera Dunstaple (League Secretary, MD), Orson Kilbreckan "
        "(Juniors, OK), Rosheen Hatherleigh (Coaching, RH)",
    )
    labelled(document, "Apologies: ", "Winston Fairoaks-Buddle")

    def item(title: str, text: str):
        paragraph = document.add_paragraph()
        paragraph.add_run(title).bold = True
        paragraph.add_run(" " + text)
        return paragraph

    def action(text: str, owner: str) -> None:
        paragraph = document.add_paragraph(f"{text}\tAction: {owner}")
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)

    item(
        "1. Apologies.",
        "Apologies were received from Winston, who is away with work. Graham welcomed "
        "Rosheen to her first meeting as coaching officer.",
    )
    item(
        "2. Minutes of the last meeting.",
        "The minutes of the meeting held on 24 September were read. Meera said that the "
        "team names in the league entries had been listed wrongly (the C team is the "
        "Cradlemere Comets, not the Cradlemere Kites).",
    )
    bold_then(
        document.add_paragraph(),
        "Agreed – ",
        "the minutes of 24 September are a correct record, with that correction.",
    )
    item(
        "3. Matters arising.",
        "The new nets and surrounds have arrived and are in use. The hall has fixed the "
        "lighting over tables 5 and 6. The safeguarding training for Orson and Rosheen is "
        "booked for January. The club website still shows the old session times; Bronwen "
        "is chasing the volunteer who looks after it.",
    )
    item(
        "4. Treasurer's report.",
        "Yiannis reported that the club had £3,412 in the bank. Table fees on club nights "
        "were bringing in about £140 a week, and the hall hire was £96 a week. League entry "
        "fees for four teams had been paid (£220). The main worry was the cost of balls: "
        "the club was getting through a box of 72 three-star balls every three weeks, at "
        "£58 a box, because the newer plastic balls break more easily than the old "
        "celluloid ones. He suggested that players in league matches bring their own "
        "practice balls on club nights and that the club keep its stock for matches.",
    )
    item(
        "5. Tables and equipment.",
        "Graham reported that two of the club's eight tables are over twenty years old, "
        "have warped tops and can no longer be used for league matches. A new competition "
        "table costs about £1,050 and a good second-hand one about £450. The sports hall "
        "manager had offered to store two more tables if the club wanted to expand, but "
        "the hall would not let the club use more than eight on club nights because of the "
        "space between courts.",
    )
    document.add_paragraph("Players' comments:")
    bullets(
        document,
        [
            "the warped tables put off beginners, who blame themselves when the ball "
            "bounces oddly, so they should be replaced rather than kept for practice;",
            "a second-hand table from a club that has closed would be good value if "
            "someone can check it first;",
            "the club should ask the regional association about grants for equipment "
            "before spending its own money.",
        ],
    )
    bold_then(
        document.add_paragraph(),
        "Agreed – ",
        "to replace the two warped tables with one new competition table and one good "
        "second-hand table, spending no more than £1,600 in total.",
    )
    action(
        "Graham to get quotes for a new table and look for a second-hand one by mid-January",
        "GO",
    )
    item(
        "6. League.",
        "Meera reported on the first half of the season in the Pellworth and District "
        "League. The A team are second in Division 1, the B team mid-table in Division 2, "
        "the Comets top of Division 4 and the D team bottom of Division 3. The league's "
        "management committee had decided at its October meeting that from next season all "
        "matches must be played with plastic balls approved by Table Tennis England, and "
        "that clubs must provide a scorer for every match. Meera said that the club had "
        "been fined £10 twice for late results and that captains needed to enter results on "
        "the league website within 48 hours.",
    )
    item(
        "7. Juniors and coaching.",
        "Orson reported that the Saturday junior session had 19 regulars, aged 8 to 16, and "
        "a waiting list of six. Two juniors had played for the county under-13 team. "
        "Rosheen said that she could run a second session on Saturday afternoons if another "
        "adult helper could be found, and that the club should consider entering a junior "
        "team in the league next season. Orson said he was not sure the juniors were ready "
        "for league matches against adults.",
    )
    bold_then(
        document.add_paragraph(),
        "Agreed – ",
        "to start a second Saturday junior session from February, if a second helper with "
        "a DBS check is available, with the fee staying at £3 a session.",
    )
    action("Rosheen to put a notice on the club board asking for a helper", "RH")
    item(
        "8. Social and fundraising.",
        "Bronwen reported that the club's Christmas doubles tournament will be on 17 "
        "December, with a buffet and a raffle. Last year's raised £265. She asked all "
        "committee members to bring a raffle prize. Yiannis suggested that the club hold a "
        "sponsored 'rally-a-thon' in the spring to raise money for the tables.",
    )
    bold_then(
        document.add_paragraph(),
        "Agreed – ",
        "to hold a sponsored rally-a-thon in March, with half the money raised going to the "
        "new tables and half to the local hospice.",
    )
    document.add_paragraph(
        "Yiannis will set up an online sponsorship page for the rally-a-thon and circulate "
        "the link to members by the end of January."
    )
    item(
        "9. Any other business and next meeting.",
        "Graham reminded the committee that the AGM will be in April and that he has said "
        "he will not stand as Chair again after five years. Meera said she would think about "
        "standing. Next committee meeting: Thursday 28 January 2027, after club night.",
    )
    save_doc(document, TT_NAME)


def young_farmers() -> None:
    document = new_document("Century Gothic", 10)
    fix_properties(document, "Club committee 1 December 2026", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer, "Harlowby Young Farmers' Club – committee minutes – Page ")
    centred_bold(document, "Harlowby Young Farmers' Club", 16)
    centred_bold(document, "Club committee meeting – minutes")
    document.add_paragraph(
        "Tuesday 1 December 2026, 8pm, the function room, Shearers' Arms, Harlowby Cross"
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Tamsin Boddingley-Revett (Chair, TBR), Callum Ettrickdale (Vice-Chair, CE), Jess "
        "Moorhampton (Secretary, JM), Owain Prythian-Lovesey (Treasurer, OPL), Freya "
        "Scutterby (Press and Social Media, FS), Harry Gillcrest (Competitions, HG), Niamh "
        "Arkenby (Club Leader), Mr Joachim Tullerton (Club Adviser)",
    )
    labelled(document, "Apologies: ", "Ellie Dunmorrow, Rhys Hetherwood")
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    header = table.rows[0].cells
    header[0].text = "Minute"
    header[1].text = "Notes"
    header[2].text = "Action by"
    bold_header_row(table, "E2EFD9")

    def row(number: str, title: str, paragraphs: list[tuple[str, str]], owner: str = ""):
        cells = table.add_row().cells
        cells[0].text = number
        first = cells[1].paragraphs[0]
        first.add_run(title).bold = True
        for style, text in paragraphs:
            cells[1].add_paragraph(text, style=style)
        cells[2].text = owner

    normal = "Normal"
    bullet = "List Bullet"
    row(
        "1",
        "Welcome and apologies",
        [
            (
                normal,
                "Tamsin welcomed everyone and thanked the Shearers' Arms for the room. Apologies "
                "from Ellie (lambing course) and Rhys (milking).",
            )
        ],
    )
    row(
        "2",
        "Minutes of the last meeting and matters arising",
        [
            (
                normal,
                "It was agreed that the minutes of the meeting on 3 November were a true "
                "record. Matters arising: the insurance certificate for the club's events "
                "has been received from the county federation; the stock judging practice "
                "at Mr Tullerton's farm went ahead on 15 November with 14 members.",
            )
        ],
    )
    row(
        "3",
        "Treasurer's report",
        [
            (
                normal,
                "Owain reported a balance of £4,786. The harvest supper made a profit of "
                "£1,212, and the tractor run in October raised £2,040 for the air ambulance, "
                "which has been paid over. Subscriptions have been paid by 47 of the 52 "
                "members. The main costs coming up are the coach to the national convention "
                "and the entries for the county drama competition.",
            ),
            (
                normal,
                "He said that the county federation had decided to increase the club levy "
                "by £3 a member from January, to pay for the new membership system, and that "
                "the club would have to cover it from its own funds or put up subscriptions. "
                "Members did not want to raise subscriptions in the middle of the year.",
            ),
        ],
    )
    row(
        "4",
        "Competitions",
        [
            (
                normal,
                "Harry reported on the autumn competitions. The club came second in the "
                "county stock judging and fourth in the public speaking, and Freya won the "
                "senior reading class. Entries for the county drama competition in February "
                "close on 8 January. Last year's pantomime had been a success but had taken "
                "up a lot of members' time in the busy lambing season.",
            ),
            (normal, "Members said:"),
            (
                bullet,
                "a one-act play would be easier to rehearse than a full pantomime and would "
                "still give the younger members a part;",
            ),
            (
                bullet,
                "rehearsals should be on Sunday afternoons, as weekday evenings clash with "
                "milking and shift work for too many members;",
            ),
            (
                bullet,
                "the club should ask the Harlowby village hall for a discount on rehearsal "
                "space, since the play would be performed there first.",
            ),
            (
                normal,
                "It was agreed that the club enter a one-act play in the county drama "
                "competition, with a budget of up to £300 for costumes, props and hall hire.",
            ),
            (
                normal,
                "Harry to send the drama entry form and fee to the county office by 8 January.",
            ),
        ],
        "HG",
    )
    row(
        "5",
        "Programme for January to March",
        [
            (
                normal,
                "Jess presented the draft programme: a farm safety talk, a visit to the "
                "livestock market, a cookery evening, a quiz against Orrelby Bridge YFC, a "
                "first aid course and a ten-pin bowling social. Niamh reminded the committee "
                "that the farm safety talk was a requirement of the club's grant from the "
                "county federation.",
            ),
            (
                normal,
                "It was agreed that the programme for January to March be adopted as "
                "presented, with the first aid course moved to March.",
            ),
            (
                normal,
                "Freya to post the new programme on the club's social media and send it to "
                "members' parents by 20 December.",
            ),
        ],
        "FS",
    )
    row(
        "6",
        "Charity and community",
        [
            (
                normal,
                "Callum suggested that the club's charity for 2027 should be the rural "
                "mental health charity that gave a talk in October, as several members had "
                "been affected by the death of a young farmer in the next valley. There "
                "was strong support. Mr Tullerton said the club had always supported the air "
                "ambulance and should not forget it.",
            ),
            (
                normal,
                "It was agreed that the club's charity for 2027 be the rural mental health "
                "charity, with the tractor run continuing to support the air ambulance.",
            ),
        ],
    )
    row(
        "7",
        "Any other business",
        [
            (
                normal,
                "Niamh reported that the National Federation of Young Farmers' Clubs had "
                "changed its safeguarding policy and that the club's leaders would need to "
                "complete the new online module by the end of March. Owain said he would "
                "look into whether the club could claim gift aid on the tractor run "
                "donations. Jess said the Shearers' Arms had offered the room free for the "
                "rest of the year.",
            ),
            (
                normal,
                "Jess to write to the landlord to thank him for the free use of the room.",
            ),
        ],
        "JM",
    )
    row(
        "8",
        "Date of next meeting",
        [(normal, "Tuesday 5 January 2027, 8pm, Shearers' Arms.")],
    )
    set_widths(table, (1.6, 12.2, 2.2))
    save_doc(document, YF_NAME)


def main() -> None:
    advisory_group()
    academy_members()
    table_tennis()
    young_farmers()


if __name__ == "__main__":
    main()
