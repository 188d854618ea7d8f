"""The importer on everyday minutes, each rule on a few lines of its own: shapes of the
thirty-ninth round of held-out fixtures (tests/minutes_fixtures/held_out_39). A hospital
committee's minutes put a "Discussion" heading under each numbered item, then the account of
the item, then what the committee decided on a line labelled "Outcome:" ("Outcome: The
committee approved …"), then its tasks ("Action: DO to update …", "Ms Farnaby will present
…"); the labelled outcome closes the discussion, so it is the item's decision and what follows
it is the minute again; and an outcome of two sentences, each the committee deciding ("…
approved items (i) and (ii). The committee deferred …"), is two decisions. A safety advisory
group's notes record "The SAG agreed to review its terms of reference at its meeting in March":
the group deciding what it will do at a meeting to come, its own decision, where "approved the
levy at its December meeting" reports a body's decision at a meeting of its own. Each rule's
test was run on the importer as it was before the rule and failed there. What these rules must
not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of, points_of


def _read(text: str):
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


# --- A "Discussion" heading closed by a labelled outcome -------------------------------------------

CLINIC = """Wrenholt Community Dental Service
Clinical Governance Group

Minutes of the meeting held on Tuesday 9 February 2027, 1pm

Present:
Dr Oriel Fenwright, Clinical Director (Chair)   OF
Mr Tobias Quenell, Practice Manager              TQ
Ms Imelda Sarrowby, Dental Nurse Lead            IS

1   Welcome and apologies
The Chair welcomed members. Apologies were received from Mr Alder.

2   Sedation audit
Discussion
Mr Quenell presented the audit of conscious sedation for the year. All forty cases had a
signed consent form, and two had no recorded recovery time.
Ms Sarrowby said that the recovery chart had been changed in the autumn.
Outcome: The group noted the sedation audit.
Action: TQ to add the recovery time to the sedation checklist.

3   Infection control policies
Discussion
The group considered three policies sent round with the papers.
Ms Sarrowby noted that the hand hygiene policy still named the old soap.
Outcome: The group approved the decontamination policy and the waste policy. The group
deferred the hand hygiene policy until the soap is named correctly.
Ms Sarrowby will send the corrected hand hygiene policy to the March meeting.

4   Date of next meeting
Tuesday 9 March 2027, 1pm.
"""


def test_a_labelled_outcome_under_a_discussion_heading_is_the_items_decision():
    meeting = _read(CLINIC)
    assert [(i.number, i.decisions) for i in meeting.items if i.decisions] == [
        ("2", ["Outcome: The group noted the sedation audit."]),
        (
            "3",
            [
                "Outcome: The group approved the decontamination policy and the waste policy.",
                "The group deferred the hand hygiene policy until the soap is named correctly.",
            ],
        ),
    ]


def test_a_task_after_a_labelled_outcome_is_the_items_task():
    meeting = _read(CLINIC)
    assert actions_of(meeting) == [
        ("TQ to add the recovery time to the sedation checklist.", "TQ"),
        (
            "Ms Sarrowby will send the corrected hand hygiene policy to the March meeting.",
            "Ms Sarrowby",
        ),
    ]


# --- A decision about what the body will do at a meeting to come -----------------------------------

ADVISORY = """Tallowmere District Council
Licensing Policy Forum

Notes of the meeting held on Thursday 4 March 2027

1. Apologies
None.

2. Statement of licensing policy
The Licensing Manager said that the policy was last reviewed in 2022.
The Forum agreed to review the statement of licensing policy at its meeting in June 2027.

3. Street trading
The Forum agreed to consider the street trading fees at its next meeting.
"""


def test_the_body_agreeing_to_review_something_at_a_meeting_to_come_decides():
    meeting = _read(ADVISORY)
    assert decisions_of(meeting) == [
        "The Forum agreed to review the statement of licensing policy at its meeting in June 2027.",
        "The Forum agreed to consider the street trading fees at its next meeting.",
    ]


# --- What these rules must not do ----------------------------------------------------------------


def test_a_discussions_own_sentences_and_bullets_stay_the_discussion():
    meeting = _read(
        """Wrenholt Community Dental Service
Clinical Governance Group

1   Waiting list
Discussion
Mr Quenell said that the group had approved the triage form in 2025 and it was working well.
  •  the longest wait was now eleven weeks;
  •  two sessions a month had been lost to staff sickness.
Outcome: The group noted the waiting list report.
"""
    )
    assert decisions_of(meeting) == ["Outcome: The group noted the waiting list report."]
    assert points_of(meeting) == [
        "the longest wait was now eleven weeks;",
        "two sessions a month had been lost to staff sickness.",
    ]
    assert actions_of(meeting) == []


def test_reported_speech_after_a_labelled_outcome_is_no_task():
    meeting = _read(
        """Wrenholt Community Dental Service
Clinical Governance Group

1   Complaints
Discussion
Ms Sarrowby presented the complaints received in the quarter.
Outcome: The group noted the complaints report.
Mr Quenell said he would speak to the reception team about the telephone system.
"""
    )
    assert decisions_of(meeting) == ["Outcome: The group noted the complaints report."]
    assert actions_of(meeting) == []


def test_an_outcome_saying_nothing_was_decided_decides_nothing():
    meeting = _read(
        """Wrenholt Community Dental Service
Clinical Governance Group

1   Staffing
Discussion
Dr Fenwright gave an update on recruitment.
Outcome: None.
"""
    )
    assert decisions_of(meeting) == []


def test_an_outcome_of_a_decision_and_a_thank_you_is_one_decision():
    meeting = _read(
        """Wrenholt Community Dental Service
Clinical Governance Group

1   Audit
Discussion
Ms Sarrowby presented the record-keeping audit.
Outcome: The group noted the audit. The group thanked Ms Sarrowby for her work.
"""
    )
    assert decisions_of(meeting) == [
        "Outcome: The group noted the audit. The group thanked Ms Sarrowby for her work."
    ]


def test_a_bodys_decision_at_a_meeting_of_its_own_or_another_bodys_plan_is_still_a_report():
    meeting = _read(
        """Tallowmere District Council
Licensing Policy Forum

Notes of the meeting held on Thursday 4 March 2027

1. Apologies
None.

2. Fees
The Licensing Manager reported on the fees for the coming year.
The Cabinet approved the fees at its December meeting.
The Cabinet agreed at its meeting in January to review the taxi fares.
The County Council agreed to consider the traders' petition at its meeting in July.
"""
    )
    assert decisions_of(meeting) == []


def test_an_outcome_pointing_to_another_item_decides_nothing():
    # the decision is the other item's; here the label only points to it
    for outcome in ("Decision: see item 5.", "Outcome: See minute 4 above.", "Decision: As above."):
        meeting = _read(
            f"""Wrenholt Community Dental Service
Clinical Governance Group

1   Staffing
Discussion
Dr Fenwright gave an update on recruitment.
{outcome}
"""
        )
        assert decisions_of(meeting) == [], outcome
