"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_26/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

Like rounds 14 to 25, this round is meant to be representative of the Word minutes clerks
most often upload:

- h26-docx-community-pub-society-committee: a community benefit society that owns its
  village pub, management committee; "Title"; "Heading 1" items numbered "1)" … by a Word
  list (the numbers are not in the text); bold "Decision:" labels; "Points from the
  discussion:" "List Bullet" points; italic "Action: Name – task" lines; PAGE footer.
- h26-docx-independent-school-education-committee: an independent school's board of
  governors, education committee; centred bold titles; attendance in a two-column table;
  "Heading 2" items with typed references `E26/10<tab>…`; "Governors asked:" "List Bullet"
  questions with answers; "The Committee approved / agreed / noted / deferred"; a bold
  "ACTION:" line, "X to …" and "X will …"; school name in the header, "Page n of m" footer.
- h26-docx-lions-club-business-meeting: a Lions club's monthly business meeting; bold title
  run; items are bold Normal paragraphs numbered "Item 1." … by a Word list; proposals with
  "Proposed Lion …, seconded Lion …. Carried."; lettered donation requests; "Members'
  thoughts:" "List Bullet" points; "Lion X will …" and "X to …"; "Page n of m" footer.
- h26-docx-carnival-committee: a town carnival committee; centred bold title; "Heading 3"
  items with typed numbers and two spaces; bare "Agreed" sentences, an "Agreed:" label and a
  vote; "Comments:" "List Bullet" points; every task in an "Actions" table after the last
  item (Action / Who / By) with a shaded header row; PAGE footer.
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
    indented,
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

FIXED_TIME = dt.datetime(2026, 7, 2, 9, 40, 0, tzinfo=dt.UTC)

PUB_NAME = "h26-docx-community-pub-society-committee"
SCH_NAME = "h26-docx-independent-school-education-committee"
LC_NAME = "h26-docx-lions-club-business-meeting"
CAR_NAME = "h26-docx-carnival-committee"


def community_pub() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Management committee 9 June 2026", FIXED_TIME)
    page_footer(document.sections[0], "Page ")
    document.add_paragraph(
        "The Sheaf and Sickle at Ottery Combe Community Pub Limited", style="Title"
    )
    document.add_paragraph(
        "Minutes of the management committee meeting held on Tuesday 9 June 2026 at 7.00pm "
        "in the function room of the Sheaf and Sickle"
    )
    labelled(
        document,
        "Present: ",
        "Helen Dunsmoreton (Chair), Mark Brightlaw (Vice-Chair, buildings), Steve Pargiton "
        "(Treasurer), Alison Crabwell-Noyes (Secretary), Rob Fennimount, Wendy Ockenden",
    )
    labelled(document, "In attendance: ", "Gary and Louise Whitstaple (tenants) for item 3")
    numbers = add_list(document, list_level(0, "%1)", indent=567, style_id="Heading1"))

    def item(words: str) -> None:
        heading = document.add_heading(words, level=1)
        set_numbering(heading, numbers)

    def decision(words: str) -> None:
        bold_then(document.add_paragraph(), "Decision: ", words)

    def action(words: str) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(words)
        run.italic = True

    item("Apologies and declarations of interest")
    document.add_paragraph(
        "Apologies from Bryony Staverton. Steve declared an interest in item 6, as the "
        "kitchen contractor Ottery Combe Catering Engineers is run by his brother-in-law; he "
        "left the room for that item."
    )
    item("Minutes of the meeting on 12 May 2026")
    decision("approved as a correct record.")
    item("Tenants' report")
    document.add_paragraph(
        "Gary and Louise reported that wet sales in May were 9% up on last year and food covers "
        "were up by a fifth since the new menu. The quiz night and the Sunday carvery are "
        "doing well. They are recruiting a part-time chef for the summer."
    )
    item("Finance")
    document.add_paragraph(
        "Steve presented the management accounts to 30 April. Rent received is £2,600 a month "
        "against budget; the society has £21,340 in the bank, of which £15,000 is the "
        "repairs reserve. The tenants fell behind with April's rent after the boiler failure "
        "and owe £1,850."
    )
    decision("the committee noted the management accounts to 30 April 2026.")
    decision(
        "the tenants may pay the April arrears of £1,850 in three monthly instalments with "
        "their rent from July."
    )
    item("Community share offer")
    document.add_paragraph(
        "Helen presented the plan for a second share offer to pay for the new kitchen and "
        "the accessible toilet."
    )
    document.add_paragraph("Points from the discussion:")
    bullets(
        document,
        [
            "the first offer in 2021 raised £310,000 from 412 members, and many have said they "
            "would buy more shares;",
            "the target should include a contingency, as building costs have risen sharply;",
            "the offer document must say clearly that interest on shares is not guaranteed.",
        ],
    )
    decision(
        "launch a community share offer on 1 September 2026 with a target of £120,000 and a "
        "minimum investment of £100."
    )
    action("Action: Helen – draft the share offer document with the society's adviser by 31 July.")
    item("Kitchen extract system")
    document.add_paragraph(
        "Steve left the room. Mark reported three quotes for replacing the kitchen extract "
        "system, which failed its inspection in April: Ottery Combe Catering Engineers "
        "£14,300, Kestwell Commercial Kitchens £15,980 and AirServe South West £17,250."
    )
    decision("accept the quote from Ottery Combe Catering Engineers of £14,300 plus VAT.")
    action("Action: Mark – place the order and agree a start date with the tenants.")
    document.add_paragraph("Steve returned to the meeting.")
    item("Annual general meeting")
    decision("hold the AGM on Thursday 24 September 2026 at 7.30pm in the pub.")
    action(
        "Action: Alison – send the notice of the AGM to all members at least 21 clear days "
        "before the meeting."
    )
    item("Any other business")
    document.add_paragraph(
        "The parish council has awarded the society £2,000 towards the defibrillator outside "
        "the pub. Helen thanked Wendy for organising the volunteer garden tidy in May."
    )
    item("Date of next meeting")
    document.add_paragraph("Tuesday 14 July 2026, 7.00pm, function room.")
    save_deterministic(document, HERE / f"{PUB_NAME}.docx", FIXED_TIME)


def independent_school() -> None:
    document = new_document("Arial", 10)
    fix_properties(document, "Education Committee 5 May 2026", FIXED_TIME)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.add_run("St Ermengild's School – Board of Governors")
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer)
    centred_bold(document, "ST ERMENGILD'S SCHOOL, HALLOWBURY", 13)
    centred_bold(document, "Education Committee of the Board of Governors")
    centred_bold(document, "Minutes of the meeting held on Tuesday 5 May 2026 at 5.00pm, Library")
    table = add_table(
        document,
        [
            ("Governors present", "In attendance"),
            (
                "Dr Rachel Inglesant (Chair)\nMr Michael Trussell\nMrs Sunita Lathmere\n"
                "Professor Alan Kembery",
                "Mr Jonathan Frayling (Head)\nMrs Clare Mottistone (Deputy Head, Academic)\n"
                "Mr Peter Stallybrass (Bursar)\nMrs Ann Vellanoweth (Clerk to the Governors)",
            ),
        ],
    )
    set_widths(table, (8.0, 8.0))

    def item(words: str) -> None:
        document.add_heading(words, level=2)

    item("E26/10\tApologies and declarations of interest")
    document.add_paragraph(
        "Apologies were received from Mrs Eleanor Quiller-Bain. Mrs Lathmere declared that her "
        "daughter is in the Lower Sixth."
    )
    item("E26/11\tMinutes of the meeting held on 20 January 2026 and matters arising")
    document.add_paragraph(
        "The Committee approved the minutes as a correct record. The reading age screening "
        "of Year 7 reported on in January has now been completed."
    )
    item("E26/12\tHead's report on academic matters")
    document.add_paragraph(
        "The Head reported on the Year 11 and Upper Sixth mock examinations. The proportion of "
        "GCSE grades at 7 or above in the mocks was 58%, similar to last year; A level mocks "
        "were a little weaker in the sciences."
    )
    document.add_paragraph("Governors asked:")
    bullets(
        document,
        [
            "Why were the A level science mocks weaker? The Deputy Head said two long-term "
            "staff absences in chemistry had affected the Upper Sixth; both posts are now "
            "filled.",
            "How many pupils are taking four A levels? Eleven, fewer than in past years, which "
            "the Head thought sensible.",
            "Is the school doing enough to prepare pupils for the new oral assessments in "
            "modern languages? Yes; extra speaking sessions have been timetabled.",
        ],
    )
    item("E26/13\tSixth form curriculum from September 2027")
    document.add_paragraph(
        "The Deputy Head presented proposals to introduce A level Computer Science and to "
        "withdraw A level Classical Civilisation, which has had fewer than four students a "
        "year for three years."
    )
    document.add_paragraph(
        "The Committee agreed to recommend to the Board the introduction of A level Computer "
        "Science and the withdrawal of A level Classical Civilisation from September 2027."
    )
    bold_then(
        document.add_paragraph(),
        "ACTION: ",
        "Deputy Head (Academic) to prepare the staffing and equipment costs for the Board's "
        "June meeting.",
    )
    item("E26/14\tLearning support")
    document.add_paragraph(
        "The Head of Learning Support's report showed 74 pupils on the learning support "
        "register, 9 with education, health and care plans."
    )
    document.add_paragraph("The Committee noted the learning support report.")
    item("E26/15\tInspection readiness")
    document.add_paragraph(
        "The inspectorate has published a revised framework, which will apply to inspections "
        "from September. The school's last inspection was in 2023."
    )
    document.add_paragraph(
        "The Bursar and the Head to review the regulatory compliance checklist against the "
        "revised framework by 31 May."
    )
    item("E26/16\tPolicies")
    document.add_paragraph(
        "The Committee approved the revised Curriculum Policy. The Committee deferred the "
        "Assessment Policy to its June meeting, for changes to the section on late and "
        "missing work."
    )
    item("E26/17\tLink governor visits")
    document.add_paragraph(
        "Mrs Lathmere reported on her visit to the geography department in March, including "
        "a Year 9 fieldwork lesson. Professor Kembery will visit the science department in "
        "the summer term."
    )
    item("E26/18\tDate of next meeting")
    document.add_paragraph("Tuesday 23 June 2026 at 5.00pm.")
    save_deterministic(document, HERE / f"{SCH_NAME}.docx", FIXED_TIME)


def lions_club() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Business meeting 7 May 2026", FIXED_TIME)
    page_x_of_y(document.sections[0].footer.paragraphs[0])
    title_line(document, "Lions Club of Tedbury & Marrowfield", 14)
    document.add_paragraph(
        "Minutes of the business meeting held on Thursday 7 May 2026 at 8.00pm at the "
        "Marrowfield Arms"
    )
    labelled(document, "Chair: ", "Lion President Keith Rowlathan")
    labelled(document, "Members present: ", "17")
    numbers = add_list(document, list_level(0, "Item %1.", indent=1134, bold=True))

    def item(words: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(words).bold = True
        set_numbering(paragraph, numbers)
        paragraph.paragraph_format.space_before = Pt(9)

    def text(words: str):
        return indented(document, words, 2.0)

    item("Apologies")
    text("Lions Marjorie Tewkes, Alan Brigsworth, Sunil Dhamrait-Price and Rosa Ingamire.")
    item("Minutes of the business meeting on 2 April 2026")
    text(
        "Proposed Lion Derek Hallsworth, seconded Lion Jean Pocklesby, that the minutes be "
        "accepted. Carried."
    )
    item("Treasurer's report")
    text(
        "Lion Treasurer Brian Eastwelle reported £2,318 in the administration account and "
        "£9,604 in the charity account. The charity account can only be used for donations "
        "and service projects."
    )
    item("Requests for donations")
    text(
        "(a) 3rd Tedbury Scouts – £500 towards a replacement minibus. Proposed Lion Derek "
        "Hallsworth, seconded Lion Gareth Mowberley. Carried."
    )
    text(
        "(b) Marrowfield Food Bank – £250 for the summer holiday food parcels. Proposed Lion "
        "Jean Pocklesby, seconded Lion Keith Rowlathan. Carried unanimously."
    )
    text(
        "(c) A sponsored walk for a national charity, organised outside the district. The club "
        "agreed not to support this request, as it is outside our area."
    )
    text("The Secretary to send the cheques to the two successful applicants.")
    item("Christmas float")
    text(
        "Lion Gareth Mowberley reported that the float needs a new generator before this "
        "Christmas. The club discussed the routes for December."
    )
    text("Members' thoughts:")
    bullets(
        document,
        [
            "the Marrowfield route took three hours last year, which was too long for the "
            "volunteers;",
            "Hillcrest estate should be added, as several residents asked for it;",
            "the float should not go out on the Sunday of the town's late-night shopping "
            "event, as the roads are closed.",
        ],
    )
    text("Agreed to run the float on six evenings, Monday 7 to Saturday 12 December.")
    text(
        "Lion Gareth Mowberley will check the generator and lights and get a price for a new "
        "generator before the October meeting."
    )
    item("Fun run")
    text(
        "Lion Jean Pocklesby reported that the fun run on 26 April raised £3,870. The "
        "President thanked all who marshalled."
    )
    item("Membership")
    text(
        "A new member, Mrs Fiona Leggett, will be inducted at the June meeting. Lion Rosa "
        "Ingamire to arrange the induction with the Zone Chair."
    )
    item("District convention")
    text(
        "District has approved the date of the convention, 17 October, at Kilnford. Lions "
        "Keith Rowlathan and Brian Eastwelle are the club's delegates."
    )
    item("Any other business")
    text(
        "Lion Derek Hallsworth reminded members that the bottle stall at the summer fete needs "
        "bottles and prizes by the end of June."
    )
    item("Date of next meeting")
    text("Thursday 4 June 2026, 8.00pm, Marrowfield Arms.")
    save_deterministic(document, HERE / f"{LC_NAME}.docx", FIXED_TIME)


def carnival() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Carnival committee 27 May 2026", FIXED_TIME)
    page_footer(document.sections[0])
    centred_bold(document, "Pendlesham Carnival Committee", 14)
    centred_bold(document, "Minutes of the meeting held on Wednesday 27 May 2026, 7.30pm, Scout HQ")
    labelled(
        document,
        "Present: ",
        "Sandra Hollowmede (Chair), Wayne Tapsbury (Vice-Chair), Linda Groombridge (Treasurer), "
        "Carl Pennyfeather (Secretary), Emma Struthers, Ian Blackthwaite, Debbie Kewlingham, Jas "
        "Sandhawalia, Terry Mullineaux, Olivia Crisford, Pete Arkenstall",
    )

    def item(words: str) -> None:
        document.add_heading(words, level=3)

    item("1  Welcome and apologies")
    document.add_paragraph("Sandra welcomed everyone. Apologies from Maggie Cotterell.")
    item("2  Minutes of last meeting")
    document.add_paragraph("Agreed as correct.")
    item("3  Treasurer's report")
    document.add_paragraph(
        "Linda reported £11,240 in the bank. Sponsorship of £4,750 has been received from nine "
        "local businesses and another £1,500 is promised."
    )
    document.add_paragraph(
        "The committee approved the budget of £18,500 for Carnival Week (8–15 August)."
    )
    item("4  Procession route and road closure")
    document.add_paragraph(
        "The county council has issued the temporary traffic regulation order for Saturday 15 "
        "August, 1.00pm to 5.00pm. The route is the same as last year."
    )
    document.add_paragraph("Comments:")
    bullets(
        document,
        [
            "we had only 14 stewards last year and needed at least 20;",
            "the junction at Tanner's Cross needs two stewards, not one, because of the bend;",
            "all stewards should have hi-vis tabards with 'Steward' on the back, not just vests.",
        ],
    )
    bold_then(
        document.add_paragraph(),
        "Agreed: ",
        "the procession will start at 2.00pm from the rugby club and finish on the recreation "
        "ground.",
    )
    item("5  Carnival Queen and Court")
    document.add_paragraph(
        "Debbie proposed renaming the Carnival Queen and attendants as the Carnival Court, open "
        "to all young people aged 10 to 16. Agreed to rename it the Carnival Court from this "
        "year. Vote: 9 for, 2 against."
    )
    item("6  Safety and first aid")
    document.add_paragraph(
        "Wayne has updated the event management plan and risk assessment; the first aid "
        "provider has confirmed two ambulance crew and four first aiders for procession day."
    )
    item("7  Fireworks")
    document.add_paragraph(
        "Two quotes for the fireworks on Friday 14 August: Skyburst Displays £4,200 and "
        "Phoenix Pyrotechnics £4,650. Agreed to book Skyburst Displays for £4,200."
    )
    item("8  Any other business")
    document.add_paragraph(
        "Terry asked everyone to share the carnival posts on social media. Sandra thanked Jas "
        "for the new website."
    )
    item("9  Date of next meeting")
    document.add_paragraph("Wednesday 24 June 2026, 7.30pm, Scout HQ.")

    document.add_paragraph().add_run("Actions").bold = True
    table = add_table(
        document,
        [
            ("Action", "Who", "By"),
            ("Recruit at least 20 stewards and order the tabards", "Wayne", "10 July"),
            ("Chase the promised sponsorship", "Linda", "24 June"),
            ("Tell last year's entrants about the Carnival Court", "Debbie", "24 June"),
            ("Send the booking form and deposit to Skyburst Displays", "Carl", "5 June"),
        ],
    )
    bold_header_row(table, "FCE4D6")
    set_widths(table, (10.0, 3.0, 3.0))
    save_deterministic(document, HERE / f"{CAR_NAME}.docx", FIXED_TIME)


def main() -> None:
    community_pub()
    independent_school()
    lions_club()
    carnival()


if __name__ == "__main__":
    main()
