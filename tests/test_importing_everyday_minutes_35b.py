"""The importer on everyday minutes, each rule on a few lines of its own: a shape of the
thirty-fifth round of held-out fixtures (tests/minutes_fixtures/held_out_35), read by a youth
group's committee whose register lists each person present on a line of their own, the full
name, a spaced dash and what they are ("Lucy Kettlewyn-Hollamby - parent member (Cubs)"), and
whose minutes then call them by first name: "Lucy will put a sorting rota on the parents'
WhatsApp group" is a task of someone on that register. Each rule's test was run on the
importer as it was before the rule and failed there. What these rules must not do is at the
end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of

# --- The thirty-fifth round ----------------------------------------------------------------------

DASHED_REGISTER = (
    "Present:\n"
    "Nora Pickles - Chair\n"
    "Ted Umbers - Secretary\n"
    "Sal Quinn-Arbery - parent member (Juniors)\n"
    "\n"
    "Apologies: Ivo Dunn\n"
    "\n"
    "1. Welcome\n"
    "Nora welcomed everyone.\n"
    "\n"
)


def test_a_register_of_a_name_a_line_each_with_a_role_after_a_dash_is_read():
    text = DASHED_REGISTER + "2. Next meeting\n7 April.\n"
    meeting = parse_meeting(text)
    assert meeting.register.present == ["Nora Pickles", "Ted Umbers", "Sal Quinn-Arbery"]
    assert meeting.register.roles["parent member, juniors"] == "Sal Quinn-Arbery"
    assert meeting.register.roles["secretary"] == "Ted Umbers"
    assert not meeting.unplaced
    assert missing_sentences(text, meeting) == []


def test_a_register_with_roles_after_en_dashes_is_read_under_also_present():
    text = (
        "Present: Nora Pickles (Chair), Ted Umbers\n"
        "Also present:\n"
        "Mr Dan Royle – Finance Director\n"
        "Keely Ash – Welfare Officer (FA)\n"
        "\n1. Welcome\nNora welcomed everyone.\n\n2. Next meeting\n7 April.\n"
    )
    meeting = parse_meeting(text)
    assert meeting.register.in_attendance == ["Mr Dan Royle", "Keely Ash"]
    assert meeting.register.roles["welfare officer, fa"] == "Keely Ash"
    assert missing_sentences(text, meeting) == []


ROTA = (
    "2. Fundraising\n"
    "Sal reported on the Easter raffle. Tickets could be bought at the clubhouse bar until\n"
    "4 April, and would be drawn at the presentation evening. Last year the raffle had sold\n"
    "over\n"
    "1,200 tickets. Helpers were still needed to sell tickets at the home games.\n"
    "Sal will put a selling rota on the parents' WhatsApp group and on the clubhouse\n"
    "noticeboard this week.\n"
    "Ted said the brewery would give a barrel for the first prize.\n"
)


def test_someone_on_a_dashed_register_who_will_do_something_by_first_name_has_the_task():
    text = DASHED_REGISTER + ROTA
    meeting = parse_meeting(text)
    assert actions_of(meeting) == [
        (
            "Sal will put a selling rota on the parents' WhatsApp group and on the clubhouse "
            "noticeboard this week.",
            "Sal",
        )
    ]
    assert missing_sentences(text, meeting) == []


# --- What these rules must not do -----------------------------------------------------------------


def _tasks_under_the_register(body: str) -> list[tuple[str, str]]:
    text = DASHED_REGISTER + "2. Fundraising\n" + body
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return actions_of(meeting)


def test_what_someone_on_a_dashed_register_said_they_would_do_is_no_task():
    assert (
        _tasks_under_the_register(
            "Sal said she would put a rota on the noticeboard.\n"
            "Ted said the brewery would put up a marquee for the day.\n"
        )
        == []
    )


def test_what_will_happen_to_money_or_a_building_is_no_task():
    assert (
        _tasks_under_the_register(
            "The money will go to the kit fund. The clubhouse will be closed over Easter.\n"
        )
        == []
    )


def test_someone_on_a_dashed_register_who_will_be_away_has_no_task():
    assert _tasks_under_the_register("Sal will be away in June. Nora will be at the AGM.\n") == []


def test_a_first_name_no_one_on_the_register_goes_by_is_given_no_task():
    # a town, not a person of the meeting
    assert _tasks_under_the_register("Preston will run the county finals this year.\n") == []


def test_a_reason_for_absence_after_a_dash_is_no_role():
    text = (
        "Present: Nora Pickles (Chair), Ted Umbers\n"
        "Apologies:\n"
        "Sal Quinn - at work\n"
        "\n1. Welcome\nNora welcomed everyone.\n\n2. Next meeting\n7 April.\n"
    )
    meeting = parse_meeting(text)
    assert "at work" not in meeting.register.roles
    assert missing_sentences(text, meeting) == []


def test_a_line_under_present_with_a_sentence_after_a_dash_is_no_one_present():
    text = (
        "Present:\n"
        "Nora Pickles - Chair\n"
        "Ted Umbers - Secretary\n"
        "Nora Pickles - sent her thanks to all. The bar was busy.\n"
        "\n1. Welcome\nNora welcomed everyone.\n\n2. Next meeting\n7 April.\n"
    )
    meeting = parse_meeting(text)
    assert not any("thanks" in role for role in meeting.register.roles)
    assert not any("thanks" in line for line in meeting.register.source)
    assert missing_sentences(text, meeting) == []


# --- Narrowed after a review ----------------------------------------------------------------------

COUNCIL_REGISTER = (
    "Present:\n"
    "Cllr Ann Day - Chair\n"
    "Cllr Tom Hay - Vice Chair\n"
    "{lines}\n"
    "\n1. Welcome\nThe Chair welcomed everyone.\n\n{body}2. Next meeting\n7 April.\n"
)


def _register_with(lines: str, body: str = ""):
    text = COUNCIL_REGISTER.format(lines=lines, body=body)
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


def test_when_someone_came_or_went_after_a_dash_is_no_role():
    for note in ("for item 5 only", "left after item 6", "arrived late", "from item 4"):
        meeting = _register_with(f"Mrs Jo Bell – {note}")
        assert note not in meeting.register.roles, note
        assert f"Mrs Jo Bell – {note}" in meeting.unplaced, note


def test_a_reason_after_a_dash_under_absent_is_no_role():
    meeting = _register_with("Absent:\nCllr Ben Rudd - unwell")
    assert "unwell" not in meeting.register.roles
    assert "Cllr Ben Rudd - unwell" in meeting.unplaced


def test_an_office_or_a_heading_before_the_dash_is_no_one_present():
    for line, label in (
        ("Parish Clerk - Sue Bright", "Parish Clerk"),
        ("Responsible Financial Officer - Sue Bright", "Responsible Financial Officer"),
        ("The Mayor - Cllr Ray Stone", "The Mayor"),
        ("Minute Taker - Ted Umbers", "Minute Taker"),
        ("Minutes Taken By - Ted Umbers", "Minutes Taken By"),
        ("Next Meeting - Tuesday 7 April", "Next Meeting"),
    ):
        meeting = _register_with(line)
        assert label not in meeting.register.names(), line
        assert line in meeting.unplaced, line


def test_a_body_before_or_after_the_dash_is_no_one_present_and_no_owner():
    meeting = _register_with("In attendance:\nWendlow Gazette - press")
    assert "Wendlow Gazette" not in meeting.register.names()
    meeting = _register_with(
        "In attendance:\nKate Hill - Thames Water",
        "Thames Water to repair the leak on Mill Lane by March.\n\n",
    )
    assert "thames water" not in meeting.register.roles
    assert actions_of(meeting) == []


def test_lines_run_together_are_not_read_as_one_person_and_a_role():
    for lines, person in (
        # a role of five words or more and no stop is joined to the line after it
        ("Sal Quinn - parent member for the Cubs\nAmy Pole - Secretary", "Amy Pole"),
        ("Sal Quinn - parent member for the Cubs\nAmy Pole", "Amy Pole"),
        ("Mark Lee - Planning Consultant, Parkside Ltd\nIan Moss", "Ian Moss"),
        ("Ann Bell - Treasurer, Tom Hay, Sue Day", "Sue Day"),
    ):
        meeting = _register_with(lines)
        assert not any(person.lower() in role for role in meeting.register.roles), lines
        assert person in meeting.register.names() or any(
            person in line for line in meeting.unplaced
        ), lines


def test_whether_each_member_came_after_a_dash_under_attendance_is_no_one_present():
    text = (
        "Attendance:\n"
        "Ann Bell - Chair\n"
        "Tom Hay - apologies\n"
        "Sue Day - absent\n"
        "\n1. Welcome\nAnn welcomed everyone.\n\n2. Next meeting\n7 April.\n"
    )
    meeting = parse_meeting(text)
    assert "Tom Hay" not in meeting.register.present
    assert "Sue Day" not in meeting.register.present
    assert missing_sentences(text, meeting) == []
