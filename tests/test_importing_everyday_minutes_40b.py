"""The importer on everyday minutes, each rule on a few lines of its own: shapes of the
fortieth round of held-out fixtures (tests/minutes_fixtures/held_out_40), read by two Word
documents. A church's deacons minute their own decisions as "The deacons agreed to hold …",
head what they said of the minister's report "Deacons' reflections:" above a bulleted list,
and close with a list of "Action points" after the last item, so that "Beverley offered to
organise the flowers", written in an item and left out of that list, is no task they recorded.
A hospital's committee writes its tasks as bold "ACTION:" paragraphs, each an instruction with
its owner in brackets at the end ("ACTION: Invite the Chief Pharmacist to the April meeting …
(HoPE)."), and an offer in its prose that no "ACTION:" took up is again no task. Each rule's
test was run on the importer as it was before the rule and failed there. What these rules must
not do is at the end.
"""

import io

import docx

from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.readers import read_upload
from tests.reading_helpers import actions_of, decisions_of, points_of


def _read(text: str):
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


# --- The fortieth round: the deacons' meeting -----------------------------------------------------

CHAPEL = (
    "Ashcombe Lane Baptist Church\n\n"
    "Minutes of the Deacons' Meeting, Tuesday 2 March 2027\n\n"
    "Present: Rev. Hywel Trenance (Minister, in the chair), Maud Pellerin (Church Secretary), "
    "Osian Garrow (Treasurer), Tegan Wimbury\n\n"
    "1. Minutes of the last meeting\n\n"
    "Agreed: the minutes of 2 February.\n\n"
    "2. Minister's report\n\n"
    "Hywel reported on the baptism classes and the work with the youth club.\n\n"
    "{reflections}\n\n"
    "• the youth club has doubled in a year and needs more leaders;\n\n"
    "• the midweek fellowship is tired and should rest over the summer.\n\n"
    "{decision}\n\n"
    "3. Church life\n\n"
    "Maud said that the harvest supper would be on 2 October. {sentence}\n\n"
    "4. Date of next meeting\n\n"
    "Tuesday 6 April 2027.\n\n"
    "{closing}"
)
ACTION_POINTS = (
    "Action points\n\n"
    "• Maud – book the hall for the harvest supper.\n\n"
    "• Osian – send the gift aid claim."
)


def _chapel(
    reflections: str = "Deacons' reflections:",
    decision: str = "The deacons agreed to hold a day of prayer on Saturday 8 May.",
    sentence: str = "Tegan offered to organise the flowers.",
    closing: str = ACTION_POINTS,
):
    return _read(
        CHAPEL.format(
            reflections=reflections, decision=decision, sentence=sentence, closing=closing
        )
    )


def test_deacons_reflections_lead_in_the_points_they_made():
    assert points_of(_chapel()) == [
        "the youth club has doubled in a year and needs more leaders;",
        "the midweek fellowship is tired and should rest over the summer.",
    ]


def test_members_reflections_lead_in_their_points_too():
    assert len(points_of(_chapel(reflections="Members' reflections:"))) == 2


def test_the_deacons_agreeing_is_their_decision():
    assert decisions_of(_chapel()) == [
        "Agreed: the minutes of 2 February.",
        "The deacons agreed to hold a day of prayer on Saturday 8 May.",
    ]


def test_the_deacons_approving_in_capitals_is_their_decision():
    meeting = _chapel(decision="Deacons APPROVED the youth club's summer programme.")
    assert "Deacons APPROVED the youth club's summer programme." in decisions_of(meeting)


def test_an_offer_the_closing_action_points_leave_out_is_no_task():
    meeting = _chapel()
    assert actions_of(meeting) == [
        ("Maud – book the hall for the harvest supper.", "Maud"),
        ("Osian – send the gift aid claim.", "Osian"),
    ]
    church_life = meeting.items[2]
    assert "Tegan offered to organise the flowers." in church_life.all_text()


# --- The fortieth round: the hospital committee's ACTION paragraphs --------------------------------

WARDS = (
    "Patient Experience Committee\n\n"
    "Present: Ffion Abercorn (Chair), Dr Idris Wrenfield, Carys Melbury, Head of Nursing\n\n"
    "PEX/27/01\tMinutes of the last meeting\n\n"
    "The Committee APPROVED the minutes as an accurate record.\n\n"
    "PEX/27/02\tComplaints report\n\n"
    "The Head of Nursing presented the report. Complaints had fallen by a tenth.\n\n"
    "{action}\n\n"
    "PEX/27/03\tAny other business\n\n"
    "{sentence}\n\n"
    "PEX/27/04\tDate of next meeting\n\n"
    "Thursday 6 May 2027.\n"
)


def _wards(
    action: str = "ACTION: Invite the Chief Pharmacist to the May meeting (Head of Nursing).",
    sentence: str = "Carys Melbury offered to share the survey when it is published.",
):
    return _read(WARDS.format(action=action, sentence=sentence))


def test_an_instruction_with_its_owner_in_brackets_after_an_action_label_is_theirs():
    assert actions_of(_wards()) == [
        ("Invite the Chief Pharmacist to the May meeting (Head of Nursing).", "Head of Nursing")
    ]


def test_initials_in_brackets_after_an_instruction_are_its_owner():
    meeting = _wards(action="ACTION: Report the themes by ward at the May meeting (HoN).")
    assert actions_of(meeting) == [("Report the themes by ward at the May meeting (HoN).", "HoN")]


def test_an_offer_no_action_label_took_up_is_no_task():
    meeting = _wards()
    assert [len(i.actions) for i in meeting.items] == [0, 1, 0, 0]
    assert "Carys Melbury offered to share the survey" in meeting.items[2].all_text()


def _word_chapel() -> bytes:
    """The deacons' minutes in Word: bold items numbered by hand, the reflections in "List
    Bullet 2", the action points in "List Bullet" after the last item."""
    document = docx.Document()
    document.add_paragraph("Ashcombe Lane Baptist Church – Minutes of the Deacons' Meeting")
    document.add_paragraph("Present: Rev. Hywel Trenance (Minister), Maud Pellerin, Tegan Wimbury")
    document.add_paragraph().add_run("1. Minister's report").bold = True
    document.add_paragraph("Hywel reported on the baptism classes.")
    document.add_paragraph("Deacons' reflections:")
    document.add_paragraph("the youth club needs more leaders;", style="List Bullet 2")
    document.add_paragraph("the fellowship should rest over the summer.", style="List Bullet 2")
    document.add_paragraph("The deacons agreed to hold a day of prayer on Saturday 8 May.")
    document.add_paragraph().add_run("2. Church life").bold = True
    document.add_paragraph("Tegan offered to organise the flowers.")
    document.add_paragraph().add_run("3. Date of next meeting").bold = True
    document.add_paragraph("Tuesday 6 April 2027.")
    document.add_paragraph("Action points")
    document.add_paragraph("Maud – book the hall for the harvest supper.", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_deacons_minutes_in_word():
    text = read_upload("deacons.docx", _word_chapel())
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    assert len(points_of(meeting)) == 2
    assert decisions_of(meeting) == [
        "The deacons agreed to hold a day of prayer on Saturday 8 May."
    ]
    assert actions_of(meeting) == [("Maud – book the hall for the harvest supper.", "Maud")]


# --- What these rules must not do ----------------------------------------------------------------


def test_an_offer_in_minutes_that_mark_no_actions_is_still_a_task():
    meeting = _chapel(closing="The meeting closed with prayer.")
    assert actions_of(meeting) == [("Tegan offered to organise the flowers.", "Tegan")]


def test_a_task_taken_on_with_will_in_minutes_that_mark_their_actions_is_still_a_task():
    meeting = _chapel(sentence="Tegan will organise the flowers.")
    assert ("Tegan will organise the flowers.", "Tegan") in actions_of(meeting)
    meeting = _chapel(sentence="Tegan offered to do the flowers. Osian will book the hall.")
    assert ("Osian will book the hall.", "Osian") in actions_of(meeting)
    assert "Tegan offered to do the flowers." in meeting.items[2].all_text()
    meeting = _wards(sentence="Carys Melbury will share the survey when it is published.")
    assert ("Carys Melbury will share the survey when it is published.", "Carys Melbury") in (
        actions_of(meeting)
    )


def test_what_the_deacons_agreed_before_or_someone_reported_is_no_decision():
    for decision in (
        "The deacons had agreed in November to review the rota.",
        "Hywel said that the deacons agreed with the youth leaders.",
        "Three deacons agreed to help with the teas.",
    ):
        assert decisions_of(_chapel(decision=decision)) == ["Agreed: the minutes of 2 February."], (
            decision
        )


def test_reflections_that_are_no_members_words_lead_in_no_points():
    for reflections in ("Bible reflections for Lent:", "Reflections on the retreat were shared."):
        assert points_of(_chapel(reflections=reflections)) == [], reflections


def test_an_action_label_with_no_owner_in_brackets_keeps_its_own_reading():
    for action, owner in (
        ("ACTION: Head of Nursing to invite the Chief Pharmacist (by 1 May).", "Head of Nursing"),
        ("ACTION: Invite the Chief Pharmacist to the May meeting.", ""),
        ("ACTION: Send the figures to the Chair (Paper C).", ""),
    ):
        assert [o for _, o in actions_of(_wards(action=action))] == [owner], action


def test_the_deacons_agreeing_in_a_church_meetings_minutes_is_their_decision_reported():
    # the members' Church Meeting, its register naming the deacons: what the deacons agreed
    # is reported to it, no decision of its own
    text = CHAPEL.replace("Deacons' Meeting", "Church Members' Meeting").replace(
        "Tegan Wimbury\n", "Tegan Wimbury, the deacons and 31 members\n"
    )
    decision = "The deacons agreed to bring a proposal on the organ to the next Church Meeting."
    meeting = _read(text.format(reflections="", decision=decision, sentence="", closing=""))
    assert decisions_of(meeting) == ["Agreed: the minutes of 2 February."]
    assert decision in meeting.items[1].all_text()
