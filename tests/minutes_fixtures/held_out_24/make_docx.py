"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_24/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

Like rounds 14 to 23, this round is meant to be representative of the Word minutes clerks
most often upload:

- h24-docx-wildlife-trust-finance-audit-committee: a county wildlife trust's finance and audit
  committee; "Heading 2" items with typed numbers; bold "RESOLVED:" runs; "Members raised the
  following points:" "List Bullet" points; a reserves table; bold "ACTION:" runs and a "will";
  PAGE footer.
- h24-docx-special-school-governing-board: a maintained special school's full governing
  board; "Heading 1" items with typed numbers; "Governors' questions:" "List Bullet" points
  with answers; "Governors agreed / approved / noted"; every task in an action table after the
  last item (Action / Who / By when); "Page n of m" footer.
- h24-docx-community-energy-coop-board: a community energy co-operative's board of directors;
  items are bold underlined Normal paragraphs with typed numbers; bold "Agreed:" and
  "Action:" labels under the items; a generation figures table; PAGE footer.
- h24-docx-town-centre-partnership-board: a town centre partnership board; the minutes are
  one three-column table (Ref / Discussion and decisions / Action – who and when) with a
  shaded, repeating header row; "Decision:" labels in the middle column; owners and dates in
  the right-hand column, "–" where there is none; "Page n of m" footer.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from word_parts import (  # noqa: E402
    add_table,
    bold_header_row,
    bold_then,
    bullets,
    centred_bold,
    fix_properties,
    labelled,
    new_document,
    page_footer,
    page_x_of_y,
    repeat_header_row,
    save_deterministic,
    set_widths,
    shade,
)

FIXED_TIME = dt.datetime(2026, 6, 9, 9, 30, 0, tzinfo=dt.UTC)

WT_NAME = "h24-docx-wildlife-trust-finance-audit-committee"
SS_NAME = "h24-docx-special-school-governing-board"
CE_NAME = "h24-docx-community-energy-coop-board"
TC_NAME = "h24-docx-town-centre-partnership-board"


def wildlife_trust() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Finance and Audit Committee minutes 3 March 2026", FIXED_TIME)
    page_footer(document.sections[0], "Finance and Audit Committee – 3 March 2026 – page ")
    centred_bold(document, "Brackenhope Wildlife Trust", 14)
    centred_bold(document, "Finance and Audit Committee")
    centred_bold(document, "Minutes of the meeting held on Tuesday 3 March 2026, 2.00pm,")
    centred_bold(document, "Thornycroft Barn, Ellerholme, and by video call")
    labelled(
        document,
        "Present: ",
        "Janet Featherstonehaugh (Chair, Treasurer), Robin Aachley, Dr Sally Menteith, "
        "Hugh Kilbride-Nash (co-opted)",
    )
    labelled(
        document,
        "In attendance: ",
        "Owen Tregunna (Chief Executive), Lucy Bramhall-Dean (Head of Finance and Resources), "
        "Matt Ovenden (Hollis Carew LLP, external auditor, for item 5)",
    )
    labelled(document, "Apologies: ", "none")

    def item(text: str) -> None:
        document.add_heading(text, level=2)

    item("1. Declarations of interest")
    document.add_paragraph("None were declared.")
    item("2. Minutes of the meeting on 2 December 2025")
    bold_then(
        document.add_paragraph(),
        "RESOLVED: ",
        "that the minutes be approved as a correct record.",
    )
    item("3. Management accounts to 31 January 2026")
    document.add_paragraph(
        "The Head of Finance and Resources presented the accounts. Unrestricted income was "
        "£41,000 behind budget because two legacies expected in January had not yet been "
        "received, but spending was £28,000 below budget."
    )
    document.add_paragraph("Members raised the following points:")
    bullets(
        document,
        [
            "the shop and café at the Ellerholme visitor centre had done better than forecast "
            "and the Trust should look at longer opening hours in the summer;",
            "whether the delay to the two legacies was a risk to the year-end position; the "
            "Head of Finance and Resources said that both estates had confirmed the amounts;",
            "staff costs on the restricted peatland project were running ahead of the grant "
            "claims.",
        ],
    )
    bold_then(document.add_paragraph(), "RESOLVED: ", "that the management accounts be noted.")
    bold_then(
        document.add_paragraph(),
        "ACTION: ",
        "Head of Finance and Resources to bring a cash flow forecast for the peatland project "
        "to the June meeting.",
    )
    item("4. Reserves policy")
    document.add_paragraph("The proposed reserves were:")
    table = add_table(
        document,
        [
            ("Reserve", "Target", "Held at 31 January"),
            ("General (3 months' running costs)", "£620,000", "£588,000"),
            ("Land purchase", "£150,000", "£163,000"),
            ("Vehicle and plant", "£60,000", "£44,500"),
        ],
    )
    set_widths(table, (7.0, 3.5, 4.0))
    bold_then(
        document.add_paragraph(),
        "RESOLVED: ",
        "to recommend the revised Reserves Policy to the Board of Trustees for approval.",
    )
    item("5. External audit plan for the year ending 31 March 2026")
    document.add_paragraph(
        "Mr Ovenden presented the plan. The fee would be £14,800 (last year £13,950). The main "
        "risks were income recognition for legacies and the valuation of the nature reserves."
    )
    bold_then(
        document.add_paragraph(),
        "RESOLVED: ",
        "that the audit plan be approved and the fee agreed.",
    )
    item("6. Risk register")
    document.add_paragraph(
        "The Committee reviewed the finance risks. The risk on the loss of the Countryside "
        "Stewardship agreement at Hobbleden Moss was raised from 12 to 16."
    )
    document.add_paragraph(
        "The Chief Executive will meet the Rural Payments Agency's adviser before the end of March."
    )
    item("7. Investment performance")
    document.add_paragraph(
        "The portfolio returned 5.2% in the year to 31 December against a benchmark of 5.6%."
    )
    bold_then(
        document.add_paragraph(),
        "RESOLVED: ",
        "that the report be noted and the investment managers be invited to the September meeting.",
    )
    bold_then(
        document.add_paragraph(),
        "ACTION: ",
        "Head of Finance and Resources to invite the investment managers.",
    )
    item("8. Date of next meeting")
    document.add_paragraph("Tuesday 9 June 2026 at 2.00pm.")
    save_deterministic(document, HERE / f"{WT_NAME}.docx", FIXED_TIME)


def special_school() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Full governing board minutes 12 March 2026", FIXED_TIME)
    page_x_of_y(document.sections[0].footer.paragraphs[0])
    centred_bold(document, "Wychbrook Special School", 14)
    centred_bold(document, "Minutes of the Full Governing Board")
    centred_bold(document, "Thursday 12 March 2026, 4.30pm, school library")
    labelled(
        document,
        "Present: ",
        "Mrs Harriet Quennington-Bayes (Chair), Mr Samuel Okwudili (Vice-Chair), Mrs Dawn Pilkenham "
        "(Headteacher), Ms Abigail Strutt, Mr Rhodri Penbethick, Mrs Kiran Sandhu-Mellor, "
        "Mr Colm Fahrenden (staff governor)",
    )
    labelled(
        document,
        "In attendance: ",
        "Mrs Lorna Bickersthwaite (School Business Manager), Mr Ian Gathorne (Clerk)",
    )

    def item(text: str) -> None:
        document.add_heading(text, level=1)

    item("1. Welcome and apologies")
    document.add_paragraph(
        "Apologies were received and consented from Mr Barnaby Wolsterby (work)."
    )
    item("2. Declarations of interest")
    document.add_paragraph("No new interests were declared.")
    item("3. Minutes of the meeting on 27 November 2025")
    document.add_paragraph(
        "Governors agreed that the minutes were a true record and the Chair signed them."
    )
    item("4. Headteacher's report")
    document.add_paragraph(
        "The Headteacher reported that the roll is 118, with 9 pupils admitted since September, "
        "and that 14 EHCP annual reviews are due this term. Attendance is 91.4%."
    )
    document.add_paragraph("Governors' questions:")
    bullets(
        document,
        [
            "Why is attendance lower in Key Stage 4? The Headteacher said that it is mostly "
            "three pupils with long-term medical needs who are on part-time timetables.",
            "Are the annual reviews getting done on time? Only two were late this year, both "
            "because the local authority's caseworker was absent.",
            "What support do new staff get with physical intervention training?",
            "Governors challenged whether the school had enough speech and language therapy "
            "time for the new Year 7 class.",
        ],
    )
    document.add_paragraph("Governors noted the Headteacher's report.")
    item("5. Budget monitoring and SFVS")
    document.add_paragraph(
        "The School Business Manager reported a forecast in-year deficit of £23,600, mainly "
        "because top-up funding for two places had not been confirmed."
    )
    document.add_paragraph(
        "Governors approved the Schools Financial Value Standard return for 2025/26."
    )
    item("6. Safeguarding")
    document.add_paragraph(
        "Ms Strutt reported on her termly safeguarding visit. The single central record was "
        "complete and up to date."
    )
    item("7. Policies")
    document.add_paragraph(
        "Governors approved the Intimate Care Policy and the Positive Behaviour Support Policy."
    )
    item("8. Any other business")
    document.add_paragraph("The Chair reminded governors to complete the skills audit.")
    item("9. Date of next meeting")
    document.add_paragraph("Thursday 14 May 2026, 4.30pm.")

    document.add_paragraph().add_run("Actions").bold = True
    table = add_table(
        document,
        [
            ("Action", "Who", "By when"),
            ("Share the KS4 attendance plan with governors", "Headteacher", "14 May 2026"),
            ("Chase top-up funding confirmation with the LA", "SBM", "31 March 2026"),
            ("Submit the SFVS return", "SBM", "31 March 2026"),
            ("Arrange a governor visit to the new Year 7 class", "Mr Okwudili", "Summer term"),
        ],
    )
    repeat_header_row(table)
    set_widths(table, (9.0, 3.5, 3.5))
    save_deterministic(document, HERE / f"{SS_NAME}.docx", FIXED_TIME)


def community_energy() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Board meeting 24 February 2026", FIXED_TIME)
    page_footer(document.sections[0])
    title = document.add_paragraph()
    title.add_run("Wendlestow Community Energy Ltd – Board of Directors").bold = True
    document.add_paragraph("Meeting on Tuesday 24 February 2026, 7.30pm, Wendlestow Reading Room")
    document.add_paragraph(
        "Directors: Fran Lockwood-Shaw (Chair), Mike Ebbersley (Treasurer), Anjali Vashtani, "
        "Tom Gillingham, Rhiannon Pryce-Jervis. Apologies: Ben Stokesdown. "
        "Also present: Carl Hebbleworth (Operations Manager)."
    )

    def item(text: str) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold = True
        run.underline = True

    def label(name: str, text: str) -> None:
        paragraph = bold_then(document.add_paragraph(), name, text)
        paragraph.paragraph_format.left_indent = Cm(0.63)

    item("1. Apologies and declarations")
    document.add_paragraph("Apologies as above. No declarations.")
    item("2. Minutes of 20 January")
    label("Agreed: ", "the minutes are a correct record.")
    item("3. Generation report")
    document.add_paragraph("Carl reported the figures for the quarter:")
    table = add_table(
        document,
        [
            ("Site", "Generated (MWh)", "Forecast (MWh)"),
            ("Wendlestow school roof", "9.8", "11.2"),
            ("Manor Farm barns", "41.6", "39.0"),
            ("Sports pavilion", "3.1", "3.4"),
        ],
    )
    shade(table.rows[0].cells[0], "D9D9D9")
    document.add_paragraph(
        "The school roof is down because one inverter failed in December. Carl has "
        "reported it under the warranty."
    )
    label("Action: ", "Carl to chase the installer for a replacement inverter date.")
    item("4. Finance")
    document.add_paragraph(
        "Mike reported cash of £38,410. Interest to members of 3.5% for 2025 will cost £11,900."
    )
    label("Agreed: ", "to pay members' interest of 3.5% for 2025, subject to the AGM.")
    item("5. New share offer")
    document.add_paragraph(
        "Directors discussed a share offer to pay for solar panels and a battery at the "
        "village hall. The hall committee has agreed in principle to a 20-year lease of the "
        "roof."
    )
    label("Agreed: ", "to launch a share offer of up to £85,000 in May, minimum £100.")
    label("Action: ", "Anjali and Tom to draft the offer document for the March board.")
    item("6. Community fund")
    document.add_paragraph(
        "Three applications were received. Directors agreed to award £600 to Wendlestow "
        "Playgroup and £450 to the Reading Room for its new boiler, and to refer the third "
        "back for more information."
    )
    label("Action: ", "Rhiannon will write to all three applicants.")
    item("7. AGM")
    document.add_paragraph("The AGM is on Saturday 18 April at 2pm in the Reading Room.")
    item("8. Next meeting")
    document.add_paragraph("Tuesday 24 March 2026, 7.30pm.")
    save_deterministic(document, HERE / f"{CE_NAME}.docx", FIXED_TIME)


def town_centre() -> None:
    document = new_document("Arial", 10)
    fix_properties(document, "Town centre partnership board 5 March 2026", FIXED_TIME)
    page_x_of_y(document.sections[0].footer.paragraphs[0])
    centred_bold(document, "Kettlemoss Town Centre Partnership", 13)
    centred_bold(document, "Board meeting – Thursday 5 March 2026, 8.30am, Corn Hall")
    labelled(
        document,
        "Present: ",
        "Nadia Holroyd-Beck (Chair, Holroyd's Outfitters), Cllr Vernon Asquith (Kettlemoss "
        "Town Council), Cllr Maxine Tordown (Fellbrough District Council), Gary Nutbourne-Lee "
        "(Kettlemoss Market traders), Priti Valand (Chamber of Trade), Insp. Alun Prothewick "
        "(police)",
    )
    labelled(
        document,
        "In attendance: ",
        "Joel Sanderling (Town Centre Manager), Erin Moffatt (Fellbrough DC economic development)",
    )
    rows = [
        ("Ref", "Discussion and decisions", "Action – who and when"),
        ("TCP/26/08", "Welcome and apologies\nApologies from Revd Clare Ainsty.", "–"),
        (
            "TCP/26/09",
            "Minutes of 8 January 2026\nDecision: the minutes were agreed.",
            "–",
        ),
        (
            "TCP/26/10",
            "Footfall and vacant units\nFootfall in February was 4% up on last year. There "
            "are 11 vacant units out of 142 (7.7%).\nDecision: the Board noted the report.",
            "–",
        ),
        (
            "TCP/26/11",
            "High Street Fund grants\nThe Town Centre Manager set out four applications for "
            "shopfront grants.\nDecision: the Board approved grants of £2,500 each to the "
            "Coffee Loft and Bradwell's Bakery, and refused the other two applications.\n"
            "The Town Centre Manager to write to all four applicants.",
            "JS – 13 March",
        ),
        (
            "TCP/26/12",
            "Summer events\nThe Board discussed the Kettlemoss Food Festival on 11–12 July "
            "and the return of the Thursday evening market.\nDecision: the Board agreed to "
            "underwrite the Food Festival up to £4,000.\nPriti will ask Chamber members to "
            "sponsor the festival stage.",
            "PV – April board",
        ),
        (
            "TCP/26/13",
            "Safety and anti-social behaviour\nInsp. Prothewick reported fewer shoplifting "
            "reports since the radio link scheme started. He will share the monthly figures "
            "with the Town Centre Manager.",
            "AP – monthly",
        ),
        ("TCP/26/14", "Any other business\nNone.", "–"),
        ("TCP/26/15", "Date of next meeting\nThursday 2 April 2026, 8.30am.", "–"),
    ]
    table = add_table(document, rows)
    bold_header_row(table, "D9E2F3")
    repeat_header_row(table)
    set_widths(table, (2.3, 10.5, 3.2))
    save_deterministic(document, HERE / f"{TC_NAME}.docx", FIXED_TIME)


def main() -> None:
    wildlife_trust()
    special_school()
    community_energy()
    town_centre()


if __name__ == "__main__":
    main()
