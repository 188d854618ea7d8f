"""The importer on the commonest shapes of minutes, each rule on a few lines of its own.

Council committees, parish and town councils, health and housing boards, governing boards:
the shapes of the fourteenth round of held-out fixtures (tests/minutes_fixtures/held_out_14),
which every earlier rule missed somewhere.
"""

import textwrap

import pytest

from minutes.importing import missing_sentences, parse_meeting, parse_minute
from minutes.importing.readers import html_to_text, read_upload


def test_a_vote_then_its_resolution_is_one_decision():
    item = parse_minute(
        "It was moved by Councillor Latimer and seconded by Councillor Eddowes that the officer "
        "recommendation be approved. On being put to the vote the motion was carried (7 for, "
        "2 against).\n\n"
        "RESOLVED: That outline planning permission be GRANTED subject to conditions."
    )
    assert item.decisions == [
        "RESOLVED: That outline planning permission be GRANTED subject to conditions."
    ]
    # The vote is kept, as the minute's text.
    assert "carried (7 for, 2 against)" in item.minute_text


def test_a_vote_with_nothing_after_it_is_still_the_decision():
    item = parse_minute(
        "Councillor Rudd moved that the hall hire charges be frozen. On being put to the vote "
        "the motion was carried (6 for, 3 against).\n\nThe Chair thanked the officers."
    )
    assert item.decisions == ["On being put to the vote the motion was carried (6 for, 3 against)."]


def test_an_item_titled_in_the_agendas_words_between_two_items_is_an_item():
    meeting = parse_meeting(
        "101. To receive apologies for absence\nCllr A Renshaw (holiday).\n"
        "102. To receive declarations of interest\nNone.\n"
        "103. To approve the minutes of the meeting held on 6 January 2026\n"
        "Proposed Cllr Beckwith, seconded Cllr Dyer, and RESOLVED that the minutes be approved.\n"
        "104. Public session\nNo members of the public were present.\n"
    )
    assert [i.number for i in meeting.items] == ["101", "102", "103", "104"]
    assert meeting.items[2].title == "To approve the minutes of the meeting held on 6 January 2026"
    assert len(meeting.items[2].decisions) == 1


def test_a_resolution_numbered_in_its_own_list_is_not_an_item():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Budget\nRESOLVED:\n\n1. To approve the budget for 2026/27.\n\n"
        "2. To set the precept at £41,000.\n\n3. Date of next meeting\n4 March 2026."
    )
    assert [i.title for i in meeting.items] == ["Apologies", "Budget", "Date of next meeting"]
    assert len(meeting.items[1].decisions) == 2


def test_a_resolution_on_the_line_under_an_application_is_its_own_paragraph():
    item = parse_minute(
        "Applications\n25/03401/HOU  Brook House, Church Lane - replacement garage\n"
        "RESOLVED no objection.\n"
    )
    assert item.decisions == ["RESOLVED no objection."]


def test_governors_questions_and_answers_after_a_lead_in_are_points():
    item = parse_minute(
        "Governors asked the following questions:\n\n"
        "Q: Which pupils are most affected?\n\n"
        "A: Mainly disadvantaged pupils in Years 4 and 5.\n\n"
        "Q: Is the new phonics scheme working?\n\n"
        "A: 78% of Year 1 pupils are on track.\n\n"
        "Governors noted the Headteacher's report."
    )
    assert [p.text for p in item.points] == [
        "Q: Which pupils are most affected?\n\nA: Mainly disadvantaged pupils in Years 4 and 5.",
        "Q: Is the new phonics scheme working?\n\nA: 78% of Year 1 pupils are on track.",
    ]
    assert item.decisions == ["Governors noted the Headteacher's report."]


def test_questions_without_a_lead_in_are_the_minutes_text():
    item = parse_minute("Q: Which pupils are most affected?\n\nA: Mainly those in Year 4.")
    assert item.points == []


def test_a_table_of_payments_is_no_action_log():
    item = parse_minute(
        "RESOLVED to approve the payments listed below.\n\n"
        "Payee\tDetails\tNet\tVAT\tTotal\n\n"
        "R Abery\tClerk's salary, March\t£684.20\t£0.00\t£684.20\n\n"
        "HMRC\tPAYE and NI, March\t£171.05\t£0.00\t£171.05\n"
    )
    assert item.actions == []
    assert len(item.decisions) == 1


def test_a_parish_councils_comments_on_applications_are_a_decision_each():
    item = parse_minute(
        "RESOLVED to submit the following comments to the District Council:\n\n"
        "Application\tLocation\tProposal\tCouncil's comments\n\n"
        "DC/26/0114\tRose Cottage\tRear extension\tNo objection.\n\n"
        "DC/26/0131\tHill Farm\tTwo dwellings\tObjection: the access is unsafe.\n"
    )
    assert len(item.decisions) == 2
    assert item.decisions[0].startswith("RESOLVED to submit the following comments")
    assert item.decisions[1] == "Objection: the access is unsafe."
    assert item.actions == []


def test_councillors_of_another_tier_and_team_leaders_undertake_tasks():
    item = parse_minute(
        "District Cllr Voce reported that the calendars had been delayed. District Cllr Voce "
        "will find out when they will be delivered.\n\n"
        "Councillor Baines asked about the caravans. The Enforcement Team Leader undertook to "
        "send ward members an update.\n\n"
        "The Chief Executive of the OPCC will include call answering times in the next report.\n\n"
        "Cllr Armitage will carry out the monthly checks of the play area.\n\n"
        "The County Council will resurface the B2177 in July."
    )
    assert [a.owner_label for a in item.actions] == [
        "District Cllr Voce",
        "Enforcement Team Leader",
        "Chief Executive of the OPCC",
        "Cllr Armitage",
    ]


def test_a_task_that_names_its_row_of_the_log_is_counted_through_the_log():
    meeting = parse_meeting(
        "5. Compliance\n\n5.4\tThe Director of Property will send members a monthly update "
        "(action A26/05).\n\n"
        "6. Any other business\n\nNone.\n\nACTION LOG\n\nRef\tAction\tOwner\tDue\tStatus\n\n"
        "A26/05\tMonthly update to members\tDirector of Property\tMonthly\tNew\n"
    )
    actions = [a for item in meeting.items for a in item.actions]
    assert [a.reference for a in actions] == ["A26/05"]
    # The task's sentence stays in its item, its paragraph number with it.
    assert "5.4 The Director of Property will send" in meeting.items[0].minute_text


AGENDA_ITEM_PAGE = """<html><body>
<div id="masthead"><a href="/a-z">A to Z of services</a></div>
<div class="crumbs"><p>You are here: Home &gt; Committee meetings &gt; Agenda item</p></div>
<div id="content"><div class="mainpanel">
<h1>Agenda item - Taxi Licensing Policy 2026-2031</h1>
<table><tr><th>Meeting:</th><td>03/03/2026 - Licensing Committee (Item 42)</td></tr>
<tr><th>Contact:</th><td>Mike Tranter, Committee Services</td></tr></table>
<h2>Purpose:</h2><p>To consider the responses to the consultation.</p>
<h2>Minutes:</h2>
<p>The Licensing Manager presented the report.</p>
<p><strong>RESOLVED:</strong> That the policy be recommended to Council.</p>
<h2>Supporting documents:</h2><ul><li>Report, item 42 PDF 684 KB</li></ul>
</div><div class="sidepanel"><h2>Committee meetings</h2>
<ul><li><a href="/calendar">Meetings calendar</a></li><li><a href="/committees">Committees</a></li></ul>
</div></div></body></html>"""


def test_an_agenda_item_page_is_one_item_numbered_by_its_meeting_line():
    text = html_to_text(AGENDA_ITEM_PAGE)
    meeting = parse_meeting(text)
    (item,) = meeting.items
    assert (item.number, item.title) == ("42", "Taxi Licensing Policy 2026-2031")
    assert item.decisions == ["RESOLVED: That the policy be recommended to Council."]
    assert "To consider the responses to the consultation." in item.minute_text
    # The page's side panel, masthead and breadcrumbs are chrome: nowhere in the item.
    for chrome in ("Meetings calendar", "A to Z of services", "You are here"):
        assert chrome not in text
    # The meeting and contact lines are kept, and the clerk is told.
    assert "Contact: Mike Tranter, Committee Services" in item.minute_text
    assert any("Could not place “Contact:" in w for w in meeting.warnings)
    assert missing_sentences(text, meeting) == []


# --- The fifteenth round ---------------------------------------------------------------------


def test_a_town_councils_minute_numbers_with_the_municipal_year():
    meeting = parse_meeting(
        "FC/25/26/101\tAPOLOGIES FOR ABSENCE\n\nNone.\n\n"
        "FC/25/26/102\tDECLARATIONS OF INTEREST\n\nNone.\n\n"
        "FC/25/26/103\tMINUTES\n\nRESOLVED that the minutes be approved.\n"
    )
    assert [i.number for i in meeting.items] == ["FC/25/26/101", "FC/25/26/102", "FC/25/26/103"]


def test_the_title_of_the_next_motion_ends_the_resolutions_before_it():
    item = parse_minute(
        "RESOLVED – That this Council:\n\n(i) asks the Cabinet to review bus support;\n\n"
        "(ii) writes to the Secretary of State.\n\n(b) Twenty mph limits outside schools\n\n"
        "Councillor Dalgleish moved a motion on 20mph limits. The motion was LOST."
    )
    assert len(item.decisions) == 2
    assert "(b) Twenty mph limits outside schools" in item.minute_text


def test_a_footer_with_the_page_number_alone_does_not_break_a_list_of_points():
    text = (
        "Members raised the following points:\n\n"
        "•  the travel times used journeys by car;\n"
        "•  the ambulance service must reach patients in time;\n\n"
        "Health Scrutiny Committee – 4 March 2026                      Page 1\n"
        "Chairman's initials ………………\n\n\n"
        "•  families will need help with travel.\n\n"
        "Ms Entwistle undertook to send the travel analysis.\n\n"
        "RESOLVED – That the Committee supports the proposal in principle.\n\n"
        "Item 22 was then taken.\n\n"
        "Health Scrutiny Committee – 4 March 2026                      Page 2\n"
        "Chairman's initials ………………\n\n"
        "The Committee noted the report."
    )
    item = parse_minute(text)
    assert len(item.points) == 3
    assert len(item.decisions) == 2
    assert "Chairman's initials" not in item.minute_text


ICB_LOG = """BM26/27  Performance report

The Board noted the performance report.

ACTION: Chief Delivery Officer to bring a recovery plan to the May Board.

BM26/28  Questions from the public

None were received.

ACTION LOG

Ref     Meeting   Action                                        Owner      Due        Status
A25/61  Nov 25    Publish the urgent and emergency care         CDO        Jan 26     Complete -
                  winter plan on the ICB website                                      closed 5/3/26
A26/07  Mar 26    4-hour performance at Tamsworth General       CDO        May 26     New
                  Hospital and recovery plan (BM26/27)
"""


@pytest.mark.parametrize("indent", ["", "      "], ids=["flush", "indented"])
def test_a_log_set_out_in_spaces_with_wrapped_cells_and_rows_naming_their_item(indent):
    text = textwrap.indent(ICB_LOG, indent)
    meeting = parse_meeting(text)
    actions = [a for item in meeting.items for a in item.actions]
    # The body's task and the log's row naming its item are one action, through the row.
    assert [(a.reference, a.owner_label, a.due_text, a.status) for a in actions] == [
        ("A25/61", "CDO", "Jan 26", "Complete - closed 5/3/26"),
        ("A26/07", "CDO", "May 26", "New"),
    ]
    assert actions[0].description == (
        "Publish the urgent and emergency care winter plan on the ICB website (Nov 25)"
    )
    assert "Chief Delivery Officer to bring a recovery plan" in meeting.items[0].minute_text
    assert missing_sentences(text, meeting) == []


def test_initials_with_a_letter_more_own_a_task():
    item = parse_minute(
        "The thank-you evening will be on Friday 24 April. RPa to book the church hall."
    )
    assert [(a.description, a.owner_label) for a in item.actions] == [
        ("RPa to book the church hall.", "RPa")
    ]


def test_a_lead_in_to_the_table_goes_with_its_first_row():
    item = parse_minute(
        "The Council RESOLVED to respond to the District Council as shown in the table.\n\n"
        "Application\tLocation\tProposal\tParish Council response\n\n"
        "SA/26/0042\tHollins Cottage\tSide extension\tNo objection.\n\n"
        "SA/26/0057\tChurch Bank\tFour dwellings\tObjection: outside the development limits.\n"
    )
    assert len(item.decisions) == 2
    assert item.decisions[0].endswith("as shown in the table. No objection.")


def test_a_decision_in_capitals_after_another_verb():
    item = parse_minute(
        "The Board reviewed the strategic risk register and APPROVED the addition of a new risk."
    )
    assert len(item.decisions) == 1


# --- The sixteenth round ---------------------------------------------------------------------


DECISION_DETAILS_PAGE = """<html><body>
<div class="council-democracy-bar"><ul><li><a href="/c">Councillors and democracy</a></li>
<li><a href="/d">Decisions</a></li></ul></div>
<p class="council-trail">You are here: <a href="/">Home</a> &gt; <a href="/d">Decisions</a>
&gt; Decision details</p>
<div id="main"><h1>Decision details</h1><h2>Highways Capital Programme 2026/27</h2>
<table><tr><th>Decision maker:</th><td>Cabinet</td></tr>
<tr><th>Is key decision?:</th><td>Yes</td></tr></table>
<h3>Decision:</h3>
<p>Cabinet considered the report of the Executive Director.</p>
<p>Cabinet RESOLVED:</p>
<p>(1) to approve the programme of £38.6 million;</p>
<p>(2) to delegate authority to vary the programme within the budget.</p>
<h3>Reasons for the decision:</h3><p>The roads have worsened.</p>
</div><div class="page-tools"><ul><li><a href="#">Print</a></li></ul></div></body></html>"""


def test_a_decision_details_page_is_one_item_and_its_account_no_decision():
    text = html_to_text(DECISION_DETAILS_PAGE)
    meeting = parse_meeting(text)
    (item,) = meeting.items
    assert item.title == "Highways Capital Programme 2026/27"
    assert len(item.decisions) == 2
    assert "Cabinet considered the report of the Executive Director." in item.minute_text
    assert "Councillors and democracy" not in text
    assert missing_sentences(text, meeting) == []


def test_a_log_whose_header_names_its_minutes_is_a_log_not_minutes():
    from io import BytesIO

    import docx

    document = docx.Document()
    document.add_paragraph("1. Audit plan")
    document.add_paragraph("The Committee noted the plan.")
    table = document.add_table(rows=2, cols=5)
    for cell, words in zip(
        table.rows[0].cells, ["No.", "Minute", "Action", "Owner", "Target date"], strict=True
    ):
        cell.text = words
    for cell, words in zip(
        table.rows[1].cells,
        [
            "JAC 26/01",
            "1",
            "Circulate the management response",
            "Director of Finance",
            "31 March 2026",
        ],
        strict=True,
    ):
        cell.text = words
    buffer = BytesIO()
    document.save(buffer)
    meeting = parse_meeting(read_upload("log.docx", buffer.getvalue()))
    actions = [a for item in meeting.items for a in item.actions]
    assert [(a.description, a.owner_label) for a in actions] == [
        ("Circulate the management response", "Director of Finance")
    ]


def test_a_planning_applications_reference_is_no_minute_number():
    meeting = parse_meeting(
        "25/136\tFINANCE\n\nRESOLVED to approve the payments.\n\n"
        "25/137\tPLANNING APPLICATIONS\n\n26/00042/HOU – 14 Castle View – rear extension\n\n"
        "RESOLVED no objection.\n\n25/138\tSKATE PARK\n\nRESOLVED to accept the quotation.\n"
    )
    assert [i.number for i in meeting.items] == ["25/136", "25/137", "25/138"]


def test_an_officer_described_in_passing_undertakes_a_task():
    item = parse_minute(
        "The Trading Standards Manager, who was in the public gallery, undertook to share the "
        "test purchase protocol with Mr Tranter."
    )
    assert [a.owner_label for a in item.actions] == ["Trading Standards Manager"]


def test_the_body_reviewing_then_agreeing_decides_and_this_was_carried_is_a_vote():
    item = parse_minute(
        "The Committee reviewed the Board Assurance Framework and agreed that the score of "
        "risk 5 remain at 16.\n\n"
        "It was proposed by Cllr Dunnage and seconded by Cllr Foxton that the Council buy the "
        "defibrillator. This was carried with 5 in favour and 1 against."
    )
    assert len(item.decisions) == 2


def test_a_blogs_share_buttons_are_chrome():
    item = parse_minute(
        "The meeting closed at 9.05pm.\n\nShare this:\nFacebook   X   Email   Print"
    )
    assert item.actions == []
    assert "Facebook" not in item.minute_text


# --- What these rules must not do --------------------------------------------------------------


def test_page_numbers_in_a_list_of_papers_are_no_page_breaks():
    text = (
        "5. Reports received\n\n"
        "Budget monitoring report, quarter 3   Page 7\n"
        "Treasury management strategy   Page 15\n\n"
        "Members noted both reports.\n\n6. Close\n\nThe meeting closed."
    )
    meeting = parse_meeting(text)
    assert "Treasury management strategy" in meeting.items[0].minute_text
    assert missing_sentences(text, meeting) == []


def test_a_log_with_a_details_column_is_no_table_of_payments():
    item = parse_minute(
        "Action log\n\nRef\tDetails\tOwner\tDue\n\n"
        "A1\tWrite to the county\tClerk\tNext meeting\n\n"
        "A2\tBook the hall\tRFO\tMarch\n\nA3\tOrder benches\tClerk\tApril\n"
    )
    assert [(a.reference, a.owner_label) for a in item.actions] == [
        ("A1", "Clerk"),
        ("A2", "RFO"),
        ("A3", "Clerk"),
    ]


def test_agenda_item_in_a_meetings_text_does_not_make_it_one_item():
    meeting = parse_meeting(
        "1. Apologies\n\nNone.\n\n2. Public session\n\n"
        "Agenda item - a resident spoke about the verges.\n\n"
        "3. Finance\n\nRESOLVED to approve.\n\n4. Close\n\nClosed."
    )
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]


def test_a_log_row_that_names_another_row_stays_a_row():
    meeting = parse_meeting(
        "1. Verges\n\nThe verges were discussed.\n\n2. Action log\n\nRef\tAction\tOwner\tDue\n\n"
        "A1\tChase the county on the verges\tClerk\tMarch\n\n"
        "A2\tChase the county again on the verges (A1)\tClerk\tApril\n"
    )
    assert [a.reference for item in meeting.items for a in item.actions] == ["A1", "A2"]


def test_a_count_in_brackets_is_no_items_number():
    meeting = parse_meeting(
        "1. Apologies\n\nNone.\n\n2. Hall\n\nThe RFO will book the hall for the fete.\n\n"
        "3. Close\n\nClosed.\n\nACTION LOG\n\nRef\tAction\tOwner\tDue\n\n"
        "A5\tOrder 2 new benches (2)\tRFO\tMay\n"
    )
    assert len(meeting.items[1].actions) == 1


def test_what_stands_under_a_decision_heading_is_still_decided():
    assert parse_minute(
        "Decision:\n\nThat the budget for 2026/27 be approved.\n\nMembers AGREED to review it."
    ).decisions == ["That the budget for 2026/27 be approved.", "Members AGREED to review it."]


def test_a_resolution_wrapped_mid_sentence_stays_whole():
    for text in (
        "After a long discussion it was therefore\nRESOLVED that the grant be made.",
        "The report was noted and the Committee\nRESOLVED to defer the matter.",
    ):
        assert parse_minute(text).decisions == [" ".join(text.split())]


def test_carried_forward_is_no_vote_and_plural_letters_own_nothing():
    item = parse_minute(
        "The item was deferred. It was carried forward to the next meeting.\n\n"
        "LEDs to be fitted to all street lights. MPs to lobby the minister."
    )
    assert item.decisions == []
    assert item.actions == []


def test_an_audit_trackers_observations_are_no_decisions():
    item = parse_minute(
        "Audit tracker\n\nRef\tObservations\tOwner\tDue\n\n"
        "AU1\tThe asset register is out of date\tRFO\tMarch\n"
    )
    assert item.decisions == []
    assert [a.owner_label for a in item.actions] == ["RFO"]


def test_an_answer_far_from_its_question_is_no_part_of_it():
    item = parse_minute(
        "Governors asked the following questions:\n\nQ: Is attendance better?\n\n"
        "The Headteacher then spoke about staffing.\n\n"
        "Governors asked the following questions:\n\nA: This answer stands alone."
    )
    assert [p.text for p in item.points] == ["Q: Is attendance better?"]
