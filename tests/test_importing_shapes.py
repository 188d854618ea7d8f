"""Whole meetings and other shapes of minutes import with every count right and no sentence lost.

Each fixture in tests/minutes_fixtures (pasted text, saved web pages, Word documents) has
a sidecar <name>.counts.json with its expected counts of items, points, decisions and
actions. docs/benchmarks/importer_accuracy.py reports the same figures for docs/importer.md.
"""

import json
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes.importing import missing_sentences, parse_meeting, parse_minute
from minutes.importing.readers import UnreadableFile, html_to_text, read_upload

FIXTURES = Path(__file__).resolve().parent / "minutes_fixtures"
PATHS = sorted(p for p in FIXTURES.rglob("*") if p.suffix in {".txt", ".html", ".docx"})
SEED = (
    Path(__file__).resolve().parent.parent
    / "minutes"
    / "demo"
    / "lga-productivity-report-minute.txt"
)


# Fixtures whose counts the parser still gets wrong, and why. Each is in docs/importer.md.
KNOWN_MISSES: dict[str, str] = {
    "h11-jersey-parish-assembly-margin.txt": (
        "each item's title stands in a left-hand margin column beside its text (and wraps "
        "onto a second line there): margin titles are not read as items"
    ),
}


def _read(path: Path) -> str:
    return read_upload(path.name, path.read_bytes())


def _counts(parsed) -> dict[str, int]:
    return {
        "items": len(parsed.items),
        "points": sum(len(i.points) for i in parsed.items),
        "decisions": sum(len(i.decisions) for i in parsed.items),
        "actions": sum(len(i.actions) for i in parsed.items),
    }


def test_there_are_at_least_forty_fixtures_in_every_shape():
    assert len(PATHS) >= 40
    assert {p.suffix for p in PATHS} == {".txt", ".html", ".docx"}
    for path in PATHS:
        assert path.with_suffix(".counts.json").exists(), path.name


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_every_fixture_gets_every_count_right_and_loses_no_sentence(path):
    text = _read(path)
    parsed = parse_meeting(text)
    expected = json.loads(path.with_suffix(".counts.json").read_text())
    assert missing_sentences(text, parsed) == []
    for item in parsed.items:
        assert len(item.title) <= 300
        assert "\u00a0" not in item.all_text()
    if path.name in KNOWN_MISSES:
        assert _counts(parsed) != expected, "now right: take it off KNOWN_MISSES"
        pytest.xfail(KNOWN_MISSES[path.name])
    assert _counts(parsed) == expected


def test_the_seed_reads_as_one_item_exactly_as_parse_minute_reads_it():
    text = SEED.read_text(encoding="utf-8")
    meeting = parse_meeting(text)
    assert len(meeting.items) == 1
    assert meeting.items[0] == parse_minute(text)
    assert meeting.warnings == []


def test_a_whole_meeting_gives_numbered_items_and_its_register():
    meeting = parse_meeting(_read(FIXTURES / "parish-numbered-full-meeting.txt"))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
        ("3", "Minutes of the previous meeting"),
        ("4", "Public participation"),
        ("5", "Finance"),
        ("6", "Allotments"),
        ("7", "Date of next meeting"),
    ]
    register = meeting.register
    assert register.present == ["Cllr Harlow", "Cllr Pennick", "Cllr Quayle", "Cllr Ostrander"]
    assert register.apologies == ["Cllr Venn"]
    assert register.roles["chair"] == "Cllr Harlow"
    (declaration,) = register.declarations
    assert (declaration["person"], declaration["item"]) == ("Cllr Pennick", "6")
    first_item_text = meeting.items[0].minute_text
    assert "Present:" not in first_item_text, "the register is not an item's text"
    assert "MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL" in first_item_text
    assert any("Could not place" in w for w in meeting.warnings)


def test_a_decision_block_never_swallows_the_next_items_number_and_title():
    meeting = parse_meeting(_read(FIXTURES / "council-numbered-with-sub-decisions.txt"))
    budget = meeting.items[1]
    assert budget.decisions == [
        "1. That the forecast underspend of £310,000 be noted.",
        "2. That the transfer of £100,000 to the invest to save reserve be approved.",
    ]
    assert meeting.items[2].title == "Arts centre lease"


def test_decisions_repeated_under_decision_and_minutes_count_once():
    meeting = parse_meeting(_read(FIXTURES / "decision-and-minutes-repeated.txt"))
    assert len(meeting.items[0].decisions) == 1


def test_numbered_decisions_in_one_paragraph_are_each_a_decision():
    (item,) = parse_meeting(_read(FIXTURES / "decisions-heading-numbered-romans.txt")).items
    assert item.decisions[0].startswith("RESOLVED that (i) the mid-year review be noted")
    assert item.decisions[2] == "(iii) the report be referred to Council."


def test_action_logs_give_reference_owner_due_date_and_status():
    (item,) = parse_meeting(_read(FIXTURES / "action-log-tabs.txt")).items
    first = item.actions[0]
    assert (first.reference, first.owner_label, first.due_date.isoformat(), first.status) == (
        "A14",
        "JT",
        "2025-03-31",
        "Open",
    )
    (item,) = parse_meeting(_read(FIXTURES / "action-log-one-field-a-line.txt")).items
    assert [(a.reference, a.owner_label, a.status) for a in item.actions] == [
        ("C101", "LF", "Status: Open"),
        ("C102", "Clerk", "Status: In progress"),
        ("C103", "LF", "Status: Complete"),
    ]


def test_initials_after_action_own_the_paragraph_above_and_a_status_is_no_action():
    (item,) = parse_meeting(_read(FIXTURES / "action-initials-and-status.txt")).items
    assert [(a.description, a.owner_label) for a in item.actions] == [
        ("A new residents' survey would be drafted for the autumn.", "MP")
    ]
    assert item.actions[0].status == "Action: Complete", "a status, not a second action"


def test_speakers_are_found_in_prose_and_a_role_is_named_by_the_register():
    meeting = parse_meeting(_read(FIXTURES / "prose-speakers.txt"))
    (item,) = meeting.items
    assert item.introduced_by == "Cllr Imogen Sato"
    assert {"Cllr Harkness", "Cllr Ambrose"} <= set(meeting.people)
    chaired = parse_meeting(
        "Present: Cllr Ada Quill (Chair), Cllr Bo Rand\n\n1. Roads\n\nThe Chair noted the "
        "report.\n\n2. Parks\n\nThe Chair said the park was tidy."
    )
    assert chaired.items[0].people == ["Cllr Ada Quill"]
    assert "Cllr Bo Rand" not in chaired.items[0].people, "an attendee is not a speaker"


def test_status_and_date_lines_are_not_headings():
    (item,) = parse_meeting(_read(FIXTURES / "status-date-lines-not-headings.txt")).items
    assert [s.heading for s in item.sections] == [""]


def test_page_chrome_is_left_out_and_titles_stay_short():
    meeting = parse_meeting(_read(FIXTURES / "whole-meeting-chrome.txt"))
    text = "\n".join(i.all_text() for i in meeting.items)
    for chrome in ("Skip to main content", "Share this item", "Additional documents", "2 MB"):
        assert chrome not in text
    assert [i.title for i in meeting.items][2] == "Land at Orchard Farm, application 24/1987"


def test_a_saved_page_keeps_its_content_and_drops_its_navigation():
    text = _read(FIXTURES / "html-item-page.html")
    assert "Cllr Dorothea Pryce introduced the draft parking strategy." in text
    assert "var x" not in text and "Home" not in text and "Contact us" not in text
    assert "<p>" not in html_to_text("<p>One</p><p>Two</p>")


def test_a_broken_word_document_is_a_clear_refusal():
    with pytest.raises(UnreadableFile):
        read_upload("minutes.docx", b"PK\x03\x04 not really a zip")


def test_a_pasted_meeting_with_no_breaks_is_still_read_in_items():
    text = " ".join(
        f"{n}. Item number {n} Members discussed matter {n}. RESOLVED that matter {n} be noted."
        for n in range(1, 6)
    )
    meeting = parse_meeting(text)
    assert [i.decisions for i in meeting.items][0] == ["RESOLVED that matter 1 be noted."]
    assert missing_sentences(text, meeting) == []


PIECES = [
    "FP26/11\tTo approve the minutes of the meeting held on 3 March 2026",
    "Members noted the internal auditor's report and thanked Mrs Ede for her work.",
    "Democratic Services to publish the revised calendar on the Council's website.",
    "The Bursar and the Head to review the compliance checklist by 31 May.",
    "The Revd Tom Pike to convene the first meeting of the working group.",
    "Lion Rita Marsh will check the generator before October.",
    "The Area Dean will circulate the slides to all PCC secretaries.",
    "Tony will hire the weed-cutting boat for June.",
    "Members' thoughts:",
    "What committee members said:",
    "Committee discussion points:",
    "(c) A walk outside the district. The club agreed not to support this request.",
    "The Committee approved the Charging Policy. The Committee deferred the Lettings Policy.",
    "The motion was put to the Houses voting together and was carried: For 38, Against 4.",
    "Members noted the report.",
    "  Sun 17 May – Mill Pool, pairs",
    "MINUTES OF LAST MEETING (10 March)",
    "APOLOGIES",
    "Proposed Jan, seconded Ray, that juniors fish free. All in favour.",
    "Prices rose twice. The committee voted to change supplier (6 for, 1 abstention).",
    "Mrs Colbourne was the only nomination and was elected unopposed.",
    "Raj proposed that £150 of it be spent on a new wheelbarrow.",
    "Agreed.",
    "Insp. Ruthwell reported fewer thefts. She will share the monthly figures.",
    "Members noted the inspection report, which found no high risks. Two risks were found.",
    "Cllr Tansley will fix the loose panel.",
    "Bandmaster to arrange the extra sectionals.",
    "Lead Governor to raise the idea at the next Council of Governors meeting.",
    "Clerk to get three quotes for the repair (Agreed).",
    "All members to note the date of the AGM, 12 May.",
    "Sederunt: Rev. Morag Lendrum (Moderator); Mr Iain Coull (Session Clerk)",
    "The Session approved the minute of the meeting of 6 September.",
    "R26/32 The Board resolved:",
    "2.1\tThe Board reviewed the action log. Actions TB26/14 and TB26/17 were complete.",
    "2.2\tAction TB26/19 (rural response times) remains open; the analysis is due in May.",
    "Ken Albury declared an interest; the Board agreed he could stay but not vote.",
    "Public present: Sam Hirst, Lily Okoro",
    "The minutes of 14 September were read. Agreed as a true record and signed.",
    "Christmas lunch at the Mill – Cath will send round the menu.",
    "Minutes agreed. The new bibs have arrived.",
    "Present: Jasmine Treloar (Chair), Ivo Fenwright. Apologies: Fenn Lascott.",
    "Minutes of 6 October agreed. From October: new buoyancy aids – arrived.",
    "Agreed (nem con): the subscription for 2027 to be £10 for adults.",
    "After discussion, in his absence, the committee agreed to offer a new contract.",
    "With that change the steering group approved the minutes of 3 September.",
    "Cllr Ruscoe asked why; Mr Arkholme said that it was, and undertook to circulate it.",
    "Accepted as a true record. Proposed Jenny, seconded Mo, carried unanimously.",
    "\u00a0",
    "·\u00a0\u00a0\u00a0 a bullet point;",
    "Discussion",
    "Action",
    "Officers to check the figures.",
    "RESOLVED:",
    "That it be agreed.",
    "Minutes:",
    "Cllr Jones asked a question.",
    "Topic – Ms Lee explained the position.",
    "Present: Cllr A Jones (Chair), Cllr B Smith",
    "Apologies: Cllr C Brown",
    "1. Apologies for absence",
    "2. Finance",
    "77/21 Budget",
    "Minute 5 Roads",
    "Ref\tAction\tOwner\tDue",
    "A1\tWrite the letter\tJT\t31/03/2025",
    "ACTION: MP",
    "Action: Complete",
    "Status: Open",
    "The Board approved the plan (i) first; (ii) second.",
    "Supporting documents:",
    "Report, item 4. PDF 120 KB",
    "\u2028",
    "\u2029",
    "> [1] Apologies",
    "> The Board agreed to accept the quote.",
    "§ 1/26  Notice and agenda",
    "§ the café prices are too low;",
    "Council resolves:",
    "   1. To introduce a meal deal.",
    "The substantive motion was put to the vote and carried (For 31).",
    "The motion fell.",
    "We accept the minutes. We ask Tomasz Nowak to send the accounts.",
    "The signed accounts to be sent by 28 February. Responsible: Hilde Rønning.",
    "Item 5 Reports",
    "Item 5(a) Segregation unit",
    "#3 Treasurer's report",
    "John Bell will circulate the plan for the spring work.",
    "Action: JB to circulate the spring plan.",
    "b) Minutes of the last meeting (see d) below)",
    "AP 01/26  Chair to write to the Governor – done.",
    "Done\tAction\tWho\tBy",
    "☒\tOrder six drysuits\tSOM\t6 Mar",
    "Councillor   Jun   Jul",
    "Whitlock      Y     N",
    "Conservation area\tSite\tCommittee's advice",
    "Riverside\t3 Wharf Cottages\tNo objection.",
    "XIII/26   APOLOGIES",
    "       be considered under minute",
    "       61/26. Mrs Parrock left the meeting.",
    "   (a) the fees be raised, except as set out in (b) and (c);",
    "No.  From  Job  Whose  Target  Done?",
    "This branch instructs the Branch Committee to:",
    "Owner: Head of Partnerships                 Due: 31 July 2026",
    "+--------+----------+",
    "| D26/19 | The minutes |",
    "|        | were approved. |",
    "FINANCE ........................ 4",
    "Ring Hinton Marquees about a tent - GF",
    "Mrs Ann Bell – Hon. Secretary",
    "Hon. Sec. to write to the league. NHS will publish the guidance.",
    "12/03/2026, 21:49 - Bev Whitlock: 1/ Apologies",
    "Time\tItem\tWho\tNotes",
    "11:30\tBreak",
    "Undecided: whether to meet in June",
    "103. To approve the minutes of the meeting held on 6 January 2026",
    "Agenda item - Taxi Licensing Policy 2026-2031",
    "Meeting: 03/03/2026 - Licensing Committee (Item 42)",
    "Contact: Mike Tranter, Committee Services",
    "Governors asked the following questions:",
    "Q: Which pupils are most affected?",
    "A: Mainly those in Year 4.",
    "Payee\tDetails\tNet\tVAT\tTotal",
    "Application\tLocation\tProposal\tCouncil's comments",
    "On being put to the vote the motion was carried (7 for, 2 against).",
    "RESOLVED no objection.",
    "5.4\tThe Director of Property will send an update (action A26/05).",
    "A26/05\tMonthly update\tDirector of Property\tMonthly\tNew",
    "RECOMMENDED to Council – That",
    "(1)  the revenue budget be approved;",
    "Councillor Amis, Portfolio Holder for Waste, undertook to look into it.",
    "The Treasurer will write to each resident. (Action 1)",
    "ACTION: HPS to bring the themes to April. (QS/26/07)",
    "Ref        Item  Action                     Lead  Due        Status",
    "QS/26/07   5     Summary of themes from     HPS   Apr 2026   New",
    "                 after-action reviews",
    "RESOLVED: That the application be APPROVED subject to the following conditions:",
    "Governors approved the following policies:",
    "Application\tSite and proposal\tTown Council's observations",
    "Challenge from trustees:",
    "Trustees noted the management accounts and the three-year budget forecast.",
    "Members noted the bank reconciliation and the budget monitoring report to 31 January 2026.",
    "5.3\tThe Committee DECLINED the application, and asked the practice to return.",
    "4.4\tHead of Contracting to agree a letter with the practices.",
    "Action: SW",
    "Action from 13 January\tWho\tStatus",
    "Renew the minibus insurance\tTreasurer\tDone – renewed 1 Feb",
    "       A26/02  Company Secretary to arrange a Board visit to the Ravensworth",
    "               Court regeneration scheme - Arranged for 21 April",
    "     The Board NOTED the action tracker.",
    "7.   COMPLAINTS - ANNUAL PERFORMANCE AND COMPLAINT HANDLING CODE",
    "     SELF-ASSESSMENT",
    "Trustees approved the following policies, which had been reviewed by the committees:",
    "C.71     APOLOGIES FOR ABSENCE",
    "Council - 25 February 2026                                              Page 2 of 5",
    "Key points raised during the discussion:",
    "1. A Member asked how the decision had been made. The Manager explained the forecast.",
    "2. The Director of Highways to provide figures for grit bin refills.",
    "Actions/further information to be provided:",
    "   ii.  recommends that the Cabinet Member considers adding the routes; and",
    "The Portfolio Holder for Housing will circulate to all Members the figures.",
    "In reply, the Director of Finance explained that the reserve would be restored to £2.5 "
    "million, and undertook to circulate a note.",
    "No.\tItem\tAction by",
    "On the recommendation of the Nominations Committee, the Council of Governors APPROVED:",
    "Search and Governance Committee, 3 March 2026: on the recommendation of the Committee, the "
    "Corporation appointed Mr Kojo Mensah-Bonsu.",
    "Members noted the budget monitoring report and the forecast underspend of £6,940.",
    "Members noted the audit report and agreed to accept both recommendations.",
    "Ray and Jackie will do the spring walkabout and report back.",
    "Mr Hardisty will repair the stile on footpath 7.",
    "and to sell the old poles. Mike will look for a second-hand set.",
    "Pete will look forward to the new season.",
    "ACTION - Hugh - book the function room at the Mill Hotel by 1 March.",
    "2.2 Trustees agreed to appoint Mrs Rowland as a trustee with effect from 1\nFebruary 2027.",
    "The committee agreed the notes of 10 September. Keith said that the posters were up.",
    "In attendance: Lt (SCC) Rhys Penhallow RNR, Commanding Officer (CO)",
    "26/00041/HOU  Hill Top Barn, Back Lane - single-storey rear extension",
    "The meeting agreed to make no comment on the application.",
    "Present: Jean Liversidge (Chair), Maureen Pilbeam",
    "From the practice: Karen Isherwood (Practice Manager)",
    "Members' concerns:",
    "• permits would fall hardest on carers who visit daily;",
    "3.2 Partners' comments:",
    "b)  The Board noted the bursar's report.",
    "b) RESOLVED that the following be approved:\n    (i)   Lettings Policy;\nc) Mr Ash left.",
    "Summary of actions",
    "2.\tMarcus Tredinnick-Hale – update the price list for the box office.",
    "The trustee noted the receipts and payments account to 31 March.",
    "Cllr Dansey will remove the broken see-saw.",
    "   -> Toby to find out if the county's sports fund is open.",
    "Kit offered to run a raffle at the Plough in April.",
    "Practice update",
    "Apologies",
    "The council agreed to hold a picnic on the green. With that change the meeting agreed them.",
    "Ann Bellingham (chair, Eastfield Residents) - in the chair",
    "Comments and questions from the group:",
    "Deputy Chief Constable Fennick will send the Commissioner the custody audit.",
    "Wendy offered to run the plant stall again if someone else took over the raffle.",
    "Deacons' reflections:",
    "The deacons agreed to hold a day of prayer on Saturday 8 May.",
    "ACTION: Invite the Chief Pharmacist to the May meeting (HoPE).",
    "Action points",
    "Action: Maureen and Tony - book the library's community room",
    "The trustees asked that the Investment Committee review the charges.\tConvener, Audit Committee",
    "On the recommendation of the Nominations Committee, Court appointed Ms Rowe as a member.",
    "Clerk to write to the diocese about the roof.\tJB",
    "No.\tItem\tDiscussion and decisions\tAction by",
    "5\tPlot rents\tThe committee agreed to raise plot rents by £2 a year.\tRT",
    "No.\tDiscussion\tDecision\tAction",
    "3\tSlipway repairs. Jory reported a crack.\t–\tSecretary to get two quotes.",
    "5.   CHIEF EXECUTIVE'S REPORT                                  (Report A/26/04)",
    "     RESOLVED: That (a) the minutes of the meetings held on 16 January",
    "     and 13 February 2026 be received; and (b) the recommendation be adopted.",
    "Outcome: Report noted.",
    "Discussion",
    "Outcome: The group approved the policy. The group deferred the guideline.",
    "The Forum agreed to review the licensing statement at its meeting in June 2027.",
    "Outcome: Agreed to accept the extension, and to ask for talks. (MQ did not vote.)",
    "Action (CEO): bring a draft outcomes framework to the June meeting.",
    "Decision: None.",
    "Action: None.",
    "Members were concerned about the access. Resolved to object on the grounds of safety.",
    "Members noted the bank reconciliation to 31 January 2026, signed by Cllr Wain, and the "
    "budget monitoring report, which forecast an underspend of £4,150 for the year.",
    "The Town Mayor will invite the town's clubs and societies.",
    "The Cabinet Member undertook to send the Committee the number of households.",
    "The Director of Children's Services will write to the headteacher.",
    "Members appointed by the Secretary of State (national members):",
    "    Dr Imogen Bellringer (Chair), Mr Rhodri Gwilym",
    "The following correspondence had been circulated to members:",
    "FC 84/25 TO RECEIVE APOLOGIES FOR ABSENCE",
    "Clerk to action.",
    "Item\tNotes\tAction by",
    "1. Welcome and apologies\tHannah welcomed everyone.\t",
    "Emma to write to parents about the new fee.\tEmma",
    "Comments on the draft policies:",
    "We talked about the campaign. Points people made:",
    "* public transport came top, and the letter means we have",
    "  already started on it",
    "What members said about the designs:",
    "Board decision: the accounts were noted, and the budget was approved.",
    "Board decision: none.",
    "Agreed as correct, proposed Alf, seconded Wes.",
    "Everyone agreed the notes from 10 February were right.",
    "The youth council voted to make buses its campaign (11 for, 3 against).",
    "Poppy was elected Chair unopposed.",
    "The SACRE agreed the minutes as a correct record.",
    "The board reviewed the risk register and agreed that the risk be raised.",
    "The Vicar will meet the head teacher to plan the leavers' service.",
    "Mrs Heptinstall, as Electoral Roll Officer, will put up the notice.",
    "All PCC members to complete the course by 30 June.",
    "Dario Sabatini (DS, Kitchen Manager) for items 4 to 7",
    "Dario will run the first course in May, with eight places. (DS)",
    "                                        7",
    "Wendlow Local Committee - Thursday, 5 March 2026",
    "1.  OPENING MATTERS",
    "1.1  Welcome and apologies",
    "3.2  Workforce Race Equality Standard and Workforce Disability Equality Standard 2025",
    "     Mrs Scadding presented the two reports.",
    "1. Apologies – as above. Dave is away until the end of March.",
    "FINANCE: Sheila reported the balances.",
    "MATTERS ARISING: The tablecloths have arrived.",
    "DRAFT",
    "Local Plan Panel – 24.3.26                                        1",
    "Subs for 2026 to stay the same – agreed.",
    "Committee voted 6-2 to go with Bowmark Sports.",
    "The trustees noted the investment report and agreed to keep the split.",
    "  Ref      Section   Memorial                       Decision",
    "  M26/02   New       Kerbed memorial                Refused – kerbs",
    "                                                    are not allowed",
    "Applicant\tPurpose\tRequested\tCommittee decision",
    "The insurance renewal is due on 1 April; KHR to get a quote.",
    "The roller needs a new starter motor – RB to get it fixed.",
    "The Assistant Director – Planning will write to the promoters.",
    "The SENCo will share the provision map.",
    "The CFO will update the pay scales once the policy is adopted.",
    "The DfE will publish the pay award in July.",
    "Committee members' suggestions for the 2027 programme:",
    "Governor question\tResponse",
    "Why is maths below the target?\tTwo classes had supply teachers.",
    "1: Welcome and apologies",
    "1.  OPENING.  The Chairman opened the meeting.",
    "Apologies were received from Mr P. Duckitt and Mrs S.",
    "Treasurer's report:",
    "Jobs for the day:",
    "Lisa - entry forms and the website",
    "- MH to order new goals - ordered, arriving 20 March",
    "Hard to read; the Secretary will ask the Town Council to re-cut it.",
    "Management agreed to share the results with the unions.",
    "Prepare a reserves policy for the June meeting. [Treasurer]",
    "[Collections Officer]",
    "Trustees accepted the recommendations on all three offers.",
    "The meeting noted the report.",
    "                                                  1 | P a g e",
    "Project\tGrant\tPanel decision",
    "AC26/13\tWelcome, apologies and quoracy\tVerbal",
    "Ref\tDiscussion and decisions\tAction – who and when",
    "          – the Society has no objection to the use",
    "          It was resolved to object to the rooflights.",
    "Panel members: Yvonne Catterick (Chair), Paul Mensah-Wright",
    "Yvonne and Paul to visit the estate - booked for 3 March",
    "The following were elected unopposed: Chair – Hazel Dunn; Treasurer – Trevor Scott.",
    "(b) The Council noted the budget monitoring report.",
    "Moving the show to the Sunday was discussed again. Comments:",
    " - the hall is already booked for a wedding",
    "The panel's comments:",
    "The panel agreed the notes of the last meeting.",
    "The meeting warmly agreed to receive them into membership.",
    "The meeting agreed with acclamation.",
    "Adoption of the accounts was proposed by Ann Bell, seconded by Joe Carr and carried.",
    "The committee's proposals were put to the meeting and carried, 30 for and 2 against.",
    "Decided to keep the show on the Saturday.",
    "Council ratified the admission of the following members since the last meeting:",
    "• Hollins Bakery Ltd",
    "The Hon. Treasurer will put the accounts on the website.",
    "-\tThe pads expire in September. Hon. Secretary to order new pads.",
    "Members asked about the costs, and the Treasurer will circulate the bills.",
    "Coffee morning on 16 May. Anita to do the rota for teas. Please bring cakes.",
    "Actions from the last meeting",
    "– Keith to get the outboard serviced – done",
    "The towpath is muddy in places. Discussion:",
    "- the towpath route should be dropped until April",
    "(3) RESOLVED that the strategy be noted.",
    "(2) Mr Okafor undertook to circulate the list of centres before May.",
    "(2) RESOLVED that the Committee endorse the proposed decision to:",
    "(a) extend the contracts for a year; and",
    "Agreed that the next visit will look at reading; PD and LM to arrange a date.",
    "Parks and Open Spaces Officer to order four new benches.",
    "Approved. On the January actions: the new vests have arrived.",
    "Approved as a true record.",
    "M210  APOLOGIES FOR ABSENCE",
    "M 211  CORRESPONDENCE",
    "5.  Share offer",
    "5.  Membership and finance",
    "Board: Ann Bell (Chair, AB), Samantha Pryor (Secretary)",
    "Board: Trust Board",
    "Sammy will send the rota round by Friday.",
    "Samson will bring the marquee.",
    "Present: Ann Bell (Captain, AB), Tom Hay (Juniors)",
    "Present:\nSal Quinn-Arbery - parent member (Juniors)\nTed Umbers - Secretary",
    "1,200 tickets. Helpers were needed.\nSal will put a rota on the noticeboard this\nweek.",
    "Ann reported a good season. Captain to draw up the winter rota by December.",
    "26/41  APOLOGIES",
    "41.1  None were received.",
    "38   MOTIONS ON NOTICE",
    "3   Mill Lane, a new porch",
    "(c)  asks the Leader to write to the operator.",
    "(b)  30 new bus shelters",
    "The Trustees noted the safety report and the inspector's letter.",
    "RESOLVED: (1) to buy a new mower from Hall Ltd at £2,400;",
    "(2) to sell the old roller at the autumn sale.",
    "The Pro-Vice-Chancellor (Education) will bring the feedback figures in March.",
    "2.2   Action log:",
    "      A1     Get two quotes for the roof          TH      Done",
    "2.3   Matters arising not on the log: none.",
    "Councillors: Abbot, Bellamy and Crane",
    "  - was the library consulted? Councillor Bellamy replied that it was.",
    "Costs had risen, so a deficit was likely. Council noted the accounts.",
    "On a show of hands and a count of the postal votes (52 for, 4 against), the meeting",
    "RESOLVED by special resolution:",
    "(a) that rule 6 be amended to allow two co-opted members;",
    "The partnership approved the workplan, with the four priorities as set out.",
    "8.    APPLICATION TO DIVERT A PUBLIC BRIDLEWAY ALONG THE EDGE OF COWSLIP MEADOW,",
    "      PARISH OF LOWER ASHBY (Ref: PPO/2024/017)",
    "2.1 The Newsletter Editor will find out the cost of colour printing.",
    "The lead trustee for finance will review the reserves policy with the Treasurer.",
    "7.4 The Deputy Headteacher (Pastoral) will present a wellbeing plan, based on",
    "Helpers' feedback:",
    "3. Matters arising. The Clerk reported on the actions from the last meeting.",
    "2. Report of the Hon. Treasurer. The accounts were presented.",
    "The Committee RECOMMENDS to the Board that:",
    "Action by: Clerk                        Date: 12 February 2027",
    "The members noted the audited accounts for the year ended 31 August 2026.",
    "Mrs Lee said she would retire. The Chair of Trustees to propose a process. The next meeting.",
    "Riders' and helpers' comments:",
    "ACTION Ewan to book the vet's visit for next week.",
    "Members said:",
    "The bar had taken £412 over the season. Trustees said:",
    "5. Bar and catering",
    "2.1 ACTION",
    "Task                      Who       When\n------------------------  --------  ------",
    "Hire the minibus for the  Head/SBM  May\n  summer trip",
    "",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(PIECES),
            st.text(alphabet=string.ascii_letters + string.digits + " .,:;()-\t", max_size=60),
        ),
        max_size=30,
    ),
    st.sampled_from(["\n", "\n\n", " ", "\r\n"]),
)
def test_any_text_gives_a_result_that_loses_no_sentence(pieces, joiner):
    text = joiner.join(pieces)
    parsed = parse_meeting(text)
    assert missing_sentences(text, parsed) == [], text
    parsed.as_json()
