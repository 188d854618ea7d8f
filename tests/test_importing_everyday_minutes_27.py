"""The importer on everyday minutes, each rule on a few lines of its own: the known misses of
earlier rounds put right, and the shapes of the twenty-seventh round of held-out fixtures
(tests/minutes_fixtures/held_out_27), which the rules before it missed somewhere (the rounds
before it are in tests/test_importing_everyday_minutes.py and
tests/test_importing_everyday_minutes_22.py to tests/test_importing_everyday_minutes_26.py).
Each rule's test was run on the importer as it was before the rule and failed there. What
these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import decisions_of

# --- Known misses of earlier rounds ---------------------------------------------------------------

FRIENDS_NOTES = (
    "Friends of Hallbrook Green\nNotes of the committee meeting, 3 March 2026\n\n"
    "Present: Sue, Raj, Kit\n\n"
    "ACCOUNTS\n"
    "Balance £1,204.10. The plant sale raised £212.\n"
    "Raj proposed that £150 of it be spent on a new wheelbarrow.\n"
    "Agreed.\n\n"
    "NEXT MEETING\nTuesday 7 April.\n"
)


def test_agreed_on_a_line_of_its_own_under_a_members_proposal_is_the_decision():
    meeting = parse_meeting(FRIENDS_NOTES)
    assert decisions_of(meeting) == [
        "Raj proposed that £150 of it be spent on a new wheelbarrow. Agreed."
    ]
    assert missing_sentences(FRIENDS_NOTES, meeting) == []


def test_carried_on_a_line_of_its_own_goes_with_the_members_proposal_above_it():
    meeting = parse_meeting(FRIENDS_NOTES.replace("Agreed.\n", "Carried unanimously.\n"))
    assert decisions_of(meeting) == [
        "Raj proposed that £150 of it be spent on a new wheelbarrow. Carried unanimously."
    ]


# --- What these rules must not do ----------------------------------------------------------------


def test_agreed_alone_under_a_report_decides_nothing():
    text = FRIENDS_NOTES.replace(
        "Raj proposed that £150 of it be spent on a new wheelbarrow.",
        "Raj said the wheelbarrow had a flat tyre again.",
    )
    assert decisions_of(parse_meeting(text)) == []


def test_agreed_alone_under_a_proposal_that_was_withdrawn_decides_nothing():
    text = FRIENDS_NOTES.replace(
        "Raj proposed that £150 of it be spent on a new wheelbarrow.\n",
        "Raj proposed that £150 of it be spent on a new wheelbarrow.\n"
        "After some discussion he withdrew the proposal.\n",
    )
    assert decisions_of(parse_meeting(text)) == []
