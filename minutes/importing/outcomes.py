"""An item's outcome, labelled, after its discussion.

A hospital committee's minutes put a "Discussion" heading under each item, the account of
the item under it, and then what the committee decided on a line labelled "Outcome:" (or
"Decision:", "Agreed:", "RESOLVED:"), its tasks below that ("Action: TQ to add …", "Ms
Sarrowby will send …"). Under such a heading the body reader keeps what members said as the
discussion, deciding nothing; a labelled decision closes the discussion, so it is the item's
decision and what follows it is the minute again (`closes_discussion`). An outcome of two
sentences each the body deciding ("Outcome: The group approved the waste policy. The group
deferred the hand hygiene policy …") is two decisions, the label kept on the first
(`after_outcome_label`).
"""

from __future__ import annotations

import re

# "Outcome: …", "Decision: …", "Agreed: …", "RESOLVED – …": a label naming what the meeting
# decided, with the decision after it on the same line ("Decision:" alone on its line is a
# marker, read as one already).
LABELLED_DECISION_RE = re.compile(
    r"^(?:Outcome|Decisions?|Agreed|AGREED|Resolved|RESOLVED|Resolution)\s*[:–—-]\s*(?=\S)"
)
OUTCOME_LABEL_RE = re.compile(r"^Outcome\s*:\s*(?=\S)")


def closes_discussion(text: str, is_decision: bool) -> bool:
    """Whether a paragraph under a "Discussion" heading is the item's labelled decision,
    closing the discussion: "Outcome: The group noted the audit." ("Mr Quenell said that the
    group had approved the form in 2025" is what was said, with no label; "Outcome: None."
    decides nothing, and is the discussion's text)."""
    return is_decision and bool(LABELLED_DECISION_RE.match(text))


def after_outcome_label(text: str) -> tuple[str, str]:
    """An outcome's label and its words: ("Outcome: ", "The group approved …"), or ("",
    text) when no "Outcome:" label opens it."""
    match = OUTCOME_LABEL_RE.match(text)
    if not match:
        return "", text
    return text[: match.end()], text[match.end() :]
