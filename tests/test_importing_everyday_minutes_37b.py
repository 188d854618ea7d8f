"""The importer on everyday minutes, each rule on a few lines of its own: a shape of the
thirty-seventh round of held-out fixtures (tests/minutes_fixtures/held_out_37), read by a
village first responders' committee whose whole minutes are one Word table of four columns,
"No. | Discussion | Decision | Action": the number; the minute, its item's title run into
its first sentence before a full stop ("Welcome and apologies. Rachel welcomed …"), in
several paragraphs with a list of members' comments; the row's decision ("The committee
approved the minutes …"); and the row's task ("Rachel to write to …"), an empty column
holding "–". There is no Item column: each row is an item titled by the title run into its
Discussion cell. Each rule's test was run on the importer as it was before the rule and failed
there. What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.readers import read_upload
from tests.reading_helpers import actions_of, decisions_of, points_of, word_table

# --- The thirty-seventh round --------------------------------------------------------------------

HARBOUR = "Pellow Cove Harbour Users' Association – committee minutes, 19 January 2027"

FOUR_COLUMNS = ["No.", "Discussion", "Decision", "Action"]

ROWS = [
    ["1", "Welcome and apologies. Gwen welcomed everyone. Apologies from Denzil.", "–", "–"],
    [
        "2",
        "Minutes of 17 November. Tamsin said the minutes had been sent round. "
        "There were no corrections.",
        "The committee approved the minutes of 17 November 2026.",
        "–",
    ],
    [
        "3",
        "Slipway repairs. Jory reported that the lower end of the slipway had cracked in the "
        "December storms.\n"
        "The harbour authority had offered to pay half of the cost.\n"
        "Members' comments:\n"
        "* the cracked end should be roped off until it is mended;\n"
        "* the boat owners should be told at the next open meeting.",
        "The committee agreed to share the cost of the repair with the harbour authority.",
        "Secretary to get two quotes for the repair before the end of February.",
    ],
    [
        "4",
        "Moorings. Tamsin reported that all forty moorings had been let for the summer.",
        "–",
        "Treasurer to send the mooring invoices in March.",
    ],
    ["5", "Date of next meeting: Monday 15 March 2027, 7pm, the sail loft.", "–", "–"],
]


def _read(header: list[str], rows: list[list[str]]):
    text = read_upload("minutes.docx", word_table(header, rows, title=HARBOUR))
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


def test_the_title_run_into_a_discussion_cell_titles_each_row_of_the_table():
    meeting = _read(FOUR_COLUMNS, ROWS)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome and apologies"),
        ("2", "Minutes of 17 November"),
        ("3", "Slipway repairs"),
        ("4", "Moorings"),
        ("5", "Date of next meeting"),
    ]


def test_the_decision_and_action_columns_give_their_rows_decision_and_task():
    meeting = _read(FOUR_COLUMNS, ROWS)
    assert [(i.title, i.decisions) for i in meeting.items if i.decisions] == [
        ("Minutes of 17 November", ["The committee approved the minutes of 17 November 2026."]),
        (
            "Slipway repairs",
            ["The committee agreed to share the cost of the repair with the harbour authority."],
        ),
    ]
    assert [(i.title, [a.description for a in i.actions]) for i in meeting.items if i.actions] == [
        (
            "Slipway repairs",
            ["Secretary to get two quotes for the repair before the end of February."],
        ),
        ("Moorings", ["Treasurer to send the mooring invoices in March."]),
    ]


def test_the_comments_in_a_discussion_cell_are_its_rows_points():
    meeting = _read(FOUR_COLUMNS, ROWS)
    assert [p.text for p in meeting.items[2].points] == [
        "the cracked end should be roped off until it is mended;",
        "the boat owners should be told at the next open meeting.",
    ]


# --- What these rules must not do ----------------------------------------------------------------


def test_a_dash_in_an_empty_decision_or_action_cell_is_nothing():
    meeting = _read(FOUR_COLUMNS, ROWS)
    assert decisions_of(meeting) == [
        "The committee approved the minutes of 17 November 2026.",
        "The committee agreed to share the cost of the repair with the harbour authority.",
    ]
    assert [a for a, _ in actions_of(meeting)] == [
        "Secretary to get two quotes for the repair before the end of February.",
        "Treasurer to send the mooring invoices in March.",
    ]
    blocks = [b.text for i in meeting.items for s in i.sections for b in s.blocks]
    assert "–" not in blocks


def test_a_discussion_cell_opening_with_a_sentence_is_not_cut_into_a_title():
    meeting = _read(
        FOUR_COLUMNS,
        [
            ["1", "Apologies. None received.", "–", "–"],
            [
                "2",
                "The harbour master reported a busy summer. Forty boats had visited.",
                "–",
                "–",
            ],
            [
                "3",
                "Members talked about the car park for a long time. It was full most weekends.",
                "The committee agreed to ask the council for more spaces.",
                "–",
            ],
        ],
    )
    titles = [i.title for i in meeting.items]
    assert "The harbour master reported a busy summer" not in titles
    assert "Members talked about the car park for a long time" not in titles
    assert decisions_of(meeting) == ["The committee agreed to ask the council for more spaces."]


def test_a_table_with_an_item_column_is_still_titled_by_its_item_cells():
    meeting = _read(
        ["No.", "Item", "Discussion and decisions", "Action by"],
        [
            ["1", "Apologies", "Apologies. None received.", ""],
            ["2", "Slipway", "Jory reported the crack.\nSecretary to get two quotes.", "JP"],
            ["3", "Date of next meeting", "Monday 15 March 2027.", ""],
        ],
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Slipway"),
        ("3", "Date of next meeting"),
    ]
    assert [a for a, _ in actions_of(meeting)] == ["Secretary to get two quotes."]


def test_an_action_log_with_a_number_column_is_still_read_as_tasks():
    text = read_upload(
        "minutes.docx",
        word_table(
            ["No.", "Action", "Owner", "Due"],
            [
                ["1", "Get two quotes for the slipway", "JP", "28 February"],
                ["2", "Send the mooring invoices", "TR", "March"],
            ],
            title=HARBOUR,
        ),
    )
    meeting = parse_meeting(text)
    assert [a for a, _ in actions_of(meeting)] == [
        "Get two quotes for the slipway",
        "Send the mooring invoices",
    ]
    assert points_of(meeting) == []


# --- Narrowed after a review -----------------------------------------------------------------------


def test_a_decision_word_opening_a_discussion_cell_is_no_title():
    meeting = _read(
        FOUR_COLUMNS,
        [
            ["1", "Welcome and apologies. Gwen welcomed everyone.", "–", "–"],
            ["2", "Agreed. The secretary will write to the harbour master.", "–", "–"],
            ["3", "Present: Gwen, Jory and Tamsin.", "–", "–"],
        ],
    )
    titles = [item.title for item in meeting.items]
    assert "Agreed" not in titles and "Present" not in titles


# --- The register above a table of minutes -------------------------------------------------------


def _register_over(table_header: str) -> object:
    text = (
        "Present: Rachel Thorn (Chair), Alan Fallow (Treasurer)\n\n"
        "Apologies: Tom Rudd\n\n"
        f"{table_header}\n\n"
        "1\tWelcome and apologies. Rachel welcomed everyone.\n\n"
        "2\tMinutes. The committee approved the minutes of 13 October.\n\n"
        "3\tDate of next meeting. Tuesday 9 February.\n"
    )
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting.register


def test_a_tables_header_under_the_register_puts_no_one_on_it():
    # The header row of the table of minutes under "Apologies:" named four people who
    # sent apologies, "No", "Discussion", "Decision" and "Action".
    for header in (
        "No.\tDiscussion\tDecision\tAction",
        "Item\tMinute\tAction",
        "Ref\tItem\tAction",
    ):
        register = _register_over(header)
        assert register.apologies == ["Tom Rudd"], header
        assert register.present == ["Rachel Thorn", "Alan Fallow"], header


def test_names_one_a_line_under_the_register_are_still_read():
    text = (
        "Apologies:\nTom Rudd\nSue Day\n\n"
        "1. Welcome\nRachel welcomed everyone.\n\n"
        "2. Minutes\nThe committee approved the minutes.\n\n"
        "3. Date of next meeting\nTuesday 9 February.\n"
    )
    assert parse_meeting(text).register.apologies == ["Tom Rudd", "Sue Day"]
