"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
twenty-sixth round of held-out fixtures (tests/minutes_fixtures/held_out_26), which the
rules before it missed somewhere (the rounds before it are in
tests/test_importing_everyday_minutes.py and tests/test_importing_everyday_minutes_22.py to
tests/test_importing_everyday_minutes_25.py). Each rule's test was run on the importer as it
was before the rule and failed there. What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import decisions_of

# --- The twenty-sixth round -----------------------------------------------------------------------

CLUB_NOTES = (
    "Oakhurst Bowls Club\nCommittee meeting, Monday 2 March 2026\n\n"
    "Present: Pat (Chair), Les, Mo, Viv\n\n"
    "APOLOGIES\nNone.\n\n"
    "NOTES OF LAST MEETING (2 February)\nAgreed as correct.\n\n"
    "GREENS\nThe top rink needs re-seeding.\n\n"
    "FIXTURES\nHome games this summer:\n"
    "  Sat 9 May – Lindley, friendly\n"
    "  Sun 24 May – Harcombe, league\n"
    "  Sat 13 June – Tolworth, league\n\n"
    "NEXT MEETING\nMonday 6 April.\n"
)


def test_a_days_short_name_before_a_date_is_no_item_number():
    meeting = parse_meeting(CLUB_NOTES)
    assert [item.title for item in meeting.items][-2:] == ["FIXTURES", "NEXT MEETING"]
    assert missing_sentences(CLUB_NOTES, meeting) == []


def test_a_heading_in_capitals_may_end_with_a_note_in_brackets():
    meeting = parse_meeting(CLUB_NOTES)
    assert "NOTES OF LAST MEETING (2 February)" in [item.title for item in meeting.items]


def test_apologies_in_capitals_under_the_register_is_the_first_item():
    meeting = parse_meeting(CLUB_NOTES)
    assert [item.title for item in meeting.items] == [
        "APOLOGIES",
        "NOTES OF LAST MEETING (2 February)",
        "GREENS",
        "FIXTURES",
        "NEXT MEETING",
    ]


def test_a_proposal_closed_by_all_in_favour_is_a_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Subs\nThe subs were discussed. "
        "Proposed Viv, seconded Les, that subs stay at £40. All in favour.\n"
    )
    assert len(decisions_of(meeting)) == 1


def test_a_bodys_vote_after_an_earlier_sentence_is_a_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Mower\nThe old mower failed twice in May. "
        "The committee voted to buy a new one (5 for, 1 against).\n"
    )
    assert len(decisions_of(meeting)) == 1


def test_elected_unopposed_with_no_other_body_named_is_a_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Election of Secretary\n"
        "Mr Dunmore was the only candidate and was elected unopposed.\n"
    )
    assert len(decisions_of(meeting)) == 1


# --- What these rules must not do -------------------------------------------------------------------


def test_a_committees_letters_before_its_number_still_number_items():
    meeting = parse_meeting(
        "JWC 31 Apologies\nNone.\n\nJWC 32 Minutes\nApproved.\n\nJWC 33 Budget\nNoted.\n"
    )
    assert [item.title for item in meeting.items] == ["Apologies", "Minutes", "Budget"]


def test_present_in_capitals_is_still_no_item():
    text = (
        "Oakhurst Bowls Club\n\nPresent: Pat, Les\n\nPRESENT\nMo, Viv\n\n"
        "GREENS\nThe top rink needs re-seeding.\n\nBAR\nPrices stay the same.\n\n"
        "ANY OTHER BUSINESS\nNone.\n"
    )
    meeting = parse_meeting(text)
    assert [item.title for item in meeting.items] == ["GREENS", "BAR", "ANY OTHER BUSINESS"]


def test_all_in_favour_of_an_idea_with_no_proposal_decides_nothing():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Trips\nA coach trip was suggested. "
        "All in favour of the idea, but nobody would organise it.\n"
    )
    assert decisions_of(meeting) == []


def test_a_vote_in_another_sentence_by_a_person_decides_nothing():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Mower\nThe old mower failed twice. "
        "Les said he voted to buy it in the first place.\n"
    )
    assert decisions_of(meeting) == []


def test_elected_unopposed_to_another_body_decides_nothing():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. News\n"
        "Mr Dunmore was elected unopposed to the District Council in May.\n"
    )
    assert decisions_of(meeting) == []
