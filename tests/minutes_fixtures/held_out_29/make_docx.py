"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_29/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

- h29-docx-nursery-school-governing-board: a maintained nursery school's full governing
  board; bold title; "Present:" labels; items are "Heading 2" paragraphs with typed numbers;
  bold "Resolved:" labels, one with (a)/(b); matters-arising status lines; "Governors asked:"
  "List Bullet" Q-and-A points; the local authority's decision reported; every task in an
  action log table after the last item; signature line; "Page n of m" footer.
- h29-docx-catholic-parish-finance-committee: a Roman Catholic parish finance committee;
  centred bold titles; items are bold Normal paragraphs numbered "1)" … by a Word list (the
  numbers are not in the text); accounts table; bold "Agreed:" labels; the diocesan property
  committee's approval reported; "Points raised:" "List Bullet" points; "Fr … will …" and
  "Treasurer to …" actions.
- h29-docx-hockey-club-committee: a hockey club's committee; "Heading 3" items typed
  "4 – Title"; a figures table; a proposal carried; "Comments:" "List Bullet" points;
  "ACTION – Name to …" lines with initials in brackets; "will" action; the school
  governors' and England Hockey's decisions reported.
- h29-docx-custody-visitors-panel: an independent custody visiting panel of a police and
  crime commissioner's scheme; items are Normal paragraphs with a bold run "ICV 26/19<tab>
  Title"; a visits table; "Visitors raised the following points:" "List Bullet" points;
  "The Panel agreed / noted"; "ACTION:" lines; the Commissioner's approval reported; PAGE
  footer.
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
    save_deterministic,
    set_numbering,
    set_widths,
    title_line,
)

FIXED_TIME = dt.datetime(2026, 12, 7, 9, 30, 0, tzinfo=dt.UTC)

NS_NAME = "h29-docx-nursery-school-governing-board"
PF_NAME = "h29-docx-catholic-parish-finance-committee"
HC_NAME = "h29-docx-hockey-club-committee"
CV_NAME = "h29-docx-custody-visitors-panel"


def save_doc(document, name: str) -> None:
    save_deterministic(document, HERE / f"{name}.docx", FIXED_TIME)


def nursery_school() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Full Governing Board 25 November 2026", FIXED_TIME)
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(footer)
    title_line(document, "Pellingfold Nursery School and Children's Centre", 14)
    document.add_paragraph(
        "Minutes of the Full Governing Board meeting held on Wednesday 25 November 2026 at "
        "5.30pm in the staff room"
    )
    labelled(
        document,
        "Present: ",
        "Corinne Adewunmi-Stoll (Chair, CAS), Trudy Holdsworthy (Headteacher, TH), Rupert Sandling "
        "(LA governor, RS), Bethany Quillfeather (parent governor, BQ), Tomas Rezaei (parent "
        "governor, TR), Glenda Whitacre (staff governor, GW)",
    )
    labelled(
        document,
        "In attendance: ",
        "Yvette Garnside (School Business Manager, SBM); Helen Marchwood (Clerk)",
    )
    labelled(document, "Apologies: ", "Samuel Okpara-Lind (co-opted governor) – consent given")

    def item(words: str) -> None:
        document.add_heading(words, level=2)

    def resolved(words: str):
        return bold_then(document.add_paragraph(), "Resolved: ", words)

    item("1. Welcome and apologies")
    document.add_paragraph(
        "The Chair welcomed governors, in particular Tomas Rezaei, elected as parent governor "
        "in October. Apologies from Samuel Okpara-Lind were accepted. The meeting was quorate."
    )
    item("2. Declarations of interest")
    document.add_paragraph(
        "Glenda Whitacre declared an interest in item 5 (staffing costs) as a member of staff. "
        "No other declarations."
    )
    item("3. Minutes of the last meeting and matters arising")
    resolved("the minutes of the meeting of 23 September 2026 were approved and signed.")
    document.add_paragraph(
        "Outdoor canopy – installed in half-term; complete.\n"
        "Link governor visit (SEND) – BQ visited on 4 November; report circulated.\n"
        "Website compliance check – SBM has updated the charging policy; the pupil premium "
        "statement is still to be added."
    )
    item("4. Headteacher's report")
    document.add_paragraph(
        "The Headteacher reported that there are 96 children on roll in the nursery (64 "
        "funded 3- and 4-year-olds and 32 two-year-olds), against a capacity of 104. "
        "Attendance for the autumn term so far is 91.4%. 23 children have identified special "
        "educational needs, 7 with education, health and care plans, and three further "
        "requests for assessment have been made. The children's centre ran 14 groups a week, "
        "with 388 families registered. The local authority has decided to move the health "
        "visitor clinics from the centre to the Pellingfold Family Hub from April."
    )
    document.add_paragraph("Governors asked:")
    bullets(
        document,
        [
            "Why has attendance fallen from 93% last year? The Headteacher said there had "
            "been a lot of illness in October and that two families with long absences were "
            "being supported by the family worker.",
            "How long are children waiting for speech and language assessments? About 30 "
            "weeks; the school has bought in a speech and language therapist for one day a "
            "fortnight to fill the gap.",
            "Will losing the health visitor clinics reduce the number of families using the "
            "centre? It may; the Headteacher is asking the hub to keep one session a month at "
            "the centre.",
        ],
    )
    document.add_paragraph("Governors noted the Headteacher's report.")
    item("5. Budget monitoring")
    document.add_paragraph(
        "The SBM presented the budget monitoring report to 31 October. Income is forecast at "
        "£1,186,400 and expenditure at £1,214,900, a deficit of £28,500 for the year, which "
        "will be met from the carried-forward balance of £61,200. The nursery school "
        "supplementary funding has been confirmed by the local authority for 2027/28 at the "
        "same rate. Staffing is 81% of expenditure."
    )
    resolved("the budget monitoring report was noted.")
    item("6. Policies")
    document.add_paragraph(
        "The Admissions Policy 2027/28 and the Intimate Care Policy had been circulated. The "
        "Headteacher explained the change to the oversubscription criteria for two-year-old "
        "places, which now gives priority to children with a social worker."
    )
    resolved(
        "(a) the Admissions Policy 2027/28 was approved; (b) the Intimate Care Policy was "
        "approved with the change to paragraph 4 agreed at the meeting."
    )
    item("7. Governor training and visits")
    document.add_paragraph(
        "The Clerk reported that four governors had completed the safeguarding module this "
        "term. Rupert Sandling said he would be attending the local authority's finance "
        "training on 2 December. Spring term visits: early reading and the outdoor curriculum."
    )
    item("8. Date of next meeting")
    document.add_paragraph("Wednesday 3 February 2027 at 5.30pm.")
    document.add_paragraph().add_run("Action log").bold = True
    log = add_table(
        document,
        [
            ("Item", "Action", "Who", "By"),
            ("3", "Add the pupil premium statement to the website", "SBM", "18 December"),
            ("4", "Ask the Family Hub to keep a monthly clinic at the centre", "TH", "January"),
            ("6", "Publish the approved Admissions Policy on the website", "SBM", "11 December"),
            ("7", "Arrange spring term visits for early reading and outdoors", "Clerk", "January"),
        ],
    )
    bold_header_row(log, "D9E2F3")
    set_widths(log, (1.5, 10.0, 2.0, 2.5))
    document.add_paragraph("")
    document.add_paragraph("Signed ………………………………… (Chair)        Date ……………………")
    save_doc(document, NS_NAME)


def parish_finance() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Parish Finance Committee 12 November 2026", FIXED_TIME)
    page_footer(document.sections[0], "Finance Committee minutes – ")
    centred_bold(document, "ST AEDWIN'S CATHOLIC PARISH, CHALVERSTOKE", 14)
    centred_bold(document, "Parish Finance Committee")
    centred_bold(document, "Minutes of the meeting held on Thursday 12 November 2026 at 7.30pm")
    labelled(
        document,
        "Present: ",
        "Fr Declan Moriarty-Hession (Parish Priest), Philomena Akuffo-Pendleford (Chair), Kevin "
        "Drablow (Treasurer), Anna Szymczak, Joe Halloway, Maureen Costigane",
    )
    labelled(document, "Apologies: ", "Deacon Paul Whitmoor")
    numbers = add_list(document, list_level(0, "%1)", indent=425, bold=True))

    def item(words: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(words).bold = True
        paragraph.paragraph_format.space_before = Pt(10)
        set_numbering(paragraph, numbers)

    def agreed(words: str):
        return bold_then(document.add_paragraph(), "Agreed: ", words)

    item("Opening prayer and apologies")
    document.add_paragraph("Fr Declan opened the meeting with a prayer. Apologies as above.")
    item("Minutes of the meeting of 10 September 2026")
    agreed("the minutes are a correct record; signed by the Chair.")
    item("Accounts to 30 September 2026")
    document.add_paragraph(
        "Kevin presented the accounts for the first nine months of the year. Offertory "
        "income is down 4% on last year, mainly because of lower Sunday Mass attendance over "
        "the summer, but Gift Aid is up."
    )
    table = add_table(
        document,
        [
            ("", "Jan–Sep 2026", "Jan–Sep 2025"),
            ("Offertory (plate and envelopes)", "£38,214", "£39,806"),
            ("Gift Aid", "£9,420", "£8,115"),
            ("Hall lettings", "£6,730", "£6,205"),
            ("Diocesan assessment", "£12,600", "£12,100"),
            ("Heat and light", "£7,984", "£9,340"),
        ],
    )
    set_widths(table, (8.0, 4.0, 4.0))
    document.add_paragraph("The committee noted the accounts.")
    item("Presbytery roof")
    document.add_paragraph(
        "Three quotations have been received for re-roofing the rear of the presbytery: "
        "Hartridge Roofing £18,450, C. Pennage & Sons £21,200 and Westway Building £24,900. "
        "Because the work is over £10,000, it needed diocesan approval; the Diocesan Property "
        "and Buildings Committee approved the project on 28 October and agreed a grant of "
        "£5,000 from the diocesan fabric fund. The balance will come from the parish's "
        "reserves."
    )
    document.add_paragraph("Points raised:")
    bullets(
        document,
        [
            "Hartridge is cheapest but has not worked for the parish before; references from "
            "St Oda's in Wenborough were good;",
            "the work should be done before the scaffolding is needed for the church gutters "
            "in the spring, so that one scaffold can serve both jobs;",
            "parish reserves would fall to about £22,000 after the work, which is below the "
            "diocese's guideline of six months' expenditure.",
        ],
    )
    agreed("to accept the quotation from Hartridge Roofing of £18,450.")
    document.add_paragraph(
        "Fr Declan will sign the contract once the diocesan building surveyor has approved "
        "the specification."
    )
    item("Gift Aid and planned giving")
    document.add_paragraph(
        "Kevin reported that 112 households give by envelope or standing order, down from 131 "
        "three years ago. The diocese's planned giving pack could be used in Lent."
    )
    agreed("to relaunch planned giving on the first Sunday of Lent, with a talk at each Mass.")
    document.add_paragraph(
        "Treasurer to order new envelope boxes and the Gift Aid declaration forms."
    )
    item("Hall lettings")
    document.add_paragraph(
        "The Chair reported that the toddler group and the slimming club have both renewed. "
        "The hall kitchen needs a deep clean. Philomena said she would ask the Union of "
        "Catholic Mothers whether they could help."
    )
    item("Any other business")
    document.add_paragraph(
        "Anna asked whether the parish could take card payments for the repository and the "
        "100 Club. Joe thanked Kevin for all his work on the Gift Aid claim."
    )
    item("Date of next meeting")
    document.add_paragraph("Thursday 14 January 2027, 7.30pm, presbytery. Closing prayer.")
    save_doc(document, PF_NAME)


def hockey_club() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Committee meeting 3 November 2026", FIXED_TIME)
    page_footer(document.sections[0])
    title_line(document, "Ardbury Vale Hockey Club – Committee Meeting", 15)
    document.add_paragraph("Tuesday 3 November 2026, 8.00pm, Ardbury Vale Cricket Pavilion")
    labelled(
        document,
        "Present: ",
        "Rob Tennick (Chair, RT), Ella Marcolini (Secretary, EM), Grant Oakenfold (Treasurer, "
        "GO), Marnie Bramhope (Juniors, MB), Will Nyarko (Men's Captain), Fay Lintorn (Ladies' "
        "Captain), Dom Hurrell (Fixtures)",
    )
    labelled(document, "Apologies: ", "Sophie Tarbat-Blyde")

    def item(words: str) -> None:
        document.add_heading(words, level=3)

    item("1 – Apologies")
    document.add_paragraph("As above.")
    item("2 – Minutes of the last meeting")
    document.add_paragraph(
        "The committee approved the minutes of 6 October. Matters arising: the new goal "
        "nets have been fitted (Dom); the kit supplier is still to confirm the junior "
        "shirts (Marnie chasing)."
    )
    item("3 – Treasurer's report")
    document.add_paragraph("Grant circulated the figures to 31 October:")
    table = add_table(
        document,
        [
            ("", "Budget 2026/27", "Actual to 31 Oct"),
            ("Subscriptions", "£14,500", "£11,820"),
            ("Match fees", "£6,200", "£2,965"),
            ("Pitch hire", "£15,600", "£6,480"),
            ("Umpires and league fees", "£3,100", "£2,350"),
        ],
    )
    set_widths(table, (7.0, 4.0, 4.0))
    document.add_paragraph(
        "Twelve players still owe subs. Match fees are down because more matches have been "
        "cancelled for frozen or waterlogged pitches than usual."
    )
    document.add_paragraph(
        "Proposed by Grant, seconded by Fay: that players who have not paid by 30 November "
        "are not selected until they have. Carried (6 for, 1 abstention)."
    )
    item("4 – Pitches")
    document.add_paragraph(
        "Rob reported that the governors of Ardbury Vale Academy have agreed to renew the "
        "club's hire of the artificial pitch for three years from September 2027, at £68 an "
        "hour (£62 now), and have decided to resurface the pitch in summer 2027. Sunday "
        "junior training may need to move while the work is done."
    )
    document.add_paragraph("Comments:")
    bullets(
        document,
        [
            "the increase is in line with other pitches in the area and the contract gives "
            "the club security;",
            "the club should ask for the resurfacing to start after the summer tournament on "
            "4 July;",
            "Priorswick Leisure Centre's pitch could be used for junior training during the "
            "work, but it is twice the price.",
        ],
    )
    document.add_paragraph(
        "Agreed to sign the three-year hire agreement and to book two extra Sunday slots for "
        "the junior section for the rest of the season."
    )
    document.add_paragraph(
        "ACTION – Rob to sign the agreement and to write to the academy about the "
        "resurfacing dates. (RT)"
    )
    item("5 – Junior section")
    document.add_paragraph(
        "Marnie reported 87 juniors registered, 12 more than last year. England Hockey has "
        "decided that from 2027 all U12 matches must be played in the 7-a-side format. "
        "Marnie will organise a coaching session on the new format for the junior coaches "
        "in January."
    )
    item("6 – Social")
    document.add_paragraph(
        "The Christmas mixed tournament is on Sunday 20 December, followed by the party at "
        "the pavilion. Fay said she would do the quiz again."
    )
    document.add_paragraph(
        "ACTION – Ella to book the marquee and the caterer for the summer tournament. (EM)"
    )
    item("7 – AOB")
    document.add_paragraph(
        "Will said that the men's 2nd XI are short of a goalkeeper and asked members to "
        "spread the word. Dom raised the cost of umpire travel expenses."
    )
    item("8 – Date of next meeting")
    document.add_paragraph("Tuesday 1 December 2026, 8.00pm, pavilion.")
    save_doc(document, HC_NAME)


def custody_visitors() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "ICV Panel 21 October 2026", FIXED_TIME)
    page_footer(document.sections[0], "OFFICIAL – ICV Panel minutes – page ")
    centred_bold(
        document, "Office of the Police and Crime Commissioner for Fendale and Rookham", 12
    )
    centred_bold(document, "Independent Custody Visiting Scheme – Fendale Panel")
    document.add_paragraph(
        "Minutes of the panel meeting held on Wednesday 21 October 2026 at 6.30pm, "
        "Rookham Police Station, meeting room 3"
    )
    labelled(
        document,
        "Present: ",
        "Trevor Wicksteed (Panel Chair, TW), Farzana Lowick (Vice Chair, FL), Alan "
        "Geddington, Marguerite Onwuka-Fisk, Bartosz Zielonka, Liz Hammerton, Colin Ashburnham",
    )
    labelled(
        document,
        "In attendance: ",
        "Jo Stainbridge (ICV Scheme Manager, OPCC); Chief Inspector Darren Wolfindale "
        "(Custody, item ICV 26/23)",
    )

    def item(reference: str, words: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{reference}\t{words}").bold = True
        paragraph.paragraph_format.space_before = Pt(10)

    def action(words: str):
        return bold_then(document.add_paragraph(), "ACTION: ", words)

    item("ICV 26/19", "Welcome and apologies")
    document.add_paragraph(
        "The Chair welcomed everyone, including Bartosz Zielonka, attending his first meeting "
        "after completing his accreditation. Apologies: Sandra Velindre, Yaw Amoako-Barrell."
    )
    item("ICV 26/20", "Minutes of the meeting held on 15 July 2026")
    document.add_paragraph("The Panel approved the minutes as an accurate record.")
    item("ICV 26/21", "Matters arising")
    document.add_paragraph(
        "Replacement of the worn mattresses at Rookham – done in August. Hearing loop at the "
        "Fendale custody desk – still awaiting the estates team; the Scheme Manager is "
        "chasing."
    )
    item("ICV 26/22", "Summary of visits, July to September 2026")
    document.add_paragraph(
        "The Scheme Manager presented the summary of visit reports. 26 visits were made in "
        "the quarter (target 26). 141 detainees were in custody at the time of the visits, "
        "of whom 98 were offered a visit and 77 accepted."
    )
    table = add_table(
        document,
        [
            ("Suite", "Visits", "Detainees seen", "Issues raised"),
            ("Rookham", "14", "46", "9"),
            ("Fendale", "12", "31", "5"),
        ],
    )
    bold_header_row(table)
    set_widths(table, (4.0, 3.0, 4.0, 4.0))
    document.add_paragraph("Visitors raised the following points:")
    bullets(
        document,
        [
            "several detainees at Rookham said they had not been offered a shower or a "
            "change of clothing after more than 24 hours in custody;",
            "the CCTV monitor in the Fendale female cell corridor was not working on two "
            "visits in September;",
            "visitors were kept waiting at the front desk for over 20 minutes on three "
            "occasions, which shortens the visit.",
        ],
    )
    document.add_paragraph("The Panel noted the visit reports.")
    action(
        "Scheme Manager to raise the showers and waiting times with the custody "
        "inspector and report back in January."
    )
    item("ICV 26/23", "Custody update")
    document.add_paragraph(
        "Chief Inspector Wolfindale reported that the average detention time was 14 hours 20 "
        "minutes. The force has appointed two new healthcare practitioners for Fendale, and "
        "the CCTV fault has been repaired. He said he would look again at the shower "
        "arrangements and that all detainees should be offered one. The Panel agreed to "
        "carry out a themed visit on the treatment of children in custody in the next quarter."
    )
    item("ICV 26/24", "Recruitment and training")
    document.add_paragraph(
        "The Scheme Manager reported that the Commissioner has approved the scheme's budget "
        "for 2027/28 and the recruitment of up to six new visitors. The Panel currently has "
        "eleven visitors, three fewer than a year ago."
    )
    document.add_paragraph(
        "The Panel agreed to hold an open evening in February to attract new visitors, "
        "especially younger people."
    )
    action("TW and FL to draft the advert and open evening programme by 30 November.")
    item("ICV 26/25", "Any other business and date of next meeting")
    document.add_paragraph(
        "Liz Hammerton reported on the regional ICV conference. Next meeting: Wednesday 20 "
        "January 2027, 6.30pm, Fendale Police Station."
    )
    save_doc(document, CV_NAME)


def main() -> None:
    nursery_school()
    parish_finance()
    hockey_club()
    custody_visitors()


if __name__ == "__main__":
    main()
