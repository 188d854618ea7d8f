"""Recognising actions: "Action:" lines, "(Action: MP)" tails, owners, dates and statuses.

`ParsedAction` is an action as read. "Action: Complete" is a status, not an action, and
"Action: None." under an item says no one was given a task.
"ACTION (HT): …" names its owner in brackets, and a list of actions written name first
("Pam – chase the council") gives each its owner. An instruction with its owner in brackets
at the end ("Upload the policies to the website (Clerk)") is an action, as governors write
them. A due date is read as minutes write it ("31/03/2025", "2025-03-31", "31 March 2025").
An action log's headings, header rows and rows are read in `minutes.importing.action_logs`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from minutes.importing.honorary import ABBREVIATION_STOP, OFFICE_PREFIX, SHORT_OFFICE
from minutes.importing.roles import BODY_LETTERS, OFFICE_NOUNS
from minutes.importing.undertakings import ADDRESS, DOING

# "Action: Head of Planning to circulate..." anywhere in the minute is an action; so is
# "ACTION (HT): include attendance …", its owner in brackets after the label.
INLINE_ACTION_RE = re.compile(
    r"^(?:actions?(?:\s+by)?|responsibility|responsible|owner)\s*(?:point)?\s*(?:\((?P<owner>[^()]{1,40})\))?"
    # "ACTION 26/01: RFCC Secretary to write …": the action's own reference after the label
    r"(?:\s*(?P<ref>(?:[A-Z]{1,4}\s?)?\d{1,4}(?:[/.-]\d{1,4}){0,2}))?"
    r"\s*[:–—-]\s*(?P<text>.+)$",
    re.IGNORECASE,
)
# "… to report back in March. (Action: MP)" or "… ACTION – Clerk": the owner at the end.
TRAILING_ACTION_RE = re.compile(
    r"^(?P<text>.{8,}?)\s*[([]?\s*\b(?:ACTIONS?|[Aa]ctions?|Responsib(?:le|ility)|Owner)\s*(?:BY|by)?\s*[:–—-]\s*"
    r"(?P<owner>[A-Z][\w .,&/'’()-]{0,60}?)\s*[)\]]?\.?"
    r"(?:\s+Due\s*:\s*[^.]{1,30}\.?)?$"  # "Owner: Head of Partnerships   Due: 31 July 2026"
)
STATUS_WORDS = (
    r"(?:complete|completed|closed|done|ongoing|open|in progress|outstanding|"
    r"superseded|on hold|not started|carried forward|deferred|overdue|new|pending|in hand|"
    r"not yet due|rag: \w+)"
)
STATUS_RE = re.compile(rf"^(?:status\s*[:–—-]\s*.*|{STATUS_WORDS}\.?)$", re.IGNORECASE)
ACTION_STATUS_RE = re.compile(rf"^actions?\s*[:–—-]\s*{STATUS_WORDS}\.?$", re.IGNORECASE)
# "Action: None.", "Actions: n/a": a label under each item saying no one was given a task.
NO_ACTION_RE = re.compile(
    r"^actions?\s*[:–—-]\s*(?:none|nil|n/?a|not applicable|"
    r"no actions?(?: (?:arising|required|needed|agreed))?)\.?$",
    re.IGNORECASE,
)
INITIALS_RE = re.compile(r"^[A-Z]{1,4}(?:\s*(?:[/,&]|and)\s*[A-Z]{1,4})*$")
# "ACTION: Events Officer": only who, with no "to" saying what.
OWNER_ONLY_RE = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for|&|/)){0,4}(?:\s\([^()]{1,40}\))?$"
)  # ("Head of HR (for the Scheme Manager)" too)
OWNER_RE = re.compile(rf"^(?P<owner>[A-Z](?:[\w’' ,&/()-]|{ABBREVIATION_STOP}){{0,60}}?)\s+to\s+\S")
MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
DATE_PATTERNS = [
    re.compile(r"^(?:due\s*[:–-]?\s*)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{2,4})$", re.I),
    re.compile(r"^(?:due\s*[:–-]?\s*)?(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$", re.I),
    re.compile(
        r"^(?:due\s*[:–-]?\s*|by\s+)?(?:\w+day\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+"
        r"(?P<month>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})$",
        re.I,
    ),
]
DUE_IN_TEXT_RE = re.compile(
    r"\bby\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
)


@dataclass
class ParsedAction:
    description: str
    owner_label: str = ""
    due_date: datetime.date | None = None
    reference: str = ""
    status: str = ""
    due_text: str = ""  # the due date as written, kept for the record when not parsed
    row: str = ""  # a log's row as written: each of its cells is in one of the fields above
    item: str = ""  # the item a log's "Item" column names, as written ("2", "25/64")

    def held_text(self) -> str:
        parts = [self.reference, self.description, self.status, self.due_text, self.owner_label]
        parts.append(self.row)
        return " ".join(parts)


# Where a form of address or a service starts the owner: the paragraph's start, or after
# "The", "the", "and" or "&" ("Red Lion Hotel to provide …", "Hilltop Tree Services to carry
# out …": an inn's or a firm's name, another word in capitals before it).
OWNER_START = r"(?:^|(?<=The )|(?<=the )|(?<=and )|(?<=& ))"
# "Emergency Services to attend …", "Bus Services to run …": no council's team
NOT_A_TEAM = r"(?!(?:Emergency|Bus|Train|Rail|Coach|Ferry|Postal|Church) Services\b)"
# Who can be told to do something: "Clerk to …", "Cllr Osei to …", "Committee to …".
OWNER_WORDS = (
    rf"(?:{OFFICE_NOUNS}|RFO|Sec|{SHORT_OFFICE}|Chair|Chairman|Vice-Chair|Officers|Director|Churchwardens?|Rector|Vicar|"
    # ("The Head of Democratic Services will write to …" is an undertaking, its owner the Head)
    r"Head of [A-Z](?:(?! will )[\w ]){0,30}?|Committee|Council|Board|Team|"
    # ("Governors to note the dates of the open days", as "All members to note …" below, asks
    # only that they know it: no task; "Trustees to note and sign the declarations" or "… the
    # dates and confirm attendance" still asks them to do something)
    rf"(?:Members|Trustees|Governors)(?! to note\b(?![^.;]*\band (?:{DOING})\b(?! of\b)))|"
    # "All PCC members to complete the course …": every member, each to do it
    # ("All coaches to complete the refresher …": a club's coaches, or its team managers;
    # "All helpers to be thanked …" is a task for no one of them)
    # ("All members to note the date of the AGM" asks only that they know it: no task)
    r"All (?:[A-Z]{2,5} )?(?:(?:members|trustees|governors|directors|councillors|staff|volunteers)"
    r"(?! to note\b)|"
    r"(?:coaches|team managers|leaders|helpers|stewards)(?! to be [a-z]+(?:ed|en|t)\b))|"
    # "The Chair of Trustees to propose …", "Chair of Governors to sign …": the chair of a
    # body named in capitals
    r"Chair(?:man|person)? of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}|"
    # "The Director of Highways to provide …": a director of a service named in capitals
    r"Director of [A-Z][\w&'’]*(?: (?:and |& )?[A-Z][\w&'’]*){0,3}|"
    r"(?:Cllr|Cyng\.?) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|Councillor [A-Z][\w'’-]+|"
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z][\w'’-]+|"  # "Ms Abbott to arrange the collection …"
    # "Lion Rosa Ingamire to arrange …", "Revd Tom Aylesbury to convene …": a member's form of
    # address in a club's or a church's minutes, then the name, given a verb of doing ("Lion
    # King to be shown …", "Rev Counter to be fitted …" are no one)
    rf"{OWNER_START}{ADDRESS} (?:Canon |Dr )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?= to {DOING}\b)|"
    # "The Bursar and the Head to review …": a school's head; "Area Dean", "Rural Dean"
    # ("Head to head talks …" is no one: only before a verb of doing)
    rf"Head(?:teacher)?(?= to {DOING}\b)|(?:Area|Rural) Dean|Archdeacon|"
    # "Bandmaster to arrange the extra sectionals …": a band's leader ("Lightning Conductor to
    # be checked", "New Bandmaster to start in September" are no one: only before a verb of
    # doing)
    rf"(?:Bandmaster|Conductor)(?= to {DOING}\b)|"
    # "Lead Governor to raise the idea at the next Council of Governors meeting": an NHS
    # foundation trust's office, one governor, given a verb of doing ("A new Lead Governor to
    # be elected …" is no one's task, nor "Governor to raise …", which governor unsaid)
    rf"Lead Governor(?= to {DOING}\b)|"
    # "Democratic Services to publish …": a council's service, as a team, given a verb of doing
    # (one word names it: "Hilltop Tree Services to carry out …" is a firm)
    rf"{OWNER_START}{NOT_A_TEAM}[A-Z][\w'’-]* Services(?= to {DOING}\b)|"
    # "TH / SQ to book the hall", "RPa to book the church hall" (a letter more, told apart)
    # (not "LEDs to be fitted", "MPs to lobby": a plural's "s"; not "ICB to consult …", a
    # body's letters, minutes.importing.roles)
    rf"(?!{BODY_LETTERS}\b)[A-Z]{{2,4}}[a-rt-z]?(?:\s*(?:/|&|and)\s*[A-Z]{{2,4}}[a-rt-z]?)*)"
)
# "Chair and BID Manager to meet …": two owners, "and" between them.
# ("Hon. Secretary to order the pads.": a club's honorary officer, "Hon." before the office;
# "Asst. Clerk to order …", an assistant, minutes.importing.honorary)
# ("Markets and Events Officer to order …", "Parks & Open Spaces Officer": an office named by
# two things it looks after, "and" between them; the second thing named before the office:
# "Noted and Clerk to write …" is no office, and no owner)
ONE_OWNER = (
    rf"(?:{OFFICE_PREFIX}\s+)?(?:[A-Z][\w'’-]*\s+(?:and|&)\s+(?=(?:[A-Z][\w'’-]*\s+){{1,2}}?{OFFICE_NOUNS}\b))?"
    rf"(?:[A-Z][\w'’-]*\s+){{0,3}}?{OWNER_WORDS}(?:\s\([A-Z][^()]{{0,40}}\))?"
)
OWNER_LED_RE = re.compile(
    rf"^(?:The\s+)?{ONE_OWNER}(?:\s+(?:and|&)\s+(?:the\s+)?{ONE_OWNER})?"
    r"\s+to\s+[a-z]+\b(?:[^.!?]|(?<=\b[A-Z])\.)*[.!?]?$"  # ("… with D. MacInnes & Son …")
)


# "[Cllr Smith left the meeting]", "[Agreed]": the meeting's comings and goings, or what it
# made of the line, noted in square brackets; no owner's role.
NOT_A_ROLE = (
    r"(?![^\]]*\b(?:left|joined|arrived|returned|rejoined|withdrew|entered|departed|declared)\b)"
    r"(?!(?i:(?:agreed|approved|noted|carried|resolved|unanimous(?:ly)?|decisions?|actions?)\.?\]))"
)
# "Share the data with the standards committee (HT)": what is to be done, its owner in
# brackets at the end, as governors' minutes write their actions.
BRACKETED_OWNER_RE = re.compile(
    r"^(?P<text>.{8,300}?)\s*\((?P<owner>[A-Z][\w'’&/ .-]{0,40}?)\)\.?$"
    # "Prepare a reserves policy for June. [Treasurer]": the owner's role in square brackets
    rf"|^(?P<before>.{{8,300}}?)\s*\[{NOT_A_ROLE}(?P<role>[A-Z][A-Za-z'’&/ .-]{{0,40}}?)\]\.?$"
    # "Ring Hinton Marquees about a second tent - GF": initials after a dash, the same
    r"|^(?P<task>.{8,300}?)\s+[-–—]\s+(?P<initials>[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*)$"
)
# The verbs an action written as an instruction starts with.
IMPERATIVE_RE = re.compile(
    r"^(?:Add|Agree|Amend|Apply|Arrange|Ask|Book|Brief|Buy|Call|Chase|Check|Circulate|Collate|"
    r"Get|Hire|Phone|Ring|"
    r"Complete|Confirm|Contact|Cost|Create|Draft|Email|Ensure|Explore|Feed back|Find|"
    r"Follow up|Forward|Identify|Inform|Investigate|Invite|Liaise|Look into|Monitor|"
    r"Notify|Obtain|Order|Organise|Organize|Prepare|Produce|Provide|Publish|Raise|Record|"
    r"Renew|Report|Request|Research|Review|Revise|Schedule|Seek|Send|Set up|Share|Speak|"
    r"Submit|Update|Upload|Write)\b"
)


# "Rota reports to be sent to the Governor's office … (LB)": a task in the passive, its
# owner named after it.
PASSIVE_TASK_RE = re.compile(r"^[A-Z][\w'’ -]{2,60}?\s+to be\s+[a-z]+(?:ed|en|t)\b")


# "[Paper B]", "(Appendix C)", "[see above]": a reference in brackets, no one's name; nor is
# a paper's marking, "[Confidential]", "[Exempt]", nor the meeting's word on the line,
# "Clerk to get three quotes (Agreed).".
NOT_AN_OWNER_RE = re.compile(
    r"^(?:Paper|Appendix|Annex|Annexe|Item|Minute|See|Page|Confidential|Exempt|Restricted|"
    r"Private|Draft|Redacted|Part [12I]|Not for publication|"
    r"(?:Agreed|Approved|Noted|Carried|Resolved|Unanimous(?:ly)?)(?:\s+(?:unanimously|by all))?$)\b",
    re.I,
)


def bracketed_owner(text: str) -> tuple[str, str] | None:
    """'Upload the policies to the website (Clerk)' → (the action, 'Clerk'); else None.

    Only an instruction ("Upload …") or "X to …" is an action so: "The report was presented
    by Mrs Odell (Chair)" names a role, not an owner.
    """
    if not (text.endswith((")", ").", "]", "].")) or text[-1:].isupper()) or len(text) > 300:
        return None
    match = BRACKETED_OWNER_RE.match(text)
    if not match:
        return None
    owner = match.group("owner") or match.group("initials") or match.group("role")
    if is_status(owner) or NOT_AN_OWNER_RE.match(owner):
        return None
    description = (match.group("text") or match.group("task") or match.group("before")).strip()
    if not (
        IMPERATIVE_RE.match(description)
        or is_owner_led(description)
        or PASSIVE_TASK_RE.match(description)
    ):
        return None
    return description, owner.strip()


def is_owner_led(text: str) -> bool:
    """One sentence saying who is to do what: 'Committee to cost the ideas.'"""
    return len(text) <= 300 and bool(OWNER_LED_RE.match(text))


# "Pam – chase the council about the bench": a list of actions written name first.
# "Marcus Tredinnick-Hale – update the price list", "Olwen Praed and Dafydd Crowan – draft the
# advert": people in full, a double-barrelled surname, or two or three people joined.
PERSON_IN_FULL = r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?(?: [A-Z][\w'’]*(?:-[A-Z][\w'’]*)?){0,2}"
NAME_FIRST_RE = re.compile(
    r"^(?P<owner>[A-Z][\w'’&/ ]{0,30}?"
    rf"|{PERSON_IN_FULL}(?:(?:, | and | & ){PERSON_IN_FULL}){{0,2}})\s*[–—:-]\s+[a-z]"
)


def name_first_owner(text: str) -> str:
    """'Pam – chase the council' → 'Pam'; 'All – deliver the newsletter' → 'All'; else ""."""
    match = NAME_FIRST_RE.match(text)
    return match.group("owner").strip() if match else ""


# "Jobs for the day:", "Tasks agreed:" above a job a line, "Lisa - entry forms …".
JOBS_LEAD_IN_RE = re.compile(
    r"^(?:jobs|tasks|duties)(?: (?:for|on|at|agreed)\b[^:]{0,40})?\s*:$", re.IGNORECASE
)


def is_jobs_lead_in(text: str, following: str) -> bool:
    """'Jobs for the day:' above 'Lisa - entry forms, fixtures list and the website'."""
    if not text.endswith(":") or len(text) > 60:
        return False  # cheap: most paragraphs are no lead-in
    return bool(JOBS_LEAD_IN_RE.match(text)) and bool(name_first_owner(following))


# "Owner: Head of Partnerships   Due: 31 July 2026", "Action by: DoG   Date: 15 January
# 2027": the date an owner line gives its task, after its own label.
OWNER_DUE_RE = re.compile(r"\s+(?:Due(?:\s+date)?|Date|Deadline|Target\s+date|By\s+when)\s*:\s*")


def owner_and_due(text: str) -> tuple[str, str]:
    """'DoG   Date: 15 January 2027' → ('DoG', '15 January 2027'): who an owner line names and
    the due date it gives, if any ("" when none)."""
    parts = OWNER_DUE_RE.split(text, maxsplit=1)
    named = parts[0].strip().rstrip(".")
    return named, parts[1].strip() if len(parts) > 1 else ""


def owner_label_of(text: str) -> str:
    """'Officers to follow up...' → 'Officers'; 'Miles - to write …' → 'Miles' (the dash
    between the owner and the task is neither's)."""
    match = OWNER_RE.match(text)
    return match.group("owner").strip().rstrip("–—-").rstrip() if match else ""


def parse_date(text: str) -> datetime.date | None:
    """A due date as minutes write it: 31/03/2025, 2025-03-31, 31 March 2025; else None."""
    text = text.strip().rstrip(".")
    for pattern in DATE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        parts = match.groupdict()
        month = MONTHS.get(parts["month"].lower()) if parts.get("month") else int(parts["m"])
        year = int(parts["y"])
        year = year + 2000 if year < 100 else year
        try:
            return datetime.date(year, month or 0, int(parts["d"]))
        except (TypeError, ValueError):
            return None
    return None


def due_date_in(text: str) -> datetime.date | None:
    match = DUE_IN_TEXT_RE.search(text)
    return parse_date(match.group("date")) if match else None


def is_status(text: str) -> bool:
    return bool(STATUS_RE.match(text) or ACTION_STATUS_RE.match(text))


# "… beds. Action: WL to circulate the modelling.": an action after the minute's sentences.
EMBEDDED_ACTION_RE = re.compile(
    r"(?<=[.!?])\s+(?=(?:ACTION|Action|Actions)\s*(?:\([^()]{1,40}\)\s*)?[:–—-]\s*\S)"
)


def split_embedded_action(text: str) -> tuple[str, str]:
    """'Report. Action: WL to circulate it.' → ('Report.', 'Action: WL to circulate it.')."""
    if "Action" not in text and "ACTION" not in text:
        return "", text  # each label the pattern looks for holds one of the two
    match = EMBEDDED_ACTION_RE.search(text)
    if not match:
        return "", text
    return text[: match.start()], text[match.end() :]


# "ACTION Imogen to arrange the trial …": the label in capitals, set apart in bold on a page,
# with no colon after it, before who is to do what (a verb of doing after "to"); "ACTION Plan
# to run until March" names a plan, no one, nor "ACTION Deadline to submit the bid is 1 May" nor
# "ACTION Ongoing to review in May" (the task's date or state).
BARE_LABEL_RE = re.compile(
    r"^ACTIONS?\s+(?!(?:Plan|Points?|Log|Tracker|List|Sheet|Taken|Required|Needed|Deadline|Due|"
    r"Date|Ongoing|Open|Closed|Complete|Completed|Done|Status|Update|Progress|Outcome|Note)\b)"
    rf"(?P<text>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|&)){{0,4}}\s+to\s+"
    rf"{DOING}\b.*)$"
)


def inline_action(text: str) -> ParsedAction | None:
    """'Action: Clerk to write to the parish.' → that action; 'Action: Complete' → None."""
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1]  # "(Action: Clerk)" on a line of its own
    if ACTION_STATUS_RE.match(text):
        return None
    bare = BARE_LABEL_RE.match(text)
    if bare:
        description = bare.group("text").strip()
        return ParsedAction(description, owner_label_of(description), due_date_in(description))
    match = INLINE_ACTION_RE.match(text)
    if not match:
        return None
    description = match.group("text").strip()
    owner = (
        (match.group("owner") or "").strip()
        or label_owner_at_end(description)
        or (not IMPERATIVE_RE.match(description) and owner_label_of(description))
        or initials_first_owner(description)
    )
    return ParsedAction(
        description,
        owner,
        due_date_in(description) or dash_due_date(description),
        reference=match.group("ref") or "",
        row=text if match.group("ref") else "",  # "Action 4 – …", as written
    )


def label_owner_at_end(description: str) -> str:
    """'Invite the Chief Pharmacist to the April meeting (HoPE).' after an "ACTION:" label →
    'HoPE': an instruction, its owner in brackets at the end, as a hospital's or a school's
    minutes write their actions; else "". (The instruction's own first words, "Invite the
    Chief Pharmacist", name whom it is about, never its owner.)"""
    if not IMPERATIVE_RE.match(description):
        return ""
    bracketed = bracketed_owner(description)
    return bracketed[1] if bracketed else ""


# "ACTION – NS – circulate the draft – 6 February 2026" (or "ACTION - MC: circulate …"): the
# owner's initials first, then the task, then when it is due, each after a dash.
INITIALS_FIRST_RE = re.compile(
    r"^(?P<owner>[A-Z]{1,4}(?:\s*[/&,]\s*[A-Z]{1,4})*)(?:\s+[–—-]|:)\s+[a-z]"
)
DASH_DUE_RE = re.compile(r"\s[–—-]\s+(?:by\s+)?(?P<date>[^–—-]{6,30})$")


def initials_first_owner(text: str) -> str:
    match = INITIALS_FIRST_RE.match(text)
    return match.group("owner") if match else ""


def dash_due_date(text: str) -> datetime.date | None:
    match = DASH_DUE_RE.search(text)
    return parse_date(match.group("date")) if match else None


def task_beside_owner(columns: list[str]) -> ParsedAction | None:
    """A sentence and, in a column beside it, who is to act on it ("… to the survey
    findings.<tab>Dean of Students"): an action; else None."""
    if len(columns) != 2:
        return None
    task, owner = columns
    if len(task.split()) < 4 or task[-1] not in ".)" or is_status(owner):
        return None
    if not names_an_owner(owner) or len(owner.split()) > 6:
        return None
    return ParsedAction(task, owner[:100], due_date_in(task), row=" ".join(columns))


# "Convener, Finance and Investment Committee", "JB, Clerk": an owner's cell in parts.
OWNER_PARTS_RE = re.compile(r"\s*,\s*")


def names_an_owner(cell: str) -> bool:
    """Whether an "Action by" cell names who acts: an office or a name ("Dean of Students"),
    initials ("JB / MC"), or such parts after commas (an office, then its body)."""
    return all(
        OWNER_ONLY_RE.match(part) or INITIALS_RE.match(part) for part in OWNER_PARTS_RE.split(cell)
    )


def trailing_owner(text: str) -> tuple[str, str] | None:
    """'Report back in March (Action: MP).' → ('Report back in March', 'MP')."""
    tail = text[-80:].lower()
    if "action" not in tail and "responsib" not in tail and "owner" not in tail:
        return None  # cheap: the regex need not try long paragraphs that cannot match
    match = TRAILING_ACTION_RE.match(text)
    if not match or ACTION_STATUS_RE.match(text) or is_status(match.group("owner")):
        return None
    owner = match.group("owner")
    if len(owner.split()) > 5 or " to " in f" {owner} ":
        return None  # "… Action: WL to circulate …": an action sentence, not an owner
    return match.group("text").strip(), match.group("owner").strip()
