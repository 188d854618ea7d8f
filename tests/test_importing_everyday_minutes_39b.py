"""The importer on everyday minutes, each rule on a few lines of its own: shapes of the
thirty-ninth round of held-out fixtures (tests/minutes_fixtures/held_out_39), read by two
Word documents. A charity's board of trustees closes its minutes, after the last item, with a
"Summary of actions" typed as a numbered list, "1.<tab>EV – submit the bids …", each line an
owner (initials, a double-barrelled name, or two people joined by "and"), a dash and the task.
A parish council meeting as the sole trustee of its recreation ground charity minutes "The
trustee noted the receipts and payments account …" (the council as the charity's one
trustee, its formal act, on an account in the singular), and "Cllr X will remove the rocking
horse and dispose of it …" (a councillor taking on work about the site). Each rule's test was
run on the importer as it was before the rule and failed there. What these rules must not do
is at the end.
"""

import io

import docx

from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.readers import read_upload
from tests.reading_helpers import actions_of, decisions_of

# --- The thirty-ninth round: a summary of actions after the last item ----------------------------

THEATRE_ITEMS = [
    ("Item 1. Welcome and apologies", "The Chair welcomed trustees. Apologies from Ruth Penvose."),
    ("Item 2. Minutes of the last meeting", "Trustees approved the minutes of 3 November 2026."),
    (
        "Item 3. Finance",
        "The Treasurer presented the accounts to 31 December. The panto had sold well.",
    ),
    ("Item 4. Date of next meeting", "Thursday 18 March 2027, 7pm, the green room."),
]
SUMMARY = [
    "1.\tAF – send the grant bids to the two trusts by the end of February.",
    "2.\tMarcus Tredinnick-Hale – update the price list for the box office.",
    "3.\tOlwen Praed and Dafydd Crowan – draft the advert for new trustees.",
]


def _word(heading: str, lines: list[str], tail: str = "The meeting closed at 8.40pm.") -> bytes:
    """The Playhouse trustees' minutes in Word: the items as "Heading 2" paragraphs, then the
    closing line and a bold heading over the typed lines after the last item."""
    document = docx.Document()
    document.add_paragraph("Lantern Playhouse Trust – Minutes of the Board of Trustees")
    document.add_paragraph("Trustees: Olwen Praed (Chair), Marcus Tredinnick-Hale (Treasurer)")
    for title, text in THEATRE_ITEMS:
        document.add_heading(title, level=2)
        document.add_paragraph(text)
    document.add_paragraph(tail)
    document.add_paragraph().add_run(heading).bold = True
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _read_word(heading: str, lines: list[str], **kwargs):
    text = read_upload("minutes.docx", _word(heading, lines, **kwargs))
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


def _read(text: str):
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


def test_a_summary_of_actions_after_the_last_item_gives_a_task_a_line():
    meeting = _read_word("Summary of actions", SUMMARY)
    assert [i.title for i in meeting.items] == [
        "Welcome and apologies",
        "Minutes of the last meeting",
        "Finance",
        "Date of next meeting",
    ]
    assert actions_of(meeting) == [
        ("AF – send the grant bids to the two trusts by the end of February.", "AF"),
        (
            "Marcus Tredinnick-Hale – update the price list for the box office.",
            "Marcus Tredinnick-Hale",
        ),
        (
            "Olwen Praed and Dafydd Crowan – draft the advert for new trustees.",
            "Olwen Praed and Dafydd Crowan",
        ),
    ]
    # each line's typed number is its reference in the summary
    assert [a.reference for a in meeting.items[-1].actions] == ["1", "2", "3"]


def test_a_summary_of_actions_in_plain_text_is_read_the_same_way():
    text = "\n\n".join(f"{title}\n\n{body}" for title, body in THEATRE_ITEMS)
    meeting = _read(f"{text}\n\nSUMMARY OF ACTIONS\n\n" + "\n\n".join(SUMMARY) + "\n")
    assert [owner for _, owner in actions_of(meeting)] == [
        "AF",
        "Marcus Tredinnick-Hale",
        "Olwen Praed and Dafydd Crowan",
    ]


def test_action_points_written_name_first_with_a_double_barrelled_name_have_their_owner():
    meeting = _read(
        "1. Apologies\n\nNone.\n\n2. Fete\n\nThe fete will be on 5 July.\n\n"
        "3. Any other business\n\nNone.\n\n"
        "Action points\n\n"
        "- Sian Hocking-Pryce – book the bouncy castle.\n"
        "- Gwen Polglase and Kit Rowse – ask the school about the parade.\n"
    )
    assert actions_of(meeting) == [
        ("Sian Hocking-Pryce – book the bouncy castle.", "Sian Hocking-Pryce"),
        (
            "Gwen Polglase and Kit Rowse – ask the school about the parade.",
            "Gwen Polglase and Kit Rowse",
        ),
    ]


# --- The thirty-ninth round: a parish council as the sole trustee of its charity --------------

TRUSTEE_MINUTES = (
    "WENLOCK BARTON PARISH COUNCIL\n\n"
    "acting as sole Trustee of the Barton Playing Field (a registered charity)\n\n"
    "Present: Cllr Ann Tolver (Chairman), Cllr Hugh Dansey, Cllr Mary Pengelly\n\n"
    "PF4/27 – Apologies for absence\n\nNone.\n\n"
    "PF5/27 – Play equipment\n\n{play}\n\n"
    "PF6/27 – Finance\n\nThe Clerk presented the accounts. Pitch hire had risen.\n\n{finance}\n\n"
    "PF7/27 – Date of next meeting\n\nMonday 12 July 2027.\n"
)


def _trustee(play: str = "The swings were inspected.", finance: str = "No questions.") -> object:
    return _read(TRUSTEE_MINUTES.format(play=play, finance=finance))


def test_the_council_as_sole_trustee_noting_its_account_decides():
    meeting = _trustee(finance="The trustee noted the income and expenditure account to 31 March.")
    assert decisions_of(meeting) == [
        "The trustee noted the income and expenditure account to 31 March."
    ]


def test_the_sole_trustee_approving_something_decides():
    meeting = _trustee(finance="The Trustee approved the budget for 2027/28.")
    assert decisions_of(meeting) == ["The Trustee approved the budget for 2027/28."]


def test_trustees_noting_an_account_in_the_singular_decide():
    meeting = _trustee(finance="Trustees noted the receipts and payments account to 30 June 2027.")
    assert decisions_of(meeting) == [
        "Trustees noted the receipts and payments account to 30 June 2027."
    ]


def test_a_councillor_who_will_remove_something_has_the_task():
    meeting = _trustee(
        play="Cllr Dansey will remove the broken see-saw and take it to the tip on Saturday."
    )
    assert actions_of(meeting) == [
        (
            "Cllr Dansey will remove the broken see-saw and take it to the tip on Saturday.",
            "Cllr Dansey",
        )
    ]


def test_the_clerk_who_will_install_or_clear_something_has_the_task():
    meeting = _trustee(
        play="The Clerk will install the new bin by the gate. Cllr Pengelly will clear the "
        "ditch behind the goal."
    )
    assert [owner for _, owner in actions_of(meeting)] == ["Clerk", "Cllr Pengelly"]


# --- What these rules must not do --------------------------------------------------------------


def test_none_under_a_summary_of_actions_is_no_task():
    meeting = _read_word("Summary of actions", ["None."])
    assert actions_of(meeting) == []


def test_a_summary_of_the_discussion_after_the_last_item_gives_no_tasks():
    meeting = _read_word(
        "Summary of the discussion",
        ["Trustees were pleased with the panto.", "The bar had been busy every night."],
    )
    assert actions_of(meeting) == []


def test_a_dashed_line_in_an_item_is_still_no_task():
    text = "\n\n".join(f"{title}\n\n{body}" for title, body in THEATRE_ITEMS)
    meeting = _read(
        text.replace(
            "The panto had sold well.",
            "The panto had sold well.\n\nMarcus Tredinnick-Hale – sales were up on last year.",
        )
    )
    assert actions_of(meeting) == []


def test_the_trustee_noting_what_someone_said_is_no_decision():
    meeting = _trustee(finance="The trustee noted that the bowls club had paid its rent late.")
    assert decisions_of(meeting) == []


def test_a_trustee_of_another_charity_approving_something_is_no_decision():
    meeting = _trustee(
        finance="Cllr Dansey said that a trustee of the almshouse charity approved the plan."
    )
    assert decisions_of(meeting) == []


def test_someone_who_said_they_would_remove_something_has_no_task():
    meeting = _trustee(play="Cllr Dansey said he would remove the see-saw if it was unsafe.")
    assert actions_of(meeting) == []


def test_work_that_will_remove_something_is_no_task():
    meeting = _trustee(
        play="The contractor will remove the old fence in May. The new gate will clear the "
        "path for prams."
    )
    assert actions_of(meeting) == []


def test_a_summary_of_actions_numbered_past_the_last_item_is_still_a_task_a_line():
    # "4." and "5." follow the last item's "3." in turn, but under "Summary of actions" they
    # are the list's lines, not items
    meeting = _read(
        "1. Apologies\n\nNone.\n\n2. Finance\n\nTrustees approved the accounts.\n\n"
        "3. Any other business\n\nThere was none.\n\n"
        "Summary of actions\n\n"
        "1. TG – get three quotes for the boiler.\n2. EV – submit the two bids.\n"
        "3. AB – book the hall.\n4. TG – pay the insurer.\n5. EV – write to the vicar.\n"
    )
    assert [item.number for item in meeting.items] == ["1", "2", "3"]
    assert [owner for _, owner in actions_of(meeting)] == ["TG", "EV", "AB", "TG", "EV"]


def test_an_item_numbered_after_a_summary_of_actions_is_still_an_item():
    meeting = _read(
        "1. Apologies\n\nNone.\n\n2. Finance\n\nTrustees approved the accounts.\n\n"
        "Summary of actions\n\n1. TG – get three quotes for the boiler.\n\n"
        "3. Date of next meeting\n\nTuesday 3 March 2027.\n"
    )
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Finance"),
        ("3", "Date of next meeting"),
    ]


def test_a_councillor_who_will_remove_himself_from_an_item_has_no_task():
    # leaving the room for an item he has an interest in is no work given to him
    meeting = _trustee(
        play="Cllr Dansey will remove himself from the meeting for the item on the lease."
    )
    assert actions_of(meeting) == []
