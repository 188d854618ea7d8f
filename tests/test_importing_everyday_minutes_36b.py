"""The importer on everyday minutes, each rule on a few lines of its own: shapes of the
thirty-sixth round of held-out fixtures (tests/minutes_fixtures/held_out_36), read by a lido
society's committee, whose page leads in to what its members said in prose ("What committee
members said:") above a list; a village shop's management committee, whose minutes lead in to
their points by the body's name ("Committee discussion points:") above indented bullets of
mixed characters, each wrapped onto an indented line; and an NHS foundation trust's governors'
committee, whose Lead Governor, the trust's office, is given a task ("Lead Governor to raise
…"), while governors told to note something are given none ("Governors to note …", as "All
members to note …" was not). Each rule's test was run on the importer as it was before the rule
and failed there. What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.readers import read_upload
from tests.reading_helpers import actions_of, points_of

# --- The thirty-sixth round -----------------------------------------------------------------------

SWIMMING_PAGE = """<html><body><article>
<h2>Committee meeting, 12 November</h2>
<h3>1. Apologies</h3>
<p>Apologies from Gwen.</p>
<h3>2. Opening hours</h3>
<p>Ray set out the winter opening hours and what they would cost.</p>
<p>What committee members said:</p>
<ul class="wp-block-list">
<li>the early swims were the busiest and should stay;</li>
<li>the Sunday afternoon session could close an hour earlier.</li>
</ul>
<p>The committee agreed to keep the early swims.</p>
<h3>3. Date of next meeting</h3>
<p>10 December.</p>
</article></body></html>"""


def test_what_committee_members_said_leads_in_to_their_points_on_a_web_page():
    text = read_upload("news.html", SWIMMING_PAGE.encode())
    meeting = parse_meeting(text)
    assert points_of(meeting) == [
        "the early swims were the busiest and should stay;",
        "the Sunday afternoon session could close an hour earlier.",
    ]
    assert missing_sentences(text, meeting) == []


def test_what_board_members_said_leads_in_to_their_points():
    text = (
        "1. Welcome\n\nAll were welcomed.\n\n2. Rents\n\nThe Treasurer set out the rents.\n\n"
        "What board members said about the rise:\n\n• it is too steep;\n"
        "• tenants should be asked first.\n\n3. Next meeting\n\n7 April.\n"
    )
    meeting = parse_meeting(text)
    assert points_of(meeting) == ["it is too steep;", "tenants should be asked first."]
    assert missing_sentences(text, meeting) == []


SHOP = (
    "[1] Apologies\n"
    "None.\n"
    "\n"
    "[2] Opening hours\n"
    "Rob set out the cost of opening on Sunday afternoons.\n"
    "Committee discussion points:\n"
    "  - the Sunday papers bring people in, but most of them come before noon, so\n"
    "    the afternoon would be quiet;\n"
    "  • volunteers would be needed for the extra hours, and some had said they\n"
    "    could not do more;\n"
    "  - a trial over the summer would show whether it paid.\n"
    "It was agreed to open on Sunday afternoons from June to August as a trial.\n"
    "\n"
    "[3] Date of next meeting\n"
    "Tuesday 3 March.\n"
)


def test_committee_discussion_points_lead_in_to_wrapped_bullets_of_mixed_characters():
    meeting = parse_meeting(SHOP)
    assert points_of(meeting) == [
        "the Sunday papers bring people in, but most of them come before noon, so "
        "the afternoon would be quiet;",
        "volunteers would be needed for the extra hours, and some had said they could not do more;",
        "a trial over the summer would show whether it paid.",
    ]
    assert missing_sentences(SHOP, meeting) == []


def test_board_discussion_points_lead_in_to_their_points():
    text = (
        "1. Welcome\n\nAll were welcomed.\n\n2. Website\n\nAmy showed the new website.\n\n"
        "Board discussion points:\n\n- the events page is hard to find;\n"
        "- the photographs need consent forms.\n\n3. Next meeting\n\n7 April.\n"
    )
    meeting = parse_meeting(text)
    assert points_of(meeting) == [
        "the events page is hard to find;",
        "the photographs need consent forms.",
    ]
    assert missing_sentences(text, meeting) == []


GOVERNORS = (
    "Item 1\nAPOLOGIES\nApologies were received from Mr Oduya.\n\n"
    "Item 2\nGOVERNOR ENGAGEMENT\n"
    "Governors reported on the stands they had run at the autumn open days.\n"
    "{line}\n\n"
    "Item 3\nDATE OF NEXT MEETING\nTuesday 3 March.\n"
)


def _tasks(template: str, line: str) -> list[tuple[str, str]]:
    text = template.format(line=line)
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return actions_of(meeting)


def test_the_lead_governor_to_do_something_has_the_task():
    line = (
        "Lead Governor to raise the timing of the open days at the next Council\n"
        "of Governors meeting."
    )
    assert _tasks(GOVERNORS, line) == [
        (
            "Lead Governor to raise the timing of the open days at the next Council "
            "of Governors meeting.",
            "Lead Governor",
        )
    ]


def test_the_lead_governor_who_will_do_something_has_the_task():
    line = "The Lead Governor will write to the public governors about the open days."
    assert _tasks(GOVERNORS, line) == [
        (
            "The Lead Governor will write to the public governors about the open days.",
            "Lead Governor",
        )
    ]


def test_governors_or_members_told_to_note_something_are_given_no_task():
    # as "All members to note the date of the AGM" is given none: they are only to know it
    assert _tasks(GOVERNORS, "Governors to note the dates of the spring open days.") == []
    assert _tasks(GOVERNORS, "Members to note that the AGM will be on 12 May.") == []


# --- What these rules must not do -----------------------------------------------------------------


def _points(lead_in: str) -> list[str]:
    text = (
        "1. Welcome\n\nAll were welcomed.\n\n2. Accounts\n\nThe Treasurer presented the accounts.\n\n"
        f"{lead_in}\n\n• the reserves are low;\n• the bank charges have risen.\n\n"
        "3. Next meeting\n\n7 April.\n"
    )
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return points_of(meeting)


def test_what_the_auditor_said_is_no_lead_in_to_points():
    assert _points("What the auditor said was:") == []
    assert _points("What the auditor said:") == []


def test_committee_discussion_points_said_to_be_noted_are_no_lead_in():
    assert _points("Committee discussion points were noted.") == []


def test_committee_discussion_points_for_another_meeting_are_no_lead_in():
    assert _points("Committee discussion points for the January meeting:") == []


def test_what_happens_next_is_no_lead_in_to_points():
    assert _points("What happens next:") == []


def test_what_the_lead_governor_said_is_no_task():
    line = "The lead governor said that the open days had gone well."
    assert _tasks(GOVERNORS, line) == []


def test_lead_governor_elections_to_be_held_are_no_task():
    assert _tasks(GOVERNORS, "Lead Governor elections to be held in the spring.") == []
    assert _tasks(GOVERNORS, "A new Lead Governor to be elected in March.") == []


def test_a_governor_not_said_to_be_the_lead_governor_has_no_task():
    assert _tasks(GOVERNORS, "Governor to raise the timing of the open days in March.") == []


def test_governors_told_to_do_something_still_have_the_task():
    line = "Governors to complete the skills audit by 1 May."
    assert _tasks(GOVERNORS, line) == [(line, "Governors")]


# --- Narrowed after a review ----------------------------------------------------------------------


def test_governors_told_to_note_something_and_do_something_still_have_the_task():
    line = "Trustees to note and sign the conflict of interest declarations."
    assert _tasks(GOVERNORS, line) == [(line, "Trustees")]
    line = "Governors to note the dates and confirm attendance with the Company Secretary."
    assert _tasks(GOVERNORS, line) == [(line, "Governors")]


def test_members_to_note_the_agenda_and_order_of_business_is_still_no_task():
    assert _tasks(GOVERNORS, "Members to note the agenda and order of business.") == []
