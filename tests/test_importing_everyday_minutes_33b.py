"""The importer on everyday minutes, each rule on a few lines of its own: more shapes of the
thirty-third round of held-out fixtures (tests/minutes_fixtures/held_out_33), read by rules
the rounds before it did not have (the round's other shapes are in
tests/test_importing_everyday_minutes_33a.py; the rounds before it are in
tests/test_importing_everyday_minutes.py and tests/test_importing_everyday_minutes_22.py to
tests/test_importing_everyday_minutes_32b.py). Each rule's test was run on the importer as it
was before the rule and failed there. What these rules must not do is at the end.
"""

import io

import docx

from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.readers import read_upload
from tests.reading_helpers import actions_of, decisions_of, points_of, word_table

# --- The thirty-third round ----------------------------------------------------------------------


def _run_in_minutes(paragraphs: list[tuple[str, str]]) -> bytes:
    """A Word document of a title and a register, then paragraphs each of a bold run and the
    text after it (no bold run: ""), as a club's secretary types an item's title into its
    paragraph."""
    document = docx.Document()
    document.add_paragraph("Ashgrove Bowls Club – committee minutes, 3 March 2027")
    document.add_paragraph("Present: Nora Pickles (Chair), Ted Umbers (Secretary), Sal Quinn")
    for bold, text in paragraphs:
        paragraph = document.add_paragraph()
        if bold:
            paragraph.add_run(bold).bold = True
        paragraph.add_run(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


RUN_IN_ITEMS = [
    ("1. Apologies.", " None. Nora welcomed everyone."),
    ("2. Minutes.", " The minutes of 3 February were read."),
    ("Agreed – ", "the minutes are a correct record."),
    ("3. Greens.", " Ted reported that the top green had been scarified. It had rained a lot."),
    ("4. Next meeting.", " 7 April, after the roll-up."),
]


def test_a_bold_numbered_title_run_into_its_paragraph_in_word_heads_an_item():
    text = read_upload("minutes.docx", _run_in_minutes(RUN_IN_ITEMS))
    meeting = parse_meeting(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Minutes"),
        ("3", "Greens"),
        ("4", "Next meeting"),
    ]
    assert decisions_of(meeting) == ["Agreed – the minutes are a correct record."]
    assert missing_sentences(text, meeting) == []


def test_a_bold_numbered_title_ending_in_a_colon_run_into_its_paragraph_heads_an_item():
    text = read_upload(
        "minutes.docx",
        _run_in_minutes(
            [
                ("1. Apologies:", " none."),
                ("2. Greens:", " Ted reported that the top green had been scarified."),
                ("3. Next meeting:", " 7 April."),
            ]
        ),
    )
    meeting = parse_meeting(text)
    assert [item.title for item in meeting.items] == ["Apologies", "Greens", "Next meeting"]
    assert missing_sentences(text, meeting) == []


def test_what_members_said_leads_in_to_their_points_in_a_table_of_minutes():
    data = word_table(
        ["Minute", "Notes", "Action by"],
        [
            ["1", "Welcome\nNora welcomed everyone.", ""],
            [
                "2",
                "Summer fete\nTed reported on the plans.\nMembers said:\n"
                "* the tombola needs more prizes this year;\n"
                "* the car park should be roped off.",
                "",
            ],
            ["3", "Date of next meeting\n7 April.", ""],
        ],
        title="Ashgrove Bowls Club – committee minutes",
    )
    text = read_upload("minutes.docx", data)
    meeting = parse_meeting(text)
    assert points_of(meeting) == [
        "the tombola needs more prizes this year;",
        "the car park should be roped off.",
    ]
    assert missing_sentences(text, meeting) == []


def test_what_trustees_said_leads_in_to_their_points():
    meeting = parse_meeting(
        "1. Welcome\n\nAll were welcomed.\n\n2. Grants\n\nThe Treasurer reported on grants.\n\n"
        "Trustees said:\n\n• the deadline is too close;\n• a second bid should be made.\n\n"
        "3. Next meeting\n\n7 April.\n"
    )
    assert points_of(meeting) == ["the deadline is too close;", "a second bid should be made."]


# --- What these rules must not do ----------------------------------------------------------------


def test_a_bold_label_run_into_a_sentence_in_word_heads_no_item():
    text = read_upload(
        "minutes.docx",
        _run_in_minutes(
            [
                ("1. Apologies.", " None."),
                ("2. Greens.", " Ted reported on the greens."),
                ("Note.", " The top green had been scarified."),
                ("Agreed.", " The roller is to be serviced."),
                ("3. Next meeting.", " 7 April."),
            ]
        ),
    )
    meeting = parse_meeting(text)
    assert [item.title for item in meeting.items] == ["Apologies", "Greens", "Next meeting"]
    assert missing_sentences(text, meeting) == []


def test_a_bold_numbered_sentence_run_into_another_is_no_title():
    text = read_upload(
        "minutes.docx",
        _run_in_minutes(
            [
                ("1. Apologies.", " None."),
                ("2. Greens.", " Ted reported on the greens."),
                ("3. Next meeting.", " 7 April."),
                ("4. The Chair thanked everyone for coming.", " The meeting closed at 9pm."),
            ]
        ),
    )
    meeting = parse_meeting(text)
    assert [item.title for item in meeting.items] == ["Apologies", "Greens", "Next meeting"]
    assert missing_sentences(text, meeting) == []


def test_a_bold_start_to_a_bullet_in_word_is_no_title():
    document = docx.Document()
    document.add_paragraph("1. Apologies")
    document.add_paragraph("None.")
    document.add_paragraph("2. Greens")
    document.add_paragraph("Members raised the following:")
    for bold, text in [("1. Top green.", " It needs scarifying."), ("2. Roller.", " It is old.")]:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(bold).bold = True
        paragraph.add_run(text)
    document.add_paragraph("3. Next meeting")
    document.add_paragraph("7 April.")
    out = io.BytesIO()
    document.save(out)
    meeting = parse_meeting(read_upload("minutes.docx", out.getvalue()))
    assert [item.title for item in meeting.items] == ["Apologies", "Greens", "Next meeting"]
    assert len(points_of(meeting)) == 2


def test_what_another_body_said_is_no_lead_in_to_points():
    meeting = parse_meeting(
        "1. Welcome\n\nAll were welcomed.\n\n2. Grants\n\nThe Treasurer reported on grants.\n\n"
        "The county federation said:\n\n• the deadline is 1 May;\n• bids must be signed.\n\n"
        "3. Next meeting\n\n7 April.\n"
    )
    assert points_of(meeting) == []


def test_what_the_chair_said_is_no_lead_in_to_points():
    meeting = parse_meeting(
        "1. Welcome\n\nAll were welcomed.\n\n2. Fete\n\nTed reported on the fete.\n\n"
        "The Chair said:\n\n• the fete is on 6 June;\n• the hall is booked.\n\n"
        "3. Next meeting\n\n7 April.\n"
    )
    assert points_of(meeting) == []


def test_what_members_said_had_been_done_is_no_lead_in_to_points():
    meeting = parse_meeting(
        "1. Welcome\n\nAll were welcomed.\n\n2. Fete\n\nTed reported on the fete.\n\n"
        "Members said that the following had been done:\n\n• the hall is booked;\n"
        "• the posters are up.\n\n3. Next meeting\n\n7 April.\n"
    )
    assert points_of(meeting) == []


def test_a_bold_numbered_action_label_run_into_its_task_in_word_stays_with_it():
    text = read_upload(
        "minutes.docx",
        _run_in_minutes(
            [
                ("1. Apologies.", " None."),
                ("2. Greens.", " Ted reported on the greens."),
                ("2.1 ACTION:", " Ted to book the roller service by 1 May."),
                ("2.2 Resolved:", " That the roller be serviced."),
                ("3. Next meeting.", " 7 April."),
            ]
        ),
    )
    meeting = parse_meeting(text)
    assert [item.title for item in meeting.items] == ["Apologies", "Greens", "Next meeting"]
    assert [owner for _, owner in actions_of(meeting)] == ["Ted"]
    assert [
        d.endswith("Resolved: That the roller be serviced.") for d in decisions_of(meeting)
    ] == [True]
    assert missing_sentences(text, meeting) == []


# --- Narrowed after a review ---------------------------------------------------------------------


def test_a_bold_numbered_decision_label_saying_how_it_was_made_stays_with_its_decision():
    text = read_upload(
        "minutes.docx",
        _run_in_minutes(
            [
                ("1. Apologies.", " None."),
                ("2. Open day.", " Ted reported on the plans."),
                ("2.1 Agreed unanimously:", " to hold the open day on 6 June."),
                ("3. Next meeting.", " 7 April."),
            ]
        ),
    )
    meeting = parse_meeting(text)
    assert [item.title for item in meeting.items] == ["Apologies", "Open day", "Next meeting"]
    assert [
        d.endswith("Agreed unanimously: to hold the open day on 6 June.")
        for d in decisions_of(meeting)
    ] == [True]
    assert missing_sentences(text, meeting) == []


def test_what_another_body_s_members_said_reported_in_a_sentence_is_no_lead_in_to_points():
    meeting = parse_meeting(
        "1. Welcome\n\nAll were welcomed.\n\n2. Roads\n\n"
        "The Clerk reported that the district councillors said:\n\n"
        "• the road will close in May;\n• the bins will be emptied weekly.\n\n"
        "3. Next meeting\n\n7 April.\n"
    )
    assert points_of(meeting) == []
