"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_39/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h39-docx-parish-council-recreation-ground-trustees: a parish council meeting as the sole
  trustee of its recreation ground charity; items are "Heading 3" paragraphs with typed
  minute references (`RG14/26 – …`); "RESOLVED:" paragraphs led by the proposer and seconder;
  "Councillors raised the following points:" "List Bullet" points; "Clerk to …" actions; a
  table of quotations; the district council's and a grant body's decisions reported.
- h39-docx-housing-association-building-safety-committee: a housing association's building
  safety committee; "Heading 1" items numbered by a Word list tied to the style, typed "1.1"
  paragraphs; "Committee members' questions:" "List Bullet" questions and answers; "The
  Committee APPROVED / NOTED"; the regulator's decision reported; an action log table at the
  end with a Status column and no undertakings in the body.
- h39-docx-mosque-management-committee: a mosque's management committee; the minutes as one
  four-column table (No. / Item / Discussion and decisions / Action by), bold "Decision:"
  labels, "Members' views:" "List Bullet" points in a cell, "Action:" lines with owners in
  the Action by column; the council's planning decision reported.
- h39-docx-arts-festival-trustees: an arts festival charity's board of trustees; "Heading 2"
  items numbered "Item 1." … by a Word list; "Trustees' comments:" "List Bullet 2" points;
  "Agreed:" and "Trustees agreed"; the arts funder's decision reported; a "Summary of
  actions" as a typed numbered list at the end, with no undertakings in the body.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from word_parts import (  # noqa: E402
    add_decimal_list,
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

FIXED_TIME = dt.datetime(2027, 1, 29, 10, 15, 0, tzinfo=dt.UTC)

RG_NAME = "h39-docx-parish-council-recreation-ground-trustees"
BS_NAME = "h39-docx-housing-association-building-safety-committee"
MQ_NAME = "h39-docx-mosque-management-committee"
AF_NAME = "h39-docx-arts-festival-trustees"


def save_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def recreation_ground() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Recreation Ground Trustees 18 January 2027", FIXED_TIME)
    page_footer(
        document.sections[0],
        "Tadcombe Parish Council as Trustee of the Tadcombe Recreation Ground – ",
        WD_ALIGN_PARAGRAPH.RIGHT,
    )
    centred_bold(document, "TADCOMBE PARISH COUNCIL", 14)
    centred_bold(
        document,
        "acting as sole Trustee of the Tadcombe Recreation Ground (a registered charity)",
    )
    centred_bold(
        document,
        "Minutes of the meeting held on Monday 18 January 2027 at 7.00pm in the Pavilion, "
        "Tadcombe Recreation Ground",
    )
    labelled(
        document,
        "Present: ",
        "Cllr Brian Aldermoth (Chairman), Cllr Wendy Haycraft (Vice-Chairman), Cllr Roger "
        "Ellenshaw, Cllr Susan Penrowan, Cllr Arthur Wimsett, Cllr Yasmin Tarafder",
    )
    labelled(
        document, "In attendance: ", "Mrs Claire Dunsterfield (Clerk), two members of the public"
    )

    def minute(ref: str, title: str, *texts: str) -> None:
        document.add_heading(f"{ref} – {title}", level=3)
        for text in texts:
            document.add_paragraph(text)

    def resolved(moved: str, text: str) -> None:
        bold_then(document.add_paragraph(f"{moved} "), "RESOLVED: ", text)

    minute(
        "RG14/26",
        "Apologies for absence",
        "Apologies were received from Cllr Hilary Moxwell (family commitment) and Cllr Ian "
        "Petherwick (work).",
    )
    minute(
        "RG15/26",
        "Declarations of interest",
        "Cllr Tarafder declared a non-pecuniary interest in RG19/26 as a member of the Tadcombe "
        "Colts committee.",
    )
    minute(
        "RG16/26",
        "Public participation",
        "Mr Stennett of Mill Lane asked when the broken fence by the children's play area would "
        "be repaired, as dogs were getting in. The Chairman said that the repair was on the "
        "agenda under RG18/26. A resident asked whether the car park could be locked at night, "
        "as cars had been using it after dark. The Clerk said she would look into the cost of "
        "a barrier.",
    )
    minute("RG17/26", "Minutes of the Trustee meeting held on 19 October 2026")
    resolved(
        "Proposed Cllr Haycraft, seconded Cllr Ellenshaw, all in favour.",
        "that the minutes of the meeting held on 19 October 2026 be approved and signed as a "
        "correct record.",
    )
    minute(
        "RG18/26",
        "Play area and fencing",
        "The Clerk reported on the annual independent inspection of the play area, carried out "
        "in November. The inspector had found no high risks, but rated the timber fence on the "
        "north side and the rocking horse as medium risk. The rocking horse has been taped off "
        "since the inspection. Three quotations had been obtained for a new fence:",
    )
    quotes = add_table(
        document,
        [
            ("Contractor", "Specification", "Price (ex VAT)"),
            ("Oakpale Fencing", "Bow-top steel, green, 42 m, one self-closing gate", "£6,480"),
            ("D. Quarmell & Son", "Bow-top steel, green, 42 m, one self-closing gate", "£5,925"),
            ("Tadcombe Groundcare", "Timber post and rail with mesh, 42 m, one gate", "£3,890"),
        ],
    )
    set_widths(quotes, (4.5, 8.5, 3.0))
    document.add_paragraph("Councillors raised the following points:")
    bullets(
        document,
        [
            "the timber fence had lasted only twelve years, so the cheaper quote would not be "
            "better value over the life of the fence;",
            "a self-closing gate was essential, and the new gate should open outwards, away "
            "from the play equipment;",
            "the rocking horse should be removed rather than repaired, as it was the oldest "
            "piece of equipment and the children rarely used it.",
        ],
    )
    resolved(
        "Proposed Cllr Penrowan, seconded Cllr Wimsett, all in favour.",
        "to accept the quotation from D. Quarmell & Son of £5,925 plus VAT for a bow-top steel "
        "fence and gate, to be paid from the charity's play area reserve.",
    )
    document.add_paragraph(
        "Clerk to place the order with D. Quarmell & Son and to ask for the work to be done "
        "before the Easter holidays."
    )
    document.add_paragraph(
        "Cllr Ellenshaw will remove the rocking horse and dispose of it at the household waste site."
    )
    minute(
        "RG19/26",
        "Football pitches and changing rooms",
        "The Clerk reported that Tadcombe Colts had applied to the county's football grant "
        "body for a grant towards new changing rooms, and that the grant body had decided to "
        "offer £42,000, subject to the charity granting the club a lease of at least 25 years. "
        "The district council had granted planning permission for the changing rooms in "
        "December.",
        "Cllr Tarafder, having declared an interest, left the room. Cllr Aldermoth said that "
        "the trustee must act in the interests of the charity and not of any one club, and "
        "that a lease of 25 years was a long commitment. The Clerk said that the Charity "
        "Commission's "
        "rules on leases would apply and that a surveyor's report would be needed first.",
    )
    resolved(
        "Proposed Cllr Haycraft, seconded Cllr Penrowan, four in favour, one against.",
        "that the trustee agrees in principle to grant Tadcombe Colts a lease of the site of "
        "the new changing rooms for 25 years, subject to a surveyor's report and the advice "
        "of the charity's solicitor.",
    )
    document.add_paragraph(
        "Clerk to instruct a surveyor to prepare a report under the Charities Act on the "
        "proposed lease."
    )
    document.add_paragraph("Cllr Tarafder returned to the meeting.")
    minute(
        "RG20/26",
        "Finance",
        "The Clerk presented the receipts and payments account to 31 December 2026. Income "
        "for the year to date was £9,312, mostly from pitch hire and the pavilion bookings, "
        "and expenditure £7,004, of which grass cutting was £3,600. Balances at the bank were "
        "£24,870, of which £11,500 was in the play area reserve. She said that she had not yet "
        "had a reciept from the bowls club for its annual rent, although the money had been "
        "paid into the bank.",
        "The trustee noted the receipts and payments account to 31 December 2026.",
        "The Clerk reminded councillors that the charity's annual return to the Charity "
        "Commission was due by 31 January, and that it would be filed in the next week.",
    )
    minute(
        "RG21/26",
        "Pavilion bookings and charges",
        "The Clerk reported that the pavilion had been booked for 147 sessions in 2026, "
        "against 118 in 2025. The hire charge of £14 an hour had not changed since 2023, and "
        "the cost of electricity had risen by a third.",
    )
    resolved(
        "Proposed Cllr Wimsett, seconded Cllr Aldermoth, all in favour.",
        "that the hire charge for the pavilion be £16 an hour from 1 April 2027, with the "
        "rate for local charities and voluntary groups staying at £10 an hour.",
    )
    minute(
        "RG22/26",
        "Any other business (for information only)",
        "Cllr Penrowan said that the Tadcombe in Bloom group had offered to plant bulbs "
        "along the entrance path in the autumn.",
    )
    minute(
        "RG23/26",
        "Date of next meeting",
        "Monday 19 April 2027 at 7.00pm in the Pavilion, after the Annual Parish Meeting.",
    )
    document.add_paragraph("The meeting closed at 8.20pm.")
    document.add_paragraph("Signed ………………………… Chairman        Date ……………………")
    save_doc(document, RG_NAME)


def building_safety() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Building Safety Committee 21 January 2027", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    page_x_of_y(footer, "Cresthaven Homes – Building Safety Committee – Page ")
    title_line(document, "Cresthaven Homes", 16)
    title_line(document, "Building Safety Committee", 13)
    document.add_paragraph(
        "Minutes of the meeting held on Thursday 21 January 2027 at 2.00pm, Board Room, "
        "Cresthaven House, and by video"
    )
    labelled(
        document,
        "Committee members: ",
        "Anthony Greswold (Chair, independent member), Dr Meera Castellane (Board member), "
        "Jonathan Whitmarley (Board member), Beverley Nankivell (resident member)",
    )
    labelled(
        document,
        "In attendance: ",
        "Laura Brimacott (Chief Executive), Stephen Holgreave (Director of Property "
        "Services), Fiona McAlinden (Head of Building Safety), Tariq Bellivant (Fire Safety "
        "Manager), Rachel Seddington (Company Secretary, minutes)",
    )
    labelled(document, "Apologies: ", "none")
    items = add_decimal_list(document, "Heading1", 432)

    def item(title: str, *texts: str) -> None:
        heading = document.add_heading(title, level=1)
        set_numbering(heading, items, 0)
        for text in texts:
            indented(document, text, 0.76)

    item(
        "Welcome, apologies and declarations",
        "1.1 The Chair welcomed everyone. There were no apologies and no declarations of interest.",
    )
    item(
        "Minutes of the last meeting and action log",
        "2.1 The Committee APPROVED the minutes of the meeting held on 22 October 2026.",
        "2.2 All actions from October were complete, except the review of the fire door "
        "contract, which is on the agenda.",
    )
    item(
        "Building safety compliance report",
        "3.1 The Head of Building Safety presented the compliance report for the quarter to "
        "31 December. Compliance was 100% for gas servicing and lift inspections, 99.6% for "
        "fire risk assessments and 97.1% for electrical inspections, where 74 homes were "
        "overdue because the tenants had not given access. There were 312 actions from fire "
        "risk assessments outstanding, of which 9 were high priority and all within their "
        "target dates.",
        "3.2 She reported that the Building Safety Regulator had decided to accept the safety "
        "case report for Plover Point, the first of the association's three higher-risk "
        "buildings to be assessed, and that the building assessment certificate had been "
        "issued on 12 December. The other two buildings were expected to be called in during "
        "2027.",
        "Committee members' questions:",
    )
    bullets(
        document,
        [
            "Dr Castellane asked what was being done about the 74 homes without an electrical "
            "certificate. The Head of Building Safety said that the legal team had started the "
            "access process for the 20 oldest cases.",
            "Ms Nankivell asked how residents in Plover Point had been told about the "
            "safety case. The Fire Safety Manager said that there had been two drop-in events "
            "and a letter, and that the resident engagement strategy was on the website.",
            "Mr Whitmarley asked whether the 9 high-priority actions included any fire doors. "
            "The Fire Safety Manager said that six did, all in the same block, and that "
            "the new doors were on order.",
        ],
    )
    indented(document, "3.3 The Committee NOTED the building safety compliance report.", 0.76)
    item(
        "Fire door replacement programme",
        "4.1 The Director of Property Services presented the report on the fire door "
        "contract. The current contractor had fallen behind, with 410 of the 640 doors in the "
        "programme fitted. Two inspections had found doors fitted with gaps wider than the "
        "manufacturer allowed, and these had been put right at the contractor's cost.",
        "4.2 He explained that the contract allowed the association to bring in a second "
        "contractor for the remaining doors, and that a contractor from the association's "
        "framework could start in March. The extra cost was estimated at £48,000, because of "
        "unforseen price rises in the fire door market.",
        "4.3 The Committee APPROVED the appointment of a second contractor from the framework "
        "for the remaining 230 fire doors, at an extra cost of up to £48,000.",
    )
    item(
        "Damp and mould",
        "5.1 The Director of Property Services reported that 1,126 cases of damp and mould "
        "had been reported in the year, and that 91% had been inspected within ten working "
        "days. The new legal requirements on timescales for social landlords had come into "
        "force in October, and the association's policy had been updated to match.",
        "5.2 Ms Nankivell said that residents still felt they were blamed for condensation. "
        "The Chief Executive said that the staff had all been retrained, and that the "
        "letters sent to residents had been rewritten with the resident panel. She said that "
        "she would be asking the resident panel to review the letters again in the summer.",
        "5.3 The Committee NOTED the update on damp and mould and RECOMMENDED to the Board "
        "that the revised damp and mould policy be approved.",
    )
    item(
        "Building safety risk register",
        "6.1 The Committee reviewed the building safety risk register. The risk on the "
        "electrical inspections was raised from amber to red. The Chair said that the "
        "register was clear and well kept. The Company Secretary said that the Board would "
        "see the register in March.",
    )
    item(
        "Regulatory update",
        "7.1 The Chief Executive reported that the Regulator of Social Housing had carried "
        "out its inspection of the association in November and had given a C2 grading for "
        "the consumer standards. The regulator's report would be published in February. The "
        "main area for improvement was the quality of the data on the condition of homes.",
    )
    item(
        "Any other business",
        "8.1 The Chair reminded members that the Committee's annual report to the Board would "
        "be drafted in April. No other business was raised.",
    )
    item("Date of next meeting", "9.1 Thursday 22 April 2027 at 2.00pm.")
    document.add_paragraph("The meeting closed at 4.05pm.")
    title_line(document, "Action log", 12)
    log = add_table(
        document,
        [
            ("No.", "Action", "Owner", "Due", "Status"),
            (
                "1",
                "Appoint the second fire door contractor from the framework",
                "DPS",
                "Mar",
                "Open",
            ),
            (
                "2",
                "Report progress on electrical access cases, by age of case",
                "HBS",
                "Apr",
                "Open",
            ),
            ("3", "Circulate the Plover Point engagement strategy", "FSM", "Feb", "Open"),
            ("4", "Take the revised damp and mould policy to the Board", "CoSec", "Mar", "Open"),
        ],
    )
    repeat_header_row(log)
    bold_header_row(log, "DEEAF6")
    set_widths(log, (1.0, 9.5, 2.0, 1.5, 2.0))
    save_doc(document, BS_NAME)


def mosque() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Management Committee 10 January 2027", FIXED_TIME)
    page_footer(document.sections[0], "Masjid Al-Noor, Mardlestone – Management Committee – ")
    centred_bold(document, "MASJID AL-NOOR AND MARDLESTONE ISLAMIC EDUCATION CENTRE", 13)
    centred_bold(document, "Management Committee – Minutes of Meeting")
    document.add_paragraph(
        "Sunday 10 January 2027, after Zuhr prayer (1.30pm), in the committee room, "
        "47 Tannery Road, Mardlestone"
    )
    labelled(
        document,
        "Present: ",
        "Br. Imran Karamatullah (Chair, IK), Br. Abdul Haleem Sarwat (General Secretary, AS), "
        "Br. Yusuf Olawuyi (Treasurer, YO), Sr. Farida Mahmoodi (Women's Committee, FM), "
        "Br. Naveed Qasimi (Buildings, NQ), Br. Khalid Rahimullah (Madrasah, KR), "
        "Imam Shafiq Bandukwala (ex officio)",
    )
    labelled(document, "Apologies: ", "Br. Tariq Anwarzai, Sr. Rukhsana Sheraze")
    rows: list[tuple[str, ...]] = [("No.", "Item", "Discussion and decisions", "Action by")]
    rows += [(str(n), "", "", "") for n in range(1, 10)]
    table = add_table(document, rows)
    repeat_header_row(table)
    bold_header_row(table, "E2EFD9")
    set_widths(table, (1.0, 3.0, 10.5, 2.0))

    def row(number: int, title: str, texts: list[str], owner: str = "") -> None:
        cells = table.rows[number].cells
        cells[1].paragraphs[0].add_run(title).bold = True
        first = True
        for text in texts:
            paragraph = cells[2].paragraphs[0] if first else cells[2].add_paragraph()
            first = False
            if text.startswith("Decision: "):
                bold_then(paragraph, "Decision: ", text.removeprefix("Decision: "))
            elif text.startswith("Action: "):
                bold_then(paragraph, "Action: ", text.removeprefix("Action: "))
            else:
                paragraph.add_run(text)
        if owner:
            cells[3].paragraphs[0].text = owner

    row(
        1,
        "Opening and apologies",
        [
            "The meeting opened with a recitation from the Qur'an by the Imam. The Chair "
            "welcomed members. Apologies as above.",
        ],
    )
    row(
        2,
        "Minutes of the meeting on 8 November 2026",
        [
            "Br. Khalid said that the madrasah numbers in item 6 should read 186, not 168.",
            "Decision: The committee approved the minutes of 8 November 2026 with that correction.",
        ],
    )
    row(
        3,
        "Matters arising",
        [
            "The new carpet for the main prayer hall was fitted in December. The CCTV camera "
            "at the rear gate has been repaired. The letter to the neighbours about parking "
            "at Jumu'ah was delivered to 120 houses, and there have been fewer complaints.",
            "Br. Abdul Haleem said that two neighbours had still written to the council "
            "about cars parked across their drives during the Eid prayers. He had spoken to "
            "the neighbourhood police officer, who had suggested marshals in high-visibility "
            "vests on the busiest days. Several members said that the volunteers who had "
            "marshalled at Eid had done a good job, but that there were too few of them.",
        ],
    )
    row(
        4,
        "Treasurer's report",
        [
            "Br. Yusuf reported that general donations for the year to 31 December were "
            "£96,410 and that the Ramadan appeal had raised £61,200 for the building fund. "
            "Gift Aid of £14,870 had been claimed. Gas and electricity had cost £18,300, up "
            "from £12,900. He said that the accounts would go to the independent examiner in "
            "February and to the Charity Commission by the end of October.",
            "Br. Naveed asked whether the Zakat fund was kept separate. Br. Yusuf said that "
            "it was held in its own bank account and only paid out by the Zakat panel.",
            "Decision: The committee noted the Treasurer's report.",
        ],
    )
    row(
        5,
        "Extension and car park",
        [
            "Br. Naveed reported that the city council had granted planning permission in "
            "December for the two-storey extension at the rear, with a condition that the "
            "car park be resurfaced and marked out before the extension is used. The "
            "architect's estimate for the extension was £410,000, and the building fund stood "
            "at £236,000.",
            "Members' views:",
        ],
        "NQ",
    )
    cell = table.rows[5].cells[2]
    for text in [
        "the committee should not start building until at least 80% of the cost was in "
        "the bank, as the last project had been delayed for two years by a shortfall;",
        "the car park condition could be done first, as it would help with the parking "
        "complaints and was cheaper;",
        "the women's entrance and the new wudu area should be finished in the first phase, "
        "as the sisters had waited longest;",
        "a loan from a local Islamic bank should be looked at, but members were divided on it.",
    ]:
        cell.add_paragraph(text, style="List Bullet")
    bold_then(
        cell.add_paragraph(),
        "Decision: ",
        "The committee agreed to resurface the car park in 2027, within a budget of £38,000 "
        "from the building fund, and to launch a second appeal for the extension in Ramadan.",
    )
    bold_then(
        cell.add_paragraph(),
        "Action: ",
        "NQ to obtain three quotes for the car park and bring them to the March meeting.",
    )
    row(
        6,
        "Madrasah",
        [
            "Br. Khalid reported that 186 children attend the evening madrasah, with 23 on "
            "the waiting list. Two new teachers had started in January, both with enhanced "
            "DBS checks. The safeguarding training for all teachers had been delivered by "
            "the local authority's education safeguarding team in November.",
            "Sr. Farida said that some parents had complained that the classes finish too "
            "late for the younger children in winter. Br. Khalid said he would discuss this "
            "with the teachers and report back.",
            "Decision: The committee agreed to raise the madrasah fee from £25 to £30 a month "
            "from April 2027, with the sibling discount kept at 50%.",
            "Action: KR to write to all parents about the new fee by 31 January.",
        ],
        "KR",
    )
    row(
        7,
        "Women's committee",
        [
            "Sr. Farida reported that the sisters' Qur'an circle now met twice a week and "
            "that the health talk with the local GP practice in December had been attended "
            "by 54 women. She asked that the committee be commited to a proper women's "
            "room in the extension. The Chair said that this was already in the plans. The "
            "mother and toddler group had asked to use the hall on Wednesday mornings.",
        ],
    )
    row(
        8,
        "Any other business",
        [
            "The Imam reminded members that the interfaith open day would be on Saturday 6 "
            "March, and that the local churches and the gurdwara had been invited. Br. "
            "Abdul Haleem said that the trustees' annual meeting will be held after the "
            "accounts have been examined.",
            "Action: AS to send the open day invitation to the councillors and the local "
            "police team.",
        ],
        "AS",
    )
    row(9, "Date of next meeting", ["Sunday 14 March 2027, after Zuhr prayer."])
    document.add_paragraph("The meeting closed with a dua at 3.15pm.")
    save_doc(document, MQ_NAME)


def arts_festival() -> None:
    document = new_document("Arial", 10)
    fix_properties(document, "Board of Trustees 26 January 2027", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    page_x_of_y(footer, "Cressfold Arts Festival – Trustees – Page ")
    title_line(document, "Cressfold Arts Festival", 14)
    title_line(document, "Minutes of the Board of Trustees", 12)
    document.add_paragraph(
        "Tuesday 26 January 2027, 6.00pm, the Festival Office, 3 Guildhall Yard, Cressfold"
    )
    labelled(
        document,
        "Trustees: ",
        "Catherine Ambrosetti (Chair), Julian Fennicott-Lyall (Treasurer), Priti Halsteadson, "
        "Malcolm Drewitt, Zainab Kettridge, Oliver Trenchmore",
    )
    labelled(
        document,
        "Staff: ",
        "Eleanor Vasquez (Festival Director, EV), Tom Gravenor (Festival Manager, TG)",
    )
    labelled(document, "Apologies: ", "Bridget Collingridge")
    items = add_list(
        document,
        list_level(0, "Item %1.", indent=1134, hanging=1134, style_id="Heading2"),
    )

    def item(title: str, *texts: str) -> None:
        heading = document.add_heading(title, level=2)
        set_numbering(heading, items, 0)
        for text in texts:
            document.add_paragraph(text)

    item(
        "Welcome and apologies",
        "The Chair welcomed trustees. Apologies were received from Bridget Collingridge.",
    )
    item(
        "Declarations of interest",
        "Oliver Trenchmore declared an interest in item 6 as the owner of the bookshop that "
        "runs the festival's book stall.",
    )
    item(
        "Minutes of the meeting on 24 November 2026",
        "Trustees approved the minutes of 24 November 2026. Matters arising: the new "
        "website went live on 4 January and ticket sales for the Poetry Weekend opened on it.",
    )
    item(
        "Director's report",
        "The Festival Director presented her report. The 2026 festival had sold 11,840 "
        "tickets, 9% more than in 2025, and the free events on the market square had drawn "
        "an estimated 6,000 people. The schools programme had reached 2,300 children in "
        "fourteen schools. Audience surveys showed that 38% of ticket buyers were attending "
        "for the first time.",
        "She reported that the national arts funder had decided not to renew the festival's "
        "project grant for 2027, although it had praised the schools programme. The funder "
        "had said that it was funding fewer projects in the region this year. She would be "
        "applying to two trusts instead and was hopeful about one of them.",
        "The Director also reported on the autumn community project with the two care "
        "homes in Cressfold, in which residents had worked with a poet and a printmaker on "
        "memories of the river. The work had been shown in the library in December and had "
        "been seen by over 900 people. Families of residents had written to thank the "
        "festival, and the library had asked for the exhibition to come back in the summer. "
        "Zainab Kettridge said that it was the best thing the festival had done outside "
        "the festival fortnight, and that it showed what could be done with a small budget.",
        "Priti Halsteadson asked whether the schools programme could continue without the "
        "grant. The Director said that it could continue at about half its size, and that "
        "she had already spoken to the county music service about sharing costs.",
    )
    item(
        "Finance",
        "The Treasurer presented the management accounts for the nine months to 31 "
        "December. The 2026 festival had made a surplus of £14,260. Unrestricted reserves "
        "stood at £71,900, which was just over six months of running costs, in line with the "
        "reserves policy. The draft budget for the 2027 festival showed a deficit of £9,800 "
        "without the lost grant being replaced.",
        "Trustees' comments:",
    )
    for text in [
        "a deficit budget was acceptable for one year, but only if the trusts' decisions "
        "were known by May, when the main bookings had to be confirmed;",
        "ticket prices had not risen for two years and could go up by £1 for the evening "
        "events without losing audiences;",
        "the festival should look again at the cost of the marquee, which was the largest "
        "single cost and had risen by 22%;",
        "local businesses should be asked to sponsor individual events rather than the "
        "festival as a whole, as this had worked well for the jazz evening.",
    ]:
        document.add_paragraph(text, style="List Bullet 2")
    bold_then(
        document.add_paragraph(),
        "Agreed: ",
        "to approve the draft budget for 2027, with a deficit of up to £9,800 to be met "
        "from unrestricted reserves if the trust applications do not succeed.",
    )
    bold_then(
        document.add_paragraph(),
        "Agreed: ",
        "to raise the price of evening tickets by £1 from the 2027 festival.",
    )
    item(
        "Programme for 2027",
        "The Festival Director outlined the programme for the twelth festival, from 25 "
        "June to 4 July 2027. The headline events were confirmed, and the theme would be "
        "\u201cRivers\u201d. The book stall would again be run by the local bookshop. Oliver "
        "Trenchmore had left the room for this item.",
        "Malcolm Drewitt asked whether the outdoor stage would be in the same place as last "
        "year, as the sound had carried into the houses on Mill Street late in the evening. "
        "The Festival Manager said that the stage would face the other way this year and "
        "that the last music would finish at 10pm. Catherine Ambrosetti said the children's "
        "day had been the most popular event in the audience survey, and should be kept.",
        "Trustees agreed the outline programme for 2027.",
    )
    item(
        "Trustee recruitment",
        "The Chair reported that two trustees would complete their terms at the AGM in "
        "September. A skills audit had shown gaps in marketing and in legal knowledge. "
        "Priti Halsteadson said that the board was not yet as diverse as the town, and that "
        "the advert should be shared with community groups as well as the usual networks. "
        "Trustees agreed to advertise for two new trustees, with a closing date of 31 "
        "March.",
    )
    item(
        "Any other business",
        "Malcolm Drewitt said that the Cressfold Business Forum had offered a stand at its "
        "spring fair. The Festival Manager reminded trustees that the volunteer briefing "
        "will be on Saturday 5 June.",
    )
    item("Date of next meeting", "Tuesday 23 March 2027, 6.00pm, the Festival Office.")
    document.add_paragraph("The meeting closed at 7.45pm.")
    title_line(document, "Summary of actions", 11)
    for number, text in enumerate(
        [
            "EV – submit the two trust applications and report the outcome in March.",
            "TG – get three quotes for the marquee for 2027.",
            "Julian Fennicott-Lyall – update the ticket price schedule for the box office.",
            "Catherine Ambrosetti and Zainab Kettridge – draft the trustee advert.",
            "TG – send the list of events for sponsorship to the Business Forum.",
        ],
        start=1,
    ):
        indented(document, f"{number}.\t{text}")
    save_doc(document, AF_NAME)


def main() -> None:
    recreation_ground()
    building_safety()
    mosque()
    arts_festival()


if __name__ == "__main__":
    main()
