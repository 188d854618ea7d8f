"""An action's owner named between its label and its task, after a dash: "ACTION - Colin - book
the coach …", "Action – Emma – send the letters …", "Action: Medical Secretary – send the
nomination …", "ACTION – NS – arrange two learning events – 31 March 2026".

The label in capitals or not, a hyphen or a dash, all read the same: the words before the dash
are the task's owner, and the task is what follows, in lower case, as the clerk wrote it to
be done. Who the words are is checked, for a word before a dash may be the task's topic
("Action - Website - update the events page"): initials, an office ("Clerk", "Social
Secretary"), everyone ("ACTION - All - read the policy", as "Action: All to read …" is read) or
people on the register ("Colin", "Maureen and Tony"), else no owner is read.
"""

from __future__ import annotations

import re

from minutes.importing.actions import INITIALS_RE, ParsedAction, is_owner_led, is_status

# "Colin - book the coach …", "NS – arrange …", "MC: circulate …": up to five words of a name
# or an office, a dash (or a colon), and the task starting in lower case with a verb, not "to
# be booked" (a thing, then what is to be done to it), nor a state ("– done", "– ongoing").
DASHED_OWNER_RE = re.compile(
    r"^(?P<owner>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&|of|/)){0,4}?)\s*(?:[–—-]|:)\s+"
    r"(?P<task>(?!(?:to|be|is|are|was|were|has|have|had|will|would|should|could|can|may|"
    r"the|a|an|not|no|none|n/a|done|complete|completed|ongoing|closed|open|see|as|in|on|at|"
    r"for|with|by|from|and|or)\b)[a-z].*)$",
    re.DOTALL,
)
# "All", "Everyone": the task is every member's.
EVERYONE_RE = re.compile(r"^(?:All|ALL|Everyone|EVERYONE)$")
# "Maureen and Tony", "LC/OB": the owners named together.
OWNERS_SPLIT_RE = re.compile(r"\s+(?:and|&)\s+|\s*/\s*")
# A loose check for the nothing-lost test, which knows no register: the label (a sentence of
# its own where a colon ends it, "Action:"), then whatever a dashed owner may be, then the task.
LABELLED_DASHED_OWNER_RE = re.compile(
    r"^(?:(?:ACTIONS?|[Aa]ctions?)\s*[:–—-]\s*)?" + DASHED_OWNER_RE.pattern[1:], re.DOTALL
)


def dashed_owner(text: str, names: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """'Colin - book the coach.' → ('Colin', 'book the coach.') when Colin is on the register
    (`names`); initials, an office or "All" need no register; else None."""
    match = DASHED_OWNER_RE.match(text)
    if not match:
        return None
    owner, task = match.group("owner"), match.group("task").strip()
    if is_status(task):
        return None
    if (
        INITIALS_RE.match(owner)
        or EVERYONE_RE.match(owner)
        or is_owner_led(f"{owner} to do it.")
        or all(part in names for part in OWNERS_SPLIT_RE.split(owner))
    ):
        return owner, task
    return None


def read_dashed_owner(action: ParsedAction, names: frozenset[str]) -> None:
    """An "Action:" label's task given its owner between dashes: its owner set, and its words
    the task's alone. Where the words before the dash are no one ("Website"), no owner runs on
    past the dash ("Website - send the list to members" is not one owner of "send …")."""
    match = DASHED_OWNER_RE.match(action.description)
    if not match:
        return
    found = dashed_owner(action.description, names)
    if found:
        action.owner_label, action.description = found
    elif len(action.owner_label) > len(match.group("owner")):
        action.owner_label = ""


def labelled_task_and_owner(sentence: str) -> str:
    """'ACTION - Colin - book the coach.' (or 'Colin - book the coach.' after "Action:") →
    'book the coach. Colin', the words an action read with a dashed owner holds them in (its
    task, then its owner); "" for another sentence."""
    match = LABELLED_DASHED_OWNER_RE.match(sentence)
    return f"{match.group('task')} {match.group('owner')}" if match else ""
