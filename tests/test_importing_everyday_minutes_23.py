"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
twenty-third round of held-out fixtures (tests/minutes_fixtures/held_out_23), which the
rules before it missed somewhere (the rounds before it are in
tests/test_importing_everyday_minutes.py and tests/test_importing_everyday_minutes_22.py).
What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting, parse_minute
from minutes.importing.word import docx_to_text
from tests.reading_helpers import actions_of, decisions_of, word_table

# --- The twenty-third round -----------------------------------------------------------------------


def test_a_number_a_colon_and_a_title_above_its_minute_is_an_item():
    meeting = parse_meeting(
        "1: Welcome and apologies\nThe Chair welcomed everyone.\n\n"
        "2: Minutes of the meeting on 4 February 2026\n"
        "The committee agreed the minutes as a correct record.\n\n"
        "3: Date of next meeting\nTuesday 5 May 2026.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome and apologies"),
        ("2", "Minutes of the meeting on 4 February 2026"),
        ("3", "Date of next meeting"),
    ]
    assert decisions_of(meeting) == ["The committee agreed the minutes as a correct record."]


def test_a_numbered_title_in_capitals_run_into_its_minute_after_a_full_stop_is_an_item():
    text = (
        "PRESENT:  Mr J. Oxley (Chairman), Mrs P. Wendover (Secretary)\n\n"
        "1.  APOLOGIES.  Apologies were received from Mr T. Crabtree.\n\n"
        "2.  MINUTES.  The minutes of the last meeting were read and signed as a true\n"
        "    record.\n\n"
        "3.  STANDARD BEARER.  Mr Oxley reported that a new belt is needed. The Committee\n"
        "    agreed to buy one.\n\n"
        "4.  DATE OF NEXT MEETING.  Monday 4 May 2026 at 7.30pm.\n"
    )
    meeting = parse_meeting(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "APOLOGIES"),
        ("2", "MINUTES"),
        ("3", "STANDARD BEARER"),
        ("4", "DATE OF NEXT MEETING"),
    ]
    assert meeting.items[2].decisions == ["The Committee agreed to buy one."]
    assert missing_sentences(text, meeting) == []


def test_a_surname_wrapped_after_a_title_and_an_initial_goes_on_the_line_above():
    meeting = parse_meeting(
        "PRESENT:  Mr R. Swale (Chairman), Mrs J. Bagshaw, Mr G.\n"
        "Vickers (Standard Bearer), Mrs M. Orme.\n\n"
        "1.  Apologies\n\nNone.\n\n2.  Date of next meeting\n\nMonday 4 May.\n"
    )
    assert meeting.register.present == [
        "Mr R. Swale",
        "Mrs J. Bagshaw",
        "Mr G. Vickers",
        "Mrs M. Orme",
    ]


def test_an_undertaking_after_a_semicolon_closing_a_sentence_is_a_task():
    item = parse_minute(
        "Any other business\n\nMrs Orme reminded members about the quiz. Mr Pell said that "
        "the glass in the bus shelter is cracked; the Clerk will ask the county council to "
        "replace it.\n"
    )
    assert [(a.description, a.owner_label) for a in item.actions] == [
        (
            "Mr Pell said that the glass in the bus shelter is cracked; the Clerk will ask the "
            "county council to replace it.",
            "Clerk",
        )
    ]
    assert item.sections[0].blocks[0].text == "Mrs Orme reminded members about the quiz."


def test_titles_ending_in_a_colon_on_lines_of_their_own_are_the_items():
    text = (
        "Ashcombe Rovers Youth FC\nCommittee meeting, 4 March 2026\n\n"
        "Present: Gary Pell (Chair), Nina Roy (Secretary), Omar Said (Treasurer)\n\n"
        "Apologies:\nBeth Kane.\n\n"
        "Minutes of the last meeting:\nAgreed as a true record.\n\n"
        "Treasurer's report:\nOmar reported the balances.\nPoints raised:\n"
        "- the kit fund is low;\n- the raffle did well.\n\n"
        "Pitches:\nThe goalposts need new nets.\n\n"
        "Date of next meeting:\n1 April 2026.\n"
    )
    meeting = parse_meeting(text)
    assert [i.title for i in meeting.items] == [
        "Apologies",
        "Minutes of the last meeting",
        "Treasurer's report",
        "Pitches",
        "Date of next meeting",
    ]
    assert len(meeting.items[2].points) == 2
    assert meeting.register.present == ["Gary Pell", "Nina Roy", "Omar Said"]
    assert missing_sentences(text, meeting) == []


def test_an_item_of_actions_from_the_last_meeting_listing_tasks_gives_each_an_action():
    meeting = parse_meeting(
        "1. Apologies\n\nNone.\n\n2. Actions from the last meeting\n\n"
        "- GP to order new nets - done\n- NR to book the hall for the presentation - still to do\n\n"
        "3. Date of next meeting\n\n1 April.\n"
    )
    assert actions_of(meeting) == [
        ("GP to order new nets - done", "GP"),
        ("NR to book the hall for the presentation - still to do", "NR"),
    ]


def test_jobs_a_line_under_a_lead_in_are_each_their_owners_task():
    item = parse_minute(
        "Fun day\n\nThe fun day is on 6 June.\nJobs for the day:\n"
        "Gary - gazebos and the barbecue\nNina - the raffle and the prizes\nOmar - the float\n"
    )
    assert [(a.description, a.owner_label) for a in item.actions] == [
        ("Gary - gazebos and the barbecue", "Gary"),
        ("Nina - the raffle and the prizes", "Nina"),
        ("Omar - the float", "Omar"),
    ]


def test_all_of_a_clubs_coaches_take_a_task():
    item = parse_minute("Welfare\n\nAll coaches to complete the first aid course by 30 June.\n")
    assert [a.owner_label for a in item.actions] == ["All coaches"]


def test_the_management_side_agreeing_to_do_something_takes_a_task():
    item = parse_minute(
        "Overtime\n\nThe unions asked for the figures. Management agreed to share the overtime "
        "figures with the Trade Union Side by the end of May.\n"
    )
    assert [a.owner_label for a in item.actions] == ["Management"]


def test_an_instruction_with_its_owners_role_in_square_brackets_is_a_task():
    item = parse_minute(
        "Finance\n\nTrustees noted the accounts.\n"
        "Prepare a cash-flow forecast for the autumn. [Treasurer]\n"
        "Write to the bank about the new mandate.\n[Chair]\n"
    )
    assert [a.owner_label for a in item.actions] == ["Treasurer", "Chair"]
    assert item.actions[1].description == "Write to the bank about the new mandate. [Chair]"


def test_trustees_accepting_the_recommendations_decide():
    item = parse_minute(
        "Acquisitions\n\nThe Curator presented two offers.\n"
        "Trustees accepted the recommendations on both offers.\n"
    )
    assert item.decisions == ["Trustees accepted the recommendations on both offers."]


def test_a_staff_meeting_noting_a_report_decides():
    item = parse_minute(
        "Head's report\n\nThe Head presented her report.\nThe meeting noted the report.\n"
    )
    assert item.decisions == ["The meeting noted the report."]


def test_colleagues_endorsing_a_change_decide():
    item = parse_minute(
        "Teaching\n\nColleagues endorsed the change to the dissertation deadline, which will go "
        "to the Faculty for approval.\n"
    )
    assert len(item.decisions) == 1


def test_words_page_number_footer_with_page_spaced_out_is_no_words():
    text = (
        "18.   Consultation\n\n      Members raised the following points:\n\n"
        "      •   the plan was welcome, but it should say more about farming, as set out in\n"
        "          the\n\n\n" + " " * 70 + "1 | P a g e\n\n"
        "Fellbrook Joint Advisory Committee - 5 March 2026\n\n"
        "          national policy;\n\n"
        "      •   the consultation should include drop-in sessions.\n\n"
        "19.   Date of Next Meeting\n\n      9 July 2026.\n\n\n" + " " * 70 + "2 | P a g e\n"
    )
    meeting = parse_meeting(text)
    assert [i.number for i in meeting.items] == ["18", "19"]
    assert [p.text for p in meeting.items[0].points] == [
        "the plan was welcome, but it should say more about farming, as set out in the "
        "national policy;",
        "the consultation should include drop-in sessions.",
    ]
    assert "P a g e" not in meeting.all_text()
    assert missing_sentences(text, meeting) == []


def test_a_table_of_another_bodys_decisions_made_before_the_meeting_decides_nothing():
    item = parse_minute(
        "Grants programme\n\nThe Officer reported that the Grants Panel had made the following "
        "awards since the last meeting:\n"
        "Project\tGrant\tPanel decision\n"
        "Hedge planting, Low Farm\t£1,000\tApproved\n"
        "New barn, High Farm\t£9,000\tDeclined\n"
        "The Committee noted the report.\n"
    )
    assert item.decisions == ["The Committee noted the report."]
    assert "Declined" in item.all_text()


def test_a_heading_with_its_paper_at_the_right_margin_after_a_tab_is_an_item():
    text = (
        "Audit Committee\n\n"
        "QA26/01\tWelcome and apologies\tVerbal\n\nThe Chair welcomed members.\n\n"
        "QA26/02\tMinutes of the last meeting\tPaper A\n\nThe Committee APPROVED the minutes.\n\n"
        "QA26/03\tDate of next meeting\tVerbal\n\n21 May 2026.\n"
    )
    meeting = parse_meeting(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("QA26/01", "Welcome and apologies"),
        ("QA26/02", "Minutes of the last meeting"),
        ("QA26/03", "Date of next meeting"),
    ]
    assert "(Paper A)" in meeting.items[1].minute_text
    assert missing_sentences(text, meeting) == []


def test_a_word_table_whose_item_and_discussion_share_a_column_is_the_minutes():
    data = word_table(
        ["Minute", "Item and discussion", "Resolution"],
        [
            ["PC26/01", "Apologies\nApologies were received from Cllr Moss.", "–"],
            [
                "PC26/02",
                "Minutes\nThe minutes had been circulated.",
                "RESOLVED that the minutes be approved.",
            ],
            [
                "PC26/03",
                "Grass cutting\nThree quotes were received. The Clerk will write to the "
                "contractors.",
                "RESOLVED to accept the lowest quote.",
            ],
        ],
    )
    meeting = parse_meeting(docx_to_text(data))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("PC26/01", "Apologies"),
        ("PC26/02", "Minutes"),
        ("PC26/03", "Grass cutting"),
    ]
    assert decisions_of(meeting) == [
        "RESOLVED that the minutes be approved.",
        "RESOLVED to accept the lowest quote.",
    ]
    assert [owner for _, owner in actions_of(meeting)] == ["Clerk"]


# --- What the twenty-third round's rules must not do ----------------------------------------------


def test_numbered_sentences_after_a_colon_inside_an_item_are_no_items():
    meeting = parse_meeting(
        "1. Apologies\n\nNone.\n\n2. Correspondence\n\n"
        "1: The county wrote about the verges.\n2: The police sent their report.\n\n"
        "3. Date of next meeting\n\n4 May.\n"
    )
    assert [i.number for i in meeting.items] == ["1", "2", "3"]


def test_a_decisions_label_or_a_title_all_in_capitals_is_no_run_in_title():
    resolved = parse_meeting(
        "1. Apologies\n\nNone.\n\n"
        "2. RESOLVED.  That the accounts for the year be approved and signed by the Chair.\n\n"
        "3. Date of next meeting\n\n4 May.\n"
    )
    assert [i.number for i in resolved.items] == ["1", "3"]
    capitals = parse_meeting(
        "1. Apologies\n\nNone.\n\n2. PLANNING. APPLICATION 25/0412 LAND AT MILL LANE\n\n"
        "The Council raised no objection.\n\n3. Date of next meeting\n\n4 May.\n"
    )
    assert capitals.items[1].title == "PLANNING. APPLICATION 25/0412 LAND AT MILL LANE"


def test_a_sentence_ending_in_an_initial_with_no_title_before_it_ends_its_paragraph():
    item = parse_minute(
        "Planning\n\nThe applicant had chosen Plan B.\nThe Committee agreed to support it.\n"
    )
    assert item.decisions == ["The Committee agreed to support it."]


def test_after_a_semicolon_or_a_dash_a_body_a_prediction_or_an_answer_is_no_task():
    # (after a dash, "– the Clerk will write to the contractor." is the Clerk's task since the
    # twenty-ninth round: tests/test_importing_everyday_minutes_29.py)
    item = parse_minute(
        "Any other business\n\n"
        "The roof of the pavilion leaks; the Council will consider it in May.\n\n"
        "The hall is closed; the work will take three months.\n\n"
        "Cllr Hart asked about the bus; the Director agreed to report back.\n\n"
        "The bins were late again – the new round will start in May.\n\n"
        "The office is shut in August; the Clerk will be on leave.\n"
    )
    assert item.actions == []


def test_titles_ending_in_a_colon_that_are_no_agenda_stay_one_item():
    meeting = parse_meeting(
        "Present: Ann Hart, Bob Lane\n\n"
        "Background:\nThe hall was built in 1960.\n\n"
        "Comments:\n- it is cold in winter;\n\n"
        "Options:\nRepair the roof or replace it.\n\n"
        "Next steps:\nA working group will look at it.\n"
    )
    assert len(meeting.items) == 1


def test_an_actions_item_whose_list_gives_no_tasks_is_no_list_of_actions():
    meeting = parse_meeting(
        "1. Apologies\n\nNone.\n\n2. Actions from the last meeting\n\n"
        "- the bench has been put in\n- the hedge was cut in February\n\n"
        "3. Date of next meeting\n\n1 April.\n"
    )
    assert actions_of(meeting) == []


def test_a_jobs_lead_in_over_a_sentence_or_names_after_another_lead_in_give_no_tasks():
    item = parse_minute(
        "Fun day\n\nJobs for the day:\nEveryone helped to set up the tables.\n\n"
        "Thanks to:\nGary - for the gazebos\nNina - for the raffle prizes\n"
    )
    assert item.actions == []


def test_all_the_rooms_to_be_cleaned_is_no_task():
    item = parse_minute("Hall\n\nAll rooms to be cleaned before the fair.\n")
    assert item.actions == []


def test_management_changed_or_the_employers_offer_is_no_task():
    item = parse_minute(
        "Pay\n\nManagement will be restructured in the summer.\n\n"
        "The employers' side will send an offer in May.\n"
    )
    assert item.actions == []


def test_a_paper_in_square_brackets_or_a_report_with_a_role_is_no_task():
    item = parse_minute(
        "Finance\n\nReview the budget at the next meeting [Paper B]\n\n"
        "Review the lease of the depot. [Confidential]\n\n"
        "The accounts were received. [Treasurer]\n"
    )
    assert item.actions == []


def test_trustees_accepting_a_view_or_the_apologies_decide_nothing():
    item = parse_minute(
        "Finance\n\nTrustees accepted that the costs were higher than planned.\n\n"
        "Trustees accepted the apologies of Mrs Lane.\n"
    )
    assert item.decisions == []


def test_the_meeting_noting_a_fact_or_a_log_decides_nothing():
    item = parse_minute(
        "Reports\n\nThe meeting noted that the lift was out of order.\n\n"
        "The meeting noted the action log.\n"
    )
    assert item.decisions == []


def test_a_line_of_page_words_that_is_no_footer_stays_words():
    item = parse_minute("Contents\n\nPage | Title\n3 | Pageant arrangements\n")
    assert "Pageant arrangements" in item.all_text() and "Page" in item.all_text()


def test_a_panels_table_of_its_own_decisions_still_decides():
    item = parse_minute(
        "Grants\n\nThe Panel decided the applications as follows:\n"
        "Project\tGrant\tPanel decision\n"
        "Hedge planting, Low Farm\t£1,000\tApproved\n"
        "New barn, High Farm\t£9,000\tDeclined\n"
    )
    assert len(item.decisions) == 2 and item.decisions[1] == "Declined"


def test_a_logs_three_cell_rows_are_no_headings():
    meeting = parse_meeting(
        "1. Action log\n\nRef\tAction\tStatus\n26/01\tClerk to write to the county\tDone\n"
        "26/02\tChair to sign the lease\tOngoing\n\n2. Date of next meeting\n\n4 May.\n"
    )
    assert [i.number for i in meeting.items] == ["1", "2"]
    assert len(meeting.items[0].actions) == 2


def test_a_column_of_the_item_and_its_action_is_no_minute_column():
    text = docx_to_text(
        word_table(
            ["Minute", "Item and action", "Owner"],
            [["PC26/01", "Bench\nOrder a new bench.", "Clerk"]],
        )
    )
    assert "PC26/01\tBench Order a new bench.\tClerk" in text


# --- Narrowed after review --------------------------------------------------------------------


def test_a_lead_in_to_points_or_to_jobs_after_a_blank_line_is_no_colon_title():
    meeting = parse_meeting(
        "Present: Gary Pell (Chair), Nina Roy (Secretary), Omar Said (Treasurer)\n\n"
        "Apologies:\nBeth Kane.\n\n"
        "Minutes of the last meeting:\nAgreed as a true record.\n\n"
        "Treasurer's report:\nOmar reported the balances.\n\n"
        "Points raised:\n- the kit fund is low;\n- the raffle did well.\n\n"
        "Fun day:\nThe fun day is on 6 June.\n\n"
        "Jobs for the day:\nGary - gazebos and the barbecue\nNina - the raffle and the prizes\n\n"
        "Date of next meeting:\n1 April 2026.\n"
    )
    assert [i.title for i in meeting.items] == [
        "Apologies",
        "Minutes of the last meeting",
        "Treasurer's report",
        "Fun day",
        "Date of next meeting",
    ]
    assert len(meeting.items[2].points) == 2
    assert [a.owner_label for a in meeting.items[3].actions] == ["Gary", "Nina"]


def test_what_is_written_after_an_items_list_of_actions_is_its_minute():
    meeting = parse_meeting(
        "1. Apologies\n\nNone.\n\n2. Actions from the last meeting\n\n"
        "- GP to order new nets - done\n- NR to book the hall for the presentation - still to do\n\n"
        "The Committee agreed to move the presentation evening to July.\n\n"
        "Nina reported that the hall is booked for 3 July.\n\n"
        "3. Date of next meeting\n\n1 April.\n"
    )
    assert [owner for _, owner in actions_of(meeting)] == ["GP", "NR"]
    assert decisions_of(meeting) == [
        "The Committee agreed to move the presentation evening to July."
    ]


def test_jobs_end_at_a_line_that_is_no_name_and_dash_or_after_a_blank_line():
    note = parse_minute(
        "Fun day\n\nJobs for the day:\nGary - gazebos and the barbecue\n"
        "Nina - the raffle and the prizes\nNote: the gates open at 10am.\n"
    )
    assert [a.owner_label for a in note.actions] == ["Gary", "Nina"]
    topic = parse_minute(
        "Fun day\n\nJobs for the day:\nGary - gazebos and the barbecue\n"
        "Nina - the raffle and the prizes\n\n"
        "Kit - the new kit has arrived and will be handed out at training.\n"
    )
    assert [a.owner_label for a in topic.actions] == ["Gary", "Nina"]


def test_all_the_helpers_to_be_thanked_is_no_task_of_theirs():
    item = parse_minute(
        "Fun day\n\nThe day raised £1,240.\nAll helpers to be thanked in the newsletter.\n"
    )
    assert item.actions == []


def test_members_accepting_an_explanation_or_an_assurance_decide_nothing():
    item = parse_minute(
        "Finance\n\nThe Clerk explained the overspend on the hall.\n"
        "Members accepted the Clerk's explanation for the overspend.\n\n"
        "Governors accepted the Head's assurance that the budget would balance.\n\n"
        "Trustees accepted all three recommendations.\n"
    )
    assert item.decisions == ["Trustees accepted all three recommendations."]


def test_a_note_of_the_meeting_in_square_brackets_is_no_owner():
    item = parse_minute(
        "Grounds\n\nClerk to write to the county about the verges.\n"
        "[Cllr Smith left the meeting]\n\n"
        "The Council agreed to buy a new bench for the green.\n[Mr Jones joined the meeting.]\n\n"
        "Record the new bench on the asset register. [Agreed]\n"
    )
    assert [(a.description, a.owner_label) for a in item.actions] == [
        ("Clerk to write to the county about the verges.", "Clerk")
    ]
    assert item.decisions == ["The Council agreed to buy a new bench for the green."]
