"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_27/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h27-docx-homeless-charity-trustees: a homelessness charity's board of trustees; "Title";
  attendance table with initials; "Heading 1" items numbered 1. … by a Word list (the
  numbers are not in the text); a matters-arising table with a Status column; bold
  "RESOLVED:" labels with (a)/(b); "Trustees commented:" "List Bullet" points; bold
  "ACTION:" lines; "Page n of m" footer.
- h27-docx-brass-band-committee: a brass band's committee; bold title run; first names;
  items are bold Normal paragraphs with typed numbers and a tab; "Proposed …, seconded ….
  Carried."; "Agreed …"; a list of engagements with line breaks; "Comments from the
  committee:" "List Bullet" points; "X to … (Action: XX)" and "X will …"; PAGE footer.
- h27-docx-flood-action-group: a village flood action group; centred bold title; the
  minutes one three-column table (Item / Notes / Action) with a shaded, repeated header
  row; "Points raised:" "List Bullet" points inside a cell; owners' initials in the Action
  column beside "X to …" sentences.
- h27-docx-community-library-trustees: a volunteer-run community library charity's
  trustees; "Title"; "Heading 2" items numbered 57. … 65. by a Word list starting at 57;
  bold "Agreed:" labels, one with (a)/(b); "Trustees' comments:" "List Bullet" points;
  every task in an "Action log" table after the last item; header and PAGE footer.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

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

FIXED_TIME = dt.datetime(2026, 11, 20, 10, 15, 0, tzinfo=dt.UTC)

HC_NAME = "h27-docx-homeless-charity-trustees"
BB_NAME = "h27-docx-brass-band-committee"
FAG_NAME = "h27-docx-flood-action-group"
LIB_NAME = "h27-docx-community-library-trustees"


def homeless_charity() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Board of Trustees 12 November 2026", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(footer)
    document.add_paragraph("Harbourlight Homeless Trust", style="Title")
    document.add_paragraph(
        "Minutes of the Board of Trustees meeting held on Thursday 12 November 2026 at "
        "5.30pm at Harbourlight House, Quayside Road, Ebbsworth, and on Teams"
    )
    table = add_table(
        document,
        [
            ("Trustees", "Staff in attendance"),
            (
                "Graham Iddon (Chair) GI\nAnita Velloza (Vice-Chair) AV\n"
                "Robert Kinsale (Treasurer) RK\nDeborah Aughton DA\nYusuf Harlock YH",
                "Clare Whitbury (Chief Executive) CW\nMarcus Dellow (Operations Manager) MD\n"
                "Fiona Yeardon (Fundraising Manager) FY\nJess Timperley (minutes)",
            ),
        ],
    )
    set_widths(table, (8.0, 8.0))
    numbers = add_list(document, list_level(0, "%1.", indent=567, style_id="Heading1"))

    def item(words: str) -> None:
        heading = document.add_heading(words, level=1)
        set_numbering(heading, numbers)

    def resolved(words: str):
        return bold_then(document.add_paragraph(), "RESOLVED: ", words)

    def action(words: str):
        return bold_then(document.add_paragraph(), "ACTION: ", words)

    item("Welcome, apologies and declarations of interest")
    document.add_paragraph(
        "The Chair welcomed everyone, and in particular Yusuf Harlock to his first meeting. "
        "Apologies were received from Pauline Crossthwaite. No interests were declared."
    )
    item("Minutes of the meeting held on 17 September 2026")
    resolved("the minutes were approved as a correct record.")
    item("Matters arising and action log")
    log = add_table(
        document,
        [
            ("Action", "Owner", "Status"),
            ("Circulate the updated lone working procedure to trustees", "MD", "Complete"),
            (
                "Contact three local firms about payroll giving",
                "FY",
                "Ongoing – two meetings booked",
            ),
            ("Review trustee skills audit and report gaps", "GI", "Carried forward to January"),
        ],
    )
    bold_header_row(log, "D9E2F3")
    set_widths(log, (10.0, 2.0, 4.5))
    item("Chief Executive's report")
    document.add_paragraph(
        "The Chief Executive reported that the hostel had been full every night since "
        "September, with 31 people turned away in October. Move-on into settled housing had "
        "improved, with 14 residents moving on in the quarter. Two support worker vacancies "
        "have been filled."
    )
    item("Finance – management accounts to 30 September 2026")
    document.add_paragraph(
        "The Treasurer presented the management accounts. Income was £612,400 against a budget "
        "of £598,000, helped by a legacy of £25,000. Expenditure was on budget. Free reserves "
        "stand at £286,000, just over four months' running costs."
    )
    resolved("the Board noted the management accounts to 30 September 2026.")
    item("Winter night shelter 2026/27")
    document.add_paragraph(
        "The Operations Manager presented the plan to run a winter night shelter with eight "
        "beds at St Gudwal's church hall from 1 December to 31 March, with volunteers from five "
        "churches. The cost is £38,500, of which the borough council will fund £20,000."
    )
    document.add_paragraph("Trustees commented:")
    bullets(
        document,
        [
            "volunteer numbers must be confirmed before the opening date, with at least two "
            "trained volunteers every night;",
            "the church hall has no showers, so guests should be offered the hostel's day "
            "centre in the mornings;",
            "the shelter should not open if the council's £20,000 is not confirmed in writing.",
        ],
    )
    resolved(
        "(a) to open the winter night shelter from 1 December 2026 to 31 March 2027, subject "
        "to written confirmation of the council's funding; (b) to fund the balance of £18,500 "
        "from the designated winter reserve."
    )
    action(
        "Operations Manager to recruit and train the volunteers and confirm the rota by 25 November."
    )
    item("Safeguarding report")
    document.add_paragraph(
        "Deborah Aughton, lead trustee for safeguarding, presented the quarterly report. Six "
        "concerns were raised in the quarter, two of which were referred to the local "
        "authority. There were no serious incidents."
    )
    document.add_paragraph("The Board noted the safeguarding report.")
    item("Fundraising strategy 2027–2030")
    document.add_paragraph(
        "The Fundraising Manager presented the strategy, which aims to raise voluntary income "
        "from £190,000 to £260,000 a year by 2030, mainly through regular giving and trusts."
    )
    document.add_paragraph("The Board approved the fundraising strategy 2027–2030.")
    action(
        "Fundraising Manager to bring a first-year delivery plan with costs to the January meeting."
    )
    item("Any other business")
    document.add_paragraph(
        "The Chair reminded trustees that the Christmas sleep-out is on 12 December and asked "
        "them to share the appeal."
    )
    item("Date of next meeting")
    document.add_paragraph("Thursday 21 January 2027 at 5.30pm, Harbourlight House and Teams.")
    save_deterministic(document, HERE / f"{HC_NAME}.docx", FIXED_TIME)


def brass_band() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Committee meeting 9 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "Page ")
    title_line(document, "Carrbeck Silver Band – Committee Meeting", 14)
    document.add_paragraph("Monday 9 November 2026, 7.00pm, in the band room before rehearsal")
    labelled(
        document,
        "Present: ",
        "Lynne Hathersage (Chair), Janet Birtlesworth (Secretary, JB), Steve Moorgarth "
        "(Treasurer), Gareth Ivatt (Bandmaster), Kayleigh Dunford, Phil Rastrick, Colin Sowerthwaite",
    )

    def item(number: str, words: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{number}.\t{words}").bold = True
        paragraph.paragraph_format.space_before = Pt(10)

    item("1", "Apologies")
    document.add_paragraph("Andy Pickervance (working away).")
    item("2", "Minutes of last meeting")
    document.add_paragraph(
        "Proposed Gareth, seconded Kayleigh, that the minutes of 12 October be accepted. Carried."
    )
    item("3", "Matters arising")
    document.add_paragraph(
        "The insurance company has still not paid out for the tenor horn damaged at the "
        "gala. Janet to chase the insurance claim again this week. (Action: JB)"
    )
    item("4", "Treasurer's report")
    document.add_paragraph(
        "Steve reported £6,834 in the general account and £3,215 in the uniform fund. "
        "Engagement fees this year are £4,900, up on last year. The band room rent goes up "
        "to £65 a week in January."
    )
    document.add_paragraph("Agreed that players' subs stay at £10 a month for 2027.")
    item("5", "Bandmaster's report")
    document.add_paragraph(
        "Gareth said the band is at full strength apart from a second baritone. Two learners "
        "from the training band should be ready to move up by Easter. Attendance at "
        "rehearsals has been good."
    )
    item("6", "Area contest 2027")
    document.add_paragraph(
        "The test piece for the Third Section has been announced. The contest is on Saturday "
        "6 March 2027."
    )
    document.add_paragraph("Comments from the committee:")
    bullets(
        document,
        [
            "the piece is hard for the cornets, and extra sectionals will be needed in January "
            "and February;",
            "we should borrow a second baritone player for the contest if we cannot recruit one;",
            "the coach should be booked early, as the price went up last year when we booked late.",
        ],
    )
    document.add_paragraph("The committee agreed to enter the Area contest in the Third Section.")
    document.add_paragraph(
        "Bandmaster to arrange the extra sectionals and ask around for a baritone player."
    )
    item("7", "Christmas engagements")
    paragraph = document.add_paragraph("Janet read out the requests received so far:")
    for line in (
        "Sat 5 Dec – Carrbeck Christmas lights switch-on",
        "Sun 13 Dec – carols at St Wilfrith's, 6.30pm",
        "Thu 17 Dec – Moorview Care Home",
        "Sat 19 Dec – carolling round the village (collection for band funds)",
    ):
        paragraph.add_run().add_break()
        paragraph.add_run(line)
    document.add_paragraph("Agreed to accept all four engagements.")
    document.add_paragraph(
        "Steve will draw up the carolling rota and the collection tins list by the end of November."
    )
    item("8", "Uniforms")
    document.add_paragraph(
        "The jackets bought in 2011 are worn out and several do not fit. Lynne had a quote "
        "from Brassline Uniforms for new jackets at £145 each. Proposed Steve, seconded Phil, "
        "that the band buys 12 new jackets from the uniform fund. Carried, 6 for, 1 against."
    )
    document.add_paragraph("Lynne to order the jackets and arrange a fitting night. (Action: LH)")
    item("9", "Any other business")
    document.add_paragraph(
        "Colin said the band room boiler was making a noise again and the landlord had been "
        "told. Kayleigh thanked everyone who helped at the Remembrance parade."
    )
    item("10", "Date of next meeting")
    document.add_paragraph("Monday 11 January 2027, 7.00pm, band room.")
    save_deterministic(document, HERE / f"{BB_NAME}.docx", FIXED_TIME)


def flood_group() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Flood action group 28 October 2026", FIXED_TIME)
    centred_bold(document, "Ravensdyke Flood Action Group", 14)
    centred_bold(document, "Notes of the meeting held on Wednesday 28 October 2026 at 7.00pm")
    centred_bold(document, "Ravensdyke Methodist Schoolroom")
    labelled(
        document,
        "Present: ",
        "Pam Heskin (Chair, PH), Colin Truswell (CT), Kath Rudkin (KR), Jim Osgarby, "
        "Beverley Ainscow, Mohammed Latifi, Cllr Ruth Dallamore (parish council)",
    )
    labelled(
        document,
        "Also present: ",
        "Sarah Whitberry, flood resilience officer, Environment Agency (for item 3)",
    )
    rows = [("Item", "Notes", "Action")]
    table = add_table(document, rows)
    bold_header_row(table, "DEEAF6")
    repeat_header_row(table)

    def row(number: str, title: str, paragraphs: list[str], owner: str = "", points=()):
        cells = table.add_row().cells
        cells[0].text = number
        notes = cells[1]
        notes.paragraphs[0].add_run(title).bold = True
        for words in paragraphs:
            if words == "<points>":
                for point in points:
                    notes.add_paragraph(point, style="List Bullet")
            else:
                notes.add_paragraph(words)
        cells[2].text = owner

    row(
        "1",
        "Welcome and apologies",
        ["Pam welcomed everyone. Apologies from Dave Cheverell and Lesley Graddon."],
    )
    row("2", "Notes of the last meeting (15 July)", ["Agreed as accurate."])
    row(
        "3",
        "Environment Agency update",
        [
            "Sarah reported that the new river level gauge at Ravensdyke Bridge is in place "
            "and linked to the flood warning service. The gauge board for the public will be "
            "fitted later. The maintenance of the culvert under Weir Street is the county "
            "council's job as highway authority.",
            "Points raised:",
            "<points>",
            "Pam to ask the EA for a date for the gauge board to be fitted.",
        ],
        "PH",
        points=(
            "residents in Weir Street had not been told about the flood warning service and "
            "many are not signed up;",
            "the culvert was blocked twice last winter, both times by garden waste;",
            "could the warning level for Ravensdyke Bridge be lowered to give more time? "
            "Sarah said she would ask the forecasting team.",
        ),
    )
    row(
        "4",
        "Property flood resilience grants",
        [
            "Colin reported that 11 households have applied for the county council's property "
            "flood resilience grants and four surveys have been done. Several older residents "
            "find the forms hard.",
            "The group agreed to hold a drop-in session in the schoolroom to help people with "
            "the applications.",
            "Colin to arrange the drop-in session with the county council's flood team.",
        ],
        "CT",
    )
    row(
        "5",
        "Flood wardens",
        [
            "There are now nine flood wardens. Two new wardens need kit.",
            "The group agreed to buy two more sets of waders, torches and hi-vis jackets from "
            "the parish council grant (about £240).",
            "Kath will update the warden contact list and circulate it to all wardens.",
        ],
        "KR",
    )
    row(
        "6",
        "Community flood plan",
        [
            "The draft update of the community flood plan was circulated before the meeting. "
            "The main changes are the new gauge, the rest centre at the village hall and the "
            "updated contact list.",
            "Agreed: the updated plan to be adopted and a copy sent to the parish council.",
            "Pam to send the plan to the parish clerk.",
        ],
        "PH",
    )
    row(
        "7",
        "AOB",
        [
            "Cllr Dallamore said the parish council would include a flood page in the winter "
            "newsletter. Jim reminded everyone to check their sandbag stores."
        ],
    )
    row("8", "Date of next meeting", ["Wednesday 20 January 2027, 7.00pm, Methodist Schoolroom."])
    set_widths(table, (1.2, 12.5, 2.3))
    page_footer(document.sections[0], "Ravensdyke Flood Action Group – page ")
    save_deterministic(document, HERE / f"{FAG_NAME}.docx", FIXED_TIME)


def community_library() -> None:
    document = new_document("Verdana", 10)
    fix_properties(document, "Trustees meeting 5 November 2026", FIXED_TIME)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.add_run("Kelmscourt Community Library – charity no. 1172095")
    page_footer(section)
    document.add_paragraph("Kelmscourt Community Library", style="Title")
    document.add_paragraph(
        "Minutes of the trustees' meeting held on Thursday 5 November 2026 at 10.00am in the "
        "library meeting room"
    )
    labelled(
        document,
        "Present: ",
        "Anne Wreathall (Chair, AW), Geoffrey Pashby (Treasurer, GP), Moira Kettlestone "
        "(Secretary, MK), Tunde Akinwale (TA), Judith Crowcombe (JC)",
    )
    labelled(document, "Volunteer coordinator: ", "Brenda Lasseter (BL)")
    numbers = add_list(document, list_level(0, "%1.", indent=709, start=57, style_id="Heading2"))

    def item(words: str) -> None:
        heading = document.add_heading(words, level=2)
        set_numbering(heading, numbers)

    def agreed(words: str):
        return bold_then(document.add_paragraph(), "Agreed: ", words)

    item("Apologies")
    document.add_paragraph("Peter Sallowcroft.")
    item("Declarations of interest")
    document.add_paragraph("None.")
    item("Minutes of the meeting on 3 September 2026")
    agreed("the minutes were approved as a correct record.")
    item("Chair's report")
    document.add_paragraph(
        "Anne reported that visits in September and October were 4,120, up 9% on last year, "
        "helped by the children's summer reading challenge. The new self-service kiosk from "
        "the county library service has been installed."
    )
    item("Finance")
    document.add_paragraph(
        "Geoffrey presented the accounts to 31 October. The library holds £17,460, of which "
        "£8,000 is restricted to the building fund. Room hire brought in £1,930 this year."
    )
    document.add_paragraph("The trustees noted the accounts to 31 October.")
    agreed("to move £5,000 of unrestricted funds to the deposit account.")
    item("Volunteers")
    document.add_paragraph(
        "Brenda reported 52 active volunteers, but the Saturday afternoon rota has had gaps "
        "on four Saturdays since September."
    )
    document.add_paragraph("Trustees' comments:")
    bullets(
        document,
        [
            "the Saturday afternoon opening could be shortened to 2.00pm to 4.00pm if the gaps "
            "continue;",
            "the sixth form at Kelmscourt High School might supply volunteers for their "
            "volunteering awards;",
            "volunteers should be thanked more often, perhaps with a party in the new year.",
        ],
    )
    agreed("to advertise for Saturday volunteers in the library and the parish magazine.")
    item("Lease with the county council")
    document.add_paragraph(
        "The county council has offered a new ten-year lease of the library building at a "
        "peppercorn rent, with the library responsible for internal repairs."
    )
    agreed(
        "(a) to accept the county council's offer of a ten-year lease, subject to the "
        "solicitor's advice on the repairing clause; (b) to ask Hemmingsley & Barradell "
        "Solicitors to act for the library, at a fixed fee of up to £900."
    )
    item("Any other business")
    document.add_paragraph(
        "Judith asked trustees to let her have their ideas for the spring author event."
    )
    item("Date of next meeting")
    document.add_paragraph("Thursday 7 January 2027 at 10.00am.")
    document.add_paragraph().add_run("Action log").bold = True
    log = add_table(
        document,
        [
            ("Ref", "Action", "Owner", "By"),
            ("61", "Move £5,000 to the deposit account", "GP", "30 November"),
            (
                "62",
                "Put up the volunteer appeal and send it to the parish magazine",
                "BL",
                "20 November",
            ),
            ("62", "Contact the sixth form about volunteering", "TA", "January meeting"),
            ("63", "Instruct the solicitors and send them the draft lease", "MK", "13 November"),
        ],
    )
    bold_header_row(log, "E2EFD9")
    set_widths(log, (1.2, 9.5, 2.0, 3.3))
    save_deterministic(document, HERE / f"{LIB_NAME}.docx", FIXED_TIME)


def main() -> None:
    homeless_charity()
    brass_band()
    flood_group()
    community_library()


if __name__ == "__main__":
    main()
