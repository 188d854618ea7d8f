"""The importer on a register set out as an attendance table: a header row naming the
columns (a name column such as "Councillor", "Member" or "Name", an attendance column such as
"Attendance", "Status" or "Present?", and perhaps a role), then one row a person, as a saved
committee-management page or a pasted table gives it. Each row is one person; the attendance
cell says which list they are on, a role of "Substitute for …" makes them a substitute, and
no header or cell that is not a name becomes a person. Each rule's test was run on the
importer as it was before the rule and failed there. What these rules must not do is at the
end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of

ROWS = (
    "Councillor\tRole\tAttendance\n\n"
    "Councillor Ann Bellweather\tChair\tPresent\n\n"
    "Councillor Tom Haycroft\tVice-Chair\tPresent\n\n"
    "Councillor Rhona Castell\tMember\tApologies\n\n"
    "Councillor Piers Lomond\tMember\tAbsent\n\n"
    "Councillor Una Fairley\tMember\tPresent\n\n"
    "Councillor Jago Penrice\tSubstitute for Councillor Castell\tPresent\n\n"
)
ITEMS = (
    "1.\tApologies\n\nApologies were received from Councillor Castell.\n\n"
    "2.\tMinutes\n\nRESOLVED: That the minutes be confirmed.\n"
)
# Items naming no one: what is on the register is what the table (or the line) gives.
PLAIN_ITEMS = "1.\tMinutes\n\nRESOLVED: That the minutes be confirmed.\n\n2.\tClose\n\nClosed.\n"
UNDER_HEADING = (
    "Minutes of the Licensing Panel held on 3 March 2026\n\n## Attendance\n\n"
    + ROWS
    + "Officers: Mrs Dilys Marr (Democratic Services Officer)\n\n"
    + ITEMS
)


def test_an_attendance_table_under_its_heading_is_read_a_row_at_a_time():
    meeting = parse_meeting(UNDER_HEADING)
    register = meeting.register
    assert register.present == [
        "Councillor Ann Bellweather",
        "Councillor Tom Haycroft",
        "Councillor Una Fairley",
    ]
    assert register.apologies == ["Councillor Rhona Castell"]
    assert register.absent == ["Councillor Piers Lomond"]
    assert register.substitutes == ["Councillor Jago Penrice"]
    assert register.in_attendance == ["Mrs Dilys Marr"]
    assert register.roles["chair"] == "Councillor Ann Bellweather"
    assert missing_sentences(UNDER_HEADING, meeting) == []
    assert meeting.unplaced == ["Minutes of the Licensing Panel held on 3 March 2026"]


def test_no_header_or_role_or_attendance_cell_becomes_a_person():
    names = parse_meeting(UNDER_HEADING).register.names()
    for cell in ("Councillor", "Role", "Attendance", "Chair", "Member", "Present", "Apologies"):
        assert cell not in names
    assert "Councillor Castell" not in names  # the apologies item names her again
    assert "member" not in parse_meeting(UNDER_HEADING).register.roles  # held by three rows


def test_an_attendance_table_without_a_heading_is_read_the_same_way():
    text = "Minutes of the Licensing Panel held on 3 March 2026\n\n" + ROWS + ITEMS
    meeting = parse_meeting(text)
    register = meeting.register
    assert register.present == [
        "Councillor Ann Bellweather",
        "Councillor Tom Haycroft",
        "Councillor Una Fairley",
    ]
    assert register.apologies == ["Councillor Rhona Castell"]
    assert register.absent == ["Councillor Piers Lomond"]
    assert register.substitutes == ["Councillor Jago Penrice"]
    assert missing_sentences(text, meeting) == []
    assert meeting.unplaced == ["Minutes of the Licensing Panel held on 3 March 2026"]


def test_the_words_an_attendance_cell_is_written_in():
    text = (
        "Name\tStatus\n"
        "Ann Bellweather\tPresent (virtual)\n"
        "Tom Haycroft\tApologies received\n"
        "Rhona Castell\tSent apologies\n"
        "Piers Lomond\tAbsent without apologies\n"
        "Una Fairley\tIn attendance\n\n" + PLAIN_ITEMS
    )
    register = parse_meeting(text).register
    assert register.present == ["Ann Bellweather"]
    assert register.apologies == ["Tom Haycroft", "Rhona Castell"]
    assert register.absent == ["Piers Lomond"]
    assert register.in_attendance == ["Una Fairley"]


def test_a_role_that_says_its_holder_attends_and_a_role_of_two_parts():
    text = (
        "Name\tRole\tAttendance\n"
        "Carol Ainsworth\tChair; community governor\tPresent\n"
        "Helen Stobart\tCommunity governor\tPresent\n"
        "Ian Bedford\tSchool Business Manager (in attendance)\tPresent\n\n" + PLAIN_ITEMS
    )
    register = parse_meeting(text).register
    assert register.present == ["Carol Ainsworth", "Helen Stobart"]
    assert register.in_attendance == ["Ian Bedford"]
    assert register.roles["chair"] == "Carol Ainsworth"
    assert "community governor" not in register.roles  # two rows hold it


def test_a_table_in_bars_with_a_present_question_column():
    text = (
        "Present\n\n"
        "| Member | Present? |\n|---|---|\n| Ann Bellweather | Yes |\n| Tom Haycroft | No |\n\n"
        + PLAIN_ITEMS
    )
    register = parse_meeting(text).register
    assert register.present == ["Ann Bellweather"]
    assert register.absent == ["Tom Haycroft"]
    assert "Member" not in register.names()


def test_a_row_whose_attendance_cannot_be_read_is_left_for_the_clerk():
    text = (
        "Member\tAttendance\n"
        "Ann Bellweather\tPresent\n"
        "Tom Haycroft\tItems 1 to 3\n"
        "Vacancy\tn/a\n\n" + PLAIN_ITEMS
    )
    meeting = parse_meeting(text)
    assert meeting.register.present == ["Ann Bellweather"]
    assert "Tom Haycroft" not in meeting.register.names()
    assert "Vacancy" not in meeting.register.names()
    assert meeting.unplaced == ["Tom Haycroft Items 1 to 3", "Vacancy n/a"]


def test_an_attendance_table_in_the_item_that_carries_the_register():
    text = (
        "1.\tAttendance and apologies\n\n"
        "Member\tRole\tAttendance\n"
        "Ann Bellweather\tChair\tPresent\n"
        "Tom Haycroft\tMember\tApologies\n\n"
        "2.\tMinutes\n\nRESOLVED: That the minutes be confirmed.\n"
    )
    meeting = parse_meeting(text)
    assert meeting.register.present == ["Ann Bellweather"]
    assert meeting.register.apologies == ["Tom Haycroft"]
    assert "Tom Haycroft" in meeting.items[0].all_text()  # the item's minute as well
    assert missing_sentences(text, meeting) == []


# --- What these rules must not do ----------------------------------------------------------------


def test_an_ordinary_present_line_is_read_as_before():
    meeting = parse_meeting(
        "Present: Councillors Bell (Chair), Hay and Dane\nApologies: Cllr Fenn\n\n" + PLAIN_ITEMS
    )
    assert meeting.register.present == ["Cllr Bell", "Cllr Hay", "Cllr Dane"]
    assert meeting.register.apologies == ["Cllr Fenn"]
    assert meeting.register.roles["chair"] == "Cllr Bell"


def test_a_register_in_columns_without_an_attendance_column_is_read_as_before():
    meeting = parse_meeting(
        "Present\n"
        "Ann Bellweather\tIndependent Chair\tAB\n"
        "Tom Haycroft\tFinance Director\tTH\n"
        "In attendance:\tFiona Large\tLicensing Officer\n\n" + PLAIN_ITEMS
    )
    assert meeting.register.present == ["Ann Bellweather", "Tom Haycroft"]
    assert meeting.register.in_attendance == ["Fiona Large"]
    assert meeting.register.roles["licensing officer"] == "Fiona Large"


def test_a_table_of_actions_is_no_register():
    text = (
        "Minutes of the Board\n\nPresent: Ann Bellweather, Tom Haycroft\n\n"
        "1.\tActions\n\n"
        "Ref\tAction\tOwner\tStatus\n"
        "A1\tObtain three quotes for the roof\tTom Haycroft\tComplete\n"
        "A2\tWrite to the landlord\tAnn Bellweather\tOpen\n\n"
        "2.\tClose\n\nThe meeting closed.\n"
    )
    meeting = parse_meeting(text)
    assert meeting.register.present == ["Ann Bellweather", "Tom Haycroft"]
    assert meeting.register.absent == meeting.register.apologies == []
    assert len(actions_of(meeting)) == 2


def test_a_table_of_something_else_is_no_register():
    text = (
        "Minutes of the Board\n\nPresent: Ann Bellweather, Tom Haycroft\n\n"
        "1.\tTraining\n\n"
        "Member\tCourse\tAttendance\n"
        "Rhona Castell\tPlanning law\tAttended\n"
        "Piers Lomond\tLicensing\tBooked\n\n"
        "2.\tDeclarations of interest\n\n"
        "Member\tItem\tInterest\n"
        "Una Fairley\t1\tA member of the club\n\n"
        "3.\tClose\n\nThe meeting closed.\n"
    )
    meeting = parse_meeting(text)
    assert meeting.register.present == ["Ann Bellweather", "Tom Haycroft"]
    for name in ("Rhona Castell", "Piers Lomond", "Member", "Course", "Item"):
        assert name not in meeting.register.names()
    assert "Rhona Castell" in meeting.items[0].all_text()
    assert missing_sentences(text, meeting) == []


# --- Narrowed after a review ----------------------------------------------------------------------


def test_a_status_that_only_begins_with_an_attendance_word_is_left_for_the_clerk():
    text = (
        "Present: Ann Bellweather, Tom Haycroft\n\n"
        "Name\tRole\tStatus\n"
        "Ann Bellweather\tChair\tTraining complete\n"
        "Tom Haycroft\tTreasurer\tAbsent from training\n"
        "Rhona Castell\tSecretary\tNot present at induction\n\n" + PLAIN_ITEMS
    )
    register = parse_meeting(text).register
    assert register.present == ["Ann Bellweather", "Tom Haycroft"]
    assert register.absent == []
    assert "Rhona Castell" not in register.names()


def test_a_row_with_its_attendance_left_blank_is_not_read_from_its_role():
    text = (
        "Name          Role                        Attendance\n"
        "Ann Bellweather      Chair                Present\n"
        "Tom Haycroft      Online Safety Governor\n"
        "Rhona Castell      Substitute\n"
        "Una Fairley      Parent Governor          Apologies\n\n" + PLAIN_ITEMS
    )
    register = parse_meeting(text).register
    assert register.present == ["Ann Bellweather"]
    assert register.apologies == ["Una Fairley"]
    assert register.substitutes == []
    assert "Tom Haycroft" not in register.names()


def test_an_attendance_cell_with_a_note_is_still_read():
    text = (
        "Name\tRole\tAttendance\n"
        "Ann Bellweather\tChair\tPresent (virtual)\n"
        "Tom Haycroft\tMember\tPresent – left at 8.15pm\n"
        "Rhona Castell\tMember\tApologies, illness\n"
        "Piers Lomond\tMember\tPresent from item 3\n"
        "Una Fairley\tMember\tAbsent\n\n" + PLAIN_ITEMS
    )
    register = parse_meeting(text).register
    assert register.present == ["Ann Bellweather", "Tom Haycroft", "Piers Lomond"]
    assert register.apologies == ["Rhona Castell"]
    assert register.absent == ["Una Fairley"]
