"""Telling when an "Action:" label restates a task an item already gives in a plain sentence.

Clerks mix the two in one item: some tasks only as labels ("Action: Tom to instruct the tree
surgeon"), others only in plain sentences ("Margaret will book the annual service …",
"Clerk to write to the highways team."), and each of those is a task of its own. But a label
often repeats the sentence it stands under, or a sentence the label above it ("Jo to order
the new shirts." then "Action: Jo to order the new shirts"; "John Bell will circulate the
plan for the spring work." then "Action: JB to circulate the spring plan."): that is one task,
written twice, and counting it twice gives an officer a second task to tick off. A label
restates a sentence when both name one owner (as written, by initials, by a first name or
surname of the full name, or with "The" before an office, or the office in full: "Parish
Clerk" is the Clerk, "Assistant Clerk" another officer) and the sentence holds the label's
verb and nearly all the label's other words.
"""

from __future__ import annotations

import re

from minutes.importing.actions import MONTHS, ParsedAction

# "to order the new shirts": the words of a task after its owner, three letters or more
TASK_WORD_RE = re.compile(r"[a-z][a-z'’-]{2,}")
LITTLE_WORDS = {"the", "and", "for", "with", "from", "into", "our", "all", "new", "before", "about"}
# ("Action: Jo to order the new shirts by 31 March 2026": the date is when, not what)
DATE_WORDS = set(MONTHS) | set("monday tuesday wednesday thursday friday saturday sunday".split())
# "Tom and Jo", "MP / SW": two owners, neither of whom is the other's name
OWNERS_RE = re.compile(r"\s(?:and|&|/)\s|,")
# "The Clerk", "our Treasurer": an office named with a word before it is the office
ARTICLE_RE = re.compile(r"^(?:[Tt]he|[Oo]ur)\s+")
# "Assistant Clerk", "Dep. Clerk": a rank before an office makes another officer, not the
# office named in full as "Parish Clerk" is the Clerk
RANK_WORDS = {"Assistant", "Asst.", "Deputy", "Dep.", "Acting", "Vice"}
# (three quarters of the label's words: "spring plan" in "the plan for the spring work",
# not "the minibus for the county match" beside "the new shirts")
SHARED_SHARE = 0.75


def restates(label: ParsedAction, sentence: ParsedAction) -> bool:
    """Whether a label's task ("Action: JB to circulate the spring plan.") is the task a
    plain sentence gives ("John Bell will circulate the plan for the spring work.")."""
    if label.reference or label.row or sentence.reference or sentence.row:
        return False  # a row of the action log, or a typed paragraph: counted as numbered
    if not same_owner(label.owner_label, sentence.owner_label):
        return False
    _, found, task = label.description.partition(" to ")
    verb = task.split()[0].lower() if found and task.split() else ""
    if not verb:
        return False
    words = _words(task)
    said = set(re.findall(r"[a-z][a-z'’-]*", sentence.description.lower()))
    return verb in said and len(words & said) >= SHARED_SHARE * len(words)


def restated_task(
    label: ParsedAction, tasks: list[ParsedAction], labels: list[ParsedAction]
) -> ParsedAction | None:
    """The one task of an item's plain sentences (its `tasks` that are not `labels`) that a
    label restates; None where none does, or where two do and which one it is is unsaid."""
    twins = [
        task
        for task in tasks
        if not any(task is other for other in labels) and restates(label, task)
    ]
    return twins[0] if len(twins) == 1 else None


def restates_a_label(task: ParsedAction, labels: list[ParsedAction]) -> bool:
    """Whether a plain sentence's task is one a label above it in the item gave ("Action:
    Clerk to write to highways …" then "The Clerk will write to highways …")."""
    return any(restates(label, task) for label in labels)


def same_owner(one: str, other: str) -> bool:
    """'Clerk' and 'The Clerk', 'JB' and 'John Bell', 'Jo' and 'Jo Markham': one owner
    ('Clerk' and 'Assistant Clerk' two)."""
    one, other = ARTICLE_RE.sub("", one.strip()), ARTICLE_RE.sub("", other.strip())
    if not one or not other:
        return False
    if one.lower() == other.lower():
        return True
    for short, full in ((one, other), (other, one)):
        words = full.split()
        if OWNERS_RE.search(full) or OWNERS_RE.search(short):
            continue
        if RANK_WORDS.intersection(words) - set(short.split()):
            continue
        if len(words) > 1 and (short == _initials(words) or short in words):
            return True
    return False


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _words(text: str) -> set[str]:
    return set(TASK_WORD_RE.findall(text.lower())) - LITTLE_WORDS - DATE_WORDS
