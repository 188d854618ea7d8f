"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_28/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h28-docx-housing-association-development-committee: a housing association's development
  and asset management committee; "Title"; attendance table; "Heading 1" items numbered
  "Item 1." … by a Word list (the numbers are not in the text); bold "The Committee
  APPROVED" / "NOTED" sentences; "Committee members commented:" "List Bullet" points;
  "Action:" lines with the owner in brackets; "CONFIDENTIAL" header and "Page n of m" footer.
- h28-docx-domestic-abuse-charity-trustees: a domestic abuse charity's trustees; bold
  centred title; items are bold Normal paragraphs typed "Minute 26/41 – Title"; bold
  "Decision:" labels, one with (i)/(ii); a funder's decision reported; "Trustees raised the
  following points:" "List Bullet 2" points; every task in an action table after the last
  item; PAGE footer.
- h28-docx-amateur-dramatic-society-committee: an amateur dramatic society's committee;
  bold title run; first names; items are unnumbered bold underlined Normal paragraphs;
  show budget typed with tabs and line breaks; "Comments:" "List Bullet" points;
  "Proposed …, seconded …, carried"; "Agreed"; tasks with "<tab>Action: XX" at a right tab.
- h28-docx-kirk-session: a Church of Scotland kirk session; "Heading 1" title; sederunt;
  items are "List Number" paragraphs (numbers from Word numbering only); "The Session
  agreed / noted"; the Presbytery's decision reported; "Elders raised the following
  points:" "List Bullet" points; "Session Clerk to …" and "will" actions; closing prayer
  and signature lines.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

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

FIXED_TIME = dt.datetime(2026, 12, 7, 9, 30, 0, tzinfo=dt.UTC)

HA_NAME = "h28-docx-housing-association-development-committee"
DA_NAME = "h28-docx-domestic-abuse-charity-trustees"
AD_NAME = "h28-docx-amateur-dramatic-society-committee"
KS_NAME = "h28-docx-kirk-session"


def housing_development() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Development and Asset Management Committee", FIXED_TIME)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.add_run("CONFIDENTIAL – Committee members only")
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer)
    document.add_paragraph("Hawkesmoor Vale Homes", style="Title")
    document.add_paragraph(
        "Minutes of the Development and Asset Management Committee held on Tuesday "
        "24 November 2026 at 3.00pm at Lantern House, Corvedale, and by video link"
    )
    table = add_table(
        document,
        [
            ("Committee members", "Executive and staff"),
            (
                "Blodwen Oxlade (Chair)\nKwadwo Acheampong-Tolcher\nGillian Strachey\n"
                "Rollo Pendrea (co-opted)",
                "Duncan Mountfort (Director of Development)\n"
                "Sophie Lumbley (Director of Assets)\nIvan Petrescu (Head of Finance)\n"
                "Claire Orchardson (Governance Officer, minutes)",
            ),
        ],
    )
    set_widths(table, (8.0, 8.0))
    numbers = add_list(document, list_level(0, "Item %1.", indent=1134, style_id="Heading1"))

    def item(words: str) -> None:
        heading = document.add_heading(words, level=1)
        set_numbering(heading, numbers)

    def body(words: str):
        return document.add_paragraph(words)

    def action(words: str):
        return bold_then(document.add_paragraph(), "Action: ", words)

    item("Apologies and declarations of interest")
    body(
        "Apologies were received from Mandeep Sekhon. Rollo Pendrea declared an interest "
        "in item 5 as a director of a firm that had worked for Trevanion Construction in the "
        "past; the Chair ruled that he could take part."
    )
    item("Minutes of the meeting held on 22 September 2026")
    body("The Committee APPROVED the minutes as a correct record.")
    item("Development programme update")
    body(
        "The Director of Development reported on the programme. Of the 412 homes in the "
        "2024–2029 programme, 163 have been completed, 121 are on site and 128 are in "
        "planning. Completions in the year to date are 58 against a target of 72, because of "
        "delays at Mallowbeck Rise, where the contractor went into administration in July. "
        "A replacement contractor started on site on 2 November."
    )
    body(
        "Homes England has confirmed grant of £6.9m for the 2026–2031 continuous market "
        "engagement bids, and has approved the association's request to move 24 homes from "
        "shared ownership to social rent."
    )
    body("Committee members commented:")
    bullets(
        document,
        [
            "the Mallowbeck Rise delay had cost about £410,000 and the lessons should be brought "
            "back to the Committee;",
            "sales of shared ownership homes were slower than planned, with 11 homes unsold for "
            "more than six months;",
            "asked whether the new contractor had been checked financially; the Director of "
            "Development said a full credit check and parent company guarantee had been "
            "obtained;",
            "the move to social rent was welcome, given the waiting lists in Corvedale.",
        ],
    )
    body("The Committee NOTED the development programme update.")
    action("lessons learnt review on Mallowbeck Rise to be brought to the March meeting (DoD).")
    item("Asset management – stock condition and decarbonisation")
    body(
        "The Director of Assets presented the results of the stock condition survey of 3,860 "
        "homes. 94% meet the Decent Homes Standard. 1,140 homes are below EPC band C, and the "
        "cost of bringing them to band C by 2030 is estimated at £21.6m, of which the "
        "association has bid for £5.2m from the Warm Homes: Social Housing Fund."
    )
    body(
        "Damp and mould cases fell from 212 to 147 over the year, and all category 1 cases were "
        "inspected within 14 days."
    )
    body("The Committee NOTED the stock condition survey results.")
    body(
        "The Committee APPROVED the decarbonisation plan 2027–2030, subject to the Board "
        "agreeing the funding in the business plan."
    )
    item("Scheme approval – Former Fellmonger's Yard, Westhope (36 homes)")
    body(
        "The Director of Development presented the scheme appraisal for 36 homes (24 social "
        "rent, 12 shared ownership) on a package deal with Trevanion Construction. The total "
        "scheme cost is £9.47m, with £2.88m of grant. The scheme meets the association's "
        "financial hurdles, with a net present value of £312,000 and a payback of 31 years."
    )
    body("The Committee APPROVED the scheme at a total cost of up to £9.47m.")
    body(
        "The Committee RECOMMENDED to the Board that it approve the use of £4.2m of the "
        "revolving credit facility for the scheme."
    )
    action(
        "Director of Development to instruct solicitors to exchange contracts with Trevanion "
        "Construction (DoD)."
    )
    item("Asset management risk register")
    body(
        "The Committee reviewed the risk register. Two new risks were added: contractor "
        "insolvency and the building safety regulator's approval times for higher-risk "
        "buildings."
    )
    body("The Committee NOTED the risk register.")
    item("Any other business")
    body(
        "The Chair said she would like members to visit Mallowbeck Rise in the new year. The "
        "Governance Officer will arrange a site visit for committee members in January."
    )
    item("Date of next meeting")
    body("Tuesday 9 March 2027 at 3.00pm, Lantern House.")
    save_deterministic_doc(document, HA_NAME)


def save_deterministic_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def domestic_abuse_charity() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Trustees meeting 19 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "Safer Harbour Saltwhistle – trustees – page ")
    centred_bold(document, "SAFER HARBOUR SALTWHISTLE", 14)
    centred_bold(document, "Domestic abuse support and refuge services – charity no. 1158842")
    centred_bold(
        document,
        "Minutes of the Board of Trustees, Thursday 19 November 2026, 6.00pm, via Zoom",
    )
    labelled(
        document,
        "Trustees: ",
        "Ceinwen Wedderburn (Chair, CW), Ore Bamgbose (Treasurer, OB), Hazel Trimingham (HT), "
        "Pallavi Kapadia (PK), Joseph Maunder (JM)",
    )
    labelled(
        document,
        "Staff: ",
        "Denise Faircloth (Chief Executive, DF), Amy Lambourne (Refuge Manager, AL), "
        "Rosalind Quartley (minutes)",
    )

    def minute(number: str, words: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"Minute {number} – {words}").bold = True
        paragraph.paragraph_format.space_before = Pt(12)

    def decision(words: str):
        return bold_then(document.add_paragraph(), "Decision: ", words)

    minute("26/41", "Apologies and declarations")
    document.add_paragraph("Apologies from Rev. Simon Okeover. No declarations of interest.")
    minute("26/42", "Minutes of 17 September 2026")
    decision("the minutes were approved as an accurate record.")
    minute("26/43", "Chief Executive's report")
    document.add_paragraph(
        "Denise reported that the helpline took 1,306 calls in the quarter, 18% up on last "
        "year, and that 94 women and 61 children were supported in the community. The two "
        "independent domestic violence advisers (IDVAs) are carrying caseloads of 112 and 97 "
        "against a recommended maximum of 80. The county council has decided to extend the "
        "community outreach contract to March 2028, and the Police and Crime Commissioner's "
        "office has awarded £48,000 for a third IDVA for two years."
    )
    document.add_paragraph("Trustees raised the following points:")
    for words in (
        "IDVA caseloads are well above safe levels and the third post should be recruited as "
        "soon as possible;",
        "the helpline increase may be linked to the campaign in GP surgeries, which should be "
        "evaluated;",
        "staff wellbeing: clinical supervision should be offered to all front-line staff, not "
        "only the IDVAs.",
    ):
        document.add_paragraph(words, style="List Bullet 2")
    decision("the trustees noted the Chief Executive's report.")
    minute("26/44", "Refuge")
    document.add_paragraph(
        "Amy reported that the 12-unit refuge had 91% occupancy in the quarter, with average "
        "stays of 17 weeks. Move-on is delayed by the lack of social housing; four families "
        "have been waiting for more than six months. The fire risk assessment found two "
        "fire doors that need replacing."
    )
    decision(
        "(i) to replace the two fire doors at a cost of up to £3,600 from the building reserve; "
        "(ii) to ask the district council's housing service to meet the trustees about move-on."
    )
    minute("26/45", "Finance")
    document.add_paragraph(
        "Ore presented the accounts to 31 October. Income £403,200, expenditure £396,850, "
        "surplus £6,350. Free reserves are £158,000 (3.9 months). The draft 2027/28 budget will "
        "come to the January meeting."
    )
    decision("the trustees approved the accounts to 31 October 2026.")
    minute("26/46", "Safeguarding and data protection")
    document.add_paragraph(
        "Hazel, the safeguarding lead trustee, reported one data breach (an email sent to the "
        "wrong agency), which was reported to the ICO. The ICO has decided to take no further "
        "action. Staff have had refresher training on secure email."
    )
    decision("the trustees noted the safeguarding and data protection report.")
    minute("26/47", "Any other business and date of next meeting")
    document.add_paragraph(
        "Joseph said he had been contacted by a local business wishing to sponsor the "
        "refuge's Christmas gifts. Next meeting: Thursday 21 January 2027, 6.00pm, Zoom."
    )
    document.add_paragraph().add_run("Actions").bold = True
    log = add_table(
        document,
        [
            ("Minute", "Action", "Owner", "Due"),
            ("26/43", "Advertise and recruit the third IDVA post", "DF", "January"),
            (
                "26/43",
                "Arrange clinical supervision quote for all front-line staff",
                "DF",
                "January",
            ),
            ("26/44", "Order the replacement fire doors", "AL", "15 December"),
            (
                "26/44",
                "Write to the district council housing service to request a meeting",
                "CW",
                "4 December",
            ),
            ("26/45", "Circulate the draft 2027/28 budget", "OB", "18 December"),
        ],
    )
    bold_header_row(log, "E7E6E6")
    set_widths(log, (2.0, 9.5, 2.0, 2.5))
    save_deterministic_doc(document, DA_NAME)


def dramatic_society() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Committee meeting 2 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "Page ")
    title_line(document, "Frettenden Players – Committee Meeting", 16)
    document.add_paragraph("Monday 2 November 2026, 7.30pm, at Lorna's house")
    labelled(
        document,
        "Present: ",
        "Lorna Hathersedge (Chair, LH), Gavin Fettiplace (Secretary, GF), Tess Arlotte "
        "(Treasurer, TA), Raj Khatau (RK), Melanie Dabinett (MD), Pete Sandercock (PS)",
    )
    labelled(document, "Apologies: ", "Ian Truelove")

    def heading(words: str) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(words)
        run.bold = True
        run.underline = True
        paragraph.paragraph_format.space_before = Pt(10)

    def task(words: str, owner: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(f"{words}\t")
        paragraph.add_run(f"Action: {owner}").bold = True

    heading("Minutes of the last meeting")
    document.add_paragraph("Agreed as a correct record and signed by Lorna.")
    heading("Matters arising")
    document.add_paragraph(
        "The hall's new lighting desk has been installed and Pete has had the training. The "
        "costume store clear-out was done on 17 October – 14 bags went to the charity shop."
    )
    heading("Treasurer's report")
    document.add_paragraph(
        "Tess reported £7,812 in the current account and £4,500 in the savings account. The "
        "summer show made a profit of £1,236."
    )
    paragraph = document.add_paragraph("Spring show budget (Tess's draft):")
    for line in (
        "Rights and scripts\t£820",
        "Hall hire (show week)\t£1,150",
        "Set and props\t£600",
        "Costumes\t£350",
        "Total\t£2,920",
    ):
        paragraph.add_run().add_break()
        paragraph.add_run(line)
    document.add_paragraph(
        "Proposed Raj, seconded Melanie, that the spring show budget of £2,920 be approved. "
        "Carried."
    )
    heading("Spring production – Blithe Spirit")
    document.add_paragraph(
        "Gavin reported that the rights have been granted for performances from 24 to 27 March "
        "2027. Auditions will be on 30 November and 2 December. Melanie has agreed to direct."
    )
    document.add_paragraph("Comments:")
    bullets(
        document,
        [
            "ticket prices (£12, £10 concessions) have not changed for three years and could go "
            "up by £1;",
            "the Saturday matinee sold badly last year and could be dropped;",
            "we need a stage manager – nobody has come forward yet.",
        ],
    )
    document.add_paragraph(
        "Agreed to keep the matinee but raise ticket prices to £13 and £11 concessions."
    )
    task("Put the audition notice in the village magazine and on Facebook.", "GF")
    task("Ask the Frettenden Academy drama teacher about a student stage manager.", "MD")
    heading("Pantomime trip")
    document.add_paragraph(
        "Raj will book 40 tickets for the members' trip to the Lyceum pantomime on 9 January. "
        "Members pay £22 and the society pays for the coach."
    )
    heading("Membership and subs")
    document.add_paragraph(
        "The committee agreed to keep subs at £25 (juniors £10) for 2027. Gavin said some "
        "members had asked about paying by standing order, which he would look into."
    )
    heading("Christmas social")
    document.add_paragraph(
        "Melanie reported that 31 members have signed up for the Christmas social on 12 "
        "December at the Quiet Woman. There will be a quiz and the usual secret Santa (£5 limit). "
        "The junior section's carol singing round the village raised £214 last year for the "
        "hospice and will be repeated on 19 December."
    )
    heading("AOB")
    document.add_paragraph(
        "Pete reported that the district drama association has voted to hold its one-act "
        "festival at Frettenden Village Hall in 2027. Lorna thanked Tess for the refreshments."
    )
    heading("Next meeting")
    document.add_paragraph("Monday 7 December, 7.30pm, Gavin's house.")
    save_deterministic_doc(document, AD_NAME)


def kirk_session() -> None:
    document = new_document("Times New Roman", 12)
    fix_properties(document, "Kirk Session 15 November 2026", FIXED_TIME)
    page_footer(document.sections[0])
    document.add_heading("Craigmorven Parish Church (Church of Scotland)", level=1)
    document.add_paragraph(
        "At Craigmorven, within the Church Hall, on Sunday 15 November 2026 at 12.15pm, the "
        "Kirk Session met and was constituted with prayer by the Moderator."
    )
    labelled(
        document,
        "Sederunt: ",
        "Rev. Fiona Balquhidder (Moderator); Mr Aonghas Rintoul (Session Clerk); Mrs Mairead "
        "Tullis (Treasurer); Mr Hughie Drumlanrig; Mrs Elspeth Cairncross; Dr Euan "
        "Threipland; Mrs Isla Kinnaird; Mr Callum Strathearn; Miss Janet Buchanhaven.",
    )
    numbers = add_list(document, list_level(0, "%1.", indent=567, style_id="ListNumber"))

    def item(words: str) -> None:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(words).bold = True
        set_numbering(paragraph, numbers)

    item("Apologies")
    document.add_paragraph("Apologies were intimated for Mr Graham Leishman and Mrs Ann Ferrick.")
    item("Minute of previous meeting")
    document.add_paragraph(
        "The Session approved the minute of the meeting of 13 September 2026, which had been "
        "circulated."
    )
    item("Matters arising")
    document.add_paragraph(
        "The Session Clerk reported that the hall roof repairs had been completed at a cost of "
        "£6,480, within the estimate. The new hearing loop was still awaited from the supplier."
    )
    item("Presbytery matters")
    document.add_paragraph(
        "The Moderator reported that the Presbytery, at its meeting on 3 November, had agreed "
        "the presbytery mission plan, under which Craigmorven is to be linked with Glenaskill "
        "Parish Church from 2028, sharing one full-time minister. The Presbytery also agreed "
        "that the Glenaskill manse be sold."
    )
    document.add_paragraph("Elders raised the following points:")
    bullets(
        document,
        [
            "the linkage would mean one service on Sunday mornings at each church, at 10am and "
            "11.30am, which would be hard for older members at the later time;",
            "the congregation must be consulted before the Session gives its response;",
            "joint working with Glenaskill on the youth fellowship had gone well and could be a "
            "model for other activities.",
        ],
    )
    document.add_paragraph(
        "The Session agreed to hold a congregational meeting on Sunday 24 January 2027 to "
        "explain the mission plan."
    )
    document.add_paragraph(
        "Session Clerk to write to the Presbytery Clerk with the Session's initial comments "
        "and to give notice of the congregational meeting."
    )
    item("Finance")
    document.add_paragraph(
        "The Treasurer reported that offerings to 31 October were £41,270, £2,100 below "
        "budget, and that the Ministries and Mission contribution of £28,900 was being paid "
        "monthly as required. Gift Aid of £6,015 had been received."
    )
    document.add_paragraph("The Session noted the Treasurer's report.")
    document.add_paragraph(
        "The Session agreed to give £500 to the Craigmorven Food Larder's winter appeal from "
        "the benevolent fund."
    )
    item("Christmas services")
    document.add_paragraph(
        "Christmas Eve watchnight service at 11.00pm; Christmas Day family service at 10.30am. "
        "The Session agreed that the Christmas Eve collection go to the Food Larder."
    )
    document.add_paragraph("Mrs Kinnaird will organise the elders' rota for the services.")
    item("Fabric")
    document.add_paragraph(
        "Mr Strathearn, Fabric Convener, reported that the quinquennial inspection of the church "
        "building had found slipped slates on the north aisle roof and damp in the vestry. The "
        "architect's estimate for the slating is £3,800. The General Trustees' consent will be "
        "needed for any work over £5,000, which this is not."
    )
    document.add_paragraph(
        "Mr Strathearn will obtain two quotations for the roof repairs and report to the January "
        "meeting."
    )
    item("Safeguarding")
    document.add_paragraph(
        "Dr Threipland, Safeguarding Coordinator, reported that PVG membership for two new "
        "Sunday school helpers is complete."
    )
    item("Date of next meeting")
    document.add_paragraph("Sunday 17 January 2027 after morning worship.")
    document.add_paragraph("The meeting was closed with the benediction at 1.25pm.")
    document.add_paragraph("……………………………… Moderator")
    document.add_paragraph("……………………………… Session Clerk")
    save_deterministic_doc(document, KS_NAME)


def main() -> None:
    housing_development()
    domestic_abuse_charity()
    dramatic_society()
    kirk_session()


if __name__ == "__main__":
    main()
