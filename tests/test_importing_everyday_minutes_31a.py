"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
thirty-first round of held-out fixtures (tests/minutes_fixtures/held_out_31), read by a bell
ringers' branch, an orchestra and a youth club's trustees (the round's other shapes are in
tests/test_importing_everyday_minutes_31b.py). Each rule's test was run on the importer as it
was before the rule and failed there. What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import decisions_of

# --- The thirty-first round -----------------------------------------------------------------------

BRANCH_AGM = (
    "1  Apologies\nNone.\n\n"
    "2  Subscriptions for 2027\n"
    "The Secretary explained that the subscription would have to rise. After some\n"
    "discussion about whether juniors should pay,\n"
    "Agreed (nem con): the subscription for 2027 to be £10 for adults and £3 for juniors.\n\n"
    "3  Date of next meeting\n14 November 2027.\n"
)


def test_agreed_with_how_it_was_carried_in_brackets_is_a_decision():
    meeting = parse_meeting(BRANCH_AGM)
    assert len(decisions_of(meeting)) == 1
    assert missing_sentences(BRANCH_AGM, meeting) == []


ORCHESTRA = (
    "1. Apologies\nNone.\n\n"
    "2. Music Director's contract\n"
    "The Music Director left the room for this item. After discussion, in his absence, the "
    "committee agreed to offer him a new two-year contract on the same terms.\n\n"
    "3. Trustees' matters\n"
    "After discussion the trustees agreed to replace the gas boiler now.\n\n"
    "4. Date of next meeting\n12 January.\n"
)


def test_the_body_deciding_after_discussion_is_a_decision():
    meeting = parse_meeting(ORCHESTRA)
    assert len(decisions_of(meeting)) == 2
    assert missing_sentences(ORCHESTRA, meeting) == []


# --- What these rules must not do ----------------------------------------------------------------


def test_a_bracket_after_agreed_that_is_no_vote_is_read_as_before():
    text = BRANCH_AGM.replace("Agreed (nem con):", "Agreed (Pat to check the Guild fee):")
    assert decisions_of(parse_meeting(text)) == []


def test_another_body_deciding_after_discussion_decides_nothing():
    text = ORCHESTRA.replace(
        "After discussion the trustees agreed to replace the gas boiler now.",
        "After discussion the landlord's agents agreed to replace the gas boiler.",
    )
    assert len(decisions_of(parse_meeting(text))) == 1
