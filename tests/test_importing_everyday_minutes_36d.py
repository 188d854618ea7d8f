"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
thirty-sixth round of held-out fixtures (tests/minutes_fixtures/held_out_36), read by a club's
committee whose Treasurer, on the register by his first name, undertakes to look for something
to buy, on a line of its own after the committee's decision ("Mike will look for a second-hand
set and bring prices to the next meeting."), or after it in the same paragraph. Each rule's test
was run on the importer as it was before the rule and failed there. What these rules must not do
is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of

# --- The thirty-sixth round -----------------------------------------------------------------------

CLUB = (
    "Present: Joan Tremellick (Chair, JT), Pete Annersby (Treasurer, PA), Gill\n"
    "Ravensworth (Secretary, GR), Colin Bratherby (CB)\n"
    "Apologies: none\n\n"
    "1 - Minutes\nRead and signed.\n\n"
    "2 - Greens and equipment\n"
    "Pete said the mower had broken down twice since August.\n"
    "{line}\n\n"
    "3 - Any other business\nNone.\n"
)


def _meeting(line: str):
    text = CLUB.format(line=line)
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


def _tasks(line: str) -> list[tuple[str, str]]:
    return actions_of(_meeting(line))


def test_someone_on_the_register_who_will_look_for_something_has_the_task():
    line = "Pete will look for a reconditioned mower and bring quotes to the March meeting."
    assert _tasks(line) == [(line, "Pete")]


def test_an_officer_who_will_look_for_something_has_the_task():
    line = "The Secretary will look for a cheaper venue for the annual dinner."
    assert _tasks(line) == [(line, "Secretary")]


def test_a_look_for_task_on_a_line_of_its_own_after_the_committees_decision():
    line = (
        "The committee agreed to buy a new mower, if one could be found for under\n"
        "£1,500, and to sell the old one for spares.\n"
        "Gill will look for a buyer for the old mower."
    )
    meeting = _meeting(line)
    assert decisions_of(meeting) == [
        "The committee agreed to buy a new mower, if one could be found for under £1,500, "
        "and to sell the old one for spares."
    ]
    assert actions_of(meeting) == [("Gill will look for a buyer for the old mower.", "Gill")]


def test_a_look_for_task_after_the_decision_in_the_same_wrapped_paragraph():
    line = (
        "The committee agreed to buy a new mower, if one could be found for under\n"
        "£1,500, and to sell the old one for spares. Pete will look for a\n"
        "reconditioned one."
    )
    meeting = _meeting(line)
    assert decisions_of(meeting) == [
        "The committee agreed to buy a new mower, if one could be found for under £1,500, "
        "and to sell the old one for spares."
    ]
    assert actions_of(meeting) == [("Pete will look for a reconditioned one.", "Pete")]


# --- What these rules must not do -----------------------------------------------------------------


def test_reported_speech_that_someone_would_look_for_something_is_no_task():
    assert _tasks("Pete said he would look for a reconditioned mower.") == []


def test_someone_who_will_be_away_has_no_task():
    assert _tasks("Pete will be away in January.") == []


def test_the_club_looking_for_a_venue_is_no_ones_task():
    assert _tasks("The club will look for a new venue for the annual dinner.") == []


def test_members_looking_for_something_is_no_ones_task():
    assert _tasks("Members will look for a new venue for the annual dinner.") == []


def test_someone_who_will_look_forward_to_something_has_no_task():
    assert _tasks("Pete will look forward to the new season.") == []


def test_someone_off_the_register_who_will_look_for_something_has_no_task():
    assert _tasks("Trevor will look for a reconditioned mower.") == []


def test_someone_who_will_look_into_it_has_the_task_as_before():
    assert _tasks("Pete will look into it.") == [("Pete will look into it.", "Pete")]
