"""Recognising actions: "Action:" lines, "(Action: MP)" tails, and action logs.

An action log flattened to text comes as rows of columns (reference, description, owner,
due date, status) separated by tabs or runs of spaces, or as one field a line with
"Status: …" closing each entry (a header may name the meeting its actions came from:
"Action from 13 January | Who | Status"). "Action: Complete" is a status, not an action, and
"Outstanding actions" is a heading. A log's "Item" column says which item each action
arose under (the meeting moves it there). "ACTION (HT): …" names its owner in brackets, and
a list of actions written name first ("Pam – chase the council") gives each its owner. A
table of payments (rows of figures) is no action log. An instruction with its owner in brackets at the end
("Upload the policies to the website (Clerk)") is an action, as governors write them.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from minutes.importing.roles import OFFICE_NOUNS

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
INITIALS_RE = re.compile(r"^[A-Z]{1,4}(?:\s*(?:[/,&]|and)\s*[A-Z]{1,4})*$")
# "ACTION: Events Officer": only who, with no "to" saying what.
OWNER_ONLY_RE = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for|&|/)){0,4}(?:\s\([^()]{1,40}\))?$"
)  # ("Head of HR (for the Scheme Manager)" too)
OWNER_RE = re.compile(r"^(?P<owner>[A-Z][\w’' ,&/()-]{0,60}?)\s+to\s+\S")
REFERENCE_RE = re.compile(r"^(?:[A-Z]{1,4}[ /.-]?)?\d{1,4}(?:[/.-]\d{1,4}){0,2}[a-z]?$")
LOG_HEADINGS_RE = re.compile(
    r"^(?:matters arising(?: and|,)\s+)?(?:rolling\s+)?"  # "Matters arising and action points"
    r"(?:outstanding actions|action (?:log|list|sheet|points|register|tracker)|actions tracker|jobs? list|"
    r"actions arising|schedule of actions|actions from (?:the )?(?:previous|last) (?:meetings?|time)|"
    r"review of actions)\b",
    re.IGNORECASE,
)
HEADER_WORDS = {
    "ref",
    "ref.",
    "no",
    "no.",
    "reference",
    "action",
    "actions",
    "description",
    "owner",
    "by whom",
    "who",
    "lead",
    "due",
    "due date",
    "deadline",
    "by when",
    "when",
    "date",
    "status",
    "update",
    "progress",
    "item",
    "minute",
    "rag",
    "by",
    "action by",
    "responsible",
    "person",
    "lead officer",
    "officer",
    "responsible officer",
    "target date",
    "date due",
    "timescale",
    "comments",
    "notes",
}
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


# "01/25 Clerk to obtain quotes – Complete.": a log's entry on one line.
LOG_LINE_RE = re.compile(
    r"^(?P<ref>(?:[A-Z]{1,4}[ /.-]?)?\d{1,4}(?:[/.-]\d{1,4}){0,2}[a-z]?)\s+(?P<rest>[A-Z].+)$"
)
STATUS_TAIL_RE = re.compile(rf"\s+[–—-]\s+(?P<status>{STATUS_WORDS})\.?$", re.IGNORECASE)
# Who can be told to do something: "Clerk to …", "Cllr Osei to …", "Committee to …".
OWNER_WORDS = (
    rf"(?:{OFFICE_NOUNS}|RFO|Sec|Chair|Chairman|Vice-Chair|Officers|Director|Churchwardens?|Rector|Vicar|"
    r"Head of [A-Z][\w ]{0,30}?|Committee|Council|Members|Trustees|Governors|Board|Team|"
    r"(?:Cllr|Cyng\.?) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|Councillor [A-Z][\w'’-]+|"
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z][\w'’-]+|"  # "Ms Abbott to arrange the collection …"
    # "TH / SQ to book the hall", "RPa to book the church hall" (a letter more, told apart)
    # (not "LEDs to be fitted", "MPs to lobby": a plural's "s")
    r"[A-Z]{2,4}[a-rt-z]?(?:\s*(?:/|&|and)\s*[A-Z]{2,4}[a-rt-z]?)*)"
)
# "Chair and BID Manager to meet …": two owners, "and" between them.
ONE_OWNER = rf"(?:[A-Z][\w'’-]*\s+){{0,3}}?{OWNER_WORDS}(?:\s\([A-Z][^()]{{0,40}}\))?"
OWNER_LED_RE = re.compile(
    rf"^(?:The\s+)?{ONE_OWNER}(?:\s+(?:and|&)\s+(?:the\s+)?{ONE_OWNER})?"
    r"\s+to\s+[a-z]+\b(?:[^.!?]|(?<=\b[A-Z])\.)*[.!?]?$"  # ("… with D. MacInnes & Son …")
)


# "Share the data with the standards committee (HT)": what is to be done, its owner in
# brackets at the end, as governors' minutes write their actions.
BRACKETED_OWNER_RE = re.compile(
    r"^(?P<text>.{8,300}?)\s*\((?P<owner>[A-Z][\w'’&/ .-]{0,40}?)\)\.?$"
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


def bracketed_owner(text: str) -> tuple[str, str] | None:
    """'Upload the policies to the website (Clerk)' → (the action, 'Clerk'); else None.

    Only an instruction ("Upload …") or "X to …" is an action so: "The report was presented
    by Mrs Odell (Chair)" names a role, not an owner.
    """
    if not (text.endswith((")", ").")) or text[-1:].isupper()) or len(text) > 300:
        return None
    match = BRACKETED_OWNER_RE.match(text)
    if not match:
        return None
    owner = match.group("owner") or match.group("initials")
    if is_status(owner):
        return None
    description = (match.group("text") or match.group("task")).strip()
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


def split_status(text: str) -> tuple[str, str]:
    """'Clerk to obtain quotes – Complete.' → ('Clerk to obtain quotes', 'Complete')."""
    match = STATUS_TAIL_RE.search(text)
    if not match:
        return text, ""
    return text[: match.start()].strip(), match.group("status")


# "Pam – chase the council about the bench": a list of actions written name first.
NAME_FIRST_RE = re.compile(r"^(?P<owner>[A-Z][\w'’&/ ]{0,30}?)\s*[–—:-]\s+[a-z]")


def name_first_owner(text: str) -> str:
    """'Pam – chase the council' → 'Pam'; 'All – deliver the newsletter' → 'All'; else ""."""
    match = NAME_FIRST_RE.match(text)
    return match.group("owner").strip() if match else ""


def owner_label_of(text: str) -> str:
    """'Officers to follow up...' → 'Officers'."""
    match = OWNER_RE.match(text)
    return match.group("owner").strip() if match else ""


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


AMOUNT_RE = re.compile(r"^[£$€]?\s?\(?-?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?\)?%?$")
MONEY_RE = re.compile(r"^(?:[£$€]\s?[\d,]+(?:\.\d\d)?|[\d,]*\d\.\d\d)$")


def is_figures_row(cells: list[str]) -> bool:
    """A row of a table of payments or a budget: two of its cells are figures, or one is a
    sum of money ("153.20", "£45") and none a date."""
    if sum(1 for c in cells if AMOUNT_RE.match(c)) >= 2:
        return True
    return any(MONEY_RE.match(c) for c in cells) and not any(parse_date(c) for c in cells)


def is_payments_header(cells: list[str]) -> bool:
    """'Payee | Details | Net | VAT | Total': the header of a list of payments, not a log's
    ('Ref | Details | Owner | Due' is a log's: it names who and when, and no sums)."""
    names = {c.lower().rstrip(":") for c in cells}
    return (
        len(names) >= 2
        and names <= PAYMENT_HEADERS | HEADER_WORDS
        and bool(names & SUMS_AND_PAYEES)
        and not {"owner", "due", "status"} & column_roles(cells).keys()
    )


# "Action from 13 January", "Update since the last meeting": a column's name, and the
# meeting its rows were given at or reported since.
QUALIFIED_HEADER_RE = re.compile(
    r"^(?P<name>actions?|update|progress)\s+(?:from|since|arising from|agreed (?:at|on))\s+"
    r"[\w /.,'’-]{1,30}$",
    re.IGNORECASE,
)


def header_name(cell: str) -> str:
    """What a header cell names: 'Action from 13 January' → 'action', 'Who?' → 'who'."""
    name = cell.lower().rstrip(":?")
    qualified = QUALIFIED_HEADER_RE.match(name) if " " in name else None
    return qualified.group("name") if qualified else name


def is_header_row(cells: list[str]) -> bool:
    if all(header_name(c) in HEADER_WORDS for c in cells):
        return True
    return {"task", "owner"} <= _roles_in_words(cells).keys()


# A header in words of its own ("Who's doing it | What needs doing | Check back"): each
# column named by a word that says what it holds.
ROLE_WORDS = {
    "owner": re.compile(r"\b(?:who|whom|owner|lead|responsib\w*|person)\b", re.IGNORECASE),
    "task": re.compile(r"\b(?:what|action|task|job)\b", re.IGNORECASE),
    "due": re.compile(r"\b(?:when|due|deadline|target|check back|timescale)\b", re.IGNORECASE),
    "status": re.compile(r"\b(?:status|done|progress)\b", re.IGNORECASE),
}


def _roles_in_words(cells: list[str]) -> dict[str, int]:
    """The columns such a header names, or nothing where it reads as a row of text."""
    if len(cells) < 2 or any(
        len(c.split()) > 5 or c.endswith(".") or any(ch.isdigit() for ch in c) for c in cells
    ):
        return {}
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        for role, words in ROLE_WORDS.items():
            if role not in found and words.search(cell):
                found[role] = index
                break
    return found


# ("Committee's advice": an advisory committee's decision is its advice)
DECISION_HEADERS = {
    "decision",
    "decisions",
    "resolution",
    "outcome",
    "advice",
    "committee's advice",
    "committee’s advice",
    "panel's advice",
    "panel’s advice",
    # a parish council's comments on the planning applications sent to it
    *(
        f"{body}{possessive} {what}"
        for body in ("council", "parish council", "town council")
        for possessive in ("'s", "’s", "")
        for what in ("comments", "observations", "response")
    ),
}
HEADER_WORDS |= DECISION_HEADERS
# A table of payments: the payee, what for, and the sums.
PAYMENT_HEADERS = {
    "payee",
    "supplier",
    "details",
    "net",
    "vat",
    "gross",
    "total",
    "cheque",
    "cheque no",
    "cheque no.",
    "invoice",
    "invoice no",
    "method",
    "power",
}
SUMS_AND_PAYEES = {"payee", "supplier", "net", "vat", "gross", "total", "cheque", "cheque no"}
# A planning committee's table of applications: what each column holds, not a task's parts.
HEADER_WORDS |= {
    "application",
    "application no",
    "application no.",
    "site",
    "location",
    "proposal",
    "development",
    "conservation area",
    "ward",
    "address",
    "site address",
    # both in one column: "Application | Site and proposal | Town Council's observations"
    "site and proposal",
    "location and proposal",
    "address and proposal",
}
# ... and a grants panel's: who applied, for what, and how much.
HEADER_WORDS |= {"applicant", "project", "requested", "amount", "amount requested", "purpose"}
ITEM_HEADERS = {"item", "minute", "item no", "item no.", "minute no", "minute no.", "agenda item"}


# What a log's header says each column holds, where it says so plainly.
COLUMN_ROLES = {
    "task": {
        "action",
        "actions",
        "description",
        "matter",
        "task",
        "action required",
        "what",
        "job",
        "details",
    },
    "owner": {
        "owner",
        "who",
        "lead",
        "by whom",
        "responsible",
        "action by",
        "lead officer",
        "responsible officer",
        "whose",
    },
    "due": {
        "due",
        "due date",
        "deadline",
        "by when",
        "when",
        "target",
        "target date",
        "date due",
        "timescale",
    },
    "status": {"status", "rag", "progress", "done"},  # "Done": a column of ticked boxes
}
HEADER_WORDS |= {
    "details",
    "matter",
    "task",
    "action required",
    "what",
    "done",
    "job",
    "whose",
    "target",
    "from",
}


def column_roles(cells: list[str]) -> dict[str, int]:
    """Which column of a log's header row holds the task, the owner, the due date, the status."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = header_name(cell)
        for role, names in COLUMN_ROLES.items():
            if name in names and role not in found:
                found[role] = index
    if not {"task", "owner"} <= found.keys():
        found = _roles_in_words(cells) or found
    if "by" in (names := [c.lower().rstrip(":") for c in cells]):
        # "Who | By": by when; "Action | By": by whom
        found.setdefault("due" if "owner" in found else "owner", names.index("by"))
    return found


def action_from_named_cells(cells: list[str], roles: dict[str, int]) -> ParsedAction | None:
    """One row of a log whose header names its task and owner columns: each cell in its field,
    any other cell (an update, a note) kept in brackets after the task."""
    if len(cells) <= max(roles["task"], roles["owner"]) or not cells[roles["task"]]:
        return action_from_cells(cells)
    action = ParsedAction(
        description=cells[roles["task"]],
        owner_label=cells[roles["owner"]][:100],
        row=" ".join(cells),
    )
    used = set(roles.values())
    if "due" in roles and roles["due"] < len(cells):
        action.due_text = cells[roles["due"]]
        action.due_date = parse_date(action.due_text)
    if "status" in roles and roles["status"] < len(cells):
        action.status = cells[roles["status"]]
    if 0 not in used and REFERENCE_RE.match(cells[0]):
        action.reference = cells[0]
        used.add(0)
    extra = [c for i, c in enumerate(cells) if i not in used and c]
    if extra:
        action.description = f"{action.description} ({'; '.join(extra)})"
    return action


def item_column(cells: list[str], names: set[str] = ITEM_HEADERS) -> int | None:
    """Which column of a log's header row names the item each action arose under."""
    for index, cell in enumerate(cells):
        if cell.lower().rstrip(":") in names:
            return index
    return None


# "… beds. Action: WL to circulate the modelling.": an action after the minute's sentences.
EMBEDDED_ACTION_RE = re.compile(
    r"(?<=[.!?])\s+(?=(?:ACTION|Action|Actions)\s*(?:\([^()]{1,40}\)\s*)?[:–—-]\s*\S)"
)


def split_embedded_action(text: str) -> tuple[str, str]:
    """'Report. Action: WL to circulate it.' → ('Report.', 'Action: WL to circulate it.')."""
    match = EMBEDDED_ACTION_RE.search(text)
    if not match:
        return "", text
    return text[: match.start()], text[match.end() :]


def inline_action(text: str) -> ParsedAction | None:
    """'Action: Clerk to write to the parish.' → that action; 'Action: Complete' → None."""
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1]  # "(Action: Clerk)" on a line of its own
    if ACTION_STATUS_RE.match(text):
        return None
    match = INLINE_ACTION_RE.match(text)
    if not match:
        return None
    description = match.group("text").strip()
    owner = (
        (match.group("owner") or "").strip()
        or owner_label_of(description)
        or initials_first_owner(description)
    )
    return ParsedAction(
        description,
        owner,
        due_date_in(description) or dash_due_date(description),
        reference=match.group("ref") or "",
        row=text if match.group("ref") else "",  # "Action 4 – …", as written
    )


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
    if not (OWNER_ONLY_RE.match(owner) or INITIALS_RE.match(owner)) or len(owner.split()) > 6:
        return None
    return ParsedAction(task, owner[:100], due_date_in(task), row=" ".join(columns))


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


MONTH_YEAR_RE = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}$", re.IGNORECASE
)


# "Whitlock  Y  Y  N  Y": a register of attendance, a mark for each meeting.
MARK_RE = re.compile(r"^(?:[YNAX✓✔✗×–-]|Yes|No|Apols?)$")


def is_marks_row(cells: list[str]) -> bool:
    return len(cells) >= 3 and all(MARK_RE.match(cell) for cell in cells[1:])


def action_from_cells(cells: list[str]) -> ParsedAction | None:
    """One row of an action log: which column is which, judged by what each holds."""
    if is_marks_row(cells):
        return None
    action = ParsedAction(description="", row=" ".join(cells))
    rest: list[str] = []
    for index, cell in enumerate(cells):
        if index == 0 and REFERENCE_RE.match(cell):
            action.reference = cell
        elif action.due_date is None and parse_date(cell):
            action.due_date = parse_date(cell)
            action.due_text = cell
        elif not action.due_text and MONTH_YEAR_RE.match(cell):
            action.due_text = cell  # "Nov 2025": when, though not a day to save as a date
        elif is_status(cell) and not action.status:
            action.status = cell
        else:
            rest.append(cell)
    if not rest:
        return None
    description = max(rest, key=len)
    others = [c for c in rest if c is not description]
    action.description = description
    if others:
        action.owner_label = others[0][:100]
        extra = others[1:]
        if extra:
            action.description = f"{description} ({'; '.join(extra)})"
    return action
