"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
twenty-eighth round of held-out fixtures (tests/minutes_fixtures/held_out_28), which the rules
before it missed somewhere (the rounds before it are in tests/test_importing_everyday_minutes.py
and tests/test_importing_everyday_minutes_22.py to tests/test_importing_everyday_minutes_27.py).
Each rule's test was run on the importer as it was before the rule and failed there. What
these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of, points_of

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


def test_approved_opening_a_paragraph_that_goes_on_is_the_meetings_decision():
    meeting = parse_meeting(RUNNERS_NOTES)
    assert decisions_of(meeting)[0].startswith("Approved.")
    assert len(decisions_of(meeting)) == 2


def test_approved_as_a_true_record_is_a_decision_as_agreed_as_a_true_record_is():
    meeting = parse_meeting(
        "1. Minutes\n\nApproved as a true record. The vests have arrived.\n\n2. Next meeting\n\n7 April.\n"
    )
    assert decisions_of(meeting) == ["Approved as a true record. The vests have arrived."]


COMMITTEE_MINUTES = (
    "Wexcombe County Council\nHealth Cabinet Committee\n\n"
    "12. Carers Strategy\n"
    "(1) Ms Pardoe introduced the report. Members made the following comments:\n"
    "• the waiting list for assessments was too long;\n"
    "• the figures should be shown by district.\n"
    "(2) RESOLVED that the strategy be noted.\n"
    "13. Day Services\n"
    "(1) Mr Okafor presented the review.\n"
    "(2) Mr Okafor undertook to circulate the list of centres, broken\n"
    "down by district, before the end of May.\n"
    "(3) RESOLVED that the review be noted.\n"
)


def test_a_bracketed_paragraph_number_before_a_resolution_ends_the_points_above_it():
    meeting = parse_meeting(COMMITTEE_MINUTES)
    assert points_of(meeting) == [
        "the waiting list for assessments was too long;",
        "the figures should be shown by district.",
    ]
    assert len(decisions_of(meeting)) == 2
    assert missing_sentences(COMMITTEE_MINUTES, meeting) == []


def test_an_undertaking_after_a_bracketed_paragraph_number_is_a_task():
    meeting = parse_meeting(COMMITTEE_MINUTES)
    assert [owner for _, owner in actions_of(meeting)] == ["Mr Okafor"]


def test_a_resolution_under_a_bracketed_paragraph_number_leads_in_to_its_lettered_parts():
    meeting = parse_meeting(
        "14. Home Care Contracts\n"
        "(1) Ms Pardoe introduced the report.\n"
        "(2) RESOLVED that the Committee endorse the proposed decision to:\n"
        "(a) extend the contracts for a year; and\n"
        "(b) delegate the final terms to the Director.\n"
    )
    assert decisions_of(meeting) == [
        "(2) RESOLVED that the Committee endorse the proposed decision to: (a) extend the "
        "contracts for a year; and",
        "(b) delegate the final terms to the Director.",
    ]


def test_a_task_after_a_semicolon_closing_a_bare_agreed_is_a_decision_and_a_task():
    text = (
        "1. Visits\n\nAgreed that the next visit will look at reading in Year 7; PD and LM to "
        "arrange a date with the Head.\n\n2. Next meeting\n\n7 April.\n"
    )
    meeting = parse_meeting(text)
    assert decisions_of(meeting) == ["Agreed that the next visit will look at reading in Year 7;"]
    assert actions_of(meeting) == [("PD and LM to arrange a date with the Head.", "PD and LM")]
    assert missing_sentences(text, meeting) == []


def test_an_office_named_by_two_things_joined_with_and_takes_a_task():
    meeting = parse_meeting(
        "1. Parks\n\nThe benches are worn.\n\n"
        "Parks and Open Spaces Officer to order four new benches.\n\n2. Next meeting\n\n7 April.\n"
    )
    assert actions_of(meeting) == [
        (
            "Parks and Open Spaces Officer to order four new benches.",
            "Parks and Open Spaces Officer",
        )
    ]


# --- What these rules must not do -----------------------------------------------------------------


def test_a_label_for_discussion_after_other_words_still_leads_in_to_nothing():
    meeting = parse_meeting(
        "1. Hall\n\nThe hall is booked. Items for discussion:\n\n- the car park\n- the bar rota\n"
    )
    assert points_of(meeting) == []


def test_approved_alone_on_its_line_under_the_minutes_stays_as_read():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n2. Minutes\nApproved.\n3. Next meeting\n7 April.\n"
    )
    assert decisions_of(meeting) == []


def test_approved_opening_a_paragraph_under_another_item_is_no_decision():
    meeting = parse_meeting(
        "1. Grants\n\nThe county's grant application was sent in March.\n\n"
        "Approved. The money arrived in June.\n\n2. Next meeting\n\n7 April.\n"
    )
    assert decisions_of(meeting) == []


def test_lettered_points_after_a_lead_in_are_still_points():
    meeting = parse_meeting(
        "1. Parks\n(1) Members made the following comments:\n"
        "(a) the benches were worn;\n(b) the bins were full.\n"
    )
    assert points_of(meeting) == ["(a) the benches were worn;", "(b) the bins were full."]


def test_numbered_points_after_a_lead_in_stay_points_where_one_tells_of_a_decision():
    meeting = parse_meeting(
        "1. Parks\nMembers raised the following points:\n"
        "(1) The Board approved the tree strategy in 2024 but nothing was planted;\n"
        "(2) The benches were worn.\n2. Next meeting\n7 April.\n"
    )
    assert len(points_of(meeting)) == 2
    assert decisions_of(meeting) == []


def test_numbered_parts_in_one_paragraph_are_still_decisions_of_their_own():
    meeting = parse_meeting(
        "1. Budget\n\nThe Clerk presented the budget.\n\n"
        "RESOLVED (i) to approve the budget; (ii) to set the precept.\n"
    )
    assert decisions_of(meeting) == [
        "RESOLVED (i) to approve the budget;",
        "(ii) to set the precept.",
    ]


def test_a_task_inside_a_resolution_is_still_no_task_of_its_own():
    meeting = parse_meeting(
        "1. Fete\n\nRESOLVED: to accept the quote from Greenfold; Clerk to place the order.\n"
    )
    assert actions_of(meeting) == []


def test_the_body_or_its_members_after_a_bare_agreed_are_its_terms_not_a_task():
    meeting = parse_meeting(
        "1. Fees\n\nAgreed that the subscription rise to £20; Members to pay by 1 May.\n\n"
        "2. Hall\n\nAgreed that the hall be repainted; Committee to meet again in June.\n"
    )
    assert actions_of(meeting) == []
    assert decisions_of(meeting) == [
        "Agreed that the subscription rise to £20; Members to pay by 1 May.",
        "Agreed that the hall be repainted; Committee to meet again in June.",
    ]


def test_two_owners_joined_with_and_are_still_both_owners():
    meeting = parse_meeting("1. Town centre\n\nChair and BID Manager to meet the traders.\n")
    assert actions_of(meeting) == [
        ("Chair and BID Manager to meet the traders.", "Chair and BID Manager")
    ]


def test_a_word_before_and_and_an_office_is_no_office_of_two_things():
    meeting = parse_meeting(
        "1. Hedges\n\nThe hedge is overgrown.\n\nNoted and Clerk to write to the owner.\n"
    )
    assert actions_of(meeting) == []
