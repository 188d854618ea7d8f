"""Reading an item's minute, paragraph by paragraph, into the record's shape.

`parse_body` reads the minute itself: sections under their headings, discussion points
(under a "Discussion" heading or label, or after a lead-in such as "The following points
were made:"), decisions, actions and action logs (also after a paragraph's typed number,
"5.2 Trustees AGREED …"), supporting documents, and the people named speaking. Nothing is
dropped: every sentence of the input lands in one of those parts (`minutes.importing.loss`
checks that). What it reads into is a `ParsedMinute`; `minutes.importing.item` finds the
title above it and `minutes.importing.meeting` each item of a whole meeting. The reader
here decides where each paragraph goes; placing actions and action logs is
`minutes.importing.action_reading`'s part of it, and placing decisions
`minutes.importing.decision_reading`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes.importing import action_lists
from minutes.importing import action_logs as logs
from minutes.importing import actions as act
from minutes.importing import decisions as dec
from minutes.importing.action_reading import ActionReading
from minutes.importing.actions import ParsedAction, owner_label_of
from minutes.importing.cleaning import Line, looks_like_heading, without_file_size
from minutes.importing.decision_parts import ENUMERATOR_RE, is_enumerated, split_at_decision
from minutes.importing.decision_reading import DecisionReading
from minutes.importing.lead_ins import (
    ANSWER_RE,
    QUESTION_MARK_RE,
    QUESTION_RE,
    ends_in_discussion_lead_in,
    question_row,
)
from minutes.importing.marked_actions import marks_actions
from minutes.importing.outcomes import closes_discussion
from minutes.importing.reports_after import split_at_report
from minutes.importing.speakers import BRACKETED_SPEAKER_RE, SPEAKER_RE, find_speakers
from minutes.text import Block, Section, format_sections

FURNITURE = {"agenda item", "minutes:", "minute:", "minutes", "agenda item:"}
# Lines above a title on a council's page: never the title itself.
TITLE_FURNITURE = FURNITURE | {"decision details", "issue details", "item", "details"}
DOCUMENT_MARKERS = ("supporting documents:", "background papers:")
DISCUSSION_HEADINGS = {"discussion", "discussion points", "debate", "discussion:"}
DECISION_HEADINGS = {"decision", "decisions", "resolved", "resolution", "resolutions"}
TOPIC_SEPARATORS = (" – ", " — ", " - ", ": ")
# The lines that close a meeting's minutes: the next meeting, the close, the signature.
MEETING_END_RE = re.compile(
    r"^(?:(?:date of (?:the )?)?next meeting\b|the meeting (?:closed|ended)\b|meeting closed\b|"
    r"signed\b)",
    re.IGNORECASE,
)
ACTIONS_LEAD_IN_RE = re.compile(
    r"^(?:outstanding |previous |open |new )?actions?(?: (?:from|arising from|agreed at) "
    r"(?:the )?(?:last|previous) (?:time|meeting))?\s*:$",
    re.IGNORECASE,
)
COMMENT_RE = re.compile(r"^\[[a-z]{1,2}\]\S")
SUM_AT_END_RE = re.compile(r"[£$€]\s?\d[\d,]*(?:\.\d\d)?$")
# A line such as "Date: 3 March" or "Status: Open" is a labelled value, never a heading.
LABELLED_VALUE_RE = re.compile(r"^[A-Z][\w /'’-]{0,25}:\s*\S")
# "Cabinet considered the report of the Director.": an account of what the body heard,
# not what it decided ("That the budget be approved" and "To approve …" are decisions).
ACCOUNT_RE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,4}?(?:considered|received|discussed|heard|"
    r"presented|introduced)\b"
)


@dataclass
class ParsedPoint:
    topic: str
    text: str
    speakers: list[str] = field(default_factory=list)


@dataclass
class ParsedMinute:
    """One item's minute, read: the number and title, and everything minuted under it."""

    title: str = ""
    number: str = ""
    introduced_by: str = ""
    sections: list[Section] = field(default_factory=list)
    points: list[ParsedPoint] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    actions: list[ParsedAction] = field(default_factory=list)
    supporting_documents: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    decision_items: dict[str, str] = field(default_factory=dict)  # a table's decision → item
    heading: str = ""  # the number and title as written ("Minute 5 Roads"), held as both

    @property
    def minute_text(self) -> str:
        """The minute as saved: its sections, and its supporting documents listed last."""
        sections = list(self.sections)
        if self.supporting_documents:
            sections.append(
                Section("Supporting documents", [Block(bullets=self.supporting_documents)])
            )
        return format_sections(sections)

    def all_text(self) -> str:
        parts = [self.heading, self.number, self.title, self.minute_text]
        parts += [f"{p.topic} {p.text}" for p in self.points]
        parts += self.decisions + [a.held_text() for a in self.actions]
        return "\n".join(parts)


def parse_body(
    found: list[Line],
    roles: dict[str, str] | None = None,
    title: str = "",
    names: frozenset[str] = frozenset(),
    marked: bool | None = None,
) -> ParsedMinute:
    """Read an item's minute, paragraph by paragraph, into its parts.

    An item titled "Action log" or "Outstanding actions" is read as an action log; one
    titled "Actions from the last meeting" over a list of tasks ("MH to order new goals for
    the U9s - ordered", or by the first name of someone on the register: "Keith to book the
    winch inspection – booked for 28 May") as a list of actions, each with its status.
    """
    reader = _BodyReader(roles or {}, names, title)
    # whether the minutes mark their tasks (`marks_actions`): all of them when the meeting's
    # reader says, else this item's own lines
    reader.marked = marks_actions(found) if marked is None else marked
    if logs.LOG_HEADINGS_RE.match(title):
        first = found[0] if found else None
        listed = (
            first is not None
            and first.is_bullet
            and (act.is_owner_led(first.text) or reader.known_owner(first.text))
        )
        reader.mode = "actions" if listed else "log"
        reader.bullets_only = listed  # the list ends at a paragraph that is no bullet
    return reader.read(found)


class _BodyReader(ActionReading, DecisionReading):
    """The state of reading one item: which part the paragraphs now fall into."""

    def __init__(self, roles: dict[str, str], names: frozenset[str] = frozenset(), title: str = ""):
        self.roles = roles
        self.title = title  # the item's title ("Minutes of the last meeting")
        self.names = names  # the register's people, and each by first name or surname
        self.parsed = ParsedMinute()
        self.section = Section(heading="")
        self.parsed.sections.append(self.section)
        self.mode = "minute"
        self.decisions_taken = 0  # decisions since the last marker
        self.pending: ParsedAction | None = None  # an action log entry, one field a line
        self.labels: list[ParsedAction] = []  # the tasks "Action:" labels gave, in this item
        self.item_column: int | None = None  # a log's "Item" column, from its header row
        self.column_roles: dict[str, int] = {}  # its task, owner, due and status columns
        self.decision_column: int | None = None  # its "Decision" column, if it has one
        # the typed paragraph number of the lead-in above a log's header row ("3.2  Action
        # log:"), so that "3.3  Matters arising …" after the table is known as the minute's
        self.log_lead_number = ""
        self.decision_keys: set[str] = set()
        self.decision_lead = ""  # "Cabinet RESOLVED to:", waiting for its first decision
        # the last lead-in to a list of decisions, kept after its first decision for its
        # letter ("b) RESOLVED that …:"), which the minute's next paragraph goes on from
        self.lead_in = ""
        self.last_text = ""  # the last paragraph placed, for "ACTION: MP" below it
        self.question_open = False  # a "Q: …" point waiting for its "A: …"
        self.bulleted_points = False  # the lead-in's points so far are bullets, not numbered
        # an item's list of actions ("Actions from the last meeting" over "- MH to order …"):
        # its actions are its bullets, and what is written after them is the minute
        self.bullets_only = False
        self.spoke: dict[str, tuple[str, ...]] = {}  # each paragraph's speakers (`speakers_in`)
        # `named_so_far`: each word of the names of the first `named_count` people named
        self.named_words: frozenset[str] = frozenset()
        self.named_count = 0
        self.marked = False  # the minutes mark their tasks ("ACTION:", "Action points")

    def read(self, found: list[Line]) -> ParsedMinute:
        for index, p in enumerate(found):
            following = found[index + 1] if index + 1 < len(found) else None
            self.paragraph(p, following)
        self.end_pending()
        if self.decision_lead:
            # a lead-in with no decision under it before the item ended: the minute's words
            self.minute(Line(self.decision_lead))
            self.decision_lead = ""
        parsed = self.parsed
        parsed.sections = [s for s in parsed.sections if s.heading or s.blocks]
        parsed.introduced_by = _introduced_by(parsed.sections)
        self.read_motions()
        return parsed

    # --- one paragraph ---------------------------------------------------------------

    def paragraph(self, p: Line, following: Line | None) -> None:
        text = p.text
        lowered = text.lower()
        if lowered in FURNITURE or lowered in TITLE_FURNITURE:
            self.mode = "minute"
            return
        if lowered.startswith(DOCUMENT_MARKERS):
            self.mode = "documents"
            rest = text.split(":", 1)[1].strip()
            if rest:
                self.parsed.supporting_documents.append(without_file_size(rest) or rest)
            return
        if self.mode == "documents":
            self.parsed.supporting_documents.append(without_file_size(text) or text)
            return
        if self.bullets_only and not p.is_bullet:
            self.mode, self.bullets_only = "minute", False  # "The Committee agreed to …"
        if self.mode in {"actions", "log"} and MEETING_END_RE.match(text):
            self.mode = "minute"  # "Next meeting: …" after an action list is no action
        if following is not None and following.is_bullet and ACTIONS_LEAD_IN_RE.match(text):
            # "Actions from last time:" above "- [x] Ben – send rent statements …"
            self.end_pending()
            self.minute(p)
            self.mode = "actions"
            return
        if following is not None and act.is_jobs_lead_in(text, following.text):
            # "Jobs for the day:" above "Lisa - entry forms …": a job a line, each a task
            self.end_pending()
            self.minute(p)
            self.mode = "jobs"
            return
        if self.mode == "jobs" and self.job(p):
            return
        if COMMENT_RE.match(text):
            # "[a]Priya Shah: Figures as at 23 Jan …": a comment a shared document printed
            # with the minutes, kept as text but never read as their decisions or actions
            self.end_pending()
            self.mode = "minute"
            self.minute(p)
            return
        if dec.is_decision_marker(text) and (following is not None or lowered != "resolved"):
            self.end_pending()
            self.mode = "decisions"
            self.decisions_taken = 0
            self.lead_in = ""
            return
        before, lead = self.closing_lead_in(text, following)
        if before:
            self.paragraph(Line(before), Line(lead))
            self.paragraph(Line(lead), following)
            return
        if following is not None and (
            dec.is_decision_lead_in(text)
            or self.lead_in_to_decisions(text, following)
            or self.numbered_lead_in(text, following)
        ):
            # "Cabinet RESOLVED to:": its words go with the first decision below it.
            self.end_pending()
            self.mode = "decisions"
            self.decisions_taken = 0
            self.decision_lead = self.lead_in = text
            return
        before, embedded = act.split_embedded_action(text)
        if before:
            self.paragraph(Line(before, p.is_bullet), Line(embedded))
            self.paragraph(Line(embedded), following)
            return
        if len(text) <= 40 and act.NO_ACTION_RE.match(text):
            self.minute(p)  # "Action: None.": no task, and no owner for the text above
            return
        if act.ACTION_STATUS_RE.match(text) or (
            self.mode in {"actions", "log"} and act.is_status(text)  # (the mode is quicker)
        ):
            self.status(text)
            return
        inline = act.inline_action(text)
        if inline:
            self.inline_action(inline, text)
            return
        if self.numbered_paragraph(p):
            return
        if p.columns and not p.cells and self.decision_table(p.columns):
            self.row(Line(text, cells=p.columns))
            return
        if p.cells:
            self.row(p)
            return
        asked = question_row(p.columns) if self.mode == "leadin" else None
        if asked is not None:
            # "Why is maths below the target? | The Head of School explained …": one point
            if asked:
                self.point(asked)
            else:
                self.minute(Line(text))  # the table's header: its words, no point
            return
        owned = act.task_beside_owner(p.columns)
        # (after a lead-in's bullets, such a paragraph ends the list, as any paragraph does)
        after_list = self.mode == "leadin" and self.bulleted_points and not p.is_bullet
        if owned is not None and (self.mode in {"minute", "decisions"} or after_list):
            # "The Dean of Students to meet the President.<tab>Dean of Students": a minute
            # with its "Action by" column
            self.mode = "minute" if after_list else self.mode
            self.end_pending()
            self.parsed.actions.append(owned)
            self.last_text = text
            return
        if self.mode == "log" and self.decision_column is not None and not p.columns:
            # a paragraph after a table of decisions: the table has ended
            self.mode, self.decision_column = "minute", None
        if self.mode == "log" and not p.cells and self.next_typed_paragraph(text):
            self.mode = "minute"  # "3.3  Matters arising: none." after the log's table
        if self.mode == "log" and self.log_field(text):
            return
        if self.is_heading(p, following):
            self.heading(text)
            return
        if (
            self.mode == "decisions"
            and self.decisions_taken == 0
            and following is not None
            and ACCOUNT_RE.match(text)
            and not dec.is_decision(text)
            and (dec.is_decision(following.text) or dec.is_decision_lead_in(following.text))
        ):
            # "Decision:" above "Cabinet considered the report …", then "Cabinet RESOLVED:":
            # the account before the resolution is the minute's text
            self.minute(p)
            return
        if self.mode == "discussion" and closes_discussion(text, dec.is_decision(text)):
            # "Outcome: The committee noted the report." under "Discussion": the item's
            # decision, and the minute again after it ("Ms Sarrowby will send …")
            self.mode = "minute"
        if self.mode == "decisions":
            if self.decisions_taken == 0 or self.continues_decisions(p):
                self.decision(text)
                return
            self.mode = "minute"
        if self.mode == "leadin":
            asked = QUESTION_RE.match(text)
            # ("(3) RESOLVED that the report be noted." after the bullets: the item's next
            # numbered paragraph, a decision, ends the points; not after points numbered as it
            # is, "(1) The Board approved the strategy in 2024 but …" being one of them)
            resolved = (
                self.bulleted_points
                and not p.is_bullet
                and is_enumerated(text)
                and dec.is_decision(ENUMERATOR_RE.sub("", text, count=1))
            )
            if (p.is_bullet or is_enumerated(text) or asked) and not resolved:
                self.point(text)
                self.question_open = bool(asked)
                self.bulleted_points = p.is_bullet
                return
            if self.question_open and ANSWER_RE.match(text):
                # "Q: …" then "A: …": the answer is part of the question's point
                self.question_open = False
                point = self.parsed.points[-1]
                point.text = f"{point.text}\n\n{text}"
                point.speakers += [s for s in self.speakers(text) if s not in point.speakers]
                return
            self.mode = "minute"
            self.question_open = False
        if self.mode == "minute":
            # (also a bullet's: "- The defibrillator pads expire. Hon. Secretary to order new
            # pads.", its report staying the list's bullet)
            before, task = self.closing_task(text, p.is_bullet)
            if before:  # "… about the hedge. Clerk to write to the landowner."
                self.paragraph(Line(before, p.is_bullet), Line(task))
                self.paragraph(Line(task), following)
                return
            before, task, after = ("", "", text) if p.is_bullet else self.middle_task(text)
            if before:  # "Coffee morning on 16 May. Anita to do the rota. Please bring cakes."
                self.paragraph(Line(before), Line(task))
                self.paragraph(Line(task), Line(after))
                self.paragraph(Line(after), following)
                return
            if not p.is_bullet and self.clause_task(text):  # "…; KHR to get a quote …"
                return
        bracketed = act.bracketed_owner(text) if self.mode == "minute" else None
        if bracketed:
            description, owner = bracketed
            self.parsed.actions.append(ParsedAction(text, owner, act.due_date_in(description)))
            self.last_text = text
            return
        if self.mode == "minute" and (act.is_owner_led(text) or self.known_owner(text)):
            action = ParsedAction(text, owner_label_of(text), act.due_date_in(text))
            if self.restates_a_label(action):
                self.minute(p)  # "Action: Clerk to write to highways …" above gave it
                return
            self.parsed.actions.append(action)
            self.last_text = text
            return
        trailing = act.trailing_owner(text)
        if trailing and self.mode not in {"actions", "log"}:
            description, owner = trailing
            self.parsed.actions.append(ParsedAction(text, owner, act.due_date_in(description)))
            return
        if self.mode == "minute" and self.undertaking(p, following):
            return
        if self.mode == "actions":
            # a line of a list of tasks ("1.<tab>TG – get three quotes …"); "None." is text
            listed = action_lists.listed_action(text)
            if listed is None:
                self.minute(p)
            else:
                self.parsed.actions.append(listed)
        elif self.mode == "discussion" and p.is_bullet:
            self.point(text)
        elif self.mode == "discussion" and self.parsed.points:
            # A paragraph after a bullet carries on that point (the seed's Shared Services).
            point = self.parsed.points[-1]
            point.text = f"{point.text}\n\n{text}"
            point.speakers += [s for s in self.speakers(text) if s not in point.speakers]
        elif self.mode == "minute" and not p.is_bullet and self.agrees_proposal(text):
            self.decision(f"{self.section.blocks.pop().text} {text}")
        elif self.mode == "minute" and not p.is_bullet and self.next_part(text):
            self.decision(text)  # "(2) to launch …" under "RESOLVED: (1) to award …;"
        elif (
            dec.is_decision(text)
            and not (self.mode == "discussion")
            and not self.approves_elsewhere(text)
        ):
            # "(a) 25/00871 – Bramble Cottage. Resolved to support.": the part is the decision.
            before, decision = (
                ("", text) if p.is_bullet or is_enumerated(text) else split_at_decision(text)
            )
            if before:
                self.minute(Line(before))
            # "… notes of 17 September. Valerie said that …": the decision ends at its sentence
            report = ""
            if not p.is_bullet:
                decision, report = split_at_report(decision, self.names)
            decision, task = self.agreed_then_task(decision)
            self.decision(self.with_proposal(decision))
            if task:  # "Agreed to hold a fete; Tom to book the field.": a decision and a task
                self.parsed.actions.append(
                    ParsedAction(task, owner_label_of(task), act.due_date_in(task))
                )
                self.last_text = task
            if report:
                self.paragraph(Line(report), following)  # the minute's text, read on its own
        else:
            self.minute(p)
            if following is not None and ends_in_discussion_lead_in(text):
                self.mode = "leadin"
                self.bulleted_points = False

    def is_heading(self, p: Line, following: Line | None) -> bool:
        return (
            not p.is_bullet
            and following is not None
            and looks_like_heading(p.text)
            and not LABELLED_VALUE_RE.match(p.text)
            and not SUM_AT_END_RE.search(p.text)  # "A1 Boiler Services – £15,900": a figure
            and not (  # "All – deliver the newsletter" in a list of actions: an action
                self.mode == "actions" and action_lists.listed_owner(p.text)
            )
        )

    def heading(self, text: str) -> None:
        self.end_pending()
        heading = text.lower()
        if heading in action_lists.ACTION_HEADINGS:
            self.mode = "actions"
            return
        if heading in DECISION_HEADINGS:
            self.mode = "decisions"
            self.decisions_taken = 0
            self.lead_in = ""
            return
        if logs.LOG_HEADINGS_RE.match(text):
            self.mode = "log"
        elif action_lists.is_summary_heading(text):
            self.mode = "actions"  # "Summary of actions": a heading kept over its tasks
        else:
            self.mode = "discussion" if heading in DISCUSSION_HEADINGS else "minute"
        self.section = Section(heading=text)
        self.parsed.sections.append(self.section)

    # --- the parts -------------------------------------------------------------------

    def point(self, text: str) -> None:
        topic, body = split_topic(text)
        self.parsed.points.append(ParsedPoint(topic=topic, text=body, speakers=self.speakers(body)))

    def minute(self, p: Line) -> None:
        blocks = self.section.blocks
        if p.is_bullet:
            if not blocks or not blocks[-1].is_list:
                blocks.append(Block())
            blocks[-1].bullets.append(p.text)
        else:
            blocks.append(Block(text=p.text))
        self.last_text = p.text
        self.speakers(p.text)

    def speakers(self, text: str) -> list[str]:
        names = self.speakers_in(text)
        self.parsed.people += [n for n in names if n not in self.parsed.people]
        return names

    def speakers_in(self, text: str) -> list[str]:
        """Who the text says spoke: read once a paragraph, though asked of twice where a
        paragraph that may hold an undertaking is then kept as the minute's text."""
        if text not in self.spoke:
            self.spoke[text] = tuple(find_speakers(text, self.roles))
        return list(self.spoke[text])


def split_topic(text: str) -> tuple[str, str]:
    """'Shared Services – Cllr Fleming advised...' → ('Shared Services', 'Cllr Fleming advised...')."""
    if QUESTION_MARK_RE.match(text):
        return "", text  # "Q: Why …? The Head explained …": a question and its answer, no topic
    for separator in TOPIC_SEPARATORS:
        head, found, rest = text.partition(separator)
        if found and rest and 0 < len(head.split()) <= 6 and len(head) <= 60:
            return head.strip(), rest.strip()
    return "", text


def _introduced_by(sections: list[Section]) -> str:
    if not sections or sections[0].heading or not sections[0].blocks:
        return ""
    lead_in = sections[0].blocks[0].text
    match = SPEAKER_RE.match(lead_in)
    if match and re.search(r"\b(?:introduced|presented)\b", match.group(0)):
        return match.group("name")
    match = BRACKETED_SPEAKER_RE.match(lead_in)
    if match and re.search(r"\b(?:introduced|presented)\b", match.group(0)):
        return match.group("name")
    return ""
