"""Recognising decisions: RESOLVED and its many other spellings.

A decision may be a line starting "RESOLVED", a mid-sentence "It was RESOLVED that", a
"RESOLVED:", "Decision:" or "AGREED" label with its text on the following lines, an
"APPROVED" bullet, "The Board noted / agreed / approved …" (also "The Working Group …",
and in capitals, "The Board NOTED …"), "Governors approved …" ("Governors NOTED …" in
capitals), "RECOMMENDED", the parish's "resolved unanimously to …" or "it was resolved by
a majority (3 for) to …" in mid-sentence, a vote that carries in prose ("6 for, 1
against, so agreed to …", "Committee voted 6-2 to …"), a proposal closed by "– agreed.",
an "Outcome:" label under an item, or numbered "(i) … (ii) …"
decisions in one paragraph, each of which is a decision of its own. "Decision: None." decides
nothing.
"""

from __future__ import annotations

import re

from minutes.importing.meetings_to_come import for_a_meeting_to_come
from minutes.importing.memo import remembered
from minutes.importing.roles import OFFICE_LETTERS

DECISION_WORDS = r"(?:RESOLVED|AGREED|APPROVED|RECOMMENDED|DECIDED|ENDORSED|NOTED)"
# A label on a line of its own introduces the decisions that follow it.
DECISION_MARKER_RE = re.compile(
    r"^(?:it was\s+(?:unanimously\s+)?)?"
    r"(?:resolved|agreed|recommended|decisions?(?: taken| made)?|resolutions?|approved|decided|"
    r"recommendations?(?: to council)?)"
    r"(?:\s+(?:that|to))?\s*[:–—-]?$",
    re.IGNORECASE,
)
# "Approved. On the January actions: …" opening a paragraph under "Minutes of the last
# meeting" is the meeting's word on its minutes; under "Grants", "Approved. The money arrived
# in June." reports another's decision on something, and decides nothing here.
APPROVED_OPENING_RE = re.compile(r"^Approved\.\s+(?=[A-Z])")
MINUTES_TITLE_RE = re.compile(r"\bminutes?\b|\b(?:last|previous) meeting\b", re.IGNORECASE)
# "Agreed (nem con): …", "Agreed (unanimously) –", "Agreed (6 for, 1 against):": how the
# meeting carried it, in brackets between the word and its decision.
HOW_CARRIED = (
    r"\((?:nem\.?\s?con\.?|unanimously|unanimous|by a majority|by all|"
    r"\d{1,3}\s+(?:for|votes?\s+to)\b[^()]{0,30})\)"
)
# "RESOLVED that …", "AGREED – to defer …", "Resolved: that …", "Decision: …".
DECISION_START_RE = re.compile(
    rf"^(?:{DECISION_WORDS}\b|Resolved\b|Recommended to (?:the )?[A-Z]|Resolution\s*[:–—-]|Decisions?(?: taken| made)?\s*[:–—-]|Decided\s*[:–—-]|DECISIONS?\s*[:–—-]|Agreed\s*(?:{HOW_CARRIED}\s*)?[:–—-]"
    r"|(?:Unanimously|Duly)\s+(?:resolved|agreed)\b"
    r"|(?:Agreed|Resolved|Carried) unanimously\b"  # "Agreed unanimously: …"
    r"|Agreed (?:by consensus |unanimously )?(?:to|that)\s|Agreed by consensus\s*[:–—-]"
    # "Decided to keep the show on the Saturday.": the meeting's decision, bare, as "Agreed to …"
    r"|Decided (?:unanimously )?(?:to|that)\s"
    # "Agreed as a true record.", "Agreed as correct, proposed Alf, seconded Wes."
    # ("– agreed as a true record, prop. BC": in lower case after an item's title and a dash)
    r"|[Aa]greed as (?:an? )?(?:true|correct|accurate)\b"
    # "Accepted as a true record. Proposed Jenny, seconded Mo, carried unanimously.",
    # "Approved as a true record.": minutes accepted as the record, as "Agreed as …";
    # "Approved. On the January actions: …": the meeting's word on the minutes opening a
    # paragraph that goes on (alone on its line, "Approved." under "Minutes" is left as it
    # was read; under another item's title, see `APPROVED_OPENING_RE`)
    r"|(?:Accepted|Adopted|Confirmed) as (?:an? )?(?:true|correct|accurate) record\b"
    r"|Approved as (?:an? )?(?:true|correct|accurate)\b|Approved\.(?=\s+[A-Z])"
    # "Board decision: to accept the contract …": the body's word for its decision, labelled
    r"|(?:Board|Committee|Council|Cabinet|Panel|Trustees['’]?|Governors['’]?|Directors['’]?)"
    r"\s+decisions?\s*:\s*(?=\S)"  # "Agreed to stock peat-free compost only."
    # "Outcome: Report noted.", "Outcome: Agreed to accept the extension …": a charity's board
    # labels what it decided under each item so, as others write "Decision:"
    # (one outcome, not "Outcomes:", which more often opens results, as a school's)
    r"|Outcome\s*:\s*(?=\S)"
    # "Council approved the minutes", "Cabinet agreed the budget": a body named without "The"
    r"|(?:Council|Cabinet|Board|Committee|Executive|Panel|Court|Senate|Synod)\s+"
    r"(?:approved|agreed|resolved|noted|endorsed|adopted|decided|accepted|elected|appointed|"
    r"ratified|confirmed|re-adopted|AGREED|RESOLVED|APPROVED|NOTED)\b"
    # "All agreed to adopt the constitution": everyone at the meeting
    r"|All (?:present |members )?(?:agreed|AGREED)\s+(?:to|that)\b"
    # "Members voted to ask the Board …", "The meeting voted in favour of …"
    # ("The youth council voted to make …": the body's name in lower case before it)
    r"|(?:The (?:[a-z][\w-]* ){0,2})?(?:Members|Synod|[Cc]ommittee|Board|[Cc]ouncil|[Ff]orum|Meeting|"
    r"Assembly|Court|Panel) voted "
    # ("Committee voted 6-2 to go with Bowmark Sports": the count of the vote before what won)
    r"(?:unanimously |\d{1,3}\s?[-–]\s?\d{1,3} |by \d{1,3} (?:votes )?to \d{1,3} )?"
    r"(?:to|that|in favour|for)\b)"
)
# How a vote went, between "resolved" and what was resolved: "resolved unanimously to",
# "resolved by a majority (3 for, 1 abstention) to", "resolved nem. con. that".
QUALIFIER = (
    r"(?:unanimously|by (?:a )?(?:clear |large )?majority(?:\s*\([^)]{0,60}\))?|"
    r"nem\.?\s*con\.?|without dissent|on a vote)"
)
# "Proposed Cllr Pearce, seconded Cllr Vane, resolved unanimously to …": the parish's
# formula, in lower case in mid-sentence.
RESOLVED_QUALIFIED_RE = re.compile(
    rf"(?:^|[,;.]\s+|\band\s+|\b[Ii]t was\s+)[Rr]esolved\s+{QUALIFIER}\s*[:,]?\s*(?:that|to)\b"
    r"|(?:[,;]\s+|\band\s+)resolved\s+(?:that|to)\b"
)
# "Following discussion it was RESOLVED that …": a decision in mid-sentence.
DECISION_INSIDE_RE = re.compile(
    r"\b[Ii]t was\s+(?:(?:therefore|unanimously|duly|then)\s+)?"
    r"(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)\b"
    r"(?:\s+(?:in principle\s+)?(?:that|to|unanimously)\b|\s*[:,])"
)
# "… seconded by Cllr Bond and RESOLVED that …": the capitals mark a decision anywhere.
# "… and RESOLVED (4 for, 1 against) that …", or "… garage. RESOLVED no objection.": a vote's
# count may stand between, and a sentence starting RESOLVED is a decision whatever follows.
RESOLVED_ANYWHERE_RE = re.compile(
    r"\b(?:RESOLVED|AGREED)\b(?:\s*\([^)]{0,60}\))?(?:\s+(?:that|to|unanimously)\b|\s*:"
    r"|\s+[–—-]\s+(?:[Tt]hat|to)\b)"  # "it was RESOLVED – That this Council:"
    r"|(?<=[.!?] )RESOLVED\s+[a-z]"
    # "(a) 26/00118/B – Extension, 4 Glen View. Resolved: no objection.": the label after
    # the application it decides
    r"|(?<=[.!?] )(?:Resolved|Agreed|Decided)\s*:\s*\S"
    # "Members were concerned about the access. Resolved to object on the grounds of …": the
    # council's resolution after what was said, in the same paragraph
    r"|(?<=[.!?] )Resolved (?:to|that)\s"
    # "New website host is cheaper. Agreed to switch in April.": after the reason, as typed
    # (and "… Decided to wait a year.")
    r"|(?<=[.!?] )(?:Agreed|Decided) (?:to|that)\s"
    # "The Board reviewed the risk register and APPROVED the addition of …"
    r"|\band\s+(?:APPROVED|AGREED|ADOPTED|ENDORSED|NOTED)\s+(?:the|a|an|that|to)\b"
)
# "The Committee reviewed the risks and agreed that the score of risk 5 remain at 16.": a
# decision after what the body did first, in one sentence.
REVIEWED_AND_DECIDED_RE = re.compile(
    # ("The board reviewed the risk register and agreed that …": the body in lower case too)
    r"^The (?:[A-Z][\w'’-]* ){0,3}?(?:[Bb]oard|[Cc]ommittee|Sub-Committee|Council|Panel|Cabinet|"
    r"Trust|Authority|[Gg]roup|[Gg]overnors|[Tt]rustees|[Dd]irectors)\s+(?:reviewed|considered|discussed|received|"
    r"examined|scrutinised)\b[^.!?]{0,200}?\band\s+(?:agreed|approved|resolved|endorsed|adopted)"
    r"\s+(?:that|to|the)\b"
)
# "Cabinet RESOLVED to:" above its numbered decisions: a lead-in kept with the first.
DECISION_LEAD_IN_RE = re.compile(
    r"^[A-Z][\w ,-]{0,60}\b(?:RESOLVED|AGREED|resolved|agreed|RECOMMENDED|DECIDED)\b"
    r"(?:\s+(?:that|to|as follows))?\s*:-?$"  # "The Committee agreed:-", as in Scotland
)
# "The Board:" above "a) noted …", "b) agreed …": the body named alone, its acts listed.
BODY_LEAD_IN_RE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:Board|Committee|Sub-Committee|Council|Cabinet|"
    r"Panel|Executive|Authority|Senate|Governors|Trustees|Members)\s*:-?$"
)
LISTED_ACT_RE = re.compile(
    r"^(?:\(?(?:[a-h]|[ivx]{1,5}|\d{1,2})[.)]\s+)?(?:noted|agreed|approved|resolved|endorsed|"
    r"decided|accepted|adopted|recommended|NOTED|AGREED|APPROVED|RESOLVED|ENDORSED)\b"
)
# "The meeting warmly agreed to receive them into membership": how gladly the body or the
# meeting assented, between it and its verb, changes nothing of what it decided.
ASSENT_ADVERB = r"(?:warmly|gladly|readily|happily|heartily|enthusiastically)"
# "The Board noted …", "The Committee agreed …": the body acting.
# "Senate approved …": a body that its minutes name without "The" (a university's Senate
# or Court, a church's Synod).
BODY_DECISION_RE = re.compile(
    # "The Council's Cabinet approved …": another body's decision, reported
    r"^(?!The\s+(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*['’]s\s)"
    # ("The steering group agreed …": the words before the body's own may be in lower case;
    # "The panel agreed the notes …": a panel's notes name it in lower case, as a group's do,
    # and so a partnership's, straight after "The": "The partnership approved the workplan
    # …"; "The community safety partnership approved its plan" is another partnership)
    # "The SACRE agreed …": a body named by its letters, straight after "The" (an officer's,
    # "The CEO", "The CLERK", is no body, nor "The Chair of the PTA approved …")
    rf"(?:The\s+(?!(?:{OFFICE_LETTERS}|SENCO|CLERK|CHAIR|MAYOR|VICAR|RECTOR)\b)"
    r"[A-Z]{3,6}(?=\s)|"
    # "The club agreed not to support …": a club's or society's own minutes name it in lower
    # case, straight after "The" ("The rugby club agreed …" is another club)
    r"The\s+(?:club|society|association)(?=\s)|"
    r"The\s+(?:(?:[A-Z][\w'’-]*|[a-z][\w-]*|and|of|&)\s+){0,4}?(?:[Bb]oard|[Cc]ommittee|Sub-Committee|Council|Cabinet|[Pp]anel|Executive|Forum|"
    r"Authority|Trust|Governors|Parish Council|Town Council|Assembly|[Gg]roup|Commission|"
    # "The council agreed the minutes.": a parish's pastoral council, or a youth council,
    # names itself in lower case straight after "The"; only where the minutes' title names
    # a council is it the meeting's own (`minutes.importing.others`); "The council decided
    # last year to …" is an earlier decision, reported, the local council's or its own
    r"Joint Committee|Partnership|(?<=The )partnership|"
    r"(?<=The )council(?!\s+\w+\s+(?:last|previously|earlier|in\s+(?:19|20)\d\d)\b)|PCC|LGB|FGB|Vestry|Society|Association|Club|Network|Alliance|"
    # "The Session approved the minute …": a Church of Scotland congregation's Kirk Session
    r"Federation|Corporation|Conference|Sub-?[Gg]roup|Meeting|Synod|Senate|Court|Assembly|"
    r"(?<=The )(?:Kirk )?Session)|Senate|Court|Synod)"
    r"(?:,\s+as\s+[^,]{1,40},)?"  # "The Board, as Duty Holder, endorsed …"
    rf"\s+(?:unanimously\s+|then\s+|therefore\s+|also\s+|formally\s+|duly\s+|{ASSENT_ADVERB}\s+)?"
    r"(?:noted|agreed|approved|resolved|endorsed|decided|recommended|accepted|adopted|ratified|"
    r"authori[sz]ed|granted|refused|deferred|determined|supported|appointed|elected|confirmed|"
    r"ratified|received and noted|re-adopted|instructed|declined|"
    # "… twice this year. The committee voted to move to …": its vote, after what led to it
    r"voted(?=\s+(?:to\s|for\s|in favour\b))|"
    # "The Committee RECOMMENDS to the Corporation that: …": a committee's recommendation to
    # the body above it, in the present tense as its minutes put it to that body
    r"RECOMMENDS|recommends(?=\s+(?:to\s+(?:the\s+)?[A-Z]|that\b))|"
    r"NOTED|AGREED|APPROVED|RESOLVED|ENDORSED|DECIDED|RECOMMENDED|ACCEPTED|ADOPTED|RATIFIED|"
    # "The Committee DECLINED the application …": a refusal is the body's decision
    r"AUTHORI[SZ]ED|GRANTED|REFUSED|DEFERRED|DETERMINED|SUPPORTED|DECLINED)\b"
    r"(?!\s+to meet\b)"  # "The group agreed to meet again in January": the next date only
)
# What a board's members take note of as the board: a paper ("Trustees noted the management
# accounts and the three-year budget forecast.", "Members noted the bank reconciliation and
# the budget monitoring report to 31 January 2026."); not "the action log", nor "that …".
# A letter the board received is such a paper ("The Trustees noted the safety report and the
# inspector's letter."); "… noted that the letter had been answered" is the discussion.
NOTED_PAPER = (
    # ("the receipts and payments account": a small charity's account, in the singular)
    r"(?:[\w'’-]+\s+){0,4}?(?:report|update|minutes|account|plan|position|register|statement|"
    r"review|strategy|summary|forecast|reconciliation|underspend|overspend|letter)s?"
)
# "… report to 31 January 2026", "… the forecast underspend of £6,940"; "…, signed by Cllr
# Wain,", "…, which showed the Council within budget": what the paper runs to, and a clause
# saying who signed it or what it showed.
PAPER_DATE = (
    r"(?:\s+(?:to|for|as at|of)\s+[\w/£]+(?:[ ,]+[\w/£]+){0,3}?"
    # "… the audited financial statements for the year ended 31 August 2026": the accounts'
    # period, to the day its year closed
    r"|\s+for\s+the\s+(?:financial\s+)?(?:year|period|quarter|half-year|month)\s+(?:ended|ending|to)"
    r"\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})?"
)
PAPER_CLAUSE = (
    r"(?:,\s+(?:which|signed|prepared|presented|showing|circulated)\b"
    r"(?:[^.,;!?]|[.,](?=\d)){1,150})?"
)
NOTED_PAPERS = (
    rf"the\s+{NOTED_PAPER}{PAPER_DATE}{PAPER_CLAUSE}"
    rf"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?{NOTED_PAPER}{PAPER_DATE}{PAPER_CLAUSE}){{0,3}}"
    # "Members noted the audit report and agreed to accept both recommendations.": one decision
    r"(?:\.?$|\s+and\s+(?:agreed|approved|resolved|endorsed|adopted)\b"
    # "Members noted the internal auditor's report and thanked Mr Swithengarth for his work.":
    # the noting, with the meeting's thanks to the paper's author closing the sentence
    r"|\s+and\s+thanked\s+[^.!?;]{2,120}\.?$)"
)
# "Members noted the inspection report, which found no high risks. Two medium risks …": the
# noting a sentence of its own opening the paragraph, what the paper said after it ("Cllr
# Ebbutt said the site had been busy. Members noted the report. Two medium risks …" is the
# discussion: in a paragraph's middle the noting closes it, as above)
NOTED_PAPERS_OPENING = NOTED_PAPERS[:-1] + r"|\.\s+(?=[A-Z]))"
# "Governors approved the policy", "Trustees agreed to …": the members of the body deciding
# together. "Members noted the report" (a paper, `NOTED_PAPERS`) is a decision too, the
# body's formal act; "Members noted the action log" or "… noted that …" is the discussion.
# In capitals the verb is the body's formal act, "noted" too: "Governors NOTED the report".
MEMBERS_DECISION_RE = re.compile(
    # ("Colleagues endorsed the change …": the staff at a department's meeting)
    # ("Deacons agreed …": a Baptist or free church's deacons, meeting as its leadership)
    r"^(?:(?:The\s+)?(?:Governors|Trustees|Directors|Members|Councillors|Conservators|Commissioners|"
    r"Deputy Lieutenants|Churchwardens|Elders|Deacons|Stewards|Feoffees|Colleagues)"
    # "The trustees approved the minutes …"; "The members approved …" at a company's or a
    # trust's meeting of its members; "The deacons agreed to hold a vision day …"
    r"|The\s+(?:governors|trustees|directors|members|deacons)"
    # "The trustee noted the receipts and payments account …": a council, or a company, that
    # is a charity's one trustee, deciding as its minutes name it
    r"|The\s+(?:[Ss]ole\s+)?[Tt]rustee)"
    r"\s+(?:unanimously\s+)?"
    r"(?:(?:approved|agreed|resolved|adopted|ratified|endorsed)\b(?!\s+(?:with|about|on|of)\b)"
    # "Trustees accepted the recommendations on all three offers." ("… accepted that …" is a view)
    # ("Members accepted the apologies." is no decision: apologies are received; nor is
    # "Members accepted the Clerk's explanation for the overspend.", what was said)
    r"|accepted\s+(?:the|all|both)\b(?!(?:\s+[\w'’-]+){0,3}?\s+(?:apolog\w*|explanations?|"
    r"assurances?|points?|reasons?|views?|arguments?|comments?|need)\b)"
    # "Governors noted the report": a board's members noting its report is its formal act
    r"|(?:(?<=Governors )|(?<=Trustees )|(?<=Directors )|(?<=Conservators )|(?<=Commissioners )"
    rf"|(?<=Members )|(?<=Lieutenants )|(?<=Churchwardens )|(?<=Deacons )"
    # ("The trustees noted the investment report and agreed …": after "The", in lower case)
    rf"|(?<=The governors )|(?<=The trustees )|(?<=The directors )|(?<=The members )"
    rf"|(?<=The deacons )"
    rf"|(?<=[Tt]he trustee )|(?<=[Tt]he Trustee )|(?<=sole trustee )|(?<=Sole Trustee ))"
    rf"noted\s+{NOTED_PAPERS_OPENING}"
    r"|(?:APPROVED|AGREED|RESOLVED|ADOPTED|RATIFIED|ENDORSED|NOTED)\b)"
)
MEMBERS_DECISION_AFTER_RE = re.compile(
    r"(?<=[.!?])\s+"
    + MEMBERS_DECISION_RE.pattern.lstrip("^").replace(NOTED_PAPERS_OPENING, NOTED_PAPERS)
)
# "Vote: 6 for, 1 against, so agreed to ask the school", "24 for, 5 against – carried": a
# vote that carries, in prose.
VOTE_CARRIED_RE = re.compile(
    r"\b\d{1,3}\s+for\b[^.!?]{0,60}?(?:\b(?:so|and so|and|therefore)\s+|[–—-]\s*)(?:it was\s+)?"
    r"(?:agreed|resolved|carried)\b",
    re.IGNORECASE,
)
# "Proposed Dave Kerr, seconded Sam Ali that the minutes be accepted. Carried unanimously.":
# a proposal the meeting carried ("Lost, 9 for" is none).
CARRIED_RE = re.compile(
    # ("It was carried forward to the next meeting" is no vote)
    r"(?:^|(?<=[.!?”\"])\s+)(?:Carried\b|(?:This|It) was (?:duly |unanimously )?carried\b)"
    r"(?!\s+(?:forward|over)\b)"
)
# "The recommendation was CARRIED", "the motion was carried": the body's vote carried it
# (an amendment carried only changes the motion, which is then voted on).
PASSED_RE = re.compile(
    # ("The committee's proposals were put to the meeting and carried": more than one)
    r"\b(?:[Mm]otions?|[Rr]ecommendations?|[Pp]roposals?|[Rr]esolutions?)"
    # 'The motion "That …" was put and carried', "a procedural motion to extend the meeting
    # by 20 minutes, proposed by the Chair, was carried"
    r"(?:\s+[“\"][^”\"]{1,300}[”\"]|\s+to\s[^.!?]{1,120}?)?\s+(?:was|were)\s+"
    # ("… was put to the Houses voting together and was carried": a synod's vote by its Houses)
    # (only there "and was": "… put to the vote and was CARRIED" below a motion's own (a)/(b)
    # resolutions is read with them)
    r"(?:put(?: to the (?:vote|meeting))? and\s+|put to the Houses(?: voting (?:together|separately))?"
    r" and\s+(?:was\s+)?)?(?:(?:duly|unanimously)\s+)?(?:CARRIED|[Cc]arried)\b"
    # ("The proposals were carried over to May": not voted on; "The resolutions were carried
    # out": done, not voted on)
    r"(?!\s+(?:forward|over|out)\b)"
)
# "It was proposed, seconded and agreed that …", "Proposed by A, seconded by B and
# unanimously agreed to …": a proposal and the meeting's agreement in one sentence.
# "Adoption of the accounts was proposed by A, seconded by B and carried unanimously.": an
# AGM's proposal, seconded and carried in one sentence ("… and carried forward" is no vote).
# ("An amendment was proposed by A, seconded by B and carried.": an amendment carried only
# changes the motion, and "A vote of thanks … was seconded and carried" is thanks; neither
# is a decision)
SECONDED_AND_AGREED_RE = re.compile(
    r"\bseconded\b[^.!?]{0,120}?\band\s+(?:(?:unanimously|duly)\s+)?"
    r"(?:agreed|resolved|AGREED|RESOLVED)\s+(?:that|to)\b"
    r"|(?:^|[.!?]\s+)(?:(?!(?i:amendment|vote of thanks)\b)[^.!?])*?\bseconded\b[^.!?]{0,120}?"
    r"\band\s+(?:(?:unanimously|duly)\s+)?(?:carried|CARRIED)\b(?!\s+(?:forward|over|out)\b)"
)
# "There being no other nominations, the meeting agreed to elect …": the meeting deciding.
# ("The AGM elected …", "At the mover's request, the AGM agreed to remit …": a general
# meeting of members, deciding)
MEETING_DECISION_RE = re.compile(
    r"(?:^|[.!?]\s+|,\s+)[Tt]he (?:meeting|AGM|EGM|(?:Annual |Extraordinary )?General Meeting)\s+"
    rf"(?:unanimously\s+|{ASSENT_ADVERB}\s+)?"
    r"(?:(?:agreed|resolved|approved|adopted|accepted|elected|appointed|voted (?:to|for|in favour)|"
    r"AGREED|RESOLVED|APPROVED)\b"
    # ("The meeting agreed with the Treasurer" is a view shared; "… agreed with acclamation",
    # as by acclamation, is the meeting's assent)
    r"(?!\s+(?:with(?!\s+acclamation\b)|about|on)\b)"
    # "The meeting noted the report.": a staff meeting's formal noting of a paper, as a board's
    # members' ("The meeting noted that the hall was damp." is what was said); with more
    # after its sentence only opening the paragraph, as theirs
    r"|noted\s+(?:(?<=^[Tt]he meeting noted )"
    rf"{NOTED_PAPERS_OPENING}|{NOTED_PAPERS}))"
)
# "Sam Okafor was declared elected as Branch Chair.": the result of the body's election.
# "Mrs Colbourne was the only nomination and was elected unopposed.": elected by the meeting,
# no other body named ("was elected unopposed to the District Council" is another's election).
# Only as the sentence of the meeting's nomination, or a paragraph of its own: "The
# by-election was held on 3 May. Cllr Bell was elected unopposed." is a report of another
# election, "… since 2019, when she was elected unopposed." of an earlier one.
ELECTED_UNOPPOSED = r"(?:was|were) (?:duly )?elected unopposed(?=\s*[.;]|$)"
DECLARED_ELECTED_RE = re.compile(
    r"\b(?:was|were) (?:duly )?declared (?:duly )?elected\b"
    r"|\b(?:only (?:nomination|nominee|candidate)|no other (?:nominations?|candidates?))\b"
    rf"[^.!?]{{0,80}}?\b{ELECTED_UNOPPOSED}"
    rf"|^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Revd|The Revd)\.? )?(?:[A-Z][\w'’-]+ ){{1,3}}"
    rf"{ELECTED_UNOPPOSED}\.?$"
)
# "Poppy was elected Chair unopposed.", "Zain was elected Vice-Chair after a secret ballot":
# the meeting electing one of its own officers ("was elected to the District Council" is
# another election, reported). After the office, only how or for how long, or the body named
# bare ("of the committee"): "Chair of the District Council's Planning Committee", "President
# of Wendlow Rotary Club in January" are elections elsewhere, reported.
ELECTED_OFFICER_RE = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){1,3}(?:was|were)\s+(?:duly\s+|unanimously\s+)?elected\s+(?:as\s+)?"
    r"(?:the\s+)?(?:(?:Vice|Deputy)[- ])?(?:Chair(?:man|person)?|President|Convenor|Convener|"
    r"Treasurer|Secretary|Leader)\b"
    r"(?:\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?i:meeting|committee|council|board|group|"
    r"forum|PCC|club|society|association|trust|branch)\b(?![’']))?"
    r"(?=\s*(?:[.;,(]|$)|\s+(?:unopposed|unanimously|by|after|following|with(?: immediate)? effect|"
    r"for\s+(?:the\s+)?(?:coming|ensuing|next|new)|for\s+20\d\d)\b)"
)
# "The following were elected unopposed: Chair – …; Treasurer – …": an AGM's election of its
# officers and committee, the list after the colon ("The following were elected to the
# District Council:" is another election, reported).
FOLLOWING_ELECTED_RE = re.compile(
    r"^The following (?:were|was) (?:duly )?(?:unanimously )?elected"
    r"(?: (?:unopposed|unanimously|en bloc|without a vote))?:\s+\S"
)
# "Everyone agreed to hold it again", "Everyone agreed the notes were right": all present,
# deciding; not "Everyone agreed it had been a lovely afternoon", a view of how things went.
EVERYONE_AGREED_RE = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:Everyone|Everybody)(?: present)?\s+(?:unanimously\s+)?agreed\s+"
    r"(?:to\s+[a-z]|(?:that\s+)?(?:the\s+(?:notes|minutes)\b[^.!?]{0,80}?\b(?:right|correct|"
    r"accurate|a true record)\b|[^.!?]{0,150}?\b(?:should|shall|will|must)\b))"
)
# "We accept the minutes …", "Transfer: We accept …": a Quaker meeting minutes its own
# decisions in the first person, as the meeting ("We record with sadness …" decides nothing).
WE_DECISION_RE = re.compile(
    r"(?:^|(?<=[.!?:])\s+)We\s+(?:accept|appoint|approve|release|agree|adopt|endorse|confirm|"
    r"authori[sz]e|nominate|decide|resolve)\b"
)
# "… (one vacancy; one candidate). Council elected Callum Reid …": a body named without
# "The", deciding after an earlier sentence of the paragraph. "… unless subscriptions were
# increased. Council noted the accounts.": its noting of a paper closing the paragraph, as
# its members' would (`NOTED_PAPERS`; "Council noted that costs had risen." is what was said).
BARE_BODY_DECISION_AFTER_RE = re.compile(
    r"(?<=[.!?)])\s+(?:Council|Cabinet|Senate|Synod)\s+(?:(?:approved|agreed|resolved|endorsed|"
    rf"adopted|decided|accepted|elected|appointed|ratified)\b|noted\s+{NOTED_PAPERS})"
)
# "The Combined Authority Board approved the levy at its December meeting": a body's
# decision at a meeting of its own, reported here.
AT_ITS_MEETING_RE = re.compile(r"\bat its (?:[\w-]+ ){0,3}meeting\b")
# The same after an earlier sentence of the paragraph: "… adverse. The Board noted it."
BODY_DECISION_AFTER_RE = re.compile(r"(?<=[.!?])\s+" + BODY_DECISION_RE.pattern.replace("^", "", 1))
# "On the recommendation of the Nominations Committee, the Council of Governors APPROVED:",
# "Audit Committee, 3 March: on the recommendation of the Committee, the Corporation
# appointed …": the body deciding on another's advice, named after a clause saying so (or
# named without "The", as a university's Court or Senate is: "…, Court appointed …").
ON_ADVICE_RE = re.compile(
    r"(?:^|[.!?:]\s+)(?:[Oo]n|[Ff]ollowing|[Aa]cting on|[Hh]aving considered)\s+(?:the\s+)?"
    r"(?:recommendation|advice|proposal|nomination)s?\b[^.!?;:]{0,120}?,\s+"
    r"(?=[Tt]he\s|(?:Court|Senate|Synod)\s)"
)
# "Mr Illingworth proposed that the badge stay at £45. Agreed.": a proposal, then its fate.
# "Subs for 2026 to stay the same (seniors £90, …) – agreed.": a proposal, and after a dash
# the meeting's word that it agreed it, as informal notes close it ("The hall was cold –
# agreed." is no proposal, and "– not agreed." no agreement).
DASH_AGREED_RE = re.compile(
    r"^(?=(?:[^.!?]|\.(?=\d))*?\b(?:to|be|should)\s+[a-z])(?:[^.!?]|\.(?=\d)){8,300}?"
    r"\s[–—-]\s+(?:[Aa]greed|AGREED|[Cc]arried|CARRIED)(?: unanimously| by all)?\.?$"
)
# "Proposed Jan, seconded Ray, that the juniors fish free. All in favour.": the proposal and
# the show of hands that carried it ("All in favour of the idea, but …" closes nothing).
PROPOSAL_AGREED_RE = re.compile(
    r"\b[Pp]ropos(?:ed|al)\b[^.!?]{0,200}[.!?]\s+"
    r"(?:Agreed|AGREED|Carried|CARRIED|All in favour|ALL IN FAVOUR)\.?$"
)
# "Decision: None.", "Outcome: n/a": a label under each item saying nothing was decided;
# "Decision: see item 5.", "Outcome: As above.": the decision is another item's, pointed to.
NO_DECISION_RE = re.compile(
    r"^(?:(?:Board|Committee|Council|Cabinet|Panel|Trustees['’]?|Governors['’]?|Directors['’]?)\s+)?"
    r"(?:Decisions?|Resolutions?|Outcomes?)\s*[:–—-]\s*(?:none|nil|n/?a|not applicable|"
    r"no decisions?(?: (?:taken|made|required|needed))?|as above|"
    r"see (?:above|below|(?:agenda )?(?:item|minute|paragraph) [\w./]+(?: (?:above|below))?))\.?$",
    re.IGNORECASE,
)


# A resolution in capitals, as it stands after the vote that carried it.
RESOLVED_LINE_RE = re.compile(r"^(?:RESOLVED|Resolved|AGREED|RECOMMENDED)\b")


def is_vote_alone(text: str) -> bool:
    """'On being put to the vote the motion was carried (7 for, 2 against).': a vote that
    carried a motion, saying nothing of what was decided."""
    return (
        len(text.split()) <= 25
        and bool(PASSED_RE.search(text) or CARRIED_RE.search(text) or VOTE_CARRIED_RE.search(text))
        and not re.search(r"\bthat\b|RESOLVED|AGREED", text)
    )


def is_decision_marker(text: str) -> bool:
    return bool(DECISION_MARKER_RE.match(text))


# Words one of which every match of a dear pattern holds, as the pattern spells them: a
# paragraph that holds none is not searched with it (`_holds`).
RESOLVED_ANYWHERE_WORDS = (
    *("RESOLVED", "AGREED", "APPROVED", "ADOPTED", "ENDORSED", "NOTED"),
    *("Resolved", "Agreed", "Decided"),
)
MEETING_WORDS = ("he meeting", "he AGM", "he EGM", "General Meeting")  # after "[Tt]he "
BARE_BODY_WORDS = ("Council", "Cabinet", "Senate", "Synod")
ADVICE_WORDS = ("recommendation", "advice", "proposal", "nomination")


def _holds(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


# "Ken Albury declared an interest …; the Board agreed he could stay for the discussion but
# not vote.": the body's agreement closing a sentence, after a semicolon ("…; the Board
# agreed with him that …" is a view shared; "…; the bus company's board agreed …" is another's).
SEMICOLON_BODY_DECISION_RE = re.compile(
    r";\s+the\s+(?:Board|Committee|Trustees|Governors|Panel|Council|meeting)\s+"
    r"(?:unanimously\s+)?(?:agreed|resolved|approved|decided)\b(?!\s+(?:with|about|on)\b)"
)


# "The minutes of 14 September were read. Agreed as a true record and signed.": the meeting's
# word on its minutes after a sentence of the paragraph ("… were agreed as a true record by its
# board" is another body's, in a sentence of its own). "Accepted" and "Confirmed" only of a
# record, as opening a paragraph ("The balance is £412. Confirmed as correct." is a report),
# and not by someone named in lower case or "its" straight after ("Approved as correct by the
# auditor."; "… by the committee", "… by the chairman" and "… and signed by the secretary"
# are the meeting's).
RECORD_AGREED_AFTER_RE = re.compile(
    r"(?<=[.!?])\s+(?:(?:Agreed|Approved) as (?:an? )?(?:true|correct|accurate)\b|"
    r"(?:Accepted|Confirmed) as (?:an? )?(?:true|correct|accurate) record\b)"
    r"(?!(?: record)? by (?:(?:its|their)\b|the (?!(?:meeting|members|committee|chair\w*)\b)[a-z]))"
)
# "Minutes agreed. The new bibs have arrived.": the minutes of the last meeting agreed, in
# notes' short form, opening a paragraph.
MINUTES_AGREED_RE = re.compile(
    # ("Minutes of 6 October agreed.", "Minutes of the meeting on 3 May 2026 approved.")
    r"^(?:The\s+)?(?:[Mm]inutes|[Nn]otes)(?: of (?:the )?(?:last|previous) meeting"
    r"| of (?:the meeting (?:held )?on )?\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+(?: \d{4})?)?\s+"
    r"(?:agreed|approved|accepted|signed)(?: as (?:an? )?(?:true|correct|accurate) record)?"
    r"(?: and signed)?\.(?:\s|$)"
)
# "Village Hall Committee report", "Youth club update": an item reporting another body's
# meeting, under which "Minutes agreed." are that body's minutes agreed, not this meeting's.
BODY_REPORT_TITLE_RE = re.compile(
    r"^(?=.*\b(?:reports?|updates?|news)\b).*\b(?:(?:sub-)?committee|club|group|association|"
    r"society|forum|council|trust|league|section|panel)s?\b",
    re.IGNORECASE,
)


# "(b) The Council …": a part of a minute lettered in brackets, its sentence a body's.
# ("a) Trustees APPROVED the minutes …", "d) The Board noted …": the letter with its closing
# bracket alone, as a trust's or a school's minutes letter each item's paragraphs, and the
# sentence the body's by its name or its members')
LETTERED_BODY_RE = re.compile(
    r"\(?(?:[a-h]|i{1,3}|iv|v|vi{1,3})\)\s+(?=(?:The (?:Council|Committee|Board)|"
    r"Trustees|Governors|Directors)\b)"
)


@remembered  # asked of one paragraph by the body, its split and the preview's checks
def is_decision(text: str) -> bool:
    """Whether a paragraph, on its own, records a decision.

    A pattern that costs more than a look for its words is tried only on a paragraph
    holding a word that each of its matches holds ("t was" for "It was RESOLVED", "esolved"
    for "resolved unanimously to", "arried" or "CARRIED" for "the motion was carried").
    """
    if len(text) <= 40 and NO_DECISION_RE.match(text):
        return False
    if (
        (text[:1] == "(" or text[1:2] == ")" or text[2:3] == ")" or text[3:4] == ")")
        and (label := LETTERED_BODY_RE.match(text))
        and is_decision(text[label.end() :])
    ):
        # "(b) The Council noted the budget monitoring report.": a lettered part of a minute
        # whose sentence, with its body as the subject, decides as it would without its letter.
        # Otherwise the usual tests go on: "(a) The Committee considered the report and it was
        # RESOLVED to …" is a decision, as it was before this rule.
        return True
    return bool(
        DECISION_START_RE.match(text)
        or ("t was" in text and DECISION_INSIDE_RE.search(text))
        or (_holds(text, RESOLVED_ANYWHERE_WORDS) and RESOLVED_ANYWHERE_RE.search(text))
        or (
            (BODY_DECISION_RE.match(text) or BODY_DECISION_AFTER_RE.search(text))
            and not (
                "at its " in text
                and AT_ITS_MEETING_RE.search(text)
                and not for_a_meeting_to_come(text)
            )
        )
        or MEMBERS_DECISION_RE.match(text)
        or MEMBERS_DECISION_AFTER_RE.search(text)
        or ("; the " in text and SEMICOLON_BODY_DECISION_RE.search(text))
        or (" as " in text and RECORD_AGREED_AFTER_RE.search(text))
        or MINUTES_AGREED_RE.match(text)
        or ("esolved" in text and RESOLVED_QUALIFIED_RE.search(text))
        or VOTE_CARRIED_RE.search(text)
        or (("Carried" in text or "carried" in text) and CARRIED_RE.search(text))
        or (("arried" in text or "CARRIED" in text) and PASSED_RE.search(text))
        or ("seconded" in text and SECONDED_AND_AGREED_RE.search(text))
        or (_holds(text, MEETING_WORDS) and MEETING_DECISION_RE.search(text))
        or (("declared" in text or "unopposed" in text) and DECLARED_ELECTED_RE.search(text))
        or ("elected" in text and ELECTED_OFFICER_RE.match(text))
        or (text.startswith("The following") and FOLLOWING_ELECTED_RE.match(text))
        or ("Every" in text and EVERYONE_AGREED_RE.search(text))
        or ("We " in text and WE_DECISION_RE.search(text))
        or (_holds(text, BARE_BODY_WORDS) and BARE_BODY_DECISION_AFTER_RE.search(text))
        or ("ropos" in text and PROPOSAL_AGREED_RE.search(text))
        or (
            ("agreed" in text[-30:].lower() or "carried" in text[-30:].lower())
            and DASH_AGREED_RE.match(text)
        )
        or REVIEWED_AND_DECIDED_RE.match(text)
        or _decided_on_advice(text)
        or _decided_after_amendment(text)
        or _decided_after_discussion(text)
    )


# "The draft said 12 members attended; it was 14. With that change the steering group approved
# the minutes …": the body deciding after a clause naming the change it made first.
AMENDED_THEN_RE = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:With|Subject to|After) (?:that|this|these|those|the) "
    r"(?:change|amendment|correction|addition)s?,?\s+(?=the\s)"
)
AMENDED_WORDS = ("change", "amendment", "correction", "addition")


# "After discussion, in his absence, the committee agreed to offer …", "After some discussion
# the trustees agreed to replace the boiler now.": the body deciding once it had talked.
AFTER_DISCUSSION_RE = re.compile(
    r"(?:^|(?<=[.!?])\s+)After (?:some |further |a short |a full |full |much |lengthy |brief )?"
    r"discussion,?(?: in (?:his|her|their) absence,)?\s+(?=the\s)"
)


def _decided_after_discussion(text: str) -> bool:
    """'… After discussion the trustees agreed to replace the boiler.': the body's decision,
    as without the clause ("… the landlord's agents agreed …" is another's)."""
    return _body_decides_after(text, ("discussion",), AFTER_DISCUSSION_RE)


def _decided_after_amendment(text: str) -> bool:
    """'… With that change the steering group approved the minutes.': the body's decision, as
    it would be without the clause before it ("… the council's cabinet approved …" is
    another body's)."""
    return _body_decides_after(text, AMENDED_WORDS, AMENDED_THEN_RE)


def _decided_on_advice(text: str) -> bool:
    """'On the recommendation of the Nominations Committee, the Council of Governors
    APPROVED …': the body deciding on another's advice."""
    return _body_decides_after(text, ADVICE_WORDS, ON_ADVICE_RE)


def _body_decides_after(text: str, words: tuple[str, ...], clause: re.Pattern) -> bool:
    """Whether the body decides straight after a clause (`clause`, a pattern tried only on a
    paragraph holding one of `words`), as it would opening the sentence."""
    if not _holds(text, words):
        return False
    match = clause.search(text)
    if match is None:
        return False
    rest = text[match.end() :]
    rest = rest[:1].upper() + rest[1:]
    # ("With that change the meeting agreed the notes …": a meeting of residents, the
    # meeting itself the body, decides after the clause as the body does)
    decides = BODY_DECISION_RE.match(rest) or MEMBERS_DECISION_RE.match(rest)
    if not decides and rest.startswith("The meeting "):
        decides = MEETING_DECISION_RE.match(rest)
    return bool(decides) and not AT_ITS_MEETING_RE.search(rest)


# "Resolved: that the Committee" above "(a) notes …", "(b) requests …": a resolution whose
# words stop short, with no full stop, and go on in the list below.
OPEN_DECISION_RE = re.compile(
    r"^(?:RESOLVED|Resolved|AGREED|RECOMMENDED(?:\s+to\s+(?:the\s+)?[A-Z][\w ]{0,40}?)?)"
    r"\s*[:–—-]?\s*(?:that|That|THAT)\b"
    r"(?:[^.;!?]{0,60}[A-Za-z])?$"
)


def is_open_decision(text: str) -> bool:
    return bool(OPEN_DECISION_RE.match(text))


def is_decision_lead_in(text: str) -> bool:
    # (the pattern ends in a colon, perhaps a dash, at the text's end or before its last
    # line break: one of the last three characters)
    return ":" in text[-3:] and bool(DECISION_LEAD_IN_RE.match(text)) and len(text.split()) <= 10


def is_body_lead_in(text: str, following: str) -> bool:
    """'The Board:' above a list whose first entry is an act: 'a) noted the return;'."""
    return bool(BODY_LEAD_IN_RE.match(text)) and bool(LISTED_ACT_RE.match(following))
