"""The importer on everyday minutes, each rule on a few lines of its own: more shapes of the
thirty-second round of held-out fixtures (tests/minutes_fixtures/held_out_32), read by rules
the rounds before it did not have (the round's other shapes are in
tests/test_importing_everyday_minutes_32a.py; the rounds before it are in
tests/test_importing_everyday_minutes.py and tests/test_importing_everyday_minutes_22.py to
tests/test_importing_everyday_minutes_31b.py). Each rule's test was run on the importer as it
was before the rule and failed there. What these rules must not do is at the end.
"""

import io

import docx

from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.readers import read_upload
from tests.reading_helpers import actions_of, decisions_of, points_of

# --- The thirty-second round ---------------------------------------------------------------------

WRAPPED_TITLE = (
    "7.    APOLOGIES\n\n       None.\n\n"
    "8.    APPLICATION TO DIVERT A PUBLIC BRIDLEWAY ALONG THE EDGE OF COWSLIP MEADOW,\n"
    "      PARISH OF LOWER ASHBY (Ref: PPO/2024/017)\n\n"
    "       The Committee considered the application.\n\n"
    "       RESOLVED – That the order be made.\n\n"
    "9.    DATE OF NEXT MEETING\n\n       6 June 2027.\n"
)


def test_a_numbered_title_in_capitals_wrapped_at_a_comma_goes_on_under_it():
    meeting = parse_meeting(WRAPPED_TITLE)
    assert [item.number for item in meeting.items] == ["7", "8", "9"]
    title = meeting.items[1].title
    assert title.startswith("APPLICATION TO DIVERT A PUBLIC BRIDLEWAY")
    assert missing_sentences(WRAPPED_TITLE, meeting) == []


def test_a_societys_editor_who_will_act_has_the_task():
    meeting = parse_meeting(
        "1 Apologies\n\n1.1 None.\n\n2 Newsletter\n\n"
        "2.1 The Newsletter Editor will find out the cost of colour printing and report in "
        "March.\n\n3 Next meeting\n\n3.1 6 June.\n"
    )
    assert [owner for _, owner in actions_of(meeting)] == ["Newsletter Editor"]


def _word_minutes(paragraphs: list[tuple[str, str | None]]) -> bytes:
    """A Word document of paragraphs, each with its style (None: Normal)."""
    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_feedback_of_those_present_leads_in_to_their_points():
    data = _word_minutes(
        [
            ("Item 1 – Welcome", None),
            ("Everyone was welcomed.", None),
            ("Item 2 – Open days", None),
            ("Jo reported on the two open days.", None),
            ("Helpers' feedback:", None),
            ("the signs at the gate were too small;", "List Bullet"),
            ("the urn needs replacing before spring.", "List Bullet"),
            ("Item 3 – Next meeting", None),
            ("6 June.", None),
        ]
    )
    text = read_upload("notes.docx", data)
    meeting = parse_meeting(text)
    assert points_of(meeting) == [
        "the signs at the gate were too small;",
        "the urn needs replacing before spring.",
    ]
    assert missing_sentences(text, meeting) == []


# --- What these rules must not do ----------------------------------------------------------------


def test_a_numbered_title_in_capitals_over_its_sentence_keeps_them_apart():
    meeting = parse_meeting(
        "7.    APOLOGIES\n\n       None.\n\n"
        "8.    APPLICATION TO DIVERT A PUBLIC BRIDLEWAY ALONG THE EDGE OF COWSLIP MEADOW\n"
        "      The Committee considered the application, and the order was made.\n\n"
        "9.    DATE OF NEXT MEETING\n\n       6 June 2027.\n"
    )
    assert meeting.items[1].title == (
        "APPLICATION TO DIVERT A PUBLIC BRIDLEWAY ALONG THE EDGE OF COWSLIP MEADOW"
    )


def test_a_line_in_capitals_ending_at_a_comma_over_a_sentence_is_not_joined_to_it():
    text = (
        "7.    APOLOGIES\n\n       None.\n\n"
        "8.    APPLICATION TO DIVERT A PUBLIC BRIDLEWAY ALONG THE EDGE OF COWSLIP MEADOW,\n"
        "      The Committee agreed to make the order.\n\n"
        "9.    DATE OF NEXT MEETING\n\n       6 June 2027.\n"
    )
    meeting = parse_meeting(text)
    assert decisions_of(meeting) == ["The Committee agreed to make the order."]
    assert missing_sentences(text, meeting) == []


def test_an_editor_who_will_be_away_has_no_task():
    meeting = parse_meeting(
        "1 Apologies\n\n1.1 None.\n\n2 Newsletter\n\n"
        "2.1 The Newsletter Editor will be away in March.\n\n3 Next meeting\n\n3.1 6 June.\n"
    )
    assert actions_of(meeting) == []


def test_feedback_from_a_survey_of_visitors_reported_is_no_lead_in():
    data = _word_minutes(
        [
            ("Item 1 – Welcome", None),
            ("Everyone was welcomed.", None),
            ("Item 2 – Open days", None),
            ("Jo reported on the survey. The feedback received was as follows:", None),
            ("the signs at the gate were too small;", "List Bullet"),
            ("the urn needs replacing before spring.", "List Bullet"),
            ("Item 3 – Next meeting", None),
            ("6 June.", None),
        ]
    )
    meeting = parse_meeting(read_upload("notes.docx", data))
    assert points_of(meeting) == []


def test_feedback_forms_counted_are_no_lead_in_to_points():
    data = _word_minutes(
        [
            ("Item 1 – Welcome", None),
            ("Everyone was welcomed.", None),
            ("Item 2 – Open days", None),
            ("Visitors' feedback forms were counted by day:", None),
            ("Saturday, 41 forms;", "List Bullet"),
            ("Sunday, 36 forms.", "List Bullet"),
            ("Item 3 – Next meeting", None),
            ("6 June.", None),
        ]
    )
    meeting = parse_meeting(read_upload("notes.docx", data))
    assert points_of(meeting) == []


def test_a_line_in_sentence_case_under_a_title_ending_at_a_comma_is_not_its_end():
    text = (
        "7.    APOLOGIES\n\n      None.\n\n"
        "8.    APPLICATION TO DIVERT A PUBLIC BRIDLEWAY ALONG THE EDGE OF COWSLIP MEADOW,\n"
        "      Deferred from the last meeting\n\n"
        "9.    DATE OF NEXT MEETING\n\n      6 June 2027.\n"
    )
    meeting = parse_meeting(text)
    assert all("Deferred" not in item.title for item in meeting.items)
    assert missing_sentences(text, meeting) == []
