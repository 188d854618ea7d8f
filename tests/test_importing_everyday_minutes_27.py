"""The importer on everyday minutes, each rule on a few lines of its own: the known misses of
earlier rounds put right, and the shapes of the twenty-seventh round of held-out fixtures
(tests/minutes_fixtures/held_out_27), which the rules before it missed somewhere (the rounds
before it are in tests/test_importing_everyday_minutes.py and
tests/test_importing_everyday_minutes_22.py to tests/test_importing_everyday_minutes_26.py).
Each rule's test was run on the importer as it was before the rule and failed there. What
these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of

# --- Known misses of earlier rounds ---------------------------------------------------------------

FRIENDS_NOTES = (
    "Friends of Hallbrook Green\nNotes of the committee meeting, 3 March 2026\n\n"
    "Present: Sue, Raj, Kit\n\n"
    "ACCOUNTS\n"
    "Balance £1,204.10. The plant sale raised £212.\n"
    "Raj proposed that £150 of it be spent on a new wheelbarrow.\n"
    "Agreed.\n\n"
    "NEXT MEETING\nTuesday 7 April.\n"
)


def test_agreed_on_a_line_of_its_own_under_a_members_proposal_is_the_decision():
    meeting = parse_meeting(FRIENDS_NOTES)
    assert decisions_of(meeting) == [
        "Raj proposed that £150 of it be spent on a new wheelbarrow. Agreed."
    ]
    assert missing_sentences(FRIENDS_NOTES, meeting) == []


def test_carried_on_a_line_of_its_own_goes_with_the_members_proposal_above_it():
    meeting = parse_meeting(FRIENDS_NOTES.replace("Agreed.\n", "Carried unanimously.\n"))
    assert decisions_of(meeting) == [
        "Raj proposed that £150 of it be spent on a new wheelbarrow. Carried unanimously."
    ]


PARTNERSHIP_NOTES = (
    "Brackwater Town Centre Partnership\nBoard meeting, 5 March 2026\n\n"
    "Present: Jo Pembury (Chair), Cllr Tom Askern, Insp. Dana Ruthwell (police)\n\n"
    "1. Safety\nInsp. Ruthwell reported fewer thefts since the radio scheme started. "
    "She will share the monthly figures with the Town Centre Manager.\n\n"
    "2. Next meeting\n2 April 2026.\n"
)


def test_he_or_she_will_do_something_after_a_named_persons_report_is_their_task():
    meeting = parse_meeting(PARTNERSHIP_NOTES)
    assert actions_of(meeting) == [
        ("She will share the monthly figures with the Town Centre Manager.", "Insp. Ruthwell")
    ]
    assert missing_sentences(PARTNERSHIP_NOTES, meeting) == []


PUBLIC_AT_THE_MEETING = (
    "Present: Cllrs Ann Bell (Chair), Joe Carr\n"
    "Public present: Sam Hirst, Lily Okoro\n\n"
    "1. Apologies\nNone.\n\n"
    "2. Playground\nSam will write to the county about the broken swing.\n"
    "Joe will write to the county about the gate.\n"
)


def test_the_public_or_the_press_at_the_meeting_take_no_tasks_by_their_first_names():
    for label in ("Public present", "Press present", "New members"):
        text = PUBLIC_AT_THE_MEETING.replace("Public present", label)
        assert [owner for _, owner in actions_of(parse_meeting(text))] == ["Joe"], label


def test_a_panels_members_listed_before_the_first_item_still_take_tasks_by_first_name():
    text = PUBLIC_AT_THE_MEETING.replace("Public present", "Panel members")
    assert [owner for _, owner in actions_of(parse_meeting(text))] == ["Sam", "Joe"]


# --- The twenty-seventh round ---------------------------------------------------------------------

OPEN_SPACES = (
    "Minutes of the Open Spaces Committee held on 4 November 2026\n\n"
    "Present: Cllrs P Quarmby (Chairman), R Tansley, G Ebbutt\n\n"
    "31/26\tApologies\n\tNone.\n\n"
    "32/26\tPlay area\n"
    "\tMembers noted the annual inspection report, which found no high risks. Two medium\n"
    "\trisks were found: worn swing seats and a loose panel on the climbing frame.\n"
    "\tResolved: to accept the quotation of £684 to replace the swing seats.\n"
    "\tCllr Tansley will fix the loose panel and fit a new padlock on the gate.\n\n"
    "33/26\tDate of next meeting\n\t3 February 2027.\n"
)


def test_members_noting_a_paper_then_what_it_found_is_a_decision():
    meeting = parse_meeting(OPEN_SPACES)
    assert len(decisions_of(meeting)) == 2
    assert decisions_of(meeting)[0].startswith("Members noted the annual inspection report")
    assert missing_sentences(OPEN_SPACES, meeting) == []


def test_a_councillor_who_will_fix_something_has_a_task():
    meeting = parse_meeting(OPEN_SPACES)
    assert actions_of(meeting) == [
        (
            "Cllr Tansley will fix the loose panel and fit a new padlock on the gate.",
            "Cllr Tansley",
        )
    ]


BAND_NOTES = (
    "Holmbridge Silver Band – Committee Meeting\n\n"
    "1.\tApologies\nNone.\n\n"
    "2.\tArea contest\n"
    "The test piece has been announced.\n"
    "The committee agreed to enter the contest.\n"
    "Bandmaster to arrange the extra sectionals and ask around for a baritone player.\n\n"
    "3.\tConcerts\nThe Conductor will arrange a joint concert with the choir in May.\n"
)


def test_the_bandmaster_or_the_conductor_to_do_something_is_a_task():
    meeting = parse_meeting(BAND_NOTES)
    assert [owner for _, owner in actions_of(meeting)] == ["Bandmaster", "Conductor"]


def test_the_meetings_word_in_brackets_after_a_task_is_no_owner():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Hall\nThe hall roof leaks again. "
        "Clerk to get three quotes for the repair (Agreed).\n"
    )
    assert actions_of(meeting) == [("Clerk to get three quotes for the repair (Agreed).", "Clerk")]


def test_all_members_to_note_a_date_is_no_task():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Dates\nAll members to note the date of the AGM, 12 May.\n"
    )
    assert actions_of(meeting) == []


# --- What these rules must not do ----------------------------------------------------------------


def test_agreed_alone_under_a_report_decides_nothing():
    text = FRIENDS_NOTES.replace(
        "Raj proposed that £150 of it be spent on a new wheelbarrow.",
        "Raj said the wheelbarrow had a flat tyre again.",
    )
    assert decisions_of(parse_meeting(text)) == []


def test_agreed_alone_under_a_proposal_that_was_withdrawn_decides_nothing():
    text = FRIENDS_NOTES.replace(
        "Raj proposed that £150 of it be spent on a new wheelbarrow.\n",
        "Raj proposed that £150 of it be spent on a new wheelbarrow.\n"
        "After some discussion he withdrew the proposal.\n",
    )
    assert decisions_of(parse_meeting(text)) == []


def test_he_or_she_will_after_a_report_naming_someone_else_is_no_ones_task():
    text = PARTNERSHIP_NOTES.replace(
        "Insp. Ruthwell reported fewer thefts since the radio scheme started.",
        "Insp. Ruthwell reported that Mr Dacre had opened a new shop.",
    )
    assert actions_of(parse_meeting(text)) == []


def test_he_or_she_will_with_no_verb_of_doing_is_no_task():
    text = PARTNERSHIP_NOTES.replace(
        "She will share the monthly figures with the Town Centre Manager.",
        "She will be retiring in the summer.",
    )
    assert actions_of(parse_meeting(text)) == []


def test_he_or_she_will_after_a_sentence_that_names_no_one_is_no_ones_task():
    text = PARTNERSHIP_NOTES.replace(
        "Insp. Ruthwell reported fewer thefts since the radio scheme started.",
        "Thefts have fallen since the radio scheme started.",
    )
    assert actions_of(parse_meeting(text)) == []


def test_members_noting_that_something_happened_then_more_decides_nothing():
    text = OPEN_SPACES.replace(
        "Members noted the annual inspection report, which found no high risks.",
        "Members noted that the inspector had found no high risks.",
    )
    assert len(decisions_of(parse_meeting(text))) == 1


def test_members_noting_a_log_then_more_decides_nothing():
    text = OPEN_SPACES.replace(
        "Members noted the annual inspection report, which found no high risks.",
        "Members noted the action log.",
    )
    assert len(decisions_of(parse_meeting(text))) == 1


def test_a_lightning_conductor_to_be_checked_is_no_ones_task():
    text = BAND_NOTES.replace(
        "The Conductor will arrange a joint concert with the choir in May.",
        "Lightning Conductor to be checked before the winter.",
    )
    assert [owner for _, owner in actions_of(parse_meeting(text))] == ["Bandmaster"]


def test_a_councillor_whose_panel_will_fit_is_no_task():
    text = OPEN_SPACES.replace(
        "Cllr Tansley will fix the loose panel and fit a new padlock on the gate.",
        "Cllr Tansley said the new panel will fit the old frame.",
    )
    assert actions_of(parse_meeting(text)) == []


def test_all_members_to_complete_a_course_is_still_their_task():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Training\nAll members to complete the safeguarding course "
        "by 1 June.\n"
    )
    assert [owner for _, owner in actions_of(meeting)] == ["All members"]


def test_a_persons_name_in_brackets_after_a_task_is_still_its_owner():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Hall\nGet three quotes for the roof repair (Agnes).\n"
    )
    assert actions_of(meeting) == [("Get three quotes for the roof repair (Agnes).", "Agnes")]


def test_he_will_after_a_report_of_what_the_contractor_did_is_no_ones_task():
    text = PARTNERSHIP_NOTES.replace(
        "Insp. Ruthwell reported fewer thefts since the radio scheme started. "
        "She will share the monthly figures with the Town Centre Manager.",
        "Cllr Askern reported that the contractor was running late. "
        "He will complete the works by June.",
    )
    assert actions_of(parse_meeting(text)) == []


def test_they_will_after_one_persons_report_of_a_body_is_no_ones_task():
    text = PARTNERSHIP_NOTES.replace(
        "Insp. Ruthwell reported fewer thefts since the radio scheme started. "
        "She will share the monthly figures with the Town Centre Manager.",
        "Cllr Askern said that Highways were due on site. They will inspect the drains.",
    )
    assert actions_of(parse_meeting(text)) == []


def test_a_new_bandmaster_to_start_or_to_be_appointed_is_no_ones_task():
    for line in ("New Bandmaster to start in September.", "Bandmaster to be appointed at the AGM."):
        text = BAND_NOTES.replace(
            "Bandmaster to arrange the extra sectionals and ask around for a baritone player.",
            line,
        )
        assert [owner for _, owner in actions_of(parse_meeting(text))] == ["Conductor"]


def test_a_paper_noted_in_a_paragraphs_middle_then_more_decides_nothing():
    for noting in ("Members noted the report.", "The meeting noted the report."):
        text = OPEN_SPACES.replace(
            "Members noted the annual inspection report, which found no high risks.",
            f"Cllr Ebbutt said the site had been busy all summer. {noting}",
        )
        assert len(decisions_of(parse_meeting(text))) == 1


def test_agreed_alone_under_a_members_amendment_decides_nothing():
    # an amendment agreed only changes the motion, which the meeting then votes on
    text = FRIENDS_NOTES.replace(
        "Raj proposed that £150 of it be spent on a new wheelbarrow.",
        "Raj proposed that the motion be amended to read £100.",
    )
    assert decisions_of(parse_meeting(text)) == []
