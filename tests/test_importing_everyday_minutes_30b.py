"""The importer on everyday minutes, each rule on a few lines of its own: more shapes of the
thirtieth round of held-out fixtures (tests/minutes_fixtures/held_out_30), which the rules
before it missed somewhere (the rounds before it are in tests/test_importing_everyday_minutes.py
and tests/test_importing_everyday_minutes_22.py to tests/test_importing_everyday_minutes_29.py).
Each rule's test was run on the importer as it was before the rule and failed there. What these
rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of

# --- The thirtieth round -------------------------------------------------------------------------

LETTERED_RUN = (
    "Present: Cllrs Ames, Bold and Cray\n\n"
    "P141  APOLOGIES\nNone.\n\n"
    "P142  MINUTES\nRESOLVED that the minutes of 3 May be signed.\n\n"
    "P143  PLANNING\nThe Council considered:\n\n"
    "  TP/26/0411  Garage conversion, 2 Mill Row\n"
    "  TP/26/0420  New porch, 9 Ash Lane\n\n"
    "RESOLVED to make no objection to either.\n\n"
    "P 144  CORRESPONDENCE\nNone.\n\n"
    "P145  NEXT MEETING\n6 June.\n"
)


def test_minutes_numbered_by_a_letter_and_a_running_number_are_items():
    meeting = parse_meeting(LETTERED_RUN)
    assert [item.number for item in meeting.items] == ["P141", "P142", "P143", "P 144", "P145"]
    assert len(decisions_of(meeting)) == 2
    assert missing_sentences(LETTERED_RUN, meeting) == []


REPEATED_NUMBER = (
    "1. Apologies\nNone.\n\n"
    "2. Kit\nThe new shirts have come.\n\n"
    "2. Fixtures\nThe league has sent the list.\n\n"
    "4. Next meeting\n6 June.\n"
)


def test_a_number_typed_twice_where_the_next_is_missing_is_two_items():
    meeting = parse_meeting(REPEATED_NUMBER)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Kit"),
        ("3", "Fixtures"),
        ("4", "Next meeting"),
    ]
    # given the number missing, so that the meeting can hold both, and the clerk told
    assert any("Item 3 is numbered 2 in the minutes" in w for w in meeting.warnings)
    assert not any("not numbered" in w for w in meeting.warnings)
    assert missing_sentences(REPEATED_NUMBER, meeting) == []


def test_someone_who_will_do_something_by_a_short_form_of_their_name_has_the_task():
    meeting = parse_meeting(
        "Present: Samantha Pryor (Secretary), Tom Hay\n\n"
        "1. Apologies\nNone.\n\n2. Fete\nThe stalls are booked.\n"
        "Sammy will send the rota round by Friday.\n"
    )
    assert actions_of(meeting) == [("Sammy will send the rota round by Friday.", "Sammy")]


def test_a_board_listed_under_its_own_name_is_present():
    meeting = parse_meeting(
        "Board: Ann Bell (Chair, AB), Samantha Pryor (Secretary)\n"
        "Also present: Tom Hay (club liaison)\n\n"
        "1. Apologies\nNone.\n\n2. Fete\nThe stalls are booked.\n"
    )
    assert meeting.register.present == ["Ann Bell", "Samantha Pryor"]
    assert meeting.register.in_attendance == ["Tom Hay"]


def test_an_office_the_register_gives_someone_is_given_the_task():
    meeting = parse_meeting(
        "Present: Ann Bell (Captain, AB), Tom Hay (Treasurer)\n\n"
        "1. Apologies\nNone.\n\n2. Captain's report\n"
        "Ann reported a good season. Captain to draw up the winter rota by December.\n"
    )
    assert actions_of(meeting) == [("Captain to draw up the winter rota by December.", "Captain")]


# --- What these rules must not do ----------------------------------------------------------------


def test_a_road_number_opening_a_line_is_no_item():
    text = (
        "1. Apologies\nNone.\n\n2. Highways\nThe works continue.\n"
        "A361 Bypass: the closure runs to May.\n"
        "B3227 Bridge: reopened.\n\n3. Next meeting\n6 June.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["1", "2", "3"]


def test_a_list_of_bus_routes_under_an_item_is_no_items():
    # numbered in order, more of them than the items, but none an agenda's usual title
    text = (
        "1. Apologies\nNone.\n\n2. Buses\nX12 Service to Bath is cut from May.\n"
        "X14 Service to Frome is kept.\nX31 Service to Wells changes.\n"
        "X39 Service to Yeovil is kept.\n\n3. Next meeting\n6 June.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["1", "2", "3"]


def test_a_road_number_opening_a_wrapped_line_carries_on_its_sentence():
    text = (
        "1. Apologies\nNone.\n\n2. Highways\nThe County Council has confirmed that the closure of the\n"
        "A361 Bypass will run until the end of May, and that the\n"
        "road will reopen on 6 June.\n\n3. Next meeting\n6 June.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["1", "2", "3"]
    assert actions_of(meeting) == []


def test_a_number_typed_twice_is_no_second_item_where_none_is_missing():
    text = REPEATED_NUMBER.replace("4. Next meeting", "3. Next meeting")
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["1", "2", "3"]
    assert missing_sentences(text, meeting) == []
    assert not any("is numbered" in warning for warning in meeting.warnings)


def test_a_name_sharing_only_its_first_letters_with_someone_present_is_no_one_of_the_meeting():
    meeting = parse_meeting(
        "Present: Samantha Pryor (Secretary), Tom Hay\n\n"
        "1. Apologies\nNone.\n\n2. Fete\nThe stalls are booked.\n"
        "Samson will bring the marquee.\n"
    )
    assert actions_of(meeting) == []


def test_a_name_of_its_own_a_letter_short_of_someone_presents_is_no_one_of_the_meeting():
    # Paul is not Paula, nor Eric Erica: a name, not a short form of the name
    meeting = parse_meeting(
        "Present: Paula Pryor (Secretary), Erica Hay\n\n"
        "1. Apologies\nNone.\n\n2. Fete\nThe stalls are booked.\n"
        "Paul will send the accounts by Friday. Eric will bring the marquee.\n"
    )
    assert actions_of(meeting) == []


def test_a_word_of_a_form_of_address_is_no_short_form_of_a_first_name():
    meeting = parse_meeting(
        "Present: Councillor Ann Pryor (Chair), Reverend Tom Hay\n\n"
        "1. Apologies\nNone.\n\n2. Verges\nThe verges are overgrown.\n"
        "Council will write to the county about the verges.\n"
    )
    assert actions_of(meeting) == []


def test_a_board_label_naming_the_board_itself_lists_no_one():
    meeting = parse_meeting(
        "Board: Trust Board\nPresent: Ann Bell, Tom Hay\n\n"
        "1. Apologies\nNone.\n\n2. Fete\nThe stalls are booked.\n"
    )
    assert meeting.register.present == ["Ann Bell", "Tom Hay"]


def test_a_board_label_naming_the_board_by_its_remit_or_letters_lists_no_one():
    for board in ("Board: Finance and Audit", "Board: NHS Somerset ICB"):
        meeting = parse_meeting(
            f"{board}\nPresent: Ann Bell, Tom Hay\n\n"
            "1. Apologies\nNone.\n\n2. Fete\nThe stalls are booked.\n"
        )
        assert meeting.register.present == ["Ann Bell", "Tom Hay"]


def test_a_group_the_register_names_in_brackets_is_given_no_task():
    meeting = parse_meeting(
        "Present: Ann Bell (Juniors), Tom Hay (Treasurer)\n\n"
        "1. Apologies\nNone.\n\n2. Regatta\n"
        "The regatta went well. Juniors to bring their own kit on Saturday.\n"
    )
    assert actions_of(meeting) == []


def test_how_someone_attends_or_the_body_they_come_from_in_brackets_is_no_office():
    meeting = parse_meeting(
        "Present: Ann Bell (Captain), Tom Hay (Resident), Sue Dale (Rowing Club)\n\n"
        "1. Apologies\nNone.\n\n2. Regatta\n"
        "The regatta went well. Resident to send photos of the flooding. Rowing Club to host "
        "the next regatta.\n"
    )
    assert actions_of(meeting) == []
