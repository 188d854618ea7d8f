"""Action logs: their headings, header rows and columns, and their rows read as actions.

An action log flattened to text comes as rows of columns (reference, description, owner,
due date, status) separated by tabs or runs of spaces, or as one field a line with
"Status: …" closing each entry (a header may name the meeting its actions came from:
"Action from 13 January | Who | Status"). "Outstanding actions" is a heading. A log's "Item"
column says which item each action arose under (the meeting moves it there). A header whose
last column is the decision ("Ref | Section | Memorial | Decision", "… | Committee
decision") heads a table of decisions, a decision a row (a bare "Decision" over columns of
its own only under a lead-in to it that reports no one else's: "The Committee considered the
following applications:", not "The Clerk reported the decisions on two appeals."). A table of
payments (rows of figures) is no action log, nor is a register of attendance (a mark for
each meeting). The actions themselves (`ParsedAction`, their owners, due dates and
statuses) are read in `minutes.importing.actions`.
"""

from __future__ import annotations

import re

from minutes.importing.actions import STATUS_WORDS, ParsedAction, is_status, parse_date

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

# "01/25 Clerk to obtain quotes – Complete.": a log's entry on one line.
LOG_LINE_RE = re.compile(
    r"^(?P<ref>(?:[A-Z]{1,4}[ /.-]?)?\d{1,4}(?:[/.-]\d{1,4}){0,2}[a-z]?)\s+(?P<rest>[A-Z].+)$"
)
# "2.1 The Board reviewed the action log. Actions TB26/14 and TB26/17 were complete and
# closed.", "2.2 Action TB26/19 (rural response times) remains open; …": a typed paragraph
# under the log's heading reporting on its actions in prose, no row of it.
REPORT_ON_ACTIONS_RE = re.compile(
    r"^(?:The\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Board|Committee|Council|Panel|Group|Trustees|"
    r"Governors|[Mm]eeting)\s+(?:reviewed|noted|received|considered|went through)\b"
    r"|Actions?\s+(?:[A-Z]{1,4}[ /.-]?)?\d[\w/.-]*\b[^.;]{0,160}?\s+"
    r"(?:remains?|was|were|is|are|ha[sd] been|have been)\s+(?:still\s+)?"
    r"(?:open|closed|complete|completed|done|ongoing|in progress|outstanding|under way)\b)"
)
STATUS_TAIL_RE = re.compile(rf"\s+[–—-]\s+(?P<status>{STATUS_WORDS})\.?$", re.IGNORECASE)


def split_status(text: str) -> tuple[str, str]:
    """'Clerk to obtain quotes – Complete.' → ('Clerk to obtain quotes', 'Complete')."""
    match = STATUS_TAIL_RE.search(text)
    if not match:
        return text, ""
    return text[: match.start()].strip(), match.group("status")


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
    return {"task", "owner"} <= _roles_in_words(cells).keys() or _decisions_header(cells)


# "Section", "Memorial", "Need": a column's name in a word or two, capitalised.
COLUMN_NAME_RE = re.compile(r"^[A-Z][a-z'’]+(?: [a-z'’]+)?$")


def _decisions_header(cells: list[str]) -> bool:
    """'Ref | Section | Memorial | Decision', 'Ref | Need | Requested | Decision': a table whose
    last column is named the decision, the others in a word or two of their own (what each
    row is: an application, a grant, a memorial). Its rows are decisions, not tasks; a last
    column named "Outcome" ("Date | Time | Tasking | Outcome", a lifeboat's launches) is no
    decision's."""
    return (
        len(cells) >= 3
        and header_name(cells[-1]) in DECISION_HEADERS
        and "decision" in header_name(cells[-1])  # ("Date | Time | Tasking | Outcome": launches)
        and all(header_name(c) in HEADER_WORDS or COLUMN_NAME_RE.match(c) for c in cells[:-1])
    )


def decisions_by_name_only(cells: list[str]) -> bool:
    """Whether a header heads a table of decisions only by its last column's bare name
    ("Ref | Site | Appeal | Decision"), its other columns none the reader knows: whose
    decisions its rows are, this body's or another's (a planning inspector's on appeals), only
    its lead-in says (`decisions_lead_in`)."""
    return (
        header_name(cells[-1]) in {"decision", "decisions"}
        and not all(header_name(c) in HEADER_WORDS for c in cells)
        and not {"task", "owner"} <= _roles_in_words(cells).keys()
        and _decisions_header(cells)
    )


# "The Clerk reported the decisions on two appeals:", "Decisions notified by the district:":
# decisions made elsewhere, reported to the meeting.
REPORTED_DECISIONS_RE = re.compile(
    r"\b(?:reported|notified|issued|informed|determined by|made by|decisions? (?:received|of|from|"
    r"by|on appeal)|appeals?)\b",
    re.IGNORECASE,
)


def decisions_lead_in(text: str) -> bool:
    """'The Committee considered the following applications for memorials:', 'The trustees
    decided the applications as follows:': a line leading in to the table below it (its last
    sentence ends in a colon) that reports no decisions made elsewhere."""
    last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    return last.endswith((":", ":-")) and not REPORTED_DECISIONS_RE.search(last)


def made_by_the_columns_body(cells: list[str], lead_in: str) -> bool:
    """'Project | Grant | Panel decision' under '… under which the Local Assessment Panel had
    made the following awards since the last meeting:': the body the decision column names
    had made them before the meeting, as its lead-in says: another body's decisions, reported
    (a committee's own, "The Committee decided the applications as follows:", are made at
    the meeting)."""
    if not cells or header_name(cells[-1]) not in DECISION_HEADERS:
        return False
    body = header_name(cells[-1]).partition(" ")[0].rstrip("'’s")
    if body.startswith("decision"):
        return False
    last = re.split(r"(?<=[.!?])\s+", lead_in.strip())[-1]
    return bool(re.search(rf"(?i:\b{body}s?\b)[^.:;]{{0,40}}\bhad\s+(?:already\s+)?{MADE}\b", last))


MADE = r"(?:made|decided|determined|awarded|approved|agreed|granted|refused|declined)"


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
    # "Committee decision", "Trustees' decision": the body's decision on each row
    *(
        f"{body}{possessive} decision"
        for body in ("committee", "panel", "board", "council", "cabinet", "trustees", "governors")
        for possessive in ("", "'s", "’s", "'", "’")
    ),
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
