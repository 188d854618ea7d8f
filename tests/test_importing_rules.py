"""The importer's general rules, each on a few lines of its own (the fourth round's first)."""

import io
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes.importing import missing_sentences, parse_meeting, parse_minute
from minutes.importing.lead_ins import DISCUSSION_LEAD_IN_RE, ends_in_discussion_lead_in
from minutes.importing.readers import html_to_text, read_upload
from minutes.importing.word import docx_to_text


def test_a_whole_meeting_on_one_line_is_read_item_by_item():
    text = (
        "Minutes of the meeting held on 1 May Present: Cllrs A Bell, C Dane 1. Apologies "
        "None received. 2. Planning applications The committee considered the application "
        "for a rear extension at 4 Orchard Close and heard from the applicant, who said "
        "that the neighbours had been consulted. RESOLVED to object. "
        "3. Date of next meeting Monday 2 June."
    )
    meeting = parse_meeting(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Planning applications"),
        ("3", "Date of next meeting"),
    ]
    assert meeting.items[1].decisions == ["RESOLVED to object."]


def test_a_table_drawn_with_bars_is_an_action_log():
    item = parse_minute(
        "Actions arising\n\n| Item | Action | Lead | Deadline |\n|---|---|---|---|\n"
        "| 2 | Obtain a second quote | BO | 30 Nov 2025 |\n"
    )
    (action,) = item.actions
    assert (action.description, action.owner_label, str(action.due_date)) == (
        "Obtain a second quote",
        "BO",
        "2025-11-30",
    )


def test_a_sub_bullet_is_part_of_its_point():
    item = parse_minute(
        "Budget\n\nThe following points were made:\n• Housing numbers\no the method\n"
        "o the shortfall\n• Schools.\n"
    )
    assert [(p.topic, p.text) for p in item.points] == [
        ("Housing numbers", "the method the shortfall"),
        ("", "Schools."),
    ]


def test_the_parish_resolves_unanimously_and_by_a_majority():
    for sentence in (
        "Proposed Cllr Pearce, seconded Cllr Vane, resolved unanimously to accept the apologies.",
        "Unanimously resolved to close the zip wire.",
        "After discussion it was resolved by a majority (3 for, 1 against) to object.",
        "Governors approved the SEND information report.",
        "The Working Group agreed to recommend five applications.",
    ):
        assert parse_minute(f"Item\n\n{sentence}").decisions == [sentence], sentence
    assert parse_minute("Item\n\nMembers noted the action log.").decisions == []


def test_an_owner_in_brackets_ends_an_instruction_not_a_sentence_about_someone():
    item = parse_minute(
        "Policies\n\nThe report was presented by Mrs Odell (Chair).\n"
        "Upload the approved policies to the website (Clerk)\n"
    )
    assert [(a.description, a.owner_label) for a in item.actions] == [
        ("Upload the approved policies to the website (Clerk)", "Clerk")
    ]


def test_a_lead_in_above_lettered_decisions_is_not_a_decision_of_its_own():
    item = parse_minute(
        "Skills\n\nDecision:\nThe Board:\na) approved the plan;\nb) noted the outcome.\n"
    )
    assert item.decisions == ["The Board: a) approved the plan;", "b) noted the outcome."]


def test_a_page_listing_its_items_in_an_ordered_list_numbers_them():
    text = html_to_text(
        "<ol><li><h2>Apologies</h2><p>None.</p></li><li><h2>Finance</h2>"
        "<ul><li>Reserves<ul><li>the level</li></ul></li></ul></li></ol>"
    )
    assert text.split("\n\n") == [
        "1.",
        "## Apologies",
        "None.",
        "2.",
        "## Finance",
        "• Reserves",
        "◦ the level",
    ]


def test_a_register_in_columns_gives_each_name_its_role():
    meeting = parse_meeting(
        "In attendance:    Fiona Large        Licensing Officer\n"
        "                  Zara Holt          Democratic Services Officer\n"
        "Apologies:        None\n\n1. Declarations\nNone.\n\n2. Licence\nRESOLVED to grant it.\n"
    )
    assert meeting.register.in_attendance == ["Fiona Large", "Zara Holt"]
    assert meeting.register.roles["licensing officer"] == "Fiona Large"
    assert meeting.register.apologies == []


def test_someone_of_the_meeting_who_will_do_something_has_an_action():
    for sentence, owner in (
        ("The Clerk will write to the Diocese.", "Clerk"),
        ("Officers will report back in March.", "Officers"),
        ("Cllr Smith will circulate the figures by 31 March 2026.", "Cllr Smith"),
        ("Following discussion, the Finance Officer will obtain three quotes.", "Finance Officer"),
    ):
        (action,) = parse_minute(f"Item\n\nThe letter was read. {sentence}").actions
        assert (action.description, action.owner_label) == (sentence, owner)
    for prediction in (
        "The work will take three months.",
        "The council will benefit from the new scheme.",
        "The Clerk will be on leave in August.",
        "Dame Ann Hale will provide the keynote speech at the conference.",
        "RESOLVED that the Clerk will write to the owner.",
    ):
        assert parse_minute(f"Item\n\nA report was received. {prediction}").actions == []
    meeting = parse_meeting(
        "Present: Sam Ferris, Ola Bright\n\n1. Website\nSam will update the home page.\n\n"
        "2. Hall\nThe floor is worn.\n"
    )
    assert [a.owner_label for a in meeting.items[0].actions] == ["Sam"]


def test_actions_arising_at_the_end_go_under_the_items_they_name():
    meeting = parse_meeting(
        "1. Fleet\nVans were discussed.\n\n2. Grants\nSix bids.\n\n3. Any other business\n"
        "None.\n\nActions arising\nItem\tAction\tLead\tDeadline\n"
        "1\tObtain a second quote\tBO\t30/11/2025\n2\tDraft the report\tHV\t14/11/2025\n"
        "9\tCheck the lights\tHV\t01/12/2025\n"
    )
    assert [[a.description for a in i.actions] for i in meeting.items] == [
        ["Obtain a second quote"],
        ["Draft the report"],
        ["Check the lights"],  # item 9 is not in the minutes: it stays where it was read
    ]


def test_slash_numbers_in_a_meeting_pasted_on_one_line_start_items():
    text = (
        "Minutes of Elm Parish Council held on 3 March 2021 Present: Cllrs A Bell (Chair), "
        "C Dane 77/21 Apologies for absence None received. 78/21 Planning applications The "
        "committee considered 21/00123/FUL, received on 10/11/2020, and heard the applicant. "
        "RESOLVED to object. 79/21 Date of next meeting Monday 2 June."
    )
    meeting = parse_meeting(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("77/21", "Apologies for absence"),
        ("78/21", "Planning applications"),
        ("79/21", "Date of next meeting"),
    ]
    assert meeting.items[1].decisions == ["RESOLVED to object."]


LIST_STYLE = f"""<w:style {nsdecls("w")} w:type="numbering" w:styleId="MinuteList">
  <w:name w:val="Minute List"/><w:pPr><w:numPr><w:numId w:val="91"/></w:numPr></w:pPr>
</w:style>"""
ITEM_STYLE = f"""<w:style {nsdecls("w")} w:type="paragraph" w:styleId="MinuteItem">
  <w:name w:val="Minute Item"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:numPr><w:numId w:val="92"/></w:numPr></w:pPr>
</w:style>"""
LINKED_NUMBERING = [
    f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="91"><w:styleLink w:val="MinuteList"/>
      <w:lvl w:ilvl="0"><w:start w:val="12"/><w:numFmt w:val="decimal"/>
      <w:lvlText w:val="%1."/></w:lvl></w:abstractNum>""",
    f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="92">
      <w:numStyleLink w:val="MinuteList"/></w:abstractNum>""",
]


def test_word_numbering_linked_through_a_list_style_reads_as_numbers():
    document = docx.Document()
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for definition in LINKED_NUMBERING:
        (first_num if first_num is not None else numbering).addprevious(parse_xml(definition))
    for num_id in ("91", "92"):
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'
            )
        )
    styles = document.styles.element
    styles.append(parse_xml(LIST_STYLE))
    styles.append(parse_xml(ITEM_STYLE))
    for title, minute in (("Apologies", "None."), ("Finance", "RESOLVED to pay the invoices.")):
        document.add_paragraph(title, style="Minute Item")
        document.add_paragraph(minute)
    data = io.BytesIO()
    document.save(data)
    text = docx_to_text(data.getvalue())
    assert text.split("\n\n") == [
        "12. Apologies",
        "None.",
        "13. Finance",
        "RESOLVED to pay the invoices.",
    ]


def test_minutes_written_as_a_table_one_row_an_item():
    meeting = parse_meeting(
        "Item\tSubject\tDiscussion\tDecision\tAction\n"
        "QS26/01\tWelcome\tApologies from Dr Lewis.\t\t\n"
        "QS26/02\tPolicy\tThe policy was presented.\tThe Committee approved it.\t"
        "Head of IPC to publish it.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("QS26/01", "Welcome"),
        ("QS26/02", "Policy"),
    ]
    assert meeting.items[1].decisions and len(meeting.items[1].actions) == 1


def test_a_row_of_a_table_of_minutes_wrapped_under_its_columns_keeps_each_cell_whole():
    # the row's cells wrap onto a line set in spaces, each piece under its own column
    row = "QS26/02\tInfection\tThe policy was presented and\tIt was approved.\tClerk to publish it."
    wrap = " " * row.index("Infection") + "control"
    wrap += " " * (row.index("The policy") - len(wrap)) + "discussed at length."
    text = (
        "Item\tSubject\tDiscussion\tDecision\tAction\n"
        f"QS26/01\tWelcome\tApologies from Dr Lewis.\t\t\n{row}\n{wrap}\n"
    )
    meeting = parse_meeting(text)
    item = meeting.items[1]
    assert (item.number, item.title) == ("QS26/02", "Infection control")
    assert "The policy was presented and discussed at length." in item.all_text()
    assert missing_sentences(text, meeting) == []


def test_a_line_set_under_a_row_of_meeting_notes_goes_to_the_column_it_stands_under():
    text = (
        "Time\tItem\tWho\tNotes\nTime\tItem\tWho\tNotes\n"
        "       A26/02  Company Secretary to arrange a Board visit to the Ravensworth"
    )
    meeting = parse_meeting(text)
    assert "Item A26/02 Company Secretary to arrange" in meeting.all_text()
    assert missing_sentences(text, meeting) == []


def test_lettered_items_in_turn_and_a_date_is_not_an_item():
    meeting = parse_meeting(
        "A. Welcome\nThe Chair welcomed all.\n\nB. Finance\nTrustees agreed the budget.\n\n"
        "C. Next meeting\n\n6 May 2026 at the Hall.\n"
    )
    assert [i.number for i in meeting.items] == ["A", "B", "C"]


def test_a_table_laying_out_a_page_is_read_as_its_blocks():
    text = html_to_text(
        "<table><tr><td>8.</td><td><h3>Election of Chair</h3><p>RESOLVED to elect Cllr Ibe.</p>"
        "</td></tr></table>"
    )
    assert text.split("\n\n") == ["8.", "### Election of Chair", "RESOLVED to elect Cllr Ibe."]


def test_a_body_prefix_and_year_number_items():
    meeting = parse_meeting(
        "Present: Ann Bell\n\nFIN/26/01  Welcome\nThe Chair opened the meeting.\n\n"
        "FIN/26/02  Budget\nThe Board noted the budget.\n"
    )
    assert [i.number for i in meeting.items] == ["FIN/26/01", "FIN/26/02"]
    meeting = parse_meeting(
        "P&R 12/25 APOLOGIES\nNone were received.\nP&R 13/25 GRANTS\nThe Committee noted the list.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("P&R 12/25", "APOLOGIES"),
        ("P&R 13/25", "GRANTS"),
    ]


def test_an_application_reference_may_start_a_numbered_minutes_title():
    meeting = parse_meeting(
        "12  MINUTES\n\nRESOLVED that the minutes be confirmed.\n\n"
        "13  24/00310/FUL – 2 Mill Row, Ashby\n\nRESOLVED that permission be GRANTED.\n\n"
        "14  24/00415/HOU – 7 Elm Walk\n\nRESOLVED that permission be REFUSED.\n"
    )
    assert [i.number for i in meeting.items] == ["12", "13", "14"]
    assert meeting.items[1].title == "24/00310/FUL – 2 Mill Row, Ashby"


def test_a_sum_of_money_in_a_table_is_no_item():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Finance\nThe payments were presented:\n\nA Clerk\n\n"
        "612.48\n\nHMRC\n\n3. Planning\nRESOLVED to make no objection.\n"
    )
    assert [i.number for i in meeting.items] == ["1", "2", "3"]


def test_item_n_colon_with_a_comma_in_its_title_stands_above_its_minute():
    meeting = parse_meeting(
        "Board members present\nAnn Bell (Chair)\n\n"
        "Item 1: Welcome, apologies and declarations of interest\n"
        "Apologies were received from Bo Ray. Ann Bell declared an interest as a tenant.\n\n"
        "Item 2: Minutes\nDecision: The Board approved the minutes.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome, apologies and declarations of interest"),
        ("2", "Minutes"),
    ]


def test_the_body_acting_in_capitals_is_a_decision_noted_too():
    for sentence in (
        "The Board NOTED the quarterly report.",
        "The Board ENDORSED the recovery actions.",
        "Governors NOTED the safeguarding report.",
        "Trustees APPROVED the minutes of the last meeting.",
    ):
        assert parse_minute(f"Item\n\nThe report was presented. {sentence}").decisions == [
            sentence
        ], sentence
    # The members of a body noting in lower case: governors, trustees and directors take note
    # as the body (the eighth round's rule); "Members noted" is still the discussion.
    # "Members noted the report" is the body's act too (the eleventh round's readers count
    # it so); "Members noted the action log" is a review of progress, as earlier rounds count it.
    assert parse_minute("Item\n\nMembers noted the report.").decisions == [
        "Members noted the report."
    ]
    assert parse_minute("Item\n\nMembers noted the action log.").decisions == []
    assert parse_minute("Item\n\nGovernors noted the report.").decisions == [
        "Governors noted the report."
    ]


def test_a_vote_that_carries_in_prose_is_a_decision():
    item = parse_minute(
        "Fun day\n\nRuth proposed the school field. Vote: 5 for, 2 against, so agreed to ask "
        "the school.\n"
    )
    assert item.decisions == ["Vote: 5 for, 2 against, so agreed to ask the school."]
    assert (
        parse_minute("Fun day\n\nThere were 5 for the idea and it needs more work.").decisions == []
    )


def test_a_logs_minute_column_names_the_item_not_the_owner():
    meeting = parse_meeting(
        "XB/26/01  Welcome\nNone.\n\nXB/26/02  Finance\nThe Board NOTED the accounts.\n\n"
        "Action log\n\nNo.      Minute       Action                           Lead     Due\n"
        "26-1     XB/26/02     Bring the revised forecast       CFO      30/03/2026\n"
    )
    (action,) = meeting.items[1].actions
    assert (action.description, action.owner_label, action.item) == (
        "Bring the revised forecast",
        "CFO",
        "XB/26/02",
    )


def test_bullets_under_a_discussion_label_are_points_and_prose_is_not():
    item = parse_minute(
        "Damp\n\nPurpose: To give assurance.\nDiscussion:\n• Ann asked about timescales.\n"
        "• Bo asked for text updates.\nDecision: The Board noted the report.\n"
    )
    assert [p.text for p in item.points] == [
        "Ann asked about timescales.",
        "Bo asked for text updates.",
    ]
    assert item.decisions == ["The Board noted the report."]
    item = parse_minute("Accounts\n\nDiscussion:\nThe surplus was reported.\n")
    assert item.points == []


def test_governors_questions_and_answers_are_points():
    item = parse_minute(
        "Headteacher's report\n\nThe report was circulated.\nGovernor questions and challenge:\n"
        "• Q: Why is absence higher in Year 4? The Head explained the cause.\n"
        "• Q: Is the scheme working? It was moderated each term.\n"
    )
    assert [(p.topic, p.text[:13]) for p in item.points] == [
        ("", "Q: Why is abs"),
        ("", "Q: Is the sch"),
    ]


def test_an_action_label_with_its_owner_in_brackets():
    item = parse_minute(
        "Safeguarding\n\nThe report was received.\n"
        "ACTION (Clerk): add the training to the summer calendar.\n"
    )
    assert [(a.description, a.owner_label) for a in item.actions] == [
        ("add the training to the summer calendar.", "Clerk")
    ]


def test_a_name_first_actions_list_ends_at_the_next_meeting():
    meeting = parse_meeting(
        "1) Bench\nThe bench is broken.\n\n2) AOB\nNone.\n\nACTIONS\n"
        "Pam      – chase the council about the bench\n"
        "All      – deliver the newsletter\n\n"
        "Next meeting: Tuesday 3 March 2026, 7.30pm.\n"
    )
    assert [(a.description, a.owner_label) for a in meeting.items[1].actions] == [
        ("Pam – chase the council about the bench", "Pam"),
        ("All – deliver the newsletter", "All"),
    ]


def test_a_table_of_payments_is_no_action_log():
    item = parse_minute(
        "Finance\n\nThe following payments were presented:\n\n"
        "Payee        Details                 Net £     VAT £    Total £\n"
        "HMRC         PAYE/NI, January       196.35      0.00     196.35\n"
        "ABC          Training                45.00      9.00      54.00\n\n"
        "RESOLVED to approve the payments.\n"
    )
    assert item.actions == []
    assert item.decisions == ["RESOLVED to approve the payments."]


def test_an_undertaking_given_in_the_past_tense_and_a_commissioners():
    for sentence, owner in (
        ("Councillor Vesey undertook to send the list of deferred schemes.", "Councillor Vesey"),
        ("The Commissioner will provide a breakdown of staffing costs.", "Commissioner"),
    ):
        (action,) = parse_minute(f"Item\n\nThe report was noted. {sentence}").actions
        assert (action.description, action.owner_label) == (sentence, owner)
    assert parse_minute("Item\n\nThe contractor undertook to be quick.").actions == []


def test_numbered_resolutions_joined_by_and_are_each_a_decision():
    item = parse_minute(
        "Precept\n\nRESOLVED that:\n"
        "   1. the Panel supports the precept of £301.45 for a Band D property for 2026/27; and\n"
        "   2. the report asks that costs be kept under review.\n"
    )
    assert item.decisions == [
        "1. the Panel supports the precept of £301.45 for a Band D property for 2026/27; and",
        "2. the report asks that costs be kept under review.",
    ]


def test_a_typed_paragraph_number_before_a_decision_or_an_action():
    item = parse_minute(
        "Finance\n\n5.1 The Treasurer presented the accounts.\n\n"
        "5.2 Trustees AGREED the budget for 2026/27.\n\n"
        "5.3 ACTION: NF to circulate the survey results.\n"
    )
    assert item.decisions == ["5.2 Trustees AGREED the budget for 2026/27."]
    assert [(a.reference, a.description, a.owner_label) for a in item.actions] == [
        ("5.3", "NF to circulate the survey results.", "NF")
    ]


def test_a_word_table_on_a_saved_page_keeps_its_rows_and_a_sidebar_is_chrome():
    text = html_to_text(
        "<p>The following payments were presented:</p><table>"
        "<tr><td><p><b>Payee</b></p></td><td><p><b>Amount £</b></p></td></tr>"
        "<tr><td><p>HMRC</p></td><td><p>PAYE, December</p></td><td><p>153.20</p></td></tr>"
        "</table><p>RESOLVED to approve the payments.</p>"
        "<aside><h2>Recent Posts</h2><ul><li>Agenda</li></ul></aside>"
    )
    assert text.split("\n\n") == [
        "The following payments were presented:",
        "Payee\tAmount £",
        "HMRC\tPAYE, December\t153.20",
        "RESOLVED to approve the payments.",
    ]
    item = parse_minute(f"Finance\n\n{text}")
    assert item.actions == []


def test_board_members_present_is_the_register():
    meeting = parse_meeting(
        "Board members present\nAnn Bell (Chair)\nBo Ray\n\nItem 1: Welcome\nNone.\n\n"
        "Item 2: Minutes\nThe Board approved the minutes.\n"
    )
    assert meeting.register.present == ["Ann Bell", "Bo Ray"]
    assert meeting.unplaced == []


def test_a_body_prefix_in_mixed_case_numbers_items():
    meeting = parse_meeting(
        "Present: Ann Bell\n\nGoV/26/01   Welcome\nThe Chair welcomed everyone.\n\n"
        "GoV/26/02   Minutes\nThe minutes were signed.\n\nGoV/26/03   Close\nNone.\n"
    )
    assert [i.number for i in meeting.items] == ["GoV/26/01", "GoV/26/02", "GoV/26/03"]


def test_running_minute_numbers_of_four_figures_are_items():
    meeting = parse_meeting(
        "PRESENT\nMr A Bell (Chairman)\n\n"
        "2201  APOLOGIES\nApologies were received from Mr C Dane.\n"
        "2202  MINUTES\nRESOLVED that the minutes be signed.\n"
        "2203  PUMPS\nThe Engineer reported on the pumps.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("2201", "APOLOGIES"),
        ("2202", "MINUTES"),
        ("2203", "PUMPS"),
    ]
    assert meeting.items[1].decisions == ["RESOLVED that the minutes be signed."]


def test_a_starred_item_number_is_an_item():
    meeting = parse_meeting(
        "Items marked * were starred.\n\n12. Minutes\nApproved.\n\n"
        "*13. Budget report\nThe report was discussed.\n\n14. Close\nNone.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("12", "Minutes"),
        ("13", "Budget report"),
        ("14", "Close"),
    ]


def test_compound_numbers_of_another_prefix_are_no_items():
    meeting = parse_meeting(
        "4/26  Apologies\nNone.\n\n5/26  Planning\nB24/0101 – The Mill – new porch\n"
        "RESOLVED to make no objection.\n\n6/26  Finance\nThe accounts were noted.\n\n"
        "7/26  Close\nNone.\n"
    )
    assert [i.number for i in meeting.items] == ["4/26", "5/26", "6/26", "7/26"]


def test_a_file_size_after_a_title_is_no_word_lost():
    class Held:
        def all_text(self):
            return "3 Minutes of the last meeting\nRESOLVED that they be signed."

    from minutes.importing import missing_sentences

    text = "3.\tMinutes of the last meeting PDF 201 KB\n\nRESOLVED that they be signed."
    assert missing_sentences(text, Held()) == []


def test_unnumbered_headings_in_capitals_are_items_numbered_in_turn():
    meeting = parse_meeting(
        "OAKLEY SCOUT HUT\n\nPresent: Ann Bell, Bo Ray\n\n"
        "MINUTES\nThe committee agreed the minutes.\n\n"
        "GUTTERS\nBo had two quotes.\nIt was agreed to accept the lower one.\n\n"
        "ANY OTHER BUSINESS\nNone.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "MINUTES"),
        ("2", "GUTTERS"),
        ("3", "ANY OTHER BUSINESS"),
    ]
    assert meeting.unplaced == ["OAKLEY SCOUT HUT"]
    assert (
        "3 items were not numbered in the minutes: they are numbered in turn, for you to check."
        in meeting.warnings
    )


def test_a_paragraph_ending_in_a_task_gives_the_task_as_an_action():
    meeting = parse_meeting(
        "Present: Ann Bell AB, Sue Dyer SD\n\n1. Correspondence\n"
        "(i) A resident complained about the hedge on Mill Lane. Clerk to write to the owner.\n\n"
        "2. Any other business\nThe lamp by the church is out. Sue to report it.     Action: SD\n"
        "Ann thanked everyone for coming.\n\n3. Close\nNone.\n"
    )
    first, second = meeting.items[0], meeting.items[1]
    assert [(a.description, a.owner_label) for a in first.actions] == [
        ("Clerk to write to the owner.", "Clerk")
    ]
    assert [(a.description, a.owner_label) for a in second.actions] == [("Sue to report it.", "SD")]
    assert "Ann thanked everyone for coming." in second.minute_text
    assert "The lamp by the church is out." in second.minute_text


def test_someone_the_item_names_in_full_can_undertake_a_task():
    meeting = parse_meeting(
        "Present: 20 members\n\n1. Accounts\nRob Lane presented the accounts for 2025.\n"
        "Rob will put the accounts on the website.\n\n2. Close\nNone.\n\n3. Next\nMay.\n"
    )
    assert [(a.description, a.owner_label) for a in meeting.items[0].actions] == [
        ("Rob will put the accounts on the website.", "Rob")
    ]


def test_a_welsh_councillor_undertakes_a_task():
    item = parse_minute(
        "Highways\n\nThe gritting route was discussed.\n\n"
        "Cyng. Bevan undertook to raise the route with the county.\n"
    )
    assert [(a.description, a.owner_label) for a in item.actions] == [
        ("Cyng. Bevan undertook to raise the route with the county.", "Cyng. Bevan")
    ]


def test_the_registrar_will_report_is_an_action():
    item = parse_minute("Procedure\n\nThe Academic Registrar will report on it in May.\n")
    assert [a.owner_label for a in item.actions] == ["Academic Registrar"]


def test_trustees_asked_and_members_of_a_body_commented_lead_in_points():
    for lead_in in ("Trustees asked:", "Members of Senate commented:", "Members raised:-"):
        item = parse_minute(
            f"Report\n\nThe report was presented.\n\n{lead_in}\n"
            "• Why had costs risen? The CFO explained the pay award.\n"
            "• Was the roof safe? The CEO said it was.\n"
        )
        assert len(item.points) == 2, lead_in


def test_a_lead_in_ending_colon_dash_is_kept_with_the_first_decision():
    item = parse_minute(
        "Parks\n\nThere was submitted a report.\n\nDecision\n\nThe Committee agreed:-\n\n"
        "(1)  to approve the plan; and\n(2)  to note the costs.\n"
    )
    assert item.decisions == [
        "The Committee agreed:- (1) to approve the plan; and",
        "(2) to note the costs.",
    ]


def test_senate_named_without_the_decides():
    item = parse_minute(
        "Programmes\n\nThe Dean introduced the paper.\n\n"
        "Senate approved the new MA in Archives.\n\nSenate noted the withdrawal of the BSc.\n"
    )
    assert item.decisions == [
        "Senate approved the new MA in Archives.",
        "Senate noted the withdrawal of the BSc.",
    ]


def test_a_proposal_carried_is_a_decision_and_one_lost_is_not():
    meeting = parse_meeting(
        "Present: 20 members\n\n1. Minutes\nThe minutes were read.\n"
        "Proposed Al Roy, seconded Bea Finn that the minutes be accepted. Carried unanimously.\n\n"
        "2. Fees\nThe fees were debated. Vote on the proposal: 12 for, 3 against – carried.\n\n"
        "3. Motions\n(a) Proposed Al Roy, seconded Bea Finn. Carried, 14 for.\n"
        "(b) Proposed Cy Dale, seconded Di Eve. Lost, 4 for and 9 against.\n\n"
        "4. Officers\nThere being no other nominations, the meeting agreed to elect Al Roy.\n"
    )
    assert [i.decisions for i in meeting.items] == [
        ["Proposed Al Roy, seconded Bea Finn that the minutes be accepted. Carried unanimously."],
        ["Vote on the proposal: 12 for, 3 against – carried."],
        ["(a) Proposed Al Roy, seconded Bea Finn. Carried, 14 for."],
        ["There being no other nominations, the meeting agreed to elect Al Roy."],
    ]


def test_resolved_that_colon_ending_a_paragraph_leads_in_its_numbered_decisions():
    item = parse_minute(
        "Rates\n\nThe Clerk presented the estimates. After discussion it was proposed by "
        "Mr Bell, seconded by Mr Dane and RESOLVED that:\n"
        "(i)   the estimates be approved;\n(ii)  the rate be set at 7p in the £.\n"
    )
    assert item.decisions == [
        "After discussion it was proposed by Mr Bell, seconded by Mr Dane and RESOLVED that: "
        "(i) the estimates be approved;",
        "(ii) the rate be set at 7p in the £.",
    ]
    assert "The Clerk presented the estimates." in item.minute_text


def test_the_board_colon_above_its_listed_acts_is_a_lead_in():
    item = parse_minute(
        "Better Care Fund\n\nThe return was presented.\n\nThe Board:\n\n"
        "• noted the return;\n• agreed that future returns be signed off by the Director.\n"
    )
    assert item.decisions == [
        "The Board: noted the return;",
        "agreed that future returns be signed off by the Director.",
    ]


def test_paragraphs_numbered_under_their_item_are_not_items():
    meeting = parse_meeting(
        "Present: Cllrs A Bell, C Dane\n\n"
        "4.  MINUTES\n\n"
        "4.1  Resolved: that the minutes of the meeting held on 2 March be approved as a\n"
        "     correct record.\n\n"
        "5.  LIBRARIES\n\n"
        "5.1  The Head of Libraries reported on opening hours at the branches in Amble\n"
        "     and Forth.\n\n"
        "5.2  The Committee noted the report.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [("4", "MINUTES"), ("5", "LIBRARIES")]
    assert meeting.items[0].decisions == [
        "4.1 Resolved: that the minutes of the meeting held on 2 March be approved as a "
        "correct record."
    ]
    assert "Amble and Forth." in meeting.items[1].minute_text


def test_a_numbered_lead_in_with_no_colon_leads_in_its_lettered_decisions():
    meeting = parse_meeting(
        "1.  MINUTES\n\n1.1  Approved.\n\n2.  PARKS\n\n"
        "2.1  Resolved: that the Committee\n\n"
        "     (a)  notes the update; and\n\n"
        "     (b)  asks for a further report in May.\n\n"
        "2.2  Recommended to Cabinet:\n\n"
        "     (1)  that the fees be frozen; and\n\n"
        "     (2)  that the kiosk be let.\n"
    )
    assert meeting.items[1].decisions == [
        "2.1 Resolved: that the Committee (a) notes the update; and",
        "(b) asks for a further report in May.",
        "2.2 Recommended to Cabinet: (1) that the fees be frozen; and",
        "(2) that the kiosk be let.",
    ]


def test_a_numbered_undertaking_by_a_role_with_its_remit_is_an_action():
    meeting = parse_meeting(
        "1.  MINUTES\n\n1.1  Approved.\n\n2.  FOSTERING\n\n"
        "2.1  The Assistant Director (Fostering) undertook to send Members the figures.\n\n"
        "2.2  The Panel Officer will invite the carers to attend the meeting on\n"
        "     3 June 2026.\n"
    )
    actions = meeting.items[1].actions
    assert [(a.reference, a.owner_label) for a in actions] == [
        ("2.1", "Assistant Director (Fostering)"),
        ("2.2", "Panel Officer"),
    ]
    assert actions[1].description.endswith("the meeting on 3 June 2026.")


def test_a_committees_letters_a_full_stop_and_the_number_are_items():
    meeting = parse_meeting(
        "PRESENT: Councillors A Bell and C Dane\n"
        "LSC.7 MINUTES\nRESOLVED: That the minutes be approved.\n"
        "LSC.8 FEES\nThe Licensing Officer presented the fees.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [("LSC.7", "MINUTES"), ("LSC.8", "FEES")]


def test_a_running_footer_and_page_number_are_left_out_and_the_list_goes_on():
    meeting = parse_meeting(
        "PRESENT: Councillors A Bell and C Dane\n"
        "PK.1 PLAY AREAS\nMembers raised the following points:\n"
        "• the swings at Orme Park were worn;\n"
        "Ormby Town Council                 Parks Committee – 3 March\n"
        "                                                       Page 1 of 2\n"
        "• the fence needed painting before the\n"
        "  Easter holidays.\n"
        "PK.2 TREES\nThe Tree Officer reported on the survey.\n"
        "Ormby Town Council                 Parks Committee – 3 March\n"
        "                                                       Page 2 of 2\n"
    )
    first, second = meeting.items
    assert [p.text for p in first.points] == [
        "the swings at Orme Park were worn;",
        "the fence needed painting before the Easter holidays.",
    ]
    assert "Ormby" not in first.minute_text + second.minute_text


def test_a_log_rows_cell_wrapped_onto_an_indented_line_stays_in_its_cell():
    meeting = parse_meeting(
        "1. Minutes\nApproved.\n\n2. Parks\nThe report was noted.\n\n"
        "ACTION TRACKER\n"
        "Minute    Action                                  Officer           Due\n"
        "2         Circulate the survey of the trees in    Tree Officer      May 2026\n"
        "          the cemetery to all members\n"
    )
    (action,) = meeting.items[1].actions
    assert action.description.startswith(
        "Circulate the survey of the trees in the cemetery to all members"
    )
    assert action.owner_label == "Tree Officer"


def test_resolved_dash_that_above_numbered_parts_leads_them_in():
    meeting = parse_meeting(
        "1. MINUTES\n\nRESOLVED – That the minutes be approved.\n\n2. MOTION\n\n"
        "RESOLVED – That\n\n(1) the scheme be adopted;\n\n(2) the Director be authorised.\n\n"
        "3. MOTION ON PARKS\n\n"
        "On the motion being carried, it was RESOLVED – That this Council:\n\n"
        "(a) thanks the volunteers;\n\n(b) asks for a report.\n"
    )
    assert [len(i.decisions) for i in meeting.items] == [1, 2, 2]
    assert meeting.items[1].decisions[0] == "RESOLVED – That (1) the scheme be adopted;"


def test_the_leader_undertaking_is_an_action():
    item = parse_minute(
        "Questions\n\nThe Leader said that he did not have the figure to hand. The Leader will "
        "provide a written answer to Councillor Dale.\n\n"
        "The Deputy Leader will send the survey to all Members.\n"
    )
    assert [a.owner_label for a in item.actions] == ["Leader", "Deputy Leader"]
    assert "did not have the figure to hand." in item.minute_text


def test_a_church_council_deciding_and_a_proposal_carried_on_the_next_line():
    meeting = parse_meeting(
        "Present: Revd Ann Bell (Chair), Mr Carl Dane (Churchwarden)\n\n"
        "1. Minutes\nThe PCC approved the minutes of the last meeting.\n\n"
        "2. Finance\nThe share was discussed.\n"
        "Proposed by Ann Bell, seconded by Carl Dane, that the share be paid in full.\n"
        "Carried nem con.\n"
        "Churchwardens to obtain a quote for the gutters.\n"
    )
    assert [i.decisions for i in meeting.items] == [
        ["The PCC approved the minutes of the last meeting."],
        [
            "Proposed by Ann Bell, seconded by Carl Dane, that the share be paid in full. "
            "Carried nem con."
        ],
    ]
    assert [a.owner_label for a in meeting.items[1].actions] == ["Churchwardens"]


def test_an_arrow_before_action_and_the_group_agreeing():
    item = parse_minute(
        "Survey\n\nThe group discussed a survey.\n"
        "The group agreed to run a survey in April.\n"
        "→ Action: Dee to draft the questions by 20 February 2026.\n"
        "The group agreed to meet again in June.\n"
    )
    assert item.decisions == ["The group agreed to run a survey in April."]
    assert [(a.description, a.owner_label) for a in item.actions] == [
        ("Dee to draft the questions by 20 February 2026.", "Dee")
    ]


def test_a_numbered_title_in_capitals_with_a_full_stop_stands_above_its_minute():
    meeting = parse_meeting(
        "Present:\tCouncillor A Bell (Chair)\n\n"
        "3.\tMINUTES\n\tRESOLVED that the minutes be confirmed.\n\n"
        "4.\tTREE PRESERVATION ORDER NO. 4/2025 – THE GLEBE\n"
        "\tMembers considered one objection to the order.\n"
        "\tRESOLVED that the order be confirmed.\n"
    )
    assert [i.title for i in meeting.items] == [
        "MINUTES",
        "TREE PRESERVATION ORDER NO. 4/2025 – THE GLEBE",
    ]


def test_a_chief_officer_of_any_title_undertaking_is_an_action():
    item = parse_minute(
        "Safety report\n\nThe report was noted.\n\n"
        "The Chief Nurse will arrange a development session in April.\n"
    )
    assert [a.owner_label for a in item.actions] == ["Chief Nurse"]


def test_directors_on_the_register_and_one_who_will_run_a_session():
    meeting = parse_meeting(
        "Directors:\tAnn Bell (Chair), Carl Dane\n\n"
        "1.\tMinutes\n\nThe Board approved the minutes.\n\n"
        "2.\tVolunteers\n\nCarl will run the next induction on 14 March.\n"
    )
    assert meeting.register.present == ["Ann Bell", "Carl Dane"]
    assert [a.owner_label for a in meeting.items[1].actions] == ["Carl"]


def test_minutes_written_as_one_word_table_are_read_row_by_row():
    document = docx.Document()
    document.add_paragraph("Present: Mr Alan Bell (Chair), Mrs Cara Dane")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Item", "Minute", "Action"), strict=True):
        cell.text = text
    rows = [
        ("1", "Minutes", ["Governors approved the minutes."], []),
        (
            "2",
            "Budget",
            ["The report was presented.", "Governors asked:"],
            ["Why was cover over budget? Two teachers had been ill.", "Is the club paying?"],
        ),
    ]
    for number, title, paragraphs, bullets in rows:
        cells = table.add_row().cells
        cells[0].text = number
        cells[2].text = "SBM" if bullets else ""
        first = cells[1].paragraphs[0]
        first.add_run(title).bold = True
        first.add_run().add_break()
        first.add_run(paragraphs[0])
        for text in paragraphs[1:]:
            cells[1].add_paragraph(text)
        for text in bullets:
            cells[1].add_paragraph(text, style="List Bullet")
        if bullets:
            cells[1].add_paragraph("Governors noted the budget report.")
    data = io.BytesIO()
    document.save(data)
    meeting = parse_meeting(docx_to_text(data.getvalue()))
    assert [(i.number, i.title) for i in meeting.items] == [("1", "Minutes"), ("2", "Budget")]
    assert [len(i.points) for i in meeting.items] == [0, 2]
    assert [i.decisions for i in meeting.items] == [
        ["Governors approved the minutes."],
        ["Governors noted the budget report."],
    ]


def test_a_line_ending_in_a_sum_of_money_is_no_heading():
    item = parse_minute(
        "Boiler\n\nThree quotes had been obtained:\nDelph Heating – £14,250\n"
        "Ash Boilers – £15,900\nGovernors agreed to accept the lowest quote.\n"
    )
    assert [s.heading for s in item.sections] == [""]
    assert item.decisions == ["Governors agreed to accept the lowest quote."]


# The ninth round's rules.


def test_items_numbered_with_a_space_before_the_full_stop():
    meeting = parse_meeting(
        "1 .  Welcome\n\nThe Chair welcomed members.\n\n2 .  Minutes\n\n"
        "The Board AGREED the minutes.\n\n3 .  Close\n\nThe meeting closed at 4pm.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome"),
        ("2", "Minutes"),
        ("3", "Close"),
    ]


def test_items_numbered_in_roman_numerals_in_turn():
    meeting = parse_meeting(
        "I.    WELCOME\n\nThe Chair welcomed members.\n\nII.   MINUTES\n\nAgreed.\n\n"
        "III.  PATHS\n\nThe officer reported.\n\nIV.   CLOSE\n\nThe meeting closed.\n"
    )
    assert [i.number for i in meeting.items] == ["I", "II", "III", "IV"]
    # Out of turn, letters that happen to be numerals are no items.
    assert parse_meeting("I. Smith said yes.\n\nV. Jones said no.\n\nX. Brown left.\n").items[
        0
    ].number in {"", "1"}


def test_a_joint_committees_letters_and_running_number_are_an_item():
    meeting = parse_meeting(
        "JWC 31\tApologies\n\nNone.\n\nJWC 32\tMinutes\n\nAGREED: the minutes.\n\n"
        "JWC 33\tBudget\n\nThe budget was noted.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("JWC 31", "Apologies"),
        ("JWC 32", "Minutes"),
        ("JWC 33", "Budget"),
    ]


def test_an_action_with_initials_and_a_due_date_after_dashes():
    meeting = parse_meeting(
        "1. Review\n\nThe report was presented.\n\n"
        "ACTION – NS – arrange two learning events – 31 March 2026\n\n"
        "ACTION - MC: circulate the plan by 20 Feb.\n"
    )
    first, second = meeting.items[0].actions
    assert (first.owner_label, first.due_date.isoformat()) == ("NS", "2026-03-31")
    assert second.owner_label == "MC"
    assert not missing_sentences_of(meeting)


def missing_sentences_of(meeting):
    return missing_sentences(
        "\n\n".join(a.description for i in meeting.items for a in i.actions), meeting
    )


def test_a_decision_labelled_in_capitals_and_another_bodys_decision():
    item = parse_minute(
        "DECISION: The Forum noted the report.\n\n"
        "The Council's Cabinet approved the capital programme on 9 December.\n"
    )
    assert item.decisions == ["The Forum noted the report."]


def test_a_body_named_by_its_members_or_with_an_aside_decides():
    item = parse_minute(
        "The Conservators noted the accounts.\n\n"
        "The Board, as Duty Holder, endorsed the review.\n\n"
        "The Board ratified the revised policy.\n\n"
        "Members noted that the figures were improving.\n"
    )
    assert len(item.decisions) == 3


def test_numbered_parts_after_resolved_colon_are_each_a_decision():
    item = parse_minute("The Panel resolved: 1. to approve the report; and 2. to present it.\n")
    assert len(item.decisions) == 2


def test_a_register_laid_out_in_columns_with_initials():
    meeting = parse_meeting(
        "Present\n"
        "Prof. Alison Greaves      Independent Chair                          AG\n"
        "Sharon Mullen             Director of Adult Care, Northby Council    SM\n"
        "Nadia Shah                Business Manager (minutes)                 NS\n\n"
        "1. Welcome\n\nAG welcomed members.\n\n2. Close\n\nClosed.\n"
    )
    assert meeting.register.present == ["Prof. Alison Greaves", "Sharon Mullen", "Nadia Shah"]
    assert not meeting.unplaced


def test_a_log_row_whose_description_runs_into_the_owners_initials():
    meeting = parse_meeting(
        "1. Actions\n\n"
        "Ref     Action                                                 Owner   Due        Status\n"
        "27/03   Circulate the learning briefing to the GP practices  AH      Nov 2025   Complete\n"
    )
    (action,) = meeting.items[0].actions
    assert (action.description, action.owner_label, action.status) == (
        "Circulate the learning briefing to the GP practices",
        "AH",
        "Complete",
    )
    assert action.due_text == "Nov 2025"


def test_a_log_read_by_the_columns_its_header_names():
    meeting = parse_meeting(
        "1. Matters arising\n\nMinute\tMatter\tUpdate\tOwner\tStatus\n\n"
        "Nov 5.2\tObtain quotes for the hoses\tTwo quotes received\tHM\tOpen\n\n"
        "2. Close\n\nClosed.\n"
    )
    (action,) = meeting.items[0].actions
    assert action.description == "Obtain quotes for the hoses (Two quotes received)"
    assert (action.owner_label, action.status, action.reference) == ("HM", "Open", "Nov 5.2")


def test_roles_and_ranks_that_undertake_or_are_given_tasks():
    meeting = parse_meeting(
        "Present: Inspector Jason Moss, Ms Ann Abbott\n\n1. Business\n\n"
        "The Civic and Mayoral Officer will arrange the rehearsal.\n\n"
        "Ms Abbott to arrange the collection of the chain.\n\n"
        "Inspector Moss will share the hotspot map.\n\n"
        "KD and RB will shortlist by 6 March.\n\n2. Close\n\nClosed.\n"
    )
    owners = [a.owner_label for a in meeting.items[0].actions]
    assert owners == ["Civic and Mayoral Officer", "Ms Abbott", "Inspector Moss", "KD and RB"]


def test_tasks_in_a_typed_numbered_paragraph():
    meeting = parse_meeting(
        "4. Report\n\n4.1 The Harbour Master presented his report.\n\n"
        "4.2 The Harbour Master will issue a notice to mariners.\n\n"
        "5. Dredging\n\n5.1 The contract was discussed.\n\n"
        "5.2 Chief Executive to sign the contract.\n\n6. Close\n\nClosed.\n"
    )
    report, dredging, _ = meeting.items
    assert [(a.reference, a.owner_label) for a in report.actions] == [("4.2", "Harbour Master")]
    assert [(a.reference, a.owner_label) for a in dredging.actions] == [("5.2", "Chief Executive")]


def test_lead_ins_naming_the_bodys_members_and_a_bullets_answer_beneath_it():
    meeting = parse_meeting(
        "1. Report\n\nCommissioners' comments:\n"
        "- Could the data be shared?\n  RB said yes, anonymised.\n"
        "- FG asked about workload.\n\n2. Close\n\nClosed.\n"
    )
    points = meeting.items[0].points
    assert [p.text for p in points] == [
        "Could the data be shared? RB said yes, anonymised.",
        "FG asked about workload.",
    ]


def test_a_pdfs_page_number_alone_and_its_running_lines_are_left_out():
    page_break = (
        "                                                          {n}\n"
        "Chair ..................\n\nFire Authority\nThursday, 19 February 2026\n\n"
    )
    meeting = parse_meeting(
        "58. MINUTES\n\nMembers raised the following points:\n\n"
        "•   the pension rate had risen;\n"
        + page_break.format(n=1)
        + "•   reserves were low.\n\n59. BUDGET\n\nThe Authority approved the budget.\n\n"
        + page_break.format(n=2)
        + "60. CLOSE\n\nThe meeting closed.\n"
    )
    first = meeting.items[0]
    assert [p.text for p in first.points] == ["the pension rate had risen;", "reserves were low."]
    assert "Thursday" not in "".join(i.all_text() for i in meeting.items)
    assert [i.number for i in meeting.items] == ["58", "59", "60"]


def test_an_emails_addresses_are_text_and_a_site_builders_body_is_no_chrome():
    assert "<p.lamb@union.example.ac.uk>" in read_upload(
        "notes.txt", b"From: Priya Lamb <p.lamb@union.example.ac.uk>\n\n1. Welcome\n"
    )
    text = html_to_text(
        '<body class="header-layout-brand-center"><header>Menu</header>'
        "<h4>Minute 1 – Apologies</h4><ul><li><p>one point;</p></li></ul></body>"
    )
    assert "Minute 1 – Apologies" in text and "Menu" not in text
    assert "• one point;" in text


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_word_headings_with_no_numbers_are_the_items():
    def build(document):
        document.add_heading("Tenant Panel", level=1)
        for title in ("Welcome", "Notes of the last meeting", "Any other business"):
            document.add_heading(title, level=2)
            document.add_paragraph("The Panel resolved to note it.")

    meeting = parse_meeting(docx_to_text(_docx(build)))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome"),
        ("2", "Notes of the last meeting"),
        ("3", "Any other business"),
    ]
    assert any("numbered in turn" in w for w in meeting.warnings)


def test_a_word_table_of_minutes_with_no_header_row():
    def build(document):
        table = document.add_table(rows=0, cols=3)
        for number, title, owner in (
            ("1", "Welcome", ""),
            ("2", "Strategy", ""),
            ("", "Coordinator to publish the strategy.", "RM – 27 Feb"),
            ("3", "Close", ""),
        ):
            cells = table.add_row().cells
            cells[0].text, cells[2].text = number, owner
            cells[1].text = f"{title}\nThe Partnership noted it." if number else title

    meeting = parse_meeting(docx_to_text(_docx(build)))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome"),
        ("2", "Strategy"),
        ("3", "Close"),
    ]
    assert [a.owner_label for a in meeting.items[1].actions] == ["Coordinator"]


def test_any_named_office_is_given_tasks_and_undertakes_them():
    meeting = parse_meeting(
        "1. Reports\n\n"
        "Community Safety Analyst to circulate the assessment.\n\n"
        "The Heritage Curator will arrange the loan.\n\n"
        "Countryside Ranger to inspect the stile.\n\n"
        "2. Close\n\nClosed.\n"
    )
    assert [a.owner_label for a in meeting.items[0].actions] == [
        "Community Safety Analyst",
        "Heritage Curator",
        "Countryside Ranger",
    ]


def test_more_kinds_of_body_and_of_their_decisions():
    item = parse_minute(
        "The Society approved the accounts.\n\n"
        "The Committee deferred the application for a site visit.\n\n"
        "The Association authorised the Treasurer to open an account.\n\n"
        "The Chair supported the idea.\n\n"
        "The Allotment Society's landlord refused the request.\n"
    )
    assert len(item.decisions) == 3


def test_decision_taken_labels_and_key_points_lead_ins():
    meeting = parse_meeting(
        "1. Budget\n\nKey points from the discussion:\n\n- reserves are low;\n\n"
        "- fees should rise.\n\nDecision taken: the budget was approved.\n\n"
        "2. Close\n\nClosed.\n"
    )
    first = meeting.items[0]
    assert len(first.points) == 2
    assert first.decisions == ["Decision taken: the budget was approved."]


@pytest.mark.parametrize(
    "headings, numbers",
    [
        (["(i) Apologies", "(ii) Minutes", "(iii) Finance"], ["i", "ii", "iii"]),
        (["A1 Apologies", "A2 Minutes", "A3 Finance"], ["A1", "A2", "A3"]),
        (["4 – Apologies", "5 – Minutes", "6 – Finance"], ["4", "5", "6"]),
        (["4: Apologies", "5: Minutes", "6: Finance"], ["4", "5", "6"]),
        (["1.0 Apologies", "2.0 Minutes", "3.0 Finance"], ["1.0", "2.0", "3.0"]),
        (
            ["2026/01 Apologies", "2026/02 Minutes", "2026/03 Finance"],
            ["2026/01", "2026/02", "2026/03"],
        ),
        (
            ["PC.01/26 Apologies", "PC.02/26 Minutes", "PC.03/26 Finance"],
            ["PC.01/26", "PC.02/26", "PC.03/26"],
        ),
        (["**1. Apologies**", "**2. Minutes**", "**3. Finance**"], ["1", "2", "3"]),
        (
            ["Minute 12(a) Apologies", "Minute 12(b) Minutes", "Minute 12(c) Finance"],
            ["12(a)", "12(b)", "12(c)"],
        ),
        (["## 1. Apologies", "## 2. Minutes", "## 3. Finance"], ["1", "2", "3"]),
    ],
)
def test_items_numbered_in_other_styles(headings, numbers):
    meeting = parse_meeting("\n\n".join(f"{h}\n\nThe meeting discussed it." for h in headings))
    assert [(i.number, i.title) for i in meeting.items] == list(
        zip(numbers, ["Apologies", "Minutes", "Finance"], strict=True)
    )


def test_lists_numbered_again_in_each_item_and_years_are_no_items():
    meeting = parse_meeting(
        "1. Budget\n\n(i) The fees were set.\n\n(ii) Reserves were noted.\n\n"
        "2. Parks\n\n(i) Trees were felled.\n\n(ii) Benches were painted.\n\n"
        "3. Close\n\n2025/26 Accounts were closed.\n\n2026/27 Budget to follow.\n"
    )
    assert [i.number for i in meeting.items] == ["1", "2", "3"]


@pytest.mark.parametrize(
    "text",
    [
        "The recommendation was CARRIED.",
        "It was proposed, seconded and agreed that the accounts be approved.",
        "Proposed by Cllr A, seconded by Cllr B and unanimously agreed to approve the accounts.",
        "The Parish Meeting agreed to send a letter.",
        "Council approved the minutes.",
        "Cabinet agreed the budget.",
        "All agreed to adopt the constitution.",
        "Agreed unanimously: the accounts were approved.",
    ],
)
def test_more_ways_of_writing_a_decision(text):
    assert len(parse_minute(text).decisions) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The amendment was LOST.",
        "The County Council's Cabinet approved the scheme in June.",
        "The Chair agreed to the request.",
        "Cllr Smith agreed with the point.",
    ],
)
def test_what_is_still_no_decision(text):
    assert parse_minute(text).decisions == []


@pytest.mark.parametrize(
    "text",
    [
        "Tom agreed to book the hall.",
        "The Clerk agreed to write to the council.",
        "The Treasurer is to prepare the accounts.",
        "The Parish Clerk was asked to write to the council.",
        "The Clerk was instructed to obtain quotes.",
        "The Chair offered to speak to the landowner.",
        "TH / SQ to book the hall.",
    ],
)
def test_more_ways_of_writing_a_task(text):
    meeting = parse_meeting(
        "Present: Cllr Ann Bell (Chair), Tom Hart, Mike Orr (Clerk)\n\n"
        f"1. Business\n\n{text}\n\n2. Close\n\nClosed.\n"
    )
    assert len(meeting.items[0].actions) == 1


@pytest.mark.parametrize(
    "lead_in",
    [
        "Comments and questions:",
        "The Committee discussed:",
        "Feedback from members:",
        "Observations:",
    ],
)
def test_more_lead_ins_to_discussion_points(lead_in):
    meeting = parse_meeting(
        f"1. Report\n\n{lead_in}\n\n- first point about roads;\n\n- second point about bins.\n\n"
        "2. Close\n\nClosed.\n"
    )
    assert len(meeting.items[0].points) == 2


def test_a_pages_unnumbered_headings_are_its_items():
    text = html_to_text(
        "<h1>Minutes</h1>"
        + "".join(f"<h3>{t}</h3><p>The committee discussed it.</p>" for t in ("A", "B", "C"))
    )
    meeting = parse_meeting(text)
    assert [(i.number, i.title) for i in meeting.items] == [("1", "A"), ("2", "B"), ("3", "C")]
    assert "#" not in "".join(i.all_text() for i in meeting.items)


# The tenth round's rules.


def test_an_agenda_listed_before_the_minutes_is_no_items():
    meeting = parse_meeting(
        "Agenda\n1. Welcome\n2. Budget\n3. AOB\n\nNotes\n1. Welcome\nJo welcomed everyone.\n\n"
        "2. Budget\nDecision: the budget was approved.\n\n3. AOB\nNone.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome"),
        ("2", "Budget"),
        ("3", "AOB"),
    ]
    assert meeting.items[1].decisions


def test_underlined_headings_are_the_items():
    meeting = parse_meeting(
        "NORTHBY COMMUNITY COUNCIL\n==========================\n\n"
        + "".join(
            f"{t}\n{'-' * len(t)}\n\nThe members discussed it.\n\n"
            for t in ("ROADS", "PLANNING", "AOCB")
        )
    )
    assert [i.title for i in meeting.items] == ["ROADS", "PLANNING", "AOCB"]
    assert "---" not in "".join(i.all_text() for i in meeting.items)


def test_an_action_numbered_after_its_label_and_one_tagged_at_the_end():
    meeting = parse_meeting(
        "1. Business\n\nACTION 26/01: RFCC Secretary to write to each authority.\n\n"
        "Tony reported rats. Sec to contact the pest control team. [Action: SM]\n"
        "Committee thanked Dave for the accounts.\n\n2. Close\n\nClosed.\n"
    )
    first, second = meeting.items[0].actions
    assert (first.reference, first.owner_label) == ("26/01", "RFCC Secretary")
    assert second.owner_label == "SM"
    assert "Committee thanked Dave" in meeting.items[0].minute_text


def test_checkboxes_ticks_nested_bullets_and_a_documents_comments():
    meeting = parse_meeting(
        "1. Budget\nPoints from discussion:\n* rent looks low\n   * Beth: most schemes charge more\n"
        "* traffic is a worry\n✅ Decision: approve the budget.\n\n2. AOB\nNone.\n\nAction items\n"
        "☐ Priya – send the budget to Beth\n☑ Jo – file the return (done)\n\n"
        "[a]Priya Shah: Jo to check the figures.\n"
    )
    budget, aob = meeting.items
    assert [" – ".join(filter(None, [p.topic, p.text])) for p in budget.points] == [
        "rent looks low – Beth: most schemes charge more",
        "traffic is a worry",
    ]
    assert budget.decisions == ["approve the budget."]
    assert [a.owner_label for a in aob.actions] == ["Priya", "Jo"]


def test_officers_of_another_body_and_staff_are_on_the_register():
    meeting = parse_meeting(
        "Members present:\nMr Ann Bell (Chair)\n\nEnvironment Agency officers:\n"
        "Ms Grace Okafor (Area Manager)\n\nStaff and guests: Jade Okoro (Youth Officer)\n\n"
        "1. Levy\n\nMs Okafor will bring the business case to April.\n\n"
        "Jade will design the poster.\n\n2. Close\n\nClosed.\n"
    )
    assert "Ms Grace Okafor" in meeting.register.in_attendance
    assert "Jade Okoro" in meeting.register.in_attendance
    assert [a.owner_label for a in meeting.items[0].actions] == ["Ms Okafor", "Jade"]


def test_a_task_tagged_with_its_row_of_the_action_log_is_counted_once():
    meeting = parse_meeting(
        "(i) Estate\n\nMr Ackroyd agreed to obtain a date for the lift repair (AP3).\n\n"
        "(ii) Close\n\nClosed.\n\n(iii) Action points\n\n"
        "Ref\tAction\tOwner\tDue\nAP3\tObtain a date for the lift repair\tP Ackroyd\t06/02/2026\n"
    )
    assert sum(len(i.actions) for i in meeting.items) == 1
    assert "(AP3)" in meeting.items[0].minute_text


def test_a_long_resolution_leads_in_its_lettered_findings():
    item = parse_minute(
        "RESOLVED (unanimously): That, having considered the Investigating Officer's report, "
        "the representations of the parties and the views of the Independent Person, "
        "Councillor Voss:\n\n(a) failed to comply with paragraph 1.1;\n\n"
        "(b) failed to comply with paragraph 3.1; and\n\n(c) did not fail to comply with 5.1.\n"
    )
    assert len(item.decisions) == 3


def test_a_pdf_page_footer_with_its_number_and_a_word_broken_across_lines():
    footer = "    Annual Parish Meeting – 24 March 2026            Page {n} of 3\n\f    PARISH MEETING    DRAFT\n\n"
    meeting = parse_meeting(
        "1. Minutes\n\n    The minutes were displayed. The meet-\n    ing approved the minutes.\n\n"
        "2. Questions\n\n    Matters raised from the floor:\n\n    •   speeding on the Street;\n\n"
        "    •   broadband is slow, and the\n\n"
        + footer.format(n=1)
        + "           County Councillor was asked about it;\n    •   the pond was cleared.\n\n"
        + footer.format(n=2)
        + "3. Close\n\n    Closed.\n"
    )
    first, second, _ = meeting.items
    assert first.decisions == ["The meeting approved the minutes."]
    assert len(second.points) == 3
    assert "DRAFT" not in "".join(i.all_text() for i in meeting.items)


def test_word_tracked_changes_are_read_accepted_and_content_controls_are_read():
    def build(document):
        document.add_paragraph("1. Business")
        paragraph = document.add_paragraph("Kept words. ")
        ins = parse_xml(
            f'<w:ins {nsdecls("w")} w:id="1" w:author="A"><w:r><w:t>Clerk to write to the bank.</w:t></w:r></w:ins>'
        )
        gone = parse_xml(
            f'<w:del {nsdecls("w")} w:id="2" w:author="A"><w:r><w:delText>Deleted words.</w:delText></w:r></w:del>'
        )
        paragraph._p.append(ins)
        paragraph._p.append(gone)
        sdt = parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Present: Ann Bell</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        )
        document.element.body.insert(0, sdt)

    text = docx_to_text(_docx(build))
    assert "Present: Ann Bell" in text
    assert "Kept words. Clerk to write to the bank." in text
    assert "Deleted words" not in text


def test_two_owners_and_a_name_with_its_role_in_brackets():
    meeting = parse_meeting(
        "Present: Gary Dunn, Ann Bell\n\n1. Business\n\n"
        "7.3 Chair and BID Manager to meet the Chief Executive.\n\n"
        "Gary (Vehicle Officer) will arrange the MOT.\n\n2. Close\n\nClosed.\n"
    )
    assert [a.owner_label for a in meeting.items[0].actions] == [
        "Chair and BID Manager",
        "Gary",
    ]


def test_a_short_numbered_part_standing_in_two_decisions_is_kept_in_both():
    text = (
        "The Board approved the plan (i) first; (ii) second. "
        "The Board approved the plan (i) first; (ii) second. "
        "Discussion The Board approved the plan (i) first; (ii) second."
    )
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []


@pytest.mark.parametrize(
    "text, owner",
    [
        ("(Action: Clerk)", "Clerk"),
        ("Action by: Clerk", "Clerk"),
        ("Responsibility: Clerk", "Clerk"),
        ("Members asked the Clerk to write to the council.", "Clerk"),
        ("The Committee instructed the Treasurer to pay the invoice.", "Treasurer"),
        ("Tom volunteered to book the hall.", "Tom"),
        ("Dr Quinn kindly agreed to lead the review.", "Dr Quinn"),
    ],
)
def test_owners_labelled_asked_or_volunteering(text, owner):
    meeting = parse_meeting(
        "Present: Tom Hart, Dr Sara Quinn, Mike Orr (Clerk)\n\n1. Business\n\n"
        f"The report was noted.\n\n{text}\n\n2. Close\n\nClosed.\n"
    )
    (action,) = meeting.items[0].actions
    assert action.owner_label == owner


@pytest.mark.parametrize(
    "text",
    [
        "Tom said he would book the hall.",
        "The works would take three months.",
        "The Chair asked whether anyone had questions.",
        "Members asked that residents be consulted.",
    ],
)
def test_reported_speech_and_requests_to_no_one_are_no_tasks(text):
    meeting = parse_meeting(
        f"Present: Tom Hart (Chair)\n\n1. Business\n\n{text}\n\n2. Close\n\nClosed.\n"
    )
    assert meeting.items[0].actions == []


def test_a_log_reference_with_only_a_status_after_it_keeps_both():
    text = "Ref\tAction\tOwner\tDue\r\n2\r\nAction: Complete"
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []


@pytest.mark.parametrize("text", ["Action 4 – Apologies", "Action", "Action by: 4"])
def test_action_labels_with_a_number_or_nothing_after_them_lose_nothing(text):
    assert missing_sentences(text, parse_meeting(text)) == []


# The eleventh round's rules.


def test_paragraphs_numbered_through_the_minutes_under_headings_in_capitals():
    meeting = parse_meeting(
        "OPENING\n\n1.   The Bishop welcomed members to the meeting and thanked the hosts.\n\n"
        "MINUTES\n\n2.   The Synod approved the minutes of the last meeting as a record.\n\n"
        "3.   Matters arising: none were raised by members at this meeting.\n\n"
        "BUDGET\n\n4.   The motion was put and carried.\n\n"
        "5.   Members voted to ask the Board of Finance to review the formula.\n\n"
        "CLOSE\n\n6.   The Bishop closed the meeting with a prayer for the diocese.\n"
    )
    assert [i.title for i in meeting.items] == ["OPENING", "MINUTES", "BUDGET", "CLOSE"]
    assert len(meeting.items[1].decisions) == 1
    assert len(meeting.items[2].decisions) == 2


def test_items_headed_by_the_time_they_started():
    meeting = parse_meeting(
        "7.30pm   Welcome\n\nPat welcomed everyone.\n\n7.34pm   Minutes\n\nApproved.\n\n"
        "7.40pm   Sue Pennock arrived.\n\n7.52pm   Visit\n\nLinda outlined the programme.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("7.30pm", "Welcome"),
        ("7.34pm", "Minutes"),
        ("7.52pm", "Visit"),
    ]


def test_markdown_labels_task_lists_and_mentions():
    meeting = parse_meeting(
        "**Present (5 of 7 members):** Noor, Ben, Kasia, Ola, Tariq\n\n"
        "## 1. Minutes\n\n**Agreed by consensus:** the minutes are a record.\n\n"
        "Actions from last time:\n\n- [x] Ben – send rent statements (done)\n"
        "- [ ] Tariq – chase the water company\n\n"
        "## 2. Repairs\n\n@Tariq to let the roofer in on the day.\n\n"
        "**Action:** Allocations WG (Priya) to send the offer letter.\n"
    )
    assert meeting.register.present == ["Noor", "Ben", "Kasia", "Ola", "Tariq"]
    minutes, repairs = meeting.items
    assert minutes.decisions == ["Agreed by consensus: the minutes are a record."]
    assert [a.owner_label for a in minutes.actions] == ["Ben", "Tariq"]
    assert [a.owner_label for a in repairs.actions] == ["Tariq", "Allocations WG (Priya)"]


def test_more_ways_of_recording_that_a_motion_carried_or_a_decision_was_taken():
    for text in (
        'The motion "That this Synod do take note of the report" was put and carried.',
        "The committee voted to pay for the hoodies.",
        "It was decided to hold the fair on the school field.",
    ):
        assert len(parse_minute(text).decisions) == 1, text


def test_a_committees_bracketed_year_reference_and_an_earlier_minute_in_a_log():
    meeting = parse_meeting(
        "QSE(26)01 Welcome\n\nThe Chair welcomed members.\n\n"
        "QSE(26)02 Action log\n\nRef\tMinute\tAction\tOwner\tStatus\n"
        "QSE25-19\tQSE(25)71\tReview the mortality reviews\tMedical Director\tIn progress\n\n"
        "QSE(26)03 Close\n\nClosed.\n"
    )
    assert [i.number for i in meeting.items] == ["QSE(26)01", "QSE(26)02", "QSE(26)03"]
    (action,) = meeting.items[1].actions
    assert action.reference == "QSE25-19 (QSE(25)71)"


def test_a_word_text_box_is_read_where_it_is_anchored_once():
    def build(document):
        document.add_paragraph("1. Business")
        anchor = document.add_paragraph("Anchor words.")
        box = (
            f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
            "<w:p><w:r><w:t>The Board agreed to recommend the change.</w:t></w:r></w:p>"
            "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
            "<w:p><w:r><w:t>The Board agreed to recommend the change.</w:t></w:r></w:p>"
            "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
        anchor._p.append(parse_xml(box))

    text = docx_to_text(_docx(build))
    assert text.count("The Board agreed to recommend the change.") == 1
    assert "Anchor words.\n\nThe Board agreed" in text


def test_a_minute_with_its_action_by_column_and_an_owner_with_a_remit():
    meeting = parse_meeting(
        "1. Students\n\nThe Dean of Students to meet the President.\tDean of Students\n\n"
        "Breaches log to be updated.\n\nResponsibility: Head of HR (for the Scheme Manager)\n\n"
        "2. Close\n\nClosed.\n"
    )
    assert [a.owner_label for a in meeting.items[0].actions] == [
        "Dean of Students",
        "Head of HR (for the Scheme Manager)",
    ]


# --- The twelfth round's rules ---------------------------------------------------------------


def test_a_page_wrapped_in_one_form_is_read_and_a_search_form_in_it_is_not():
    text = html_to_text(
        "<html><body><form id='Form' method='post'>"
        "<div class='search'><form><label>Search this site</label></form></div>"
        "<h2>1. Apologies</h2><p>None were received.</p></form></body></html>"
    )
    assert "None were received." in text
    assert "Search this site" not in text
    assert html_to_text("<div><form><p>Sign in to comment</p></form></div>").strip() == ""


def test_the_section_sign_numbers_minutes_and_before_words_is_a_bullet():
    meeting = parse_meeting(
        "Cases on the agenda:\n   § 1/26   Notice and agenda\n   § 2/26   Accounts\n"
        "   § 3/26   Any other business\n"
        "§ 1/26  Notice and agenda\n\nDecision: The notice was approved.\n\n"
        "§ 2/26  Accounts\n\nPoints from the discussion:\n\n§ the café prices are too low;\n\n"
        "§ 3/26  Any other business\n\nNone.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1/26", "Notice and agenda"),
        ("2/26", "Accounts"),
        ("3/26", "Any other business"),
    ]
    assert [p.text for p in meeting.items[1].points] == ["the café prices are too low;"]


def test_minutes_quoted_in_an_email_reply_and_numbered_in_square_brackets():
    quoted = "\n".join(
        f"> {line}"
        for line in (
            "[1] Apologies",
            "",
            "None.",
            "",
            "[2] Lift",
            "",
            "The Board agreed to accept the Liftwise quote.",
            "",
            "[3] Close",
            "",
            "Closed at 9pm.",
        )
    )
    meeting = parse_meeting(f"Hi all,\n\nComments by Friday please.\n\n{quoted}\n")
    assert [i.number for i in meeting.items] == ["1", "2", "3"]
    assert meeting.items[1].decisions == ["The Board agreed to accept the Liftwise quote."]
    # a reply that quotes a line or two is left as it is
    assert parse_meeting("> Thanks\n\nAgreed, see you then.\n").items[0].decisions == []


def test_a_quaker_meeting_decides_and_asks_in_the_first_person():
    item = parse_minute(
        "We accept the accounts for 2025.\n\n"
        "Transfer: We accept the transfer of the membership of Alan Meyer.\n\n"
        "We record with sadness the death of David Holloway.\n\n"
        "We ask Tomasz Nowak to send the accounts to our examiner.\n\n"
        "We are not yet in unity on this concern.\n"
    )
    assert len(item.decisions) == 2
    assert [a.owner_label for a in item.actions] == ["Tomasz Nowak"]


def test_responsible_names_the_owner_on_its_line_or_after_the_task():
    item = parse_minute(
        "The signed accounts to be sent to the auditor by 28 February. Responsible: Hilde Rønning.\n\n"
        "To book the brass band and order 200 flags.\nResponsible: Hilde Rønning.\n"
    )
    assert [a.owner_label for a in item.actions] == ["Hilde Rønning", "Hilde Rønning"]
    assert item.actions[1].description == "To book the brass band and order 200 flags."


def test_a_full_name_or_an_office_in_lower_case_undertakes_a_task_and_a_body_does_not():
    item = parse_minute(
        "Philippa Gray will send details of the gathering to the clerks.\n\n"
        "The daily leader will sign the contract.\n\n"
        "Natural England will publish its report in the summer.\n\n"
        "Deputy Lieutenants agreed to take on the Tuesday ceremonies.\n"
    )
    assert [a.owner_label for a in item.actions] == ["Philippa Gray", "daily leader"]
    assert item.decisions == ["Deputy Lieutenants agreed to take on the Tuesday ceremonies."]


def test_a_carried_motions_resolutions_are_its_decisions_and_a_fallen_ones_are_not():
    carried = parse_minute(
        "Council resolves:\n   1. To introduce a meal deal.\n   2. To lobby for free breakfasts.\n\n"
        "An amendment to delete resolve 1 fell.\n\n"
        "The substantive motion was put to the vote and carried (For 31, Against 2).\n"
    )
    assert carried.decisions == ["1. To introduce a meal deal.", "2. To lobby for free breakfasts."]
    assert "carried (For 31, Against 2)" in carried.minute_text
    assert "meal deal" not in carried.minute_text  # a decision now, not also the text
    fallen = parse_minute(
        "Council resolves:\n   1. To hold Council online.\n\n"
        "The motion was put to the vote and fell (For 12, Against 20).\n"
    )
    assert fallen.decisions == []
    assert "To hold Council online." in fallen.minute_text


def test_council_accepting_or_electing_and_a_procedural_motion_carried():
    item = parse_minute(
        "Council accepted the Scrutiny Committee's report.\n\n"
        "One vacancy, one candidate. Council elected Callum Reid unopposed.\n\n"
        "A procedural motion to extend the meeting by 20 minutes, proposed by the Chair, was "
        "carried.\n\n"
        "The Combined Authority Board approved the levy at its December meeting.\n"
    )
    assert len(item.decisions) == 3
    assert not any("levy" in d for d in item.decisions)


def test_resolved_after_the_application_it_decides():
    item = parse_minute(
        "(a) 26/00118/B – Extension, 4 Glen View. Mr Corlett left the room. Resolved: no "
        "objection.\n\n(b) 26/00131/C – Café, Main Road. Resolved: to support.\n"
    )
    assert len(item.decisions) == 2


def test_lettered_parts_under_their_items_own_heading_are_sub_headings():
    meeting = parse_meeting(
        "Item 4 Governor's report\nThe Governor reported.\nItem 5 Monitoring reports\n"
        "Item 5(a) Segregation unit\nThe Board noted the report.\nItem 5(b) Healthcare\n"
        "Waits are long.\nItem 6 Close\nClosed.\n"
    )
    assert [i.number for i in meeting.items] == ["4", "5", "6"]
    assert len(meeting.items[1].decisions) == 1
    lettered = parse_meeting("Item 5(a) Roads\n\nNoted.\n\nItem 5(b) Paths\n\nNoted.\n")
    assert [i.number for i in lettered.items] == ["5(a)", "5(b)"]


def test_action_points_under_matters_arising_and_a_passive_task_with_its_owner():
    meeting = parse_meeting(
        "Item 1 Matters arising and action points\n"
        "AP 01/26  Chair to write to the Governor – done, reply received.\n"
        "AP 02/26  Clerk to update the rota – outstanding.\n"
        "Item 2 Rota visits\nRota reports to be sent to the Governor's office within 48 hours. (LB)\n"
        "Item 3 Close\nClosed.\n"
    )
    assert [a.reference for a in meeting.items[0].actions] == ["AP 01/26", "AP 02/26"]
    assert [a.owner_label for a in meeting.items[1].actions] == ["LB"]


def test_who_what_when_and_done_columns_and_a_register_of_marks():
    who = parse_minute("Who\tWhat\tWhen\nClerk\tSet up the rota\t20 Feb\n")
    assert [(a.owner_label, a.description) for a in who.actions] == [("Clerk", "Set up the rota")]
    done = parse_minute("Done\tAction\tWho\tBy\n☒\tOrder six drysuits\tSOM\t6 Mar\n")
    assert [(a.owner_label, a.description) for a in done.actions] == [("SOM", "Order six drysuits")]
    marks = parse_minute(
        "Councillor   Jun   Jul   Sep\nWhitlock      Y     Y     N\nShafiq        N     Y     Y\n"
    )
    assert marks.actions == []
    assert "Whitlock" in marks.minute_text


def test_a_flattened_log_with_its_header_a_field_a_line_and_a_task_tagged_with_its_row():
    meeting = parse_meeting(
        "1) Bids\n\nSophie to submit both bids by 13 March (CRP-52).\n\n"
        "2) Close\n\nClosed.\n\nACTION LOG\nRef\nAction\nOwner\nDue\nStatus\n"
        "CRP-41\nRepaint the shelter\nKen Ashby\nOct 2025\nComplete\n"
        "CRP-52\nSubmit the two bids\nSophie Lund\n13 Mar 2026\nNew\n"
    )
    assert meeting.items[0].actions == []
    assert "Sophie to submit both bids" in meeting.items[0].minute_text
    assert [a.reference for a in meeting.items[1].actions] == ["CRP-41", "CRP-52"]


def test_an_advisory_committees_advice_column_and_its_applications_cells():
    item = parse_minute(
        "Conservation area\tApplication\tSite\tProposal\tCommittee's advice\n\n"
        "Town Centre\t26/0042/FUL\t9 Market Place\tNew windows\tObjection.\n\n"
        "Riverside\t26/0078/HOU\t3 Wharf Cottages\tRear extension\tNo objection.\n"
    )
    assert item.decisions == ["Objection.", "No objection."]
    assert item.actions == []
    assert "9 Market Place" in item.minute_text


def test_more_discussion_lead_ins():
    for lead_in in (
        "Members sought clarity on the following:",
        "In our consideration, Friends raised the following:",
    ):
        item = parse_minute(f"{lead_in}\n\n- the first point;\n- the second point.\n")
        assert len(item.points) == 2, lead_in


def test_an_actions_summary_that_repeats_the_items_tasks_counts_each_once():
    meeting = parse_meeting(
        "1. Fair\n\nLisa to set up the new SumUp card reader before the fair. Action – LK\n\n"
        "2. Uniform\n\nPriya will run a uniform swap stall in March. Action – PS\n\n"
        "3. Close\n\nActions summary\n\nAction\tWho\tWhen\nSet up SumUp card reader\tLK\tMay\n"
        "Uniform swap stall in March\tPS\tMarch\n"
    )
    assert [len(i.actions) for i in meeting.items] == [1, 1, 0]
    assert "Set up SumUp card reader" in meeting.items[2].minute_text
    # a table with a task of its own is a log, every row an action
    logged = parse_meeting(
        "1. Fair\n\nLisa to set up the card reader. Action – LK\n\n2. Close\n\n"
        "Action\tWho\tWhen\nSet up card reader\tLK\tMay\nBook the hall for June\tGH\tMay\n"
    )
    assert [len(i.actions) for i in logged.items] == [1, 2]


# --- The thirteenth round's rules ------------------------------------------------------------


def test_minutes_numbered_through_the_year_in_roman_numerals_and_a_jobs_list():
    meeting = parse_meeting(
        "XIII/26   APOLOGIES\n\nNone.\n\nXIV/26    MEADOW\n\n"
        "Dr Crowther to organise a survey of the meadow in May (Job 2).\n\n"
        "XV/26     CLOSE\n\nClosed.\n\nJOBS LIST\n\n"
        "No.  From      Job                        Whose            Target     Done?\n"
        "1    XII/26    Buy six bat detectors      Hon. Secretary   Feb        Yes\n"
        "2    XIV/26    Organise a meadow survey   Dr Crowther      May\n"
    )
    assert [i.number for i in meeting.items] == ["XIII/26", "XIV/26", "XV/26"]
    assert meeting.items[1].actions == []
    assert [a.owner_label for a in meeting.items[2].actions] == ["Hon. Secretary", "Dr Crowther"]


def test_a_general_meeting_decides_and_its_motions_carry_or_fall():
    item = parse_minute(
        '"This branch notes the offer.\nThis branch instructs the Branch Committee to:\n\n'
        "  (a) hold a members' meeting in every workplace; and\n\n"
        '  (b) publish a pay bulletin every month."\n\n'
        "Moved by Dawn Pryce, seconded by Imran Hussain. CARRIED on a show of hands.\n\n"
        '"This branch resolves to oppose the transfer of the leisure centres."\n\n'
        "An amendment to add a pension guarantee was CARRIED.\n\n"
        "The motion as amended was CARRIED unanimously.\n\n"
        '"This branch resolves to affiliate to the People\'s Assembly."\n\n'
        "The motion was put to the vote and LOST.\n\n"
        "At the mover's request, the AGM agreed to remit Motion 4 to the Branch Committee.\n\n"
        "Sam Okafor was declared elected as Branch Chair.\n"
    )
    assert len(item.decisions) == 5
    assert not any("People's Assembly" in d for d in item.decisions)


def test_decided_as_a_label_and_a_body_appointing():
    item = parse_minute(
        "Decided: to open the cockle fishery on 1 March.\n\n"
        "The Authority appointed Cllr Holroyd to the Technical Sub-Committee.\n\n"
        "The Corporation also approved the confidential minutes.\n"
    )
    assert len(item.decisions) == 3


def test_an_owner_and_due_line_under_a_task_and_paragraphs_numbered_in_three_parts():
    item = parse_minute(
        "6.3    A revised cash flow forecast to be brought to the May meeting.\n"
        "       Owner: Vice Principal (Finance)                Due: 19 May 2026\n\n"
        "8.1.2  The Corporation approved the revised Risk Management Policy.\n\n"
        "11.1   Staff were anxious about the pay award. The Principal will write to all "
        "staff about it.\n"
    )
    assert [a.owner_label for a in item.actions] == ["Vice Principal (Finance)", "Principal"]
    assert len(item.decisions) == 1


def test_views_expressed_and_an_initials_full_stop_inside_a_task():
    item = parse_minute(
        "Views expressed:\n\n• the wool cheque hardly covers the clipping;\n"
        "• more shareholders should come to the gatherings.\n\n"
        "Clerk to confirm the order with D. MacInnes & Son in writing.\n"
    )
    assert len(item.points) == 2
    assert [a.owner_label for a in item.actions] == ["Clerk"]


def test_word_footnotes_are_read_where_their_marks_stand():
    folder = Path(__file__).parent / "minutes_fixtures"
    credit = folder / "held_out_13" / "h13-docx-credit-union-footnotes-multilevel.docx"
    text = read_upload(credit.name, credit.read_bytes())
    declared = text.index("Bethany Coulson declared")
    footnote = text.index("Secretary to record the declaration")
    assert declared < footnote < text.index("Gordon Peart declared")
    # after the list a lead-in opens, not between the lead-in and its list
    livery = folder / "held_out_11" / "h11-docx-livery-court-numbered-footnotes.docx"
    text = read_upload(livery.name, livery.read_bytes())
    assert text.index("(c)\t£4,500") < text.index("Past Master Hughes")


def test_items_lettered_in_parts_and_a_log_header_in_its_own_words():
    meeting = parse_meeting(
        "A1\tApologies\n\nNone.\n\nA2\tMinutes\n\nApproved.\n\n"
        "B1\tFinance\n\nNoted.\n\nB2\tClose\n\nWho's doing it\tWhat needs doing\tCheck back\n"
        "Ravi Chandra\tBook first-aid cover\t31 March\n"
    )
    assert [i.number for i in meeting.items] == ["A1", "A2", "B1", "B2"]
    assert [(a.owner_label, a.description) for a in meeting.items[3].actions] == [
        ("Ravi Chandra", "Book first-aid cover")
    ]


def test_no_numbers_a_grid_table_a_wrapped_date_and_another_bodys_decision():
    meeting = parse_meeting(
        "KESTWICK LOCAL MEDICAL COMMITTEE\n\nNo. 1   Welcome\n\nWelcome.\n\n"
        "No. 2   ICB update\n\nMs Wheelwright presented the review. The ICB Board decided on\n"
        "25 February to stop the phlebotomy service.\n\nNo. 3   Close\n\nClosed.\n\n"
        "+--------+------------------------------+\n| Ref    | Decision                     |\n"
        "+========+==============================+\n| D26/19 | The minutes were approved as |\n"
        "|        | a correct record.            |\n+--------+------------------------------+\n"
    )
    assert [i.number for i in meeting.items] == ["1", "2", "3"]
    assert meeting.items[1].decisions == []
    assert "The ICB Board decided on 25 February" in meeting.items[1].minute_text
    assert meeting.items[2].decisions == ["The minutes were approved as a correct record."]


def test_a_table_drawn_with_aria_roles_and_a_lead_in_to_its_decisions():
    text = html_to_text(
        "<p>The Committee decided the applications as follows:</p><div role='table'>"
        "<div role='row'><div role='columnheader'>Applicant</div><div role='columnheader'>"
        "Requested</div><div role='columnheader'>Decision</div></div>"
        "<div role='row'><div role='cell'>Village Hall</div><div role='cell'>£1,200</div>"
        "<div role='cell'>Awarded £1,200</div></div>"
        "<div role='row'><div role='cell'>Aero Modellers</div><div role='cell'>£900</div>"
        "<div role='cell'>Declined</div></div></div>"
        "<p>Secretary to notify the applicants by 20 March.</p>"
    )
    assert "Applicant\tRequested\tDecision" in text
    item = parse_minute(text)
    assert item.decisions == [
        "The Committee decided the applications as follows: Awarded £1,200",
        "Declined",
    ]
    assert [a.owner_label for a in item.actions] == ["Secretary"]


def test_titles_with_their_numbers_after_a_dot_leader_and_initials_after_a_dash():
    meeting = parse_meeting(
        "APOLOGIES ........................ 1\n\nNone.\n\n"
        "FINANCE .......................... 2\n\n"
        "   Gate receipts ............. £71,380\n   Entries received ............ 1,204\n\n"
        "Mr Illingworth proposed that the badge stay at £45. Agreed.\n\n"
        "Ring Hinton Marquees about a second tent - GF\n\n"
        "PRESIDENT FOR 2027 ............... 3\n\nNone.\n"
    )
    assert [i.number for i in meeting.items] == ["1", "2", "3"]
    assert len(meeting.items[1].decisions) == 1
    assert [a.owner_label for a in meeting.items[1].actions] == ["GF"]


def test_minutes_pasted_into_a_chat_and_exported():
    meeting = parse_meeting(
        "10/03/2026, 18:02 - Dave Rigg: Running late tonight\n"
        "12/03/2026, 21:47 - Bev Whitlock: Draft minutes below.\n"
        "12/03/2026, 21:49 - Bev Whitlock: 1/ Apologies\nRob - away.\n\n"
        "2/ Mins of last mtg\nAgreed as a true record, prop Martin sec\nGwen.\n\n"
        "3/ Show\nCommittee voted for Made in Dagenham (6\nvotes).\n"
        "MO to apply for the rights this week.\n"
        "12/03/2026, 21:50 - Bev Whitlock: 4/ AOB\nNew host is cheaper. Agreed to switch in April.\n"
    )
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert [len(i.decisions) for i in meeting.items] == [0, 1, 1, 1]
    assert [a.owner_label for a in meeting.items[2].actions] == ["MO"]
    assert "21:49" not in meeting.items[0].minute_text


def test_a_wikis_meeting_notes():
    text = html_to_text(
        "<h2>Discussion items</h2><table><tr><th class='tableHeader'><p>Time</p></th>"
        "<th class='tableHeader'><p>Item</p></th><th><p>Who</p></th><th><p>Notes</p></th></tr>"
        "<tr><td>10:00</td><td>Welcome</td><td>@Margaret</td><td><p>Apologies from two.</p></td></tr>"
        "<tr><td>10:10</td><td>Minutes</td><td>@Priya</td><td><p>No matters arising.</p><ul>"
        "<li data-decision-state='DECIDED'>Council approved the minutes.</li>"
        "<li data-decision-state='UNDECIDED'>Whether to meet in June – to come back.</li>"
        "</ul></td></tr><tr><td>11:30</td><td>Break</td></tr>"
        "<tr><td>11:45</td><td>Close</td><td>@Margaret</td><td><p>Closed.</p></td></tr></table>"
        "<p>👍 6 Add reaction</p>"
    )
    meeting = parse_meeting(text)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("10:00", "Welcome"),
        ("10:10", "Minutes"),
        ("11:45", "Close"),
    ]
    assert meeting.items[1].decisions == ["Council approved the minutes."]
    assert "Whether to meet in June" in meeting.items[1].minute_text


# Words a lead-in is made of, and others, for paragraphs of any length that end in a colon.
LEAD_IN_WORDS = (
    "members raised the following points were made in discussion trustees asked questions "
    "comments from governors key issues what people said the committee discussed budget road "
    "school report officer sought assurance on views of residents. and, Board questions"
).split()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(LEAD_IN_WORDS + [":", ".", "Members:"]), min_size=1, max_size=120),
    st.sampled_from([":", ":-", "", "."]),
)
def test_a_lead_in_is_found_at_a_long_paragraphs_end_exactly_as_by_reading_all_of_it(words, ending):
    # Only the paragraph's end is read; the answer is the one reading every sentence gives.
    text = " ".join(words) + ending
    whole = text.endswith((":", ":-")) and DISCUSSION_LEAD_IN_RE.search(text) is not None
    assert ends_in_discussion_lead_in(text) == whole, text


def test_a_lead_in_closing_a_paragraph_pasted_with_no_line_breaks_leads_in_its_points():
    report = "The Treasurer presented the estimates for the coming year in detail. " * 20
    item = parse_minute(
        f"Report\n\n{report}In discussion, members raised:\n"
        "• Why had costs risen? The Treasurer explained the pay award.\n"
        "• Was the roof safe? The Clerk said it was.\n"
    )
    assert len(item.points) == 2
