"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_25/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

Like rounds 14 to 24, this round is meant to be representative of the Word minutes clerks
most often upload:

- h25-docx-choral-society-committee: a choral society's committee; bold title run; first
  names; items are "List Paragraph" paragraphs in bold, numbered by a Word list (the numbers
  are not in the text); "Agreed" sentences; "Points raised:" "List Bullet" points; "X to …"
  and "X will …" actions with the owner's initials in square brackets; "Page n of m" footer.
- h25-docx-community-foundation-grants-panel: a community foundation's grants panel;
  "Heading 2" items numbered by a Word list; a fund balances table; applications as bold
  "(a)" … "(d)" paragraphs under one item, each with a bold "Decision:" label; "The panel's
  comments:" "List Bullet" points; PAGE footer.
- h25-docx-parish-council-extraordinary-meeting: a parish council's extraordinary meeting;
  centred bold titles; items are bold Normal paragraphs with typed numbers, a tab and agenda
  wording in capitals, with a hanging indent; indented text; a recorded vote; bold
  "RESOLVED:" runs; a quotations table; "Councillors made the following points:" "List
  Bullet" points; signature lines; PAGE footer.
- h25-docx-golf-club-board: a members' golf club company's board of directors; "Heading 2"
  items with typed numbers `1.0` …; sub-paragraphs typed `1.1` … with a tab and a hanging
  indent; "Directors' comments:" "List Bullet" points; every task in an action log table
  after the last item (No. / Action / Owner / Target date) with a shaded, repeating header
  row; "Private and confidential" header and "Page n of m" footer.
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

FIXED_TIME = dt.datetime(2026, 6, 23, 10, 15, 0, tzinfo=dt.UTC)

CS_NAME = "h25-docx-choral-society-committee"
CF_NAME = "h25-docx-community-foundation-grants-panel"
PC_NAME = "h25-docx-parish-council-extraordinary-meeting"
GC_NAME = "h25-docx-golf-club-board"


def choral_society() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Committee meeting 15 April 2026", FIXED_TIME)
    page_x_of_y(document.sections[0].footer.paragraphs[0])
    title_line(document, "Wethercote Choral Society", 14)
    document.add_paragraph(
        "Minutes of the committee meeting held on Wednesday 15 April 2026 at 7.30pm at "
        "Judith's house"
    )
    labelled(
        document,
        "Present: ",
        "Judith Wainhouse (Chair), Andrew Twizell (Treasurer), Sue Hepplewaite (Secretary), "
        "Bernard Fallowfield (Librarian), Gareth Penmarrow-Tait (Publicity), Priya Sandhoe "
        "(Membership)",
    )
    labelled(document, "In attendance: ", "Marcus Elphinck (Music Director)")
    numbers = add_list(document, list_level(0, "%1.", indent=426, bold=True))

    def item(text: str) -> None:
        paragraph = document.add_paragraph(style="List Paragraph")
        paragraph.add_run(text).bold = True
        set_numbering(paragraph, numbers)
        paragraph.paragraph_format.space_before = Pt(10)

    def text(words: str):
        return indented(document, words, 0.75)

    item("Apologies")
    text("Helen Stroyan (Concert Manager).")
    item("Minutes of the last meeting (11 March)")
    text("Agreed as a correct record and signed by Judith.")
    item("Matters arising")
    text(
        "Bernard has finished the music library inventory. The eight missing copies of "
        "Messiah have turned up in the church vestry cupboard."
    )
    item("Treasurer's report")
    text(
        "Andrew reported that the spring concert made a surplus of £1,184 after the orchestra "
        "and soloists' fees. The bank balance is £9,627. Gift Aid of £1,030 has been claimed "
        "on subscriptions."
    )
    text(
        "The committee agreed to keep the subscription for 2026–27 at £165 a year (£95 for "
        "students and under 25s)."
    )
    item("Autumn concert – Saturday 21 November")
    text(
        "Marcus proposed Haydn's The Creation. The committee talked about the cost of the "
        "orchestra and three soloists."
    )
    text("Points raised:")
    bullets(
        document,
        [
            "orchestra and soloists would cost about £6,800, some £1,500 more than the spring "
            "concert;",
            "a local business might sponsor the soloists, as the estate agents did in 2024;",
            "could the youth choir join us for part of the programme to bring in a younger "
            "audience?",
        ],
    )
    text("Agreed to perform The Creation, with a budget of £7,000 for orchestra and soloists.")
    text("Judith to approach local businesses about sponsoring the soloists. [JW]")
    item("Publicity and tickets")
    text(
        "Gareth showed the committee the new website, which went live on 1 April. Online "
        "booking would save the Secretary a lot of work at concert time."
    )
    text("Gareth will set up online ticket sales for the autumn concert on the new website. [GPT]")
    item("Concert venue")
    text(
        "St Cuthwine's church council has put the hire charge for concerts up from £380 to £450. "
        "The committee agreed to accept the new charge, as there is no other venue in "
        "Wethercote big enough for choir and orchestra."
    )
    item("Membership")
    text(
        "Priya reported 74 members: 29 sopranos, 21 altos, 10 tenors and 14 basses. Three new "
        "members joined this term, two sopranos and a tenor. Tenors are still needed and "
        "everyone is asked to bring a friend to the open rehearsal on 9 September."
    )
    item("Any other business")
    text(
        "Marcus said that Kathleen Ambrey is retiring as accompanist in July after 22 years. "
        "Agreed to give her a gift of £75 and a card signed by the choir."
    )
    text("Sue to buy the gift and card before the last rehearsal of term. [SH]")
    item("Date of next meeting")
    text("Wednesday 10 June 2026, 7.30pm, at Judith's.")
    save_deterministic(document, HERE / f"{CS_NAME}.docx", FIXED_TIME)


def community_foundation() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Grants panel 23 April 2026", FIXED_TIME)
    page_footer(
        document.sections[0],
        "Tarnwick Community Foundation – Grants Panel – 23 April 2026 – page ",
        WD_ALIGN_PARAGRAPH.RIGHT,
    )
    centred_bold(document, "Tarnwick Community Foundation", 14)
    centred_bold(document, "Grants Panel")
    centred_bold(
        document, "Notes of the meeting on Thursday 23 April 2026, 2.00pm, Foundation office"
    )
    labelled(
        document,
        "Panel members: ",
        "Margaret Ellerington (Chair, trustee), Ruth Kinnerton, Deepak Sohanpal, Frank Urquhart-Low",
    )
    labelled(
        document,
        "Staff: ",
        "Tom Aveline (Grants Manager), Nasreen Quddus (Grants Officer, notes)",
    )
    labelled(document, "Observer: ", "Josh Penhaligan (prospective panel member)")
    numbers = add_list(document, list_level(0, "%1.", indent=567, style_id="Heading2"))

    def item(words: str) -> None:
        heading = document.add_heading(words, level=2)
        set_numbering(heading, numbers)

    item("Welcome and apologies")
    document.add_paragraph("Apologies were received from Linda Hayworth-Bright.")
    item("Declarations of interest")
    document.add_paragraph(
        "Ruth Kinnerton declared an interest in application TCF-0461 as treasurer of the "
        "Scarrow Youth Project. She left the room while it was discussed and took no part in "
        "the decision."
    )
    item("Notes of the last meeting (22 January 2026)")
    document.add_paragraph("The panel agreed the notes of the last meeting.")
    item("Funds available")
    document.add_paragraph("Tom Aveline set out the funds available for this round:")
    table = add_table(
        document,
        [
            ("Fund", "Available", "Requested this round"),
            ("Tarnwick Vital Communities Fund", "£14,200", "£3,650"),
            ("Pentreath Family Fund (older people)", "£6,000", "£4,800"),
            ("Young People's Fund", "£5,500", "£5,000"),
        ],
    )
    set_widths(table, (7.5, 3.5, 4.5))
    item("Applications – spring round")

    def application(words: str) -> None:
        document.add_paragraph().add_run(words).bold = True

    def decision(words: str) -> None:
        bold_then(document.add_paragraph(), "Decision: ", words)

    application("(a) TCF-0458 Tinkers Hill Lunch Club – £4,800")
    document.add_paragraph(
        "Towards a minibus and driver to bring 20 older people to the weekly lunch club for a "
        "year. The club is well run and its last grant was fully spent and reported on. To be "
        "paid from the Pentreath Family Fund, in line with the donors' wishes."
    )
    decision("award £4,800 in full.")
    application("(b) TCF-0461 Scarrow Youth Project – £5,000")
    document.add_paragraph(
        "Two youth work sessions a week on the Scarrow estate for 40 weeks, from the Young "
        "People's Fund."
    )
    document.add_paragraph("The panel's comments:")
    bullets(
        document,
        [
            "strong evidence of need, with letters of support from the primary school and the "
            "neighbourhood policing team;",
            "the budget includes £1,200 for minibus hire that the application does not explain;",
            "the project has not yet sent in its end-of-grant report for the 2025 grant.",
        ],
    )
    decision(
        "award £3,800, leaving out the minibus hire, on condition that the 2025 end-of-grant "
        "report is received first."
    )
    application("(c) TCF-0463 Friends of Wyndle Common – £2,500")
    document.add_paragraph(
        "For two benches and interpretation boards. The common is owned by the parish council, "
        "which has not yet given its permission."
    )
    decision("decline; the group may reapply once it has the landowner's consent.")
    application("(d) TCF-0467 Tarnwick Walking Football – £1,150")
    document.add_paragraph(
        "For kit, balls and pitch hire for a new over-60s walking football group."
    )
    decision("award £1,150 in full.")
    document.add_paragraph(
        "Nasreen Quddus will write to all four applicants within five working days."
    )
    item("Monitoring")
    document.add_paragraph(
        "Tom Aveline reported that 16 of the 19 end-of-grant reports due by 31 March have been "
        "received. Nasreen to chase the three overdue reports."
    )
    item("Donor funds")
    document.add_paragraph(
        "The Pentreath family have asked for their fund to focus on loneliness among older "
        "people in the rural parishes from next year. This will be reflected in the next "
        "round's guidance."
    )
    item("Panel membership")
    document.add_paragraph(
        "Josh Penhaligan has observed two meetings and would like to join the panel. The panel "
        "agreed to recommend him to the Board of Trustees for appointment."
    )
    document.add_paragraph("Margaret will send Josh's details to the Chief Executive.")
    item("Date of next meeting")
    document.add_paragraph("Thursday 16 July 2026, 2.00pm.")
    save_deterministic(document, HERE / f"{CF_NAME}.docx", FIXED_TIME)


def parish_council() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Extraordinary meeting 11 May 2026", FIXED_TIME)
    page_footer(document.sections[0])
    centred_bold(document, "THORNLEY ABBAS PARISH COUNCIL", 14)
    centred_bold(
        document,
        "Minutes of the Extraordinary Meeting of the Parish Council held on Monday 11 May 2026 "
        "at 7.00pm in Thornley Abbas Village Hall",
    )
    labelled(
        document,
        "Present:\t",
        "Cllr J Ormethwaite-Little (Chairman), Cllr A Ashwardine-Hale, Cllr R Dunsford, "
        "Cllr S Pilbrow, Cllr K Tremellick, Cllr E Varndell",
    )
    labelled(
        document,
        "In attendance:\t",
        "Mrs C Fairbeck (Clerk and RFO), District Cllr B Witheridge, 34 members of the public",
    )

    def item(words: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(words).bold = True
        paragraph.paragraph_format.left_indent = Cm(1.27)
        paragraph.paragraph_format.first_line_indent = Cm(-1.27)
        paragraph.paragraph_format.space_before = Pt(8)

    def text(words: str):
        return indented(document, words, 1.27)

    def resolved(words: str) -> None:
        paragraph = bold_then(document.add_paragraph(), "RESOLVED: ", words)
        paragraph.paragraph_format.left_indent = Cm(1.27)

    item("1.\tTO RECEIVE APOLOGIES FOR ABSENCE")
    text("Apologies were received from Cllr N Paskell (on holiday).")
    item("2.\tTO RECEIVE DECLARATIONS OF INTEREST AND REQUESTS FOR DISPENSATIONS")
    text(
        "Cllr Dunsford declared a non-registerable interest in item 4, as his land adjoins the "
        "application site. He left the room for that item. There were no requests for "
        "dispensations."
    )
    item("3.\tPUBLIC PARTICIPATION")
    text(
        "The meeting was adjourned for public participation. Eleven residents spoke about the "
        "solar farm application (item 4). Most were against it because of the loss of farmland, "
        "the view from the bridleway on Starveacre Hill and the construction traffic; two spoke "
        "in favour because of the community benefit fund. A representative of the applicant, "
        "Helioforge Renewables Ltd, answered questions on the battery storage. The meeting was "
        "reconvened at 7.42pm."
    )
    item(
        "4.\tTO CONSIDER PLANNING APPLICATION 26/00418/FUL – INSTALLATION OF A 28MW SOLAR FARM "
        "WITH BATTERY STORAGE, LAND AT NETHERCLEAVE FARM, SPARROWGREEN LANE"
    )
    text("Councillors made the following points:")
    bullets(
        document,
        [
            "about two-thirds of the site is grade 3a land, which counts as best and most "
            "versatile agricultural land;",
            "the screening hedges would take ten years or more to grow to a useful height;",
            "construction traffic for six months on Sparrowgreen Lane, which is single track "
            "with few passing places, would be dangerous for walkers and riders;",
            "the community benefit fund of £28,000 a year for 40 years would be a real help to "
            "the village, but should not decide the Council's response.",
        ],
    )
    text(
        "It was proposed by Cllr Ashwardine-Hale and seconded by Cllr Tremellick that the Council "
        "objects to the application. A recorded vote was requested:"
    )
    text(
        "For: Cllrs Ashwardine-Hale, Ormethwaite-Little, Tremellick and Varndell\n"
        "Against: Cllr Pilbrow\n"
        "Abstained: none"
    )
    resolved(
        "that Thornley Abbas Parish Council objects to application 26/00418/FUL because of the "
        "loss of best and most versatile agricultural land, the harm to the landscape and to "
        "views from the public rights of way, and the danger from construction traffic on "
        "Sparrowgreen Lane."
    )
    text("Clerk to submit the Council's objection to the District Council by 15 May.")
    text(
        "District Cllr Witheridge said that he would ask for the application to go to the "
        "District Council's planning committee if officers were minded to approve it."
    )
    item("5.\tTO CO-OPT A COUNCILLOR TO FILL THE CASUAL VACANCY")
    text(
        "Two candidates, Ms H Gosbeck and Mr D Ivesley-Platt, had applied and each spoke to "
        "the Council for three minutes. A ballot was held."
    )
    resolved("that Ms H Gosbeck be co-opted to fill the vacancy.")
    text(
        "Ms Gosbeck signed the Declaration of Acceptance of Office in the presence of the "
        "Clerk and took her seat. The Chairman thanked Mr Ivesley-Platt for standing."
    )
    text("Clerk to notify the District Council's Electoral Services of the co-option.")
    item("6.\tTO CONSIDER QUOTATIONS FOR REPLACING THE MULTI-PLAY UNIT AT THE RECREATION GROUND")
    text(
        "The unit failed its annual inspection in March and has been taped off. Three "
        "quotations had been received (excluding VAT):"
    )
    table = add_table(
        document,
        [
            ("Supplier", "Unit", "Price"),
            ("Meadowcraft Play Ltd", "Timber tower with two slides", "£17,450"),
            ("Kestrel Leisure Installations", "Steel tower and net", "£19,880"),
            ("PlayWorks Direct", "Timber tower, one slide", "£15,900"),
        ],
    )
    set_widths(table, (5.5, 6.5, 3.0))
    text("Proposed Cllr Pilbrow, seconded Cllr Varndell, and unanimously")
    resolved(
        "to accept the quotation from Meadowcraft Play Ltd of £17,450 plus VAT, to be paid "
        "for from the play area earmarked reserve (£12,000) and section 106 money (£5,450)."
    )
    text("The Chairman and the Clerk will sign the order.")
    item("7.\tEXCLUSION OF THE PRESS AND PUBLIC")
    resolved(
        "that under the Public Bodies (Admission to Meetings) Act 1960 the press and public be "
        "excluded for the following item because of the confidential nature of the business "
        "to be discussed (staffing)."
    )
    item("8.\tSTAFFING – CLERK'S HOURS")
    text("The Council considered the recommendation of the Staffing Committee of 28 April.")
    resolved(
        "to increase the Clerk's contracted hours from 12 to 15 a week from 1 June 2026, as "
        "recommended by the Staffing Committee."
    )
    document.add_paragraph("The meeting closed at 8.55pm.")
    document.add_paragraph()
    document.add_paragraph("Signed ……………………………… Chairman\t\tDate ………………………")
    save_deterministic(document, HERE / f"{PC_NAME}.docx", FIXED_TIME)


def golf_club() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Board of Directors 19 May 2026", FIXED_TIME)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.add_run("PRIVATE AND CONFIDENTIAL").bold = True
    page_x_of_y(section.footer.paragraphs[0])
    centred_bold(document, "Pollard's Heath Golf Club Limited", 14)
    centred_bold(document, "Minutes of the Board of Directors")
    centred_bold(document, "Tuesday 19 May 2026 at 6.00pm in the Committee Room")
    labelled(
        document,
        "Directors present: ",
        "Robert Gathercliffe (Chairman), Elaine Ruskin-Bray (Finance), Vikram Dhesi-Long "
        "(Greens), Anne Tolworthy (Membership), Phil Scurrah (House), Jeremy Lathwell (Club "
        "Captain)",
    )
    labelled(
        document,
        "In attendance: ",
        "Claire Moxworth (General Manager), Darren Hetherwick (Course Manager, for item 4.0)",
    )

    def item(words: str) -> None:
        document.add_heading(words, level=2)

    def para(number: str, words: str) -> None:
        paragraph = document.add_paragraph(f"{number}\t{words}")
        paragraph.paragraph_format.left_indent = Cm(1.25)
        paragraph.paragraph_format.first_line_indent = Cm(-1.25)

    item("1.0\tApologies and declarations of interest")
    para("1.1", "Apologies were received from Sandra Quaintance (Ladies' Captain).")
    para("1.2", "No interests were declared.")
    item("2.0\tMinutes of the meeting held on 17 March 2026")
    para("2.1", "The Board approved the minutes as a true record.")
    para("2.2", "Matters arising are covered by the agenda and the action log.")
    item("3.0\tFinance")
    para(
        "3.1",
        "Elaine reported on the management accounts to 30 April. Subscription income is "
        "£612,400, 98% of budget. Green fee income is 14% up on last year because of the "
        "society bookings, and the bar gross profit is 61%.",
    )
    para("3.2", "The Board approved the management accounts to 30 April 2026.")
    item("4.0\tCourse and greens")
    para(
        "4.1",
        "The Course Manager reported that the Environment Agency has renewed the club's water "
        "abstraction licence for a further twelve years.",
    )
    para(
        "4.2",
        "The main irrigation pump failed on 2 May and is running on the standby pump. A "
        "replacement will cost £23,900 fitted. The Board approved the replacement, to be paid "
        "for from the course reserve.",
    )
    para(
        "4.3",
        "It was agreed to put back the bunker renovations on the 3rd, 7th and 15th holes until "
        "October, so that the work does not clash with the summer competitions.",
    )
    item("5.0\tMembership")
    para(
        "5.1",
        "Anne reported 684 playing members, 22 more than a year ago, with a waiting list of "
        "nine for seven-day membership.",
    )
    para(
        "5.2",
        "Anne presented a proposal for a new 'Flexi' membership: a lower annual fee with "
        "a number of points to spend on rounds, aimed at members under 40.",
    )
    document.add_paragraph("Directors' comments:")
    bullets(
        document,
        [
            "Flexi members should not be able to book tee times before 10am at weekends;",
            "there is a risk that some full members would move down to Flexi, and the numbers "
            "switching should be watched;",
            "the points should run from 1 July to 30 June in line with the subscription year.",
        ],
    )
    para(
        "5.3",
        "The Board agreed to introduce Flexi membership at £595 a year from 1 July 2026 for a "
        "trial year.",
    )
    item("6.0\tClubhouse")
    para(
        "6.1",
        "Phil reported a leak in the roof over the men's locker room after the heavy rain in "
        "April.",
    )
    para(
        "6.2",
        "The catering contract with Fairway Kitchen Ltd ends on 30 June. Members' feedback "
        "on the food has been good. The Board resolved to renew the contract for two years on "
        "the same terms.",
    )
    item("7.0\tHealth and safety")
    para(
        "7.1",
        "Two incidents were reported: a member was hit by a ball on the 9th tee from the 10th "
        "fairway, and a buggy turned over on the path by the 14th green. No one was seriously "
        "hurt.",
    )
    item("8.0\tAny other business")
    para(
        "8.1",
        "Jeremy reported that the Ladies' Captain's charity day raised £3,460 for the county "
        "air ambulance. The Board passed on its thanks to all who helped.",
    )
    item("9.0\tDate of next meeting")
    para("9.1", "Tuesday 21 July 2026 at 6.00pm.")

    document.add_paragraph().add_run("Action log").bold = True
    table = add_table(
        document,
        [
            ("No.", "Action", "Owner", "Target date"),
            ("1", "Order the replacement irrigation pump", "DH", "5 June 2026"),
            (
                "2",
                "Draw up the Flexi membership terms and publicise them",
                "AT / CM",
                "1 July 2026",
            ),
            ("3", "Sign the renewal of the catering contract", "CM", "30 June 2026"),
            ("4", "Review the warning signs between the 9th and 10th holes", "DH", "July board"),
            ("5", "Get two quotes for repairing the locker room roof", "PS", "July board"),
        ],
    )
    bold_header_row(table, "D9D9D9")
    repeat_header_row(table)
    set_widths(table, (1.2, 9.0, 2.5, 3.0))
    save_deterministic(document, HERE / f"{GC_NAME}.docx", FIXED_TIME)


def main() -> None:
    choral_society()
    community_foundation()
    parish_council()
    golf_club()


if __name__ == "__main__":
    main()
