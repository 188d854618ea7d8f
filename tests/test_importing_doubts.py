"""What the preview asks the clerk to check: sentences the reading kept as text that read like
a decision or a task, and a lead-in whose list was not read as points
(minutes/importing/doubts.py). And what it must not ask about."""

from pathlib import Path

from minutes.importing import parse_meeting

SEED = (
    Path(__file__).resolve().parents[2] / "shared" / "seed" / "lga-productivity-report-minute.txt"
)

REGISTER = """Present: Cllr Ann Pryce (Chair), Cllr Tom Oakes, Cllr Ravi Dhillon

"""


def _checks(text: str) -> list[str]:
    return [w for w in parse_meeting(text).warnings if "check it" in w or "make each one" in w]


def _meeting(*items: str) -> str:
    return REGISTER + "\n\n".join(f"{n}. {body}" for n, body in enumerate(items, start=1))


def test_a_decision_in_words_the_rules_do_not_read_is_named_for_checking():
    text = _meeting(
        "Scheme of delegation\n\nFollowing a short debate the Council duly ratified the "
        "scheme of delegation.",
        "Planning\n\nDC/26/0412 - 4 Mill Lane - rear extension - No objection.",
    )
    checks = _checks(text)
    assert any("Item 1" in c and "may be a decision" in c for c in checks), checks
    assert any("Item 2" in c and "DC/26/0412" in c and "may be a decision" in c for c in checks)


def test_a_task_for_an_office_a_councillor_or_initials_is_named_for_checking():
    text = _meeting(
        "Footpaths\n\nThe stile on footpath 7 is broken. The Parish Clerk would write to "
        "the landowner before the next meeting.",
        "Website\n\nIn reply, Cllr Oakes said that he would update the accessibility "
        "statement by 1 May.",
        "Insurance\n\nRD would chase the insurer about the claim.",
    )
    checks = _checks(text)
    for number in (1, 2, 3):
        assert any(f"Item {number}:" in c and "a task for someone" in c for c in checks), checks


def test_a_lead_in_whose_list_was_not_read_as_points_is_named_for_checking():
    text = _meeting(
        "Speed limits\n\nMembers' observations:\n\nThe limit on the B4411 is ignored at "
        "night.\n\nThe school crossing needs a second patrol.",
        "Date of the next meeting\n\n7 April 2026.",
    )
    checks = _checks(text)
    assert any("Item 1" in c and "Members' observations:" in c for c in checks), checks


def test_the_seed_is_not_questioned():
    assert parse_meeting(SEED.read_text(encoding="utf-8")).warnings == []


def test_what_was_read_is_not_questioned_again():
    text = _meeting(
        "Grass cutting\n\nRESOLVED that the quotation from Greenway Ltd be accepted.",
        "Bins\n\nACTION: Clerk to order two new litter bins.",
        "Play area\n\nMembers raised the following points:\n\n- the swings need new chains\n"
        "- the gate does not close",
    )
    meeting = parse_meeting(text)
    assert [len(i.decisions) for i in meeting.items] == [1, 0, 0]
    assert [len(i.actions) for i in meeting.items] == [0, 1, 0]
    assert [len(i.points) for i in meeting.items] == [0, 0, 2]
    assert _checks(text) == []


def test_bodies_and_outsiders_are_not_taken_for_tasks():
    """A view agreed ("Members agreed it would be helpful …") is held by the seed's test."""
    text = _meeting(
        "Broadband\n\nThe provider's report was circulated.\n\nThe District Council will "
        "consult on its local plan in the summer.\n\nOpenreach will finish the fibre works "
        "in June.\n\nThe Minister will announce the funding in May.\n\nThe Executive will "
        "consider the consultation's findings in July.",
        "Date of the next meeting\n\n7 April 2026.",
    )
    meeting = parse_meeting(text)
    assert [(len(i.decisions), len(i.actions)) for i in meeting.items] == [(0, 0), (0, 0)]
    assert _checks(text) == []


def test_a_line_ending_in_a_colon_is_no_decision_or_task_to_check():
    """A register's sub-headings ("Members appointed by the County Council:") head the names
    under them, and a lead-in heads its list: neither decides nor gives a task itself."""
    text = (
        "Present:\n\nMembers appointed by the Secretary of State:\n    Dr Ann Fell (Chair), "
        "Mr Tom Rigg\n\nMembers appointed by Westmere County Council:\n    Cllr Joan Pask, "
        "Cllr Ed Lunn\n\n1. Apologies\n\nApologies were received from Cllr Kay.\n\n"
        "2. Trails\n\nThe Ranger will report on the following:\n\nThe stile on the ridge path "
        "was repaired in May.\n"
    )
    assert _checks(text) == []


def test_a_list_of_things_or_one_question_quoted_is_no_list_of_points_to_check():
    text = _meeting(
        "Mayor's engagements\n\nThe Mayor had attended the following events since the last "
        "meeting:\n\n14 March – the Scouts' dinner.\n\n21 March – the school's concert.",
        "Correspondence\n\nThe following correspondence had been circulated to members:\n\n"
        "The County Council – the highways programme.\n\nThe police – the ward report.",
        "Public questions\n\nMr Ross Gale asked the following question of the Leader of the "
        "Council:\n\nWhy has the bus shelter on Mill Road not been replaced?",
    )
    assert _checks(text) == []


def test_a_lead_in_to_what_members_said_with_the_following_is_still_named_for_checking():
    text = _meeting(
        "Speed limits\n\nThe following were said by members:\n\nThe limit on the B4411 is "
        "ignored at night.\n\nThe school crossing needs a second patrol.",
        "Date of the next meeting\n\n7 April 2026.",
    )
    checks = _checks(text)
    assert any("Item 1" in c and "The following were said by members:" in c for c in checks)


def test_a_sentence_that_opens_with_the_decision_is_named_for_checking():
    text = _meeting(
        "Fete\n\nThe fete committee reported on the plans.\n\nApproved, with one abstention.",
        "Survey\n\nThe parking survey had 140 replies.\n\nConclusion: most residents want a "
        "crossing by the school.",
    )
    checks = _checks(text)
    assert any("Item 1:" in c and "Approved, with one abstention." in c for c in checks)
    assert not any("Item 2:" in c for c in checks), checks


def test_planning_decisions_received_from_others_are_not_questioned():
    text = _meeting(
        "Planning\n\nb) Decisions received\n\n- DC/26/0101 – 2 Elm Row – porch – approved.\n"
        "- DC/26/0107 – 9 Ash Way – garage – refused.",
        "Applications\n\nApplications considered:\n\n- DC/26/0190 – 4 Oak Lane – extension – "
        "no objection.",
    )
    checks = _checks(text)
    assert not any("Item 1:" in c for c in checks), checks
    assert any("Item 2:" in c and "DC/26/0190" in c for c in checks), checks


def test_a_long_hostile_paste_is_read_at_once():
    """A sentence of 100 KB with no full stop: each pattern reads it a bounded number of
    times (one pattern took a minute and a half over it, reading the rest of the line from
    every reference)."""
    text = _meeting(
        "Planning\n\n" + "AB/12/3456/XX " * 7000, "Next\n\n" + "said that he would write " * 4000
    )
    meeting = parse_meeting(text)
    assert len(meeting.items) == 2


def test_the_word_the_names_no_one_at_the_meeting():
    text = _meeting(
        "Accounts\n\nThe Clerk presented the accounts.",
        "Broadband\n\nThe Minister will announce the funding in May.\n\nThe Environment "
        "Agency will publish its flood map in June.",
    )
    assert not any("Item 2:" in c for c in _checks(text)), _checks(text)


def test_a_task_ending_in_a_colon_is_still_named():
    text = _meeting(
        "Hedges\n\nThe Clerk would write to the following landowners:\n\nMr Hale, Hill Farm\n\n"
        "Mrs Dee, Low Farm",
        "Date of the next meeting\n\n7 April 2026.",
    )
    assert any("Item 1:" in c and "a task for someone" in c for c in _checks(text))


def test_accounts_and_reports_are_not_taken_for_decisions_or_lists_of_points():
    text = _meeting(
        "Rural crime\n\nMembers received a presentation from PCSO Hill on rural crime.\n\n"
        "It was noted that thefts from farms had fallen.",
        "Payments\n\nPayments made since the last meeting:\n\nHedge cutting £240\n\nRoom hire £30",
        "Actions\n\nThe following actions from the last meeting had been completed:\n\n"
        "- the new bench was installed\n- the notice board was repaired",
    )
    assert _checks(text) == []


def test_a_passive_decision_and_a_task_for_someone_at_the_meeting_are_named():
    text = _meeting(
        "Delegation\n\nThe scheme was discussed at length.\n\nThe scheme of delegation was "
        "formally ratified.",
        "Bench\n\nA second bench was suggested.\n\nRavi would look into the cost of a second "
        "bench.",
    )
    checks = _checks(text)
    assert any("Item 1:" in c and "may be a decision" in c for c in checks), checks
    # Ravi is on the register (Cllr Ravi Dhillon): someone at the meeting may own a task.
    assert any("Item 2:" in c and "a task for someone" in c for c in checks), checks
    outsider = text.replace("Ravi would", "Priya would")
    assert not any("Item 2:" in c for c in _checks(outsider))
