"""The importer on everyday minutes, each rule on a few lines of its own: two shapes of the
thirty-ninth round of held-out fixtures (tests/minutes_fixtures/held_out_39). A police and
crime commissioner's board gives a task to a chief officer's deputy by rank and surname, as a
force names its officers ("Deputy Chief Constable Fennick will send the Commissioner …"), or
by the rank alone ("The Assistant Chief Constable will arrange …"): the officer owns it, as
"The Chief Constable undertook to provide …" already did. A village show committee's minutes
record an offer made on a condition still open ("Wendy offered to run the plant stall again
if someone else took over the raffle"): no one has taken a task on until the condition is
met, and the clerk's own list of action points leaves it out. Each rule's test was run on
the importer as it was before the rule and failed there. What these rules must not do is at
the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of

# --- The thirty-ninth round ----------------------------------------------------------------------

BOARD = (
    "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR MARLSHIRE\n\n"
    "Performance and Scrutiny Board – 3 March 2027\n\n"
    "Present:\n"
    "  Mr Owen Larkworthy   Police and Crime Commissioner (Chair)\n"
    "  Chief Constable Ruth Amberley\n"
    "  Deputy Chief Constable Idris Fennick\n"
    "  ACC Tom Selbourne    Assistant Chief Constable\n\n"
    "1. Apologies\n"
    "None.\n\n"
    "2. Custody inspection\n"
    "{sentence}\n\n"
    "3. Date of next meeting\n"
    "Tuesday 6 April 2027.\n"
)


def _read(text: str):
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


def _board(sentence: str):
    return _read(BOARD.format(sentence=sentence))


def test_a_deputy_chief_constable_named_by_rank_and_surname_owns_the_task():
    meeting = _board(
        "The Deputy Chief Constable reported on the custody inspection. Two of the four areas "
        "for improvement were complete.\n"
        "Deputy Chief Constable Fennick will send the Commissioner the custody audit by the "
        "end of April."
    )
    assert actions_of(meeting) == [
        (
            "Deputy Chief Constable Fennick will send the Commissioner the custody audit by "
            "the end of April.",
            "Deputy Chief Constable Fennick",
        )
    ]


def test_an_assistant_chief_constable_named_by_rank_alone_owns_the_task():
    meeting = _board(
        "The Commissioner asked about the rural patrols.\n"
        "The Assistant Chief Constable will arrange a briefing for the rural parishes."
    )
    assert actions_of(meeting) == [
        (
            "The Assistant Chief Constable will arrange a briefing for the rural parishes.",
            "Assistant Chief Constable",
        )
    ]


SHOW = (
    "Minutes of the Ashcombe Flower Show Committee, 9 February 2027\n\n"
    "Present: Gail Pennard (Chair), Wendy Harcastle, Colin Brabazon, Nina Ottery\n\n"
    "1. Apologies\n"
    "None.\n\n"
    "2. Stalls\n"
    "Gail said that eighteen stalls had been booked. {sentence}\n\n"
    "3. Date of next meeting\n"
    "Thursday 11 March 2027.\n"
)


def _show(sentence: str):
    return _read(SHOW.format(sentence=sentence))


def test_an_offer_on_a_condition_still_open_is_no_task():
    for sentence in (
        "Wendy offered to run the plant stall again if someone else took over the raffle.",
        "Colin offered to run the gate if needed.",
        "Nina volunteered to do the teas, as long as the hall kitchen was free.",
    ):
        assert actions_of(_show(sentence)) == [], sentence


# --- What these rules must not do ----------------------------------------------------------------


def test_reported_speech_and_status_of_a_deputy_chief_constable_are_no_task():
    for sentence in (
        "The Deputy Chief Constable said she would send the audit when it was finished.",
        "The Deputy Chief Constable has met the custody staff and a note has been circulated.",
        "Deputy Chief Constable Fennick will retire in the summer.",
        "The Deputy Chief Constable reminded the Board that the inspectors would visit in May.",
    ):
        assert actions_of(_board(sentence)) == [], sentence


def test_a_plain_offer_is_still_a_task():
    meeting = _show("Wendy offered to run the plant stall again.")
    assert actions_of(meeting) == [("Wendy offered to run the plant stall again.", "Wendy")]


def test_an_offer_to_ask_whether_something_can_be_done_is_still_a_task():
    # "if" after "ask" is the question she will put, no condition on her offer
    sentence = "Wendy offered to ask the school if it could lend its trestle tables."
    assert actions_of(_show(sentence)) == [(sentence, "Wendy")]


def test_a_task_taken_on_with_a_condition_is_still_a_task():
    # "will … if" is her word given, the condition only when she does it
    sentence = "Wendy will put the marquee up on the Friday if the weather is dry."
    assert actions_of(_show(sentence)) == [(sentence, "Wendy")]


def test_an_offer_made_if_possible_by_a_date_is_still_a_task():
    # "if possible" softens when she does it; nothing is left open
    for sentence in (
        "Wendy offered to email the schedule to members, if possible by Friday.",
        "Wendy offered to put the posters up where possible before Easter.",
    ):
        assert actions_of(_show(sentence)) == [(sentence, "Wendy")], sentence


def test_an_offer_whose_later_step_waits_on_a_condition_is_still_a_task():
    # she is to ring the band now; only the booking waits on their answer
    sentence = "Wendy offered to ring the band and, if they were free, book them for July."
    assert actions_of(_show(sentence)) == [(sentence, "Wendy")]
