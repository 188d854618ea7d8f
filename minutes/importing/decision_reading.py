"""The part of reading an item that places decisions: lead-ins, lists, tables and motions.

`DecisionReading` is mixed into the body reader (minutes.importing.body), whose state it
shares: the parsed minute, the mode, the current section, the decisions taken since the
last marker, a lead-in waiting for its first decision ("Cabinet RESOLVED to:") and the
last paragraph placed. A lead-in's words go with the first decision below it, also after
a paragraph's typed number ("23.3 Recommended to Cabinet:") or at the end of a paragraph
("… and RESOLVED that:"); a list of planning conditions, or of the policies a decision
approved, is that one decision's; "Carried nem con." under a proposal is one decision with
it; and a carried motion's resolutions are read from the minute's text. What a decision
is, and where one sentence holds several, is `minutes.importing.decisions`.
"""

from __future__ import annotations

import re

from minutes.importing import action_logs as logs
from minutes.importing import decisions as dec
from minutes.importing.action_reading import TYPED_PARAGRAPH_RE
from minutes.importing.cleaning import Line
from minutes.importing.decision_parts import decision_key, is_enumerated, split_decisions
from minutes.importing.motions import motion_resolutions
from minutes.importing.undertakings import BRACKETED_NUMBER_RE

# "Proposed by Jill Amos, seconded by Peter Crane, that the PCC pays the share in full."
PROPOSAL_RE = re.compile(r"^(?:It was )?[Pp]roposed\b[^.]{0,200}\bseconded\b")
# "Raj proposed that £150 of it be spent on a new wheelbarrow.": a member's proposal in a
# sentence of its own, with the meeting's word on it ("Agreed.") on the line below.
# ("Raj proposed that the motion be amended to read £100." is an amendment, or a proposal
# on how to take the motion: agreeing it only changes or moves the motion, still to be voted)
MEMBER_PROPOSAL_RE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,2}"
    r"proposed\s+that\s(?![^.!?]*\b(?:amend|motion\b))[^.!?]{4,300}[.!]$"
)
# "Agreed.", "Carried unanimously.": the meeting's word alone, saying nothing of what.
BARE_AGREEMENT_RE = re.compile(
    r"^(?:Agreed|AGREED|Carried|CARRIED)(?: unanimously| by all| nem\.? con\.?)?\.?$"
)
# "(b) Twenty mph limits outside schools" after a motion's resolutions: a title of the next
# part of the item, in a few capitalised words with no stop, deciding nothing.
ENUMERATED_TITLE_RE = re.compile(r"^\(?[a-h][.)]\s+[A-Z][\w'’-]*(?:\s+[\w'’&-]+){0,7}$")
ACTING_WORDS_RE = re.compile(
    r"\b(?:be|is|are|to|that|approved?|agreed?|noted?|adopted?|endorsed?|accepted?|resolved)\b",
    re.IGNORECASE,
)

# "(1) to award …", "(ii) that …": a resolution's part, numbered in brackets.
PART_NUMBER_RE = re.compile(r"(?:^|(?<=\s))\((\d{1,2}|[a-h]|[ivx]{1,4})\)(?=\s)")
# "to launch …", "that the roller be sold", "That …": how a resolution's part opens ("(2) The
# Clerk reported …" is an account, numbered as the paragraphs are)
PART_OPENING_RE = re.compile(r"^(?:[a-z]|(?:That|To)\b)")
ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def _follows(last: str, now: str) -> bool:
    """Whether a part's number is the next after another's: "(2)" after "(1)", "(c)" after
    "(b)", "(iii)" after "(ii)"."""
    if last.isdigit() and now.isdigit():
        return int(now) == int(last) + 1
    if last in ROMANS and now in ROMANS and ROMANS.index(now) == ROMANS.index(last) + 1:
        return True
    return len(last) == len(now) == 1 and ord(now) == ord(last) + 1


# "(c) asks the Leader to write …": the letter of a list's entry, in brackets or before one.
ENTRY_LETTER_RE = re.compile(r"^\(?(?P<letter>[a-h])\)\s")


def _letters_go_back(last: str, text: str) -> bool:
    """Whether a lettered line comes at or before the last entry of a resolved list: "(b)
    30 new bus shelters" after "(b) asks the Leader to write …" starts something else (the
    next motion, lettered as its items' parts are); a list's own entries run on, "(c)" after
    "(b)", and an entry ending at a colon opens a list of its own ("(b) awards grants to:"
    above "(a) the scouts;")."""
    now, then = ENTRY_LETTER_RE.match(text), ENTRY_LETTER_RE.match(last)
    if last.rstrip().endswith(":"):
        return False
    return bool(now and then) and now.group("letter") <= then.group("letter")


# "b) RESOLVED that …:", "(2) Resolved:": the label of a minute's paragraph, a letter, a
# number or a Roman number with its bracket or brackets.
PARAGRAPH_LABEL_RE = re.compile(r"^(?P<open>\(?)(?P<label>[a-h]|[ivx]{1,4}|\d{1,2})\)\s")


def _next_paragraph_after(lead_in: str, last: str, text: str) -> bool:
    """Whether a line is the minute's next paragraph after a lettered lead-in's list: "c)
    Mrs Rae returned to the meeting." after "b) RESOLVED that the following policies be
    approved:" and its "(i)" to "(iii)". Its label is the lead-in's next, written as the
    lead-in's is ("c)" after "b)"), where the list's last entry is labelled another way; a
    list labelled as the lead-in is ("b) RESOLVED that:" above "a) …", "b) …") has its own
    entries read as before (the next paragraph is not known from them). A paragraph starts
    with a capital: "(b) the Pay Policy be deferred …" after "(a) the following policies be
    approved:" and its list runs on in lower case, the resolution's next part."""
    now, then = PARAGRAPH_LABEL_RE.match(text), PARAGRAPH_LABEL_RE.match(lead_in)
    if not (now and then and now.group("open") == then.group("open")):
        return False
    if text[now.end() :].lstrip()[:1].islower():
        return False
    entry = PARAGRAPH_LABEL_RE.match(last)
    if entry and entry.group("open") == then.group("open"):
        if _kind(entry.group("label")) == _kind(then.group("label")):
            return False  # "b) RESOLVED that:" above "a) …", "b) …": "c)" is the list's
    return _follows(then.group("label"), now.group("label"))


def _kind(label: str) -> str:
    return "number" if label.isdigit() else "roman" if label in ROMANS else "letter"


# "That the application be APPROVED subject to the following conditions:": the list below is
# the planning conditions (or the reasons) of the one decision, not decisions of their own.
CONDITIONS_LEAD_RE = re.compile(
    r"\b(?:conditions|reasons|informatives)(?: (?:set out |listed )?below)?\s*:-?$", re.IGNORECASE
)

# "Governors approved the following policies:": one decision, naming what it approved
# (also "… policies, which had been reviewed by the committees:").
NAMED_THINGS_LEAD_RE = re.compile(
    r"\bthe following (?:[\w-]+ ){0,2}(?:policies|procedures|documents|strategies|plans)"
    r"(?:,\s+(?:which|that|as)\b[^:]{1,80})?\s*:-?$",
    re.IGNORECASE,
)
# "Council ratified the admission of the following members since the last meeting:": one
# decision, naming whom it admitted, a firm or a person a line ("… the following members be
# appointed to …:" is left as it was read). The people named may be followed by when or
# where they join ("… since the last meeting").
NAMED_PEOPLE_LEAD_RE = re.compile(
    r"\bthe following (?:[\w-]+ ){0,2}(?:members|organi[sz]ations|companies|businesses|firms|"
    r"people|persons|individuals|candidates|nominees)(?:\s+(?:since|from|to|as|in|at|into)\b"
    r"[^:]{1,60})?\s*:-?$",
    re.IGNORECASE,
)
# "Corvenby Precision Engineering Ltd", "(a) Mary Green;": a line that only names a firm or
# a person ("Scouts £200", "WI – towards the new hall" say what each was given: a decision
# each, as they were read before).
NAME_LINE_RE = re.compile(
    r"^(?:\(?(?:[a-h]|[ivx]{1,5}|\d{1,2})[.)]\s+)?[A-Z](?:[^\d£$€:;–—(-]|-(?=\w)){0,60}[;.,]?$"
)

# "(41 for, 3 against, 2 abstentions), the meeting RESOLVED by special resolution:": how the
# meeting carried the resolution that follows, a few words before the lead-in's close.
HOW_CARRIED_RE = re.compile(rf"{dec.HOW_CARRIED}(?=,?(?:\s+\S+){{0,8}}\s*$)")


def lead_in_length(text: str) -> int:
    """A lead-in's words, less how the meeting carried it in brackets: "On a show of hands …
    (41 for, 3 against, 2 abstentions), the meeting RESOLVED by special resolution:" leads in
    as it would without its count, which says how the vote went and nothing of what it
    decided. A count further from the close is counted: in "Members agreed (7 for, 2
    against) to accept the quote, and the Treasurer then gave the figures … as follows:" it
    belongs to a decision already made, and what follows it is more than a lead-in."""
    if "(" in text:
        text = HOW_CARRIED_RE.sub("", text)
    return len(text.split())


class DecisionReading:
    """Placing decisions, for the item reader."""

    def read_motions(self) -> None:
        """A carried motion's resolutions are decisions, read from the minute's text: the
        sentence that carried it, no decision now, goes back into the text."""
        parsed = self.parsed
        before = parsed.decisions
        after = motion_resolutions(
            [b.text for s in parsed.sections for b in s.blocks if b.text], before
        )
        if after == before:
            return
        resolutions = set(after) - set(before)
        for section in parsed.sections:
            section.blocks = [b for b in section.blocks if b.bullets or b.text not in resolutions]
        parsed.decisions = after
        for sentence in before:
            if sentence not in after:
                self.minute(Line(sentence))

    def decision_table(self, columns: list[str]) -> bool:
        """Two columns, "Item" and "Decision", or a row under such a header."""
        if self.mode == "log" and self.decision_column is not None:
            return True
        return logs.is_header_row(columns) and bool(
            set(map(str.lower, columns)) & logs.DECISION_HEADERS
        )

    def lead_in_to_decisions(self, text: str, following: Line) -> bool:
        """'RESOLVED that the Panel:' above its list, 'The Board:' under "Decision:" or above
        'a) noted …', or '… seconded by Cllr Whitlow and RESOLVED that:' above '(i) …'."""
        # A resolution's own words may run long before its list ("RESOLVED: That, having
        # considered the report …, Councillor Voss:"); any other lead-in is short.
        limit = 60 if dec.DECISION_START_RE.match(text) else 25
        if (
            not (text.endswith((":", ":-")) or dec.is_open_decision(text))
            or lead_in_length(text) > limit
        ):
            return False
        if not (following.is_bullet or is_enumerated(following.text)):
            return False
        if (
            CONDITIONS_LEAD_RE.search(text)
            or NAMED_THINGS_LEAD_RE.search(text)
            or (NAMED_PEOPLE_LEAD_RE.search(text) and NAME_LINE_RE.match(following.text))
        ):
            # "… APPROVED subject to the following conditions:", "Governors approved the
            # following policies:": one decision, its conditions or the things it names below
            return False
        if self.mode == "decisions":
            return self.decisions_taken == 0 and (limit == 60 or len(text.split()) <= 12)
        if self.mode == "discussion":
            return False
        return dec.is_decision(text) or dec.is_body_lead_in(text, following.text)

    def approves_elsewhere(self, text: str) -> bool:
        """'Approved. The money arrived in June.' under an item titled "Grants": a paragraph
        opening with "Approved." decides only under the minutes' own item ("Minutes of the
        last meeting"), where it is the meeting's word on them; "Minutes agreed." opening a
        paragraph decides but under an item reporting another body's meeting ("Village Hall
        Committee report")."""
        if dec.MINUTES_TITLE_RE.search(self.title):
            return False
        return bool(
            dec.APPROVED_OPENING_RE.match(text)
            or (dec.MINUTES_AGREED_RE.match(text) and dec.BODY_REPORT_TITLE_RE.search(self.title))
        )

    def with_proposal(self, decision: str) -> str:
        """'Carried nem con.' on a line of its own under 'Proposed by A, seconded by B, that …'
        or 'Raj proposed that …': the proposal and its carrying are one decision."""
        blocks = self.section.blocks
        if not dec.CARRIED_RE.match(decision) or not self.proposal_above():
            return decision
        return f"{blocks.pop().text} {decision}"

    def proposal_above(self) -> bool:
        """Whether the paragraph placed last is a proposal, left in the minute's text."""
        blocks = self.section.blocks
        if not blocks or blocks[-1].is_list or blocks[-1].text != self.last_text:
            return False
        above = blocks[-1].text
        return bool(PROPOSAL_RE.match(above) or MEMBER_PROPOSAL_RE.match(above))

    def agrees_proposal(self, text: str) -> bool:
        """'Agreed.' on a line of its own just under 'Raj proposed that …': the meeting's
        agreement to the proposal, which with it is the decision."""
        return bool(BARE_AGREEMENT_RE.match(text)) and self.proposal_above()

    def numbered_lead_in(self, text: str, following: Line) -> bool:
        """'23.3 Recommended to Cabinet:' or '22.4 Resolved: that the Committee' above '(a) …':
        a typed paragraph number before a lead-in to a list of decisions ("(3) RESOLVED that
        the Committee endorse the decision to:", the number in brackets, as well)."""
        match = TYPED_PARAGRAPH_RE.match(text) or BRACKETED_NUMBER_RE.match(text)
        if not match or not is_enumerated(following.text) or self.mode == "discussion":
            return False
        rest = match.group("rest") if match.re is TYPED_PARAGRAPH_RE else text[match.end() :]
        return (
            dec.is_decision_marker(rest)
            or dec.is_decision_lead_in(rest)
            or dec.is_open_decision(rest)
            or (rest.endswith((":", ":-")) and dec.is_decision(rest))
        )

    def closing_lead_in(self, text: str, following: Line | None) -> tuple[str, str]:
        """A paragraph whose last sentence leads in to a list of decisions: "The Clerk
        presented the estimates. … and RESOLVED that:" above "(i) …" → (report, lead-in)."""
        if following is None or not text.endswith((":", ":-")) or self.mode == "discussion":
            return "", text
        if not (following.is_bullet or is_enumerated(following.text)):
            return "", text
        head, _, last = text.rpartition(". ")
        if not head or not dec.is_decision(last) or lead_in_length(last) > 25:
            return "", text
        return head + ".", last

    def next_part(self, text: str) -> bool:
        """ "(2) to launch an appeal …" on a line of its own under "RESOLVED: (1) to award the
        contract …;": the resolution's numbered parts running on, the next part after the
        last decision's (which ends at a semicolon, so is not yet over)."""
        decisions = self.parsed.decisions
        if not decisions or self.last_text != decisions[-1] or self.mode == "discussion":
            return False
        last = decisions[-1].rstrip()
        if not (last.endswith(";") or last.endswith("; and")):
            return False
        parts = PART_NUMBER_RE.findall(last)
        now = PART_NUMBER_RE.match(text)
        return (
            bool(parts and now)
            and _follows(parts[-1], now.group(1))
            and bool(PART_OPENING_RE.match(text[now.end() :].lstrip()))
        )

    def continues_decisions(self, p: Line) -> bool:
        text = p.text
        if text.startswith("Undecided:"):
            return False  # a wiki's decision list: an entry left open
        if ENUMERATED_TITLE_RE.match(text) and not ACTING_WORDS_RE.search(text):
            return False  # "(b) Twenty mph limits outside schools": the next motion's title
        if _letters_go_back(self.last_text, text):
            return False  # "(b) 20mph limits" after "(c) asks the Leader …": the next motion
        if self.decisions_taken and _next_paragraph_after(self.lead_in, self.last_text, text):
            return False  # "c) Mrs Rae returned …" after "b) RESOLVED that:" and its list
        return (
            p.is_bullet
            or is_enumerated(text)
            or dec.is_decision(text)
            or text[:1].islower()
            or text.startswith(("That ", "To ", "The Committee", "The Board", "Approve"))
        )

    def decision(self, text: str) -> None:
        if self.decision_lead:
            text, self.decision_lead = f"{self.decision_lead} {text}", ""
        decisions = self.parsed.decisions
        if (
            decisions
            and self.last_text == decisions[-1]
            and dec.is_vote_alone(decisions[-1])
            and dec.RESOLVED_LINE_RE.match(text)
        ):
            # "On being put to the vote the motion was carried (7 for, 2 against)." then
            # "RESOLVED: That permission be GRANTED …": one decision, the vote its record
            self.minute(Line(decisions.pop()))
        self.last_text = text
        for part in split_decisions(text):
            key = decision_key(part)
            self.decisions_taken += 1
            if key and key in self.decision_keys and len(key.split()) >= 4:
                # the same decision under "Decision:" and again under "Minutes:" (a short
                # part such as "(i) first" may stand in two decisions, and is kept)
                continue
            self.decision_keys.add(key)
            self.parsed.decisions.append(part)
