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
