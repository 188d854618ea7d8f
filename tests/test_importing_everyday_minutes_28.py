"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
twenty-eighth round of held-out fixtures (tests/minutes_fixtures/held_out_28), which the rules
before it missed somewhere (the rounds before it are in tests/test_importing_everyday_minutes.py
and tests/test_importing_everyday_minutes_22.py to tests/test_importing_everyday_minutes_27.py).
Each rule's test was run on the importer as it was before the rule and failed there. What
these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import points_of

# --- The twenty-eighth round ----------------------------------------------------------------------

RUNNERS_NOTES = (
    "Hillcrest Runners\nCommittee meeting, 3 March 2026\n\n"
    "Present: Ann, Bob, Cal\n\n"
    "1. Minutes of the last meeting\n\n"
    "Approved. On the January actions: the new vests have arrived and the club flag is still "
    "to order (Bob).\n\n"
    "2. Routes\n\n"
    "Ann said the Thursday runs are busy. The towpath is muddy in places. Discussion:\n\n"
    "- the towpath route should be dropped until April\n"
    "- a second pace group would help newer members\n\n"
    "Agreed: Thursday runs to use the road route until April.\n\n"
    "3. Next meeting\n\n7 April.\n"
)


def test_discussion_closing_a_paragraph_leads_in_to_the_bullets_below():
    meeting = parse_meeting(RUNNERS_NOTES)
    assert points_of(meeting) == [
        "the towpath route should be dropped until April",
        "a second pace group would help newer members",
    ]
    assert missing_sentences(RUNNERS_NOTES, meeting) == []


# --- What these rules must not do -----------------------------------------------------------------


def test_a_label_for_discussion_after_other_words_still_leads_in_to_nothing():
    meeting = parse_meeting(
        "1. Hall\n\nThe hall is booked. Items for discussion:\n\n- the car park\n- the bar rota\n"
    )
    assert points_of(meeting) == []
