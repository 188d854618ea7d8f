"""The importer on Word minutes written as one table whose cells hold several paragraphs and
bulleted lists, each rule on a few lines of its own. Two shapes: "Minute | Action by", each
item's numbered title a row of its own and its minute in the rows under it, a minute cell
holding the account, a lead-in ("Members raised:") over Word's bulleted list, a "RESOLVED
that …" paragraph and a task, and the owner's initials or office ("JB", "Clerk") in the
Action by cell beside it; and "No. | Subject | Discussion | Action by", a row an item, its
title in the Subject cell. A cell's paragraphs are read as the paragraphs they are (a bullet a
bullet), and the Action by cell owns the task the row's minute gives. Each rule's test was run
on the importer as it was before the rule and failed there. What these rules must not do is at
the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.readers import read_upload
from tests.reading_helpers import actions_of, decisions_of, points_of, word_table

TRUST = "Ashcombe Almshouse Trust – minutes of the trustees' meeting, 12 January 2027"

MINUTE_ACTION_BY = ["Minute", "Action by"]

ROWS = [
    ["1. Welcome and apologies", ""],
    ["Tamsin Orchard welcomed the trustees. Apologies were received from Hal Brigg.", ""],
    ["2. Repairs to the cottages", ""],
    [
        "Ivo Pellow reported that two of the cottage roofs had let in water over Christmas.\n"
        "Members raised:\n"
        "* the gutters had not been cleared since the spring;\n"
        "* the residents should be told when the roofers would come.\n"
        "RESOLVED that the quotation of £3,900 from Tregear Roofing be accepted.\n"
        "JB to write to the residents with the dates of the work.\n"
        "The residents' representative thanked the trustees.",
        "JB",
    ],
    ["3. Accounts", ""],
    [
        "The treasurer presented the accounts to 31 December.\n"
        "The trustees approved the accounts for 2026.",
        "",
    ],
    [
        "The bank had asked for a new signatory form.\n"
        "The form is to be signed by two trustees before the end of January.",
        "Clerk",
    ],
    ["4. Date of next meeting", ""],
    ["Tuesday 9 March 2027 at 2pm in the chapel room.", ""],
]


def _read(header: list[str], rows: list[list[str]]):
    text = read_upload("minutes.docx", word_table(header, rows, title=TRUST))
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return text, meeting


# --- A cell's paragraphs and its bulleted list ------------------------------------------------


def test_the_bullets_in_a_minute_cell_are_the_points_under_their_lead_in():
    _, meeting = _read(MINUTE_ACTION_BY, ROWS)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome and apologies"),
        ("2", "Repairs to the cottages"),
        ("3", "Accounts"),
        ("4", "Date of next meeting"),
    ]
    assert points_of(meeting) == [
        "the gutters had not been cleared since the spring;",
        "the residents should be told when the roofers would come.",
    ]


def test_a_decision_in_the_middle_of_a_minute_cell_is_found():
    _, meeting = _read(MINUTE_ACTION_BY, ROWS)
    assert decisions_of(meeting) == [
        "RESOLVED that the quotation of £3,900 from Tregear Roofing be accepted.",
        "The trustees approved the accounts for 2026.",
    ]


# --- The Action by cell owns the row's task ---------------------------------------------------


def test_the_action_by_cell_owns_the_task_in_the_middle_of_its_minute_cell():
    _, meeting = _read(MINUTE_ACTION_BY, ROWS)
    assert actions_of(meeting)[0] == (
        "JB to write to the residents with the dates of the work.",
        "JB",
    )
    # the sentence after the task is the minute's text, not part of the task
    assert "The residents' representative thanked the trustees." in meeting.items[1].minute_text


def test_a_minute_with_no_task_sentence_gives_its_last_paragraph_to_the_owner_beside_it():
    # as a row of one paragraph beside an owner has always been read: its minute, owned
    _, meeting = _read(MINUTE_ACTION_BY, ROWS)
    assert actions_of(meeting)[1:] == [
        ("The form is to be signed by two trustees before the end of January.", "Clerk")
    ]
    assert "The bank had asked for a new signatory form." in meeting.items[2].minute_text


def test_a_labelled_task_naming_its_owner_beside_the_same_owner_is_read_as_it_stands():
    # "ACTION: MH to put an appeal …" beside "MH": the cell repeats the owner the label names
    rows = [list(row) for row in ROWS]
    rows[3] = [rows[3][0].replace("JB to write", "ACTION: JB to write"), "JB"]
    _, meeting = _read(MINUTE_ACTION_BY, rows)
    assert actions_of(meeting)[0] == (
        "JB to write to the residents with the dates of the work.",
        "JB",
    )
    assert "JB" not in meeting.items[1].minute_text


def test_a_task_sentence_after_another_in_its_paragraph_is_owned_alone():
    _, meeting = _read(
        ["No.", "Item", "Action by"],
        [
            ["1", "Apologies\nApologies were received from Morwenna Keast.", ""],
            [
                "2",
                "Footpaths\nCllr Penhale reported a broken stile on footpath 4. Cllr Penhale "
                "will report it to the county council.",
                "DP",
            ],
        ],
    )
    assert actions_of(meeting) == [("Cllr Penhale will report it to the county council.", "DP")]
    assert "a broken stile on footpath 4." in meeting.items[1].minute_text


def test_a_task_after_a_lead_ins_bullets_is_owned_and_ends_the_list():
    _, meeting = _read(
        MINUTE_ACTION_BY,
        [
            ["1. Chapel", ""],
            [
                "Members raised:\n* the roof leaks;\n* the door sticks.\n"
                "Clerk to write to the diocese about the roof.",
                "JB",
            ],
        ],
    )
    assert points_of(meeting) == ["the roof leaks;", "the door sticks."]
    assert actions_of(meeting) == [("Clerk to write to the diocese about the roof.", "JB")]


def test_an_office_of_a_named_body_in_the_action_by_cell_owns_the_row():
    _, meeting = _read(
        MINUTE_ACTION_BY,
        [
            ["1. Investments", ""],
            [
                "The trustees asked that the Investment Committee review the fund's charges.",
                "Convener, Investment Committee",
            ],
        ],
    )
    assert actions_of(meeting) == [
        (
            "The trustees asked that the Investment Committee review the fund's charges.",
            "Convener, Investment Committee",
        )
    ]


# --- "No. | Subject | Discussion | Action by" -----------------------------------------------

FOUR_COLUMNS = ["No.", "Subject", "Discussion", "Action by"]

SUBJECT_ROWS = [
    ["1", "Apologies", "Apologies were received from Nessa Trewin.", ""],
    [
        "2",
        "Garden",
        "Loveday Hocking reported that the hedge along the lane was overgrown.\n"
        "Points made:\n"
        "* the hedge blocks the view of the road from the gate;\n"
        "* a resident had offered to help.\n"
        "The trustees agreed to have the hedge cut in February.\n"
        "Clerk to book the hedge cutter.",
        "MC",
    ],
    ["3", "Any other business", "There was none.", ""],
]


def test_a_subject_column_titles_each_row_and_the_discussion_is_its_minute():
    _, meeting = _read(FOUR_COLUMNS, SUBJECT_ROWS)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Garden"),
        ("3", "Any other business"),
    ]
    assert "the hedge along the lane was overgrown" in meeting.items[1].minute_text
    assert points_of(meeting) == [
        "the hedge blocks the view of the road from the gate;",
        "a resident had offered to help.",
    ]
    assert decisions_of(meeting) == ["The trustees agreed to have the hedge cut in February."]


def test_the_action_by_cell_of_a_subject_table_owns_its_rows_task():
    _, meeting = _read(FOUR_COLUMNS, SUBJECT_ROWS)
    assert actions_of(meeting) == [("Clerk to book the hedge cutter.", "MC")]


def test_a_row_with_an_empty_discussion_cell_is_an_item_titled_by_its_subject():
    for title_column in ("Subject", "Item"):
        _, meeting = _read(
            ["No.", title_column, "Discussion", "Action by"],
            [
                ["1", "Apologies", "None were received.", ""],
                ["2", "Any other business", "", ""],
                ["3", "Date of next meeting", "Tuesday 4 May 2027.", ""],
            ],
        )
        assert [(i.number, i.title) for i in meeting.items] == [
            ("1", "Apologies"),
            ("2", "Any other business"),
            ("3", "Date of next meeting"),
        ]


def test_the_action_by_cell_of_a_numbered_table_owns_the_task_not_its_own_paragraph():
    _, meeting = _read(
        ["No.", "Item", "Action by"],
        [
            ["1", "Apologies\nApologies were received from Morwenna Keast.", ""],
            [
                "2",
                "Website\nThe new pages are live.\nPK to add the minutes of 2026.\n"
                "Members thanked Piran.",
                "PK",
            ],
        ],
    )
    assert actions_of(meeting) == [("PK to add the minutes of 2026.", "PK")]
    assert "PK" not in meeting.items[1].minute_text.split()


# --- A body named without "The", deciding on another's advice ---------------------------------


def test_court_deciding_on_a_committees_recommendation_is_its_decision():
    meeting = parse_meeting(
        "Minutes of the University Court, 4 March 2027\n\n"
        "1. Nominations Committee\n\n"
        "On the recommendation of the Nominations Committee, Court appointed Ms Elowen Rowe "
        "as a lay member of Court for four years.\n"
    )
    assert decisions_of(meeting) == [
        "On the recommendation of the Nominations Committee, Court appointed Ms Elowen Rowe "
        "as a lay member of Court for four years."
    ]


# --- What these rules must not do -------------------------------------------------------------


def test_a_minute_cell_of_one_paragraph_reads_as_before():
    text, meeting = _read(
        MINUTE_ACTION_BY,
        [
            ["1. Chapel", ""],
            ["The chapel roof needs new lead. The Clerk to get two quotes.", "Clerk"],
        ],
    )
    assert "The chapel roof needs new lead. The Clerk to get two quotes.\tClerk" in text
    assert actions_of(meeting) == [
        ("The chapel roof needs new lead. The Clerk to get two quotes.", "Clerk")
    ]


def test_an_action_by_cell_naming_no_one_owns_nothing():
    _, meeting = _read(
        MINUTE_ACTION_BY,
        [
            ["1. Chapel", ""],
            ["The chapel roof needs new lead.\nThe warden will keep an eye on it.", "Ongoing"],
        ],
    )
    assert "Ongoing" not in [owner for _, owner in actions_of(meeting)]
    assert "Ongoing" in meeting.items[0].minute_text


def test_a_decision_beside_an_owner_stays_a_decision_and_gives_no_task():
    _, meeting = _read(
        MINUTE_ACTION_BY,
        [
            ["1. Water", ""],
            ["The pipes froze in December.\nThe committee agreed to lag the pipes.", "RT"],
        ],
    )
    assert decisions_of(meeting) == ["The committee agreed to lag the pipes."]
    assert actions_of(meeting) == []


def test_a_minute_cell_of_several_paragraphs_with_no_owner_gives_no_task():
    _, meeting = _read(
        MINUTE_ACTION_BY,
        [
            ["1. Chapel", ""],
            ["The chapel roof needs new lead.\nThe quotes were higher than last year.", ""],
        ],
    )
    assert actions_of(meeting) == []


def test_an_action_log_whose_cells_hold_several_paragraphs_reads_as_before():
    text, meeting = _read(
        ["Ref", "Action", "Owner", "Due"],
        [
            ["A1", "Get quotes for the chapel roof.\nAsk the diocese for a grant.", "JB", "March"],
            ["A2", "Book the hall for the summer fair.", "Clerk", "April"],
        ],
    )
    assert "A1\tGet quotes for the chapel roof. Ask the diocese for a grant.\tJB\tMarch" in text
    assert len(actions_of(meeting)) == 2


def test_a_budget_a_list_of_dates_and_an_attendance_table_read_as_before():
    for header, rows, line in [
        (
            ["Item", "Budget", "Actual"],
            [["Repairs\nRoof and gutters", "£4,000", "£3,900"], ["Insurance", "£1,200", "£1,180"]],
            "Repairs Roof and gutters\t£4,000\t£3,900",
        ),
        (
            ["Date", "Event"],
            [["6 June", "Summer fair\nOn the green"], ["12 December", "Carol service"]],
            "6 June\tSummer fair On the green",
        ),
        (
            ["Name", "Role", "Present"],
            [["Tamsin Orchard", "Chair\nTrustee", "Yes"], ["Hal Brigg", "Trustee", "No"]],
            "Tamsin Orchard\tChair Trustee\tYes",
        ),
    ]:
        text, _ = _read(header, rows)
        assert line in text


def test_a_subject_table_with_decision_and_action_columns_reads_as_before():
    text, meeting = _read(
        ["No.", "Subject", "Discussion", "Decision", "Action"],
        [
            ["1", "Apologies", "Apologies were received from Nessa Trewin.", "None", "None"],
            [
                "2",
                "Garden",
                "The hedge is overgrown.",
                "To have the hedge cut in February.",
                "Clerk to book the hedge cutter.",
            ],
        ],
    )
    assert "2\tGarden\tThe hedge is overgrown." in text
    assert decisions_of(meeting) == ["To have the hedge cut in February."]


def test_a_lead_column_names_who_introduced_the_item_and_owns_nothing():
    # "Item | Lead | Notes": the Lead is who presented the item, not who is to act on it.
    _, meeting = _read(
        ["No.", "Item", "Lead", "Notes"],
        [
            ["1", "Welcome", "Chair", "The Chair welcomed everyone. Apologies from Hal Brigg."],
            [
                "2",
                "Garden",
                "Ann Bell",
                "Ann reported on the planting.\nThe trustees agreed to buy two benches.\n"
                "Volunteers were wanted for April.",
            ],
            ["3", "Finance", "Treasurer", "The accounts were presented and noted."],
        ],
    )
    assert decisions_of(meeting) == ["The trustees agreed to buy two benches."]
    assert actions_of(meeting) == []
    _, meeting = _read(
        ["Item", "Lead", "Notes"],
        [
            ["1. Welcome", "Chair", "The Chair welcomed everyone.\nApologies from Hal Brigg."],
            ["2. Finance", "Treasurer", "The accounts were presented.\nThey were noted."],
        ],
    )
    assert actions_of(meeting) == []


def test_a_programme_with_a_time_column_gives_its_speakers_no_tasks():
    # "Time | Item | Who | Notes": an agenda's running order, its Who the speaker.
    _, meeting = _read(
        ["Time", "Item", "Who", "Notes"],
        [
            ["10.00", "Welcome", "Chair", "Coffee on arrival.\nName badges at the door."],
            ["11.00", "Garden project", "Ann Bell", "Update on the planting.\nVolunteers wanted."],
        ],
    )
    assert actions_of(meeting) == []


def test_tasks_naming_each_owner_of_an_action_by_cell_of_two_keep_their_own():
    _, meeting = _read(
        MINUTE_ACTION_BY,
        [
            ["1. Roof", ""],
            [
                "The roof had leaked.\nJB to write to the residents.\n"
                "The Clerk will book the roofer for March.",
                "JB\nClerk",
            ],
        ],
    )
    assert actions_of(meeting) == [
        ("JB to write to the residents.", "JB"),
        ("The Clerk will book the roofer for March.", "Clerk"),
    ]
