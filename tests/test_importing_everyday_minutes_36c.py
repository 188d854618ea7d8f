"""The importer on everyday minutes, each rule on a few lines of its own: a shape of the
thirty-sixth round of held-out fixtures (tests/minutes_fixtures/held_out_36), read by a
tenant management organisation's board whose whole minutes are one Word table of four
columns, "No. | Item | Discussion and decisions | Action by": the number, the item's title,
the minute in several paragraphs (an account, a list of members' comments, a decision and a
task) and the initials of whoever does the task. Each row is an item titled by its Item
cell. Each rule's test was run on the importer as it was before the rule and failed there.
What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.readers import read_upload
from tests.reading_helpers import actions_of, decisions_of, word_table

# --- The thirty-sixth round ----------------------------------------------------------------------

ALLOTMENTS = "Fernleigh Allotment Society – committee minutes, 12 January 2027"

FOUR_COLUMNS = ["No.", "Item", "Discussion and decisions", "Action by"]

ROWS = [
    ["1", "Apologies", "Apologies were received from Ivo Dunn.", ""],
    [
        "2",
        "Water supply",
        "The Secretary reported that two standpipes had frozen in December.\n"
        "Committee members' comments:\n"
        "* the pipes on the top field should be lagged;\n"
        "* plot holders should be told where the stopcock is.\n"
        "The committee agreed to lag the pipes on the top field.\n"
        "Secretary to buy the lagging before the next frost.",
        "RT",
    ],
    [
        "3",
        "Plot rents",
        "The Treasurer said that the council had raised the ground rent by 5%.\n"
        "The committee agreed to raise plot rents by £2 a year from April.",
        "",
    ],
    [
        "4",
        "Date of next meeting",
        "Tuesday 9 February 2027 at 7pm in the hut.\nThe meeting closed at 8.40pm.",
        "",
    ],
]


def _read(header: list[str], rows: list[list[str]]):
    text = read_upload("minutes.docx", word_table(header, rows, title=ALLOTMENTS))
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


def test_the_item_column_of_a_word_table_titles_each_row_of_its_discussion():
    meeting = _read(FOUR_COLUMNS, ROWS)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Water supply"),
        ("3", "Plot rents"),
        ("4", "Date of next meeting"),
    ]


def test_the_decisions_and_points_of_a_discussion_cell_stay_in_their_row():
    meeting = _read(FOUR_COLUMNS, ROWS)
    assert [(i.title, i.decisions) for i in meeting.items if i.decisions] == [
        ("Water supply", ["The committee agreed to lag the pipes on the top field."]),
        ("Plot rents", ["The committee agreed to raise plot rents by £2 a year from April."]),
    ]
    assert [p.text for p in meeting.items[1].points] == [
        "the pipes on the top field should be lagged;",
        "plot holders should be told where the stopcock is.",
    ]


def test_a_task_in_a_discussion_cell_is_its_rows_and_the_initials_beside_it_no_item():
    meeting = _read(FOUR_COLUMNS, ROWS)
    assert [(i.title, [a.description for a in i.actions]) for i in meeting.items] == [
        ("Apologies", []),
        ("Water supply", ["Secretary to buy the lagging before the next frost."]),
        ("Plot rents", []),
        ("Date of next meeting", []),
    ]
    assert "RT" not in [i.title for i in meeting.items]


def test_the_item_column_titles_the_rows_of_a_table_headed_notes_as_well():
    meeting = _read(
        ["No.", "Item", "Notes", "Action by"],
        [
            ["1", "Welcome", "Nora welcomed everyone.\nThe hut had been repainted.", ""],
            [
                "2",
                "Shows",
                "The summer show will be on 14 August.\nShow Secretary to book the judge.",
                "TU",
            ],
            ["3", "Any other business", "There was none.", ""],
        ],
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome"),
        ("2", "Shows"),
        ("3", "Any other business"),
    ]
    assert [a for a, _ in actions_of(meeting)] == ["Show Secretary to book the judge."]


def test_a_one_paragraph_row_of_the_four_column_table_is_titled_by_its_item_cell_too():
    meeting = _read(
        FOUR_COLUMNS,
        [
            ["1", "Apologies", "None.", ""],
            ["2", "Minutes", "The committee approved the minutes of 8 December.", ""],
            ["3", "Bonfire", "Treasurer to hire a skip for the bonfire waste.", "SQ"],
        ],
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Minutes"),
        ("3", "Bonfire"),
    ]
    assert decisions_of(meeting) == ["The committee approved the minutes of 8 December."]
    assert [a for a, _ in actions_of(meeting)] == [
        "Treasurer to hire a skip for the bonfire waste."
    ]


# --- What these rules must not do ----------------------------------------------------------------


# A Discussion cell that repeats its item's title gives it once: the round-19 test of
# tests/test_importing_everyday_minutes.py holds that table.


def test_the_item_column_beside_no_other_text_column_is_still_the_minute():
    # "No. | Item | Action by": the Item cell holds the title and the minute under it
    meeting = _read(
        ["No.", "Item", "Action by"],
        [
            ["1", "Apologies\nApologies were received from Ivo Dunn.", ""],
            ["2", "Water supply\nSecretary to buy the lagging.", "RT"],
            ["3", "Date of next meeting\nTuesday 9 February 2027.", ""],
        ],
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Water supply"),
        ("3", "Date of next meeting"),
    ]
    assert [a for a, _ in actions_of(meeting)] == ["Secretary to buy the lagging."]


def test_an_action_table_with_an_item_column_is_still_read_as_tasks():
    # "No. | Item | Action | Owner | Deadline": a log of tasks naming their items
    text = read_upload(
        "minutes.docx",
        word_table(
            ["No.", "Item", "Action", "Owner", "Deadline"],
            [
                ["1", "Water supply", "Buy the lagging for the top field", "RT", "31 January"],
                ["2", "Shows", "Book the judge for the summer show", "TU", "March"],
            ],
            title=ALLOTMENTS,
        ),
    )
    meeting = parse_meeting(text)
    assert [a for a, _ in actions_of(meeting)] == [
        "Buy the lagging for the top field",
        "Book the judge for the summer show",
    ]
    assert missing_sentences(text, meeting) == []


def test_an_item_cell_holding_a_whole_minute_beside_a_notes_column_is_not_a_title():
    # the Item cell is a title only as one short line: here it is the minute, the Notes a remark
    meeting = _read(
        ["No.", "Item", "Notes", "Action by"],
        [
            ["1", "Apologies\nApologies were received from Ivo Dunn.", "None.", ""],
            [
                "2",
                "Water supply\nThe committee agreed to lag the pipes on the top field.",
                "See the quote.",
                "RT",
            ],
            ["3", "Date of next meeting\nTuesday 9 February 2027.", "In the hut.", ""],
        ],
    )
    assert "Water supply\nThe committee agreed" not in " ".join(i.title for i in meeting.items)
    assert decisions_of(meeting) == ["The committee agreed to lag the pipes on the top field."]


# --- Narrowed after a review ----------------------------------------------------------------------

SENTENCE_ROWS = [
    ["1", "Apologies", "None received.", ""],
    ["2", "The committee agreed to raise plot rents by £2 a year.", "{discussion}", ""],
    ["3", "Water supply", "The committee agreed to lag the pipes on the top field.", "RT"],
    ["4", "Date of next meeting", "Tuesday 9 February 2027.", ""],
]


def _sentence_rows(discussion: str) -> list[list[str]]:
    return [[cell.format(discussion=discussion) for cell in row] for row in SENTENCE_ROWS]


def test_a_sentence_in_the_item_cell_beside_a_remark_is_the_minute_not_a_title():
    meeting = _read(FOUR_COLUMNS, _sentence_rows("Agreed by all but one."))
    assert decisions_of(meeting) == [
        "The committee agreed to raise plot rents by £2 a year.",
        "The committee agreed to lag the pipes on the top field.",
    ]


def test_a_sentence_in_the_item_cell_beside_an_empty_discussion_cell_is_the_minute():
    meeting = _read(FOUR_COLUMNS, _sentence_rows(""))
    assert decisions_of(meeting) == [
        "The committee agreed to raise plot rents by £2 a year.",
        "The committee agreed to lag the pipes on the top field.",
    ]
