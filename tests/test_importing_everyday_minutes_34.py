"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
thirty-fourth round of held-out fixtures (tests/minutes_fixtures/held_out_34), read by a
school's committee whose tasks close the minutes in a table set out in spaces, a dashed rule
under its header and a task's words wrapped onto the indented line under it. Each rule's test
was run on the importer as it was before the rule and failed there. What these rules must not
do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.paragraphs import paragraphs
from tests.reading_helpers import actions_of

# --- The thirty-fourth round ----------------------------------------------------------------------

OPENING = "1. Apologies\nNone.\n\n2. Lettings\nThe committee noted the lettings report.\n\n"


def _tasks(table: str) -> list[tuple[str, str]]:
    meeting = parse_meeting(OPENING + "ACTIONS\n\n" + table)
    assert missing_sentences(OPENING + "ACTIONS\n\n" + table, meeting) == []
    return actions_of(meeting)


RULED_TABLE = (
    "Task                                   Who       When\n"
    "-------------------------------------  --------  --------\n"
    "Renew the lettings agreement           SBM       Jan 2027\n"
    "Book the hall for the open evening     Head/SBM  Autumn\n"
)


def test_a_row_whose_last_cells_stand_two_spaces_apart_splits_under_a_dashed_rule():
    assert _tasks(RULED_TABLE) == [
        ("Renew the lettings agreement", "SBM"),
        ("Book the hall for the open evening", "Head/SBM"),
    ]


WRAPPED_TABLE = (
    "Task                                   Who       When\n"
    "-------------------------------------  --------  --------\n"
    "Renew the lettings agreement with the  SBM       Jan 2027\n"
    "  scouts for another year\n"
    "Book the hall for the open evening     Head      Autumn\n"
)


def test_a_task_wrapped_onto_an_indented_line_under_a_ruled_header_goes_on_its_cell():
    assert _tasks(WRAPPED_TABLE) == [
        ("Renew the lettings agreement with the scouts for another year", "SBM"),
        ("Book the hall for the open evening", "Head"),
    ]


WRAPPED_LAST_ROW = (
    "Task                                   Who       When\n"
    "-------------------------------------  --------  --------\n"
    "Renew the lettings agreement           SBM       Jan 2027\n"
    "Book the hall for the open evening     Head/SBM  Autumn\n"
    "  and tell the PTA\n"
)


def test_the_last_row_wrapped_under_two_cells_two_spaces_apart_is_one_task():
    assert _tasks(WRAPPED_LAST_ROW) == [
        ("Renew the lettings agreement", "SBM"),
        ("Book the hall for the open evening and tell the PTA", "Head/SBM"),
    ]


# A header whose columns stand two spaces apart: the rule under it places them.
RULE_PLACES_COLUMNS = (
    "Task                       Who  When\n"
    "=========================  ===  ======\n"
    "Renew the lettings deal    SBM  Jan\n"
    "Order new stage blocks     HT   Spring\n"
)


def test_a_rule_of_equals_signs_places_the_columns_of_a_header_two_spaces_apart():
    assert _tasks(RULE_PLACES_COLUMNS) == [
        ("Renew the lettings deal", "SBM"),
        ("Order new stage blocks", "HT"),
    ]


BOX_RULE = (
    "Task                                   Who       When\n"
    "─────────────────────────────────────  ────────  ────────\n"
    "Order new stage blocks for the hall    Head/SBM  Spring\n"
    "  before the summer show\n"
)


def test_a_box_drawn_rule_under_a_header_keeps_its_columns():
    assert _tasks(BOX_RULE) == [
        ("Order new stage blocks for the hall before the summer show", "Head/SBM")
    ]


# --- What these rules must not do -----------------------------------------------------------------


def test_a_dashed_signature_line_is_no_table():
    text = (
        "The meeting closed at 8pm.\n\n"
        "Signed\n"
        "----------------------  ----------\n"
        "Chair of Governors  Date\n"
    )
    assert all(not p.cells for p in paragraphs(text))


def test_a_dashed_section_break_in_prose_is_no_table():
    text = (
        "The Head said the hall would close for a week\n"
        "---  ---  ---\n"
        "Members asked about the lettings.\n"
    )
    assert all(not p.cells for p in paragraphs(text))


def test_a_table_without_a_rule_reads_as_before():
    table = (
        "Task                                   Who       When\n"
        "Renew the lettings agreement           SBM       Jan 2027\n"
        "Book the hall for the open evening     Head      Autumn\n"
    )
    assert _tasks(table) == [
        ("Renew the lettings agreement", "SBM"),
        ("Book the hall for the open evening", "Head"),
    ]


def test_a_sentence_after_a_ruled_table_is_not_put_into_its_last_row():
    text = WRAPPED_TABLE + "The meeting closed at 8pm.\n"
    last = paragraphs(text)[-2:]
    assert last[0].cells == ["Book the hall for the open evening", "Head", "Autumn"]
    assert last[1].text == "The meeting closed at 8pm." and not last[1].cells


def test_an_indented_row_of_its_own_is_not_joined_to_the_row_above():
    table = (
        "  Task                                 Who       When\n"
        "  -----------------------------------  --------  --------\n"
        "  Renew the lettings agreement         SBM       Jan 2027\n"
        "  Review the hall hire charges\n"
        "  Book the hall for the open evening   Head      Autumn\n"
    )
    rows = [p.text for p in paragraphs(table)]
    assert "Renew the lettings agreement SBM Jan 2027" in rows
    assert "Review the hall hire charges" in " | ".join(rows)
    assert not any(r.startswith("Renew") and "Review" in r for r in rows)


# --- Narrowed after a review ----------------------------------------------------------------------


def test_a_rule_of_two_runs_under_signed_and_date_is_no_table():
    text = (
        OPENING
        + "3. Close\nThe meeting closed at 8pm.\n\nSigned  Date\n------  ----\nChair   4/4/26\n"
    )
    assert actions_of(parse_meeting(text)) == []
    assert all(not p.cells for p in paragraphs(text))


def test_a_two_column_ruled_list_of_dates_and_venues_gives_no_task():
    text = (
        OPENING + "3. Date of next meeting\n"
        "Date        Venue\n"
        "----------  ----------------\n"
        "4 May 2026  Village Hall\n"
    )
    assert actions_of(parse_meeting(text)) == []


def test_an_indented_sentence_under_a_ruled_tables_last_row_is_a_paragraph_of_its_own():
    text = (
        OPENING + "ACTIONS\n\n" + RULED_TABLE + "  Members agreed.\n  The meeting closed at 8pm.\n"
    )
    last = paragraphs(text)[-3:]
    assert last[0].cells == ["Book the hall for the open evening", "Head/SBM", "Autumn"]
    assert [p.text for p in last[1:]] == ["Members agreed.", "The meeting closed at 8pm."]


def test_an_indented_label_under_a_ruled_tables_last_row_is_not_put_in_its_first_cell():
    table = (
        "Name              Role              Present\n"
        "----------------  ----------------  -------\n"
        "Jane Smith        Chair             Yes\n"
        "Ann Lee           Clerk             Yes\n"
        "  Also: Cllr Day\n"
    )
    last = paragraphs(table)[-2:]
    assert last[0].cells == ["Ann Lee", "Clerk", "Yes"]
    assert last[1].text == "Also: Cllr Day" and not last[1].cells


def test_a_task_wrapped_to_its_full_stop_under_a_ruled_header_still_goes_on_its_cell():
    table = WRAPPED_TABLE.replace("scouts for another year", "scouts for another year.")
    assert _tasks(table)[0] == (
        "Renew the lettings agreement with the scouts for another year.",
        "SBM",
    )


def test_a_rule_of_three_runs_under_a_three_word_header_still_places_its_columns():
    table = (
        "Task                     Who  When\n"
        "-----------------------  ---  ----\n"
        "Renew the lettings deal  SBM  Jan\n"
    )
    assert paragraphs(table)[-1].cells == ["Renew the lettings deal", "SBM", "Jan"]
