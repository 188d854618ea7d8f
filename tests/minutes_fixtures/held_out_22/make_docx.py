"""Writes this round's four Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_22/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties and the dates of
the entries in the .docx (zip) file are fixed.

Like rounds 14 to 21, this round is meant to be representative of the Word minutes clerks
most often upload, so each document uses ordinary Word features, laid out the way a
different kind of clerk types them:

- h22-docx-citizens-advice-trustees: a local Citizens Advice charity's board of trustees;
  items are bold Normal paragraphs with grey paragraph shading and a typed number and tab;
  a previous-actions table; a statistics table; "List Bullet" questions with answers;
  "Trustees approved / noted / agreed / adopted", a bold "RESOLVED:" and bold "ACTION:"
  runs; header and PAGE footer.
- h22-docx-federation-standards-committee: a federation of two primary schools, teaching,
  learning and standards committee; items are "Heading 2" paragraphs with typed numbers; a
  results table; governors' questions and the answers in a two-column table; "The committee
  approved / noted / agreed to recommend"; "ACTION:" runs; "Page n of m" footer.
- h22-docx-town-lands-charity-trustees: a relief-in-need charity's trustees; items are bold
  Normal paragraphs numbered "14/26", "15/26" … by a Word list (the numbers are not in the
  text); grants to individuals in a table with a "Decision" column; "List Bullet" points;
  "Clerk to …" and "will"; PAGE footer.
- h22-docx-rotary-club-council: a Rotary club's council; items are unnumbered "Heading 1"
  paragraphs; first names; a donations table; "List Bullet" points; "Council approved /
  noted / agreed"; italic "Action:" paragraphs; PAGE footer.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from word_parts import (  # noqa: E402
    add_list,
    add_table,
    bold_header_row,
    bold_then,
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

FIXED_TIME = dt.datetime(2026, 5, 26, 9, 30, 0, tzinfo=dt.UTC)


# --- helpers this round needs that word_parts does not have ---------------------------------


def shade_paragraph(paragraph, fill: str) -> None:
    """Grey shading behind a whole paragraph (Borders and Shading > Shading > Paragraph)."""
    ppr = paragraph._p.get_or_add_pPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    ppr.append(shading)


# ---------------------------------------------------------------------------------------------
# 1. Citizens Advice trustees: shaded bold items with typed numbers.
# ---------------------------------------------------------------------------------------------

CA_NAME = "h22-docx-citizens-advice-trustees"

CA_ACTIONS = [
    ("Action from 15 January", "Owner", "Status"),
    ("Renew the lease of the outreach room at Brackmire Library", "CO", "Complete"),
    (
        "Ask the two largest housing associations for a contribution to the debt advice service",
        "Chair",
        "In progress – one meeting held, one booked for April",
    ),
    ("Arrange safeguarding refresher training for all trustees", "SL", "Complete"),
]

CA_STATS = [
    ("April 2025 to February 2026", "This year", "Last year"),
    ("Clients helped", "4,812", "4,506"),
    ("Issues dealt with", "13,944", "12,118"),
    ("Debt written off or rescheduled", "£1.62m", "£1.31m"),
    ("Benefit income gained for clients", "£2.97m", "£2.64m"),
    ("Volunteer hours", "11,260", "11,980"),
]


def citizens_advice() -> None:
    document = new_document("Arial", 11)
    fix_properties(
        document, "Citizens Advice Carrowdale – Board of Trustees – 12 March 2026", FIXED_TIME
    )

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Citizens Advice Carrowdale – Board of Trustees – draft minutes"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_footer(section)

    title_line(document, "Citizens Advice Carrowdale", 16)
    document.add_paragraph("Registered charity no. 1098274")
    document.add_paragraph(
        "Minutes of the Board of Trustees meeting held on Thursday 12 March 2026 at 6.00pm at "
        "the advice centre, 31 Mitchell Street, Carrowdale, and on Zoom"
    )
    labelled(
        document,
        "Trustees present: ",
        "Graham Elsdon (Chair, GE), Sarah Leadbetter (Vice-Chair, SL), Winston Adegbite "
        "(Treasurer, WA), Fiona Bianchi (FB), Patrick Hanlon (PH), Usha Mukherjee (UM)",
    )
    labelled(
        document,
        "In attendance: ",
        "Catherine Outhwaite (Chief Officer, CO), Mark Tidswell (Finance Manager, for item 5), "
        "Jo Frankland (Office Manager, minutes)",
    )
    labelled(document, "Apologies: ", "none")

    def item(number: str, title_text: str):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{number}\t{title_text}").bold = True
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
        shade_paragraph(paragraph, "D9D9D9")
        return paragraph

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    item("1.", "Welcome, apologies and quorum")
    para("The Chair welcomed everyone. All six trustees were present, so the meeting was quorate.")

    item("2.", "Declarations of interest")
    para(
        "UM declared an interest in item 7, as she is employed by Carrowdale Borough Council, and "
        "left the meeting for that item."
    )

    item("3.", "Minutes of the meeting on 15 January 2026 and matters arising")
    para("Trustees approved the minutes of the meeting on 15 January 2026 as an accurate record.")
    para("The actions from the last meeting were reviewed:")
    actions = add_table(document, CA_ACTIONS)
    set_widths(actions, (9.5, 1.6, 5.0))
    bold_header_row(actions, "D9D9D9")

    item("4.", "Chief Officer's report")
    para(
        "CO presented her report. Demand continued to rise, driven by energy debts, council tax "
        "arrears and Universal Credit migration. The main figures for the year to date were:"
    )
    stats = add_table(document, CA_STATS)
    set_widths(stats, (8.0, 3.5, 3.5))
    bold_header_row(stats, "D9D9D9")
    para("Trustees asked about:").paragraph_format.space_before = Pt(6)
    bullet(
        "the fall in volunteer hours; CO explained that four long-serving advisers had retired "
        "and that the new volunteers would not be fully trained until the summer;"
    )
    bullet(
        "waiting times for debt appointments, which had reached three weeks; CO replied that "
        "the extra debt adviser funded from April would bring them down to one week;"
    )
    bullet(
        "whether the Adviceline telephone service could take more calls if the Saturday "
        "drop-in were moved to the library; CO said that she would look at this with the "
        "Office Manager."
    )
    para("Trustees noted the report.")

    item("5.", "Finance: management accounts and budget 2026/27")
    para(
        "WA and Mark Tidswell presented the management accounts to 28 February 2026, showing a "
        "surplus of £6,120 against a budgeted deficit, and the draft budget for 2026/27. The "
        "draft budget has income of £612,400 and expenditure of £620,800."
    )
    bold_then(
        para(),
        "RESOLVED: ",
        "to approve the budget for 2026/27, with the deficit of £8,400 to be met from general "
        "reserves.",
    )
    bold_then(
        para(),
        "ACTION: ",
        "Treasurer and Chief Officer to bring a fundraising plan for 2026/27 to the May meeting.",
    )

    item("6.", "Funding bids")
    para(
        "CO reported that the Inglemere Trust had invited a full application for a two-year "
        "energy advice project, to give home visits to older people who are struggling with "
        "their fuel bills."
    )
    para("Trustees agreed to submit the bid for £46,000 over two years.")
    para("The Chief Officer will submit the bid by the closing date of 3 April.")

    item("7.", "Carrowdale Borough Council core grant")
    para("(UM left the meeting.)")
    para(
        "The Borough Council's draft budget proposes to cut the core grant from £142,000 to "
        "£127,800 from April 2026. The Council's Cabinet will make its final decision on "
        "26 March."
    )
    para(
        "Trustees agreed that the Chair and the Chief Officer would ask to meet the Leader of "
        "the Council before the Cabinet meeting to make the case for the grant."
    )
    para(
        "Chief Officer to send a one-page briefing on the effect of the cut to all borough "
        "councillors by 19 March."
    )
    para("(UM returned to the meeting.)")

    item("8.", "Policies")
    para(
        "The revised Volunteer Policy and Lone Working Policy had been circulated, with the "
        "changes marked."
    )
    para("Trustees adopted the revised Volunteer Policy and the revised Lone Working Policy.")

    item("9.", "Trustee recruitment")
    para(
        "Following the advertisement in January, the Chair and SL had met Mr Emeka Ezeani, "
        "a solicitor who specialises in housing law."
    )
    para("Trustees agreed to co-opt Mr Ezeani as a trustee until the AGM in September.")

    item("10.", "Any other business")
    para(
        "The Chair reminded trustees that the annual declarations of interests and the "
        "fit and proper person forms are due by 31 March."
    )

    item("11.", "Date of next meeting")
    para("Thursday 14 May 2026, 6.00pm, at the advice centre and on Zoom.")

    save_deterministic(document, HERE / f"{CA_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 2. Federation standards committee: "Heading 2" items with typed numbers, questions table.
# ---------------------------------------------------------------------------------------------

FED_NAME = "h22-docx-federation-standards-committee"

FED_RESULTS = [
    ("Autumn 2025: pupils on track", "Eskrigg", "Sowerholme", "Target"),
    ("Reading", "78%", "71%", "80%"),
    ("Writing", "66%", "69%", "75%"),
    ("Maths", "74%", "63%", "78%"),
    ("Disadvantaged pupils, combined", "52%", "48%", "65%"),
]

FED_QUESTIONS = [
    ("Governor question", "Response"),
    (
        "Why is maths at Sowerholme so far below the target and below Eskrigg?",
        "The Head of School explained that two classes had had supply teachers for most of the "
        "autumn term. Both now have permanent teachers, and the maths lead is teaching a "
        "catch-up group three mornings a week.",
    ),
    (
        "How will we know by the summer whether the catch-up group is working?",
        "The maths lead tests the group every half term, and the results will come to the "
        "June meeting.",
    ),
    (
        "Is the gap for disadvantaged pupils closing?",
        "The Executive Headteacher said that it had closed slightly in reading but not in "
        "writing, and that the pupil premium strategy review would look at writing first.",
    ),
]


def federation() -> None:
    document = new_document("Calibri", 11)
    fix_properties(
        document,
        "Eskrigg and Sowerholme Federation – Teaching, Learning and Standards Committee",
        FIXED_TIME,
    )

    section = document.sections[0]
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(footer, "TLS Committee 10.03.26 – Page ")

    centred_bold(document, "The Eskrigg and Sowerholme Federation", 14)
    centred_bold(document, "Teaching, Learning and Standards Committee")
    intro = document.add_paragraph(
        "Minutes of the meeting held on Tuesday 10 March 2026 at 4.00pm at Eskrigg Primary School"
    )
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Governors present: ",
        "Ruth Wensley (Chair, RW), Colin Threapland (CT), Dr Anjali Iyer (AI), Gary Harland "
        "(GH), Mrs Lesley Trickett (Executive Headteacher, EHT)",
    )
    labelled(
        document,
        "Also present: ",
        "Hannah Clarkson (Head of School, Eskrigg), Owen Gittins (Head of School, "
        "Sowerholme), Megan Probert (SENCo, for item 6), Patricia Spenceley (Clerk)",
    )
    labelled(document, "Apologies: ", "Sam Dearnley")

    def item(title_text: str):
        return document.add_paragraph(title_text, style="Heading 2")

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    item("1. Welcome and apologies")
    para(
        "The Chair welcomed everyone. Apologies from Sam Dearnley were accepted. The meeting "
        "was quorate."
    )

    item("2. Declarations of interest")
    para("There were no declarations of interest.")

    item("3. Minutes of the meeting on 20 January 2026")
    para("The committee approved the minutes as a correct record, and the Chair signed them.")

    item("4. Matters arising")
    para("The reading fluency training for teaching assistants took place on 6 February.")
    para("The new phonics books for Sowerholme have been delivered.")

    item("5. Pupil progress and attainment")
    para(
        "The Executive Headteacher presented the autumn assessment results for Years 1 to 6 in "
        "both schools:"
    )
    results = add_table(document, FED_RESULTS)
    set_widths(results, (7.0, 2.8, 2.8, 2.4))
    bold_header_row(results, "E7E6E6")
    para("Governors' questions and the answers given:").paragraph_format.space_before = Pt(6)
    questions = add_table(document, FED_QUESTIONS)
    set_widths(questions, (6.0, 10.0))
    bold_header_row(questions, "E7E6E6")
    repeat_header_row(questions)
    para("The committee noted the report.").paragraph_format.space_before = Pt(6)

    item("6. Special educational needs and disabilities")
    para(
        "Megan Probert reported that 41 pupils across the federation are on the SEN support "
        "register and 7 have an education, health and care plan, with two more assessments "
        "under way. Waiting times for speech and language therapy are now 30 weeks."
    )
    para(
        "The SENCo will share the updated provision map with the SEN link governor (AI) "
        "before the Easter holidays."
    )

    item("7. Curriculum: history")
    para(
        "The history lead at Eskrigg presented the new history curriculum, which is taught in "
        "mixed-age classes over a two-year cycle, and showed examples of pupils' work. Governors "
        "thanked her for a clear presentation."
    )

    item("8. Attendance")
    para(
        "Attendance for the year to date is 95.1% at Eskrigg and 93.4% at Sowerholme, where "
        "persistent absence is 16.2%."
    )
    bold_then(
        para(),
        "ACTION: ",
        "Head of School (Sowerholme) to bring the attendance improvement plan for the summer "
        "term to the next meeting.",
    )

    item("9. Policies")
    para("The committee approved the Relationships Education Policy and the Assessment Policy.")
    para(
        "The committee agreed to recommend the revised Behaviour Policy to the full governing "
        "board for approval."
    )

    item("10. Governor monitoring visits")
    para(
        "GH reported on his visit to look at early reading at Sowerholme. It was agreed that CT "
        "and RW would carry out the maths monitoring visit at both schools in May."
    )
    para("Clerk to save all visit reports in the governors' shared folder.")

    item("11. Any other business")
    para("There was no other business.")

    item("12. Date of next meeting")
    para("Tuesday 9 June 2026 at 4.00pm at Sowerholme Primary School.")

    save_deterministic(document, HERE / f"{FED_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 3. Town lands charity: bold items numbered "14/26" … by a Word list, grants table.
# ---------------------------------------------------------------------------------------------

TL_NAME = "h22-docx-town-lands-charity-trustees"

TL_GRANTS = [
    ("Ref", "Need", "Requested", "Decision"),
    ("G26/01", "Washing machine (family with three children)", "£380", "Granted"),
    ("G26/02", "Winter fuel arrears (pensioner)", "£250", "Granted £200"),
    ("G26/03", "School uniform (two children)", "£150", "Granted"),
    (
        "G26/04",
        "Rent arrears",
        "£1,200",
        "Declined – referred to the council's household support fund",
    ),
    ("G26/05", "Repair of a mobility scooter", "£310", "Granted"),
    ("G26/06", "Carpet for a new tenancy", "£600", "Deferred – a second quote to be obtained"),
]


def town_lands() -> None:
    document = new_document("Times New Roman", 12)
    fix_properties(
        document, "Wellhampton Town Lands Charity – Trustees – 16 March 2026", FIXED_TIME
    )
    minutes = add_list(document, list_level(0, "%1/26", indent=1134, start=14))

    section = document.sections[0]
    page_footer(section)

    centred_bold(document, "WELLHAMPTON TOWN LANDS CHARITY", 14)
    subtitle = document.add_paragraph("Registered charity no. 215930")
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(
        "Minutes of the meeting of the Trustees held at the Town Hall, Wellhampton, on Monday "
        "16 March 2026 at 10.30am"
    )
    labelled(
        document,
        "Present: ",
        "Mr Christopher Gornall (Chairman), the Town Mayor, Cllr Valerie Brotherton (ex "
        "officio), Mrs Enid Stapleford, Mr Rajesh Bhalla, Mrs Dorothy Wragge, Mr Alastair Kidd",
    )
    labelled(document, "In attendance: ", "Mr Philip Scholefield (Clerk to the Trustees)")

    def item(title_text: str):
        paragraph = document.add_paragraph()
        paragraph.add_run(title_text).bold = True
        paragraph.paragraph_format.space_before = Pt(10)
        set_numbering(paragraph, minutes)
        return paragraph

    def para(text_value: str = ""):
        paragraph = document.add_paragraph(text_value)
        paragraph.paragraph_format.left_indent = Cm(2.0)
        return paragraph

    def bullet(text_value: str):
        paragraph = document.add_paragraph(text_value, style="List Bullet")
        paragraph.paragraph_format.left_indent = Cm(2.6)
        return paragraph

    item("Apologies for absence")
    para("Apologies were received from the Revd Canon Margaret Fryer.")

    item("Declarations of interest")
    para(
        "Mrs Wragge declared an interest in application G26/05, as the applicant is a relative, "
        "and left the room while it was considered."
    )

    item("Minutes")
    para(
        "The trustees approved the minutes of the meeting held on 8 December 2025, and the "
        "Chairman signed them."
    )

    item("Accounts and investments")
    para(
        "The Clerk presented the accounts to 28 February 2026 and the investment manager's "
        "report. The investment fund stood at £486,200, and the income for the year was "
        "£21,640, slightly above the forecast."
    )
    para(
        "The trustees noted the investment report and agreed to keep the present split "
        "between the equity and fixed interest funds."
    )

    item("Land and property")
    para(
        "The rent of the grazing at Mossthwaite Field, let to Mr T Calvert, was due for review "
        "at Lady Day. The land agent recommended an increase from £1,900 to £2,150 a year."
    )
    para("The trustees agreed a rent of £2,150 a year for Mossthwaite Field from 25 March 2026.")
    para("The Land Agent will send the tenant a memorandum of the new rent.")

    item("Grants to individuals")
    para(
        "The trustees considered six applications, referred by Wellhampton Housing, the health "
        "visitors and the Wellhampton Advice Shop. The names of the applicants are not minuted. "
        "The trustees decided the applications as follows:"
    )
    grants = add_table(document, TL_GRANTS)
    set_widths(grants, (1.8, 7.0, 2.2, 5.0))
    bold_header_row(grants, "EDEDED")
    repeat_header_row(grants)
    para(
        "Clerk to notify the referring agencies of the decisions and arrange the payments to "
        "the suppliers."
    ).paragraph_format.space_before = Pt(6)

    item("Grants to organisations")
    para(
        "The trustees resolved to give £1,000 to Wellhampton Food Share and £750 to the "
        "Wellhampton Luncheon Club."
    )

    item("Review of the grant-making policy")
    para(
        "The Clerk had circulated the present policy, which limits a single grant to £500 and "
        "does not allow more than one grant to a household in any twelve months."
    )
    para("Trustees raised the following points:")
    bullet("the £500 limit had been set in 2017 and no longer bought a cooker or a fridge;")
    bullet(
        "the twelve-month rule should stay, but the Clerk should be able to make an exception "
        "in an emergency, with the Chairman's agreement;"
    )
    bullet("the policy should say that the charity does not pay debts owed to the council.")
    para("The trustees agreed to raise the limit for a single grant from £500 to £750.")
    para("Mr Bhalla to redraft the policy with the other two changes, for the June meeting.")

    item("Appointment of trustees")
    para(
        "Wellhampton Town Council has nominated Cllr Stuart Merridew as a nominative trustee for "
        "four years from 1 April 2026, in place of Mr Kidd, who retires on 31 March."
    )
    para(
        "The trustees agreed to reappoint Mrs Enid Stapleford as a co-opted trustee for a "
        "further five years."
    )
    para("The Chairman thanked Mr Kidd for his twelve years of service as a trustee.")

    item("Any other business")
    para(
        "The Clerk reminded trustees that the annual return to the Charity Commission is due "
        "by 31 October."
    )

    item("Date of next meeting")
    para("Monday 15 June 2026 at 10.30am at the Town Hall.")

    save_deterministic(document, HERE / f"{TL_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 4. Rotary club council: unnumbered "Heading 1" items, first names.
# ---------------------------------------------------------------------------------------------

ROT_NAME = "h22-docx-rotary-club-council"

ROT_DONATIONS = [
    ("Recipient", "Purpose", "Amount"),
    ("Grindlemoor Scouts", "New tents for the summer camp", "£600"),
    ("Grindlemoor Dementia Carers", "Day trip to the coast", "£400"),
    ("Millwater Hospice", "Proceeds of the quiz night", "£1,150"),
    ("Grindlemoor Primary School", "Dictionaries for Year 3", "£285"),
]


def rotary() -> None:
    document = new_document("Arial", 11)
    fix_properties(document, "Rotary Club of Grindlemoor – Club Council – 9 March 2026", FIXED_TIME)

    section = document.sections[0]
    page_footer(section, "Rotary Club of Grindlemoor – Council minutes – page ")

    title_line(document, "Rotary Club of Grindlemoor", 18)
    document.add_paragraph(
        "Club Council meeting – Monday 9 March 2026, 7.00pm, the Falconer's Arms, Grindlemoor"
    )
    labelled(
        document,
        "Present: ",
        "Alan Gibbon (President), Karen Spedding (President Elect, Youth Service), Brian "
        "Tinkler (Community Service), Ian Sayer (Secretary), Sue Bannister "
        "(Treasurer), Vikram Joshi (International Service), Jenny Wearmouth (Club Service)",
    )
    labelled(document, "Apologies: ", "Derek Pawsey (Foundation)")

    def item(title_text: str):
        return document.add_paragraph(title_text, style="Heading 1")

    def para(text_value: str = ""):
        return document.add_paragraph(text_value)

    def action(text_value: str):
        paragraph = para()
        paragraph.add_run("Action: ").italic = True
        paragraph.add_run(text_value).italic = True
        return paragraph

    def bullet(text_value: str):
        return document.add_paragraph(text_value, style="List Bullet")

    item("Apologies")
    para("Derek sent his apologies; he is at the district Foundation seminar.")

    item("Minutes of the last Council meeting")
    para("Council approved the minutes of the meeting on 9 February.")

    item("Treasurer's report")
    para(
        "Sue reported that the club account stands at £3,418 and the charity account at "
        "£7,962. Two members have still not paid their dues for the half year."
    )
    para("Council noted the accounts.")

    item("Club Service")
    para(
        "Jenny reported that the club has 31 members. Mrs Aileen Strudwick, who has been "
        "coming to meetings since November, has been proposed for membership by Brian and "
        "seconded by Karen."
    )
    para("Council approved the proposal of Mrs Strudwick for membership.")
    action("Secretary to circulate the proposal to all members for the seven-day period.")

    item("Community Service")
    para(
        "Brian reported that the quiz night raised £1,150 for Millwater Hospice. The following "
        "donations from the charity account were proposed:"
    )
    donations = add_table(document, ROT_DONATIONS)
    set_widths(donations, (5.5, 7.0, 2.5))
    bold_header_row(donations, "DEEAF6")
    para("Council approved the donations listed.").paragraph_format.space_before = Pt(6)
    para(
        "Brian also asked for a decision on the Christmas sleigh, which needs more volunteers "
        "each year. Members of Council made these points:"
    )
    bullet("the sleigh raised £4,380 last December and is the club's best-known event;")
    bullet("ten evenings is too many for the number of members who can walk with it;")
    bullet("the Round Table and the Scouts might help if they were offered a share of the money.")
    para("Council agreed to run the sleigh on eight evenings in December 2026.")
    action("Brian to ask the Scouts whether they would help with the sleigh for a share.")

    item("Youth Service")
    para(
        "Karen reported that the club's Youth Speaks team from Grindlemoor High School came "
        "second in the district final."
    )
    para(
        "It was agreed to hold the club's Young Chef competition at the high school on "
        "Saturday 14 November."
    )
    para("Karen will ask the high school's food technology department to host it.")

    item("International Service")
    para(
        "Vikram proposed that the club give £500 to the disaster relief appeal for the "
        "earthquake, as other clubs in the district have done."
    )
    para(
        "Council agreed to give £500 from the charity account, subject to the approval of the "
        "members at the club meeting on 16 March."
    )
    action("Treasurer to send the donation once the members have approved it.")

    item("Any other business")
    para(
        "Alan reminded Council that the district conference is at Scarthwaite on 24 and 25 "
        "April, and that bookings close on 31 March."
    )

    item("Date of next meeting")
    para("Monday 13 April 2026, 7.00pm, the Falconer's Arms.")

    save_deterministic(document, HERE / f"{ROT_NAME}.docx", FIXED_TIME)


def main() -> None:
    citizens_advice()
    federation()
    town_lands()
    rotary()


if __name__ == "__main__":
    main()
