"""The importer on everyday minutes, each rule on a few lines of its own: two shapes of the
fortieth round of held-out fixtures (tests/minutes_fixtures/held_out_40). A sports
association's committee types each task on a line of its own under the item's minute or its
"Agreed:", pointed at by an arrow typed as "->" and indented ("   -> Gary to find out …"):
each such line is one task, not words of the decision above it. A town's lights committee
closes its page with its own list of the meeting's tasks ("Actions", one "Name – task" a
line), and an offer made in an item ("Jackie offered to run a quiz night …") that the list
leaves out was not taken on as a task. Each rule's test was run on the importer as it was
before the rule and failed there. What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of, points_of

# --- The fortieth round --------------------------------------------------------------------------

CLUB = (
    "MARSHBROOK PLAYING FIELDS ASSOCIATION\n\n"
    "Committee Meeting - Tuesday 2 March 2027, 8pm, in the clubhouse\n\n"
    "Present: Nell Quarmby (Chair), Toby Wragge (Treasurer), Ada Fellows (Secretary),\n"
    "Cyril Dunstan (hockey), Meg Ollerton (netball)\n"
    "Apologies: Ivo Stanbridge\n\n\n"
    "1) APOLOGIES\n"
    "Noted as above.\n\n"
    "2) FINANCE\n"
    "{finance}\n\n"
    "3) CLUBHOUSE\n"
    "{clubhouse}\n\n"
    "4) DATE OF NEXT MEETING\n"
    "Tuesday 6 April 2027, 8pm.\n"
)


def _read(text: str):
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


def _club(finance: str = "Toby handed round the figures.", clubhouse: str = "Nothing new."):
    return _read(CLUB.format(finance=finance, clubhouse=clubhouse))


def test_an_arrow_typed_before_a_task_under_a_minute_makes_the_line_a_task():
    meeting = _club(
        "Meg asked about a grant for new goal posts. Toby said he thought the county's\n"
        "fund had closed, but he would check.\n"
        "   -> Toby to find out if the county's sports fund is open."
    )
    assert actions_of(meeting) == [
        ("Toby to find out if the county's sports fund is open.", "Toby")
    ]


def test_arrow_lines_under_an_agreed_label_are_tasks_and_not_words_of_the_decision():
    meeting = _club(
        clubhouse="Agreed: to paint the changing rooms before the hockey season starts,\n"
        "using the cheaper of the two quotes.\n"
        "   -> Nell and Cyril to take up references for the decorator.\n"
        "   -> Meg to find volunteers to move the benches."
    )
    assert decisions_of(meeting) == [
        "Agreed: to paint the changing rooms before the hockey season starts, using the "
        "cheaper of the two quotes."
    ]
    assert actions_of(meeting) == [
        ("Nell and Cyril to take up references for the decorator.", "Nell and Cyril"),
        ("Meg to find volunteers to move the benches.", "Meg"),
    ]


def test_arrow_lines_after_a_list_of_discussion_points_are_tasks_and_not_points():
    meeting = _club(
        clubhouse="Discussion points:\n"
        "  * the roof must be mended before the winter;\n"
        "  * the savings will cover most of it.\n"
        "Agreed: to mend the roof in October.\n"
        "   -> Ada to ask the insurers about the storm damage."
    )
    assert points_of(meeting) == [
        "the roof must be mended before the winter;",
        "the savings will cover most of it.",
    ]
    assert decisions_of(meeting) == ["Agreed: to mend the roof in October."]
    assert actions_of(meeting) == [("Ada to ask the insurers about the storm damage.", "Ada")]


LIGHTS = (
    "<html><body><article>\n"
    "<h1>Minutes of the committee meeting, 9 March 2027</h1>\n"
    "<p>Present: Wilma Treen (chair), Ossie Padgett (treasurer), Fay Lumb (secretary), "
    "Kit Rawdon</p>\n"
    "<p><strong>1. Welcome and apologies</strong><br>\nApologies from Ned Birtle.</p>\n"
    "<p><strong>2. The lanterns</strong><br>\n"
    "Ossie reported that six lanterns had faults. {sentence}</p>\n"
    "<p><strong>3. Date of next meeting</strong><br>\nTuesday 4 May, 7pm.</p>\n"
    "{actions}"
    "</article></body></html>\n"
)
ACTIONS = (
    "<h3>Actions</h3>\n<ul>\n"
    "<li>Ossie – get a quote for six new lanterns.</li>\n"
    "<li>Fay – write to the hall about the May meeting.</li>\n"
    "</ul>\n"
)
LISTED = [
    ("Ossie – get a quote for six new lanterns.", "Ossie"),
    ("Fay – write to the hall about the May meeting.", "Fay"),
]


def _lights(sentence: str, actions: str = ACTIONS):
    from minutes.importing.readers import read_upload

    text = read_upload("minutes.html", LIGHTS.format(sentence=sentence, actions=actions).encode())
    return _read(text)


def test_an_offer_the_closing_list_of_actions_leaves_out_is_no_task():
    sentence = "Kit offered to run a raffle at the Plough in April to raise money for them."
    meeting = _lights(sentence)
    assert actions_of(meeting) == LISTED
    assert sentence in meeting.items[1].minute_text


def test_an_offer_the_closing_list_carries_is_one_task_through_the_list():
    meeting = _lights(
        "Kit volunteered to write to the hall about the May meeting.",
        ACTIONS.replace("Fay – write", "Kit – write"),
    )
    assert [owner for _, owner in actions_of(meeting)] == ["Ossie", "Kit"]


# --- What these rules must not do ----------------------------------------------------------------


def test_an_arrow_in_a_sentence_or_before_no_task_gives_no_task():
    for finance in (
        "Toby said bar takings went from £900 -> £1,100 over the winter.",
        "Toby handed round the figures.\n   -> see the treasurer's report for the detail.",
        "Toby handed round the figures.\n   -> Toby said he would check the bank charges.",
    ):
        assert actions_of(_club(finance)) == [], finance


def test_hyphen_lines_under_any_other_business_are_still_no_tasks_nor_points():
    meeting = _club(
        clubhouse="- Meg asked about the netball posts; Nell said we should get the firm to "
        "look at them.\n"
        "- Cyril said the hockey nets are now fixed."
    )
    assert actions_of(meeting) == []
    assert points_of(meeting) == []


def test_a_plain_offer_without_a_closing_list_is_still_a_task():
    sentence = "Kit offered to run a raffle at the Plough in April to raise money for them."
    meeting = _lights(sentence, actions="")
    assert actions_of(meeting) == [(sentence, "Kit")]


def test_a_task_given_in_an_item_beside_a_closing_list_is_still_a_task():
    sentence = "Kit will ask the school about the lantern parade."
    meeting = _lights(sentence)
    assert actions_of(meeting) == [(sentence, "Kit"), *LISTED]


def test_arrows_typed_before_the_steps_of_a_process_leave_each_step_text_not_a_heading():
    # "-> Tenant reports the fault" and the like: a flow of steps, no task pointed at; each
    # stays words of the minute as typed, not the heading of a section of its own
    steps = "   -> Member reports a fault\n   -> Secretary logs it\n   -> Contractor attends"
    meeting = _club(clubhouse=f"The repairs process will be:\n{steps}")
    clubhouse = meeting.items[2]
    assert [section.heading for section in clubhouse.sections] == [""]
    assert "-> Secretary logs it" in clubhouse.all_text()
    assert actions_of(meeting) == []
