"""A minute pasted from a council's minutes page is read into the record without losing a sentence."""

from pathlib import Path

import pytest

from minutes.importing import (
    clean_line,
    find_speakers,
    missing_sentences,
    owner_label_of,
    parse_minute,
    sentences,
    split_topic,
)
from minutes.text import parse_sections

SEED = (
    Path(__file__).resolve().parent.parent
    / "minutes"
    / "demo"
    / "lga-productivity-report-minute.txt"
)


@pytest.fixture(scope="module")
def seed_text():
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_text):
    return parse_minute(seed_text)


def test_the_seed_is_the_copied_page_with_its_non_breaking_spaces_and_bullets(seed_text):
    assert "\u00a0" in seed_text and "·" in seed_text


def test_it_reads_the_title_and_who_introduced_it(seed):
    assert seed.title == "Productivity Report"
    assert seed.introduced_by == "Cllr Ron Woodley"


def test_it_keeps_the_sections_in_order(seed):
    headings = [s.heading for s in seed.sections]
    assert headings == [
        "",
        "Cyber Security",
        "Procurement",
        "Commercialisation",
        "Efficient and Intelligent councils",
        "Discussion",
    ]


def test_procurement_keeps_its_three_bullets_without_padding(seed):
    procurement = next(s for s in seed.sections if s.heading == "Procurement")
    bullets = [b for block in procurement.blocks for b in block.bullets]
    assert bullets == [
        "contract management,",
        "strategic supplier relationship management",
        "measuring social value.",
    ]


def test_the_discussion_section_keeps_only_its_lead_in(seed):
    discussion = next(s for s in seed.sections if s.heading == "Discussion")
    assert [b.text for b in discussion.blocks] == [
        "The Chairman, took the opportunity to go through the report area by area, "
        "inviting comments from the board."
    ]


def test_it_finds_the_eight_points_with_topics_and_speakers(seed):
    assert [(p.topic, p.speakers) for p in seed.points] == [
        ("Cyber security", []),
        ("Commercialisation", []),
        ("Shared Services", ["Cllr Fleming"]),
        ("Behavioural Insights", []),
        ("Brexit", ["Cllr Allen", "Dennis Skinner"]),
        ("Modern Slavery", []),
        ("OPE", []),
        ("New ideas", []),
    ]


def test_a_paragraph_after_a_bullet_carries_on_that_point(seed):
    shared = seed.points[2]
    assert shared.text.startswith("Cllr Fleming advised that he has picked up")
    assert "qualitative analysis to find out what has changed." in shared.text


def test_the_action_is_owned_by_the_group_it_names(seed):
    assert len(seed.actions) == 1
    action = seed.actions[0]
    assert (
        action.description
        == "Officers to follow up on the concerns and suggestions raised by the Board."
    )
    assert action.owner_label == "Officers"


def test_no_non_breaking_space_survives(seed):
    assert "\u00a0" not in seed.all_text()


def test_not_a_sentence_of_the_seed_is_lost(seed_text, seed):
    assert len(sentences(seed_text)) > 40
    assert missing_sentences(seed_text, seed) == []


def test_a_lost_sentence_would_be_noticed(seed_text):
    parsed = parse_minute(seed_text)
    parsed.points[4].text = parsed.points[4].text.replace(
        "She noted that the government assumptions had not been shared with all regions "
        "and that London had not been included.",
        "",
    )
    assert missing_sentences(seed_text, parsed) == [
        "She noted that the government assumptions had not been shared with all regions "
        "and that London had not been included."
    ]


def test_the_minute_text_reads_back_into_the_same_sections(seed):
    reread = parse_sections(seed.minute_text)
    assert [s.heading for s in reread] == [s.heading for s in seed.sections]
    assert reread == seed.sections


@pytest.mark.parametrize(
    "raw, text, is_bullet",
    [
        (
            "·\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 contract management,",
            "contract management,",
            True,
        ),
        ("\u00a0", "", False),
        ("• Item", "Item", True),
        ("Outcome - agreed", "Outcome - agreed", False),
        ("October", "October", False),
    ],
)
def test_clean_line(raw, text, is_bullet):
    line = clean_line(raw)
    assert (line.text, line.is_bullet) == (text, is_bullet)


def test_split_topic_leaves_a_long_lead_alone():
    assert split_topic("Shared Services – Cllr Fleming advised.") == (
        "Shared Services",
        "Cllr Fleming advised.",
    )
    long_lead = "Members were told about the plan for the year ahead in detail – and agreed."
    assert split_topic(long_lead) == ("", long_lead)


def test_a_group_is_not_a_speaker():
    assert find_speakers("Members agreed it would help. The Chairman noted it.") == []
    assert find_speakers("Councillor Jane Doe asked a question.") == ["Councillor Jane Doe"]


def test_owner_label_of():
    assert owner_label_of("Officers to follow up on the concerns.") == "Officers"
    assert owner_label_of("Head of Finance to circulate the figures.") == "Head of Finance"
    assert owner_label_of("The report was noted.") == ""


def test_it_reads_plain_text_with_no_furniture_or_headings():
    text = "The report was\r\nnoted by the panel.\r\n\r\nRESOLVED that the report be noted."
    parsed = parse_minute(text)
    assert [b.text for s in parsed.sections for b in s.blocks] == [
        "The report was noted by the panel."
    ]
    assert parsed.decisions == ["RESOLVED that the report be noted."]
    assert missing_sentences(text, parsed) == []


def test_it_survives_empty_text():
    parsed = parse_minute("")
    assert parsed.sections == [] and parsed.points == [] and parsed.actions == []


def test_a_heading_directly_above_its_paragraph_still_stands_alone():
    parsed = parse_minute(
        "Minutes:\nProcurement\nMembers were informed of the plan.\n· first\n  continued here\n"
        "After the list."
    )
    assert [s.heading for s in parsed.sections] == ["Procurement"]
    blocks = parsed.sections[0].blocks
    assert blocks[0].text == "Members were informed of the plan."
    assert blocks[1].bullets == ["first continued here"]
    assert blocks[2].text == "After the list."


FIXTURES = Path(__file__).resolve().parent / "minutes_fixtures"


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.glob("*.txt"))[:0] or [FIXTURES / "one-line-item.txt"]
)
def test_a_single_item_paste_keeps_its_title(path):
    text = path.read_text(encoding="utf-8")
    parsed = parse_minute(text)
    assert parsed.title == "Public questions"
    assert missing_sentences(text, parsed) == []


def test_a_resolved_block_becomes_the_decisions():
    parsed = parse_minute((FIXTURES / "budget-monitoring-resolved-block.txt").read_text())
    assert parsed.decisions == [
        "(a) That the forecast position be noted.",
        "(b) That the virements set out in Appendix B be approved.",
    ]
    assert parsed.supporting_documents == [
        "Quarter 2 monitoring report, item 6.",
        "Appendix B: virements, item 6.",
    ], "the file sizes are the website's, not the record's"


def test_inline_action_lines_and_word_bullets():
    parsed = parse_minute((FIXTURES / "local-plan-inline-actions.txt").read_text())
    assert [(a.owner_label, a.description) for a in parsed.actions] == [
        ("Head of Planning", "Head of Planning to circulate the revised timetable to all members."),
        (
            "Democratic Services",
            "Democratic Services to add a Local Plan update to the work programme.",
        ),
    ]
    bullets = [b for s in parsed.sections for block in s.blocks for b in block.bullets]
    assert bullets == [
        "Regulation 18 consultation to start in March;",
        "submission to the Secretary of State in the autumn.",
    ]


def test_tabbed_bullets_under_a_discussion_heading_become_points():
    parsed = parse_minute((FIXTURES / "highways-tabs-and-bullets.txt").read_text())
    assert [(p.topic, p.speakers) for p in parsed.points] == [
        ("Rural roads", ["Cllr Hughes", "Ms Rivera"]),
        ("Communications", []),
    ]
    assert [s.heading for s in parsed.sections] == ["", "Potholes", "Winter service", "Discussion"]


def test_random_pastes_never_crash_or_lose_a_sentence():
    import random

    pieces = [
        "Members noted the report.",
        "\u00a0",
        "·\u00a0\u00a0\u00a0 a bullet point;",
        "Discussion",
        "Action",
        "Officers to check the figures.",
        "RESOLVED:",
        "That it be agreed.",
        "Minutes:",
        "Cllr Jones asked a question.",
        "Topic – Ms Lee explained the position.",
        "",
        "\t",
        "Heading",
        "Agenda item",
        "Action: Clerk to write to the parish.",
        "• Another bullet.",
    ]
    rng = random.Random(20191017)
    for _ in range(500):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        parsed = parse_minute(text)
        assert missing_sentences(text, parsed) == [], text


def test_with_no_minutes_label_a_short_first_line_is_the_title():
    parsed = parse_minute("Grass cutting\n\nThe contractor has given notice.")
    assert parsed.title == "Grass cutting"
    assert [b.text for s in parsed.sections for b in s.blocks] == [
        "The contractor has given notice."
    ]


def test_the_agenda_description_is_not_glued_onto_the_title():
    parsed = parse_minute(
        "Agenda item\n\nBudget 2026\n\nTo consider the draft budget.\n\nMinutes:\n\n"
        "The draft was presented."
    )
    assert parsed.title == "Budget 2026"
    assert [b.text for s in parsed.sections for b in s.blocks] == [
        "To consider the draft budget.",
        "The draft was presented.",
    ]
