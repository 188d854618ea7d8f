"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
thirtieth round of held-out fixtures (tests/minutes_fixtures/held_out_30), longer minutes, read
by a canoe club, a county scrutiny committee and a parent carer forum (the round's other shapes
are in tests/test_importing_everyday_minutes_30b.py). Each rule's test was run on the importer
as it was before the rule and failed there. What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of

# --- The thirtieth round --------------------------------------------------------------------------

CANOE_CLUB = (
    "1. Present / apologies\n"
    "Present: Jasmine Treloar (Chair), Ivo Fenwright (Coaching), Odile Parrack (Juniors). "
    "Apologies: Fenn Lascott.\n\n"
    "2. Minutes of last meeting, matters arising\n"
    "Minutes of 6 October agreed. From October: new buoyancy aids – arrived.\n\n"
    "3. Coaching\nIvo will book the spring pool sessions with the leisure centre.\n\n"
    "4. Next meeting\n1 December.\n"
)


def test_those_present_in_the_first_item_are_the_meetings_register():
    meeting = parse_meeting(CANOE_CLUB)
    assert meeting.register.present == ["Jasmine Treloar", "Ivo Fenwright", "Odile Parrack"]
    assert meeting.register.apologies == ["Fenn Lascott"]
    assert missing_sentences(CANOE_CLUB, meeting) == []


def test_someone_present_in_the_first_item_who_will_do_something_has_a_task():
    meeting = parse_meeting(CANOE_CLUB)
    assert [owner for _, owner in actions_of(meeting)] == ["Ivo"]


def test_minutes_of_a_date_agreed_opening_a_paragraph_is_a_decision():
    meeting = parse_meeting(CANOE_CLUB)
    assert len(decisions_of(meeting)) == 1


FORUM = (
    "1. Welcome\nNone.\n\n"
    "2. Minutes\nThe draft said 12 members attended; it was 14. With that change the "
    "steering group approved the minutes of 3 September.\n\n"
    "3. Next meeting\n4 March.\n"
)


def test_the_body_deciding_after_a_clause_about_the_change_is_a_decision():
    meeting = parse_meeting(FORUM)
    assert len(decisions_of(meeting)) == 1
    assert missing_sentences(FORUM, meeting) == []


SCRUTINY = (
    "Present: County Councillors Ann Blakeley (Chair), Tom Ruscoe\n"
    "Officers: Dev Arkholme (Head of HR)\n\n"
    "28. Apologies\nNone.\n\n"
    "29. Sickness absence\n"
    "Sickness absence rose to 9.8 days. County Councillor Ruscoe asked whether it was worse in "
    "some directorates than others; Mr Arkholme said that it was, and undertook to circulate the "
    "breakdown by directorate to members of the committee.\n\n"
    "30. Next meeting\n3 March.\n"
)


def test_an_officers_account_then_undertaking_after_a_semicolon_is_their_task():
    meeting = parse_meeting(SCRUTINY)
    assert [owner for _, owner in actions_of(meeting)] == ["Mr Arkholme"]
    assert missing_sentences(SCRUTINY, meeting) == []


# --- What these rules must not do ----------------------------------------------------------------


def test_a_line_of_names_under_another_label_in_the_first_item_is_not_the_register():
    text = CANOE_CLUB.replace("Present: ", "Welcome to: ").replace(" Apologies: ", " Also: ")
    meeting = parse_meeting(text)
    assert meeting.register.present == []


def test_minutes_of_another_body_agreed_on_a_date_decide_nothing():
    text = CANOE_CLUB.replace(
        "Minutes of 6 October agreed.", "The regional minutes of 6 October were circulated."
    )
    assert decisions_of(parse_meeting(text)) == []


def test_another_bodys_decision_after_a_clause_about_a_change_decides_nothing():
    text = FORUM.replace(
        "With that change the steering group approved the minutes of 3 September.",
        "With that change the council's cabinet approved its plan in May.",
    )
    assert decisions_of(parse_meeting(text)) == []


def test_an_undertaking_of_a_member_of_the_public_after_a_semicolon_is_no_task():
    text = SCRUTINY.replace("Mr Arkholme said", "Mr Gedge, a resident, said")
    assert actions_of(parse_meeting(text)) == []


# --- The nothing-lost check ----------------------------------------------------------------------


def test_a_sentence_whose_end_opens_the_next_part_of_the_record_is_not_lost():
    # the line under a decision is read as the decision going on, and the line after it as
    # the minute: every word is held, in two parts of the record
    text = (
        "Item\tNotes\tAction by\n"
        "Ken Albury declared an interest; the Board agreed he could stay but not vote.\n"
        "                 after-action reviews\n"
        "0:\t"
    )
    assert missing_sentences(text, parse_meeting(text)) == []


def test_a_sentence_with_a_part_held_nowhere_is_still_lost():
    text = "Item 1. Hall\nThe hall roof leaks; the Board agreed to repair it. More damp found."
    meeting = parse_meeting(text)
    # its first words close a part, but the rest opens none
    meeting.items[0].decisions = ["The hall roof leaks; the Board agreed to repair it. More damp"]
    meeting.items[0].sections = []
    assert missing_sentences(text, meeting) == ["More damp found."]


def test_a_sentence_whose_halves_close_one_part_and_open_a_part_further_on_is_still_lost():
    text = "Item 1. Hall\nThe hall roof leaks; the Board agreed to repair it. More damp found."
    meeting = parse_meeting(text)
    # its first words close a part, and the rest opens a part, but not the next one
    meeting.items[0].decisions = [
        "The hall roof leaks; the Board agreed to repair it. More damp",
        "The boiler was serviced.",
        "found in the kitchen.",
    ]
    meeting.items[0].sections = []
    assert missing_sentences(text, meeting) == ["More damp found."]
