"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_31/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h31-docx-neighbourhood-watch-association: a neighbourhood watch association's committee;
  centred bold titles; items are "Heading 2" paragraphs numbered "Item 1:" by a Word list
  (the numbers are not in the text); a crime figures table; "Points raised in discussion:"
  "List Bullet" points; "Resolved:" label; a proposal carried; "ACTION:" and "will" and
  "Chair to" actions; the police's, the commissioner's and the county's decisions reported.
- h31-docx-guiding-division-committee: a guiding division's committee; bold title; all the
  minutes in one Item / Minute / Action table, a bold title at the top of each Minute cell,
  "Points raised:" "List Bullet" paragraphs inside a cell, initials in the Action column
  beside "X to …" sentences; the county's decisions reported.
- h31-docx-amateur-orchestra-committee: an amateur orchestra's committee; "Heading 1" items
  typed "1. Title"; matters arising as status lines; "Comments from the committee:" "List
  Bullet" points; "RESOLVED:" with typed (a)–(b); "The committee noted / agreed"; "to" and
  "will" actions; PAGE footer.
- h31-docx-youth-club-trustees: a youth club charity's trustees; title line; unnumbered
  "Heading 3" items; "Trustees' comments:" "List Bullet 2" points; a finance table; every
  task in an action tracker table after the last item; the council's decision reported;
  "Page n of m" footer.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

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

FIXED_TIME = dt.datetime(2026, 12, 7, 11, 0, 0, tzinfo=dt.UTC)

NW_NAME = "h31-docx-neighbourhood-watch-association"
GD_NAME = "h31-docx-guiding-division-committee"
OR_NAME = "h31-docx-amateur-orchestra-committee"
YC_NAME = "h31-docx-youth-club-trustees"


def save_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def neighbourhood_watch() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "NWA Committee 24 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "Tollendry and District NWA – ")
    centred_bold(document, "Tollendry and District Neighbourhood Watch Association", 14)
    centred_bold(document, "Committee Meeting – Minutes")
    centred_bold(document, "Tuesday 24 November 2026, 7.00pm, Quenchwell Room, Tollendry Library")
    labelled(
        document,
        "Present: ",
        "Mrs Evadne Chisnall (Chair), Mr Royston Blagthorne (Secretary), Mrs Parveen Ashmoss-Kular "
        "(Treasurer), Mr Desmond Lumbleton, Mrs Glenys Hobdell, Mr Okonkwo Daventry, Miss Ruth "
        "Scawthorpe (area co-ordinator, Drayholme villages)",
    )
    labelled(
        document,
        "In attendance: ",
        "PCSO Kirsty Wallbank and Sergeant Ingrid Tanqueray (Tollendry Neighbourhood Policing "
        "Team) for items 1–3",
    )
    labelled(document, "Apologies: ", "Mr Barrington Crouchley; Mrs Lettice Ormskeld")
    numbers = add_list(
        document, list_level(0, "Item %1:", indent=1134, style_id="Heading2", bold=True)
    )

    def item(words: str) -> None:
        set_numbering(document.add_heading(words, level=2), numbers, 0)

    item("Welcome and apologies")
    document.add_paragraph(
        "The Chair welcomed members and the two officers from the neighbourhood policing "
        "team, and thanked the library for the room. Apologies as above."
    )
    item("Minutes of the last meeting and matters arising")
    document.add_paragraph(
        "The committee approved the minutes of the meeting held on 22 September 2026. "
        "Matters arising: the new street signs for the Meadowcroft estate scheme have been "
        "put up by the council; the ringmaster messaging sign-up leaflet has been reprinted; "
        "Mr Lumbleton still waiting to hear from the parish council about a noticeboard at "
        "Drayholme."
    )
    item("Police update")
    document.add_paragraph(
        "Sergeant Tanqueray reported on crime in the Tollendry neighbourhood area for the "
        "three months to 31 October, compared with the same period last year:"
    )
    crimes = add_table(
        document,
        [
            ("Crime type", "Aug–Oct 2025", "Aug–Oct 2026"),
            ("Residential burglary", "31", "22"),
            ("Theft from vehicles", "47", "58"),
            ("Theft of catalytic converters", "12", "3"),
            ("Shed and garage break-ins", "19", "26"),
            ("Fraud reported (doorstep and phone)", "14", "21"),
        ],
    )
    bold_header_row(crimes)
    set_widths(crimes, (8.0, 3.5, 3.5))
    document.add_paragraph(
        "She said that burglary was down because of two arrests in August, but thefts from "
        "vans had risen, mostly tools taken overnight in the Meadowcroft and Hollinscar Lane "
        "areas. The Chief Constable has decided to merge the Tollendry and Cawthwaite "
        "neighbourhood teams from January, although the PCSOs will stay based in Tollendry. "
        "The Police and Crime Commissioner has agreed to fund a further round of free "
        "tool marking and van alarms through the community safety fund."
    )
    document.add_paragraph(
        "Mrs Hobdell asked whether the merger would mean fewer patrols in the villages. "
        "Sergeant Tanqueray said the number of officers would not change and that the "
        "rural team would still cover the villages twice a week. Mr Daventry asked about "
        "the courier fraud in which an elderly resident lost £9,000; PCSO Wallbank said "
        "she would be visiting the sheltered housing schemes with a warning leaflet and "
        "would welcome volunteers to come with her."
    )
    document.add_paragraph("Points raised in discussion:")
    bullets(
        document,
        [
            "members' messages about suspicious vans are often not acknowledged, and people "
            "stop reporting if they never hear anything back;",
            "the merger should be explained to residents by the police directly, in the "
            "parish magazines, before rumours spread;",
            "could the tool marking events be held on Saturdays so that tradespeople can "
            "come? Sergeant Tanqueray said she would ask the crime reduction officer.",
        ],
    )
    item("Treasurer's report")
    document.add_paragraph(
        "Mrs Ashmoss-Kular reported a balance of £1,486.20 at 31 October. Income since "
        "April has been £610 (town council grant £400, donations £210) and spending £342 "
        "(printing, the AGM room hire and the hi-vis vests). Two bills are due: the annual "
        "public liability insurance (£214) and the website hosting (£96)."
    )
    bold_then(
        document.add_paragraph(),
        "Resolved: ",
        "to pay the insurance premium of £214 and the website hosting of £96.",
    )
    item("Scheme co-ordinators and membership")
    document.add_paragraph(
        "The Secretary reported that the association now has 64 registered schemes covering "
        "about 3,100 households, with three new schemes since September (Larkhill Close, "
        "Station Mews and part of Drayholme Road). Two co-ordinators have stepped down and "
        "their schemes need new co-ordinators; Miss Scawthorpe thought one neighbour in "
        "Drayholme might take it on. The national Neighbourhood Watch network has changed "
        "its registration system, and every scheme's details have to be confirmed "
        "online by March."
    )
    bold_then(
        document.add_paragraph(),
        "ACTION: ",
        "Secretary to send welcome packs and window stickers to the three new co-ordinators.",
    )
    item("No cold calling zones")
    document.add_paragraph(
        "Mr Lumbleton reported that the county council's trading standards service has decided "
        "to support new no cold calling zones only where at least 60% of households agree "
        "in a survey. Two areas have asked for zones: Hollinscar Lane (48 homes) and the "
        "Becklander bungalows (32 homes), both with many older residents. The zones cost "
        "about £150 each for signs and stickers. The committee agreed to apply for no cold "
        "calling zones in Hollinscar Lane and the Becklander bungalows. Mrs Hobdell will survey "
        "the residents of both areas door to door before Christmas, with a volunteer from "
        "each street."
    )
    item("Community safety fund bid")
    document.add_paragraph(
        "The Chair reported that the commissioner's community safety fund is open until 31 "
        "January for bids of up to £3,000. She suggested a bid for 40 video doorbells for "
        "vulnerable residents referred by the police and the Age Concern visiting service, "
        "plus installation by a local electrician. Mr Daventry asked whether the doorbells "
        "raised privacy issues for neighbours; the Chair said the fund's guidance covered "
        "this and that the cameras would face the front door only."
    )
    document.add_paragraph(
        "Proposed by Mrs Ashmoss-Kular, seconded by Mr Daventry, that the association bids "
        "for £2,800 from the community safety fund for video doorbells for vulnerable "
        "residents. Carried unanimously. Chair to complete and submit the bid by 15 January."
    )
    item("Any other business")
    document.add_paragraph(
        "Mr Blagthorne reminded members that the AGM will be on Tuesday 23 March. Mrs Hobdell "
        "said that the Drayholme village hall would host a scam awareness coffee morning "
        "on 12 December."
    )
    item("Date of next meeting")
    document.add_paragraph("Tuesday 26 January 2027, 7.00pm, Quenchwell Room, Tollendry Library.")
    save_doc(document, NW_NAME)


def guiding_division() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Division committee 12 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "Thursgill Division committee minutes – page ")
    title_line(document, "Girlguiding Thursgill Division – Division Committee", 15)
    document.add_paragraph(
        "Minutes of the meeting held on Thursday 12 November 2026 at 7.30pm at the "
        "Guide Hut, Pennywell Lane, Thursgill"
    )
    labelled(
        document,
        "Present: ",
        "Niamh Gorringley (Division Commissioner, NG), Zara Petticrow-Leeson (Assistant DC, ZPL), "
        "Ottavia Brundlecot (Treasurer, OB), Harpreet Chahal-Mellish (Secretary, HCM), Lorna "
        "Whitgift (Training Co-ordinator, LW), Abigail Fenshaw (1st Thursgill Guides), Mariam "
        "Haroon-Quaysley (2nd Thursgill Brownies), Freya Latchwick (Thursgill Rangers)",
    )
    labelled(document, "Apologies: ", "Jessabel Tewkesbury-Hallaway (Rainbows), Hatty Caldersett")
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    header = table.rows[0].cells
    header[0].text = "Item"
    header[1].text = "Minute"
    header[2].text = "Action"
    bold_header_row(table, "D9D2E9")

    def row(number: str, title: str, paragraphs: list[tuple[str, str]], action: str = ""):
        cells = table.add_row().cells
        cells[0].text = number
        first = cells[1].paragraphs[0]
        first.add_run(title).bold = True
        for style, text in paragraphs:
            cells[1].add_paragraph(text, style=style)
        cells[2].text = action

    normal = "Normal"
    bullet = "List Bullet"
    row(
        "1",
        "Welcome and apologies",
        [
            (
                normal,
                "Niamh welcomed everyone, especially Freya, who has taken over the Ranger "
                "unit from Hatty. Apologies as above.",
            ),
        ],
    )
    row(
        "2",
        "Minutes of last meeting and matters arising",
        [
            (
                normal,
                "The committee approved the minutes of the meeting held on 10 September "
                "2026. Matters arising: hut guttering – repaired by the hut committee; "
                "division banner – still at the cleaners; census figures – all units "
                "returned.",
            ),
        ],
    )
    row(
        "3",
        "Division Commissioner's report",
        [
            (
                normal,
                "Niamh reported that the division has 214 young members in 11 units: 3 "
                "Rainbow units, 4 Brownie units, 3 Guide units and 1 Ranger unit, and 38 "
                "adult volunteers. Waiting lists total 61 girls, almost all for Rainbows and "
                "Brownies, because two units are at capacity and have no second leader. She "
                "thanked the leaders who had run the Remembrance parade and the joint "
                "Halloween evening with the Scouts.",
            ),
            (
                normal,
                "She reported that the County executive has decided that from January all "
                "unit subscriptions will be collected centrally through the online "
                "membership system, and that the County has agreed a new grant scheme for "
                "units starting up in areas of deprivation. The Region has also decided to "
                "hold its 2027 international camp in Normandy, and two Thursgill Guides have "
                "been selected.",
            ),
            (
                normal,
                "Abigail asked whether the central subscriptions would leave units short of "
                "cash in the autumn term. Niamh said units would receive their share each "
                "month, and that she would check with the County Treasurer how the first "
                "month would work.",
            ),
            (normal, "Points raised:"),
            (
                bullet,
                "parents need to be told about the change to subscriptions in good time, "
                "with a simple leaflet, as many pay in cash at the door;",
            ),
            (
                bullet,
                "the waiting lists will not come down without more adult volunteers – the "
                "division should ask the parents on the lists directly;",
            ),
            (
                bullet,
                "the deprivation grant could help to restart a Brownie unit on the "
                "Kittiwren Rise estate, where the old unit closed in 2023.",
            ),
        ],
    )
    row(
        "4",
        "Treasurer's report",
        [
            (
                normal,
                "Ottavia presented the accounts to 31 October. The division account holds "
                "£4,318 and the camp equipment fund £1,952. Income this year came mainly "
                "from the division's share of subscriptions and the autumn quiz (£486). "
                "Ottavia presented a draft budget for 2027 of £3,600, including £900 for "
                "leader training and £600 towards the Thinking Day event. The committee "
                "approved the division budget for 2027.",
            ),
            (
                normal,
                "Ottavia to move £1,000 from the current account to the deposit account, "
                "which pays 3.1%.",
            ),
        ],
        "OB",
    )
    row(
        "5",
        "Thinking Day 2027",
        [
            (
                normal,
                "Zara presented plans for the division's Thinking Day on Sunday 21 February. "
                "The theme this year is the promise and the world, and each unit will run a "
                "stall about a different country. St Eanswith's Church has offered its hall "
                "for the afternoon. Mariam asked whether the Rainbows could have a shorter "
                "programme; Zara said the Rainbows' part would finish at 3.30pm.",
            ),
            (
                normal,
                "Agreed: to hold the Thinking Day service and activities in St Eanswith's "
                "Church and hall on 21 February, with a charge of £3 per girl.",
            ),
            (normal, "Zara to book the hall and confirm the service times with the vicar."),
        ],
        "ZPL",
    )
    row(
        "6",
        "Safeguarding and leader training",
        [
            (
                normal,
                "Lorna reported that 6 leaders' safeguarding training expires before the end "
                "of March, and 4 leaders need First Response (first aid) training before "
                "they can take girls on residentials. The County's online course is "
                "available, but leaders prefer face to face. The Training Co-ordinator will "
                "run a First Response course at the Guide Hut on Saturday 30 January and "
                "send the booking link to all leaders.",
            ),
        ],
        "LW",
    )
    row(
        "7",
        "Division camp 2027",
        [
            (
                normal,
                "Niamh said it was three years since the last division camp. Two sites had "
                "been looked at: Craglarch Wood Activity Centre (£22 per girl per night, "
                "with indoor accommodation if wet) and Hollowdene Farm (£14 per girl per "
                "night, tents only). Around 60 Guides and Rangers are expected.",
            ),
            (
                normal,
                "Proposed by Abigail Fenshaw, seconded by Ottavia Brundlecot, that the division "
                "holds a camp at Craglarch Wood Activity Centre from 25 to 27 June 2027. "
                "Carried, 7 for, 1 abstention.",
            ),
        ],
    )
    row(
        "8",
        "Any other business and date of next meeting",
        [
            (
                normal,
                "Freya asked whether the Rangers could help run the Brownie revels in the "
                "spring; Mariam said she would be delighted. The Christmas carol evening "
                "will be on 15 December at 6pm.",
            ),
            (normal, "Next meeting: Thursday 14 January 2027, 7.30pm, Guide Hut."),
        ],
    )
    set_widths(table, (1.2, 12.8, 2.0))
    save_doc(document, GD_NAME)


def orchestra() -> None:
    document = new_document("Cambria", 11)
    fix_properties(document, "Committee meeting 30 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "", WD_ALIGN_PARAGRAPH.RIGHT)
    title_line(document, "Mossingford Philharmonic Orchestra", 16)
    document.add_paragraph(
        "Minutes of the committee meeting held on Monday 30 November 2026 at 7.45pm at "
        "14 Calvington Terrace, Mossingford (by kind permission of Ambrosine Tallowfield)"
    )
    labelled(
        document,
        "Present: ",
        "Ambrosine Tallowfield (Chair), Gideon Lazenfold (Orchestra Manager), Fenwenna Crossfenny "
        "(Treasurer), Rhydian Penwarrick (Secretary), Margarethe Oyediran (Librarian), Toby "
        "Skillicorn (Players' representative, brass), Graça Vasconcelos-Brightwen (Marketing)",
    )
    labelled(document, "Apologies: ", "Constantin Dobrescu (Music Director)")

    def item(words: str) -> None:
        document.add_heading(words, level=1)

    item("1. Apologies")
    document.add_paragraph(
        "Apologies were received from the Music Director, who is conducting in Leipzig. "
        "He had sent a note on the spring programme, which the Chair read under item 6."
    )
    item("2. Minutes of the previous meeting")
    bold_then(
        document.add_paragraph(),
        "Resolved: ",
        "that the minutes of the meeting held on 28 September 2026 be approved and signed.",
    )
    item("3. Matters arising")
    document.add_paragraph(
        "Timpani – the hire set from Wrexmoor Percussion was used for the November concert; "
        "Gideon still looking for a second-hand set to buy."
    )
    document.add_paragraph(
        "Gift Aid – the claim for 2025/26 (£1,118) has been paid by HMRC. Risk assessment "
        "for St Frideswyth's – done by Rhydian and filed."
    )
    document.add_paragraph(
        "Website – the concert pages now take card bookings through the new ticketing "
        "service; Graça reviewing the fees."
    )
    item("4. November concert – report")
    document.add_paragraph(
        "Gideon reported on the concert on Saturday 21 November at St Frideswyth's Church "
        "(Elgar, Cockaigne; Bruch, Violin Concerto No. 1 with Saoirse Quennevais; Dvořák, "
        "Symphony No. 8). Audience 318, the largest since the orchestra moved to St "
        "Bartholomew's, of whom 61 were under 18 and admitted free. Ticket income was "
        "£3,940 and the interval bar £412. The soloist was outstanding and several "
        "audience members had written to say so. The church's heating failed in the "
        "first half, which was uncomfortable for players and audience; the churchwardens "
        "have apologised and said the boiler is being replaced in January."
    )
    document.add_paragraph(
        "Toby reported the players' view that the rehearsal schedule had been tight, with "
        "only one full rehearsal with the soloist, and that the brass had been placed too "
        "close to the front row. Margarethe said that two sets of parts had come back with "
        "pencil markings in ink, which the hire library would charge for."
    )
    document.add_paragraph("Comments from the committee:")
    bullets(
        document,
        [
            "the free under-18 tickets clearly work and should be kept, with more promotion "
            "through the county music service;",
            "a second rehearsal with the soloist should be written into every soloist's "
            "contract, even at extra cost;",
            "the platform layout at St Frideswyth's needs a proper plan, drawn up before "
            "the day, so that the brass are not on top of the audience;",
            "players should be reminded, kindly but firmly, that only pencil goes on hired parts.",
        ],
    )
    item("5. Finance")
    document.add_paragraph(
        "Fenwenna presented the treasurer's report. After the November concert the current "
        "account stands at £7,624 and the reserve account at £12,000. The concert made a "
        "surplus of £640 after the soloist's fee (£750), hall hire (£420), music hire "
        "(£396) and the Music Director's fee. Players' subscriptions for the autumn term "
        "are 94% paid; four players have not paid and Fenwenna has written to them. She "
        "warned that Making Music's insurance premium is going up by about 12% from April."
    )
    document.add_paragraph("The committee noted the treasurer's report.")
    item("6. Spring concert 2027")
    document.add_paragraph(
        "The Chair read the Music Director's note. He proposes a concert on Saturday 20 March "
        "2027: Weber, Oberon overture; Mozart, Piano Concerto No. 23; and Sibelius, Symphony "
        "No. 2. For the concerto he recommends Ms Henrietta Abernyte-Luskin, a recent "
        "graduate of the Royal Northern College of Music, who has agreed a fee of £850. "
        "The Sibelius needs an extra horn and a tuba, and the Mozart needs a good piano; the "
        "church's own piano is not suitable, so a hire piano would be needed (about £380 "
        "with tuning)."
    )
    document.add_paragraph(
        "Fenwenna said the budget would allow it if the ticket price went up by £1, to £15. "
        "Rhydian asked whether the Sibelius was too hard; Toby said the players would rise "
        "to it and were keen."
    )
    bold_then(document.add_paragraph(), "RESOLVED: ", "that the committee")
    document.add_paragraph(
        "(a) engages Ms Henrietta Abernyte-Luskin as soloist for the spring concert on 20 "
        "March 2027 at a fee of £850, with two rehearsals;"
    )
    document.add_paragraph(
        "(b) adopts the programme proposed by the Music Director and hires a concert grand "
        "piano for the day, within a total concert budget of £2,600."
    )
    document.add_paragraph(
        "Librarian to order the hire parts for the spring concert from the county music "
        "library and have them ready for the first rehearsal on 11 January."
    )
    item("7. Music Director's contract")
    document.add_paragraph(
        "The Music Director's contract ends in July 2027. The Chair said he had indicated "
        "that he would like to continue for a further two seasons. His fee has been £460 "
        "per concert and £55 per rehearsal since 2024. After discussion, in his absence, "
        "the committee agreed to offer the Music Director a new two-year contract from "
        "September 2027, with a 5% increase in his fees. The Chair will write to Mr "
        "Dobrescu with the offer before Christmas."
    )
    item("8. Membership and auditions")
    document.add_paragraph(
        "Rhydian reported 64 playing members. The orchestra is short of violas (four "
        "regulars) and a second bassoon. Two viola players have asked to join; they are invited "
        "to play with the orchestra in January before a short audition. Graça said she would "
        "put an appeal for violas on social media and in the music shop window."
    )
    item("9. Any other business")
    document.add_paragraph(
        "Toby reported that the brass section's Christmas carols at the market raised £286 "
        "for the orchestra's bursary fund. The committee thanked him."
    )
    item("10. Date of next meeting")
    document.add_paragraph("Monday 25 January 2027, 7.45pm, at the same address.")
    save_doc(document, OR_NAME)


def youth_club() -> None:
    document = new_document("Arial", 10)
    fix_properties(document, "Trustees 8 December 2026", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(footer)
    title_line(document, "Cawthwaite Street Youth Club (charity no. 1120694)", 14)
    document.add_paragraph("Trustees' meeting – Tuesday 8 December 2026, 6.30pm, at the club")
    labelled(
        document,
        "Trustees: ",
        "Marcia Edgecumbe-Roylance (Chair, MER), Solomon Addo-Whitsunby (Treasurer, SAW), Pippa "
        "Glasspool (PG), Reverend Elias Thorogood (ET), Kamal Rahimzadeh (KR), Gwenhwyfar Yeolands (GY)",
    )
    labelled(
        document,
        "Staff: ",
        "Dwayne Okoroafor-Shawdon (Youth Work Manager, YWM); Lena Mistlethwaite (administrator, notes)",
    )
    labelled(document, "Apologies: ", "Councillor Agatha Rudgard (trustee)")

    def item(words: str) -> None:
        document.add_heading(words, level=3)

    item("Welcome and apologies")
    document.add_paragraph(
        "Marcia welcomed trustees. Apologies from Cllr Rudgard, who is at a council meeting."
    )
    item("Declarations of interest")
    document.add_paragraph(
        "Kamal declared that his building firm might be asked to quote for the heating work "
        "and said he would not take part in that discussion."
    )
    item("Minutes of the last meeting")
    document.add_paragraph(
        "The trustees approved the minutes of the meeting on 6 October 2026. The action "
        "tracker was reviewed: the fire risk assessment is done; the new minibus driver "
        "checks are done; the grant application to the Brackwell Trust is covered under "
        "Finance; the volunteer handbook is still with Pippa."
    )
    item("Youth Work Manager's report")
    document.add_paragraph(
        "Dwayne reported on the autumn term. The club is open four evenings a week, with a "
        "junior session (8–12) on Mondays and Wednesdays, seniors (13–19) on Tuesdays and "
        "Thursdays, and a Saturday football and music project. Average attendance was 41 "
        "a session, up from 33 last autumn, and 186 different young people came at least "
        "once. The music studio has been the biggest draw: 22 young people have recorded "
        "tracks and four performed at the Cawthwaite winter lights event."
    )
    document.add_paragraph(
        "There had been two incidents of anti-social behaviour outside the club in "
        "October, both involving young people who are not members. The police and the "
        "council's community safety team had been informed. Dwayne said that he would be "
        "meeting the neighbourhood sergeant in January and would ask about more patrols at "
        "closing time."
    )
    document.add_paragraph(
        "Dwayne also reported that the city council's Cabinet had decided on 18 November "
        "to end its youth services grant to voluntary clubs from April 2028, and to replace "
        "it with a commissioned service for which clubs would have to bid. The club's "
        "grant is £24,000 a year, about a third of its income. Gwenhwyfar asked whether the "
        "club could bid alone; Dwayne thought a joint bid with the two other clubs in the "
        "east of the city would be stronger. Reverend Thorogood said the churches' "
        "partnership would support a joint bid."
    )
    item("Finance")
    document.add_paragraph("Solomon presented the management accounts to 30 November:")
    accounts = add_table(
        document,
        [
            ("", "Budget 2026/27", "Actual to 30 Nov", "Forecast"),
            ("Council youth grant", "£24,000", "£16,000", "£24,000"),
            ("Trusts and foundations", "£31,500", "£22,750", "£33,250"),
            ("Subs, tuck shop and hire", "£8,200", "£5,640", "£8,400"),
            ("Staff costs", "£52,900", "£35,180", "£53,100"),
            ("Building and utilities", "£9,600", "£7,310", "£11,200"),
        ],
    )
    bold_header_row(accounts)
    set_widths(accounts, (5.5, 3.5, 3.5, 3.5))
    document.add_paragraph(
        "Utilities are over budget because of the old gas boiler, which is running "
        "constantly. The forecast is a deficit of about £1,100 for the year, to be met from "
        "reserves of £19,400. The trustees noted the management accounts."
    )
    document.add_paragraph(
        "Solomon reported that the Brackwell Trust has offered a grant of £18,000 over two "
        "years for the music project, on condition that the club reports termly on numbers "
        "and outcomes."
    )
    bold_then(
        document.add_paragraph(),
        "Resolved: ",
        "to accept the Brackwell Trust's offer of £18,000 over two years for the music "
        "project, on the conditions set out in its letter.",
    )
    item("Building – heating and roof")
    document.add_paragraph(
        "Kamal left the room. Pippa reported that the boiler engineer had said the boiler "
        "was beyond economic repair, and that the flat roof over the studio was leaking "
        "again. The options for the heating were a new gas boiler (about £6,500) or an "
        "air source heat pump with radiator upgrades (about £19,000, for which a grant of "
        "up to £7,500 might be available). The roof repair is estimated at £3,200."
    )
    document.add_paragraph("Trustees' comments:")
    for line in [
        "a new gas boiler is the only option the club can pay for this winter, and the "
        "building cannot stay cold with young people in it;",
        "the heat pump would cut running costs in the long term, but the building's "
        "insulation is so poor that it might not keep the main hall warm;",
        "the roof has to be done first in any case, or the studio equipment is at risk.",
    ]:
        document.add_paragraph(line, style="List Bullet 2")
    document.add_paragraph(
        "After discussion the trustees agreed to replace the gas boiler now, to repair the "
        "studio roof, and to look at a heat pump again when the building is refurbished. "
        "Kamal returned."
    )
    item("Safeguarding – annual review")
    document.add_paragraph(
        "Reverend Thorogood, the safeguarding trustee, presented the annual review. There "
        "were seven safeguarding concerns in the year, all referred appropriately, two of "
        "them to children's social care. All staff and regular volunteers have current "
        "enhanced DBS checks, and all but two volunteers have done the club's safeguarding "
        "training. The policy has been updated for the latest Working Together guidance "
        "and the local safeguarding partnership's new thresholds document. The trustees "
        "approved the updated safeguarding policy."
    )
    item("Any other business")
    document.add_paragraph(
        "Gwenhwyfar said that the club's 50th anniversary is in 2027 and a celebration should "
        "be planned. Dwayne said that the young people's committee wanted to run a "
        "Christmas party on 17 December, and trustees were invited."
    )
    item("Date of next meeting")
    document.add_paragraph("Tuesday 9 February 2027, 6.30pm, at the club.")
    document.add_paragraph().add_run("Action tracker").bold = True
    tracker = add_table(
        document,
        [
            ("No.", "Action", "Who", "By"),
            (
                "1",
                "Order the new gas boiler and the roof repair; get two quotes for each",
                "PG",
                "18 Dec",
            ),
            (
                "2",
                "Talk to the other east city clubs about a joint bid for the new service",
                "YWM",
                "Jan",
            ),
            ("3", "Sign and return the Brackwell Trust grant acceptance", "MER", "15 Dec"),
            ("4", "Set up a 50th anniversary working group with young people", "GY", "Feb meeting"),
        ],
    )
    bold_header_row(tracker, "FCE4D6")
    set_widths(tracker, (1.2, 10.3, 1.8, 2.7))
    save_doc(document, YC_NAME)


def main() -> None:
    neighbourhood_watch()
    guiding_division()
    orchestra()
    youth_club()


if __name__ == "__main__":
    main()
