"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
thirty-second round of held-out fixtures (tests/minutes_fixtures/held_out_32), read by a
society's council, a society's annual general meeting and a parents' voices partnership (the
round's other shapes are in tests/test_importing_everyday_minutes_32b.py). Each rule's test was
run on the importer as it was before the rule and failed there. What these rules must not do is
at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import decisions_of

# --- The thirty-second round ----------------------------------------------------------------------

SOCIETY_COUNCIL = (
    "1 – Apologies\nNone.\n\n"
    "2 – Treasurer's report\n"
    "Mr Pennock presented the accounts to 30 September. The general fund stood at £4,210.\n"
    "Costs had risen, and he expected a small deficit next year. Council noted the accounts.\n\n"
    "Mrs Dale asked whether the reserve could be spent on talks. Mr Pennock said it could not.\n\n"
    "3 – Date of next meeting\n9 March.\n"
)


def test_a_society_council_noting_a_paper_at_the_end_of_a_paragraph_is_a_decision():
    meeting = parse_meeting(SOCIETY_COUNCIL)
    assert decisions_of(meeting) == ["Council noted the accounts."]
    assert missing_sentences(SOCIETY_COUNCIL, meeting) == []


SOCIETY_AGM = (
    "1.  APOLOGIES\nNone.\n\n"
    "2.  CHANGES TO THE RULES\n"
    "The Secretary said the changes had been sent out with the notice of the meeting. A\n"
    "special resolution needs two-thirds of those voting. On a show of hands in the hall and a\n"
    "count of the postal and online votes (52 for, 4 against, 1 abstention), the meeting\n"
    "RESOLVED by special resolution:\n"
    "(a) that rule 6 be amended to allow the committee to co-opt two members;\n"
    "(b) that rule 11 be amended to allow accounts to be sent by email.\n\n"
    "3.  ANY OTHER BUSINESS\nNone.\n"
)


def test_a_resolution_after_a_vote_count_leads_in_to_its_lettered_parts():
    meeting = parse_meeting(SOCIETY_AGM)
    decisions = decisions_of(meeting)
    assert len(decisions) == 2
    assert decisions[0].startswith("On a show of hands")
    assert decisions[1].startswith("(b) that rule 11")
    assert missing_sentences(SOCIETY_AGM, meeting) == []


VOICES_PARTNERSHIP = (
    "1.  Welcome\nThe chair welcomed everyone.\n\n"
    "2.  Notes of the last meeting\n"
    "The partnership agreed the notes of the meeting on 3 June as a true record.\n\n"
    "3.  Infant feeding\n"
    "Priya reported on the breastfeeding peer supporters. Numbers had doubled since May.\n\n"
    "The partnership approved the feeding leaflet, with the changes suggested.\n\n"
    "4.  Date of next meeting\n4 December.\n"
)


def test_a_partnership_named_in_lower_case_deciding_is_a_decision():
    meeting = parse_meeting(VOICES_PARTNERSHIP)
    assert len(decisions_of(meeting)) == 2
    assert missing_sentences(VOICES_PARTNERSHIP, meeting) == []


# --- What these rules must not do -----------------------------------------------------------------


def test_a_society_council_noting_what_was_said_decides_nothing():
    text = SOCIETY_COUNCIL.replace(
        "Council noted the accounts.", "Council noted that the accounts were late."
    )
    assert decisions_of(parse_meeting(text)) == []


def test_another_council_noting_a_paper_decides_nothing():
    text = SOCIETY_COUNCIL.replace(
        "Council noted the accounts.", "Lower Brackley Parish Council noted the accounts."
    )
    assert decisions_of(parse_meeting(text)) == []


def test_a_long_closing_sentence_with_no_vote_count_leads_in_to_nothing_new():
    text = SOCIETY_AGM.replace(
        "(52 for, 4 against, 1 abstention)", "(held in the hall and the library annex together)"
    )
    meeting = parse_meeting(text)
    assert len(decisions_of(meeting)) == 1
    assert missing_sentences(text, meeting) == []


def test_another_partnership_deciding_decides_nothing():
    text = VOICES_PARTNERSHIP.replace(
        "The partnership approved the feeding leaflet",
        "The local maternity partnership's board approved the feeding leaflet",
    )
    assert len(decisions_of(parse_meeting(text))) == 1


def test_a_partnership_that_had_heard_something_decides_nothing():
    text = VOICES_PARTNERSHIP.replace(
        "The partnership approved the feeding leaflet, with the changes suggested.",
        "The partnership had heard at its March meeting that the leaflet was out of date.",
    )
    assert len(decisions_of(parse_meeting(text))) == 1


# --- Narrowed after a review ----------------------------------------------------------------------


def test_a_partnership_named_in_lower_case_after_other_words_is_another_partnership():
    text = VOICES_PARTNERSHIP.replace(
        "The partnership approved the feeding leaflet, with the changes suggested.",
        "The community safety partnership approved its plan in March.",
    )
    meeting = parse_meeting(text)
    assert decisions_of(meeting) == [
        "The partnership agreed the notes of the meeting on 3 June as a true record."
    ]
    assert missing_sentences(text, meeting) == []


def test_a_vote_count_after_the_decision_counts_in_a_long_sentence():
    text = SOCIETY_AGM.replace(
        "On a show of hands in the hall and a\n"
        "count of the postal and online votes (52 for, 4 against, 1 abstention), the meeting\n"
        "RESOLVED by special resolution:\n"
        "(a) that rule 6 be amended to allow the committee to co-opt two members;\n"
        "(b) that rule 11 be amended to allow accounts to be sent by email.\n",
        "Members agreed (7 for, 2 against) to accept the quote, and the Treasurer then\n"
        "gave the figures for the hall's running costs over the last five years, as follows:\n"
        "(a) heating £1,200\n"
        "(b) cleaning £800\n",
    )
    meeting = parse_meeting(text)
    decisions = decisions_of(meeting)
    assert len(decisions) == 1
    assert decisions[0].startswith("Members agreed (7 for, 2 against)")
    assert missing_sentences(text, meeting) == []


def test_the_partnership_itself_and_a_count_before_the_resolution_still_read():
    assert len(decisions_of(parse_meeting(VOICES_PARTNERSHIP))) == 2
    assert len(decisions_of(parse_meeting(SOCIETY_AGM))) == 2
    text = SOCIETY_AGM.replace("(52 for, 4 against, 1 abstention), the meeting", "it was (nem con)")
    assert len(decisions_of(parse_meeting(text))) == 2
