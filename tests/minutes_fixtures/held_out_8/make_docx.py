"""Writes this round's three Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_8/make_docx.py`.

Each document is laid out the way a different kind of clerk types minutes in Word:

- h8-docx-town-council-finance-numbered: a town council committee whose agenda items are
  Word's own "List Number" paragraphs (the item numbers come from Word's numbering, not from
  the text), with "Present:" lines laid out with tabs and line breaks, "Proposed / Seconded /
  RESOLVED" written as one paragraph with line breaks, budget tables, "List Bullet" points,
  typed "(a)" / "(b)" sub-paragraphs, and a footer with a PAGE field.
- h8-docx-school-resources-table: a school governing board committee whose minutes are one
  three-column Word table (Item / Minute / Action); each Minute cell starts with a bold title
  and a line break, governors' questions are "List Bullet" paragraphs inside the cell, and the
  Action column holds the owner of each "ACTION:" line.
- h8-docx-cic-board-bold-runs: a community interest company board whose items are Normal
  paragraphs with a bold run holding a typed number, a tab and the title; actions end with a
  tab to a right-aligned tab stop and "Action: <initials>"; a small accounts table; a header
  and a footer with the company's registration details.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from word_parts import add_field, add_table, indented, new_document  # noqa: E402

# ---------------------------------------------------------------------------------------------
# 1. Town council Finance and General Purposes Committee: Word auto-numbered items.
# ---------------------------------------------------------------------------------------------

TOWN_NAME = "h8-docx-town-council-finance-numbered"

TOWN_MONITORING = [
    ("Budget heading", "Budget 2025/26", "Actual to 31 Dec", "Variance"),
    ("Staff costs", "£182,400", "£134,950", "£1,850 under"),
    ("Premises and utilities", "£46,200", "£39,880", "£5,230 over"),
    ("Grounds maintenance", "£38,500", "£27,140", "£1,735 under"),
    ("Events and civic", "£21,000", "£18,960", "£3,210 over"),
    ("Grants", "£12,000", "£7,250", "£1,750 under"),
]

TOWN_PRECEPT = [
    ("", "2025/26", "2026/27"),
    ("Total expenditure", "£441,900", "£468,300"),
    ("Less other income", "£57,600", "£55,440"),
    ("Precept", "£384,300", "£412,860"),
    ("Band D equivalent properties", "2,105", "2,140"),
    ("Band D council tax", "£182.57", "£192.92"),
]

TOWN_GRANTS = [
    ("Organisation", "Purpose", "Requested"),
    ("Elmstead Bowls Club", "Replacement of green-side shelter", "£1,500"),
    ("Elmstead Youth Theatre", "Hire of the Town Hall for summer show", "£750"),
    ("Friends of Elmstead Library", "Children's reading challenge", "£500"),
    ("Elmstead Community Transport", "Volunteer driver training", "£2,000"),
]


def town_council() -> None:
    document = new_document("Arial", 11)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "ELMSTEAD TOWN COUNCIL"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.add_run("F&GP Committee – 13 January 2026\tChairman's initials ………\tPage ")
    add_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    add_field(footer, "NUMPAGES", "3")

    for line in ("ELMSTEAD TOWN COUNCIL", "FINANCE AND GENERAL PURPOSES COMMITTEE"):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).bold = True
    document.add_paragraph(
        "Minutes of the meeting of the Finance and General Purposes Committee held on "
        "Tuesday 13 January 2026 at 7.00pm in the Council Chamber, Elmstead Town Hall"
    )
    present = document.add_paragraph()
    present.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
    present.add_run("Present:").bold = True
    present.add_run(
        "\tCllr R Mayhew (Chairman)\n\tCllrs K Dobbs, A Fenwick, J Lacey, P Sturgess, "
        "M Tanner and G Wardle"
    )
    attendance = document.add_paragraph()
    attendance.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
    attendance.add_run("In attendance:").bold = True
    attendance.add_run(
        "\tMrs S Okafor (Town Clerk and RFO)\n\tMr D Price (Deputy Town Clerk)\n"
        "\t2 members of the public"
    )

    def item(title: str) -> None:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.add_run(title).bold = True

    item("APOLOGIES FOR ABSENCE")
    indented(document, "Apologies were received from Cllr T Haigh (illness).")

    item("DECLARATIONS OF INTEREST AND REQUESTS FOR DISPENSATIONS")
    indented(
        document,
        "Cllr Sturgess declared a non-pecuniary interest in item 7 as secretary of Elmstead "
        "Bowls Club. No requests for dispensations had been received.",
    )

    item("MINUTES")
    indented(
        document,
        "Proposed: Cllr Lacey\nSeconded: Cllr Dobbs\nRESOLVED: that the minutes of the meeting "
        "held on 11 November 2025 be approved and signed by the Chairman as a correct record.",
    )

    item("PUBLIC PARTICIPATION")
    indented(
        document,
        "Mrs Hurst of Orchard Way asked why allotment rents were to rise by 10 per cent in "
        "October. The Chairman explained that rents had not risen for four years and were still "
        "below those in neighbouring towns.",
    )
    indented(
        document,
        "The Town Clerk will reply to Mrs Hurst in writing with a comparison of allotment rents "
        "in neighbouring towns.",
    )

    item("BUDGET MONITORING TO 31 DECEMBER 2025")
    indented(
        document,
        "The RFO presented the budget monitoring report for the first nine months of the year. "
        "Overall spending was £3,105 above the profiled budget, mainly because of the energy "
        "costs at the Town Hall and the extra cost of the Christmas lights switch-on.",
    )
    add_table(document, TOWN_MONITORING)
    indented(document, "Members raised the following points:")
    for text in (
        "the Town Hall energy contract ends in March and the new fixed-price quotes should "
        "come to the next meeting;",
        "the Christmas event had been very well attended and the overspend was worth it, but "
        "sponsorship should be sought for next year;",
        "the unspent grants budget showed that more groups could be told about the scheme.",
    ):
        document.add_paragraph(text, style="List Bullet")
    indented(document, "RESOLVED: that the budget monitoring report be noted.")

    item("DRAFT BUDGET AND PRECEPT 2026/27")
    indented(
        document,
        "The RFO presented the draft budget for 2026/27, which had been discussed at the budget "
        "workshop on 2 December 2025. The draft budget includes £15,000 for the replacement of "
        "the play equipment at Kings Meadow and a 3.2 per cent pay award.",
    )
    add_table(document, TOWN_PRECEPT)
    indented(
        document,
        "The effect on a Band D council tax would be an increase of £10.35 a year (5.7 per cent).",
    )
    indented(document, "RECOMMENDED to Full Council that:")
    indented(document, "(a)\tthe budget for 2026/27 of £468,300 be approved; and", left=1.27)
    indented(
        document,
        "(b)\ta precept of £412,860 be requested from Elmbridge District Council for 2026/27.",
        left=1.27,
    )
    indented(document, "(Cllr Wardle asked that his vote against be recorded.)")

    item("GRANTS TO LOCAL ORGANISATIONS")
    indented(
        document,
        "Four applications had been received for the second round of community grants:",
    )
    add_table(document, TOWN_GRANTS)
    indented(
        document,
        "Cllr Sturgess left the room for this item. Members were satisfied that all four "
        "applications met the criteria of the grants policy.",
    )
    indented(
        document,
        "RESOLVED: to award the full amounts requested by all four organisations, a total of "
        "£4,750, from the community grants budget.",
    )
    indented(document, "ACTION: Clerk to notify the applicants and arrange payment.")

    item("INSURANCE RENEWAL")
    indented(
        document,
        "The Deputy Town Clerk reported on three quotations for the Council's insurance from "
        "1 February 2026. Cover was the same in each, including the new play equipment.",
    )
    indented(
        document,
        "RESOLVED: to accept the quotation from Harbury Mutual of £6,214 a year under a "
        "three-year long-term agreement.",
    )

    document.add_paragraph(
        "There being no further business, the Chairman closed the meeting at 8.40pm."
    )
    document.add_paragraph("Signed …………………………………… Chairman\tDate ………………………")
    document.save(HERE / f"{TOWN_NAME}.docx")


# ---------------------------------------------------------------------------------------------
# 2. School governing board Resources Committee: the minutes are one Word table.
# ---------------------------------------------------------------------------------------------

SCHOOL_NAME = "h8-docx-school-resources-table"

# Each row: item number, minute title, list of blocks, action owner.
# A block is ("p", text) for a paragraph or ("b", text) for a List Bullet paragraph.
SCHOOL_ROWS = [
    (
        "1",
        "Welcome and apologies",
        [
            (
                "p",
                "The Chair welcomed governors. Apologies were received from Mrs Kapoor "
                "(work commitment).",
            ),
        ],
        "",
    ),
    (
        "2",
        "Declarations of business and pecuniary interests",
        [("p", "There were no declarations beyond those already on the register.")],
        "",
    ),
    (
        "3",
        "Minutes of the previous meeting and matters arising",
        [
            (
                "p",
                "Governors approved the minutes of the meeting held on 18 November 2025, which "
                "the Chair signed.",
            ),
            ("p", "Matters arising: the new blinds in the school hall had been fitted."),
        ],
        "",
    ),
    (
        "4",
        "Budget monitoring – period 9",
        [
            (
                "p",
                "The School Business Manager (SBM) presented the period 9 report. The forecast "
                "carry-forward at 31 March 2026 was £38,400 (2.9 per cent of income), £11,000 "
                "more than the budget, mainly because a teaching assistant post had been vacant "
                "since October.",
            ),
            ("p", "Governors asked:"),
            (
                "b",
                "Why was supply cover £6,200 over budget? The Headteacher explained that two "
                "teachers had been on long-term sick leave in the autumn term.",
            ),
            (
                "b",
                "Will the vacant TA post be filled? The SBM said that interviews were planned "
                "for 24 February.",
            ),
            (
                "b",
                "Is the income from the breakfast club covering its costs? The SBM confirmed "
                "that it made a small surplus.",
            ),
            ("p", "Governors noted the budget monitoring report."),
        ],
        "",
    ),
    (
        "5",
        "Schools Financial Value Standard (SFVS) 2025/26",
        [
            (
                "p",
                "The SBM took governors through the SFVS checklist and dashboard. All answers "
                "were \u2018yes\u2019 except the question on a three-year budget plan, which "
                "was \u2018in part\u2019 until the local authority issues its funding figures.",
            ),
            ("p", "Governors approved the SFVS return for 2025/26."),
            (
                "p",
                "ACTION: Chair of Governors to sign the SFVS return and SBM to submit it to the "
                "local authority by 31 March.",
            ),
        ],
        "Chair / SBM",
    ),
    (
        "6",
        "Premises and health and safety",
        [
            (
                "p",
                "The boiler flue had failed its annual inspection in January and must be "
                "replaced. Three quotes had been obtained:\nDelph Heating Ltd – £14,250\n"
                "A1 Boiler Services – £15,900\nNorthway Mechanical – £17,480",
            ),
            (
                "p",
                "Governors agreed to accept the quote from Delph Heating Ltd of £14,250, to be "
                "funded from devolved formula capital.",
            ),
            (
                "p",
                "ACTION: SBM to place the order and arrange the work for the February half-term.",
            ),
        ],
        "SBM",
    ),
    (
        "7",
        "Staffing (non-confidential)",
        [
            (
                "p",
                "The Headteacher presented the Pay Policy 2025/26, updated for the September 2025 "
                "teachers' pay award of 4 per cent.",
            ),
            (
                "p",
                "Governors agreed to recommend the Pay Policy 2025/26 to the Full Governing "
                "Board for adoption.",
            ),
        ],
        "",
    ),
    (
        "8",
        "Policies",
        [
            (
                "p",
                "Governors approved the Charging and Remissions Policy and the Lettings Policy.",
            ),
        ],
        "",
    ),
    (
        "9",
        "Any other business and date of next meeting",
        [
            (
                "p",
                "There was no other business. Next meeting: Tuesday 12 May 2026 at 4.00pm in "
                "the school library.",
            ),
        ],
        "",
    ),
]


def school() -> None:
    document = new_document("Calibri", 11)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Brookfield Community Primary School – Governing Board – Resources Committee"
    footer = section.footer.paragraphs[0]
    footer.text = "Minutes of the Resources Committee, 3 February 2026 – DRAFT\tSigned (Chair) ……"

    document.add_heading("Brookfield Community Primary School", level=1)
    document.add_paragraph(
        "Minutes of the meeting of the Resources Committee held on Tuesday 3 February 2026 at "
        "4.00pm in the school library"
    )
    present = document.add_paragraph()
    present.paragraph_format.tab_stops.add_tab_stop(Cm(4))
    present.add_run("Governors present:").bold = True
    present.add_run(
        "\tMr Keith Ambler (Chair)\n\tMrs Lorna Fitch (Headteacher)\n\tMr Obi Nwachukwu"
        "\n\tMrs Patricia Rennie"
    )
    also = document.add_paragraph()
    also.paragraph_format.tab_stops.add_tab_stop(Cm(4))
    also.add_run("Also present:").bold = True
    also.add_run(
        "\tMrs Joanne Tilsley (School Business Manager)\n\tMrs Helen Voss (Clerk to Governors)"
    )
    document.add_paragraph("The meeting was quorate.")

    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Item", "Minute", "Action"), strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for number, title, blocks, owner in SCHOOL_ROWS:
        cells = table.add_row().cells
        cells[0].text = number
        cells[2].text = owner
        minute = cells[1]
        first = minute.paragraphs[0]
        first.add_run(title).bold = True
        first.add_run().add_break()
        first.add_run(blocks[0][1])
        for kind, text in blocks[1:]:
            if kind == "b":
                minute.add_paragraph(text, style="List Bullet")
            else:
                minute.add_paragraph(text)
    for row in table.rows:
        row.cells[0].width = Cm(1.5)
        row.cells[1].width = Cm(12.5)
        row.cells[2].width = Cm(2.5)

    document.add_paragraph("The meeting closed at 5.35pm.")
    document.add_paragraph("Signed: ……………………………… (Chair)\tDate: ………………")
    document.save(HERE / f"{SCHOOL_NAME}.docx")


# ---------------------------------------------------------------------------------------------
# 3. Community interest company board: bold-run item headings, right-tab actions.
# ---------------------------------------------------------------------------------------------

CIC_NAME = "h8-docx-cic-board-bold-runs"

CIC_ACCOUNTS = [
    ("Quarter 3 (Oct–Dec 2025)", "Budget", "Actual"),
    ("Grants and donations", "£9,500", "£10,240"),
    ("Workshop and sales income", "£3,600", "£3,980"),
    ("Staff costs", "£8,100", "£8,100"),
    ("Rent and utilities", "£2,400", "£2,655"),
    ("Tools and materials", "£1,200", "£1,015"),
    ("Surplus / (deficit)", "£1,400", "£2,450"),
]

# ("item", "4.", "Title") | ("p", text) | ("bullet", text) | ("action", text, initials)
# | ("table", rows)
CIC_SPEC = [
    ("item", "1.", "Apologies and quorum"),
    (
        "p",
        "Apologies from Dave Kemble. Four of the five directors were present, so the "
        "meeting was quorate.",
    ),
    ("item", "2.", "Conflicts of interest"),
    (
        "p",
        "Priya declared that her partner runs Venkat Electrical, which has quoted for the PAT "
        "testing contract (item 7). She left the meeting for that part of item 7.",
    ),
    ("item", "3.", "Minutes of the last meeting (26 November 2025)"),
    ("p", "The Board approved the minutes of the meeting on 26 November 2025."),
    ("item", "4.", "Finance – Q3 management accounts"),
    (
        "p",
        "Owen presented the management accounts for October to December. Income from "
        "workshops was up on budget because of the Christmas upcycling sessions.",
    ),
    ("table", CIC_ACCOUNTS),
    ("p", "Cash at bank on 31 December was £18,730, about five months' running costs."),
    ("p", "Directors commented:"),
    ("bullet", "the reserves policy target of three months' costs is being met comfortably;"),
    (
        "bullet",
        "rent and utilities are over budget because of the electricity standing charge, "
        "and a cheaper tariff should be found when the contract ends in May;",
    ),
    ("bullet", "workshop income depends heavily on a few volunteers running sessions."),
    ("p", "The Board noted the Q3 management accounts."),
    ("item", "5.", "Funding bid – National Lottery Awards for All"),
    (
        "p",
        "Sian outlined a bid for £9,800 over one year to run a second monthly repair café "
        "session on the Hollins estate and to start a tool library.",
    ),
    ("p", "The Board resolved to submit the bid for £9,800 to National Lottery Awards for All."),
    ("action", "Sian to finalise and submit the bid by 27 February.", "SO"),
    ("item", "6.", "Premises – lease of Unit 4"),
    (
        "p",
        "The landlord, Tanner's Yard Estates, has offered a new three-year lease from "
        "1 April 2026 at £7,200 a year, an increase of £600, with a tenant-only break after "
        "18 months.",
    ),
    ("p", "The Board agreed to renew the lease of Unit 4 on those terms."),
    ("action", "Tom to sign the lease on behalf of the company.", "TB"),
    ("item", "7.", "Volunteers, safety and PAT testing"),
    (
        "p",
        "Lucy reported that there are 38 active volunteers, nine of them new since "
        "September.\nAll fixers now have the updated safety briefing, and the first-aid kit "
        "has been restocked.",
    ),
    (
        "p",
        "(Priya left the meeting.) Two quotes had been received for the annual PAT testing "
        "of the café's own tools and equipment; Venkat Electrical's quote of £240 was the lower. "
        "The Board agreed to appoint Venkat Electrical for the 2026 PAT testing. (Priya rejoined "
        "the meeting.)",
    ),
    ("p", "Lucy will run the next volunteer induction on Saturday 14 March."),
    ("item", "8.", "Community interest company report (CIC34)"),
    (
        "p",
        "Tom presented the draft community interest report describing the year's activity: "
        "1,140 items brought in, 71 per cent repaired, and an estimated 9.6 tonnes of waste "
        "avoided.",
    ),
    (
        "p",
        "The Board approved the draft community interest report for filing with the 2025 accounts.",
    ),
    ("item", "9.", "Any other business and next meeting"),
    ("p", "Owen mentioned that the Greenway Town Show on 6 June has offered a free stall."),
    ("p", "Next meeting: Wednesday 25 March 2026, 6.30pm, Unit 4."),
]


def cic() -> None:
    document = new_document("Verdana", 10)
    section = document.sections[0]
    section.header.paragraphs[0].text = "Greenway Repair Café CIC – Board of Directors"
    footer = section.footer.paragraphs[0]
    footer.text = (
        "Greenway Repair Café CIC, a community interest company registered in England and "
        "Wales no. 12999999.\nRegistered office: Unit 4, Tanner's Yard, Greenway GR9 9ZZ"
    )
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    title = document.add_paragraph()
    run = title.add_run("Minutes of the Board meeting")
    run.bold = True
    run.font.size = Pt(14)
    when = document.add_paragraph()
    when.paragraph_format.tab_stops.add_tab_stop(Cm(3))
    when.add_run(
        "Date:\tWednesday 28 January 2026, 6.30pm\n"
        "Place:\tUnit 4, Tanner's Yard, Greenway, and on Zoom"
    )
    who = document.add_paragraph()
    who.paragraph_format.tab_stops.add_tab_stop(Cm(3))
    who.add_run(
        "Directors:\tTom Bellingham (Chair, TB), Sian Orrell (SO), Priya Venkat (PV), "
        "Owen Marsh (Treasurer, OM)\nAttending:\tLucy Fenwick (Volunteer Coordinator, LF), "
        "taking notes"
    )

    for entry in CIC_SPEC:
        kind = entry[0]
        if kind == "item":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(1))
            paragraph.add_run(f"{entry[1]}\t{entry[2]}").bold = True
        elif kind == "p":
            indented(document, entry[1], left=1.0)
        elif kind == "bullet":
            document.add_paragraph(entry[1], style="List Bullet 2")
        elif kind == "action":
            paragraph = indented(document, "", left=1.0)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
            paragraph.add_run(f"{entry[1]}\t")
            paragraph.add_run(f"Action: {entry[2]}").bold = True
        elif kind == "table":
            add_table(document, entry[1])

    document.save(HERE / f"{CIC_NAME}.docx")


def main() -> None:
    town_council()
    school()
    cic()


if __name__ == "__main__":
    main()
