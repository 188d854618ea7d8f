"""The importer on everyday minutes, each rule on a few lines of its own: the two files of the
twenty-eighth round of held-out fixtures (tests/minutes_fixtures/held_out_28) left wrong at
the round's end, put right after it (the round's other rules are in
tests/test_importing_everyday_minutes_28.py and tests/test_importing_everyday_minutes_28a.py).
Each rule's test was run on the importer as it was before the rule and failed there. What
these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of

# --- Traced after the twenty-eighth round ---------------------------------------------------------

TRUST_BOARD = (
    "1.\tAPOLOGIES\n1.1\tNone.\n\n"
    "2.\tMATTERS ARISING AND ACTION LOG\n"
    "2.1\tThe Board reviewed the action log. Actions TB26/14 (handover dashboard) and TB26/17 "
    "(volunteer numbers) were complete and closed.\n"
    "2.2\tAction TB26/19 (rural response times) remains open; the analysis is due in January.\n\n"
    "3.\tCHIEF EXECUTIVE'S REPORT\n3.1\tThe Board NOTED the report.\n"
)


def test_a_typed_paragraph_reporting_on_the_action_log_is_no_new_task():
    meeting = parse_meeting(TRUST_BOARD)
    assert actions_of(meeting) == []
    assert missing_sentences(TRUST_BOARD, meeting) == []


CHARITY = (
    "Item 1. Welcome and declarations of interest\n"
    "The Chair welcomed trustees. Ken Albury declared an interest in item 2 as a volunteer "
    "driver for the community bus; the Board agreed he could stay for the discussion but not "
    "vote.\n\n"
    "Item 2. Transport\nThe bus fare goes up in January.\n"
)


def test_the_bodys_agreement_after_a_semicolon_is_a_decision():
    meeting = parse_meeting(CHARITY)
    assert decisions_of(meeting) == [
        "Ken Albury declared an interest in item 2 as a volunteer driver for the community bus; "
        "the Board agreed he could stay for the discussion but not vote."
    ]
    assert missing_sentences(CHARITY, meeting) == []


# --- What these rules must not do ----------------------------------------------------------------


def test_a_row_of_the_action_log_typed_on_one_line_is_still_a_task():
    text = TRUST_BOARD.replace(
        "2.2\tAction TB26/19 (rural response times) remains open; the analysis is due in January.",
        "2.2\tClerk to write to the ambulance trust about response times – Open",
    )
    assert [owner for _, owner in actions_of(parse_meeting(text))] == ["Clerk"]


def test_the_body_agreeing_with_someone_after_a_semicolon_decides_nothing():
    text = CHARITY.replace(
        "the Board agreed he could stay for the discussion but not vote.",
        "the Board agreed with him that the fares were too high.",
    )
    assert decisions_of(parse_meeting(text)) == []


def test_another_bodys_agreement_after_a_semicolon_decides_nothing():
    text = CHARITY.replace(
        "the Board agreed he could stay for the discussion but not vote.",
        "the bus company's board agreed the new fares last week.",
    )
    assert decisions_of(parse_meeting(text)) == []
