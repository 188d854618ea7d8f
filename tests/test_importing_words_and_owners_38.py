"""The importer on everyday minutes, each rule on a few lines of its own: four shapes of the
thirty-eighth round of held-out fixtures (tests/minutes_fixtures/held_out_38) that were read
with the right counts but the wrong words or the wrong owner. A club's "ACTION - Colin - book
the coach …", the label in capitals, the owner between two hyphens and the task after them; a
numbered paragraph's decision wrapped after the day of a date ("… with effect from 1" above
"December 2026."); a decision followed in its paragraph by what someone said ("The committee
agreed the notes. Valerie said that the leaflet had been printed."); and a register's line
naming one person and their office after a comma on the label's own line ("In attendance: Lt
(SCC) Dean Cartwell RNR, Commanding Officer (CO)", "Officers: Ms Naomi Stavelow, Scrutiny
Officer"). Each rule's test was run on the importer as it was before the rule and failed
there. What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of


def _read(text: str):
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


REGISTER = (
    "Rotary Club of Ashcombe Vale – Council meeting, 3 February 2027\n\n"
    "Present: Nigel Hartwood (President), Pauline Esterby (Secretary), Miles Garrow "
    "(Treasurer), Hugh Penmarric (Social)\n\n"
)


def _item(lines: str) -> str:
    return (
        f"{REGISTER}1. Spring social\n"
        "The spring social was discussed. The hotel had offered a lower price this year.\n"
        f"{lines}\n\n"
        "2. Date of next meeting\n"
        "Wednesday 3 March 2027.\n"
    )


# --- An owner between two dashes after the label ----------------------------------------------


def test_an_owner_between_two_hyphens_after_a_label_in_capitals_owns_the_task():
    meeting = _read(_item("ACTION - Hugh - book the function room at the Mill Hotel by 1 March."))
    assert actions_of(meeting) == [("book the function room at the Mill Hotel by 1 March.", "Hugh")]


def test_every_dash_and_every_case_of_the_label_read_the_same():
    for line in (
        "ACTION - Hugh - book the function room.",
        "Action – Hugh – book the function room.",
        "ACTION – Hugh – book the function room.",
        "Action - Hugh - book the function room.",
        "Action: Hugh - book the function room.",
    ):
        meeting = _read(_item(line))
        assert actions_of(meeting) == [("book the function room.", "Hugh")], line


def test_two_owners_an_office_or_initials_between_the_dashes_own_the_task():
    meeting = _read(
        _item(
            "Action: Hugh and Miles - print the tickets and sell them at the February meeting.\n\n"
            "ACTION – Social Secretary – confirm the menu with the hotel.\n\n"
            "ACTION – NH – write to the district governor – 20 February 2027"
        )
    )
    assert actions_of(meeting) == [
        ("print the tickets and sell them at the February meeting.", "Hugh and Miles"),
        ("confirm the menu with the hotel.", "Social Secretary"),
        ("write to the district governor – 20 February 2027", "NH"),
    ]


def test_an_owner_before_a_dash_is_not_read_on_to_a_to_later_in_the_task():
    meeting = _read(
        _item("Action: Miles - make the changes and send the final version to Pauline by 9 March.")
    )
    assert actions_of(meeting) == [
        ("make the changes and send the final version to Pauline by 9 March.", "Miles")
    ]


# --- A date wrapped after its day ---------------------------------------------------------------

TRUSTEES = (
    "Larkfield Carers' Trust – trustees' meeting, 12 January 2027\n\n"
    "Present: Joan Ellery (Chair), Martin Oakhurst, Ruth Pellingham\n\n"
    "1. WELCOME AND APOLOGIES\n"
    "1.1 The Chair welcomed everyone. There were no apologies.\n"
    "2. TRUSTEES\n"
    "2.1 The Chair reported that Mrs Tessa Rowland had asked to join the board and had met\n"
    "the treasurer.\n"
    "{line}\n"
    "2.3 The Chair asked all trustees to complete the skills audit before the next meeting.\n"
    "3. DATE OF NEXT MEETING\n"
    "3.1 Tuesday 9 March 2027.\n"
)


def test_a_numbered_decision_wrapped_after_the_day_of_a_date_goes_on_to_its_month():
    text = TRUSTEES.format(
        line="2.2 Trustees agreed to appoint Mrs Tessa Rowland as a trustee with effect from 1\n"
        "February 2027."
    )
    meeting = _read(text)
    assert decisions_of(meeting) == [
        "2.2 Trustees agreed to appoint Mrs Tessa Rowland as a trustee with effect from 1 "
        "February 2027."
    ]


def test_a_short_numbered_line_wrapped_after_a_figure_goes_on_to_its_million():
    text = TRUSTEES.format(
        line="2.2 Trustees agreed to bid for £2\nmillion from the county's fund."
    )
    meeting = _read(text)
    assert decisions_of(meeting) == [
        "2.2 Trustees agreed to bid for £2 million from the county's fund."
    ]


# --- A decision ends at its sentence when someone then reports ----------------------------------

SCHEME = (
    "Marsh End Good Neighbours – committee notes, 8 October 2026\n\n"
    "Present: Hilary Dunmore (Chair), Keith Brassey (Coordinator), Sandra Tolley\n\n"
    "1. Notes of the last meeting\n"
    "{paragraph}\n\n"
    "2. Drivers\n"
    "Keith reported that two new drivers had joined.\n"
)


def test_a_decision_ends_at_its_sentence_where_a_person_then_reports():
    text = SCHEME.format(
        paragraph="The committee agreed the notes of the meeting on 10 September. Keith said "
        "that the new posters were up in the library and the post office."
    )
    meeting = _read(text)
    assert decisions_of(meeting) == [
        "The committee agreed the notes of the meeting on 10 September."
    ]
    blocks = [b.text for s in meeting.items[0].sections for b in s.blocks]
    assert blocks[-1] == (
        "Keith said that the new posters were up in the library and the post office."
    )


def test_an_office_or_a_title_and_name_reporting_also_ends_the_decision():
    for speaker in ("The Chair", "Mrs Tolley", "Sandra Tolley"):
        text = SCHEME.format(
            paragraph="The committee agreed to buy a second wheelchair for £180. "
            f"{speaker} reported that the old one needed new tyres."
        )
        meeting = _read(text)
        assert decisions_of(meeting) == [
            "The committee agreed to buy a second wheelchair for £180."
        ], speaker


# --- One person and their office on the label's own line --------------------------------------

COMMITTEE = (
    "Ferrybridge Sea Cadets – unit management committee, 14 January 2027\n\n"
    "Present: Alan Treddle (Chair), Mary Ostwick (Secretary), Peter Lanyon (Treasurer)\n"
    "{line}\n"
    "Apologies: Ken Harlow\n\n"
    "1. Minutes\n"
    "The minutes of 12 November were agreed.\n\n"
    "2. Date of next meeting\n"
    "Tuesday 11 March 2027.\n"
)


def test_a_name_then_an_office_with_its_letters_under_in_attendance_is_one_person():
    meeting = _read(
        COMMITTEE.format(line="In attendance: Lt (SCC) Rhys Penhallow RNR, Commanding Officer (CO)")
    )
    register = meeting.register
    assert register.in_attendance == ["Lt Rhys Penhallow RNR"]
    assert register.roles["commanding officer, co"] == "Lt Rhys Penhallow RNR"
    assert "Commanding Officer" not in meeting.people


def test_a_name_then_an_office_on_the_officers_line_is_one_person():
    meeting = _read(COMMITTEE.format(line="Officers:  Mr Dylan Croft, Democratic Services Officer"))
    assert meeting.register.in_attendance == ["Mr Dylan Croft"]
    assert meeting.register.roles["democratic services officer"] == "Mr Dylan Croft"


def test_an_office_with_its_letters_one_a_line_is_one_person_too():
    text = COMMITTEE.format(
        line="In attendance:\nJo Kerr, Asst. Clerk\nLt Ian Vosper, Unit Officer (UO)"
    )
    meeting = _read(text)
    assert meeting.register.in_attendance == ["Jo Kerr", "Lt Ian Vosper"]
    assert meeting.register.roles["unit officer, uo"] == "Lt Ian Vosper"


# --- What these rules must not do ----------------------------------------------------------------


def test_a_topic_between_dashes_is_no_owner():
    meeting = _read(_item("Action - Website - update the events page with the new date."))
    assert actions_of(meeting) == [("Website - update the events page with the new date.", "")]


def test_a_label_then_an_owner_to_do_something_is_read_as_before():
    meeting = _read(_item("Action: Hugh to book the function room."))
    assert actions_of(meeting) == [("Hugh to book the function room.", "Hugh")]
    meeting = _read(_item("Action – Room – to be booked by Hugh."))
    assert [owner for _, owner in actions_of(meeting)] == [""]


def test_a_names_first_list_of_jobs_still_keeps_its_names():
    meeting = _read(_item("Jobs agreed:\nHugh - tickets and the raffle\nMiles - the float"))
    assert actions_of(meeting) == [
        ("Hugh - tickets and the raffle", "Hugh"),
        ("Miles - the float", "Miles"),
    ]


def test_a_numbered_paragraph_wrapped_before_a_word_in_lower_case_still_goes_on():
    text = TRUSTEES.format(
        line="2.2 Trustees agreed to bid for a share of the county's fund of £2\n"
        "million for carers' breaks."
    )
    meeting = _read(text)
    assert decisions_of(meeting) == [
        "2.2 Trustees agreed to bid for a share of the county's fund of £2 million for "
        "carers' breaks."
    ]


def test_a_numbered_paragraph_ending_in_a_number_before_a_new_sentence_still_ends():
    text = TRUSTEES.format(
        line="2.2 Trustees agreed to appoint two trustees, bringing the board to 11\n"
        "The Chair thanked everyone for coming."
    )
    meeting = _read(text)
    assert decisions_of(meeting) == [
        "2.2 Trustees agreed to appoint two trustees, bringing the board to 11"
    ]


def test_a_numbered_title_ending_in_a_number_above_a_month_s_report_still_stands():
    meeting = _read(
        "Larkfield Carers' Trust – trustees' meeting\n\n"
        "1. Apologies\nNone.\n\n"
        "2. Accounts 4\nMarch accounts were noted.\n\n"
        "3. Close\nThe meeting closed.\n"
    )
    assert [i.title for i in meeting.items] == ["Apologies", "Accounts 4", "Close"]
    meeting = _read(
        "Larkfield Carers' Trust – trustees' meeting\n\n"
        "1. Apologies\nNone.\n\n"
        "2. Report 4\nMay brought more referrals than April.\n\n"
        "3. Close\nThe meeting closed.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Report 4"),
        ("3", "Close"),
    ]


def test_a_decision_goes_on_into_what_the_body_or_its_members_then_say():
    for after in (
        "Members asked that the next report show the trend over three years.",
        "The committee noted that the posters were up.",
        "It was agreed that Keith would put them up.",
        "Keith to put up the posters.",
    ):
        text = SCHEME.format(paragraph=f"The committee agreed the notes of 10 September. {after}")
        meeting = _read(text)
        assert decisions_of(meeting)[0].startswith("The committee agreed the notes"), after
        assert "The committee agreed the notes of 10 September." not in [
            b.text for s in meeting.items[0].sections for b in s.blocks
        ]
    text = SCHEME.format(
        paragraph="The committee agreed the notes of 10 September. Members asked that the next "
        "report show the trend."
    )
    assert decisions_of(_read(text)) == [
        "The committee agreed the notes of 10 September. Members asked that the next report "
        "show the trend."
    ]


def test_a_report_before_a_decision_is_still_the_minutes_text():
    text = SCHEME.format(
        paragraph="Keith said that the posters were up. The committee agreed the notes of 10 "
        "September."
    )
    meeting = _read(text)
    assert decisions_of(meeting) == ["The committee agreed the notes of 10 September."]


def test_a_list_of_several_names_with_an_office_at_the_end_is_read_as_before():
    meeting = _read(COMMITTEE.format(line="In attendance: Ann Bell, Tom Hay, Unit Officer"))
    assert meeting.register.in_attendance == ["Ann Bell", "Tom Hay", "Unit Officer"]


def test_a_name_and_a_bare_office_on_the_label_line_is_read_as_before():
    meeting = _read(COMMITTEE.format(line="In attendance: Ann Bell, Clerk"))
    assert meeting.register.in_attendance == ["Ann Bell", "Clerk"]


def test_all_between_the_dashes_owns_the_task_as_after_a_label():
    # "Action: All to read …" gives the task to all; so does "ACTION - All - read …"
    for line in ("ACTION - All - read the new policy.", "Action – All – read the new policy."):
        meeting = _read(_item(line))
        assert actions_of(meeting) == [("read the new policy.", "All")], line


def test_an_owner_before_a_dash_then_to_keeps_no_dash():
    meeting = _read(_item("Action: Miles - to write to the hotel."))
    assert [owner for _, owner in actions_of(meeting)] == ["Miles"]
