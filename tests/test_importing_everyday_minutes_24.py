"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
twenty-fourth round of held-out fixtures (tests/minutes_fixtures/held_out_24), which the
rules before it missed somewhere (the rounds before it are in
tests/test_importing_everyday_minutes.py, tests/test_importing_everyday_minutes_22.py and
tests/test_importing_everyday_minutes_23.py). What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.word import docx_to_text
from tests.reading_helpers import actions_of, decisions_of, points_of, word_table


def partnership_table(header: list[str], rows: list[list[str]]) -> bytes:
    return word_table(
        header, rows, title="Minutes of the Partnership Board meeting held on 5 March 2026"
    )


# --- The twenty-fourth round ----------------------------------------------------------------------


def test_a_word_table_whose_minute_column_is_named_with_its_decisions_is_the_minutes():
    data = partnership_table(
        ["Ref", "Discussion and decisions", "Action – who and when"],
        [
            ["PB/01", "Apologies\nApologies from Ann Lee.", "–"],
            ["PB/02", "Minutes\nDecision: the minutes were agreed.", "–"],
            [
                "PB/03",
                "Grants\nFour applications were set out.\nDecision: the Board approved two grants.",
                "JS – 13 March",
            ],
        ],
    )
    meeting = parse_meeting(docx_to_text(data))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("PB/01", "Apologies"),
        ("PB/02", "Minutes"),
        ("PB/03", "Grants"),
    ]
    assert len(decisions_of(meeting)) == 2


def test_a_sentence_back_at_the_column_of_the_dashes_is_the_minute_going_on():
    text = (
        "1.  Planning\n"
        "      (a) 26/0031/FUL, Coach House: conversion.\n"
        "          In discussion:\n"
        "          – the doors are original and should be kept\n"
        "          – the Society has no objection to the use\n"
        "          It was resolved to object to the rooflights.\n\n"
        "2.  Date of next meeting\n      1 April 2026.\n"
    )
    meeting = parse_meeting(text)
    assert points_of(meeting) == [
        "the doors are original and should be kept",
        "the Society has no objection to the use",
    ]
    assert decisions_of(meeting) == ["It was resolved to object to the rooflights."]
    assert missing_sentences(text, meeting) == []


def test_a_bodys_members_listed_on_their_labels_line_take_tasks_by_first_name():
    meeting = parse_meeting(
        "Panel members: Yvonne Catterick (Chair), Paul Mensah-Wright, Brenda Oakhanger\n\n"
        "1. Apologies\nNone.\n\n2. Recruitment\nThe Panel agreed to advertise.\n"
        "Paul to write a short piece for the newsletter by 6 March.\n"
        "Yvonne and Brenda to visit the estate with the estates team.\n"
    )
    assert [owner for _, owner in actions_of(meeting)] == ["Paul", "Yvonne and Brenda"]


def test_committee_present_names_take_tasks_and_finding_volunteers_is_a_task():
    meeting = parse_meeting(
        "Committee present: Hazel Dunn (Chair), Trevor Scott (Treasurer)\n\n"
        "Item 1. Accounts\nThe accounts were adopted.\n"
        "Trevor will find out whether we can claim Gift Aid.\n\n"
        "Item 2. Volunteers\nHazel will find six volunteers for the fun day.\n"
    )
    assert [owner for _, owner in actions_of(meeting)] == ["Trevor", "Hazel"]


def test_the_following_were_elected_unopposed_is_a_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Election of officers\n"
        "The following were elected unopposed: Chair – Hazel Dunn; Treasurer – Trevor Scott.\n"
    )
    assert decisions_of(meeting) == [
        "The following were elected unopposed: Chair – Hazel Dunn; Treasurer – Trevor Scott."
    ]


def test_a_lettered_part_with_the_council_noting_is_a_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Finance\n"
        "(a) RESOLVED to approve the schedule of payments.\n"
        "(b) The Council noted the budget monitoring report.\n"
        "(c) RESOLVED to move £6,000 to the earmarked reserve.\n"
    )
    assert len(decisions_of(meeting)) == 3
    assert "(b) The Council noted the budget monitoring report." in decisions_of(meeting)


# --- What the twenty-fourth round's rules must not do ---------------------------------------------


def test_a_column_of_decisions_and_actions_is_no_minute_column():
    text = docx_to_text(
        partnership_table(
            ["Ref", "Decisions and actions", "Owner"],
            [["PB/01", "Bench\nOrder a new bench.", "Clerk"]],
        )
    )
    assert "PB/01\tBench Order a new bench.\tClerk" in text


def test_a_bullet_wrapped_under_its_text_or_mid_phrase_stays_one_point():
    meeting = parse_meeting(
        "1.  Planning\n"
        "      In discussion:\n"
        "      – the doors are original and\n"
        "      Members want them kept\n"
        "      – the rooflights face the churchyard and\n"
        "        would be seen from the lychgate\n\n"
        "2.  Date of next meeting\n      1 April 2026.\n"
    )
    assert points_of(meeting) == [
        "the doors are original and Members want them kept",
        "the rooflights face the churchyard and would be seen from the lychgate",
    ]


def test_a_name_not_listed_or_a_label_of_the_public_gives_no_owner():
    meeting = parse_meeting(
        "Panel members: Yvonne Catterick (Chair)\n\n"
        "1. Apologies\nNone.\n\n2. Recruitment\nThe Panel agreed to advertise.\n"
        "Yvonne and Derek to visit the estate.\n"
        "Paul to write a short piece for the newsletter.\n"
    )
    assert actions_of(meeting) == []


def test_finding_that_something_is_so_is_no_task():
    meeting = parse_meeting(
        "Present: Kirsty Blamerton\n\n1. Repairs\nThe repairs were discussed.\n"
        "Kirsty will find that the new slots work better.\n"
    )
    assert actions_of(meeting) == []


def test_the_following_elected_to_another_body_is_no_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Ward report\n"
        "The following were elected to the District Council in May: Cllr Dunn, Cllr Scott.\n"
    )
    assert decisions_of(meeting) == []


def test_a_lettered_part_that_reports_or_is_no_bodys_gives_no_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Finance\n"
        "(a) The Council's auditor noted the budget monitoring report.\n"
        "(b) The Clerk noted that the bank had changed its charges.\n"
    )
    assert decisions_of(meeting) == []


# --- Narrowed after a review ----------------------------------------------------------------------


def test_a_lettered_part_the_rule_does_not_read_is_still_read_by_the_others():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Finance\n"
        "(a) The Committee considered the report and it was RESOLVED to approve the budget.\n"
        "(b) The Council considered the grant applications. RESOLVED: to award £500.\n"
    )
    assert len(decisions_of(meeting)) == 2


def test_finding_a_thing_already_there_is_no_task():
    meeting = parse_meeting(
        "Present: Mary Smith, Tom Green\n\n1. Apologies\nNone.\n\n2. Planning\n"
        "Mary will find the report on the district council's website.\n"
        "Tom will find this useful for the planning committee.\n"
        "Mary will find six volunteers for the open day.\n"
    )
    assert actions_of(meeting) == [("Mary will find six volunteers for the open day.", "Mary")]


def test_a_line_at_the_dashes_column_with_a_bullet_after_it_or_after_by_is_a_wrap():
    text = (
        "1.  Apologies\n    None.\n\n2.  Highways\n    In discussion:\n"
        "    - potholes reported on Station Road by\n    Cllr Brown\n"
        "    - the applicant has agreed to lower the wall\n"
        "    Members were content with the revised height\n"
        "    - the trees on the boundary are protected\n\n"
        "3.  Date of next meeting\n    1 April 2026.\n"
    )
    meeting = parse_meeting(text)
    assert points_of(meeting) == [
        "potholes reported on Station Road by Cllr Brown",
        "the applicant has agreed to lower the wall Members were content with the revised height",
        "the trees on the boundary are protected",
    ]
    assert missing_sentences(text, meeting) == []
