"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
twenty-ninth round of held-out fixtures (tests/minutes_fixtures/held_out_29), which the rules
before it missed somewhere (the rounds before it are in tests/test_importing_everyday_minutes.py
and tests/test_importing_everyday_minutes_22.py to tests/test_importing_everyday_minutes_28b.py).
Each rule's test was run on the importer as it was before the rule and failed there. What these
rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of

# --- The twenty-ninth round -----------------------------------------------------------------------

CLUB = (
    "Present: Ann, Bob, Cath\n\n"
    "MINUTES OF LAST MEETING\n"
    "The minutes of 14 September were read. Agreed as a true record and signed.\n\n"
    "MATTERS ARISING\nNone.\n\n"
    "TREASURER\nBalance £400.\n\n"
    "SOCIAL\nChristmas lunch on Friday 11 December at the Mill – Cath will send round the menu.\n"
)


def test_agreed_as_a_true_record_after_an_earlier_sentence_is_a_decision():
    meeting = parse_meeting(CLUB)
    assert decisions_of(meeting) == ["Agreed as a true record and signed."]
    assert missing_sentences(CLUB, meeting) == []


def test_someone_who_will_do_something_after_a_dash_has_the_task():
    meeting = parse_meeting(CLUB)
    assert actions_of(meeting) == [
        (
            "Christmas lunch on Friday 11 December at the Mill – Cath will send round the menu.",
            "Cath",
        )
    ]


def test_an_officer_who_will_do_something_after_a_dash_has_the_task():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Bins\n"
        "The bins were late again – the Clerk will write to the contractor.\n"
    )
    assert [owner for _, owner in actions_of(meeting)] == ["Clerk"]


def test_minutes_agreed_opening_a_paragraph_is_a_decision():
    meeting = parse_meeting(
        "1. Minutes and actions\nMinutes agreed. The new bibs have arrived.\n\n"
        "2. Next meeting\n19 January.\n"
    )
    assert len(decisions_of(meeting)) == 1


# --- What these rules must not do ----------------------------------------------------------------


def test_a_true_record_agreed_by_another_body_after_an_earlier_sentence_decides_nothing():
    text = CLUB.replace(
        "Agreed as a true record and signed.",
        "The league's minutes were agreed as a true record by its board.",
    )
    assert decisions_of(parse_meeting(text)) == []


def test_something_that_will_happen_after_a_dash_is_no_task():
    text = CLUB.replace("Cath will send round the menu.", "the Mill will be decorated.")
    assert actions_of(parse_meeting(text)) == []


def test_minutes_of_another_body_agreed_later_decide_nothing():
    meeting = parse_meeting(
        "1. Minutes and actions\nThe league's minutes were agreed at its AGM.\n\n"
        "2. Next meeting\n19 January.\n"
    )
    assert decisions_of(meeting) == []


def test_a_figure_confirmed_as_correct_after_an_earlier_sentence_decides_nothing():
    # ("Confirmed" and "Accepted" are the meeting's word only on a record, as opening a paragraph)
    meeting = parse_meeting(
        "1. Finance\nThe balance is £412. Confirmed as correct.\n\n"
        "2. Hall\nThe hall fee is £20 an hour. Accepted as accurate.\n"
    )
    assert decisions_of(meeting) == []


def test_something_approved_as_correct_by_another_after_an_earlier_sentence_decides_nothing():
    meeting = parse_meeting(
        "1. Accounts\nThe accounts were examined. Approved as correct by the auditor in March.\n\n"
        "2. Youth section\nTheir notes were received. Agreed as a true record by the section.\n"
    )
    assert decisions_of(meeting) == []


def test_a_record_agreed_and_signed_by_the_chair_after_an_earlier_sentence_is_a_decision():
    meeting = parse_meeting(
        "1. Minutes\nThe minutes were read. Agreed as a true record and signed by the chairman.\n\n"
        "2. Accounts\nThe minutes were read. Approved as correct, proposed by Al, seconded by Di.\n\n"
        "3. AGM minutes\nThese were read. Agreed as a true record by the committee.\n"
    )
    assert len(decisions_of(meeting)) == 3


def test_minutes_agreed_under_another_bodys_report_decide_nothing():
    meeting = parse_meeting(
        "1. Village Hall Committee report\nMinutes agreed. New chairs have been bought.\n\n"
        "2. Youth club update\nNotes approved.\n"
    )
    assert decisions_of(meeting) == []
    welcome = parse_meeting("1. Welcome\nMinutes agreed. Sue sent apologies.\n")
    assert len(decisions_of(welcome)) == 1  # (under the meeting's own item, as before)


def test_an_undertaking_after_a_dash_leaves_one_opening_the_sentence_its_owner():
    # (the undertaking opening the sentence is the task, as before the rule)
    text = CLUB.replace(
        "Christmas lunch on Friday 11 December at the Mill – Cath will send round the menu.",
        "The Secretary will book the Mill – Cath will send round the menu.",
    )
    assert [owner for _, owner in actions_of(parse_meeting(text))] == ["Secretary"]
