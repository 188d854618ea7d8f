"""The importer on two everyday shapes, each rule on a few lines of its own: a society's or a
club's honorary officers written short with full stops, and a public body named by its letters
alone.

Clubs, societies, parish bodies and charities write their officers "Hon. Secretary", "Hon.
Treasurer", "Asst. Clerk", and list them so under "Present:" ("Mrs Ann Bell – Hon. Secretary",
"Jo Kerr, Asst. Clerk", "Hon. Sec.: Ann Bell"): each line is one person on the register with
the office as their role, and the officer owns the tasks the minutes give them ("Hon. Sec. to
write to the league."). A body known by its letters ("NHS will publish the new guidance …")
owns no task, as "The NHS will publish …" does not; a person's initials ("JB will circulate
…") and an office's letters ("CFO to …") still do. Each rule's test was run on the importer as
it was before the rule and failed there. What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of

BOWLS = "Minutes of the committee of Pellow Green Bowls Club, held on 4 March 2026"


def _read(text: str):
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return meeting


def _club(register: str, minute: str = "The league had sent the fixtures.") -> str:
    return (
        f"{BOWLS}\n\n{register}\n\n1. Fixtures\n{minute}\n\n"
        "2. Date of next meeting\nTuesday 7 April 2026 at the pavilion.\n"
    )


# --- Honorary officers on the register -----------------------------------------------------------

ONE_A_LINE = _club(
    "Present:\n"
    "Mrs Ann Bell – Hon. Secretary\n"
    "Tom Hale (Hon. Treasurer)\n"
    "Jo Kerr, Asst. Clerk\n"
    "Ray Penn – Captain\n"
    "Sue Day"
)


def test_an_office_with_a_full_stop_after_a_dash_is_the_persons_role():
    meeting = _read(ONE_A_LINE)
    assert meeting.register.present == [
        "Mrs Ann Bell",
        "Tom Hale",
        "Jo Kerr",
        "Ray Penn",
        "Sue Day",
    ]
    assert meeting.register.roles["hon. secretary"] == "Mrs Ann Bell"
    assert meeting.register.roles["hon. treasurer"] == "Tom Hale"


def test_an_office_after_a_comma_is_the_persons_role():
    meeting = _read(ONE_A_LINE)
    assert meeting.register.roles["asst. clerk"] == "Jo Kerr"
    assert "Asst. Clerk" not in meeting.register.present


def test_an_office_written_short_before_a_colon_names_its_holder():
    meeting = _read(_club("Present:\nRay Penn – Captain\nHon. Sec.: Ann Bell\nSue Day"))
    assert meeting.register.present == ["Ray Penn", "Ann Bell", "Sue Day"]
    assert meeting.register.roles["hon. sec."] == "Ann Bell"


# --- Honorary officers own their tasks -----------------------------------------------------------


def test_an_honorary_officer_written_short_owns_a_task():
    meeting = _read(
        _club(
            "Present: Ann Bell (Hon. Sec.), Tom Hale",
            "The league had sent the fixtures. Hon. Sec. to write to the league.",
        )
    )
    assert actions_of(meeting) == [("Hon. Sec. to write to the league.", "Hon. Sec.")]


def test_an_honorary_or_assistant_officer_owns_what_they_will_do():
    meeting = _read(
        _club(
            "Present: Ann Bell, Tom Hale, Jo Kerr",
            "The league had sent the fixtures. The Hon. Sec. will write to the league.\n\n"
            "The Asst. Clerk will book the green for the cup match.\n\n"
            "Asst. Clerk to order the new mats.",
        )
    )
    assert actions_of(meeting) == [
        ("The Hon. Sec. will write to the league.", "Hon. Sec."),
        ("The Asst. Clerk will book the green for the cup match.", "Asst. Clerk"),
        ("Asst. Clerk to order the new mats.", "Asst. Clerk"),
    ]


# --- A body by its letters -----------------------------------------------------------------------


def test_a_body_by_its_letters_without_the_owns_no_task():
    meeting = _read(
        _club(
            "Present: Ann Bell, Tom Hale",
            "NHS will publish the new guidance in the spring.\n\n"
            "LGA will publish its survey of parishes in June.\n\n"
            "ICB to consult on the new surgery in the autumn.\n\n"
            "CQC will inspect the surgery in May.",
        )
    )
    assert actions_of(meeting) == []
    assert not any("task" in warning for warning in meeting.warnings)  # nor one to check


# --- What these rules must not do ----------------------------------------------------------------


def test_a_sentence_with_hon_under_the_register_is_no_register_line():
    text = _club(
        "Present:\nRay Penn – Captain\nThe Hon. Member for Wendlow said the road would be mended."
    )
    meeting = _read(text)
    assert meeting.register.present == ["Ray Penn"]
    assert not any("Hon. Member" in name for name in meeting.register.names())


def test_honorifics_with_full_stops_are_read_as_before():
    meeting = _read(_club("Present:\nRev. Jones\nDr. Patel\nRev. Tom Jones (Vicar)"))
    assert meeting.register.present == ["Rev. Jones", "Dr. Patel", "Rev. Tom Jones"]
    assert meeting.register.roles == {"vicar": "Rev. Tom Jones"}


def test_a_full_stop_ending_a_sentence_after_a_dash_is_no_role():
    meeting = _read(_club("Present:\nRay Penn – Captain\nAnn Bell - sent her thanks. It rained."))
    assert meeting.register.present == ["Ray Penn"]
    meeting = _read(_club("Present:\nRay Penn – Captain\nAnn Bell – Secretary."))
    assert "Ann Bell" not in meeting.register.roles.values()


def test_two_names_after_a_comma_are_still_two_people():
    meeting = _read(_club("Present:\nRay Penn – Captain\nAnn Bell, Tom Hale"))
    assert meeting.register.present == ["Ray Penn", "Ann Bell", "Tom Hale"]


def test_an_unabbreviated_honorary_officer_still_owns_a_task():
    meeting = _read(
        _club(
            "Present: Ann Bell, Tom Hale",
            "The Hon. Secretary will write to the league.\n\nHon. Treasurer to pay the fees.",
        )
    )
    assert actions_of(meeting) == [
        ("The Hon. Secretary will write to the league.", "Hon. Secretary"),
        ("Hon. Treasurer to pay the fees.", "Hon. Treasurer"),
    ]


def test_a_persons_initials_and_an_offices_letters_still_own_tasks():
    meeting = _read(
        _club(
            "Present: Jan Bowe (JB), Amy Rook (AR), Kim Ash-Pell (KAP)",
            "JB will circulate the plan.\n\nAR to review the policy.\n\n"
            "The green was reseeded. Action: KAP\n\n"
            "CFO to update the pay scales.\n\nRFO to pay the invoice.",
        )
    )
    assert [owner for _, owner in actions_of(meeting)] == ["JB", "AR", "KAP", "CFO", "RFO"]


def test_initials_the_register_gives_a_person_own_tasks_even_as_a_bodys_letters():
    meeting = _read(
        _club(
            "Present: Nora Hale-Smith (NHS), Lucy Grey-Abbot (LGA)",
            "NHS will circulate the plan.\n\nLGA to book the coach.",
        )
    )
    assert actions_of(meeting) == [
        ("NHS will circulate the plan.", "NHS"),
        ("LGA to book the coach.", "LGA"),
    ]


def test_a_body_someone_comes_from_is_not_their_initials():
    meeting = _read(
        _club(
            "Present: Dr Ann Bell (NHS), Tom Hale (LGA)",
            "NHS will publish the new guidance in the spring.\n\n"
            "LGA to publish its survey of parishes in June.",
        )
    )
    assert actions_of(meeting) == []


def test_the_police_and_crime_commissioner_by_letters_still_owns_a_task():
    # A police and crime panel's "PCC" is the Commissioner, a person the panel asks for things
    # (as a church's PCC, its council, is given tasks as "Council to …" is).
    meeting = _read(
        "Minutes of the Wendlow Police and Crime Panel, held on 4 March 2026\n\n"
        "Present: Cllr Ann Bell (Chair), Cllr Tom Hale\n\n"
        "1. Estates strategy\nThe Commissioner presented the strategy.\n\n"
        "PCC to respond to the panel on the sale of the police houses by 1 May 2026.\n\n"
        "2. Date of next meeting\nTuesday 7 April 2026.\n"
    )
    assert actions_of(meeting) == [
        ("PCC to respond to the panel on the sale of the police houses by 1 May 2026.", "PCC")
    ]


def test_a_persons_own_initials_that_spell_a_bodys_letters_still_own_tasks():
    # The register need not write the initials out: "Helen Sarah Evans" is "HSE" in the tasks.
    meeting = _read(
        _club(
            "Present: Helen Sarah Evans, Nora Hale-Smith, Tom Hale",
            "HSE to update the risk assessment for the pavilion.\n\n"
            "NHS will book the coach for the county match.",
        )
    )
    assert actions_of(meeting) == [
        ("HSE to update the risk assessment for the pavilion.", "HSE"),
        ("NHS will book the coach for the county match.", "NHS"),
    ]
