"""A body deciding what it will do at a meeting to come.

"The Cabinet approved the fees at its December meeting" reports a body's decision at a
meeting of its own, not this meeting's (`decisions.AT_ITS_MEETING_RE`). "The Forum agreed to
review the licensing statement at its meeting in June 2027" is the body deciding, here, what
it will do at a later meeting: the meeting named is where the review is to be done, after the
verb of the task, so the decision is this meeting's. The task is one a body does at its
meetings (review, consider, discuss, receive, return to …); "The Cabinet agreed at its meeting
in January to …" still reports Cabinet's decision, and another body's plan for its own
meeting ("The County Council agreed to consider the petition at its meeting in July") is
moved back to the text as any other body's decision is (`minutes.importing.others`).
"""

from __future__ import annotations

import re

FOR_A_MEETING_TO_COME_RE = re.compile(
    r"\b(?:agreed|decided|resolved|AGREED|RESOLVED|DECIDED)\s+to\s+"
    r"(?:review|consider|reconsider|revisit|discuss|receive|debate|look (?:again )?at|"
    r"return to|come back to)\b[^.;:!?]{1,100}?\bat its (?:[\w-]+ ){0,3}meeting\b"
)


def for_a_meeting_to_come(text: str) -> bool:
    """Whether "at its … meeting" in a body's decision names the meeting where the task it
    decided on is to be done ("agreed to review … at its meeting in June")."""
    return bool(FOR_A_MEETING_TO_COME_RE.search(text))
