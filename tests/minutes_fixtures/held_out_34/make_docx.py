"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_34/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h34-docx-primary-school-premises-committee: a maintained primary school governing board's
  premises and health and safety committee; "Heading 2" items with typed numbers; "Governors'
  questions:" "List Bullet" points; "Governors approved", "It was agreed" and "RESOLVED";
  tasks with a right-hand "ACTION: XX"; the diocese's and the local authority's decisions
  reported; PAGE footer.
- h34-docx-animal-rescue-trustees: an animal rescue charity's board of trustees; the minutes in
  one No. / Minute / Owner table; "Trustees raised:" "List Bullet" paragraphs in a cell;
  "Resolved:" labels; owners in the Owner column beside "to" sentences.
- h34-docx-gymnastics-club-committee: a gymnastics club's committee; items are bold Normal
  paragraphs numbered by a Word list (the number not in the text); "Agreed:" labels;
  "Coaches' comments:" "List Bullet" points; every task in an action table after the last
  item; British Gymnastics' decision reported.
- h34-docx-town-council-grants-committee: a town council's community grants committee;
  "Heading 3" items with typed references ("CG26/07 – Title"); "RESOLVED that:" with typed
  (a)–(d) paragraphs; "Members commented:" "List Bullet" points; "Clerk to" actions; a grants
  table; "Page n of m" footer.
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

FIXED_TIME = dt.datetime(2026, 12, 10, 9, 30, 0, tzinfo=dt.UTC)

PS_NAME = "h34-docx-primary-school-premises-committee"
AR_NAME = "h34-docx-animal-rescue-trustees"
GY_NAME = "h34-docx-gymnastics-club-committee"
CG_NAME = "h34-docx-town-council-grants-committee"


def save_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def primary_premises() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Premises and H&S committee 24 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "Premises and Health and Safety Committee – page ")
    centred_bold(document, "St Aldwyne's Church of England Primary School, Yarnholme", 14)
    centred_bold(document, "Governing Board – Premises and Health and Safety Committee")
    centred_bold(document, "Minutes of the meeting held on Tuesday 24 November 2026 at 4pm")
    labelled(
        document,
        "Present: ",
        "Mr Anthony Tillinghast (Chair, foundation governor), Mrs Ffion Caddowe-Brantingale "
        "(Headteacher), Mr Dunstan Overstowe (co-opted governor), Mrs Patricia Wrenshall "
        "(parent governor)",
    )
    labelled(
        document,
        "In attendance: ",
        "Mr Kelvin Sandrigge (site manager, SM), Mrs Rosemary Hinchcliffe (school business "
        "manager, SBM), Mrs Edwina Tapsell (clerk)",
    )
    labelled(document, "Apologies: ", "Rev Linus Abermorran-Marsh (ex officio governor)")

    def item(title: str, *texts: str) -> None:
        document.add_heading(title, level=2)
        for text in texts:
            document.add_paragraph(text)

    def action(text: str, owner: str) -> None:
        paragraph = document.add_paragraph(f"{text}\tACTION: {owner}")
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)

    item(
        "1. Welcome, apologies and declarations of interest",
        "The Chair welcomed governors and Mr Sandrigge, attending for the first time since "
        "his appointment in September. Apologies were received and accepted from Rev "
        "Abermorran-Marsh. Mr Overstowe declared an interest in item 5 as his firm had "
        "carried out work for one of the contractors some years ago; the Chair said that "
        "this did not prevent him from taking part.",
    )
    item(
        "2. Minutes of the meeting held on 22 September 2026",
        "Governors approved the minutes of the meeting held on 22 September 2026 as a true "
        "record, and the Chair signed them.",
        "Matters arising: the fire risk assessment had been completed by the local "
        "authority's fire safety adviser on 9 October; the two fire doors on the junior "
        "corridor that had failed to close had been adjusted.",
    )
    item(
        "3. Health and safety report",
        "The Headteacher presented the termly health and safety report. There had been 64 "
        "accidents to pupils recorded since September, almost all minor bumps and grazes in "
        "the playground, and one accident to a member of staff, who had slipped on wet "
        "leaves by the Reception gate. None had been reportable to the Health and Safety "
        "Executive. Fire drills had been held on 15 September and 3 November, and the "
        "building had been cleared in two minutes forty seconds on both occasions. The "
        "lockdown drill planned for October had been postponed because of the Year 6 "
        "residential and would now take place in January.",
        "She said that the number of playground accidents was higher at lunchtime on the "
        "junior playground, where the surface was uneven near the drain covers, and that "
        "the midday supervisors had been asked to keep children away from that area.",
        "Governors' questions:",
    )
    bullets(
        document,
        [
            "Mrs Wrenshall asked whether parents were told about head bumps; the "
            "Headteacher said every head bump was reported to parents the same day by "
            "phone or a note, following the school's first aid policy.",
            "Mr Overstowe asked how the staff accident had happened; the site manager said "
            "the leaves had fallen overnight and he now swept the path first thing every "
            "morning in the autumn.",
            "The Chair asked whether the playground surface could be repaired before the "
            "spring; the school business manager said it depended on the funding discussed "
            "under item 5.",
        ],
    )
    document.add_paragraph("The committee noted the health and safety report for the autumn term.")
    item(
        "4. Site manager's report",
        "Mr Sandrigge reported on the work done since September. The gutters on the main "
        "hall had been cleared, the boiler service had been carried out, and the radiators "
        "in classes 3 and 4 had been bled. Legionella water temperature checks were up to "
        "date and recorded in the log. He had found damp in the store room behind the "
        "kitchen, which he thought came from a blocked air brick, and had cleared it. He "
        "raised concerns about the age of the hot water cylinder in the staff toilets, "
        "which was over thirty years old, and about the lack of a ramp to the mobile "
        "classroom.",
        "Governors thanked Mr Sandrigge for a thorough first report.",
    )
    item(
        "5. Condition funding and the playground resurfacing",
        "The school business manager reported that the diocese had decided to fund the "
        "replacement of the school's flat roof over the infant block from its condition "
        "allocation in the summer of 2027, at a cost of about £64,000. The diocese had "
        "turned down the school's bid for the playground, as it did not rank high enough "
        "among the diocese's schools. The school would have to pay for the playground "
        "from its own devolved formula capital, which stood at £11,200 including "
        "carry-forward.",
        "She presented three quotes for resurfacing the worst part of the junior "
        "playground: £9,850, £10,400 and £12,900. The lowest quote was from a contractor "
        "the school had used before without problems, and the work could be done in the "
        "February half term.",
        "RESOLVED: to accept the quote of £9,850 for resurfacing the junior playground, to "
        "be paid from devolved formula capital, with the work done in the February half "
        "term.",
    )
    action("SBM to place the order and confirm the February dates with the contractor", "SBM")
    item(
        "6. Accessibility plan",
        "The Headteacher presented the updated accessibility plan for 2026 to 2029. The "
        "main changes were the ramp to the mobile classroom, a hearing loop in the hall "
        "and a quiet room for pupils who become overwhelmed. She explained that the local "
        "authority had decided to fund the hearing loop from its sensory support budget, "
        "because a pupil with a hearing impairment would be joining Reception in January.",
        "Governors approved the accessibility plan for 2026 to 2029.",
    )
    item(
        "7. Lettings",
        "The school business manager reported that the hall was let on four evenings a "
        "week, to a dance school, a karate club, a slimming group and the parish choir, "
        "bringing in about £5,300 a year. A children's football club had asked to use the "
        "field on Saturday mornings. Governors discussed the wear on the field and the "
        "need for the site manager to open and lock up, and whether the charges covered "
        "his time.",
        "It was agreed that the field be let to the football club on Saturday mornings "
        "from April to July 2027, at £30 a session, on condition that the club holds its "
        "own insurance.",
    )
    action(
        "SM and SBM to draw up the letting agreement and the opening and locking rota",
        "SM/SBM",
    )
    item(
        "8. Security",
        "The Headteacher said that the side gate onto Quarrender Lane had been found "
        "unlocked twice after school. Mrs Wrenshall said she would raise it at the next "
        "parent forum, as parents used the gate to collect children from the after-school "
        "club. The Headteacher said a keypad lock might be the answer.",
    )
    action("Headteacher to get a price for a keypad lock on the side gate", "HT")
    item(
        "9. Date of next meeting",
        "Tuesday 9 February 2027 at 4pm, followed by a walk round the site with Mr Sandrigge.",
    )
    save_doc(document, PS_NAME)


def animal_rescue() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Trustees meeting 1 December 2026", FIXED_TIME)
    title_line(document, "Brambledene Animal Rescue", 16)
    document.add_paragraph("Charitable incorporated organisation")
    title_line(document, "Minutes of the Board of Trustees", 12)
    document.add_paragraph(
        "Tuesday 1 December 2026, 7pm, at the rescue centre, Sallowtarn Lane, and on Zoom"
    )
    labelled(
        document,
        "Trustees: ",
        "Ms Odette Kilnsworth (Chair, OK), Mr Barnaby Quennerby (Treasurer, BQ), Mrs "
        "Carys Amberforth (CA), Dr Lewis Stavorley (vet adviser, LS), Ms Tamsin "
        "Rookhaven-Pylewood (TRP)",
    )
    labelled(
        document,
        "Staff: ",
        "Mrs Gaynor Whitlinford (Centre Manager, GW), Mr Aled Strickmoor (Fundraising Officer, AS)",
    )
    labelled(document, "Apologies: ", "Mr Frank Dallowfield (trustee)")
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    header = table.rows[0].cells
    header[0].text = "No."
    header[1].text = "Minute"
    header[2].text = "Owner"
    bold_header_row(table, "DDEBF7")

    def row(number: str, title: str, paragraphs: list[tuple[str, str]], owner: str = ""):
        cells = table.add_row().cells
        cells[0].text = number
        first = cells[1].paragraphs[0]
        first.add_run(title).bold = True
        for style, text in paragraphs:
            if style == "Resolved":
                bold_then(cells[1].add_paragraph(), "Resolved: ", text)
            else:
                cells[1].add_paragraph(text, style=style)
        cells[2].text = owner

    normal = "Normal"
    bullet = "List Bullet"
    resolved = "Resolved"
    row(
        "1",
        "Welcome and apologies",
        [
            (
                normal,
                "The Chair welcomed trustees and staff. Apologies were received from Mr "
                "Dallowfield. The meeting was quorate.",
            )
        ],
    )
    row(
        "2",
        "Declarations of interest",
        [
            (
                normal,
                "Dr Stavorley declared that his practice provides neutering at a reduced "
                "rate to the rescue, and would not vote on item 6.",
            )
        ],
    )
    row(
        "3",
        "Minutes of the meeting of 29 September 2026",
        [
            (
                resolved,
                "that the minutes of the meeting of 29 September 2026 be approved as a "
                "correct record.",
            )
        ],
    )
    row(
        "4",
        "Centre Manager's report",
        [
            (
                normal,
                "Mrs Whitlinford reported that the centre had taken in 212 animals since "
                "April (131 cats, 58 dogs and 23 rabbits and small animals) and rehomed "
                "187. The number of dogs being given up had risen sharply, mostly from "
                "owners who could no longer afford them or whose landlords would not allow "
                "pets, and the kennels had been full since August. There was a waiting "
                "list of 34 dogs. The average stay for a dog was now 41 days, against 26 "
                "the year before, and some larger dogs had been at the centre for over six "
                "months.",
            ),
            (
                normal,
                "She said that the borough council had decided to end its stray dog "
                "contract with the rescue from April, and to use a commercial kennels "
                "instead, which would mean a loss of about £18,000 a year in income but "
                "would also free up four kennels. The volunteer team was 96 strong, but "
                "weekday dog walkers were hard to find.",
            ),
            (normal, "Trustees raised:"),
            (
                bullet,
                "the loss of the council contract was serious, and the Board needed to "
                "see a plan for replacing the income before the budget was set;",
            ),
            (
                bullet,
                "the long stays for larger dogs were hard on the animals, and a foster "
                "scheme might help, as other rescues had found;",
            ),
            (
                bullet,
                "the rehoming figures were a credit to the staff and volunteers, and "
                "should be in the next newsletter.",
            ),
            (
                normal,
                "The Board noted the Centre Manager's report and thanked the staff and volunteers.",
            ),
        ],
    )
    row(
        "5",
        "Dog fostering scheme",
        [
            (
                normal,
                "Mrs Whitlinford presented a proposal for a dog fostering scheme, under "
                "which approved volunteers would look after a dog at home until it was "
                "rehomed. The rescue would pay for food and vet's bills and would provide "
                "a crate and a lead. She expected the scheme to start with six foster "
                "homes. Insurance would need to be extended, at an extra cost of about "
                "£400 a year.",
            ),
            (
                resolved,
                "that a dog fostering scheme be set up from February 2027, with up to "
                "six foster homes in its first year.",
            ),
            (
                normal,
                "Centre Manager to draw up the foster carer agreement and home check "
                "form and bring them to the next meeting.",
            ),
        ],
        "GW",
    )
    row(
        "6",
        "Veterinary costs and neutering",
        [
            (
                normal,
                "The Treasurer reported that veterinary costs were £61,200 for the first "
                "eight months, already above the budget for the year. Neutering was the "
                "largest part. Dr Stavorley explained that his practice had agreed to "
                "hold its reduced prices until the end of 2027. The trustees discussed "
                "whether to charge adopters more for animals that had needed expensive "
                "treatment, but felt that it would put people off.",
            ),
            (
                resolved,
                "that the adoption fee for dogs be increased from £175 to £195, and for "
                "cats from £85 to £95, from 1 January 2027.",
            ),
            (
                resolved,
                "that the veterinary budget for 2026/27 be increased by £12,000, to be "
                "met from unrestricted reserves.",
            ),
            (
                normal,
                "Treasurer to update the budget and the adoption fee list on the website "
                "before 1 January.",
            ),
        ],
        "BQ",
    )
    row(
        "7",
        "Finance",
        [
            (
                normal,
                "Mr Quennerby presented the management accounts for the eight months to "
                "30 November. Income was £298,000 and expenditure £312,500. Legacies, "
                "which were always hard to predict, were £36,000 below the same point last "
                "year. Unrestricted reserves stood at £214,000, about seven months of "
                "running costs. He said he would expect a deficit of about £25,000 for the "
                "year unless legacy income picked up.",
            ),
            (normal, "The Board approved the management accounts to 30 November 2026."),
        ],
    )
    row(
        "8",
        "Fundraising",
        [
            (
                normal,
                "Mr Strickmoor reported that the Christmas fair had raised £4,760 and the "
                "sponsored dog walk in October £3,120. The charity shop in Marketgate was "
                "making a surplus of about £1,900 a month. A local grant-making trust had "
                "decided to give £10,000 towards the new cattery roof. He suggested a "
                "regular giving campaign in the spring aimed at people who had adopted "
                "from the rescue.",
            ),
            (
                normal,
                "Fundraising Officer to prepare a plan for the regular giving campaign, "
                "with costs, for the January meeting.",
            ),
        ],
        "AS",
    )
    row(
        "9",
        "Any other business and date of next meeting",
        [
            (
                normal,
                "Mrs Amberforth said she would be stepping down as a trustee at the AGM. "
                "The next meeting will be on Tuesday 26 January 2027 at 7pm.",
            )
        ],
    )
    set_widths(table, (1.2, 13.0, 2.0))
    save_doc(document, AR_NAME)


def gymnastics() -> None:
    document = new_document("Verdana", 10)
    fix_properties(document, "Committee meeting 26 November 2026", FIXED_TIME)
    centred_bold(document, "Tollbarrow Gymnastics Club", 15)
    centred_bold(document, "Committee Meeting – Minutes")
    document.add_paragraph(
        "Thursday 26 November 2026, 7.30pm, club office, Unit 7, Dyersholme Yard"
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Joanne Ormethwick (Chair, JO), Rupert Hallamshaw (Treasurer, RH), Leticia Boddarne "
        "(Secretary, LB), Coach Nikolai Brevington (Head Coach, NB), Sophie Dewsbarrow "
        "(Welfare Officer, SD), Mahalia Pinchmoor (Parent rep, MP)",
    )
    labelled(document, "Apologies: ", "Colin Lathwaite (Competitions)")
    numbers = add_list(document, list_level(0, "%1.", indent=567, bold=True))

    def item(title: str, *texts: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(title).bold = True
        set_numbering(paragraph, numbers, 0)
        for text in texts:
            document.add_paragraph(text)

    def agreed(text: str) -> None:
        bold_then(document.add_paragraph(), "Agreed: ", text)

    item(
        "Welcome and apologies",
        "Joanne welcomed everyone. Apologies from Colin, who is judging at the regional "
        "championships this weekend.",
    )
    item(
        "Minutes of the last meeting and matters arising",
        "The minutes of 24 September were read. Rupert said that the figure for the "
        "summer camp income should be £3,450 and not £3,540.",
    )
    agreed("the minutes of 24 September are correct, with that change.")
    document.add_paragraph(
        "Matters arising: the new crash mats have been delivered; the parents' WhatsApp "
        "group has been closed and replaced with the club app; Leticia has renewed the "
        "club's registration with British Gymnastics."
    )
    item(
        "Treasurer's report",
        "Rupert reported that the club had £21,340 in the bank. Monthly fees from the 214 "
        "gymnasts were bringing in about £6,900 a month, and the rent of the unit was "
        "£2,100 a month. Coaches' pay was the biggest cost. The electricity bill had "
        "fallen after the new lighting. He warned that the landlord had written to say the "
        "rent would go up by 8% when the lease was renewed in June, and that the club "
        "would need to put up fees in the summer.",
        "Mahalia asked whether the club could apply for a grant for equiptment. Rupert said "
        "the club had applied to the county sports partnership's small grants fund and was "
        "waiting to hear.",
    )
    item(
        "Head Coach's report",
        "Nikolai reported that the recreational classes were full, with a waiting list of "
        "67 children, mostly aged 5 to 8. The competitive squad had 38 gymnasts. At the "
        "county championships in October the club had won nine medals, and two gymnasts "
        "had been picked for the regional development squad. He said that two coaches "
        "were working towards their Level 2 qualification and would finish in the spring, "
        "which would let the club open another recreational class.",
        "He explained that British Gymnastics had decided to change the grading scheme for "
        "recreational gymnasts from January, and that the club's coaches would need to "
        "attend an online update before they could run gradings under the new scheme.",
        "Coaches' comments:",
    )
    bullets(
        document,
        [
            "the waiting list is too long and some families have given up and gone to "
            "other clubs; a second Saturday class would clear most of it;",
            "the beam and the vault table are getting old and the vault board should be "
            "replaced before it fails;",
            "the gradings under the new scheme will take longer, so the first gradings "
            "should be spread over two weeks rather than one;",
            "the coaches would like a short first aid refresher before the new year, as "
            "several certificates expire in the spring.",
        ],
    )
    agreed(
        "to open a second Saturday recreational class from February, taught by the two "
        "coaches finishing their Level 2, and to offer places to the waiting list in date "
        "order."
    )
    item(
        "Equipment",
        "Nikolai said the vault board was fifteen years old and had a crack in the top "
        "layer. A new one would cost about £1,400. Rupert said the club could afford it "
        "from its reserves, but would prefer to wait for the grant decision.",
    )
    agreed("to buy a new vault board now, and to use any grant for the beam.")
    item(
        "Welfare and safeguarding",
        "Sophie reported that all coaches and volunteers had current DBS checks and had "
        "completed the British Gymnastics safeguarding course. Two minor concerns had been "
        "raised by parents this term, about changing arrangements and about photographs "
        "at a competition; both had been dealt with and the photography policy had been "
        "reminded to parents. She said she would like the club to have a second welfare "
        "officer, as she could not be at every session.",
    )
    item(
        "Fundraising and events",
        "Mahalia reported that the Christmas display on 19 December had sold 140 tickets. "
        "The parents' group would run the raffle and the cake stall. She suggested a "
        "sponsored cartwheel challenge in the spring. The committee liked the idea but "
        "felt it should wait until after the display.",
    )
    agreed("to hold the annual Christmas display on 19 December as planned, with tickets at £5.")
    item(
        "Any other business",
        "Leticia said that the club's constitution needed updating before the AGM, as it "
        "still referred to the old membership categories. Joanne said she would look at "
        "it with Leticia over the holidays.",
    )
    item(
        "Date of next meeting",
        "Thursday 28 January 2027, 7.30pm, club office.",
    )
    document.add_paragraph().add_run("Actions").bold = True
    actions = add_table(
        document,
        [
            ("Action", "Who", "When"),
            ("Book the online grading update for all recreational coaches", "NB", "Dec"),
            ("Order the new vault board", "RH / NB", "Dec"),
            ("Offer the new Saturday class to families on the waiting list", "LB", "Jan"),
            ("Find a second welfare officer and arrange their training", "SD", "Feb"),
        ],
    )
    bold_header_row(actions, "F2F2F2")
    set_widths(actions, (11.0, 2.5, 2.5))
    save_doc(document, GY_NAME)


def town_grants() -> None:
    document = new_document("Times New Roman", 12)
    fix_properties(document, "Community Grants Committee 8 December 2026", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer, "Ravenstrother Magna Town Council – Community Grants – Page ")
    centred_bold(document, "RAVENSTROTHER MAGNA TOWN COUNCIL", 14)
    centred_bold(document, "COMMUNITY GRANTS COMMITTEE")
    centred_bold(
        document,
        "Minutes of the meeting held on Tuesday 8 December 2026 at 6.30pm in the "
        "Assembly Room, Corn Exchange",
    )
    labelled(
        document,
        "Present: ",
        "Cllr Idris Penhurlow-Fiskett (Chair), Cllr Marietta Coldrington, Cllr Brendan "
        "Yeabridge, Cllr Sunita Orrinbrook-Hythorne, Cllr Francis Askwarden",
    )
    labelled(
        document,
        "Officers: ",
        "Mr Charles Haverlund (Town Clerk), Mrs Jocelyn Starbrook (Deputy Clerk and "
        "Responsible Financial Officer)",
    )
    labelled(document, "Public: ", "Three representatives of applicant groups")

    def item(ref: str, title: str, *texts: str) -> None:
        document.add_heading(f"{ref} – {title}", level=3)
        for text in texts:
            document.add_paragraph(text)

    item(
        "CG26/07",
        "Apologies for absence",
        "Apologies were received from Cllr Theresa Beckerley-Orde (illness).",
    )
    item(
        "CG26/08",
        "Declarations of interest",
        "Cllr Coldrington declared an interest in the application from the Ravenstrother "
        "Magna Carnival Association, of which she is treasurer, and took no part in its "
        "consideration. Cllr Askwarden declared that he is a member of the Bowling Club but "
        "not of its committee; he remained in the meeting.",
    )
    item(
        "CG26/09",
        "Minutes",
        "RESOLVED that the minutes of the meeting held on 9 June 2026 be approved as a "
        "correct record and signed by the Chair.",
    )
    item(
        "CG26/10",
        "Public participation",
        "Mrs Linda Ruddingley spoke for the Ravenstrother Magna Food Pantry. She said "
        "that the pantry now served about 140 households a week, twice as many as two "
        "years ago, and that its freezers were too small for the donations it received "
        "from the supermarkets. Mr Osgood Pilkinworth spoke for the Friends of Tawyer's "
        "Green and described the work of the volunteers in clearing the pond. Members "
        "thanked both speakers.",
    )
    item(
        "CG26/11",
        "Grant applications – main round 2026/27",
        "The Deputy Clerk presented the report. The Council's budget for community grants "
        "in 2026/27 was £12,000, of which £3,850 had been awarded in the June round. Six "
        "applications had been received for the December round, for a total of £10,640, "
        "against £8,150 remaining. She reminded members of the Council's grants policy: "
        "grants were for groups serving the residents of the town, could not be made to "
        "individuals or for religious or political purposes, and would not normally be "
        "more than £2,000.",
    )
    grants = add_table(
        document,
        [
            ("Applicant", "Purpose", "Requested", "Officer comment"),
            ("Food Pantry", "Two chest freezers", "£1,900", "Meets policy"),
            ("Friends of Tawyer's Green", "Pond dipping platform", "£2,000", "Meets policy"),
            ("Carnival Association", "Road closure costs", "£2,000", "Meets policy"),
            ("Bowling Club", "Replacement mower", "£2,500", "Above normal maximum"),
            ("Little Acorns Toddlers", "Play equipment", "£740", "Meets policy"),
            ("Old Time Dance Club", "Hall hire", "£1,500", "Mainly non-residents"),
        ],
    )
    bold_header_row(grants)
    document.add_paragraph(
        "Members discussed each application in turn. The Bowling Club had asked for more "
        "than the normal maximum and had substantial reserves. The Old Time Dance Club's "
        "members mostly came from outside the town, and the Deputy Clerk said the club "
        "had told her it would fold without help with its hall hire."
    )
    document.add_paragraph("Members commented:")
    bullets(
        document,
        [
            "the Food Pantry's need had grown because of the cost of living and it should "
            "have priority over the other applications;",
            "the Bowling Club's reserves were large enough to buy the mower, and the "
            "Council should not depart from its normal maximum for a club in that position;",
            "grants to groups whose members mainly live outside the town should not be "
            "made, however worthy, or the policy would mean nothing.",
        ],
    )
    document.add_paragraph("RESOLVED that:")
    for text in [
        "(a) grants be awarded to the Food Pantry (£1,900), the Friends of Tawyer's Green "
        "(£2,000) and Little Acorns Toddlers (£740);",
        "(b) a grant of £2,000 be awarded to the Carnival Association (Cllr Coldrington "
        "took no part);",
        "(c) the Bowling Club be offered a grant of £1,000 towards the mower;",
        "(d) the application from the Old Time Dance Club be refused, as its members "
        "mainly live outside the town.",
    ]:
        document.add_paragraph(text).paragraph_format.left_indent = Cm(1.0)
    document.add_paragraph(
        "Clerk to write to all six applicants with the Committee's decisions, and to send "
        "the successful groups the grant conditions and the monitoring form."
    )
    item(
        "CG26/12",
        "Monitoring of grants awarded in 2025/26",
        "The Deputy Clerk reported that monitoring forms had been returned by nine of the "
        "eleven groups funded in 2025/26. The two outstanding were the Youth Theatre, "
        "which had written to say that its production had been postponed, and the Allotment "
        "Holders' Association, which had not replied to two reminders. The county "
        "council's community fund had decided to match the Town Council's grant to the "
        "Youth Theatre, so the production would go ahead in the spring.",
        "The Committee noted the monitoring report.",
        "Deputy Clerk to write again to the Allotment Holders' Association, asking for the "
        "form or the return of the grant by 31 January.",
    )
    item(
        "CG26/13",
        "Grants budget and policy for 2027/28",
        "The Town Clerk reported that the Finance Committee would set the budget in "
        "January. Members felt that demand had outgrown the budget and that the policy "
        "needed to say more clearly who could apply.",
        "RECOMMENDED to the Finance Committee that the community grants budget for "
        "2027/28 be increased to £15,000.",
        "The Chair said he would circulate some suggested changes to the grants policy "
        "before the next meeting. The next meeting will be in June 2027, on a date to be "
        "fixed.",
    )
    save_doc(document, CG_NAME)


def main() -> None:
    primary_premises()
    animal_rescue()
    gymnastics()
    town_grants()


if __name__ == "__main__":
    main()
