"""The general rules the fourth held-out round prompted, each on a few lines of its own."""

from minutes.importing import parse_meeting, parse_minute
from minutes.importing.readers import html_to_text


def test_a_whole_meeting_on_one_line_is_read_item_by_item():
    text = (
        "Minutes of the meeting held on 1 May Present: Cllrs A Bell, C Dane 1. Apologies "
        "None received. 2. Planning applications The committee considered the application "
        "for a rear extension at 4 Orchard Close and heard from the applicant, who said "
        "that the neighbours had been consulted. RESOLVED to object. "
        "3. Date of next meeting Monday 2 June."
    )
    meeting = parse_meeting(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Planning applications"),
        ("3", "Date of next meeting"),
    ]
    assert meeting.items[1].decisions == ["RESOLVED to object."]


def test_a_table_drawn_with_bars_is_an_action_log():
    item = parse_minute(
        "Actions arising\n\n| Item | Action | Lead | Deadline |\n|---|---|---|---|\n"
        "| 2 | Obtain a second quote | BO | 30 Nov 2025 |\n"
    )
    (action,) = item.actions
    assert (action.description, action.owner_label, str(action.due_date)) == (
        "Obtain a second quote",
        "BO",
        "2025-11-30",
    )


def test_a_sub_bullet_is_part_of_its_point():
    item = parse_minute(
        "Budget\n\nThe following points were made:\n• Housing numbers\no the method\n"
        "o the shortfall\n• Schools.\n"
    )
    assert [(p.topic, p.text) for p in item.points] == [
        ("Housing numbers", "the method the shortfall"),
        ("", "Schools."),
    ]


def test_the_parish_resolves_unanimously_and_by_a_majority():
    for sentence in (
        "Proposed Cllr Pearce, seconded Cllr Vane, resolved unanimously to accept the apologies.",
        "Unanimously resolved to close the zip wire.",
        "After discussion it was resolved by a majority (3 for, 1 against) to object.",
        "Governors approved the SEND information report.",
        "The Working Group agreed to recommend five applications.",
    ):
        assert parse_minute(f"Item\n\n{sentence}").decisions == [sentence], sentence
    assert parse_minute("Item\n\nMembers noted the action log.").decisions == []


def test_an_owner_in_brackets_ends_an_instruction_not_a_sentence_about_someone():
    item = parse_minute(
        "Policies\n\nThe report was presented by Mrs Odell (Chair).\n"
        "Upload the approved policies to the website (Clerk)\n"
    )
    assert [(a.description, a.owner_label) for a in item.actions] == [
        ("Upload the approved policies to the website (Clerk)", "Clerk")
    ]


def test_a_lead_in_above_lettered_decisions_is_not_a_decision_of_its_own():
    item = parse_minute(
        "Skills\n\nDecision:\nThe Board:\na) approved the plan;\nb) noted the outcome.\n"
    )
    assert item.decisions == ["The Board: a) approved the plan;", "b) noted the outcome."]


def test_a_page_listing_its_items_in_an_ordered_list_numbers_them():
    text = html_to_text(
        "<ol><li><h2>Apologies</h2><p>None.</p></li><li><h2>Finance</h2>"
        "<ul><li>Reserves<ul><li>the level</li></ul></li></ul></li></ol>"
    )
    assert text.split("\n\n") == [
        "1.",
        "Apologies",
        "None.",
        "2.",
        "Finance",
        "• Reserves",
        "◦ the level",
    ]


def test_a_register_in_columns_gives_each_name_its_role():
    meeting = parse_meeting(
        "In attendance:    Fiona Large        Licensing Officer\n"
        "                  Zara Holt          Democratic Services Officer\n"
        "Apologies:        None\n\n1. Declarations\nNone.\n\n2. Licence\nRESOLVED to grant it.\n"
    )
    assert meeting.register.in_attendance == ["Fiona Large", "Zara Holt"]
    assert meeting.register.roles["licensing officer"] == "Fiona Large"
    assert meeting.register.apologies == []
