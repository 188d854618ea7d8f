"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
seventeenth and eighteenth rounds of held-out fixtures (tests/minutes_fixtures/held_out_17
and held_out_18), which the rules before each missed somewhere. What these rules must not do
is at the end of each round's tests.
"""

from io import BytesIO

import docx

from minutes.importing import missing_sentences, parse_meeting, parse_minute
from minutes.importing.readers import read_upload


def _word_table(header: list[str], rows: list[list[str]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Minutes of the Parish Council meeting held on 4 March 2026")
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for cells, words in zip(table.rows, [header, *rows], strict=True):
        for cell, text in zip(cells.cells, words, strict=True):
            paragraphs = text.split("\n")
            cell.text = paragraphs[0]
            for more in paragraphs[1:]:
                cell.add_paragraph(more)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _actions(meeting) -> list[tuple[str, str]]:
    return [(a.description, a.owner_label) for item in meeting.items for a in item.actions]


def test_a_word_table_of_minute_details_and_action_by_is_the_minutes():
    data = _word_table(
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
    assert _actions(meeting) == [("Clerk to place the order.", "Clerk")]


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
    data = _word_table(
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
    data = _word_table(
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
