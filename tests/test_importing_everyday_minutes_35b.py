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
