"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
twenty-eighth round of held-out fixtures (tests/minutes_fixtures/held_out_28) read by a kirk
session, a charity's trustees, an NHS board and a club (the round's other shapes are in
tests/test_importing_everyday_minutes_28.py). Each rule's test was run on the importer as it
was before the rule and failed there. What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of

# --- The twenty-eighth round ----------------------------------------------------------------------

KIRK_SESSION = (
    "Balnacraig Parish Church\n\n"
    "At Balnacraig, on Sunday 8 November 2026, the Kirk Session met and was constituted.\n\n"
    "Sederunt: Rev. Morag Lendrum (Moderator); Mr Iain Coull (Session Clerk); "
    "Mrs Elspeth Drumgask; Mr Ruaridh Fettes\n\n"
    "1. Minute of previous meeting\n"
    "The Session approved the minute of the meeting of 6 September 2026.\n\n"
    "2. Christmas services\n"
    "The Session agreed that the Christmas Eve collection go to the food bank.\n"
    "Mrs Drumgask will organise the elders' rota for the services.\n"
)


def test_sederunt_is_the_register_of_those_present():
    meeting = parse_meeting(KIRK_SESSION)
    assert "Iain Coull" in " ".join(meeting.register.present)
    assert missing_sentences(KIRK_SESSION, meeting) == []


def test_the_session_deciding_is_a_decision():
    meeting = parse_meeting(KIRK_SESSION)
    assert len(decisions_of(meeting)) == 2


def test_someone_on_the_sederunt_who_will_do_something_has_a_task():
    meeting = parse_meeting(KIRK_SESSION)
    assert [owner for _, owner in actions_of(meeting)] == ["Mrs Drumgask"]


TRUSTEES = (
    "Minutes of the Board of Trustees, 16 November 2026\n\n"
    "Item 1. Minutes\n"
    "R26/31 The Board approved the minutes of 14 September 2026 as a correct record.\n\n"
    "Item 2. Kitchen refit\n"
    "Three quotes were received. The manager recommended the lowest.\n\n"
    "R26/32 The Board resolved:\n\n"
    "(a) to accept the quote of Hallam Kitchens for £21,480 plus VAT;\n\n"
    "(b) to fund the refit from the buildings fund.\n\n"
    "Item 3. Date of next meeting\n18 January 2027.\n"
)


def test_a_resolutions_reference_before_the_bodys_decision_is_kept_with_it():
    meeting = parse_meeting(TRUSTEES)
    decisions = decisions_of(meeting)
    assert len(decisions) == 3
    assert decisions[0].startswith("R26/31 The Board approved the minutes")
    assert missing_sentences(TRUSTEES, meeting) == []


def test_minutes_accepted_as_a_true_record_is_a_decision():
    meeting = parse_meeting(
        "1. Minutes of the last meeting\nAccepted as a true record. Proposed Jenny, seconded "
        "Mo, carried unanimously.\n\n2. Next meeting\n2 December.\n"
    )
    assert len(decisions_of(meeting)) == 1


# --- What these rules must not do ----------------------------------------------------------------


def test_another_courts_agreement_reported_is_no_decision():
    text = KIRK_SESSION.replace(
        "The Session agreed that the Christmas Eve collection go to the food bank.",
        "The Presbytery also agreed that the manse be sold.",
    )
    assert len(decisions_of(parse_meeting(text))) == 1


def test_a_training_session_is_no_body_deciding():
    text = KIRK_SESSION.replace(
        "The Session agreed that the Christmas Eve collection go to the food bank.",
        "The Training Session agreed with the elders was well attended.",
    )
    assert len(decisions_of(parse_meeting(text))) == 1


def test_a_conferences_session_agreeing_in_other_minutes_is_no_decision():
    meeting = parse_meeting(
        "St Mary's Eco Group\nMinutes of the meeting, 3 March 2026\n\n"
        "1. Diocesan conference\n\nMr Bell reported on the conference's workshops.\n\n"
        "The Session agreed with the speaker that parishes should cut their emissions.\n\n"
        "2. Next meeting\n\n7 April.\n"
    )
    assert decisions_of(meeting) == []


def test_a_reference_before_a_report_decides_nothing():
    text = TRUSTEES.replace(
        "R26/31 The Board approved the minutes of 14 September 2026 as a correct record.",
        "R26/31 The minutes of 14 September 2026 were not yet ready.",
    )
    assert len(decisions_of(parse_meeting(text))) == 2


def test_a_record_accepted_by_another_body_is_no_decision_of_the_meeting():
    meeting = parse_meeting(
        "1. Minutes\nThe county's notes were accepted as a true record by its board.\n\n"
        "2. Next meeting\n2 December.\n"
    )
    assert decisions_of(meeting) == []
