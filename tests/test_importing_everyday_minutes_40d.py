"""The importer on everyday minutes, each rule on a few lines of its own: shapes of the
fortieth round of held-out fixtures (tests/minutes_fixtures/held_out_40), read by an
executive group whose items are numbered "1." with typed paragraphs "1.1", "1.2" under them,
one paragraph leading in a list of bullets by its label alone ("4.2 Partners' comments:"),
and by a school trust's board whose items are in capitals with lettered paragraphs "a)",
"b)" under them, some of them the board deciding ("a) Trustees APPROVED the minutes …",
"d) The Board noted the report."), one a resolution leading in a list of its own "(i)" to
"(iii)", after which the next lettered paragraph is the minute again. Each rule's test was
run on the importer as it was before the rule and failed there. What these rules must not
do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import decisions_of, points_of

# --- The fortieth round ----------------------------------------------------------------------


def _read(text: str):
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


EXECUTIVE = """\
FENWICK HOLLOW COMMUNITY SAFETY PARTNERSHIP

Executive Group - Minutes, 3 February 2027

1.  Welcome and apologies

1.1 The Chair welcomed members. Apologies were received from Ruth Barrowclough.

2.  Hate crime audit

2.1 Tomasz Wenlock presented the audit of forty reported hate crimes.

2.2 Partners' comments:

    \u2022  the police said that most reports now came through the online form, and that
       the form was easy to use;
    \u2022  the housing lead asked that landlords be told about the form.

2.3 Decision: The Executive noted the audit findings.

3.  Date of next meeting

3.1 Wednesday 7 April 2027.
"""


def test_a_typed_paragraph_number_before_a_label_leading_in_bullets_hides_no_lead_in():
    meeting = _read(EXECUTIVE)
    assert points_of(meeting) == [
        "the police said that most reports now came through the online form, and that the "
        "form was easy to use;",
        "the housing lead asked that landlords be told about the form.",
    ]
    assert decisions_of(meeting) == ["2.3 Decision: The Executive noted the audit findings."]


TRUST = """\
THE BRACKENDALE SCHOOL TRUST

MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES, 4 February 2027

1.  MINUTES OF THE LAST MEETING

a)  Trustees APPROVED the minutes of the meeting held on 3 December 2026.
b)  Matters arising: the Clerk had sent the induction pack.


2.  HEADTEACHER'S REPORT

a)  Mr Tolland presented his report. Attendance was 93%.
b)  The Board noted the Headteacher's report.


3.  POLICIES FOR APPROVAL

a)  The policies had been circulated with the papers.
b)  RESOLVED that the following policies be approved:
    (i)   Lettings Policy;
    (ii)  Complaints Policy.
c)  Mr Varley returned to the meeting.


4.  PREMISES

a)  Mrs Quilliam reported that the boiler had failed twice.
b)  The Board agreed to replace the boiler in the summer holiday.
"""


def test_a_lettered_paragraph_with_the_board_deciding_is_a_decision():
    meeting = _read(TRUST)
    assert [(i.number, i.decisions) for i in meeting.items if i.decisions][:2] == [
        ("1", ["a) Trustees APPROVED the minutes of the meeting held on 3 December 2026."]),
        ("2", ["b) The Board noted the Headteacher's report."]),
    ]
    assert meeting.items[3].decisions == [
        "b) The Board agreed to replace the boiler in the summer holiday."
    ]


def test_the_next_lettered_paragraph_after_a_resolutions_own_list_is_the_minute_again():
    meeting = _read(TRUST)
    assert meeting.items[2].decisions == [
        "b) RESOLVED that the following policies be approved: (i) Lettings Policy;",
        "(ii) Complaints Policy.",
    ]


# --- What these rules must not do ----------------------------------------------------------------


def test_a_typed_paragraph_number_before_a_heading_like_label_leads_in_nothing_new():
    # a numbered paragraph that is no lead-in ("2.2 Partners' buildings" is a label of a
    # report), and bullets under a numbered account that leads in nothing: no points
    text = EXECUTIVE.replace("2.2 Partners' comments:", "2.2 The partners' buildings were:")
    meeting = _read(text)
    assert points_of(meeting) == []


def test_a_lettered_paragraph_reporting_another_person_or_a_past_decision_decides_nothing():
    text = TRUST.replace(
        "b)  The Board noted the Headteacher's report.",
        "b)  The Headteacher noted that the exclusion had been upheld.",
    ).replace(
        "a)  Trustees APPROVED the minutes of the meeting held on 3 December 2026.",
        "a)  The Clerk said the minutes of 3 December 2026 had been approved by email.",
    )
    meeting = _read(text)
    assert meeting.items[0].decisions == []
    assert meeting.items[1].decisions == []


def test_a_resolutions_own_lettered_entries_are_still_its_decisions():
    # the list lettered as the paragraphs are: "(a)" and "(b)" after an unlettered lead-in
    # are the resolution's entries, and so is the entry after a lettered lead-in whose
    # list is lettered as well ("b) RESOLVED that:" above "(a) …", "(b) …")
    text = """\
1.  POLICIES

The policies had been circulated.
RESOLVED that:
(a) the Lettings Policy be approved;
(b) the Complaints Policy be approved.

2.  FINANCE

a)  The accounts were presented.
b)  RESOLVED that the Board:
    (i)   approve the budget;
    (ii)  approve the reserves policy;
    (iii) note the forecast.
"""
    meeting = _read(text)
    assert meeting.items[0].decisions == [
        "(a) the Lettings Policy be approved;",
        "(b) the Complaints Policy be approved.",
    ]
    assert len(meeting.items[1].decisions) == 3


def test_a_resolutions_list_lettered_as_its_lettered_lead_in_keeps_every_entry():
    # "(b) RESOLVED that the Board:" above "(a) …" to "(c) …": "(c)" is the list's third
    # entry, not the minute's next paragraph after "(b)"
    text = """\
1.  FINANCE

(a) The accounts were presented.
(b) RESOLVED that the Board:
    (a) approve the budget;
    (b) approve the reserves policy;
    (c) note the forecast.

2.  DATE OF NEXT MEETING

(a) Thursday 6 May 2027.
"""
    meeting = _read(text)
    assert len(meeting.items[0].decisions) == 3
    assert meeting.items[0].decisions[-1] == "(c) note the forecast."


def test_a_resolutions_next_part_in_lower_case_after_a_sublist_is_still_a_decision():
    # "(a) the following policies be approved:" above "(i)", "(ii)", then "(b) the Pay
    # Policy be deferred …": the resolution's next part, its words running on in lower case
    text = """\
1.  POLICIES

The policies had been circulated.
RESOLVED that:
(a) the following policies be approved:
    (i)   Lettings Policy;
    (ii)  Complaints Policy;
(b) the Pay Policy be deferred to June.

2.  DATE OF NEXT MEETING

Thursday 6 May 2027.
"""
    meeting = _read(text)
    assert meeting.items[0].decisions[-1] == "(b) the Pay Policy be deferred to June."
