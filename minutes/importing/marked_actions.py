"""Minutes that mark their actions, and an offer in their prose that no mark took up.

Minutes that mark what is to be done – an "ACTION:" label on a task's own line, or a list
of "Action points" (or "Actions", "Actions agreed") under the items – record as tasks what
they mark. "Beverley offered to organise the flowers", written in an item of such minutes
and taken up by no label and no list, is what was said at the meeting: the clerk left it
out of the actions, and so does the importer, keeping it as the minute's text. In minutes
that mark none, an offer is its maker taking the task on (minutes.importing.undertakings),
and "Tegan will organise the flowers" is a task in any minutes: the word given, not offered.
"""

from __future__ import annotations

import re

from minutes.importing import actions as act
from minutes.importing.action_lists import ACTION_HEADINGS, is_summary_heading
from minutes.importing.cleaning import Line
from minutes.importing.offers import OFFER_WORDS
from minutes.importing.undertakings import TASK_WORDS_RE

# "Actions from this meeting", "Actions arising from the meeting": a heading over the
# meeting's own tasks, beside the headings a minute's reading knows (ACTION_HEADINGS, a
# summary of actions)
FROM_THIS_MEETING_RE = re.compile(
    r"^actions (?:from|arising from) (?:this|the) meeting\s*:?$", re.IGNORECASE
)
# "3.5 ACTION: …": a paragraph's typed number before its label.
LABEL_NUMBER_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,2}\s+")


def is_task_list_heading(text: str) -> bool:
    """'Action points', 'Actions agreed:', 'Summary of actions': a heading over the meeting's
    own list of tasks, a line of its own."""
    return (
        text.lower().rstrip(":").strip() in ACTION_HEADINGS
        or is_summary_heading(text)
        or FROM_THIS_MEETING_RE.match(text) is not None
    )


def marks_actions(lines: list[Line]) -> bool:
    """Whether minutes mark their tasks: a line that is an "ACTION:" label's task ("ACTION:
    Report the themes … (Head of Complaints).") or a heading over a list of them."""
    return any(
        is_task_list_heading(line.text)
        or act.inline_action(LABEL_NUMBER_RE.sub("", line.text)) is not None
        for line in lines
    )


def is_offer(sentence: str) -> bool:
    """'Beverley offered to organise the flowers.' → True: a task offered, not given."""
    words = TASK_WORDS_RE.search(sentence)
    return words is not None and words.group() in OFFER_WORDS
