"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_30/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h30-docx-parent-carer-forum-steering-group: a parent carer forum's steering group; bold
  title; items are "Heading 1" paragraphs numbered by a Word multilevel list, with "Heading 2"
  sub-items numbered 2.1, 2.2 by the same list; "The steering group approved / agreed";
  the inspectorates' and the council's decisions reported; "Steering group members made the
  following points:" "List Bullet" points; a budget table; "ACTION:" and "will" actions.
- h30-docx-rowing-club-committee: a rowing club's committee; "Heading 3" items typed
  "Item 4 – Title"; results and figures tables; "Agreed:" labels; a proposal carried;
  "Comments:" "List Bullet" points; "ACTION – Name to …" and "will" actions; British
  Rowing's decision reported.
- h30-docx-local-nature-partnership-board: a local nature partnership board; centred bold
  titles; "Heading 1" items typed "Agenda item 4: Title"; "RESOLVED:" with typed (1)–(3);
  "The Board approved / noted / agreed"; "Board members commented:" "List Bullet" points;
  the county council's and Natural England's decisions reported; every task in an action
  tracker table after the last item; "Page n of m" footer.
- h30-docx-air-cadets-civilian-committee: an air cadet squadron's civilian committee;
  centred bold titles; "Heading 2" items typed "1. Title"; a treasurer's table;
  "Points raised:" "List Bullet 2" points; "Resolved:" label; a proposal carried; "ACTION:"
  and "will" actions; wing headquarters' decision reported; PAGE footer.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

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

FIXED_TIME = dt.datetime(2026, 12, 7, 10, 0, 0, tzinfo=dt.UTC)

PC_NAME = "h30-docx-parent-carer-forum-steering-group"
RC_NAME = "h30-docx-rowing-club-committee"
LN_NAME = "h30-docx-local-nature-partnership-board"
AC_NAME = "h30-docx-air-cadets-civilian-committee"


def save_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def parent_carer_forum() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Steering Group 5 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "Hartsfell PCF steering group – ")
    title_line(document, "Hartsfell Parent Carer Forum", 16)
    document.add_paragraph(
        "Steering Group meeting – Thursday 5 November 2026, 10.00am–12.30pm, Medlar Room, "
        "Hartsfell Family Centre (and on Zoom)"
    )
    labelled(
        document,
        "Present: ",
        "Marisol Penhallick (Chair), Dorcas Ellisford (Vice Chair), Morvoren Brightling "
        "(Participation Lead), Fabian Oakridge (Treasurer), Perpetua Haldenby, Wilfreda Mossbury",
    )
    labelled(
        document,
        "In attendance: ",
        "Jocasta Reddaway (Assistant Director, SEND, Hartsfell Council) for item 3; Evrard "
        "Tuckley (Designated Clinical Officer, ICB) for item 3",
    )
    labelled(document, "Apologies: ", "Zebedee Carrowmore-Hinde")
    numbers = add_list(
        document,
        list_level(0, "%1.", indent=567, style_id="Heading1")
        + list_level(1, "%1.%2", indent=851, style_id="Heading2"),
        multilevel=True,
    )

    def item(words: str) -> None:
        set_numbering(document.add_heading(words, level=1), numbers, 0)

    def sub(words: str) -> None:
        set_numbering(document.add_heading(words, level=2), numbers, 1)

    def action(words: str):
        return bold_then(document.add_paragraph(), "ACTION: ", words)

    item("Welcome, introductions and apologies")
    document.add_paragraph(
        "Marisol welcomed everyone, especially Wilfreda, who joined the steering group in "
        "September, and the two visitors from the council and the ICB. Apologies as above; "
        "Zebedee is unwell. Everyone introduced themselves and said a little about their "
        "children's needs, as is the forum's custom whenever there are visitors."
    )
    item("Minutes and matters arising")
    sub("Minutes of 3 September 2026")
    document.add_paragraph(
        "One correction: the coffee morning in Colbeck was on 17 September, not 18. With that "
        "change the steering group approved the minutes of 3 September."
    )
    sub("Matters arising")
    document.add_paragraph(
        "Short breaks survey – closed on 30 September with 214 responses; the report is with "
        "the council. Transport complaints – Dorcas still collecting examples, 23 so far. "
        "New website – live since 12 October; Morvoren updating the events page weekly."
    )
    item("SEND local area partnership update")
    document.add_paragraph(
        "Jocasta Reddaway gave an update on the local area SEND partnership. Ofsted and the "
        "Care Quality Commission published the report of their joint area SEND inspection "
        "on 9 October. The inspectorates found that the local area partnership's "
        "arrangements lead to inconsistent experiences and outcomes for children and young "
        "people with SEND, and decided that the partnership must submit a priority action "
        "plan within 30 working days. Two areas for priority action were named: the "
        "timeliness of EHC plans (only 41% issued within 20 weeks in 2025/26) and the "
        "co-ordination of therapy services between health and education."
    )
    document.add_paragraph(
        "Jocasta said the council's Cabinet had agreed on 22 October to put an extra £1.2m "
        "into the SEND assessment team, including six more EHC plan co-ordinators, and had "
        "approved the draft priority action plan for submission. She said the forum's "
        "comments had already changed the plan in two places, and thanked the forum for "
        "running the survey. Evrard Tuckley said the ICB had put speech and language "
        "therapy waiting times on its risk register; the average wait for a first "
        "appointment was 38 weeks."
    )
    document.add_paragraph(
        "Perpetua asked when parents would see the extra co-ordinators; Jocasta said "
        "interviews were in December and she hoped they would be in post by March. Fabian "
        "asked who would check that the action plan was being delivered. Jocasta replied "
        "that the partnership board would monitor it monthly and that the Department for "
        "Education's SEND adviser would also review it. Dorcas asked about home to school "
        "transport; Jocasta said the transport policy review would come to Cabinet in "
        "January and that she would make sure the forum saw the draft first."
    )
    document.add_paragraph("Steering group members made the following points:")
    bullets(
        document,
        [
            "parents need to hear about the plan from the council directly, in plain "
            "language, not only from the forum's newsletter;",
            "the plan says little about children who are not in school at all – several "
            "families in the survey had children out of school for more than a term;",
            "therapy waiting times are the biggest complaint at every coffee morning and the "
            "ICB's actions should have dates against them;",
            "co-production has to mean the forum is at the table when decisions are made, "
            "not asked for comments afterwards.",
        ],
    )
    document.add_paragraph(
        "The steering group agreed to send a formal response to the priority action plan, "
        "built on the four points above, and to ask for two forum places on the "
        "partnership's improvement board."
    )
    action("Chair to write the response and send it to Jocasta by 13 November.")
    item("Finance")
    document.add_paragraph(
        "Fabian presented the finance report. The forum's grant from the Department for "
        "Education for 2026/27 is £17,600 (the same as last year). Contact, the national "
        "charity, has confirmed it will again manage the grant on the Department's behalf."
    )
    table = add_table(
        document,
        [
            ("", "Budget 2026/27", "Spent to 31 Oct"),
            ("Participation payments and expenses", "£6,500", "£3,840"),
            ("Coffee mornings and events", "£4,200", "£2,115"),
            ("Website and communications", "£2,400", "£1,960"),
            ("Training", "£1,500", "£220"),
            ("Admin, insurance, bank", "£3,000", "£1,434"),
        ],
    )
    bold_header_row(table)
    set_widths(table, (8.0, 4.0, 4.0))
    document.add_paragraph(
        "The website cost more than expected because of the accessibility work. Fabian "
        "proposed moving £400 from training to communications for the rest of the year. The "
        "steering group approved the revised budget with that change."
    )
    item("Events and participation")
    document.add_paragraph(
        "Morvoren reported that 96 parents had attended the autumn coffee mornings in "
        "Colbeck, Hartsfell and Ditherington. The autism and ADHD information evening with "
        "the community paediatricians was full within a day and had a waiting list of 40. "
        "Wilfreda said she would be happy to run the Ditherington coffee morning in the "
        "new year if someone could help her with the first one. Morvoren will book the "
        "library for a second information evening in February."
    )
    item("Steering group membership")
    document.add_paragraph(
        "Two parents, Clarimond Spearing and Casimir Waddicar, have asked to join the steering "
        "group; both have been volunteering at coffee mornings since the spring and have "
        "completed the forum's induction."
    )
    bold_then(
        document.add_paragraph(),
        "Resolved: ",
        "to co-opt Clarimond Spearing and Casimir Waddicar to the steering group until the "
        "AGM in June 2027.",
    )
    item("Any other business")
    document.add_paragraph(
        "Perpetua reminded everyone that the National Network of Parent Carer Forums' "
        "regional meeting is on 26 November. Dorcas said the school uniform swap raised "
        "£186 for the Christmas party."
    )
    item("Date of next meeting")
    document.add_paragraph("Thursday 7 January 2027, 10.00am, Medlar Room and Zoom.")
    save_doc(document, PC_NAME)


def rowing_club() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Committee meeting 28 October 2026", FIXED_TIME)
    page_footer(document.sections[0])
    title_line(document, "Tamsbridge Rowing Club – Committee Meeting", 15)
    document.add_paragraph("Wednesday 28 October 2026, 7.30pm, clubroom, Tamsbridge boathouse")
    labelled(
        document,
        "Present: ",
        "Hugo Pellingbrook (President, HP), Araminta Fosdyke (Captain, AF), Wystan Straker "
        "(Treasurer, WS), Iolanthe Grubb (Secretary, IG), Cedric Mawdesby (Safety Adviser), "
        "Philippa Dunnersby (Juniors), Lucius Ormelaw (Boatman), Gwenfair Stallard (Social)",
    )
    labelled(document, "Apologies: ", "Ruben Achterkamp (Vice-Captain)")

    def item(words: str) -> None:
        document.add_heading(words, level=3)

    item("Item 1 – Apologies")
    document.add_paragraph("As above. Ruben sent his report on the novice squad by email.")
    item("Item 2 – Minutes of the meeting on 30 September")
    bold_then(document.add_paragraph(), "Agreed: ", "minutes approved and signed.")
    document.add_paragraph(
        "Matters arising: launch outboard serviced (Lucius, done); rigger jumbles for the "
        "eight – ordered, due mid-November; club kit order – Gwenfair still waiting for two "
        "sizes from the supplier."
    )
    item("Item 3 – Captain's report")
    document.add_paragraph(
        "Araminta reported a good end to the regatta season. The club entered 41 crews "
        "across eight regattas and heads, with 9 wins, the best since 2019. Results from "
        "the autumn events:"
    )
    results = add_table(
        document,
        [
            ("Event", "Crew", "Result"),
            ("Wendaby Small Boats Head", "W MasC 2x", "1st in category"),
            ("Wendaby Small Boats Head", "J16 4x+", "3rd"),
            ("Fallowmere Autumn Head", "Open 8+", "2nd in IM3"),
            ("Fallowmere Autumn Head", "W 4+", "1st in category"),
        ],
    )
    bold_header_row(results)
    set_widths(results, (6.0, 4.0, 5.0))
    document.add_paragraph(
        "British Rowing has decided that from 1 January 2027 all competitive members must "
        "complete the new online safety module before entering events, and that clubs must "
        "record completion on the membership system. Araminta said around 60 members would "
        "need to do it and that she would send a reminder with the link. She also reported "
        "that the men's squad had lost two athletes to university and would struggle to "
        "boat an eight at the Head of the Tavvel in March. Captain to draw up the winter "
        "training programme and crew lists for the Head of the Tavvel by the end of "
        "November."
    )
    item("Item 4 – Treasurer's report")
    document.add_paragraph("Wystan circulated the figures to 30 September:")
    figures = add_table(
        document,
        [
            ("", "Budget 2026/27", "Actual to 30 Sep"),
            ("Subscriptions", "£38,500", "£31,240"),
            ("Regatta entry fees (paid out)", "£6,800", "£5,915"),
            ("Boat repairs and equipment", "£9,000", "£7,480"),
            ("Boathouse running costs", "£11,200", "£5,610"),
            ("Bar (net)", "£4,000", "£2,745"),
        ],
    )
    bold_header_row(figures)
    set_widths(figures, (7.0, 4.0, 4.0))
    document.add_paragraph(
        "Boat repairs are close to budget after the damage to the coxless four at Wendaby. "
        "The insurance claim for the four (£2,300) has been accepted and the money is "
        "expected in November. Wystan presented the draft budget for 2027, which assumes "
        "a 4% rise in subscriptions. The committee approved the draft budget for 2027, to "
        "be put to the AGM in February."
    )
    item("Item 5 – Boathouse roof and grant application")
    document.add_paragraph(
        "Hugo reported that the surveyor's report on the boathouse roof had found that the "
        "felt and about a third of the boarding needed replacing within two years, at an "
        "estimated cost of £46,000. The club owns the boathouse but the land is leased from "
        "the town council, whose lease committee has agreed in principle to extend the lease "
        "to 2055, which would make the club eligible for larger grants. The Sport England "
        "small grants fund and the Tamsbridge Town Trust both open in January."
    )
    document.add_paragraph(
        "Lucius asked whether the roof would last another winter. Hugo said the surveyor "
        "thought it would if the two leaking patches over the boat bay were repaired now, "
        "at about £900. Philippa asked whether the juniors' erg room, under the worst part "
        "of the roof, was safe to use; Cedric said he had checked it and it was, but that "
        "the buckets needed emptying after rain."
    )
    document.add_paragraph("Comments:")
    bullets(
        document,
        [
            "the club should apply to both funds but cannot count on either and needs a "
            "members' appeal as well;",
            "the lease extension must be signed before any application goes in, or Sport "
            "England will not treat the club as having security of tenure;",
            "a 'buy a square metre of roof' appeal worked well for Wendaby RC and could be "
            "tried here, with a board in the clubroom.",
        ],
    )
    document.add_paragraph(
        "Proposed by Wystan, seconded by Iolanthe: that the club spends up to £1,000 on "
        "emergency repairs to the roof over the boat bay now, and sets up a roof fund with "
        "a target of £15,000 from members. Carried, 7 for, 1 against."
    )
    document.add_paragraph(
        "ACTION – Hugo to ask the town council's solicitor for the draft lease extension and "
        "to get a second quote for the full roof. (HP)"
    )
    item("Item 6 – Safety")
    document.add_paragraph(
        "Cedric reported two incidents since the last meeting: a junior single sculler "
        "capsized near the railway bridge in a cross-wind (recovered by the launch within "
        "three minutes, no injury), and a collision between a club four and a Tamsbridge "
        "School eight on the landing stage. Both have been reported to British Rowing's "
        "incident system. The winter rules (no singles after 4pm, launch cover for all "
        "junior outings) apply from 1 November. Cedric will circulate the updated winter "
        "safety rules and the flood flag levels to all members this week."
    )
    item("Item 7 – Juniors")
    document.add_paragraph(
        "Philippa reported 34 juniors, 8 of them new this term from the taster sessions. "
        "Parents have asked whether the junior fee could be paid monthly. Two junior coaches "
        "need their DBS renewed."
    )
    bold_then(
        document.add_paragraph(),
        "Agreed: ",
        "junior subscriptions may be paid by monthly standing order from January.",
    )
    item("Item 8 – Social")
    document.add_paragraph(
        "Gwenfair reported that the Christmas dinner is on Saturday 12 December at the "
        "Feathers, £32 a head, with the awards presented after the meal. Hugo said he would "
        "present the club trophies. The Boxing Day row and mulled wine will be from 11am."
    )
    item("Item 9 – Date of next meeting")
    document.add_paragraph("Wednesday 25 November 2026, 7.30pm, clubroom.")
    save_doc(document, RC_NAME)


def nature_partnership() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "LNP Board 16 November 2026", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(footer)
    centred_bold(document, "Coldmere and Narrowmede Local Nature Partnership", 14)
    centred_bold(document, "Board Meeting")
    centred_bold(document, "Monday 16 November 2026, 2.00pm – 4.30pm")
    document.add_paragraph("Hazelwick Room, Quethbury Field Centre, Millgarth", style="Normal")
    labelled(
        document,
        "Board members: ",
        "Professor Imelda Scarisbrick (Chair, Coldmere University), Gervase Tollmarsh (Coldmere "
        "Wildlife Trust), Wynona Pettiward (farming representative), Councillor Fulke Anstrow "
        "(Narrowmede District Council), Dr Aurelie Stanborough (water company), Cosmo Rattray "
        "(Millgarth Rivers Trust), Hebe Lavingham (business representative)",
    )
    labelled(
        document,
        "Officers: ",
        "Benedick Fairclow-Ormsay (LNP Manager, BFO); Saffron Quintavalle (LNRS Project Officer, "
        "SQ); Ottilie Garforth (notes)",
    )
    labelled(document, "Apologies: ", "Councillor Joanna Lissingham-Droy; Rufus Callowhill")

    def item(words: str) -> None:
        document.add_heading(words, level=1)

    item("Agenda item 1: Welcome and apologies")
    document.add_paragraph(
        "The Chair welcomed members, in particular Hebe Lavingham, attending her first "
        "meeting as the business representative. Apologies as listed."
    )
    item("Agenda item 2: Declarations of interest")
    document.add_paragraph(
        "Wynona Pettiward declared that her farm is in one of the areas mapped as "
        "particularly important for biodiversity in the draft strategy (item 4). Cosmo "
        "Rattray declared that the Rivers Trust had applied to the Water Restoration Fund "
        "(item 6)."
    )
    item("Agenda item 3: Minutes of the last meeting and action tracker")
    document.add_paragraph(
        "The Board approved the minutes of the meeting held on 14 September 2026. On the "
        "action tracker: the letter to the Environment Agency on river monitoring has been "
        "sent (complete); the data-sharing agreement with the county records centre is "
        "with the centre's lawyers (still open); the membership review is on today's "
        "agenda."
    )
    item("Agenda item 4: Local Nature Recovery Strategy – consultation draft")
    document.add_paragraph(
        "Saffron Quintavalle presented the consultation draft of the Local Nature Recovery "
        "Strategy. Coldmere County Council, as the responsible authority, had agreed at its "
        "Cabinet on 4 November to publish the draft for a ten-week consultation from 1 "
        "December, and Natural England had confirmed that the draft met the statutory "
        "requirements. The strategy sets out 14 priorities and 52 potential measures, and "
        "maps about 19% of the county as areas that could become of particular importance "
        "for biodiversity. The biggest areas were the river corridors, the Narrowmede chalk "
        "grassland and the coastal grazing marshes."
    )
    document.add_paragraph(
        "The Chair said that the partnership's role was to help the county make the "
        "strategy something that landowners and developers would actually use. Gervase "
        "Tollmarsh asked how many farmers had been involved; Saffron said 63 had come to the "
        "workshops and 120 had responded to the survey. Dr Stanborough asked how the "
        "strategy linked to the water company's catchment schemes. Saffron replied that the "
        "catchment schemes were mapped as measures, and that the water company's "
        "investment plan would be one of the main ways they were delivered. Councillor "
        "Anstrow asked whether the district councils' planning officers had seen the "
        "maps. Benedick said that a session for planners was being held on 24 November."
    )
    document.add_paragraph("Board members commented:")
    bullets(
        document,
        [
            "the maps are clear but the measures are written for ecologists; each needs a "
            "plain-English summary for landowners;",
            "the consultation should go to every parish council and be shown at the two "
            "agricultural shows' winter meetings;",
            "the strategy is silent on how measures will be paid for, which landowners will "
            "ask first;",
            "the coastal grazing marsh priority should mention the flood risk management "
            "plans, or there will be conflict over managed realignment.",
        ],
    )
    bold_then(document.add_paragraph(), "RESOLVED: ", "That the Board:")
    document.add_paragraph(
        "(1) endorses the consultation draft of the Local Nature Recovery Strategy;"
    )
    document.add_paragraph(
        "(2) asks the responsible authority to add plain-English summaries of the measures "
        "and a section on funding before the consultation starts;"
    )
    document.add_paragraph(
        "(3) will submit its own response to the consultation, to be agreed by the Chair "
        "and the LNP Manager after the February meeting."
    )
    item("Agenda item 5: Biodiversity net gain – monitoring report")
    document.add_paragraph(
        "Benedick presented the first annual report on biodiversity net gain across the "
        "partnership area. 218 planning permissions subject to mandatory net gain had been "
        "granted by the four planning authorities in the year to September. Most net gain "
        "was delivered on site (71%), with 24% through off-site units and 5% through "
        "statutory credits. Only three habitat banks had been registered in the area. The "
        "report showed that on-site gains were hard to monitor once houses were sold, and "
        "two authorities had no monitoring officer. Councillor Anstrow said he would "
        "raise the monitoring gap at his council's planning policy panel."
    )
    document.add_paragraph("The Board noted the biodiversity net gain monitoring report.")
    item("Agenda item 6: Funding and membership review")
    document.add_paragraph(
        "Benedick reported that the partnership's core funding, from the county council and "
        "the four districts, was confirmed for 2027/28 at £58,000. The Water Restoration "
        "Fund bid for the Millgarth headwaters (£340,000) will be decided in March. The "
        "membership review recommended adding a seat for the health sector and one for "
        "young people."
    )
    document.add_paragraph(
        "The Board agreed to add two seats, one for the integrated care board and one for a "
        "young person aged 18–25, and to invite nominations for both."
    )
    item("Agenda item 7: Any other business")
    document.add_paragraph(
        "The Chair reported that Natural England's area team had decided to close its "
        "Millgarth office in the spring. The annual LNP conference will be held on 5 March."
    )
    item("Agenda item 8: Date of next meeting")
    document.add_paragraph("Monday 15 February 2027, 2.00pm, Quethbury Field Centre.")
    document.add_paragraph().add_run("Action tracker").bold = True
    tracker = add_table(
        document,
        [
            ("Ref", "Action", "Owner", "Due"),
            ("26/18", "Send the Board's request (item 4) to the county council", "BFO", "20 Nov"),
            (
                "26/19",
                "Draft plain-English summaries of the measures with the county",
                "SQ",
                "27 Nov",
            ),
            ("26/20", "Share BNG report with the four planning authorities", "BFO", "30 Nov"),
            (
                "26/21",
                "Advertise the young person's seat; ask the ICB for a nominee",
                "Chair",
                "Jan",
            ),
        ],
    )
    bold_header_row(tracker, "E2EFD9")
    set_widths(tracker, (1.5, 10.0, 2.0, 2.5))
    save_doc(document, LN_NAME)


def air_cadets() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Civilian Committee 19 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "Civilian Committee minutes – page ")
    centred_bold(document, "2461 (Pennard Cross) Squadron, Air Training Corps", 14)
    centred_bold(document, "Civilian Committee")
    centred_bold(document, "Minutes of the meeting held on Thursday 19 November 2026 at 7.45pm")
    document.add_paragraph("Squadron HQ, Bracklesby Road, Pennard Cross")
    labelled(
        document,
        "Present: ",
        "Mr Lancelot Yarrowby (Chairman), Mrs Griselda Ottaway (Secretary), Mr Evelyn "
        "Crabbet-Muir (Treasurer), Mrs Hepsie Ruddiman, Mr Ferdinand Ashbee, Ms Kezia Pomfret "
        "(parent member)",
    )
    labelled(
        document,
        "In attendance: ",
        "Flight Lieutenant Ambrus Whinfield RAFAC (Officer Commanding); Cadet Warrant Officer "
        "Juno Bellweather (cadet representative, items 1–4)",
    )
    labelled(document, "Apologies: ", "Mr Ignatius Pemberthy (Wing Chairman's representative)")

    def item(words: str) -> None:
        document.add_heading(words, level=2)

    item("1. Apologies")
    document.add_paragraph("Apologies were received as above.")
    item("2. Minutes of the meeting held on 17 September 2026")
    bold_then(
        document.add_paragraph(),
        "Resolved: ",
        "that the minutes of 17 September 2026 be approved as a true record.",
    )
    document.add_paragraph(
        "Matters arising: the new flag pole has been fitted by Mr Ashbee; the Gift Aid claim "
        "for 2025/26 is still with HMRC."
    )
    item("3. Officer Commanding's report")
    document.add_paragraph(
        "Flt Lt Whinfield reported that the squadron has 47 cadets on strength (39 last "
        "November) and 9 uniformed staff, with two civilian instructors awaiting their "
        "vetting. Attendance on parade nights averages 78%. Since September cadets have "
        "completed 14 gliding and flying experience places, a weekend at the wing's "
        "adventure training centre and the Remembrance parade, at which 41 cadets marched. "
        "Three cadets passed their leading cadet classification and one, Cadet Sergeant "
        "Tobiah Welland, has been selected for the International Air Cadet Exchange."
    )
    document.add_paragraph(
        "He reported that Wing Headquarters has decided to close the wing's rifle range at "
        "Marsham Camp for refurbishment until May, so shooting will be at a neighbouring "
        "squadron's range. The region has also decided that all squadrons must move to the "
        "new online finance system by 1 April 2027. CWO Bellweather said the cadets would "
        "like more weekend activities and asked whether the committee could fund a "
        "climbing day. The OC said he would look at the programme for the spring term."
    )
    item("4. Treasurer's report")
    document.add_paragraph(
        "Mr Crabbet-Muir presented the accounts to 31 October. The general fund stands at "
        "£9,318 and the minibus fund at £14,260."
    )
    accounts = add_table(
        document,
        [
            ("", "Receipts", "Payments"),
            ("Subscriptions and parade night subs", "£2,860", ""),
            ("Poppy appeal collection (passed to RBL)", "£1,412", "£1,412"),
            ("Camp and activity fees", "£3,950", "£4,310"),
            ("Building running costs", "", "£2,145"),
            ("Minibus insurance and fuel", "", "£1,680"),
        ],
    )
    bold_header_row(accounts)
    set_widths(accounts, (8.0, 3.5, 3.5))
    document.add_paragraph(
        "He asked the committee to approve payment of the annual building insurance "
        "(£1,046) and the heating oil delivery (£812). The committee approved both "
        "payments."
    )
    item("5. Minibus replacement")
    document.add_paragraph(
        "The Chairman reported that the squadron's minibus is 14 years old, failed its MOT "
        "in October on corrosion, and passed only after £1,380 of welding. Three options "
        "had been looked at: a second-hand 17-seat minibus (about £24,000), a new "
        "accessible minibus on a lease through the wing scheme (£585 a month), or sharing "
        "a minibus with 1177 Squadron at Holmbarrow. The minibus fund holds £14,260. Mr Ashbee "
        "asked whether the lease could be ended early if the squadron's numbers fell. The "
        "OC said it could, with three months' notice, after the first two years. Ms Pomfret "
        "asked how often the minibus was used; the Treasurer said on average six times a "
        "month, mostly for weekend activities."
    )
    document.add_paragraph("Points raised:")
    for line in [
        "a second-hand vehicle would use up the fund and leave nothing for repairs;",
        "an accessible minibus would let the squadron take cadets with mobility needs, "
        "which it cannot do now;",
        "sharing with Holmbarrow would not work at weekends, when both squadrons need it.",
    ]:
        document.add_paragraph(line, style="List Bullet 2")
    document.add_paragraph(
        "Proposed by Mrs Ruddiman, seconded by Mr Crabbet-Muir, that the squadron leases a "
        "new accessible minibus through the wing scheme for five years, the first two "
        "years' payments to come from the minibus fund. Carried, 5 for, 1 abstention."
    )
    bold_then(
        document.add_paragraph(),
        "ACTION: ",
        "Chairman to complete the wing lease application and send it to Wing HQ with the "
        "committee's minute.",
    )
    item("6. Fundraising")
    document.add_paragraph(
        "Mrs Ottaway reported that the supermarket bag pack at Fenmoorby on 7 November "
        "raised £1,128, and thanked the cadets and parents who helped. The Christmas "
        "raffle tickets are printed. Mrs Ruddiman will organise a second bag pack in "
        "February and ask the store for a date."
    )
    item("7. Safeguarding and annual inspection")
    document.add_paragraph(
        "The OC reported that the squadron's annual formal inspection by the Wing "
        "Commander took place on 10 October and the squadron was graded good, with the "
        "inspecting officer praising the cadets' first aid training. The committee's own "
        "safeguarding training is due for renewal for four members in the new year. The "
        "committee noted the inspection report."
    )
    item("8. Any other business")
    document.add_paragraph(
        "Mr Ashbee said that he would be stepping down from the committee at the AGM. Ms "
        "Pomfret raised the state of the squadron's toilets, which the OC said were on the "
        "wing's building works list."
    )
    item("9. Date of next meeting")
    document.add_paragraph(
        "Thursday 21 January 2027 at 7.45pm, Squadron HQ. The AGM will be held on "
        "Thursday 18 March 2027."
    )
    save_doc(document, AC_NAME)


def main() -> None:
    parent_carer_forum()
    rowing_club()
    nature_partnership()
    air_cadets()


if __name__ == "__main__":
    main()
