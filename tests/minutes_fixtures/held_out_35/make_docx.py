"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_35/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h35-docx-playing-field-trust-trustees: a village playing field charity's trustees; "Heading 1"
  items numbered by a Word list (the number not in the text); "Resolved:" labels; "Trustees'
  comments:" "List Bullet" points; an accounts table; "ACTION –" lines; the parish council's
  decision reported.
- h35-docx-town-council-youth-community-committee: a town council's youth and community
  committee; "Heading 2" items with typed references ("YC26/14 Title"); "RESOLVED that" and a
  typed (a)–(b) list; "Members' comments:" "List Bullet" points; tasks with a right-hand
  "ACTION: XX"; the county council's decision reported; "Page n of m" footer.
- h35-docx-stop-search-scrutiny-panel: a police force's stop and search community scrutiny
  panel; unnumbered "Heading 1" items; "The panel agreed" sentences; "Panel members'
  observations:" "List Bullet" points; bold "Action:" labels; the Chief Constable's and the
  police and crime commissioner's decisions reported.
- h35-docx-infant-school-full-governing-board: a maintained infant school's full governing
  board; bold Normal paragraphs "n.<tab>Title" with typed numbers; "Governors' questions:"
  "List Bullet" points; a budget table; "Governors approved / noted", "The board approved" and
  "RESOLVED"; "Clerk to" and "will" tasks; the local authority's decision reported; PAGE footer.
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

FIXED_TIME = dt.datetime(2026, 12, 14, 10, 0, 0, tzinfo=dt.UTC)

PF_NAME = "h35-docx-playing-field-trust-trustees"
YC_NAME = "h35-docx-town-council-youth-community-committee"
SS_NAME = "h35-docx-stop-search-scrutiny-panel"
IS_NAME = "h35-docx-infant-school-full-governing-board"


def save_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def playing_field() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Playing field trustees 30 November 2026", FIXED_TIME)
    title_line(document, "Tollingham St Edwold Playing Field Trust", 16)
    document.add_paragraph("Registered charity no. 302418")
    title_line(document, "Minutes of the meeting of the Trustees", 12)
    document.add_paragraph(
        "Monday 30 November 2026, 7.30pm, in the pavilion, Tollingham St Edwold playing field"
    )
    labelled(
        document,
        "Trustees present: ",
        "Mr Dennis Wellhatch (Chair), Mrs Sandra Hollinsgate (Treasurer), Mr Peter Ashmanby-Nayle, "
        "Mrs Yvonne Trumbleton-Kestrell, Cllr Malcolm Ebbwater (parish council nominee)",
    )
    labelled(document, "Also present: ", "Mrs Jill Parnaby (Clerk to the Trustees)")
    labelled(document, "Apologies: ", "Mr Gordon Stallwood")
    numbers = add_list(document, list_level(0, "%1.", indent=567, style_id="Heading1"))

    def item(title: str, *texts: str) -> None:
        heading = document.add_heading(title, level=1)
        set_numbering(heading, numbers, 0)
        for text in texts:
            document.add_paragraph(text)

    def resolved(text: str) -> None:
        bold_then(document.add_paragraph(), "Resolved: ", text)

    def action(text: str) -> None:
        bold_then(document.add_paragraph(), "ACTION – ", text)

    item(
        "Apologies",
        "Apologies were received from Mr Stallwood, who was working away. The Chair welcomed "
        "Cllr Ebbwater, the parish council's new nominee, to his first meeting.",
    )
    item(
        "Declarations of interest",
        "Mr Ashmanby-Nayle declared that he is a member of the football club's committee, and "
        "took no part in the discussion of item 6.",
    )
    item(
        "Minutes of the meeting held on 14 September 2026",
        "The minutes had been circulated with the agenda.",
    )
    resolved("that the minutes of the meeting held on 14 September 2026 be approved and signed.")
    item(
        "Accounts for the year to 31 March 2026",
        "The Treasurer presented the accounts, which had been checked by the independent "
        "examiner without comment. Income for the year had been £14,620, mostly from the "
        "football and cricket clubs' rents, pavilion lettings and the parish council's annual "
        "grant. Expenditure had been £12,905, of which grass cutting was the largest part. "
        "The trust ended the year with £21,480 in the bank, of which £8,000 was set aside for "
        "the pavilion roof.",
    )
    accounts = add_table(
        document,
        [
            ("", "2025/26", "2024/25"),
            ("Rents and lettings", "£9,870", "£9,210"),
            ("Parish council grant", "£4,000", "£4,000"),
            ("Other income", "£750", "£1,120"),
            ("Grass cutting and maintenance", "£7,640", "£7,380"),
            ("Insurance, utilities and other costs", "£5,265", "£4,910"),
        ],
    )
    set_widths(accounts, (8.0, 3.0, 3.0))
    document.add_paragraph(
        "The trustees approved the accounts for the year to 31 March 2026 and the annual "
        "return to the Charity Commission."
    )
    item(
        "Play area inspection",
        "The Clerk reported on the annual inspection of the play area carried out in October "
        "by an independent inspector. No high risks had been found. Three medium risks were "
        "listed: worn chains and seats on the toddler swings, a gap under the fence by the "
        "gate where small children could get out, and rotten timber at the base of the "
        "climbing frame. The inspector had said that the climbing frame had perhaps three "
        "years of life left. Quotes had been received for the swing parts (£640) and for the "
        "fence (£380); the timber repair could be done by the maintenance contractor.",
        "Trustees' comments:",
    )
    bullets(
        document,
        [
            "the swings and the fence should be dealt with quickly, as the play area is used "
            "every day by families from the new houses;",
            "the trust should start saving now to replace the climbing frame, and look for "
            "grants, as a new one would cost over £20,000;",
            "the weekly visual checks by volunteers were working well and should be kept up "
            "through the winter.",
        ],
    )
    resolved(
        "to replace the toddler swing chains and seats and to repair the fence by the gate, "
        "at a total cost of up to £1,020."
    )
    action("Clerk to order the swing parts and the fence repair before Christmas.")
    item(
        "Lettings and the football club",
        "The football club had asked for a new five-year agreement for its use of the two "
        "pitches and the changing rooms, at the same rent of £2,400 a year, rising with "
        "inflation. The club had grown to nine teams, including two girls' teams, and "
        "wanted to apply for a grant to improve the drainage of the lower pitch, for which "
        "it needed an agreement of at least five years. The Clerk reported that the parish "
        "council had decided in October to give the club £2,000 towards its share of the "
        "drainage scheme. The cricket club had said it was content with the proposal, as long "
        "as the outfield was not used for football after the start of April.",
    )
    resolved(
        "that the football club be offered a five-year agreement for the pitches and changing "
        "rooms from 1 January 2027, at £2,400 a year rising each year by inflation, with no "
        "football on the outfield after 1 April."
    )
    action("Chair to sign the agreement with the football club once the Clerk has drawn it up.")
    item(
        "Trees",
        "Mrs Trumbleton-Kestrell said that the large ash tree on the boundary with the lane "
        "had more dead branches this year, and that she was worried it had ash dieback. A "
        "branch had fallen into the lane in the October storm. The trustees discussed who "
        "should look at it. Mr Wellhatch said he knew a tree surgeon who had worked for the "
        "church.",
        "Mr Wellhatch will get a qualified tree surgeon to inspect the ash tree and the other "
        "boundary trees, and report back with a price for any work needed.",
    )
    item(
        "Date of next meeting",
        "Monday 8 March 2027 at 7.30pm in the pavilion.",
    )
    save_doc(document, PF_NAME)


def youth_community() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Youth and Community Committee 1 December 2026", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(footer, "Youth and Community Committee 01.12.26 – Page ")
    centred_bold(document, "MARSHBECK TOWN COUNCIL", 14)
    centred_bold(document, "YOUTH AND COMMUNITY COMMITTEE")
    centred_bold(
        document,
        "Minutes of the meeting held on Tuesday 1 December 2026 at 7pm in the Council Chamber, "
        "Marshbeck Town Hall",
    )
    labelled(
        document,
        "Present: ",
        "Cllr Rebecca Staithwood (Chair), Cllr Andrew Colwinton-Frayle, Cllr Moira Hacklemore, "
        "Cllr Daniel Odumbe-Rookby, Cllr Jean Wellsby-Tarrenby, Cllr Luke Pardwick",
    )
    labelled(
        document,
        "Officers: ",
        "Mrs Angela Fernworth (Town Clerk, TC), Mr Craig Hollowcroft (Events Officer, EO), "
        "Ms Zoe Lundie-Marlingstoke (Youth Worker, for YC26/17 and YC26/18)",
    )
    labelled(document, "Public: ", "Four members of the public and two members of the youth forum")

    def item(ref: str, title: str, *texts: str) -> None:
        document.add_heading(f"{ref}\t{title}", level=2)
        for text in texts:
            document.add_paragraph(text)

    def action(text: str, owner: str) -> None:
        paragraph = document.add_paragraph(f"{text}\tACTION: {owner}")
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)

    item(
        "YC26/14",
        "APOLOGIES FOR ABSENCE",
        "Apologies were received and accepted from Cllr Harriet Moxbury (family commitment).",
    )
    item(
        "YC26/15",
        "DECLARATIONS OF INTEREST",
        "Cllr Hacklemore declared a non-pecuniary interest in YC26/18 as a volunteer at the "
        "Friday youth club. No other interests were declared.",
    )
    item(
        "YC26/16",
        "MINUTES",
        "RESOLVED that the minutes of the meeting held on 6 October 2026 be approved as a "
        "correct record and signed by the Chair.",
    )
    item(
        "YC26/17",
        "YOUTH SERVICE REPORT",
        "The Youth Worker presented her report for September to November. The Tuesday and "
        "Friday youth club sessions at the Town Hall annexe had been attended by an average of "
        "34 young people a night, up from 26 last year. The detached youth work on Friday "
        "evenings had made contact with about forty young people who did not come to the "
        "club, mostly around the recreation ground and the supermarket car park. The youth "
        "forum had met four times and had chosen mental health and things to do in the "
        "evenings as its priorities for the year.",
        "She reported that the County Council had decided to close its youth centre in "
        "Tanbury Road at the end of March 2027 as part of its budget savings, and to move its "
        "remaining youth workers to a targeted service working with referred young people. "
        "The Town Council's youth club would then be the only open-access provision in the "
        "town. The police neighbourhood team had reported a fall in anti-social behaviour "
        "around the recreation ground on Friday evenings since the detached work began.",
        "Members' comments:",
    )
    bullets(
        document,
        [
            "the closure of the county youth centre would put more pressure on the Town "
            "Council's club, which was already near its limit on Fridays;",
            "the detached work was clearly making a difference and should be kept going "
            "through the winter;",
            "the youth forum's priorities should shape the Council's plans, and a member of "
            "the forum should be invited to report at each meeting;",
            "the Council should press the County Council for a share of the savings to be "
            "passed to town and parish councils that run youth provision.",
        ],
    )
    document.add_paragraph("RESOLVED that the Committee notes the Youth Worker's report.")
    item(
        "YC26/18",
        "YOUTH SERVICE FUNDING 2027/28",
        "The Town Clerk presented the report. The youth service cost the Council £38,600 in "
        "2026/27, including the Youth Worker's salary, the hire of the annexe and activity "
        "costs. A grant of £6,000 from the police and crime commissioner's community fund "
        "would end in March. To keep both club nights and the detached work, and to open on "
        "a third night when the county centre closed, the Council would need to budget about "
        "£47,000 for 2027/28. She explained that this would add about £4.10 a year to a Band D "
        "council tax bill.",
        "Cllr Colwinton-Frayle asked whether the Council could afford a third night. The Town "
        "Clerk said it could, if the Finance Committee accepted the increase in the precept, "
        "but that it would mean less for other projects. Cllr Pardwick said that the cost of "
        "not providing for young people would be higher in the end.",
        "RESOLVED that:",
    )
    for text in [
        "(a) the Committee recommends to the Finance Committee a youth service budget of "
        "£47,000 for 2027/28, to include a third club night from April 2027; and",
        "(b) the Council applies to the police and crime commissioner's community fund for a "
        "further grant towards the detached youth work.",
    ]:
        document.add_paragraph(text).paragraph_format.left_indent = Cm(1.0)
    action(
        "Town Clerk to write to the County Council asking for a share of the youth centre "
        "savings for town and parish councils running youth clubs",
        "TC",
    )
    item(
        "YC26/19",
        "COMMUNITY EVENTS",
        "The Events Officer reported on the autumn events. The Remembrance Sunday parade and "
        "service had been well attended, and the road closure had worked well with the help "
        "of volunteer marshals. The Christmas lights switch-on on 28 November had drawn the "
        "biggest crowd yet, about 2,500 people, although the market stalls had run out of "
        "food early and there had been complaints about the queue for the toilets. He asked "
        "the Committee to decide on the date of next year's summer fun day, as the bandstand "
        "and the fairground operator needed booking early.",
        "RESOLVED to hold the 2027 summer fun day on Saturday 17 July on the recreation ground.",
        "The Events Officer will book the fairground operator and hire extra portable toilets "
        "for the fun day and for next year's switch-on.",
    )
    item(
        "YC26/20",
        "SKATE PARK",
        "Cllr Odumbe-Rookby reported that the youth forum had collected 312 signatures on a "
        "petition asking for the skate park to be extended, and that members of the forum "
        "had drawn up a list of what they would like. The skate park was twelve years old "
        "and some of the ramps were worn. He said that the forum would like to present its "
        "ideas to the Committee, and that there might be grants available from the national "
        "lottery and from the district council's play fund. Cllr Wellsby-Tarrenby said she "
        "would like residents near the recreation ground to be consulted as well, because of "
        "the noise.",
    )
    action(
        "Cllr Odumbe-Rookby to invite the youth forum to present its skate park ideas to the "
        "next meeting",
        "DOR",
    )
    item(
        "YC26/21",
        "DATE OF NEXT MEETING",
        "Tuesday 2 February 2027 at 7pm in the Council Chamber.",
    )
    document.add_paragraph("The meeting closed at 8.40pm.")
    save_doc(document, YC_NAME)


def stop_search() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Stop and search scrutiny panel 26 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "OFFICIAL – Stop and Search Community Scrutiny Panel – ")
    title_line(document, "Wendlemoor Police", 14)
    title_line(document, "Stop and Search Community Scrutiny Panel", 13)
    document.add_paragraph(
        "Notes of the meeting held on Thursday 26 November 2026, 6pm to 8pm, at Ribbonsfield "
        "Community Centre"
    )
    labelled(
        document,
        "Panel members: ",
        "Mrs Abigail Nwachuba-Carbrook (Chair), Mr Hamid Rastbury, Ms Coral Denningham, Mr Lloyd "
        "Barkwell-Yarde, Ms Roisin Callenby-Mott, Mr Tariq Shendlow, Miss Chloe Varnby (youth "
        "member)",
    )
    labelled(
        document,
        "Police: ",
        "Chief Inspector Martin Gallowbrand (force lead for stop and search), Inspector Kerry "
        "Dawlishby, PC Sean Merriwell (body-worn video reviewer)",
    )
    labelled(
        document,
        "Office of the Police and Crime Commissioner: ",
        "Ms Lorraine Havermead (Policy Officer, minutes)",
    )
    labelled(document, "Apologies: ", "Mr Winston Adesanmi-Pratchley")

    def item(title: str, *texts: str) -> None:
        document.add_heading(title, level=1)
        for text in texts:
            document.add_paragraph(text)

    def action(text: str) -> None:
        bold_then(document.add_paragraph(), "Action: ", text)

    item(
        "Welcome and introductions",
        "The Chair welcomed members and officers, and introduced Miss Varnby, who had joined "
        "the panel as its second youth member after the recruitment at the college in "
        "October. Apologies were received from Mr Adesanmi-Pratchley.",
    )
    item(
        "Notes of the last meeting and matters arising",
        "The panel agreed the notes of the meeting held on 24 September 2026 as accurate.",
        "Matters arising: the force had added the ethnicity of people searched under section "
        "60 to the quarterly data pack, as the panel had asked; the leaflet explaining "
        "people's rights when stopped had been translated into four more languages.",
    )
    item(
        "Quarterly stop and search data",
        "Chief Inspector Gallowbrand presented the data for July to September. Officers had "
        "carried out 1,284 searches, 9% more than in the same quarter last year. Drugs were "
        "the most common reason, at 58% of searches, followed by weapons at 19% and stolen "
        "property at 14%. The find rate, the proportion of searches in which the item looked "
        "for was found, was 31%, slightly up on last year. Black people were 3.4 times more "
        "likely to be searched than white people in the force area, down from 4.1 times a "
        "year ago. Searches of children under 18 made up 17% of the total.",
        "He explained that the Chief Constable had decided that from January every officer "
        "carrying out a search would have to record the grounds in a structured form on "
        "their phone, so that supervisors could check them the same day. He said the force "
        "expected this to improve the quality of recorded grounds.",
        "Panel members' observations:",
    )
    bullets(
        document,
        [
            "the fall in the disproportionality rate was welcome but the rate was still too "
            "high, and the panel wanted to see the figures broken down by neighbourhood;",
            "the number of searches of children was worrying, particularly where nothing was "
            "found, and the panel asked how many parents were told about them;",
            "searches for drugs with a low find rate could damage trust for little gain, and "
            "the panel questioned whether the smell of cannabis alone was good grounds;",
            "the structured grounds form was a good step, and the panel would like to see an "
            "example before it is introduced.",
        ],
    )
    document.add_paragraph(
        "Chief Inspector Gallowbrand said that parents were told whenever a child under 16 was "
        "searched, but that this was not always recorded, and that the smell of cannabis on "
        "its own was not, under the force's guidance, enough for a search."
    )
    action(
        "Chief Inspector Gallowbrand to provide the search figures by neighbourhood policing "
        "area, with find rates, for the next meeting."
    )
    item(
        "Review of records and body-worn video",
        "The panel had reviewed twelve search records chosen at random by the panel members "
        "before the meeting, and watched the body-worn video for six of them in the private "
        "session before the meeting. PC Merriwell explained how the footage was stored and "
        "why video was not available for the other six, in four cases because the camera had "
        "not been switched on until after the search began.",
        "Members discussed each record. In three cases members felt the grounds recorded were "
        "weak or unclear, and in one the officer's manner on the video had been abrupt, "
        "although the person searched had been given the right information.",
        "The panel agreed that nine of the twelve records showed reasonable grounds for the "
        "search, and that three did not.",
    )
    action(
        "Inspector Dawlishby to send the panel's findings on the three records to the "
        "officers' supervisors, and report back on the learning."
    )
    item(
        "Section 60 authorisations",
        "Chief Inspector Gallowbrand reported that there had been one section 60 authorisation "
        "in the quarter, for eight hours after a stabbing outside a nightclub in the town "
        "centre. Fourteen people had been searched under it and one knife had been found. The "
        "panel asked why the authorisation had covered the whole town centre rather than a "
        "smaller area. He said that the officer authorising it had been concerned about "
        "reprisals at several places, and that the authorisation had been reviewed after four "
        "hours.",
    )
    item(
        "Panel membership and training",
        "The Chair reported that the police and crime commissioner had decided to fund "
        "training for all community scrutiny panels in the force area in the spring, and "
        "that two panel places were still vacant. Mr Rastbury had offered to serve as vice "
        "chair after Mrs Pellinghurst's resignation in the summer.",
        "The panel agreed to appoint Mr Rastbury as vice chair until the annual meeting in "
        "May 2027.",
    )
    action(
        "Lorraine Havermead to advertise the two vacant places through the community "
        "newsletter and the college."
    )
    item(
        "Any other business",
        "Ms Callenby-Mott said that a youth group she worked with would like officers to "
        "visit and talk about stop and search. Chief Inspector Gallowbrand said that he would "
        "welcome the invitation.",
    )
    item(
        "Date of next meeting",
        "Thursday 25 February 2027, 6pm, Ribbonsfield Community Centre.",
    )
    save_doc(document, SS_NAME)


def infant_school() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "FGB minutes 8 December 2026", FIXED_TIME)
    page_footer(document.sections[0], "Brackenhythe Infant School – FGB 08.12.26 – page ")
    centred_bold(document, "Brackenhythe Infant School", 14)
    centred_bold(document, "Full Governing Board")
    centred_bold(document, "Minutes of the meeting held on Tuesday 8 December 2026 at 6pm")
    labelled(
        document,
        "Governors present: ",
        "Mrs Fiona Lindqvale (Chair, co-opted), Mr Oliver Drummondsley (Vice-Chair, parent), "
        "Mrs Catherine Ogilthorpe (Headteacher), Mr Adil Hebbleton (local authority), Mrs "
        "Lisa Morningley-Pyott (staff), Mr Roger Tewsworth (co-opted), Ms Naomi Quinlow (parent)",
    )
    labelled(document, "In attendance: ", "Mrs Valerie Cheddlewick (Clerk)")
    labelled(document, "Apologies: ", "Mrs Bridget Sawthorne (co-opted)")

    def item(number: str, title: str, *texts: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{number}\t{title}").bold = True
        paragraph.paragraph_format.space_before = Cm(0.3)
        for text in texts:
            document.add_paragraph(text).paragraph_format.left_indent = Cm(1.0)

    item(
        "1.",
        "Welcome and apologies",
        "The Chair welcomed goverors. Apologies were received and accepted from Mrs Sawthorne. "
        "The meeting was quorate.",
    )
    item(
        "2.",
        "Declarations of interest",
        "No declarations were made in relation to items on the agenda. The Clerk reminded "
        "governors to check their entries in the register of business interests, which is "
        "published on the school website.",
    )
    item(
        "3.",
        "Minutes of the meeting held on 29 September 2026 and matters arising",
        "Governors approved the minutes of the meeting held on 29 September 2026 as a true "
        "record, and the Chair signed them.",
        "Matters arising: the single central record check had been carried out by Mr "
        "Hebbleton on 12 October and no issues had been found; the new visitor sign-in system "
        "was in use.",
    )
    item(
        "4.",
        "Headteacher's report",
        "The Headteacher presented her report, which had been circulated in advance. There "
        "were 214 pupils on roll, 16 fewer than a year ago, because of the falling birth rate "
        "in the area. Attendance for the autumn term so far was 95.1%, and persistent "
        "absence had fallen to 11%. In the phonics screening check in June, 84% of Year 1 "
        "pupils had met the expected standard. The school had 31 pupils on the SEND register, "
        "four of them with education, health and care plans.",
        "She reported that the local authority had decided to reduce the school's published "
        "admission number from 90 to 75 from September 2027, after its consultation on "
        "school places in the autumn, because of the falling number of children in the "
        "area. She explained that this would mean a change in the way classes were organised "
        "and, over time, fewer teaching staff.",
        "Governors' questions:",
    )
    bullets(
        document,
        [
            "Mr Tewsworth asked how the school would manage with fewer pupils but the same "
            "building costs; the Headteacher said the resources committee was looking at "
            "letting the spare classroom to a nursery provider.",
            "Ms Quinlow asked what was being done about the pupils who had not met the "
            "phonics standard; the Headteacher said they had daily catch-up sessions and "
            "would be checked again in June.",
            "Mr Hebbleton asked whether the fall in persistent absence would last; the "
            "Headteacher said the family support worker's visits had made the difference, "
            "and she would expect the figure to rise a little in the winter.",
        ],
    )
    document.add_paragraph(
        "Governors noted the Headteacher's report."
    ).paragraph_format.left_indent = Cm(1.0)
    item(
        "5.",
        "Finance",
        "Mr Drummondsley, chair of the resources committee, presented the revised budget for "
        "2026/27. The school was forecasting an in-year deficit of £18,400, to be met from "
        "the carry-forward, leaving a balance of £41,200 at the end of the year. The main "
        "pressures were the teachers' pay award, which was not fully funded, and the cost "
        "of support for pupils with SEND.",
    )
    budget = add_table(
        document,
        [
            ("2026/27", "Original budget", "Revised budget"),
            ("Income", "£1,012,000", "£1,026,500"),
            ("Expenditure", "£1,029,000", "£1,044,900"),
            ("In-year balance", "–£17,000", "–£18,400"),
            ("Carry-forward at 31 March", "£42,600", "£41,200"),
        ],
    )
    bold_header_row(budget, "E7E6E6")
    set_widths(budget, (6.0, 4.0, 4.0))
    document.add_paragraph(
        "The board approved the revised budget for 2026/27."
    ).paragraph_format.left_indent = Cm(1.0)
    item(
        "6.",
        "Policies",
        "The Clerk listed the policies due for review, which had been circulated with the "
        "agenda. Mrs Morningley-Pyott asked whether the Charging and Remissions Policy covered "
        "the cost of the Year 2 residential trip; the Headteacher said that it did, and that "
        "no child would be left out for reasons of cost.",
        "The board approved the Charging and Remissions Policy and the Complaints Policy.",
    )
    item(
        "7.",
        "Governor monitoring visits",
        "Ms Quinlow reported on her visit to look at early reading in Reception. She had seen "
        "phonics lessons in all three classes and read with a group of children, and had "
        "been impressed by how confidently they used their sounds. Mr Tewsworth reported on "
        "his health and safety walk with the site manager, and said the only concern was the "
        "worn surface by the Year 1 door, which was being repaired.",
        "Mrs Lindqvale will visit the school in February to look at the provision for pupils "
        "with SEND, with the special educational needs coordinator.",
    )
    item(
        "8.",
        "Governor training",
        "The Clerk reported that three governors had completed training this term. The "
        "local authority's governor services were running a course on understanding school "
        "data in January.",
        "Clerk to book places on the January school data course for Mr Hebbleton and Ms Quinlow.",
    )
    item(
        "9.",
        "Governor vacancies",
        "The Chair reported that there was a vacancy for a co-opted governor following Mr "
        "Pendleworth's resignation. Mrs Harriet Dunsmoor, a retired accountant who lives in "
        "the village, had met the Chair and the Headteacher and had said she would like to "
        "join the board.",
        "RESOLVED: to appoint Mrs Harriet Dunsmoor as a co-opted governor for a term of four "
        "years from 8 December 2026.",
        "Chair to welcome Mrs Dunsmoor and arrange her induction with the Clerk.",
    )
    item(
        "10.",
        "Date of next meeting",
        "Tuesday 16 March 2027 at 6pm in the school hall.",
    )
    save_doc(document, IS_NAME)


def main() -> None:
    playing_field()
    youth_community()
    stop_search()
    infant_school()


if __name__ == "__main__":
    main()
