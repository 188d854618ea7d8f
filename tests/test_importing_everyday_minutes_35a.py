"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
thirty-fifth round of held-out fixtures (tests/minutes_fixtures/held_out_35), read by a
charity's trustees, whose lead trustee for an area of the charity's work undertakes a task in a
paragraph of its own ("The lead trustee for safeguarding will review …"), and a school's pay
and personnel committee, whose deputy head, named with a remit in brackets, undertakes one in a
numbered sub-paragraph ("7.4 The Deputy Headteacher (Pastoral) will present …"). Each rule's
test was run on the importer as it was before the rule and failed there. What these rules must
not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of

# --- The thirty-fifth round -----------------------------------------------------------------------

TRUSTEES = (
    "1. Apologies\nNone.\n\n"
    "2. Fundraising\n"
    "The Chair reported that the spring appeal had raised £8,300, more than was hoped.\n\n"
    "{line}\n\n"
    "3. Date of next meeting\nTuesday 3 March.\n"
)


def _tasks(template: str, line: str) -> list[tuple[str, str]]:
    text = template.format(line=line)
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return actions_of(meeting)


def test_a_lead_trustee_for_an_area_of_work_who_will_act_has_the_task():
    line = (
        "The lead trustee for fundraising will meet the events team about the autumn\n"
        "quiz and report back in June."
    )
    assert _tasks(TRUSTEES, line) == [
        (
            "The lead trustee for fundraising will meet the events team about the autumn "
            "quiz and report back in June.",
            "lead trustee for fundraising",
        )
    ]


def test_a_link_governor_for_an_area_named_in_capitals_who_will_act_has_the_task():
    line = "The link governor for SEND will visit the nurture group in the spring term."
    assert _tasks(TRUSTEES, line) == [
        (
            "The link governor for SEND will visit the nurture group in the spring term.",
            "link governor for SEND",
        )
    ]


COMMITTEE = (
    "1.  APOLOGIES\n1.1 None.\n\n"
    "2.  STAFFING\n"
    "2.1 The committee noted the staffing report.\n"
    "{line}\n\n"
    "3.  DATE OF NEXT MEETING\n3.1 Tuesday 3 March.\n"
)


def test_a_deputy_headteacher_with_a_remit_in_brackets_who_will_act_has_the_task():
    line = (
        "2.2 The Deputy Headteacher (Curriculum) will present the new timetable, with its\n"
        "    costs, to the next meeting."
    )
    assert _tasks(COMMITTEE, line) == [
        (
            "The Deputy Headteacher (Curriculum) will present the new timetable, with its "
            "costs, to the next meeting.",
            "Deputy Headteacher (Curriculum)",
        )
    ]


def test_an_assistant_headteacher_who_will_act_has_the_task():
    line = "2.2 The Assistant Headteacher will arrange cover for the trip in May."
    assert _tasks(COMMITTEE, line) == [
        (
            "The Assistant Headteacher will arrange cover for the trip in May.",
            "Assistant Headteacher",
        )
    ]


# --- What these rules must not do -----------------------------------------------------------------


def test_a_headteacher_s_words_reported_are_no_task():
    line = "2.2 The Deputy Headteacher (Pastoral) said she would present the plan in March."
    assert _tasks(COMMITTEE, line) == []


def test_a_lead_trustee_to_be_appointed_is_no_task():
    line = "The lead trustee for safeguarding will be appointed at the March meeting."
    assert _tasks(TRUSTEES, line) == []


def test_a_paper_or_a_budget_for_an_area_that_will_do_something_is_no_task():
    for line in (
        "The report for the finance group will come to the March meeting.",
        "The budget for staff training will pay for two courses this year.",
    ):
        assert _tasks(TRUSTEES, line) == [], line


def test_trustees_together_or_another_body_s_trustees_are_no_owner():
    for line in (
        "Trustees will be asked to review the safeguarding policy in March.",
        "The trustees for the almshouse will review the rents in the spring.",
    ):
        assert _tasks(TRUSTEES, line) == [], line


def test_another_body_that_will_act_is_no_owner():
    line = "The Charity Commission will take no further action on the incident."
    assert _tasks(TRUSTEES, line) == []


# --- Narrowed after a review ----------------------------------------------------------------------


def test_what_an_area_holder_said_or_thought_will_happen_is_no_task():
    # the area is a word or three of the board's work, never a clause of what was said
    for line in (
        "The link governor for SEND said staff will visit each class in turn.",
        "The trustee for finance said it will take three months to close the accounts.",
        "The trustee for finance thought this will cost about £500.",
        "The governor for SEND hoped parents will attend the coffee morning.",
    ):
        assert _tasks(TRUSTEES, line) == [], line


def test_the_election_or_the_role_of_an_area_holder_is_no_owner():
    for line in (
        "The election of trustee for finance will take place at the AGM.",
        "The appointment of governor for SEND will take place in March.",
        "The role of governor for SEND will include termly visits to the resource base.",
    ):
        assert _tasks(TRUSTEES, line) == [], line


def test_a_trustee_for_a_thing_named_with_the_is_no_area_holder():
    # another body's trustee ("the almshouse"), or a trust deed's words ("for the time being")
    for line in (
        "The trustee for the almshouse will review the rents in the spring.",
        "The custodian trustee for the time being will sign the transfer of the land.",
    ):
        assert _tasks(TRUSTEES, line) == [], line
    line = "The trustee for health and safety will inspect the hall before the fair."
    assert _tasks(TRUSTEES, line) == [(line, "trustee for health and safety")]


def test_a_deputy_head_taking_leave_or_taking_up_a_post_has_no_task():
    for line in (
        "2.2 The Deputy Headteacher will take maternity leave from April.",
        "2.2 The Assistant Headteacher will take up post in September.",
        "2.2 The Headteacher will take early retirement at the end of the summer term.",
    ):
        assert _tasks(COMMITTEE, line) == [], line
    line = "2.2 The Assistant Headteacher will take the lead on attendance this term."
    assert _tasks(COMMITTEE, line) == [
        (
            "The Assistant Headteacher will take the lead on attendance this term.",
            "Assistant Headteacher",
        )
    ]
