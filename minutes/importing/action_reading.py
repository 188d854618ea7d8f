"""The part of reading an item that places actions: "Action:" lines, statuses and logs.

`ActionReading` is mixed into the body reader (minutes.importing.body), whose state it
shares: the parsed minute, the mode, the current section, the last paragraph placed and
an action log's entry being read one field a line (`pending`). An undertaking ("The
Clerk will write to …", minutes.importing.undertakings) is placed here too, and so are a
paragraph's typed number before its action ("4.4 ACTION: NF to circulate …", or before a
decision: "3.1 Trustees APPROVED …") and a task closing a paragraph or a bullet ("… about
the hedge. Clerk to write to the landowner."), standing between a paragraph's sentences
("… May. Anita to do the rota for teas. Please bring …") or closing a sentence, after a
semicolon, a dash or ", and the" ("The roller needs a new starter motor – RB to get it
fixed.", "… is hard to read; the Secretary will ask the Town Council …", "…, and the
Treasurer will circulate …"), and a job a line under "Jobs for the day:" ("Lisa - entry
forms …").
"""

from __future__ import annotations

import re

from minutes.importing import action_logs as logs
from minutes.importing import actions as act
from minutes.importing import decisions as dec
from minutes.importing.actions import ParsedAction, owner_label_of
from minutes.importing.cleaning import Line
from minutes.importing.dashed_owners import read_dashed_owner
from minutes.importing.decision_parts import split_at_decision
from minutes.importing.honorary import NOT_A_SENTENCE_END
from minutes.importing.marked_actions import is_offer
from minutes.importing.paragraphs import JOB_LINE_RE
from minutes.importing.restated_tasks import restated_task, restates_a_label
from minutes.importing.roles import BODY_LETTERS
from minutes.importing.undertakings import DOING, TASK_WORDS_RE, find_undertaking, owner_of

# "5.2 Trustees AGREED the budget": a paragraph numbered by hand within its item.
# ("4.   The Synod approved …": paragraphs numbered through the minutes, under headings)
# "R26/31 The Board approved …": a resolution's reference, numbered through the year.
TYPED_PARAGRAPH_RE = re.compile(
    r"^(?P<num>\d{1,3}(?:\.\d{1,2}){1,2}|\d{1,3}\.|R\d{1,3}/\d{1,4})"
    r"\s+(?P<rest>[A-Z(].*)$"  # "8.1.2 The …" too
)
# Where a paragraph's sentences part, and the "Action: SD" that may close its last task.
CLOSING_SENTENCE_RE = re.compile(
    rf"(?<=[.!?]){NOT_A_SENTENCE_END}\s+(?=[A-Z])"
)  # ("the Hon. Secretary")
# "…; KHR to get a quote", "… (about £180) – RB to get it fixed.": the last clause of a
# sentence, after a semicolon or a dash.
# ("…; the Secretary will ask the Town Council …": an office in lower case that undertakes;
# "Members asked about the costs, and the Treasurer will circulate …": so after ", and")
CLOSING_CLAUSE_RE = re.compile(
    r"(?:;|\s[–—-]|,\s+and(?=\s+the\s))\s+(?=(?:[A-Z]|the )[^;–—]{4,250}$)"
)
# "… to get a quote": what such a clause gives its owner to do, a verb of doing ("– Clerk to
# the Council", an office's name, and "; AGM to follow" give no one a task).
CLAUSE_VERB_RE = re.compile(rf"^(?:(?:now|then|also) )?{DOING}\b")
# "Agreed that the next visit will be in June; PD and LM to arrange a date.": the meeting's
# bare agreement, then after a semicolon who is to carry it out (not "RESOLVED: to accept the
# quote; Clerk to place the order.", where the instruction is the resolution's own words).
AGREED_THEN_TASK_RE = re.compile(
    r"^(?P<decision>(?:Agreed|AGREED)\b[^;]{4,300};)\s+(?P<task>[A-Z][^;]{4,300})$"
)
# ("Agreed that the fee rise to £20; Members to pay by 1 May.", "…; Committee to meet again
# in June.": the body itself, or all its members, after the semicolon is bound by the
# agreement, its terms, and given no task)
WHOLE_BODY_OWNER_RE = re.compile(
    r"^(?:The\s+|All\s+)?(?:Committee|Council|Board|Members|Trustees|Governors|Directors|"
    r"Councillors|Team|Club|Group)\s+to\s",  # (not "Committee Secretary to write …")
    re.IGNORECASE,
)
TASK_OWNER_LABEL_RE = re.compile(r"^Actions?:\s*[A-Z][\w.&/ ]{0,30}$")
# "Minute 46 (bench). Derek to repair the bench. Completed.", "… Clerk to write to the
# landowner. This has been done …", "- Teas. Anita to do the rota – done.": a task given
# before, its status said after it, as matters arising review them; no new task.
REPORTED_DONE_RE = re.compile(
    # (the status as a word of its own, "Completed.", "Done – reply awaited"; not "Open day …")
    rf"^(?:(?:{act.STATUS_WORDS}|status)\s*(?:[.,;:–—-]|$)|(?:This|It|That) (?:has|had|was) "
    r"(?:now |since )?"
    r"(?:been )?(?:done|completed|actioned|dealt with|carried out)\b)",
    re.IGNORECASE,
)
# "Clerk to write to the landowner. Agreed unanimously.", "… This was agreed by all.",
# "… Proposed Derek, seconded Anita, carried.": the meeting agreeing to what the sentence
# before it says, the two one decision rather than a task and an agreement of nothing.
ASSENTED_AFTER_RE = re.compile(
    r"^(?:(?:this|it|that) was (?:duly |unanimously |then )?|all |(?:the )?meeting |unanimously )?"
    r"(?:agreed|approved|carried|resolved|proposed|seconded|accepted)\b",
    re.IGNORECASE,
)
# "Derek to repair the bench (done).", "Clerk to write to the landowner – done.": a task
# with its status at its end.
# (the status as a word of its own: not "… for the hall (open days).")
STATUS_AT_END_RE = re.compile(
    rf"(?:\s[–—-]\s*(?:{act.STATUS_WORDS})(?:[.,;:]\s+[^()]{{1,40}}|\s[–—-]\s[^()]{{1,40}})?"
    rf"|\s*\((?:{act.STATUS_WORDS})(?:(?:[,;:–—-]|\s(?=\d))[^()]{{0,40}})?\))\.?$",
    re.IGNORECASE,
)


def _reviewed(task: str, after: str = "") -> bool:
    """Whether a task is one given before, reviewed: its status at its end, or said in the
    sentence after it."""
    return bool(STATUS_AT_END_RE.search(task) or REPORTED_DONE_RE.match(after))


# "… RESOLVED to respond as shown in the table.": a lead-in to the table's decisions.
TO_THE_TABLE_RE = re.compile(
    r"\b(?:as (?:shown|set out) (?:in the table )?(?:below)?|in the table(?: below)?|as follows)\.?$"
)


def _placed_last(action: ParsedAction, last_text: str) -> bool:
    """Whether the last paragraph placed was this action: its words, or its typed number
    ("4.4") and its words."""
    if action.description == last_text:
        return True
    number = action.reference
    return (
        bool(number)
        and last_text.startswith(f"{number} ")
        and last_text[len(number) :].strip() == action.description
    )


def _with_owner(action: ParsedAction, owner: str) -> str:
    """The owner an owner line under a task names; a second such line adds its owner to the
    first's ("ACTION: MP" then "Action: SW": "MP / SW"), which no words of the task hold."""
    held = action.owner_label
    if not held or held == owner or held in action.description:
        return owner
    return f"{held} / {owner}"


# "Captain", "Safety Adviser", "Vice-Captain": an office as the register writes it in
# brackets after a name, capitalised, one to three words, the last no plural ("Juniors")
OFFICE_WORDS_RE = re.compile(r"^(?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*(?<!s)$")
# "(Resident)", "(Observer)", "(Rowing Club)", "(Parish Council)": how someone attends, or the
# body or place they come from, in brackets after their name, is no office of theirs ("Tom
# Hale (LGA)": a body by its letters, minutes.importing.roles)
NOT_OFFICE_RE = re.compile(
    r"\b(?:Resident|Observer|Guest|Visitor|Public|Press|Member|Speaker|Club|Hall|Council|"
    r"Committee|Group|Society|Trust|Association|School|Church|Team|Board|Forum|Company)$"
    rf"|^{BODY_LETTERS}$"
)


def each_word(people: list[str]) -> frozenset[str]:
    """'Lisa Kerr' → 'Lisa Kerr', 'Lisa', 'Kerr': each person in full and by each word."""
    return frozenset(w for person in people for w in [person, *person.split()] if len(w) > 1)


class ActionReading:
    """Placing actions, for the item reader."""

    def inline_action(self, action: ParsedAction, written: str = "") -> None:
        """An "Action:" label's task (`written` the label's line as written), or its owner
        for the paragraph above it."""
        read_dashed_owner(action, self.names)  # "ACTION - Colin - book the coach …"
        # "Responsible: Hilde Rønning.", "Owner: Head of Partnerships   Due: 31 July 2026",
        # "Action by: DoG   Date: 15 January 2027"
        named, due = act.owner_and_due(action.description)
        if act.INITIALS_RE.match(named) or (act.OWNER_ONLY_RE.match(named) and " to " not in named):
            # "ACTION: MP" under a paragraph: that paragraph is the action, MP its owner.
            owner = named
            actions = self.parsed.actions
            if actions and self.last_text and _placed_last(actions[-1], self.last_text):
                # "Clerk to upload the policies. ACTION: Clerk": the action above, its owner named.
                # (also "4.4 Head of Contracting to agree …" above "Action: SW": the paragraph's
                # typed number is the action's reference)
                above = actions[-1]
                above.owner_label = _with_owner(above, owner)
                if due:
                    above.description += f" (Due: {due})"
                    above.due_date = act.parse_date(due) or above.due_date
                self.last_text = above.description
                return
            blocks = self.section.blocks
            if blocks and not blocks[-1].is_list:
                text = blocks.pop().text
                if due:
                    text = f"{text} (Due: {due})"  # the due date's words kept with the task
                due_date = act.parse_date(due) or act.due_date_in(text)
                self.parsed.actions.append(ParsedAction(text, owner, due_date))
                self.last_text = text  # a second owner line names this task's owner too
                return
            action.owner_label = owner
            # Under a decision: the decision is what is to be done (it stays a decision too).
            if self.last_text:
                action.description = f"{self.last_text} (Due: {due})" if due else self.last_text
                action.due_date = act.parse_date(due) or action.due_date
            else:
                action.description = f"Action: {action.description}"
            self.parsed.actions.append(action)
            return  # an owner line: no task of its own that a sentence could restate
        twin = restated_task(action, self.parsed.actions, self.labels) if written else None
        if twin is not None:
            # "Jo to order the new shirts." then "Action: Jo to order the new shirts": one
            # task, the sentence's, given the label's owner and date; the label is its text
            twin.owner_label = _with_owner(twin, action.owner_label)
            twin.due_date = twin.due_date or action.due_date
            self.minute(Line(written))
            if self.parsed.actions[-1] is twin:
                self.last_text = twin.description  # ("ACTION: MP" under it names its owner)
            return
        self.parsed.actions.append(action)
        self.labels.append(action)

    def restates_a_label(self, task: ParsedAction) -> bool:
        """Whether a plain sentence's task is one a label above it in this item gave."""
        return restates_a_label(task, self.labels)

    def undertaking(self, p: Line, following: Line | None) -> bool:
        """'… received. The Clerk will obtain quotations.': the undertaking is an action.

        The sentences around it are read as the paragraph they were in.
        """
        if not TASK_WORDS_RE.search(p.text):
            return False  # no task's words, so no undertaking: the people need not be gathered
        names = self.names | self.named_in_item(p.text)
        found = find_undertaking(p.text, names)
        if found is None:
            return False
        before, sentence, owner, after = found
        offered = self.marked and is_offer(sentence)
        if offered and find_undertaking(after, names) is None:
            # "… Beverley offered to organise the flowers. …" in minutes whose "ACTION:" labels
            # or "Action points" did not take it up: what was said, the paragraph kept whole
            return False
        if before:
            self.paragraph(Line(before, p.is_bullet), Line(sentence))
        action = ParsedAction(sentence, owner, act.due_date_in(sentence))
        if self.restates_a_label(action):
            self.minute(Line(sentence))  # the label above gave it: its text
        elif offered:
            self.minute(Line(sentence))  # an offer, then a task taken on: the offer is text
        else:
            self.parsed.actions.append(action)
            self.last_text = sentence
        if after:
            self.paragraph(Line(after), following)
        return True

    def named_in_item(self, text: str) -> frozenset[str]:
        """The people this item names in full ("Lisa Kerr presented …"), and each by first
        name or surname: "Lisa will put the accounts on the website" is Lisa's task."""
        if not TASK_WORDS_RE.search(text):
            return frozenset()
        return self.named_so_far() | each_word(self.speakers_in(text))

    def named_so_far(self) -> frozenset[str]:
        """The people the item has named so far, in full and by each word of their names:
        worked out again only when someone new is named (names are only ever added), not
        for each paragraph of a long item."""
        people = self.parsed.people
        if self.named_count != len(people):
            self.named_words, self.named_count = each_word(people), len(people)
        return self.named_words

    def decision_row(self, cells: list[str]) -> bool:
        """A row of a table of decisions ("Item", "Decision"): its decision, under its item."""
        if len(cells) <= self.decision_column:
            return False
        text = cells[self.decision_column]
        decisions = self.parsed.decisions
        if decisions and (decisions[-1].endswith(":") or TO_THE_TABLE_RE.search(decisions[-1])):
            # "The Committee decided the applications as follows:" above the table: the
            # lead-in goes with the first row's decision, as with a list's
            text = f"{decisions.pop()} {text}"
        self.decision(text)
        if self.item_column is not None and self.item_column < len(cells):
            self.parsed.decision_items[text] = cells[self.item_column]
        skipped = {self.decision_column, self.item_column}
        rest = [c for i, c in enumerate(cells) if i not in skipped]
        # A task beside the decision only where the header names a column for one: the other
        # cells of a table of applications are the site and the proposal.
        tasked = {"task", "owner"} & self.column_roles.keys()
        action = logs.action_from_cells(rest) if rest and tasked else None
        if action is not None:
            self.parsed.actions.append(action)
        elif rest:
            self.minute(Line(" – ".join(rest)))  # the application the advice is on
        return True

    def status(self, text: str) -> None:
        target = self.pending or (self.parsed.actions[-1] if self.parsed.actions else None)
        if target is not None and not target.status:
            target.status = text
            if target is self.pending:
                self.end_pending()
        else:
            self.minute(Line(text))

    def row(self, p: Line) -> None:
        self.end_pending()
        # "No.  From  Job": a header's short names may stand two spaces apart
        header = [name for cell in p.cells for name in re.split(r"\s{2,}", cell)]
        if logs.is_payments_header(header):
            self.mode = "minute"  # its rows are payments, in the minute's text
            self.minute(p)
            return
        if (
            logs.is_header_row(header)
            and not (
                # "Ref | Site | Appeal | Decision" under "The Clerk reported the decisions on two
                # appeals.": another's decisions, reported, their rows text as before
                logs.decisions_by_name_only(header) and not logs.decisions_lead_in(self.last_text)
            )
            and not logs.made_by_the_columns_body(header, self.last_text)
        ):
            if not all(name.lower().rstrip(":?") in logs.HEADER_WORDS for name in header):
                self.minute(p)  # a header in words of its own: its words are the minute's
            self.mode = "log"
            lead = TYPED_PARAGRAPH_RE.match(self.last_text)
            self.log_lead_number = lead.group("num") if lead else ""
            self.item_column = logs.item_column(header)
            self.decision_column = logs.item_column(header, logs.DECISION_HEADERS)
            self.column_roles = logs.column_roles(header)
            return
        if self.decision_column is not None and self.decision_row(p.cells):
            return
        has_fields = any(act.parse_date(c) or act.is_status(c) for c in p.cells) or any(
            act.INITIALS_RE.match(c) for c in p.cells
        )
        if self.mode != "log" and logs.is_figures_row(p.cells):
            has_fields = False  # "HMRC  PAYE, January  196.35  0.00  196.35": a payment
        action = None
        if (self.mode == "log" or has_fields) and not logs.is_marks_row(p.cells):
            column = self.item_column
            named = column is not None and len(p.cells) > column
            # The Item (or Minute) column says where the action arose: never its owner.
            if {"task", "owner"} <= self.column_roles.keys():
                # The header says which column is which (the Item column is left out).
                cells = [c if i != column else "" for i, c in enumerate(p.cells)]
                action = logs.action_from_named_cells(cells, self.column_roles)
            else:
                cells = [c for i, c in enumerate(p.cells) if i != column] if named else p.cells
                action = logs.action_from_cells(cells)
            if action is not None and named:
                action.item = p.cells[column]
                action.row = " ".join(p.cells)
        if action is not None:
            self.parsed.actions.append(action)
        else:
            self.minute(p)

    def next_typed_paragraph(self, text: str) -> bool:
        """Whether a line after a log's table is the minute's next typed paragraph: "3.3
        Matters arising not on the log: none." under "3.2  Action log:" and its header row
        (the log's own rows are the table's, "A26/9 | Get quotes | FOM | Done")."""
        lead, match = self.log_lead_number, TYPED_PARAGRAPH_RE.match(text)
        if not lead or not match or "." not in lead.rstrip("."):
            return False
        head, _, last = lead.rpartition(".")
        number = match.group("num")
        return last.isdigit() and number == f"{head}.{int(last) + 1}"

    def log_field(self, text: str) -> bool:
        """An action log flattened to one field a line: reference, description, owner, due."""
        date = act.parse_date(text)
        if logs.REFERENCE_RE.match(text) and not date:
            self.end_pending()
            self.pending = ParsedAction(description="", reference=text)
            return True
        line = logs.LOG_LINE_RE.match(text)
        if line and logs.REPORT_ON_ACTIONS_RE.match(line.group("rest")):
            return False  # "2.1 The Board reviewed the action log. …": the minute, in prose
        if line and not date:
            # "01/25 Clerk to obtain quotes – Complete.": a whole entry on one line.
            self.end_pending()
            description, status = logs.split_status(line.group("rest"))
            self.parsed.actions.append(
                ParsedAction(
                    description,
                    owner_label_of(description),
                    act.due_date_in(description),
                    reference=line.group("ref"),
                    status=status,
                )
            )
            return True
        pending = self.pending
        if pending is None:
            if text.lower().rstrip(":") in logs.HEADER_WORDS:
                self.minute(Line(text))  # "Ref", "Action", "Owner": the log's header, a line each
                return True
            return False
        if not pending.description:
            pending.description = text
        elif pending.due_date is None and date:
            pending.due_date = date
            pending.due_text = text
        elif not pending.owner_label and len(text) <= 60 and text[-1] not in ".!?":
            pending.owner_label = text
        else:
            pending.description = f"{pending.description} {text}"
        return True

    def numbered_paragraph(self, p: Line) -> bool:
        """'4.4 ACTION: NF to circulate …', '3.1 Trustees APPROVED …': a typed paragraph number
        before an action or a decision; the number is kept with it."""
        match = TYPED_PARAGRAPH_RE.match(p.text)
        if not match or p.is_bullet or p.cells or self.mode == "discussion":
            return False
        if self.mode == "leadin" and self.numbered_point(match.group("num"), match.group("rest")):
            return False  # "Key points raised:" over "1. …", "2. …": its points, numbered
        if self.mode == "leadin":
            self.mode = "minute"  # the points after a lead-in end at the next paragraph
        number, rest = match.group("num"), match.group("rest")
        inline = act.inline_action(rest)
        if inline:
            inline.reference = number
            self.inline_action(inline)
            return True
        if dec.is_decision(rest) and not split_at_decision(rest)[0]:
            self.end_pending()
            self.decision(p.text)
            return True
        if self.mode == "minute" and act.is_owner_led(rest):
            # "6.3 Chief Executive to sign the contract …": the task, numbered.
            action = ParsedAction(
                rest, owner_label_of(rest), act.due_date_in(rest), reference=number
            )
            self.parsed.actions.append(action)
            self.last_text = p.text
            return True
        if self.mode == "minute":
            # "22.3 The Assistant Director undertook to provide …": the undertaking, numbered.
            found = find_undertaking(rest, self.names | self.named_in_item(rest))
            if found is not None and not found[0] and not found[3]:
                _, sentence, owner, _ = found
                action = ParsedAction(sentence, owner, act.due_date_in(sentence), reference=number)
                self.parsed.actions.append(action)
                self.last_text = p.text
                return True
        return False

    def numbered_point(self, number: str, rest: str) -> bool:
        """'1.' straight after a discussion lead-in, or the next number after its last
        point ('2.' after '1. …'): a numbered point, not a numbered paragraph of the minute.
        A decision or a task so numbered ("3. RESOLVED that …", "4. The Clerk will write …")
        is no point: it ends the points."""
        if not re.fullmatch(r"\d{1,2}\.", number):
            return False
        if (
            dec.is_decision(rest)
            or act.inline_action(rest)
            or act.is_owner_led(rest)
            or find_undertaking(rest, self.names | self.named_in_item(rest)) is not None
        ):
            return False
        points = self.parsed.points
        last = re.match(r"(\d{1,2})\.\s", points[-1].text) if points else None
        if last is not None and int(last.group(1)) + 1 == int(number[:-1]):
            return True
        return number == "1." and self.last_text.endswith((":", ":-"))

    def closing_task(self, text: str, bullet: bool = False) -> tuple[str, str]:
        """A paragraph that ends by giving someone a task: "(ii) A complaint about the hedge.
        Clerk to write to the landowner." → (what came before, the task), the task with an
        "Action: SD" after it; ("", text) when it does not end so. A bullet ends so only with
        a verb of doing after "to" ("- The pads expire. Hon. Secretary to order new pads.",
        not "- … Clerk to the Council present.")."""
        if " to " not in text[-400:] or len(text) > 3000:
            return "", text
        parts = CLOSING_SENTENCE_RE.split(text)
        tail = 2 if len(parts) > 2 and TASK_OWNER_LABEL_RE.match(parts[-1]) else 1
        if len(parts) <= tail:
            return "", text
        task = parts[-tail]
        if not (act.is_owner_led(task) or self.known_owner(task) or act.trailing_owner(task)):
            return "", text  # ("… team. [Action: SM]": its owner tagged at its end)
        if bullet and not CLAUSE_VERB_RE.match(task.partition(" to ")[2]):
            return "", text
        if bullet and _reviewed(task):
            return "", text  # ("- Bench. Derek to repair the bench (done).": a task reviewed)
        return " ".join(parts[:-tail]), " ".join(parts[-tail:])

    def middle_task(self, text: str) -> tuple[str, str, str]:
        """A sentence inside a paragraph that gives someone a task: "Coffee morning on 16 May.
        Anita to do the rota for teas. Please bring cakes." → (what came before, the task,
        what comes after); ("", "", text) when no sentence between the first and the last
        does. Only a verb of doing after "to" ("The Clerk to the Council reported …" is
        none), not a decision's sentence, not a task given before whose status is said
        ("Derek to repair the bench. Completed.", "… – done. Thanks to Anita."), and not one
        the meeting then agrees to ("Clerk to write to the landowner. Agreed unanimously.")."""
        if " to " not in text or len(text) > 3000:
            return "", "", text
        parts = CLOSING_SENTENCE_RE.split(text)
        for index in range(1, len(parts) - 1):
            task = parts[index]
            _, found, rest = task.partition(" to ")
            if not found or not CLAUSE_VERB_RE.match(rest):
                continue
            if _reviewed(task, parts[index + 1]) or ASSENTED_AFTER_RE.match(parts[index + 1]):
                continue  # ("Derek to repair the bench. Completed.", "… Agreed unanimously.")
            if (act.is_owner_led(task) or self.known_owner(task)) and not dec.is_decision(task):
                return " ".join(parts[:index]), task, " ".join(parts[index + 1 :])
        return "", "", text

    def clause_task(self, text: str) -> bool:
        """A sentence whose last clause, after a semicolon or a dash, gives someone a task, as
        informal notes write it: "The insurance renewal is due on 1 April; KHR to get a quote
        …", "The roller needs a new starter motor – RB to get it fixed.", or whose last clause
        after ", and the …" is an undertaking ("…, and the Treasurer will circulate …"): the
        sentence is the task (what "it" is stays with it), the clause's owner its owner; the
        sentences before it are read as they were. Not a decision's sentence, nor a clause
        that names no one ("… – tables to be set out by 10am") or whose verb is none of doing
        ("… – Clerk to the Council.", "…; AGM to follow.")."""
        tail = text[-300:]
        if (" to " not in tail and " will " not in tail) or len(text) > 3000:
            return False
        match = CLOSING_CLAUSE_RE.search(tail)
        if match is None:
            return False
        cut = len(text) - len(tail) + match.start()
        joined = text[cut] == ","  # "…, and the Treasurer will …": an undertaking only
        dashed = False  # "… at the Mill – Cath will send round the menu.": an undertaking
        task = tail[match.end() :] if joined else text[cut:].lstrip(" ;–—-")
        if not joined and task[:1].isupper() and (act.is_owner_led(task) or self.known_owner(task)):
            if not CLAUSE_VERB_RE.match(task.partition(" to ")[2]):
                return False  # "… – Clerk to the Council.", "…; AGM to follow.": no task
            owner = owner_label_of(task) or task.partition(" to ")[0]
        else:
            # "… is hard to read; the Secretary will ask the Town Council whether …", "Members
            # asked about the costs, and the Treasurer will circulate …": an undertaking closing
            # the sentence, after a semicolon or ", and" only
            names = self.names | self.named_in_item(task)
            # ("…; the Director agreed to …"; "… at the Mill – Cath will send round the menu.")
            # ("…; Mr Arkholme said that it was, and undertook to circulate …": their word)
            will = text[cut:].lstrip()[:1] in ";,–—-" and (
                " will " in task or " undertook to " in task
            )
            dashed = will and text[cut:].lstrip()[:1] in "–—-"
            owner = owner_of(task[:1].upper() + task[1:], names) if will else ""
            if not owner:
                return False
            owner = re.sub(r"^(?:The|Our) ", "", owner)
        starts = [m.end() for m in CLOSING_SENTENCE_RE.finditer(text[:cut])]
        start = starts[-1] if starts else 0
        before, sentence = text[:start].strip(), text[start:].strip()
        if dec.is_decision(sentence) or act.is_owner_led(sentence) or self.known_owner(sentence):
            return False
        if dashed and owner_of(sentence, self.names | self.named_in_item(sentence)):
            return False  # "The Secretary will book the Mill – Cath will …": the Secretary's
        if before:
            self.paragraph(Line(before), Line(sentence))
        self.parsed.actions.append(ParsedAction(sentence, owner, act.due_date_in(sentence)))
        self.last_text = sentence
        return True

    def agreed_then_task(self, text: str) -> tuple[str, str]:
        """'Agreed to hold a fete; Tom to book the field.' → (the decision, its task after the
        semicolon); (the text, "") where no one is given a task so."""
        match = AGREED_THEN_TASK_RE.match(text)
        if match is None:
            return text, ""
        task = match.group("task")
        if not (act.is_owner_led(task) or self.known_owner(task)):
            return text, ""
        if WHOLE_BODY_OWNER_RE.match(task):
            return text, ""  # "Agreed that …; Members to pay by 1 May.": the agreement's terms
        if not CLAUSE_VERB_RE.match(task.partition(" to ")[2]):
            return text, ""  # "Agreed to meet in May; AGM to follow.": no task
        return match.group("decision"), task

    def job(self, p: Line) -> bool:
        """'Lisa - entry forms and the website' under "Jobs for the day:": the named person's
        task; the jobs end at the first line that names no one so, a first name and a dash
        ("Note: the gates open at 10am" is none), or after a blank line ("Kit - the new kit
        has arrived" is the minute's next topic)."""
        owner = act.name_first_owner(p.text)
        if not owner or p.is_bullet or p.after_blank or not JOB_LINE_RE.match(p.text):
            self.mode = "minute"
            return False
        self.parsed.actions.append(ParsedAction(p.text, owner, act.due_date_in(p.text)))
        self.last_text = p.text
        return True

    def known_owner(self, text: str) -> bool:
        """'Sam to write up the findings.': someone on the register, by a name they go by, or
        two of them ('Yvonne and Brenda to visit the estate.')."""
        head, found, rest = text.partition(" to ")
        if not found or len(text) > 300 or not rest[:1].islower():
            return False
        if head in self.names or self.register_office(head):
            return True
        pair = re.split(r" (?:and|&) ", head, maxsplit=1)
        return len(pair) == 2 and all(name in self.names for name in pair)

    def register_office(self, head: str) -> bool:
        """'Captain to draw up the winter programme.': an office the register gives someone
        ("Ann Bell (Captain, AB)"), one to three capitalised words, named before "to"; a group
        in brackets ("(Juniors)") is no one's office, nor is how someone attends ("(Resident)")
        or the body they come from ("(Rowing Club)")."""
        office = re.sub(r"^The ", "", head)
        if NOT_OFFICE_RE.search(office):
            return False
        return bool(OFFICE_WORDS_RE.match(office)) and any(
            role.split(",")[0].strip() == office.lower() for role in self.roles
        )

    def end_pending(self) -> None:
        if self.pending is not None:
            if self.pending.description:
                self.parsed.actions.append(self.pending)
            else:
                # No description came: what did come is the minute's text, not lost
                pending = self.pending
                words = [pending.reference, pending.status, pending.due_text, pending.owner_label]
                self.minute(Line(" ".join(w for w in words if w)))
            self.pending = None
