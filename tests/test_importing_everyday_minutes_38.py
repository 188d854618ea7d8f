"""The importer on everyday minutes, each rule on a few lines of its own: a shape of the
thirty-eighth round of held-out fixtures (tests/minutes_fixtures/held_out_38), read by a
residents' federation whose members' worries about a paper are headed "Members' concerns:"
above a bulleted list, as "Members' comments:" and "Members' views:" head theirs. Each
rule's test was run on the importer as it was before the rule and failed there. What these
rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import points_of

# --- The thirty-eighth round ---------------------------------------------------------------------

FEDERATION = """Ashcombe Vale Federation of Residents' Associations – executive committee

Present: Ruth Pengarrow (Chair), Dilip Amberley, Sue Fenwright

1. Apologies
None.

2. Parking on the estates
Mr Amberley reported that the council would consult on new parking permits in the spring.

{label}

• permits at £40 a year would fall hardest on carers who visit daily;
• the consultation should be on paper as well as online;
• visitors' permits were not mentioned in the paper.

RESOLVED: that the Federation responds to the consultation.

3. Date of next meeting
Tuesday 9 February 2027.
"""


def _read(text: str):
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


def test_members_concerns_lead_in_to_points():
    meeting = _read(FEDERATION.format(label="Members' concerns:"))
    assert points_of(meeting) == [
        "permits at £40 a year would fall hardest on carers who visit daily;",
        "the consultation should be on paper as well as online;",
        "visitors' permits were not mentioned in the paper.",
    ]
    assert len(meeting.items) == 3


def test_any_groups_concerns_lead_in_to_points():
    for label in ("Residents' concerns:", "Governors' concerns:", "Councillors' concerns:"):
        meeting = _read(FEDERATION.format(label=label))
        assert len(points_of(meeting)) == 3, label


# --- What these rules must not do ---------------------------------------------------------------


def test_a_list_of_concerns_for_a_survey_leads_in_to_nothing():
    # Concerns gathered for a survey are the survey's questions, not what members said.
    meeting = _read(
        FEDERATION.format(label="The council's list of tenants' concerns for the survey:")
    )
    assert points_of(meeting) == []


def test_members_concerns_as_a_heading_with_no_colon_lead_in_to_nothing():
    meeting = _read(FEDERATION.format(label="Members' concerns about the parking scheme"))
    assert points_of(meeting) == []
