"""The importer on everyday minutes, each rule on a few lines of its own: shapes of the
thirty-seventh round of held-out fixtures (tests/minutes_fixtures/held_out_37), read by a
sports club whose secretary numbers each item with a hash ("#1 Welcome & apologies", "#2 Last
meeting's minutes"), and by a church's fabric committee whose items are lettered a) to j),
each title on a line of its own after a blank line, with a cross-reference "(see d) below)" in
the text and a numbered list of works inside an item. Each rule's test was run on the importer
as it was before the rule and failed there. What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, points_of

# --- The thirty-seventh round ----------------------------------------------------------------------

HASHED = (
    "HOLMSBY ROWING CLUB\n"
    "Committee notes, 3rd March 2027\n"
    "\n"
    "Present: Jan Tredwell (Chair), Ollie Farnaby (Sec), Rita Mowle\n"
    "\n"
    "#1 Welcome & apologies\n"
    "Jan welcomed everyone. No apologies.\n"
    "\n"
    "#2 Boathouse repairs\n"
    "Rita said the slipway is cracked again.\n"
    "Views round the table:\n"
    "- the crack is getting wider every week\n"
    "- we should get a builder in before the spring regatta\n"
    "* juniors should not launch from it till it is fixed\n"
    "\n"
    "#3 Treasurer's report\n"
    "The club has £2,140 in the bank and the subs are mostly in.\n"
    "\n"
    "#4 Next meeting\n"
    "Wed 7th April 2027, 8pm, at the boathouse.\n"
)


def test_items_numbered_with_a_hash_before_the_number_are_read():
    meeting = parse_meeting(HASHED)
    assert [item.number for item in meeting.items] == ["1", "2", "3", "4"]
    assert meeting.items[2].title == "Treasurer's report"
    assert missing_sentences(HASHED, meeting) == []


def test_points_under_an_item_numbered_with_a_hash_are_read():
    meeting = parse_meeting(HASHED)
    assert len(meeting.items[1].points) == 3
    assert len(points_of(meeting)) == 3
    assert missing_sentences(HASHED, meeting) == []


LETTERED = (
    "St Aldric's Church, Wemborough\n"
    "PCC Buildings Committee\n"
    "\n"
    "Present: Hugh Penmarrow (Churchwarden, in the chair), Lois Carvanne, Revd Sam Ettridge\n"
    "\n"
    "a) Opening prayer and apologies\n"
    "\n"
    "The Vicar opened with a prayer. Lois had sent a note on the reserves (see c)\n"
    "below).\n"
    "\n"
    "b) Architect's report\n"
    "\n"
    "Hugh summarised the architect's report. She listed the works in order:\n"
    "\n"
    "   1. Urgent: repair the tower parapet; clear the gutters.\n"
    "   2. Within two years: repoint the porch.\n"
    "\n"
    "The committee agreed the order of the works.\n"
    "\n"
    "c) Tower parapet\n"
    "\n"
    "Two firms had quoted for the parapet.\n"
    "\n"
    "Hugh to put the lower quote to the PCC on 9 March.\n"
    "\n"
    "d) Safety\n"
    "\n"
    "Lois will book the fire extinguisher service for April.\n"
    "\n"
    "e) Date of next meeting\n"
    "\n"
    "Tuesday 4 May 2027 at 7pm.\n"
)


def test_items_lettered_with_a_closing_bracket_on_lines_of_their_own_are_read():
    meeting = parse_meeting(LETTERED)
    assert [item.number for item in meeting.items] == ["a", "b", "c", "d", "e"]
    assert meeting.items[2].title == "Tower parapet"
    assert missing_sentences(LETTERED, meeting) == []


def test_tasks_under_lettered_items_are_each_their_items():
    meeting = parse_meeting(LETTERED)
    assert [owner for _, owner in actions_of(meeting)] == ["Hugh", "Lois"]
    assert [len(item.actions) for item in meeting.items] == [0, 0, 1, 1, 0]
    assert missing_sentences(LETTERED, meeting) == []


# --- What these rules must not do ------------------------------------------------------------------


def test_a_hash_inside_text_or_a_hashtag_is_no_item():
    text = (
        "1. Welcome\n"
        "The Chair welcomed members.\n"
        "\n"
        "2. Publicity\n"
        "Posts tagged\n"
        "#HolmsbyRowing reached 900 people, and the juniors are\n"
        "#1 in the league table after the winter head.\n"
        "\n"
        "3. Next meeting\n"
        "Wed 7th April 2027.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["1", "2", "3"]
    assert missing_sentences(text, meeting) == []


def test_lettered_parts_of_numbered_items_are_no_items():
    text = (
        "1. Finance\n"
        "\n"
        "a) Budget\n"
        "\n"
        "The Treasurer presented the budget.\n"
        "\n"
        "b) Reserves\n"
        "\n"
        "The reserves stand at £4,000.\n"
        "\n"
        "c) Grants\n"
        "\n"
        "Two grants were received.\n"
        "\n"
        "d) Insurance\n"
        "\n"
        "The renewal is due in May.\n"
        "\n"
        "2. Hall\n"
        "\n"
        "a) Roof\n"
        "\n"
        "The roof was repaired.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["1", "2"]
    assert missing_sentences(text, meeting) == []


def test_a_lettered_list_inside_an_item_is_no_items():
    text = (
        "Fabric\n"
        "\n"
        "The architect listed the works:\n"
        "\n"
        "a) Repair the tower parapet\n"
        "\n"
        "b) Clear the gutters\n"
        "\n"
        "c) Repoint the porch\n"
        "\n"
        "The committee agreed the order of the works.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items if item.number] == []
    assert missing_sentences(text, meeting) == []


def test_a_lettered_resolution_is_no_items():
    text = (
        "1. Apologies\n"
        "None.\n"
        "\n"
        "2. Budget\n"
        "RESOLVED: That\n"
        "\n"
        "a) The precept be £40,000\n"
        "\n"
        "b) The reserves be kept at £10,000\n"
        "\n"
        "c) The Clerk's salary be reviewed\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["1", "2"]
    assert len(meeting.items[1].decisions) >= 1
    assert missing_sentences(text, meeting) == []


# --- Narrowed after a review -----------------------------------------------------------------------


def test_a_lettered_list_of_options_in_unnumbered_minutes_is_no_items():
    text = (
        "Church Hall Committee\n"
        "\n"
        "Present: Ann Lowe, Bob Treen, Cy Pascoe\n"
        "\n"
        "Heating\n"
        "\n"
        "The boiler has failed and the options were weighed\n"
        "\n"
        "a) Replace the boiler\n"
        "\n"
        "b) Repair it\n"
        "\n"
        "c) Do nothing\n"
        "\n"
        "It was agreed to replace it. Bob will get quotes.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items if item.number] == []
    assert missing_sentences(text, meeting) == []


def test_a_list_of_tasks_numbered_with_a_hash_is_no_items():
    text = (
        "Club meeting\n"
        "\n"
        "Present: Jo Hart, Al Vine\n"
        "\n"
        "Kit was discussed.\n"
        "\n"
        "#1 Order new shirts\n"
        "#2 Chase the sponsor\n"
        "#3 Book the minibus\n"
        "\n"
        "Meeting closed at 9pm.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items if item.number] == []
    assert missing_sentences(text, meeting) == []
