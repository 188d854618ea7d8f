"""A list of the meeting's tasks under a heading of its own, one task a line.

Minutes often close, after the last item, with the tasks gathered under a heading: "Action
points", "Actions", and a charity's or a board's "Summary of actions" (a heading the body
reader, minutes.importing.body, puts in its "actions" mode). Each line is a task, written
owner first ("EV – submit the two bids …", minutes.importing.actions.name_first_owner) or as
"Clerk to …", and often typed as a numbered list ("1.<tab>TG – get three quotes …"), the
number the task's reference in the summary. "None." under such a heading is no task.
"""

from __future__ import annotations

import re

from minutes.importing import actions as act
from minutes.importing.actions import ParsedAction, owner_label_of
from minutes.importing.cleaning import Line
from minutes.importing.unnumbered import Heading

# "Summary of actions", "SUMMARY OF ACTION POINTS", "Actions summary": the tasks gathered at
# the minutes' end ("Summary of the discussion" is no list of tasks).
SUMMARY_HEADING_RE = re.compile(
    r"^(?:summary of (?:agreed |the )?actions?(?: points)?(?: agreed)?|actions? summary)\s*:?$",
    re.IGNORECASE,
)
# "Actions", "Action points:": a heading over the meeting's tasks, as a line of its own reads.
ACTION_HEADINGS = {
    "action",
    "actions",
    "action points",
    "actions agreed",
    "actions:",
    "action:",
    "action items",
    "action items:",
}
# "1.<tab>TG – get three quotes …", "2) Clerk to book the hall": a number typed before a line.
TYPED_NUMBER_RE = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<rest>\S.*)$")
# "None.", "No actions.", "Nil": nothing was given to anyone.
NOTHING_RE = re.compile(
    r"^(?:none|nil|n/?a|no (?:new )?actions?(?: (?:arising|agreed))?)\.?$", re.I
)


def is_summary_heading(text: str) -> bool:
    return len(text) <= 40 and bool(SUMMARY_HEADING_RE.match(text))


def listed_action(text: str) -> ParsedAction | None:
    """One line of a list of tasks as its task, the owner it names first and the number typed
    before it; None where the line gives no one anything ("None.")."""
    if NOTHING_RE.match(text):
        return None
    typed = TYPED_NUMBER_RE.match(text)
    number, task = (typed.group("number"), typed.group("rest")) if typed else ("", text)
    owner = owner_label_of(task) or act.name_first_owner(task)
    return ParsedAction(task, owner, act.due_date_in(task), reference=number)


def listed_owner(text: str) -> str:
    """The owner a line of a list of tasks names first, its typed number left aside."""
    typed = TYPED_NUMBER_RE.match(text)
    task = typed.group("rest") if typed else text
    return act.name_first_owner(task) or owner_label_of(task)


def without_listed_tasks(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """The items' headings without the lines of a summary of actions numbered on in turn from
    the last item ("Summary of actions" over "… 3. AB – book the hall. 4. TG – pay the
    insurer." after item 3); an item's title after the list ("4. Date of next meeting") is
    still an item's."""
    summaries = [index for index, line in enumerate(lines) if is_summary_heading(line.text)]
    if not summaries:
        return headings
    kept: list[Heading] = []
    for heading in headings:
        under = max((index for index in summaries if index < heading.index), default=-1)
        if under > (kept[-1].index if kept else -1) and listed_owner(lines[heading.index].text):
            continue
        kept.append(heading)
    return kept
