"""The importer on everyday minutes, each rule on a few lines of its own: more shapes of the
thirty-first round of held-out fixtures (tests/minutes_fixtures/held_out_31), which the rules
before it missed somewhere (the rounds before it are in tests/test_importing_everyday_minutes.py
and tests/test_importing_everyday_minutes_22.py to tests/test_importing_everyday_minutes_30b.py).
Each rule's test was run on the importer as it was before the rule and failed there. What these
rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of

# --- The thirty-first round ----------------------------------------------------------------------

DOT_FORGOTTEN = (
    "21.  APOLOGIES\nNone.\n\n"
    "22.  MINUTES\nRESOLVED: That the minutes of 3 May be signed.\n\n"
    "23   MOTIONS ON NOTICE\nNone had been received.\n\n"
    "24.  NEXT MEETING\n6 June.\n"
)


def test_a_heading_in_capitals_whose_dot_was_forgotten_is_the_missing_item():
    meeting = parse_meeting(DOT_FORGOTTEN)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("21", "APOLOGIES"),
        ("22", "MINUTES"),
        ("23", "MOTIONS ON NOTICE"),
        ("24", "NEXT MEETING"),
    ]
    assert missing_sentences(DOT_FORGOTTEN, meeting) == []


NEXT_MOTION = (
    "1.  APOLOGIES\nNone.\n\n"
    "2.  MOTIONS\n\n(a)  Bus services\n\n"
    "RESOLVED: That this Council:\n"
    "(a)  notes the cuts to the 41 bus;\n"
    "(b)  asks the Leader to write to the operator.\n\n"
    "(b)  30 new bus shelters\n\n"
    "The motion was moved, put to the vote and LOST.\n\n"
    "3.  NEXT MEETING\n6 June.\n"
)


def test_a_lettered_title_going_back_in_the_letters_ends_the_resolved_list():
    meeting = parse_meeting(NEXT_MOTION)
    assert decisions_of(meeting) == [
        "RESOLVED: That this Council: (a) notes the cuts to the 41 bus;",
        "(b) asks the Leader to write to the operator.",
    ]
    assert missing_sentences(NEXT_MOTION, meeting) == []


SLASHED_WITH_PARAGRAPHS = (
    "26/41  APOLOGIES\n\n41.1  None were received.\n\n"
    "26/42  MINUTES\n\n42.1  The Board APPROVED the minutes.\n\n"
    "42.2  Matters arising:\n        26/07  Roof - on the agenda.\n\n"
    "26/43  FINANCE\n\n43.1  The Board NOTED the accounts.\n\n"
    "43.2  Members asked about the roof; the Treasurer said it was in hand.\n\n"
    "26/44  NEXT MEETING\n\n44.1  The next meeting will be on 6 June.\n"
)


def test_items_numbered_with_a_slash_are_not_mixed_with_their_paragraphs_numbered_with_a_dot():
    meeting = parse_meeting(SLASHED_WITH_PARAGRAPHS)
    assert [item.number for item in meeting.items] == ["26/41", "26/42", "26/43", "26/44"]
    assert missing_sentences(SLASHED_WITH_PARAGRAPHS, meeting) == []


LOG_THEN_PARAGRAPH = (
    "Present: Ann Bell (Chair, AB), Tom Hay (Treasurer, TH)\n\n"
    "1.    Apologies\n\n1.1   None.\n\n"
    "2.    Minutes and action log\n\n2.1   The minutes were agreed.\n\n"
    "2.2   Action log:\n\n"
    "      Ref    Action                              Owner   Status\n"
    "      A1     Get two quotes for the roof          TH      Done\n"
    "      A2     Book the hall for the AGM            AB      In progress\n\n"
    "2.3   Matters arising not on the log: none.\n\n"
    "3.    Next meeting\n\n3.1   6 June.\n"
)


def test_the_next_typed_paragraph_after_an_action_log_table_is_no_row_of_it():
    meeting = parse_meeting(LOG_THEN_PARAGRAPH)
    assert len(actions_of(meeting)) == 2
    assert missing_sentences(LOG_THEN_PARAGRAPH, meeting) == []


def test_a_board_noting_a_report_and_a_letter_decides():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Safety\nThe inspector visited in May.\n\n"
        "The Trustees noted the safety report and the inspector's letter.\n"
    )
    assert decisions_of(meeting) == [
        "The Trustees noted the safety report and the inspector's letter."
    ]


RUNNING_PARTS = (
    "1. Apologies\nNone.\n\n2. Mower\nThe old mower has failed.\n\n"
    "After discussion it was\n"
    "RESOLVED: (1) to buy a new mower from Hall Ltd at £2,400, with the\n"
    "trade-in agreed by the Chair;\n"
    "(2) to sell the old roller at the autumn sale.\n\n"
    "3. Next meeting\n6 June.\n"
)


def test_a_resolutions_next_numbered_part_on_its_own_line_is_the_next_decision():
    meeting = parse_meeting(RUNNING_PARTS)
    assert len(decisions_of(meeting)) == 2
    assert decisions_of(meeting)[1] == "(2) to sell the old roller at the autumn sale."
    assert missing_sentences(RUNNING_PARTS, meeting) == []


def test_a_universitys_officer_with_a_remit_who_will_act_has_the_task():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Student survey\nThe results were discussed.\n"
        "The Pro-Vice-Chancellor (Education) will bring the feedback figures to the March "
        "meeting.\n"
    )
    assert [owner for _, owner in actions_of(meeting)] == ["Pro-Vice-Chancellor (Education)"]


def test_the_names_under_a_councillors_label_are_councillors():
    meeting = parse_meeting(
        "PRESENT: The Mayor in the Chair\nCouncillors: Abbot, Bellamy and Crane\n\n"
        "1.  APOLOGIES\nNone.\n\n2.  PETITION\nCouncillor Bellamy responded.\n"
    )
    assert meeting.register.present[-3:] == ["Cllr Abbot", "Cllr Bellamy", "Cllr Crane"]


def test_a_speaker_on_the_register_is_called_as_the_register_calls_them():
    meeting = parse_meeting(
        "Councillors: Abbot, Bellamy and Crane\n\n1.  APOLOGIES\nNone.\n\n"
        "2.  PETITION\nMembers made the following points:\n"
        "  - was the library consulted? Councillor Bellamy replied that it was.\n"
        "  - the roof leaks. Councillor Dunn agreed.\n"
    )
    assert [p.speakers for p in meeting.items[1].points] == [["Cllr Bellamy"], ["Councillor Dunn"]]


# --- What these rules must not do ----------------------------------------------------------------


def test_a_line_in_sentence_case_numbered_as_a_missing_item_is_no_item():
    text = (
        "1.  APOLOGIES\nNone.\n\n2.  PLANNING\nThe Council considered:\n"
        "3   Mill Lane, a new porch\n\n4.  NEXT MEETING\n6 June.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["1", "2", "4"]


def test_a_resolved_list_running_on_in_order_keeps_every_entry():
    meeting = parse_meeting(
        "1.  APOLOGIES\nNone.\n\n2.  BENCHES\n\nRESOLVED: That the Council:\n"
        "(a)  notes the report;\n(b)  20 new benches be bought for the park.\n"
    )
    assert len(decisions_of(meeting)) == 2


def test_items_numbered_with_a_dot_keep_a_slashed_reference_in_their_minute():
    text = (
        "14.1  APOLOGIES\nNone.\n\n14.2  MINUTES\nThe minutes were signed.\n"
        "26/44  Roof - on the agenda.\n\n14.3  FINANCE\nThe accounts were noted.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["14.1", "14.2", "14.3"]


def test_an_action_log_written_a_line_an_entry_keeps_its_numbered_entries():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Action log\n"
        "2.1 Clerk to write to the council – done.\n"
        "2.2 Treasurer to pay the insurance – done.\n\n3. Next meeting\n6 June.\n"
    )
    assert len(actions_of(meeting)) == 2


def test_a_board_noting_that_a_letter_was_sent_decides_nothing():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Safety\n"
        "The Trustees noted that the inspector's letter had been answered.\n"
    )
    assert decisions_of(meeting) == []


def test_a_numbered_line_after_a_decision_that_ends_its_sentence_is_not_its_next_part():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Mower\nRESOLVED: (1) to buy a new mower.\n"
        "(2) Bonfire night was discussed and a date will be found.\n\n3. Next meeting\n6 June.\n"
    )
    assert len(decisions_of(meeting)) == 1


def test_a_vice_chancellor_who_will_be_away_has_no_task():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Dates\n"
        "The Vice-Chancellor will be away in March and the Deputy will attend.\n"
    )
    assert actions_of(meeting) == []


def test_a_councillors_label_keeps_the_titles_the_names_are_given():
    meeting = parse_meeting(
        "Councillors: Mrs Ann Abbot, Cllr Bellamy\n\n1.  APOLOGIES\nNone.\n\n2.  PETITION\nNoted.\n"
    )
    assert meeting.register.present == ["Mrs Ann Abbot", "Cllr Bellamy"]


def test_planning_references_with_a_slash_under_dotted_items_are_no_items():
    text = (
        "1.1  Apologies\nNone.\n\n1.2  Planning\nApplications:\n"
        "26/0101 Porch at Mill Lane - no objection.\n26/0102 Garage - no objection.\n"
        "26/0103 Shed - no objection.\n26/0104 Barn - objection.\n\n1.3  Next meeting\n6 June.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["1.1", "1.2", "1.3"]


def test_a_table_row_numbered_as_the_missing_item_is_no_item():
    text = (
        "37.  APOLOGIES\nNone.\n\n38.  FINANCE\nThe committee set these budget codes:\n"
        "Code  Head\n39   HALL HIRE\n41   GRASS CUTTING\n\n40.  NEXT MEETING\n6 June.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["37", "38", "40"]


def test_a_lettered_list_under_a_resolved_entry_ending_in_a_colon_is_its_sub_list():
    meeting = parse_meeting(
        "1.  APOLOGIES\nNone.\n\n2.  GRANTS\n\nRESOLVED: That the Council:\n"
        "(a)  notes the report;\n(b)  awards grants to:\n(a) the scouts;\n(b) the guides.\n"
    )
    assert decisions_of(meeting)[-2:] == ["(a) the scouts;", "(b) the guides."]


def test_a_numbered_line_reading_as_a_report_after_a_part_ending_in_a_semicolon_is_no_part():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Mower\nRESOLVED: (1) to buy a new mower;\n"
        "(2) The Clerk reported that the roller had been sold.\n\n3. Next meeting\n6 June.\n"
    )
    assert len(decisions_of(meeting)) == 1


def test_a_councillors_label_over_a_bodys_name_gives_it_no_title():
    meeting = parse_meeting(
        "Councillors: Westbury Town Council\n\n1.  APOLOGIES\nNone.\n\n2.  PETITION\nNoted.\n"
    )
    assert "Cllr Westbury Town Council" not in meeting.register.names()
