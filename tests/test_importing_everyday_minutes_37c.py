"""The importer on everyday minutes, each rule on a few lines of its own: a shape of the
thirty-seventh round of held-out fixtures (tests/minutes_fixtures/held_out_37), read by a
multi-academy trust's remuneration committee, whose officers are named by the letters of their
office after "The" ("The CFO will update the pay scales …"), as the register gives them
("Chief Financial Officer, CFO"), and take on a task so; the trust's and a school's offices by
their letters (CEO, CFO, COO, SBM, HT) are read as the SENCo and the DSL already were. Each
rule's test was run on the importer as it was before the rule and failed there. What these
rules must not do is at the end: a body by its letters ("The DfE will publish …", "The NHS will
…") is no officer, and what an officer said they would do, or will be asked to do, is no task of
theirs.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of

# --- The thirty-seventh round ---------------------------------------------------------------------

TRUST = (
    "Finance and Audit Committee\n"
    "\n"
    "Present: Mrs Ann Holloway (Chair), Mr Dev Sharma, Dr Petra Quayle\n"
    "In attendance: Mr Owen Trelask (Chief Executive Officer, CEO), Ms Jo Penhale (Chief "
    "Financial Officer, CFO)\n"
    "\n"
    "FA/1  Apologies\n"
    "\n"
    "None.\n"
    "\n"
    "FA/2  Budget monitoring\n"
    "\n"
    "The CFO presented the budget monitoring report to the end of October.\n"
    "\n"
    "{line}\n"
    "\n"
    "FA/3  Date of next meeting\n"
    "\n"
    "9 March.\n"
)

SCHOOL = (
    "1. Apologies\n"
    "\n"
    "Apologies from Mrs Dale.\n"
    "\n"
    "2. Staffing\n"
    "\n"
    "Governors discussed the staffing structure for September.\n"
    "\n"
    "{line}\n"
    "\n"
    "3. Next meeting\n"
    "\n"
    "7 April.\n"
)


def _tasks(template: str, line: str) -> list[tuple[str, str]]:
    text = template.format(line=line)
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return actions_of(meeting)


def test_the_cfo_the_register_names_who_will_do_something_has_the_task():
    line = "The CFO will update the reserves forecast once the audit is signed."
    assert _tasks(TRUST, line) == [(line, "CFO")]


def test_the_ceo_the_register_names_who_will_do_something_has_the_task():
    line = "The CEO will write to the headteachers about the savings."
    assert _tasks(TRUST, line) == [(line, "CEO")]


def test_a_trust_or_school_office_by_its_letters_has_the_task_without_a_register():
    line = "The SBM will obtain three quotes for the boiler."
    assert _tasks(SCHOOL, line) == [(line, "SBM")]
    line = "The HT will share the draft structure with staff."
    assert _tasks(SCHOOL, line) == [(line, "HT")]
    line = "The COO will review the cleaning contract."
    assert _tasks(SCHOOL, line) == [(line, "COO")]


def test_every_office_by_its_letters_owns_a_task_as_the_cfo_does():
    # One list of offices by their letters serves tasks and decisions alike
    # (minutes.importing.roles.OFFICE_LETTERS): the PCSO and the DPO own their tasks too.
    line = "The PCSO will speak to the shop owners about the bins."
    assert _tasks(SCHOOL, line) == [(line, "PCSO")]
    line = "The DPO will check the consent forms."
    assert _tasks(TRUST, line) == [(line, "DPO")]


def test_an_officer_by_the_letters_of_the_office_approving_something_is_no_body_deciding():
    for officer in ("HT", "CFO", "SBM"):
        meeting = parse_meeting(f"1. Trips\nThe {officer} approved the Year 6 trip.\n")
        assert [d for i in meeting.items for d in i.decisions] == [], officer
    meeting = parse_meeting("1. Syllabus\nThe SACRE approved the new syllabus.\n")
    assert [d for i in meeting.items for d in i.decisions] == [
        "The SACRE approved the new syllabus."
    ]


# --- What these rules must not do -----------------------------------------------------------------


def test_the_dsl_still_has_the_task():
    line = "The DSL will review the safeguarding log before the next meeting."
    assert _tasks(SCHOOL, line) == [(line, "DSL")]


def test_a_body_by_its_letters_has_no_task():
    for body in ("DfE", "NHS", "LGA", "ICB", "PCC", "BBC"):
        line = f"The {body} will publish the new guidance in the spring."
        assert _tasks(SCHOOL, line) == [], body
        assert _tasks(TRUST, line) == [], body


def test_what_the_cfo_said_they_would_do_is_no_task():
    line = "The CFO said she would update the forecast once the audit was signed."
    assert _tasks(TRUST, line) == []


def test_the_cfo_who_will_be_asked_to_do_something_has_no_task():
    line = "The CFO will be asked to update the forecast in the spring."
    assert _tasks(TRUST, line) == []
