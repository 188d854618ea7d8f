"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
seventeenth to twenty-first rounds of held-out fixtures
(tests/minutes_fixtures/held_out_17 to held_out_21), which the rules before each missed
somewhere. What these rules must not do
is at the end of each round's tests.
"""

from minutes.importing import missing_sentences, parse_meeting, parse_minute
from minutes.importing.readers import read_upload
from tests.reading_helpers import actions_of, word_table


def test_a_word_table_of_minute_details_and_action_by_is_the_minutes():
    data = word_table(
        ["Minute", "Details", "Action by"],
        [
            ["14", "Apologies for absence\nApologies were received from Cllr Bunce.", ""],
            [
                "15",
                "Village hall car park\nRESOLVED: to accept the quotation of £4,860.\n"
                "Clerk to place the order.",
                "Clerk",
            ],
            ["16", "Date of next meeting\nWednesday 1 April 2026.", ""],
        ],
    )
    meeting = parse_meeting(read_upload("minutes.docx", data))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("14", "Apologies for absence"),
        ("15", "Village hall car park"),
        ("16", "Date of next meeting"),
    ]
    assert meeting.items[1].decisions == ["RESOLVED: to accept the quotation of £4,860."]
    assert actions_of(meeting) == [("Clerk to place the order.", "Clerk")]


def test_a_recommendation_to_another_body_above_its_list_is_a_decision_an_entry():
    item = parse_minute(
        "Budget 2026/27\n\nThe recommendations were carried (9 for, 3 against).\n\n"
        "RECOMMENDED to Council – That\n\n"
        "(1)  the revenue budget for 2026/27 of £14.62 million be approved;\n\n"
        "(2)  the council tax for 2026/27 be set at £201.34 for a Band D property; and\n\n"
        "(3)  the Medium Term Financial Strategy be approved."
    )
    assert len(item.decisions) == 3
    assert item.decisions[0].startswith("RECOMMENDED to Council – That (1) the revenue budget")


def test_a_councillor_named_with_their_office_undertakes_a_task():
    item = parse_minute(
        "Councillor Pennefather, Portfolio Holder for Communities, undertook to look into the "
        "cost of later opening hours and to reply to Mr Ibison in writing."
    )
    assert [(a.owner_label, a.description[:40]) for a in item.actions] == [
        ("Councillor Pennefather", "Councillor Pennefather, Portfolio Holder")
    ]


def test_a_task_marked_with_its_row_after_its_full_stop_is_counted_once():
    meeting = parse_meeting(
        "5. Finance\n\nThe Treasurer will write to each resident to give notice of the new "
        "contribution. (Action 1)\n\n"
        "6. Outing\n\nMr Petherick will arrange the summer outing. (Action 2)\n\n"
        "Summary of actions\n\n"
        "No.\tAction\tWho\tBy when\n\n"
        "1\tWrite to each resident about the contribution\tTreasurer\t6 March 2026\n\n"
        "2\tArrange the summer outing\tScheme Manager\tMay meeting\n"
    )
    assert [a.description for a in meeting.items[-1].actions] == [
        "Write to each resident about the contribution",
        "Arrange the summer outing",
    ]
    assert sum(len(i.actions) for i in meeting.items) == 2
    # The tasks' sentences stay in their items' text.
    assert "will write to each resident" in meeting.items[0].minute_text


def test_a_task_tagged_with_a_log_reference_with_slashes_is_counted_once():
    meeting = parse_meeting(
        "4. Restrictive practice\n\nThe Director of Nursing will present the figures by ward "
        "in March. (QS/25/47)\n\n"
        "5. Incidents\n\nACTION: Head of Patient Safety to bring a summary of the themes to "
        "the April meeting. (QS/26/07)\n\n"
        "6. Any other business\n\nNone.\n\n"
        "ACTION LOG\n"
        "Ref        Item  Action                                      Lead  Due        Status\n"
        "QS/25/47   4     Report on the use of restrictive practice   DoN   Mar 2026   Open\n"
        "QS/26/07   5     Summary of themes from after-action         HPS   Apr 2026   New\n"
    )
    actions = [a for item in meeting.items for a in item.actions]
    assert sorted(a.reference for a in actions) == ["QS/25/47", "QS/26/07"]
    assert all(a.row for a in actions)
    # The tasks' sentences stay in their items' text.
    assert "will present the figures by ward" in meeting.items[0].minute_text


def test_a_wrapped_cell_goes_to_its_own_column_under_a_header_two_spaces_apart():
    meeting = parse_meeting(
        "1. Matters arising\n\nACTION LOG\n"
        "Ref        Item  Action                                      Lead  Due        Status\n"
        "QS/25/47   1     Report on the use of restrictive practice   DoN   Mar 2026   Open\n"
        "                 by ward, with national benchmarks\n"
    )
    (action,) = meeting.items[0].actions
    assert action.description == (
        "Report on the use of restrictive practice by ward, with national benchmarks"
    )
    assert (action.reference, action.owner_label) == ("QS/25/47", "DoN")


def test_the_trustees_in_lower_case_approving_is_a_decision():
    item = parse_minute(
        "The trustees approved the minutes of the meeting held on 18 November 2025, which the "
        "Chair signed."
    )
    assert len(item.decisions) == 1


def test_observations_on_applications_in_a_site_and_proposal_table_are_decisions():
    item = parse_minute(
        "RESOLVED to submit the following observations to Hexbury District Council:\n\n"
        "Application\tSite and proposal\tTown Council's observations\n\n"
        "PA26/00412\t3 Treloar Terrace – loft conversion\tSupport.\n\n"
        "PA26/00488\tChy an Mor – rear extension with balcony\tObject: overlooking.\n\n"
        "PA26/00501\tChenoweth Farm – storage building\tNo objection.\n"
    )
    assert len(item.decisions) == 3


def test_an_approval_subject_to_listed_conditions_is_one_decision():
    text = (
        "RESOLVED: That the application be APPROVED subject to the following conditions:\n\n"
        "1. Statutory three-year time limit.\n\n"
        "2. Development in accordance with the amended plans.\n\n"
        "3. The parking area to be surfaced with permeable gravel.\n"
    )
    item = parse_minute(text)
    assert item.decisions == [
        "RESOLVED: That the application be APPROVED subject to the following conditions:"
    ]
    assert missing_sentences(text, parse_meeting(text)) == []


def test_policies_approved_together_in_a_list_are_one_decision():
    item = parse_minute(
        "DECISION: Governors approved the following policies:\n\n"
        "- Relationships, Sex and Health Education Policy\n"
        "- Supporting Pupils with Medical Conditions Policy\n"
        "- Exclusions and Suspensions Policy\n"
    )
    assert len(item.decisions) == 1


# --- What these rules must not do --------------------------------------------------------------


def test_resolutions_listed_under_a_lead_in_are_still_one_decision_each():
    item = parse_minute(
        "Fees and charges\n\nRESOLVED: That\n\n(a) the fees and charges for 2026/27 be "
        "approved; and\n\n(b) the Director be authorised to set charges for new services.\n"
    )
    assert len(item.decisions) == 2
    # Conditions named at the start of a resolution, not as the list it leads into.
    item = parse_minute(
        "Planning\n\nRESOLVED: That the conditions be reviewed as follows:\n\n"
        "(i) condition 3 be deleted;\n\n(ii) condition 5 be varied.\n"
    )
    assert len(item.decisions) == 2


def test_a_table_of_minutes_needs_a_number_column_beside_its_details():
    data = word_table(
        ["Details", "Action by"],
        [
            ["The Clerk reported on the grit bins.", ""],
            ["Clerk to order two more grit bins.", "Clerk"],
        ],
    )
    meeting = parse_meeting(read_upload("notes.docx", data))
    assert len(meeting.items) == 1


def test_a_person_named_with_their_office_gives_no_task_they_only_report():
    item = parse_minute(
        "Leisure centre\n\nCouncillor Ashby, Chair of the Panel, said that the work will take "
        "three months.\n\nThe review, Phase Two of the Programme, will report in June."
    )
    assert item.actions == []


# --- The eighteenth round ------------------------------------------------------------------------


def test_a_committee_declining_an_application_is_its_decision_and_the_request_part_of_it():
    item = parse_minute(
        "Branch surgery\n\n5.3\tThe Committee DECLINED the application to close the branch "
        "surgery, and asked the practice to bring revised proposals to the Committee by "
        "September 2026."
    )
    assert len(item.decisions) == 1
    assert item.decisions[0].startswith("5.3 The Committee DECLINED the application")
    assert item.actions == []


def test_members_noting_two_papers_is_the_bodys_decision():
    item = parse_minute(
        "Bank reconciliation\n\nCllr Pettifer had checked the bank reconciliation against the "
        "statements. Members noted the bank reconciliation and the budget monitoring report to "
        "31 January 2026."
    )
    assert item.decisions == [
        "Members noted the bank reconciliation and the budget monitoring report to 31 January 2026."
    ]
    item = parse_minute(
        "Finance\n\nTrustees noted the management accounts and the three-year budget forecast."
    )
    assert len(item.decisions) == 1


def test_challenge_from_trustees_leads_in_to_points():
    item = parse_minute(
        "CEO's report\n\nThe CEO presented his report.\n\nChallenge from trustees:\n\n"
        "• why persistent absence at Fellgate Primary was high; the CEO explained that a few "
        "families accounted for most of it;\n\n"
        "• trustees challenged whether the central team had the capacity to support a new "
        "school.\n\nTrustees noted the CEO's report."
    )
    assert len(item.points) == 2
    assert item.decisions == ["Trustees noted the CEO's report."]


def test_policies_approved_with_a_clause_before_their_list_are_one_decision():
    item = parse_minute(
        "Policies\n\nTrustees approved the following policies, which had been reviewed by the "
        "committees:\n\n• Charging and Remissions Policy;\n\n• Whistleblowing Policy;\n\n"
        "• Trustees' Expenses Policy."
    )
    assert item.decisions == [
        "Trustees approved the following policies, which had been reviewed by the committees:"
    ]
    assert "Whistleblowing Policy;" in item.minute_text


def test_an_owner_line_under_a_numbered_task_names_the_tasks_owner():
    meeting = parse_meeting(
        "4.\tApplication to merge two contracts\n"
        "4.1\tSarah Whiteley presented the application.\n"
        "4.2\tCommittee members made the following observations:\n"
        "•\tthe merger should make the practices more resilient;\n"
        "•\tpatients would need to be told clearly.\n"
        "4.3\tThe Committee APPROVED the merger from 1 April 2026.\n"
        "4.4\tHead of Contracting to agree a joint letter to patients with the practices.\n"
        "Action: SW\n\n"
        "5.\tApplication to close a branch surgery\n"
        "5.3\tThe Committee DECLINED the application.\n"
        "5.4\tThe Director of Primary Care will meet the practice partners to discuss the "
        "repairs.\n"
        "Action: JL\n"
    )
    merge, branch = meeting.items
    assert [(a.reference, a.owner_label) for a in merge.actions] == [("4.4", "SW")]
    assert merge.actions[0].description.startswith("Head of Contracting to agree")
    assert len(merge.points) == 2
    assert [(a.reference, a.owner_label) for a in branch.actions] == [("5.4", "JL")]
    assert branch.decisions == ["5.3 The Committee DECLINED the application."]


def test_a_log_header_naming_the_meeting_its_actions_came_from_is_no_action():
    data = word_table(
        ["Action from 13 January", "Who", "Status"],
        [
            [
                "Renew the minibus insurance with the new broker",
                "Treasurer",
                "Done – renewed 1 Feb",
            ],
            ["Draft a volunteer expenses policy", "Chair", "Carried forward"],
        ],
    )
    text = read_upload("minutes.docx", data)
    meeting = parse_meeting(text)
    assert [(a.description, a.owner_label, a.status) for a in meeting.items[0].actions] == [
        ("Renew the minibus insurance with the new broker", "Treasurer", "Done – renewed 1 Feb"),
        ("Draft a volunteer expenses policy", "Chair", "Carried forward"),
    ]
    assert missing_sentences(text, meeting) == []


def test_a_tracker_row_wrapped_under_its_text_ends_where_the_minute_returns_to_its_margin():
    text = (
        "2.   MINUTES OF THE LAST MEETING\n\n     The Board APPROVED the minutes.\n\n"
        "3.   MATTERS ARISING AND ACTION TRACKER\n\n"
        "     The Company Secretary presented the action tracker:\n"
        "       A25/61  Director of Finance to bring the refinancing options to the\n"
        "               March meeting - Complete (item 6)\n"
        "       A26/02  Company Secretary to arrange a Board visit to the Ravensworth\n"
        "               Court regeneration scheme - Arranged for 21 April\n"
        "     The Board NOTED the action tracker.\n\n"
        "4.   CHIEF EXECUTIVE'S REPORT\n\n     The Board NOTED the report.\n"
    )
    meeting = parse_meeting(text)
    assert [i.number for i in meeting.items] == ["2", "3", "4"]
    item = meeting.items[1]
    assert [a.reference for a in item.actions] == ["A25/61", "A26/02"]
    assert item.actions[1].description.endswith("Court regeneration scheme - Arranged for 21 April")
    assert item.decisions == ["The Board NOTED the action tracker."]
    assert missing_sentences(text, meeting) == []


def test_a_title_in_capitals_wrapped_under_its_text_is_one_title():
    meeting = parse_meeting(
        "6.   TREASURY MANAGEMENT\n\n     The report was noted.\n\n"
        "7.   COMPLAINTS - ANNUAL PERFORMANCE AND COMPLAINT HANDLING CODE\n"
        "     SELF-ASSESSMENT\n\n"
        "     The Director of Customer Services presented the annual report.\n"
    )
    assert [i.title for i in meeting.items] == [
        "TREASURY MANAGEMENT",
        "COMPLAINTS - ANNUAL PERFORMANCE AND COMPLAINT HANDLING CODE SELF-ASSESSMENT",
    ]
    assert meeting.items[1].minute_text == (
        "The Director of Customer Services presented the annual report."
    )


def test_a_second_owner_line_under_a_task_adds_its_owner():
    text = "Newsletter\n\nClerk to write the spring newsletter.\n\nACTION: MP\n\nAction: SW\n"
    item = parse_minute(text)
    assert [(a.description, a.owner_label) for a in item.actions] == [
        ("Clerk to write the spring newsletter.", "MP / SW")
    ]
    assert missing_sentences(text, parse_meeting(text)) == []


def test_a_task_folded_into_its_log_row_keeps_the_owner_and_status_other_lines_gave_it():
    for lines in (
        [
            "5.4\tThe Director of Property will send an update (action A26/05).",
            "ACTION: MP",
            "A26/05\tMonthly update\tDirector of Property\tMonthly\tNew",
        ],
        [
            "QS/26/07   5     Summary of themes from     HPS   Apr 2026   New",
            "ACTION: HPS to bring the themes to April. (QS/26/07)",
            "Action: Complete",
        ],
    ):
        text = "\n".join(["Item 5 Reports", *lines])
        meeting = parse_meeting(text)
        assert sum(len(i.actions) for i in meeting.items) == 1, lines
        assert missing_sentences(text, meeting) == [], lines


def test_a_lead_in_with_no_decision_under_it_stays_in_the_minute():
    text = (
        "Members noted the report.\nRECOMMENDED to Council – That\na\n"
        "☒\tOrder six drysuits\tSOM\t6 Mar"
    )
    meeting = parse_meeting(text)
    assert "RECOMMENDED to Council – That a" in meeting.items[0].minute_text
    assert missing_sentences(text, meeting) == []


# --- What the eighteenth round's rules must not do ---------------------------------------------


def test_members_noting_the_action_log_or_a_finding_is_still_no_decision():
    for sentence in (
        "Members noted the action log.",
        "Members noted that the bank reconciliation had been checked.",
        "Members noted the report and the action log.",
    ):
        assert parse_minute(f"Finance\n\n{sentence}").decisions == [], sentence


def test_a_short_title_keeps_the_minute_set_under_its_text_apart():
    meeting = parse_meeting(
        "5.   Finance\n     The RFO presented the accounts to 31 January.\n\n"
        "6.   COMPLAINTS - ANNUAL PERFORMANCE AND COMPLAINT HANDLING CODE\n"
        "     The Director of Customer Services presented the annual report.\n"
    )
    assert [i.title for i in meeting.items] == [
        "Finance",
        "COMPLAINTS - ANNUAL PERFORMANCE AND COMPLAINT HANDLING CODE",
    ]
    assert meeting.items[1].minute_text == (
        "The Director of Customer Services presented the annual report."
    )


def test_a_paragraph_whose_first_line_is_indented_is_not_broken_at_its_margin():
    item = parse_minute(
        "Bus shelter\n\n     The Clerk reported that the bus shelter on Main Street had "
        "been damaged by\nCalderwick Highways during the resurfacing work in January."
    )
    assert item.minute_text == (
        "The Clerk reported that the bus shelter on Main Street had been damaged by "
        "Calderwick Highways during the resurfacing work in January."
    )


# --- The nineteenth round ------------------------------------------------------------------------


def test_a_councils_letter_a_point_and_a_running_number_number_its_items():
    meeting = parse_meeting(
        "C.71     APOLOGIES FOR ABSENCE\n\n         Apologies were received from Cllr Brereton.\n\n"
        "C.72     DECLARATIONS OF INTEREST\n\n         Cllr Jolliffe declared an interest in "
        "minute C.74.\n\nC.73     MINUTES\n\n         RESOLVED - That the minutes be confirmed.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("C.71", "APOLOGIES FOR ABSENCE"),
        ("C.72", "DECLARATIONS OF INTEREST"),
        ("C.73", "MINUTES"),
    ]


def test_numbered_key_points_after_a_lead_in_are_points():
    item = parse_minute(
        "Winter service review\n\nKey points raised during the discussion:\n\n"
        "1. A Member asked how the decision to pre-salt had been made. The Winter Service "
        "Manager explained the forecast.\n\n"
        "2. Members raised concerns that grit bins had been empty.\n\n"
        "3. A Member asked whether the salt stocks had been sufficient.\n\n"
        "Actions/further information to be provided:\n\n"
        "1. The Winter Service Manager to share the map of the routes.\n\n"
        "2. The Director of Highways to provide figures for grit bin refills.\n"
    )
    assert [p.text[:2] for p in item.points] == ["1.", "2.", "3."]
    assert [a.description for a in item.actions] == [
        "The Winter Service Manager to share the map of the routes.",
        "The Director of Highways to provide figures for grit bin refills.",
    ]


def test_a_portfolio_holder_for_a_remit_undertakes_a_task():
    item = parse_minute(
        "Questions from Members\n\n(a) Councillor Oxtoby asked how many households were in bed "
        "and breakfast. Councillor Ings replied that there were 23. The Portfolio Holder for "
        "Housing will circulate to all Members the figures for each month.\n"
    )
    assert [a.owner_label for a in item.actions] == ["Portfolio Holder for Housing"]


def test_an_officer_explaining_and_then_undertaking_to_act_is_a_task():
    item = parse_minute(
        "Budget\n\nIn reply to the third point, the Director of Finance explained that the "
        "reserve would be restored to £2.5 million by March 2029, and undertook to circulate "
        "to all Members a note setting out the contributions.\n"
    )
    assert [a.owner_label for a in item.actions] == ["Director of Finance"]
    assert item.actions[0].description.startswith("In reply to the third point")


def test_a_word_table_of_no_item_and_action_by_is_the_minutes():
    data = word_table(
        ["No.", "Item", "Action by"],
        [
            ["1", "Apologies\nApologies were received from Ron Whitelegg.", ""],
            [
                "2",
                "Greens\nCommittee agreed to buy a new scarifier.\nDH to get a third quote.",
                "DH",
            ],
            ["3", "Date of next meeting\nTuesday 14 April 2026.", ""],
        ],
    )
    meeting = parse_meeting(read_upload("minutes.docx", data))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Greens"),
        ("3", "Date of next meeting"),
    ]
    assert meeting.items[1].decisions == ["Committee agreed to buy a new scarifier."]
    assert actions_of(meeting) == [("DH to get a third quote.", "DH")]


def test_the_body_deciding_on_the_recommendation_of_a_committee_is_its_decision():
    item = parse_minute(
        "Appointments\n\nOn the recommendation of the Nominations Committee, the Council of "
        "Governors APPROVED:\n\n(a) the reappointment of Anand Varghese; and\n\n"
        "(b) the appointment of Mrs Teresa Holdgate.\n"
    )
    assert len(item.decisions) == 2
    item = parse_minute(
        "Committee reports\n\nSearch and Governance Committee, 3 March 2026: on the "
        "recommendation of the Committee, the Corporation appointed Mr Kojo Mensah-Bonsu as "
        "an independent governor.\n"
    )
    assert len(item.decisions) == 1


def test_members_noting_a_report_and_a_figure_or_then_agreeing_is_one_decision():
    item = parse_minute(
        "Budget monitoring\n\nMembers noted the budget monitoring report and the forecast "
        "underspend of £6,940.\n"
    )
    assert item.decisions == [
        "Members noted the budget monitoring report and the forecast underspend of £6,940."
    ]
    item = parse_minute(
        "Internal audit\n\nMembers noted the interim internal audit report and agreed to "
        "accept both recommendations.\n"
    )
    assert len(item.decisions) == 1


def test_two_people_of_the_meeting_undertaking_together_is_one_task():
    meeting = parse_meeting(
        "Present: Ray Dunmore, Jackie Spall, Bev Cawley\n\n1. Estate walkabout\n\n"
        "Ray and Jackie will do the spring walkabout on 2 April and report back.\n\n"
        "2. Date of next meeting\n\nMonday 18 May 2026.\n"
    )
    assert [a.owner_label for a in meeting.items[0].actions] == ["Ray and Jackie"]


def test_an_elector_who_moved_a_motion_at_a_parish_meeting_undertakes_a_task():
    meeting = parse_meeting(
        "Present: Mr Clive Wardrop (Chairman), Mrs Anne Micklethwaite (Clerk) and 15 electors\n\n"
        "1. Precept\n\nIt was proposed by Mr Hardisty and seconded by Mrs Lavender that the "
        "precept be £2,400. The proposal was carried.\n\n"
        "2. Footpaths\n\nMr Hardisty will repair the stile on footpath 7, with the "
        "landowner's permission.\n\n3. Date of next meeting\n\n13 May 2026.\n"
    )
    assert [a.owner_label for a in meeting.items[1].actions] == ["Mr Hardisty"]


def test_an_applications_line_stands_apart_from_the_decision_under_it():
    text = (
        "8. Planning\n26/00041/HOU  Hill Top Barn, Back Lane - single-storey rear extension\n"
        "The meeting agreed to make no comment on the application.\n"
        "26/00058/FUL  Land at Low Ings Farm - erection of two holiday lodges\n"
        "The meeting agreed to object to the application.\n\n9. Any other business\nNone.\n"
    )
    meeting = parse_meeting(text)
    assert meeting.items[0].decisions == [
        "The meeting agreed to make no comment on the application.",
        "The meeting agreed to object to the application.",
    ]
    assert missing_sentences(text, meeting) == []


INFORMAL_NOTES = (
    "Tarnbrook Medical Practice\nPatient Participation Group\n\n"
    "Present: Jean Liversidge (Chair), Maureen Pilbeam, Tony Bramhall\n"
    "From the practice: Karen Isherwood (Practice Manager)\n\n\n"
    "Welcome\n\nJean welcomed everyone.\n\n\n"
    "Notes of the last meeting\n\nThe group agreed the notes of the last meeting.\n\n\n"
    "Practice update\n\nKaren reported on the new telephone system.\n\n"
    "Comments and questions from the group:\n"
    "•  the call-back option had helped;\n•  the online form is hard to use.\n\n"
    "Karen will find out whether the online form can be offered in other languages.\n\n\n"
    "Date of next meeting\n\nThursday 7 May 2026 at 6.30pm.\n"
)


def test_titles_on_lines_of_their_own_in_informal_notes_are_items():
    meeting = parse_meeting(INFORMAL_NOTES)
    assert [i.title for i in meeting.items] == [
        "Welcome",
        "Notes of the last meeting",
        "Practice update",
        "Date of next meeting",
    ]
    assert len(meeting.items[2].points) == 2
    assert missing_sentences(INFORMAL_NOTES, meeting) == []


def test_the_practices_staff_listed_from_the_practice_can_take_on_tasks():
    meeting = parse_meeting(INFORMAL_NOTES)
    assert [a.owner_label for a in meeting.items[2].actions] == ["Karen"]


# --- What the nineteenth round's rules must not do ---------------------------------------------


def test_numbered_paragraphs_after_a_lead_in_that_do_not_start_at_one_are_no_points():
    item = parse_minute(
        "Finance\n\nThe following papers were tabled:\n\n"
        "5. The Treasurer presented the accounts to 31 March.\n\n"
        "6. The Treasurer presented the budget.\n"
    )
    assert item.points == []


def test_a_director_presenting_a_proposal_to_replace_something_is_no_task():
    item = parse_minute(
        "Treasury\n\nThe Director of Finance presented the proposal to replace the facility "
        "with a new one.\n"
    )
    assert item.actions == []


def test_an_officer_explaining_and_saying_more_gives_no_task():
    item = parse_minute(
        "Budget\n\nThe Director of Finance explained that the reserve would be restored, and "
        "said that he would report progress.\n"
    )
    assert item.actions == []


def test_another_bodys_decision_on_a_recommendation_is_not_this_bodys():
    item = parse_minute(
        "Committee reports\n\nAudit and Risk Committee, 10 March 2026: on the recommendation "
        "of the auditors, the Committee had approved the audit plan.\n"
    )
    assert item.decisions == []


def test_two_names_not_of_the_meeting_undertake_nothing():
    meeting = parse_meeting(
        "Present: Ray Dunmore, Jackie Spall\n\n1. Heritage\n\n"
        "Natural England and Historic England will publish the survey in June.\n\n"
        "2. Date of next meeting\n\nMonday 18 May 2026.\n"
    )
    assert meeting.items[0].actions == []


def test_titles_on_their_own_lines_without_a_register_or_in_one_minute_are_no_items():
    meeting = parse_meeting(
        "Welcome\n\nJean welcomed everyone.\n\nPractice update\n\nKaren reported.\n\n"
        "Newsletter\n\nPhil showed the draft.\n\nDate of next meeting\n\n7 May 2026.\n"
    )
    assert len(meeting.items) == 1
    meeting = parse_meeting(
        "Present: Jean Liversidge, Tony Bramhall\n\nNewsletter\n\nDiscussion\n\n"
        "Phil showed the draft.\n\nActions\n\nPhil to print it.\n"
    )
    assert len(meeting.items) == 1


def test_the_floor_is_no_register():
    meeting = parse_meeting(
        "Present: Jean Liversidge, Tony Bramhall\n\n1. Open forum\n\n"
        "From the floor: Karen Isherwood asked about parking.\n\n"
        "Karen will find out whether the car park can open earlier.\n\n"
        "2. Date of next meeting\n\n7 May 2026.\n"
    )
    assert "Karen Isherwood" not in meeting.register.names()


def test_a_decision_or_a_task_numbered_after_a_lead_in_is_no_point():
    item = parse_minute(
        "Planning report\n\nKey points raised during the discussion:\n\n"
        "1. Members asked about the timetable for the survey.\n\n"
        "2. A Member raised the cost of the survey.\n\n"
        "3. RESOLVED that the report be noted.\n\n"
        "4. The Clerk will write to the applicant.\n"
    )
    assert [p.text[:2] for p in item.points] == ["1.", "2."]
    assert item.decisions == ["3. RESOLVED that the report be noted."]
    assert [a.owner_label for a in item.actions] == ["Clerk"]


def test_a_member_reporting_another_bodys_agreement_takes_on_no_task():
    for text in (
        "Cllr Brown noted that the parish council had considered the matter and agreed to "
        "take no further action.",
        "Cllr Brown noted that the parish council had considered the matter, and undertook "
        "to write to the landowner.",
        "The Clerk reported that the contractor had inspected the site and offered to repair "
        "the fence.",
        "Cllr Brown reported the contractor had inspected the site and offered to repair "
        "the fence.",
        "The Clerk explained that the County Council had inspected the site, and offered to "
        "repair the fence.",
    ):
        item = parse_minute(f"Parish matters\n\n{text}\n")
        assert item.actions == [], text


def test_members_of_the_public_and_visitors_named_with_a_title_take_on_no_task():
    meeting = parse_meeting(
        "Present: Cllr Ann Brown (Chair), Cllr Tom Hale, Cllr Sue Kemp\nClerk: Jo Lamb\n\n"
        "1. Public participation\n\nMrs Patel, a resident of Mill Lane, spoke about speeding "
        "on the lane. Mrs Patel will write to the police about it.\n\n"
        "2. Police report\n\nPC Smith will attend the next meeting.\n\n"
        "3. Date of next meeting\n\n6 May 2026.\n"
    )
    assert [a for item in meeting.items for a in item.actions] == []


def test_a_wrapped_line_starting_with_a_letter_and_a_number_is_no_new_paragraph():
    text = (
        "1. Planning\n\nThe developer confirmed that the contribution of £45,000 for the play "
        "area under the\nS.106 agreement would be paid on commencement of the development\n"
        "and the rest on occupation of the fiftieth house.\n\n"
        "The Clerk said the figures for the play area were set out on\n"
        "p.12 of the report and in the appendix to the report\n"
        "which members had seen before the meeting.\n\n"
        "The Clerk said the schedule of works was set out in the appendix at\n"
        "a.1 of the schedule and in the plan of the site\n"
        "which members had seen before the meeting.\n\n"
        "2. Date of next meeting\n\n6 May 2026.\n"
    )
    meeting = parse_meeting(text)
    paragraphs = [b.text for s in meeting.items[0].sections for b in s.blocks]
    assert len(paragraphs) == 3, paragraphs
    assert paragraphs[0].startswith("The developer") and "S.106 agreement" in paragraphs[0]
    assert missing_sentences(text, meeting) == []


def test_a_letter_quoted_or_a_list_in_informal_notes_gives_no_items():
    text = (
        "Friends of Hilltop Park\n\nNotes of the committee meeting, 3 March 2026\n\n"
        "Present: Ann Lee, Bob Hart, Cath Moss\n\n"
        "Ann read out the letter from the council about the grant.\n\n"
        "Dear Friends of Hilltop Park\n\nThank you for your application. We are pleased to "
        "offer a grant of £500.\n\nGrants Officer\n\n"
        "The group was delighted. Bob listed what is needed for the planting day.\n\n"
        "Gloves for the children\n\nBob will buy them from the garden centre.\n\n"
        "Bulbs and compost\n\nCath will ask the garden centre for a discount.\n"
    )
    meeting = parse_meeting(text)
    assert len(meeting.items) == 1
    assert "Dear Friends of Hilltop Park" not in [i.title for i in meeting.items]
    assert missing_sentences(text, meeting) == []


def test_a_word_table_of_no_item_discussion_and_action_keeps_the_discussion_as_the_minute():
    data = word_table(
        ["No.", "Item", "Discussion", "Action"],
        [
            ["1", "Apologies", "Apologies\nApologies were received from Ron Whitelegg.", ""],
            [
                "2",
                "Greens",
                "Greens\nMembers raised:\n* the moss on the second green\n"
                "* the cost of a new scarifier",
                "DH to get a third quote.",
            ],
            ["3", "Date of next meeting", "Date of next meeting\nTuesday 14 April 2026.", ""],
        ],
    )
    meeting = parse_meeting(read_upload("minutes.docx", data))
    # The Discussion cell repeats its item's title: it is given once.
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Greens"),
        ("3", "Date of next meeting"),
    ]
    assert [p.text for p in meeting.items[1].points] == [
        "the moss on the second green",
        "the cost of a new scarifier",
    ]


# --- The twentieth round -------------------------------------------------------------------------


def _accordion_section(title: str, body: str) -> str:
    """One section of the GOV.UK design system's accordion, as an authority's page saves it."""
    return (
        '<div class="govuk-accordion__section"><div class="govuk-accordion__section-header">'
        '<h3 class="govuk-accordion__section-heading"><button type="button" '
        'class="govuk-accordion__section-button">'
        f'<span class="govuk-accordion__section-heading-text">{title}</span>'
        '<span class="govuk-visually-hidden govuk-accordion__section-heading-divider">, </span>'
        '<span class="govuk-accordion__section-toggle">'
        '<span class="govuk-accordion__section-toggle-text">Show'
        '<span class="govuk-visually-hidden"> this section</span></span></span></button></h3>'
        '</div><div class="govuk-accordion__section-content">'
        f'<p class="govuk-body">{body}</p></div></div>'
    )


def _accordion_page(*sections: str) -> str:
    return (
        '<html><body><header class="govuk-header"><a href="/">Riverside Joint Board</a></header>'
        '<main><h1>Minutes: 3 March 2026</h1><div class="govuk-accordion">'
        '<div class="govuk-accordion__controls"><button class="govuk-accordion__show-all">'
        '<span class="govuk-accordion__show-all-text">Show all sections</span></button></div>'
        + "".join(sections)
        + "</div></main></body></html>"
    )


def test_each_section_of_an_accordion_on_a_saved_page_is_an_item():
    html = _accordion_page(
        _accordion_section(
            "RJB 26/07 Apologies for absence", "Apologies were received from Cllr Ameline."
        ),
        _accordion_section("RJB 26/08 Minutes", "RESOLVED: That the minutes be approved."),
        _accordion_section("RJB 26/09 Flood defences", "The Board noted the programme."),
    )
    text = read_upload("minutes.html", html.encode())
    meeting = parse_meeting(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("RJB 26/07", "Apologies for absence"),
        ("RJB 26/08", "Minutes"),
        ("RJB 26/09", "Flood defences"),
    ]
    assert "Show" not in text  # "Show all sections" and each section's "Show" are controls
    assert missing_sentences(text, meeting) == []


def test_a_report_reference_at_the_right_margin_is_part_of_the_numbered_title():
    spaces = " " * 30
    meeting = parse_meeting(
        "1.   APOLOGIES FOR ABSENCE\n\n     Apologies were received from Cllr Tarrant.\n\n"
        f"2.   DIRECTOR'S REPORT{spaces}(Report P/26/11)\n\n     The Authority noted the "
        f"report.\n\n3.   BUDGET MONITORING{spaces}(Report P/26/12)\n\n     The Director "
        "presented the figures.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DIRECTOR'S REPORT (Report P/26/11)"),
        ("3", "BUDGET MONITORING (Report P/26/12)"),
    ]


def test_a_resolution_of_two_lettered_parts_wrapped_at_a_date_is_two_decisions():
    item = parse_minute(
        "Committees\n\nRESOLVED: That (a) the minutes of the Licensing Committee held on 9 "
        "January\nand 6 February 2026 be received; and (b) the recommendation of the Standards\n"
        "Committee that the code be revised, be adopted.\n"
    )
    assert len(item.decisions) == 2
    assert item.decisions[0].startswith("RESOLVED: That (a)")


def test_an_outcome_under_each_item_is_the_boards_decision():
    item = parse_minute(
        "Reserves policy\n\nThe Treasurer presented the draft policy.\n"
        "Outcome: Policy approved, with a review in a year.\n"
        "Action (Treasurer): publish the policy on the website.\n"
    )
    assert item.decisions == ["Outcome: Policy approved, with a review in a year."]
    assert [a.owner_label for a in item.actions] == ["Treasurer"]


def test_decision_and_action_labels_saying_none_give_no_decision_and_no_task():
    meeting = parse_meeting(
        "1. Matters arising\n\nDiscussion: The fence at the allotments has been mended.\n\n"
        "Decision: None.\n\nAction: None.\n\n"
        "2. Laundry room\n\nDiscussion: The second dryer is broken.\n\n"
        "Decision: To buy a new dryer.\n\nAction: Secretary to order the dryer.\n"
    )
    assert [len(i.decisions) for i in meeting.items] == [0, 1]
    assert [[a.description for a in i.actions] for i in meeting.items] == [
        [],
        ["Secretary to order the dryer."],
    ]


def test_resolved_after_what_members_said_in_one_paragraph_is_a_decision():
    item = parse_minute(
        "Planning\n\nCP26/0311 – The Old Forge – two holiday lets.\n"
        "Members were concerned about parking on the lane. Resolved to object on the grounds "
        "of highway safety.\nClerk to submit the comments.\n"
    )
    assert item.decisions == ["Resolved to object on the grounds of highway safety."]


def test_members_noting_papers_with_their_dates_and_what_they_showed_is_one_decision():
    item = parse_minute(
        "Finance\n\nMembers noted the bank reconciliation to 30 April 2026, signed by Cllr "
        "Hebden, and the budget monitoring report, which forecast an underspend of £2,310 for "
        "the year.\n"
    )
    assert len(item.decisions) == 1
    item = parse_minute(
        "Finance\n\nMembers noted the bank reconciliation to 30 April 2026 and the budget "
        "monitoring statement, which showed the Council within budget.\n"
    )
    assert len(item.decisions) == 1


def test_a_town_mayor_a_cabinet_member_and_a_director_of_a_possessive_service_take_tasks():
    item = parse_minute(
        "Questions\n\nThe Town Mayor will invite the town's youth groups to the meeting.\n\n"
        "The Cabinet Member undertook to send the Committee the figures for each ward.\n\n"
        "The Director of Adults' Services will write to the care homes about the fees.\n"
    )
    assert [a.owner_label for a in item.actions] == [
        "Town Mayor",
        "Cabinet Member",
        "Director of Adults' Services",
    ]


def test_members_listed_under_present_by_who_appointed_them_are_the_register():
    meeting = parse_meeting(
        "Present:\n\nMembers appointed by the Secretary of State:\n    Dr Ann Fell (Chair), "
        "Mr Tom Rigg\n\nMembers appointed by Westmere County Council:\n    Cllr Joan Pask, "
        "Cllr Ed Lunn\n\n1. Apologies\n\nApologies were received from Cllr Kay.\n\n"
        "2. Date of next meeting\n\n9 July 2026.\n"
    )
    assert meeting.register.present == [
        "Dr Ann Fell",
        "Mr Tom Rigg",
        "Cllr Joan Pask",
        "Cllr Ed Lunn",
    ]
    assert "appointed" not in meeting.items[0].all_text()


# --- What the twentieth round's rules must not do -----------------------------------------------


def test_a_sites_header_is_still_no_words_of_the_minutes():
    html = (
        '<html><body><div class="site-header"><p>Riverside Joint Board</p><p>Search</p></div>'
        '<div class="page-header"><p>Latest news</p></div><main><h1>Minutes</h1>'
        "<h2>1. Apologies</h2><p>None were received.</p></main></body></html>"
    )
    text = read_upload("minutes.html", html.encode())
    assert "Riverside Joint Board" not in text
    assert "Latest news" not in text


def test_labels_with_words_that_start_like_none_still_decide_and_give_tasks():
    item = parse_minute("Hall\n\nDecision: Noted.\n\nAction: Nina to book the hall for the fair.\n")
    assert item.decisions == ["Noted."]
    assert [a.owner_label for a in item.actions] == ["Nina"]


def test_a_logs_row_with_a_status_in_brackets_is_still_a_row():
    item = parse_minute(
        "Action log\n\nNo.    Action                                  Status\n"
        "1      Clerk to order the new bench         (Done)\n"
        "2      Chair to write to the school          (Open)\n"
    )
    assert [a.description for a in item.actions] == [
        "Clerk to order the new bench",
        "Chair to write to the school",
    ]


def test_an_outcome_saying_none_and_an_outcome_in_a_title_decide_nothing():
    meeting = parse_meeting(
        "1. Consultation on charging – outcome of consultation\n\nThe outcome of the "
        "consultation was reported.\n\nOutcome: None.\n"
    )
    assert meeting.items[0].decisions == []


def test_resolved_in_lower_case_after_a_sentence_is_no_decision():
    item = parse_minute(
        "Complaints\n\nA complaint about the hedge was received. The matter had been resolved "
        "to the satisfaction of the resident.\n"
    )
    assert item.decisions == []


def test_members_noting_a_log_or_a_fact_with_a_clause_is_still_no_decision():
    for sentence in (
        "Members noted the action log, which showed two actions open.",
        "Members noted that the bank reconciliation, which was late, had been signed.",
    ):
        assert parse_minute(f"Finance\n\n{sentence}\n").decisions == [], sentence


def test_a_cabinet_or_a_town_council_is_no_owner_of_a_task():
    item = parse_minute(
        "Forward plan\n\nThe Cabinet will consider the report in July.\n\n"
        "The Town Council will write its response in June.\n"
    )
    assert item.actions == []


def test_a_sentence_about_members_under_present_is_no_group_of_the_register():
    meeting = parse_meeting(
        "Present:\n\nCllr Ann Fell (Chair), Cllr Tom Rigg\n\n"
        "The following members sent apologies:\n\nCllr Joan Pask, Cllr Ed Lunn\n\n"
        "1. Minutes\n\nRESOLVED that the minutes be approved.\n\n"
        "2. Date of next meeting\n\n9 July 2026.\n"
    )
    assert meeting.register.present == ["Cllr Ann Fell", "Cllr Tom Rigg"]


def test_members_of_the_public_under_present_are_not_present():
    meeting = parse_meeting(
        "Present:\nCllr Ann Pryce (Chair)\nCllr Tom Oakes\nMembers of the public:\n"
        "Mr John Hale, Mrs Pat Dee\n\n1. Apologies\n\nNone.\n\n2. Accounts\n\n"
        "RESOLVED that the accounts be approved.\n"
    )
    assert meeting.register.present == ["Cllr Ann Pryce", "Cllr Tom Oakes"]


def test_outcomes_of_a_school_are_no_decision():
    item = parse_minute(
        "Results\n\nOutcomes: the Year 6 results were above the national average in reading "
        "and maths.\n"
    )
    assert item.decisions == []


def test_a_bracketed_owner_and_date_is_a_third_column_not_a_reference():
    meeting = parse_meeting(
        "1. Play area\n\nNo.    Action    Owner\n1    Repair the play area gate    (JB, 31 May)\n\n"
        "2. Next meeting\n\n7 May.\n"
    )
    assert actions_of(meeting) == [("Repair the play area gate", "(JB, 31 May)")]


# --- The twenty-first round ----------------------------------------------------------------------


def test_a_word_table_of_item_notes_and_action_by_pasted_with_tabs_is_the_minutes():
    meeting = parse_meeting(
        "Committee meeting, 2 April 2026\n\nPresent: Sue Hale (Chair), Amy Lord, Raj Patel\n\n"
        "Item\tNotes\tAction by\n"
        "1. Apologies\tNone.\t\n"
        "2. Minutes\tAgreed as a true record.\n"
        "Gate latch - mended by Raj.\t\n"
        "3. Hall hire\tThe hall will cost £30 a session from May.\n"
        "Agreed to book the hall for the summer term.\n"
        "Amy to pay the deposit to the hall committee.\tAmy\n"
        "4. Date of next meeting\t7 May 2026.\t\n\nSigned ______\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Minutes"),
        ("3", "Hall hire"),
        ("4", "Date of next meeting"),
    ]
    assert [len(i.decisions) for i in meeting.items] == [0, 1, 1, 0]
    assert actions_of(meeting) == [("Amy to pay the deposit to the hall committee.", "Amy")]


def test_lead_ins_naming_the_paper_the_people_or_the_committee_head_points():
    for lead_in in (
        "Comments on the draft budget:",
        "The Chair asked for views. Points people made:",
        "What members said about the plans:",
        "Committee comments:",
    ):
        item = parse_minute(
            f"Budget\n\nThe Treasurer presented the draft budget.\n{lead_in}\n"
            "- the hall fees are too low\n- the reserve should be kept at six months\n"
            "Agreed to adopt the budget.\n"
        )
        assert len(item.points) == 2, lead_in
        assert len(item.decisions) == 1, lead_in


def test_a_bodys_labelled_decision_is_a_decision_and_none_is_none():
    meeting = parse_meeting(
        "1. Minutes\n\nBoard decision: approved as an accurate record.\n\n"
        "2. Lease\n\nThe landlord has offered a new lease.\n\n"
        "Board decision: to accept the lease for five years.\n\n"
        "3. Any other business\n\nNone was raised.\n\nBoard decision: none.\n"
    )
    assert [len(i.decisions) for i in meeting.items] == [1, 1, 0]


def test_the_board_in_lower_case_reviewing_and_agreeing_is_a_decision():
    item = parse_minute(
        "Risks\n\nThe board reviewed the risk register and agreed that the staffing risk be "
        "raised to high.\n"
    )
    assert len(item.decisions) == 1


def test_agreed_as_correct_everyone_agreeing_and_the_body_voting_are_decisions():
    meeting = parse_meeting(
        "OAKHOLM YOUTH FORUM\n\n1 - Notes\nAgreed as correct, proposed Sam, seconded Lee.\n\n"
        "2 - Last time\nEveryone agreed the notes from May were right.\n\n"
        "3 - Campaign\nThe youth forum voted to make litter its campaign (9 for, 2 against).\n\n"
        "4 - Next meeting\n6 July.\n"
    )
    assert [len(i.decisions) for i in meeting.items] == [1, 1, 1, 0]


def test_someone_elected_to_an_office_of_the_body_is_a_decision():
    item = parse_minute(
        "Elections\n\nNominations were received.\nAmara was elected Chair unopposed.\n"
        "Leo was elected Vice-Chair after a secret ballot (7 votes to 5).\n"
    )
    assert len(item.decisions) == 2


def test_a_body_named_by_its_letters_in_its_own_title_decides():
    meeting = parse_meeting(
        "WESTSHIRE SACRE\n\nMinutes of the meeting held on 3 March 2026\n\n"
        "1/26 Minutes\n\nThe SACRE agreed the minutes as a correct record.\n\n"
        "2/26 Report\n\nThe report was presented. The SACRE noted the report.\n\n"
        "3/26 Next meeting\n\n7 July 2026.\n"
    )
    assert [len(i.decisions) for i in meeting.items] == [1, 1, 0]


def test_the_vicar_a_churchwarden_and_every_member_take_tasks():
    item = parse_minute(
        "Fabric\n\nThe Vicar will meet the architect to plan the repairs.\n\n"
        "The Churchwardens will get two more quotes for the roof.\n\n"
        "All PCC members to complete the safeguarding course by 30 June.\n"
    )
    assert [a.owner_label for a in item.actions] == ["Vicar", "Churchwardens", "All PCC members"]


def test_someone_of_the_register_with_an_office_in_an_aside_takes_a_task():
    meeting = parse_meeting(
        "Present: Mrs Jean Orme, Mr Rob Tait\n\n1. Electoral roll\n\n"
        "Mrs Orme, as Electoral Roll Officer, will put up the notice on 22 March.\n\n"
        "2. Grants\n\nMr Tait will fill in the grant form by Friday.\n\n"
        "3. Accounts\n\nMrs Orme will file the accounts by 30 June.\n"
    )
    assert [a.owner_label for a in meeting.items[0].actions] == ["Mrs Orme"]
    assert len(actions_of(meeting)) == 3


def test_a_councillor_coming_back_to_a_meeting_takes_a_task():
    item = parse_minute(
        "Skate park\n\nCllr Moss will come back to the June meeting with the chosen design.\n"
    )
    assert [a.owner_label for a in item.actions] == ["Cllr Moss"]


def test_people_listed_with_initials_before_the_first_item_take_tasks_by_first_name():
    meeting = parse_meeting(
        "Board meeting, 4 March 2026\n\nName\tRole\nLena Hurst (LH)\tPractice Manager\n"
        "Omar Vance (OV, Clinical Lead) for item 2\n\n1. Welcome\n\nAll were welcome.\n\n"
        "2. Audit\n\nOmar will present the audit at the May meeting. (OV)\n\n"
        "Lena will send the rota to practices.\n"
    )
    assert actions_of(meeting) == [
        ("Omar will present the audit at the May meeting. (OV)", "Omar"),
        ("Lena will send the rota to practices.", "Lena"),
    ]
    assert "(OV)" not in meeting.items[1].minute_text


def test_a_page_number_with_the_running_header_under_it_once_is_page_furniture():
    item = parse_minute(
        "Highways\n\n        In the debate, the following points were made:\n\n"
        "        •    the scoring should favour schemes near schools;\n\n"
        "        •    the crossing on Mill Road was asked for in 2020, and should\n\n"
        "                                        4\n"
        "Eastmoor Area Committee - Tuesday, 3 March 2026\n\n"
        "             be built this year;\n\n"
        "        •    parish councils could pay for small schemes.\n"
    )
    assert len(item.points) == 3
    assert "Eastmoor" not in item.all_text()


# --- What the twenty-first round's rules must not do ---------------------------------------------


def test_a_table_of_items_without_numbers_under_item_and_notes_gives_no_items():
    meeting = parse_meeting(
        "1. Finance\n\nThe Treasurer listed the costs:\n\nItem\tNotes\tCost\n"
        "Hall hire\tMarch\t£40\nInsurance\tAnnual\t£210\n\n2. Next meeting\n\n7 May.\n"
    )
    assert [i.number for i in meeting.items] == ["1", "2"]


def test_someone_elected_to_another_body_and_everyone_thanking_decide_nothing():
    item = parse_minute(
        "Reports\n\nCllr Hart was elected to the District Council in May.\n\n"
        "Everyone thanked Kim for a great year.\n\nEveryone agreed with Sam about the bins.\n"
    )
    assert item.decisions == []


def test_a_body_named_by_letters_or_in_lower_case_that_is_not_the_meetings_decides_nothing():
    meeting = parse_meeting(
        "Harfield Primary Care Network\n\nBoard meeting, 4 March 2026\n\n"
        "1. Update\n\nThe ICB approved the winter plan on 3 February.\n\n"
        "2. Estates\n\nThe district council voted to sell the clinic site.\n\n"
        "3. Next meeting\n\n7 May.\n"
    )
    assert [i.decisions for i in meeting.items] == [[], [], []]
    assert parse_minute("Staffing\n\nThe CEO approved the new rota.\n").decisions == []


def test_a_body_and_a_date_not_beside_a_page_number_stay_in_the_minute():
    item = parse_minute(
        "Reports\n\nThe report went to the\n\nEastmoor Area Committee - Tuesday, 3 March 2026\n\n"
        "and was noted there.\n"
    )
    assert "Eastmoor Area Committee" in item.all_text()


def test_a_person_listed_with_initials_in_an_item_is_no_owner_by_first_name():
    meeting = parse_meeting(
        "Board meeting, 4 March 2026\n\n1. Welcome\n\nAll were welcome.\n\n"
        "2. Visitors\n\nA talk was given by Rhea Stone (RS) of the charity.\n\n"
        "Rhea will send the slides to the charity's members.\n"
    )
    assert actions_of(meeting) == []


def test_comments_on_planning_applications_head_the_councils_responses_not_points():
    item = parse_minute(
        "Planning\n\nComments on planning applications:\n"
        "- 26/00102/HOU – 3 Ford Lane – rear extension. No objection.\n"
        "- 26/00111/FUL – Mill Barn – two dwellings. Resolved to object.\n"
    )
    assert item.points == []
    assert len(item.decisions) == 1


def test_what_another_body_raised_heads_no_points():
    for lead_in in ("Points the Forum raised:", "What the Forum had raised:"):
        item = parse_minute(
            f"Harbour users\n\nThe Harbour Master reported on the forum.\n{lead_in}\n"
            "- moorings at the quay\n- the slipway's surface\n"
        )
        assert item.points == [], lead_in


def test_an_officer_in_capitals_or_a_body_after_an_office_decides_nothing():
    for text in (
        "The Chair of the PTA approved the accounts.",
        "The Head of the PTFA approved the plans.",
        "The CLERK agreed to chase the contractor.",
        "The MAYOR agreed to open the fete.",
    ):
        assert parse_minute(f"Reports\n\n{text}\n").decisions == [], text


def test_everyone_agreeing_on_how_something_went_decides_nothing():
    item = parse_minute(
        "Fun day\n\nEveryone agreed it had been a lovely afternoon.\n\n"
        "The day raised £900. Everyone agreed the weather had been kind.\n\n"
        "Everyone agreed to hold it again next June.\n"
    )
    assert item.decisions == ["Everyone agreed to hold it again next June."]


def test_someone_elected_to_an_office_elsewhere_decides_nothing():
    item = parse_minute(
        "Reports\n\nCllr Hart was elected Chair of the District Council's Planning Committee.\n\n"
        "Bob Lane was elected President of Wendlow Rotary Club in January.\n\n"
        "Sam was elected Chair of the committee for the coming year.\n"
    )
    assert item.decisions == ["Sam was elected Chair of the committee for the coming year."]


def test_getting_married_or_coming_back_from_leave_is_no_task():
    meeting = parse_meeting(
        "Present: Cllr Ann Hart (Chair), Cllr Bob Lane, Karen Moss (Clerk)\n\n1. Clerk\n\n"
        "Karen will get married in June.\n\nCllr Lane will come back from leave on 3 May.\n\n"
        "Karen will get three quotes for the gate.\n\n2. Next meeting\n\n7 May.\n"
    )
    assert actions_of(meeting) == [("Karen will get three quotes for the gate.", "Karen")]


def test_a_line_naming_a_body_and_a_date_above_the_last_page_number_stays():
    item = parse_minute(
        "Date of next meeting\n\nThe next meeting will be:\n"
        "Wendlow Parish Council - Thursday, 14 May 2026\n\n"
        "                                        3\n"
    )
    assert "Wendlow Parish Council - Thursday, 14 May 2026" in item.all_text()


def test_an_action_log_under_item_action_who_and_notes_gives_no_items():
    meeting = parse_meeting(
        "1. Apologies\n\nNone.\n\n2. Matters arising\n\nThe action log was reviewed:\n"
        "Item\tAction\tWho\tNotes\n5. Play area\tGet quotes for the gate\tClerk\tIn hand\n"
        "7. Footpaths\tReport the stile\tBL\tDone\n\n3. Finance\n\nThe accounts were noted.\n\n"
        "4. Next meeting\n\n7 May.\n"
    )
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]


def test_points_they_raised_reported_of_another_body_head_no_points():
    for lead_in in ("Points they raised:", "What they said:"):
        item = parse_minute(
            f"Harbour users\n\nThe Harbour Master met the users' forum. {lead_in}\n"
            "- moorings at the quay\n- the slipway's surface\n"
        )
        assert item.points == [], lead_in


def test_an_organisation_listed_with_its_initials_takes_no_task_by_its_last_word():
    meeting = parse_meeting(
        "Present: Cllr Ann Hart (Chair), Cllr Bob Lane\n"
        "Also present: a representative of Wendlow Community Transport (WCT)\n\n"
        "1. Buses\n\nTransport will run a Saturday service from May.\n\n2. Next\n\n7 May.\n"
    )
    assert actions_of(meeting) == []
