"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_32/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h32-docx-repair-cafe-steering-group: a repair café's steering group; bold title line;
  items are Normal paragraphs led by a bold run typed "Item n – Title"; "Volunteers'
  feedback:" "List Bullet" points; "Agreed:" labels and "The steering group agreed"; "Action:"
  and "will" actions; the community association trustees' decision reported.
- h32-docx-archaeological-society-committee: an archaeological society's committee; "Heading
  1" items numbered 1, 2 … by a Word multilevel list whose second level numbers the Normal
  sub-paragraphs 1.1, 1.2 …; a funds table; "Committee members commented:" "List Bullet 2"
  points; "RESOLVED:" with typed (a)–(b) paragraphs; a task with a right-hand "Action: HV";
  Historic England's and the museum's decisions reported; PAGE footer.
- h32-docx-gp-federation-board: a GP federation's board of directors; the minutes in one Ref /
  Minute / Owner table, a bold title at the top of each Minute cell; "Directors' comments:"
  "List Bullet" paragraphs in a cell; "The Board APPROVED / NOTED"; "RESOLVED:" (i)–(ii);
  owners' initials in the Owner column beside "will" and "to" sentences; the ICB's decisions
  reported; "Page n of m" footer.
- h32-docx-leaseholders-association-committee: a leaseholders' association's committee;
  centred bold titles; unnumbered "Heading 2" items; "Members' views:" "List Bullet" points;
  the freeholder's, the managing agent's and the tribunal's decisions reported; every task in
  an "Actions" table after the last item.
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

FIXED_TIME = dt.datetime(2026, 12, 8, 9, 30, 0, tzinfo=dt.UTC)

RC_NAME = "h32-docx-repair-cafe-steering-group"
AS_NAME = "h32-docx-archaeological-society-committee"
GF_NAME = "h32-docx-gp-federation-board"
LA_NAME = "h32-docx-leaseholders-association-committee"


def save_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def repair_cafe() -> None:
    document = new_document("Verdana", 10)
    fix_properties(document, "Repair Cafe steering group 26 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "Fettlecombe Repair Café – notes – ")
    title_line(document, "Fettlecombe Repair Café", 16)
    document.add_paragraph(
        "Steering group meeting – Thursday 26 November 2026, 7pm, back room of the "
        "Quillington Community Centre"
    )
    labelled(
        document,
        "Present: ",
        "Wendeline Ashlowe-Prevett (coordinator, in the chair), Ingo Bruntwater (electrical "
        "lead), Petronilla Mowbridge (volunteers), Ramesh Chinnappa-Hensby (money), Sadhbh "
        "Windlesham (publicity), Clement Abbotsleigh (textiles and sewing)",
    )
    labelled(document, "Apologies: ", "Tobias Kelderholm, Annelise Forthergill")

    def item(heading: str, *texts: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(heading).bold = True
        for text in texts:
            document.add_paragraph(text)

    item(
        "Item 1 – Welcome and apologies",
        "Wendeline welcomed everyone and thanked Clement for the mince pies. Apologies as above; "
        "Tobias has a new job with evening shifts and may have to step back from the group.",
    )
    item("Item 2 – Notes of the last meeting (15 September)")
    bold_then(
        document.add_paragraph(),
        "Agreed: ",
        "the notes of 15 September were accepted as a true record.",
    )
    document.add_paragraph(
        "Matters arising: the new banner is up outside the centre on café days; the bike "
        "stand donated by the cycle shop has been collected; the list of volunteers' phone "
        "numbers is still being updated by Petronilla."
    )
    item(
        "Item 3 – Café sessions since September",
        "Wendeline reported on the three monthly sessions held since the last meeting. 118 "
        "items were brought in, up from 87 in the same three months last year. 79 were "
        "fixed, 21 could not be fixed and 18 needed a part that the owner has gone away to "
        "buy. The most common items were small electricals (toasters, lamps, hair clippers), "
        "then clothes and bags, bikes and laptops. The November session was the busiest "
        "ever, with a queue at the door for the first hour, and two visitors left without "
        "being seen.",
        "Ingo said that the electrical table was the bottleneck, as only three volunteers "
        "were qualified to test mains items after repair. Clement asked whether visitors "
        "could book a slot in advance; Wendeline said that other repair cafés in the county "
        "had tried booking but found that many people did not turn up, and that she would "
        "rather keep it as a drop-in with a ticket system on the day.",
        "Volunteers' feedback:",
    )
    bullets(
        document,
        [
            "the ticket system used in November worked well once it got going, but people "
            "need to be told at the door roughly how long they will wait;",
            "the tea and cake table is the heart of the café and needs its own volunteer, "
            "as the repairers cannot keep leaving their tables to help;",
            "some visitors are bringing things that are not really broken, just in need of "
            "cleaning – could there be a short leaflet on simple care?",
        ],
    )
    item(
        "Item 4 – Money",
        "Ramesh reported that the café holds £1,362.40, held by the community association in "
        "a restricted fund. Donations on the day have averaged £96 a session, and the town "
        "council's small grant of £500 was received in October. The main spending was on "
        "spare parts, fuses, thread and the replacement soldering station (£74). He "
        "reminded the group that the PAT tester borrowed from the scout group has to go back "
        "in January. A new tester would cost about £390.",
        "The steering group agreed to buy a PAT tester for up to £390 from the restricted "
        "fund, and to ask visitors for a suggested donation of £3 per item.",
    )
    item(
        "Item 5 – Insurance and safety",
        "Petronilla reported that the community association's trustees had decided at their "
        "October meeting to add the repair café to the association's public liability "
        "policy at no extra cost, so the café no longer needs its own policy. The trustees "
        "had asked for the café's safety rules to be written down. Ingo raised the question "
        "of microwave ovens, which hold a dangerous charge even when unplugged, and "
        "gas appliances, which the café already refuses.",
    )
    bold_then(
        document.add_paragraph(),
        "Agreed: ",
        "that microwave ovens and any gas appliances will not be accepted for repair, and that "
        "a sign saying so be put at the door.",
    )
    bold_then(
        document.add_paragraph(),
        "Action: ",
        "Ingo to update the sign-in form and the safety rules and send them to the "
        "association's secretary.",
    )
    item(
        "Item 6 – Venue and dates for 2027",
        "The community centre has offered the main hall for the second Saturday of each "
        "month from February, at the same rate, but not in August, when it is used for the "
        "holiday club. Sadhbh suggested holding the August café at the church hall on "
        "Brimble Street. Petronilla to ask the church office whether the hall is free on 14 "
        "August and what it would cost.",
    )
    item(
        "Item 7 – Tool library idea",
        "Clement reported that several visitors had asked whether they could borrow tools, "
        "such as a ladder, a drill or a sewing machine, rather than buy them. A tool library "
        "in the next town has 300 members and lends out 1,200 items a year. The group liked "
        "the idea but was worried about storage, insurance and the time needed to run it.",
    )
    bold_then(
        document.add_paragraph(),
        "Agreed: ",
        "to look into setting up a small tool library, starting with sewing machines and "
        "garden tools, and to discuss it at the March meeting.",
    )
    document.add_paragraph(
        "Wendeline will draft a short proposal for the community association's trustees, "
        "covering storage, insurance and volunteers."
    )
    item(
        "Item 8 – Any other business",
        "Sadhbh said the local radio station wanted to record a piece at the January café. "
        "Ramesh said he would be away for the February session. Clement reminded everyone "
        "that the volunteers' Christmas get-together is on 11 December at the Hopsack Inn.",
    )
    item(
        "Item 9 – Next meeting",
        "Thursday 28 January 2027, 7pm, back room, Quillington Community Centre.",
    )
    save_doc(document, RC_NAME)


def archaeological_society() -> None:
    document = new_document("Georgia", 11)
    fix_properties(document, "Committee minutes 2 December 2026", FIXED_TIME)
    page_footer(document.sections[0], "", WD_ALIGN_PARAGRAPH.RIGHT)
    centred_bold(document, "Hartsmoor Archaeological and Antiquarian Society", 15)
    centred_bold(document, "Minutes of the Committee meeting")
    centred_bold(
        document, "Wednesday 2 December 2026, 7.30pm, the Cresswold Room, Hartsmoor Museum"
    )
    labelled(
        document,
        "Present: ",
        "Professor Alaric Keddleston (Chair), Mrs Hermione Vellanwood (Secretary), Mr "
        "Lindsay Prothwaite (Treasurer), Dr Heilyn Vardenbrook (Excavation Director, HV), Ms "
        "Thomasina Orgreave (Journal Editor), Mr Cuthwin Dewberry-Stourmere (Lectures), Mrs "
        "Rosalba Nutcombe (Membership)",
    )
    labelled(document, "Apologies: ", "Mr Eldred Penthorne")
    levels = list_level(0, "%1", indent=567, style_id="Heading1", bold=True) + list_level(
        1, "%1.%2", indent=567
    )
    numbers = add_list(document, levels, multilevel=True)

    def item(words: str) -> None:
        set_numbering(document.add_heading(words, level=1), numbers, 0)

    def para(text: str):
        paragraph = document.add_paragraph(text)
        set_numbering(paragraph, numbers, 1)
        return paragraph

    item("Apologies")
    para("Apologies were received from Mr Penthorne, who is recovering from an operation.")
    item("Minutes of the meeting held on 7 October 2026")
    para(
        "The committee approved the minutes of the meeting held on 7 October 2026, which "
        "the Chair signed."
    )
    para(
        "Matters arising: the geophysics equipment has been returned to the university; "
        "the Society's stand at the county history fair raised £212; the reprint of the "
        "parish survey booklet is with the printer."
    )
    item("Treasurer's report")
    para("Mr Prothwaite presented the balances of the Society's funds at 30 November 2026:")
    funds = add_table(
        document,
        [
            ("Fund", "Balance", "Change since April"),
            ("General fund", "£6,482", "+£740"),
            ("Excavation fund", "£3,115", "−£1,260"),
            ("Publications fund", "£2,870", "+£310"),
            ("Gurneyfold bequest (research grants)", "£11,400", "nil"),
        ],
    )
    bold_header_row(funds)
    set_widths(funds, (7.0, 3.5, 4.0))
    para(
        "He explained that the excavation fund had been run down by the 2026 season's "
        "radiocarbon dates (£1,260 for three samples) and that the Society would need a "
        "grant to run a full season in 2027. The committee noted the accounts."
    )
    item("Crowmoor Field excavation 2027")
    para(
        "Dr Vardenbrook reported on the results of the 2026 season at Crowmoor Field. The "
        "trench over the ring ditch had found a cremation burial with a collared urn, "
        "dated to about 1900 BC, and the ditch had been recut at least twice. Forty-six "
        "volunteers had taken part, including twelve students and a group from the young "
        "archaeologists' club. Historic England had decided in September not to schedule the "
        "site, because most of it lay under ploughsoil, but had asked to be kept informed. "
        "The landowner, Mr Fulcher Ottershaw, has agreed in principle to a further season."
    )
    para(
        "Dr Vardenbrook proposed a two-week season in July 2027, with a second trench "
        "across the entrance to the enclosure. The cost would be about £5,800, including "
        "tool hire, toilets, insurance and two radiocarbon dates. The county heritage fund "
        "offers grants of up to £4,000, with a closing date of 31 January."
    )
    para("Committee members commented:")
    for line in [
        "the 2026 season had been a great success and had brought in new members, "
        "particularly younger ones;",
        "the post-excavation work from 2024 and 2025 is not yet written up, and another "
        "season would add to the backlog unless more volunteers help with the finds;",
        "the Society should not spend the whole of the excavation fund, in case the grant "
        "is refused;",
        "could the Society ask the county archaeologist whether the entrance trench needs "
        "any consent? Dr Vardenbrook said it did not, as the site was not scheduled.",
    ]:
        document.add_paragraph(line, style="List Bullet 2")
    bold_then(document.add_paragraph(), "RESOLVED: ", "that the Society")
    document.add_paragraph(
        "(a) holds a two-week excavation season at Crowmoor Field in July 2027, subject "
        "to the landowner's written consent;"
    )
    document.add_paragraph(
        "(b) applies to the county heritage fund for a grant of £4,000 towards the cost, "
        "the balance to come from the excavation fund."
    )
    action = document.add_paragraph(
        "Excavation Director to prepare the grant application and circulate it by 15 "
        "January.\tAction: HV"
    )
    action.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    item("Lecture programme 2027")
    para(
        "Mr Dewberry-Stourmere presented the programme of winter lectures from January to April "
        "and the autumn programme from September to December. All eight speakers have been "
        "confirmed, including a talk on Roman roads by Dr Meliora Tollington and one on "
        "lidar by a speaker from the national park. Lecture attendance has averaged 54, "
        "with about a dozen more watching online. The committee agreed the lecture programme "
        "for 2027."
    )
    item("Publications")
    para(
        "Ms Orgreave reported that the 2026 volume of the Society's Transactions has seven "
        "papers, two of them on the Crowmoor Field excavations, and is due back from the "
        "typesetter in January. The printing quote is £3,240 for 400 copies. She said she "
        "was worried that fewer members were taking the printed volume."
    )
    para(
        "The Journal Editor will find out the cost of publishing the Transactions online as "
        "well as in print and report to the February meeting."
    )
    item("Finds archive")
    para(
        "The Secretary reported that the Hartsmoor Museum had decided to stop accepting new "
        "excavation archives from 1 January, because its store is full, and that the county "
        "council's museum service had agreed to accept archives only from projects it had "
        "approved in advance. The Society holds the finds from three excavations in a "
        "member's garage. Mrs Nutcombe said she would ask whether the parish church had "
        "space in its undercroft as a short-term store."
    )
    para(
        "Secretary to write to the museum service asking for the Crowmoor Field archive to be "
        "approved for deposit before the 2027 season begins."
    )
    item("Any other business")
    para(
        "Mrs Nutcombe reported 168 members, 9 more than a year ago. The Chair reminded the "
        "committee that the AGM will be held on 17 March 2027 and that the Treasurer has said "
        "he will not stand again."
    )
    item("Date of next meeting")
    para("Wednesday 3 February 2027, 7.30pm, the Cresswold Room.")
    save_doc(document, AS_NAME)


def gp_federation() -> None:
    document = new_document("Arial", 10)
    fix_properties(document, "Board of Directors 3 December 2026", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer, "Tarnbeck Health Partnership Ltd – Board minutes – Page ")
    title_line(document, "Tarnbeck Health Partnership Ltd (GP federation)", 14)
    document.add_paragraph(
        "Minutes of the Board of Directors held on Thursday 3 December 2026 at 12.30pm, "
        "Boardroom, Saxwardine Lane Surgery, and by video"
    )
    labelled(
        document,
        "Directors: ",
        "Dr Svanhild Hallgarth (Chair, SH), Dr Benedek Rathmoyle-Oji (Medical Director, BRO), "
        "Dr Niamh Clerkenmoor (GP director, NC), Mrs Philippa Eskdaleby (practice manager "
        "director, PE), Mr Ferdinand Ashwellbury (independent non-executive director, FA)",
    )
    labelled(
        document,
        "In attendance: ",
        "Mrs Oriana Blakesmoor (Chief Executive, CEO), Mr Lysandro Pettibone (Chief Operating "
        "Officer, COO), Ms Genevieve Marlowe-Tuckerby (Head of Finance, HoF), Mrs Dilys Farringdale "
        "(company secretary, minutes)",
    )
    labelled(document, "Apologies: ", "Dr Rashpal Okoroigwe-Frain (GP director)")
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    header = table.rows[0].cells
    header[0].text = "Ref"
    header[1].text = "Minute"
    header[2].text = "Owner"
    bold_header_row(table, "DEEAF6")

    def row(ref: str, title: str, paragraphs: list[tuple[str, str]], owner: str = ""):
        cells = table.add_row().cells
        cells[0].text = ref
        first = cells[1].paragraphs[0]
        first.add_run(title).bold = True
        for style, text in paragraphs:
            cells[1].add_paragraph(text, style=style)
        cells[2].text = owner

    normal = "Normal"
    bullet = "List Bullet"
    row(
        "FB26/41",
        "Welcome, apologies and quorum",
        [(normal, "The Chair welcomed directors. Apologies as above. The meeting was quorate.")],
    )
    row(
        "FB26/42",
        "Declarations of interest",
        [
            (
                normal,
                "The GP directors and the practice manager director restated their standing "
                "interests as partners or employees of member practices. Dr Clerkenmoor "
                "declared a specific interest in FB26/46, as her practice hosts one of the "
                "extended access hubs; she took part in the discussion but not the decision.",
            )
        ],
    )
    row(
        "FB26/43",
        "Minutes of the last meeting and action log",
        [
            (
                normal,
                "The Board APPROVED the minutes of the meeting held on 1 October 2026. The "
                "action log was reviewed: all actions were complete except the review of the "
                "phlebotomy rota, which the COO is still working on and which is covered "
                "under FB26/44.",
            )
        ],
    )
    row(
        "FB26/44",
        "Chief Executive's report",
        [
            (
                normal,
                "The CEO reported that the federation's services had delivered 41,300 "
                "appointments in the quarter, including 18,900 extended access "
                "appointments, 6,200 phlebotomy appointments and 2,450 home visits by the "
                "acute visiting service. Patient satisfaction with extended access remained "
                "at 91%. Staff turnover had fallen to 14%, but the phlebotomy service was "
                "still short of two staff and the rota had gaps on Fridays.",
            ),
            (
                normal,
                "The CEO reported that the integrated care board had decided to end the "
                "separate winter access funding from April 2027 and to put the money into "
                "the PCN contracts instead, and that the ICB's primary care committee had "
                "approved a pilot of a same-day access hub in the south of the borough, for "
                "which the federation might be asked to bid. She said that six of the seven "
                "PCNs had signed new service agreements with the federation for 2027/28.",
            ),
            (
                normal,
                "Mr Ashwellbury asked what the end of winter funding meant for the federation's "
                "income. The CEO said about £210,000 a year was at risk unless the PCNs chose "
                "to buy the same service from the federation, which three had said they "
                "would.",
            ),
            (normal, "Directors' comments:"),
            (
                bullet,
                "the federation should make the case to PCN clinical directors early, with "
                "figures on what the winter hubs had achieved;",
            ),
            (
                bullet,
                "a same-day access hub could draw patients away from member practices, and "
                "the federation should only bid if the practices support it;",
            ),
            (
                bullet,
                "the phlebotomy gaps on Fridays were causing complaints to practices and "
                "needed fixing before anything new was taken on.",
            ),
            (normal, "The Board NOTED the Chief Executive's report."),
        ],
    )
    row(
        "FB26/45",
        "Finance report – month 7",
        [
            (
                normal,
                "The Head of Finance presented the month 7 report. Income was £3.42m against "
                "a budget of £3.38m and the federation forecast a surplus of £46,000 for the "
                "year, against a budgeted £60,000, because of agency costs in phlebotomy. "
                "Cash stood at £612,000, equal to about 45 days of costs. She presented a "
                "revised budget for the rest of the year reflecting the new pay award.",
            ),
            (normal, "The Board APPROVED the revised budget for 2026/27."),
        ],
    )
    row(
        "FB26/46",
        "Extended access – contract renewal",
        [
            (
                normal,
                "The COO reported that the extended access contract with the PCNs ends on 31 "
                "March 2027. The PCNs have asked the federation to continue providing the "
                "service from three hubs, with a 4% uplift, for two years. The COO set out the "
                "costs and risks; the main risk was GP sessional rates, which had risen by 11% "
                "in a year.",
            ),
            (
                normal,
                "RESOLVED: that the Board (i) accepts the PCNs' offer to continue the "
                "extended access service from three hubs from 1 April 2027 for two years; and "
                "(ii) delegates to the Chair and the Chief Executive authority to sign the "
                "contract once the final terms are agreed.",
            ),
            (
                normal,
                "The Chief Operating Officer will review the hub rotas with the clinical leads "
                "and bring a workforce plan for the new contract to the February Board.",
            ),
        ],
        "COO",
    )
    row(
        "FB26/47",
        "Clinical governance and safety",
        [
            (
                normal,
                "Dr Rathmoyle-Oji presented the quarterly clinical governance report. There "
                "were 23 incidents, none causing serious harm; two involved test results "
                "being sent to the wrong practice after the new pathology system went live. "
                "One complaint had gone to the ombudsman. The CQC had not yet set a date for "
                "the federation's inspection.",
            ),
            (
                normal,
                "Medical Director to circulate the learning from the two results incidents "
                "to all member practices by the end of December.",
            ),
        ],
        "BRO",
    )
    row(
        "FB26/48",
        "Risk register",
        [
            (
                normal,
                "Mrs Farringdale presented the corporate risk register. The highest risks "
                "were workforce in phlebotomy (score 16), the loss of winter funding (15) and "
                "the IT contract for the hubs (12). Directors asked for a new risk on the "
                "same-day access hub pilot. The Board NOTED the risk register.",
            )
        ],
    )
    row(
        "FB26/49",
        "Any other business and date of next meeting",
        [
            (
                normal,
                "Dr Hallgarth thanked Mrs Eskdaleby, who leaves the Board in January after "
                "six years. The next meeting will be held on Thursday 4 February 2027 at "
                "12.30pm.",
            )
        ],
    )
    set_widths(table, (1.9, 12.6, 1.5))
    save_doc(document, GF_NAME)


def leaseholders() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Committee meeting 1 December 2026", FIXED_TIME)
    page_footer(document.sections[0], "CCLA committee minutes – ")
    centred_bold(document, "Carrowgate Court Leaseholders' Association", 14)
    centred_bold(document, "Committee meeting – minutes")
    centred_bold(document, "Tuesday 1 December 2026, 7pm, residents' lounge, Block B")
    labelled(
        document,
        "Committee: ",
        "Mrs Yolanda Stickleford (Chair, flat 41), Mr Emrys Haddonfield (Secretary, flat 12), "
        "Ms Apolline Tregothnan-Rosdew (Treasurer, flat 67), Mr Vikram Sandhurst-Oyo (flat 3), "
        "Mrs Maud Gillimore (flat 88), Mr Kwabla Amponsah-Lindahl (flat 25)",
    )
    labelled(
        document,
        "Also present: ",
        "Mr Rodrigo Featherstonhaugh-Braxfield (Ravenglass Block Management, for the first part "
        "of the managing agent item); four leaseholders as observers",
    )
    labelled(document, "Apologies: ", "Mr Corin Westerhope (flat 54)")

    def item(words: str) -> None:
        document.add_heading(words, level=2)

    item("Welcome and apologies")
    document.add_paragraph(
        "The Chair welcomed the committee and the observers, and reminded observers that "
        "they could speak when invited by the Chair. Apologies as above."
    )
    item("Minutes of the last meeting")
    document.add_paragraph(
        "The committee approved the minutes of the meeting held on 6 October 2026. On "
        "matters arising, the Secretary said the request for the buildings insurance "
        "schedule had been answered and that the bin store lights had been fixed."
    )
    item("Service charge accounts 2025/26")
    document.add_paragraph(
        "The Treasurer presented her review of the certified service charge accounts for the "
        "year to 30 June 2026, which the managing agent had issued on 20 November. Total "
        "expenditure was £318,400 against a budget of £276,000, an overspend of 15%. The "
        "main overspends were buildings insurance (£61,200, up 28%), the lift repairs in "
        "Block A (£19,800, none of it budgeted) and the management fee, which had risen "
        "with inflation. Each leaseholder's balancing charge averages £410. The reserve fund "
        "stands at £92,000, far below the £450,000 the last reserve fund study said was "
        "needed by 2030."
    )
    document.add_paragraph(
        "Mr Sandhurst-Oyo asked whether the insurance commission paid to the agent was "
        "shown in the accounts. The Treasurer said it was not, and that leaseholders had a "
        "legal right to ask for it. Mrs Gillimore asked whether the association could "
        "challenge the accounts; the Treasurer said that any single leaseholder could apply "
        "to the tribunal, but that the association's first step should be a formal request "
        "for the invoices."
    )
    document.add_paragraph("Members' views:")
    bullets(
        document,
        [
            "the lift repairs were necessary, but leaseholders should have been consulted, "
            "as the cost per flat was over the limit for qualifying works;",
            "the insurance increase is out of line with other blocks in the town, and the "
            "agent should be asked to re-tender the policy with a broker of the "
            "leaseholders' choosing;",
            "many older leaseholders cannot pay a £410 balancing charge in one go, and the "
            "agent should offer payment by instalments without interest.",
        ],
    )
    document.add_paragraph("The committee noted the service charge accounts for 2025/26.")
    item("Major works – roof and windows")
    document.add_paragraph(
        "The Secretary reported that the freeholder, Pellgrove Estates Ltd, had decided to "
        "replace the roofs of Blocks A and C and the communal windows in all three blocks "
        "in 2027, at an estimated cost of £1.2 million, and had issued the first notice of "
        "intention under section 20 of the Landlord and Tenant Act 1985 on 12 November. "
        "Observations must be made by 14 December. The share for each flat would be "
        "between £9,000 and £14,000, less the reserve fund."
    )
    document.add_paragraph(
        "He also reported that the First-tier Tribunal (Property Chamber) had decided the "
        "application by the leaseholders of Ormeside House, a neighbouring block with the "
        "same freeholder, and had found that £86,000 of their roof costs was not "
        "reasonably incurred. The decision might help leaseholders at Carrowgate Court, "
        "but the facts were different."
    )
    document.add_paragraph(
        "The committee agreed to respond to the section 20 notice by 14 December, asking "
        "for the specification, the condition survey on which the works are based and the "
        "names of two contractors nominated by the association to be invited to tender."
    )
    bold_then(
        document.add_paragraph(),
        "Resolved: ",
        "to appoint an independent chartered building surveyor to review the freeholder's "
        "specification and condition survey, at a cost of up to £1,200 from association funds.",
    )
    item("Managing agent")
    document.add_paragraph(
        "Mr Featherstonhaugh-Braxfield joined the meeting. He said that Ravenglass Block "
        "Management had decided to close its local office in January and to handle all "
        "enquiries from its head office, with a property manager visiting once a month. "
        "The committee raised the slow replies to emails, the cleaning of the stairwells "
        "and the broken door entry system in Block C. He said the door entry engineer had "
        "been booked for the following week and that he would look into the cleaning "
        "contract. He left the meeting."
    )
    document.add_paragraph(
        "Members expressed concern that a monthly visit would not be enough for a development "
        "of 96 flats. The Chair said she would raise it with the freeholder's asset manager."
    )
    item("Recognition and membership")
    document.add_paragraph(
        "The Secretary reported that 61 of the 96 flats are now members of the association, "
        "more than the 60% needed for the association to stay recognised. Membership "
        "subscriptions of £12 a year have been paid by 55 members. The Treasurer reported a "
        "balance of £2,940 in the association's account."
    )
    item("Any other business")
    document.add_paragraph(
        "Mrs Gillimore said that the car park barrier had been stuck open for three weeks. "
        "An observer asked about electric vehicle charging points; the Chair said this would "
        "be on the agenda for the next meeting."
    )
    item("Date of next meeting")
    document.add_paragraph("Tuesday 2 February 2027, 7pm, residents' lounge, Block B.")
    document.add_paragraph().add_run("Actions").bold = True
    actions = add_table(
        document,
        [
            ("No.", "Action", "Who", "When"),
            ("1", "Send the section 20 observations to the freeholder", "EH", "14 Dec"),
            (
                "2",
                "Obtain quotes from two chartered building surveyors and appoint one",
                "YS / AT-R",
                "Jan",
            ),
            (
                "3",
                "Write to the agent asking for the insurance commission and the lift "
                "invoices, and for payment by instalments",
                "AT-R",
                "18 Dec",
            ),
            ("4", "Put a notice about the section 20 notice in each block's lobby", "MG", "7 Dec"),
        ],
    )
    bold_header_row(actions, "E2EFDA")
    set_widths(actions, (1.2, 10.3, 2.0, 2.5))
    save_doc(document, LA_NAME)


def main() -> None:
    repair_cafe()
    archaeological_society()
    gp_federation()
    leaseholders()


if __name__ == "__main__":
    main()
