"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
thirty-third round of held-out fixtures (tests/minutes_fixtures/held_out_33), read by a
college's governance committee, a trust's meeting of its members (Word) and a riding group's
news post (a saved page) (the round's other shapes are in
tests/test_importing_everyday_minutes_33b.py). Each rule's test was run on the importer as it
was before the rule and failed there. What these rules must not do is at the end.
"""

import io

import docx

from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.readers import read_upload
from tests.reading_helpers import actions_of, decisions_of, points_of

# --- The thirty-third round ----------------------------------------------------------------------

LONG_MINUTE = (
    "The Clerk presented the estates strategy, which set out the work needed on the main\n"
    "building over the next ten years. The roof over the sports hall was the most urgent, and\n"
    "the heating in the library block would need replacing within three years. The Principal\n"
    "said that the college would bid for capital funding in the spring, and that a surveyor\n"
    "had been asked to cost the roof. Members asked whether the work could be phased so that\n"
    "teaching was not disturbed during the examination season in May and June.\n"
)

RUN_IN_TITLES = (
    "1. Welcome and apologies. Apologies were received from Mrs Dunn, who was\n"
    "unwell. There were no declarations of interest.\n\n"
    "2. Minutes of the last meeting. It was agreed that the minutes of the meeting held on\n"
    "3 June were a true record.\n\n"
    f"3. Estates strategy. {LONG_MINUTE}\n"
    "4. Date of next meeting. Tuesday 4 March at 6pm, in the library.\n"
)


def test_numbered_titles_in_sentence_case_run_into_their_minutes_are_items():
    meeting = parse_meeting(RUN_IN_TITLES)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Welcome and apologies"),
        ("2", "Minutes of the last meeting"),
        ("3", "Estates strategy"),
        ("4", "Date of next meeting"),
    ]
    assert decisions_of(meeting) == [
        "It was agreed that the minutes of the meeting held on 3 June were a true record."
    ]
    assert missing_sentences(RUN_IN_TITLES, meeting) == []


def test_a_title_run_in_keeps_an_abbreviation_s_full_stop():
    text = (
        "1. Apologies. None were received.\n\n"
        "2. Report of the Hon. Treasurer. The Treasurer presented the accounts.\n\n"
        "3. Any other business. There was none.\n"
    )
    meeting = parse_meeting(text)
    assert [item.title for item in meeting.items] == [
        "Apologies",
        "Report of the Hon. Treasurer",
        "Any other business",
    ]


RECOMMENDS = (
    "1. Apologies\nNone.\n\n"
    "2. Appointments\n"
    "The panel had interviewed three candidates.\n\n"
    "The Committee RECOMMENDS to the Board that:\n"
    "(a) Mrs Ada Quill be appointed as a governor for four years;\n"
    "(b) Mr Tom Reed be reappointed as a governor for a second term.\n\n"
    "3. Date of next meeting\n3 March.\n"
)


def test_a_committee_that_recommends_to_the_body_above_it_decides_each_lettered_part():
    meeting = parse_meeting(RECOMMENDS)
    decisions = decisions_of(meeting)
    assert len(decisions) == 2
    assert decisions[0].startswith("The Committee RECOMMENDS to the Board that:")
    assert decisions[1].startswith("(b) Mr Tom Reed")
    assert missing_sentences(RECOMMENDS, meeting) == []


ACTION_BY_LINE = (
    "1. Apologies\nNone.\n\n"
    "2. Vacancies\n"
    "Two governors had stood down.\n\n"
    "The Clerk to advertise the vacancies on the college website.\n"
    "Action by: Clerk                        Date: 12 February 2027\n\n"
    "3. Date of next meeting\n3 March.\n"
)


def test_an_action_by_line_with_a_date_under_a_task_is_that_task_s_owner_and_due_date():
    meeting = parse_meeting(ACTION_BY_LINE)
    actions = [a for item in meeting.items for a in item.actions]
    assert len(actions) == 1
    assert actions[0].description.startswith("The Clerk to advertise the vacancies")
    assert actions[0].owner_label == "Clerk"
    assert str(actions[0].due_date) == "2027-02-12"
    assert missing_sentences(ACTION_BY_LINE, meeting) == []


def _word_minutes(paragraphs: list[str]) -> bytes:
    """A Word document of Normal paragraphs."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


MEMBERS_MEETING = [
    "Item 1. Welcome",
    "The Chair welcomed the members.",
    "Item 2. Minutes",
    "The members approved the minutes of the meeting held on 3 December 2025.",
    "Item 3. Annual accounts",
    "The Finance Director presented the accounts.",
    "The members noted the annual report and the audited accounts for the year ended 31 "
    "August 2026.",
    "Item 4. Any other business",
    "Mrs Lee said she would retire in July. The Chair of Trustees to propose a way of "
    "finding a new member at the summer meeting. The next meeting will be in June.",
]


def test_a_trust_s_members_deciding_at_their_meeting_decide_in_lower_case():
    text = read_upload("members.docx", _word_minutes(MEMBERS_MEETING))
    meeting = parse_meeting(text)
    assert decisions_of(meeting) == [
        "The members approved the minutes of the meeting held on 3 December 2025.",
        "The members noted the annual report and the audited accounts for the year ended 31 "
        "August 2026.",
    ]
    assert missing_sentences(text, meeting) == []


def test_the_chair_of_a_body_given_a_task_between_two_sentences_has_it():
    text = read_upload("members.docx", _word_minutes(MEMBERS_MEETING))
    meeting = parse_meeting(text)
    assert actions_of(meeting) == [
        (
            "The Chair of Trustees to propose a way of finding a new member at the summer meeting.",
            "The Chair of Trustees",
        )
    ]


RIDING_PAGE = """<html><body><article>
<h4>Welcome and apologies</h4>
<p>Everyone was welcomed.</p>
<h4>Ponies</h4>
<p>Ewan reported that the grey pony was lame again.</p>
<p>Riders' and helpers' comments:</p>
<ul>
<li>the grey pony should rest until the vet has seen him;</li>
<li>a second pony is needed for the Saturday group.</li>
</ul>
<p>It was agreed that the grey pony be rested until January.</p>
<p><b>ACTION</b> Ewan to book the vet's visit for next week.</p>
<h4>Date of next meeting</h4>
<p>Tuesday 12 January.</p>
</article></body></html>"""


def test_two_groups_comments_lead_in_to_their_points():
    text = read_upload("news.html", RIDING_PAGE.encode())
    meeting = parse_meeting(text)
    assert points_of(meeting) == [
        "the grey pony should rest until the vet has seen him;",
        "a second pony is needed for the Saturday group.",
    ]
    assert missing_sentences(text, meeting) == []


def test_an_action_label_in_bold_with_no_colon_gives_the_task_after_it():
    text = read_upload("news.html", RIDING_PAGE.encode())
    meeting = parse_meeting(text)
    assert actions_of(meeting) == [("Ewan to book the vet's visit for next week.", "Ewan")]
    assert missing_sentences(text, meeting) == []


# --- What these rules must not do ----------------------------------------------------------------


def test_numbered_sentences_run_on_are_no_titles():
    text = (
        "1. Apologies\nNone.\n\n"
        "2. Matters arising\n"
        "1. The Clerk reported. The hall had been repainted.\n"
        "2. Members noted the report. The heating was now working.\n\n"
        "3. Date of next meeting\n3 March.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["1", "2", "3"]


def test_a_list_s_entries_run_on_after_a_full_stop_are_no_items():
    text = (
        "Footpaths\n\n"
        "1. Footpath 7. The stile at the top field is broken and needs a new step.\n"
        "2. Footpath 12. The hedge has grown over the path near the farm gate.\n"
        "3. Footpath 15. The signpost at the road end has been knocked down.\n"
    )
    meeting = parse_meeting(text)
    assert [item.title for item in meeting.items if item.title.startswith("Footpath")] == []


def test_a_long_numbered_paragraph_with_no_title_run_in_is_no_item():
    text = (
        "1. Apologies\nNone.\n\n"
        "2. Estates\n"
        f"3. The Committee considered the estates strategy at length. {LONG_MINUTE}\n"
        "4. Date of next meeting\n3 March.\n"
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == ["1", "2", "4"]


def test_guidance_that_recommends_decides_nothing():
    text = RECOMMENDS.replace(
        "The Committee RECOMMENDS to the Board that:",
        "The national guidance recommends that boards review their skills each year.",
    )
    assert decisions_of(parse_meeting(text)) == []


def test_a_date_of_next_meeting_line_under_a_task_gives_it_no_due_date():
    text = ACTION_BY_LINE.replace(
        "Action by: Clerk                        Date: 12 February 2027",
        "Date of next meeting: 12 February 2027",
    )
    actions = [a for item in parse_meeting(text).items for a in item.actions]
    assert [(a.owner_label, a.due_date) for a in actions] == [("The Clerk", None)]


def test_a_working_group_s_members_or_members_noting_what_was_said_decide_nothing():
    paragraphs = [
        "The members of the working group agreed to meet again in May." if "approved" in p else p
        for p in MEMBERS_MEETING
    ]
    paragraphs = [
        "The members noted that the accounts for the year ended 31 August 2026 were late."
        if p.startswith("The members noted")
        else p
        for p in paragraphs
    ]
    meeting = parse_meeting(read_upload("members.docx", _word_minutes(paragraphs)))
    assert decisions_of(meeting) == []


def test_a_chair_of_a_body_to_be_appointed_is_no_task():
    paragraphs = [
        "Mrs Lee said she would retire in July. The Chair of Trustees to be appointed in the "
        "autumn. The next meeting will be in June."
        if p.startswith("Mrs Lee")
        else p
        for p in MEMBERS_MEETING
    ]
    meeting = parse_meeting(read_upload("members.docx", _word_minutes(paragraphs)))
    assert actions_of(meeting) == []


def test_two_groups_dates_listed_are_no_points():
    page = RIDING_PAGE.replace("Riders' and helpers' comments:", "Riders' and helpers' dates:")
    meeting = parse_meeting(read_upload("news.html", page.encode()))
    assert points_of(meeting) == []


def test_an_action_plan_under_its_label_is_no_task():
    page = RIDING_PAGE.replace(
        "<b>ACTION</b> Ewan to book the vet's visit for next week.",
        "<b>ACTION</b> Plan to run until the end of March, when it will be reviewed.",
    )
    meeting = parse_meeting(read_upload("news.html", page.encode()))
    assert actions_of(meeting) == []


# --- Narrowed after a review ---------------------------------------------------------------------


def test_an_item_s_numbered_paragraphs_run_in_are_no_items_where_the_usual_titles_stand_alone():
    text = (
        "1. Apologies\nNone.\n\n"
        "2. Minutes of the last meeting\nAgreed.\n\n"
        "3. Reports\n"
        "4. Finance. The Treasurer reported that the balance was £4,200.\n"
        "5. Hall. The Clerk said the roof had been repaired.\n\n"
        "4. Date of next meeting\n3 March.\n"
    )
    meeting = parse_meeting(text)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Minutes of the last meeting"),
        ("3", "Reports"),
        ("4", "Date of next meeting"),
    ]


def test_a_title_run_in_that_stops_inside_its_brackets_is_no_title():
    text = (
        "1. Apologies. None were received.\n"
        "2. Matters arising from the minutes (Min. 45). The Clerk had written to the county.\n"
        "3. Planning. The Council had no objection to the extension.\n"
        "4. Date of next meeting. 3 March.\n"
    )
    titles = [item.title for item in parse_meeting(text).items]
    assert "Matters arising from the minutes (Min" not in titles
    assert titles[0] == "Apologies" and titles[-1] == "Date of next meeting"


def test_an_action_label_over_a_deadline_or_a_state_gives_no_task():
    for line in (
        "Deadline to submit the entry forms is 1 May.",
        "Ongoing to review the grey pony's shoes in May.",
    ):
        page = RIDING_PAGE.replace("Ewan to book the vet's visit for next week.", line)
        meeting = parse_meeting(read_upload("news.html", page.encode()))
        assert actions_of(meeting) == [], line
