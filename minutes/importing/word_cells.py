"""A Word table of minutes whose cells hold several paragraphs, and its "Action by" column.

Word minutes are often one table, "Minute | Action by" (or "No. | Subject | Discussion |
Action by"), whose minute cell holds several paragraphs: the account, a lead-in over a
bulleted list of members' comments, a "RESOLVED that …" paragraph, a task. Its paragraphs
are read as the paragraphs they are, a bullet kept a bullet, so that the usual rules find
the points, the decisions and the task in the cell's middle. The owner in the row's
"Action by" (Owner, Who, Responsible …) cell is written after a tab at the end of the
paragraph that gives the row's task, as a paste of such a table reads ("The Dean of Students
to meet the President.<tab>Dean of Students"), so that it owns the task; a row with no task
sentence gives its owner to its last paragraph, as a row of one paragraph always has, unless
that paragraph is a decision (it stays one, the owner kept as text). "No. | Subject |
Discussion | Action by" is read as a table of minutes one row an item, its Subject cell the
title (by `minutes.importing.word`). A cell of one paragraph is read as before, and so is a
table that is not minutes (a budget, a list of dates, an attendance table, an action log
with its due dates, a running order with its times). A "Lead" column names who introduced
the item, and owns no task.
"""

from __future__ import annotations

import re

from minutes.importing.action_logs import COLUMN_ROLES, column_roles, header_name
from minutes.importing.actions import task_beside_owner
from minutes.importing.body import parse_body
from minutes.importing.cleaning import Line
from minutes.importing.tables import (
    ACTION_HEADERS,
    DECISION_HEADERS,
    NUMBER_HEADERS,
    TEXT_HEADERS,
    TITLE_HEADERS,
)

# "Action by", "Owner", "Who", "Responsible": the column naming who is to act on the row.
# (Not "Lead": in a table of minutes, "Item | Lead | Notes", it names who introduced the item.)
PRESENTER_HEADERS = {"lead", "lead officer"}
OWNER_HEADERS = COLUMN_ROLES["owner"] - PRESENTER_HEADERS
# "Time | Item | Who | Notes": a running order, its Who the speaker, names no one's task.
PROGRAMME_HEADERS = {"time", "start", "timing"}
# "Minute", "Discussion", "Notes", "Details": the column holding the minute.
MINUTE_HEADERS = {*TEXT_HEADERS, "details"}


def owner_column(names: list[str]) -> int | None:
    """The column of a table of minutes' header naming who acts on the row ("Action by")."""
    if PROGRAMME_HEADERS.intersection(names):
        return None
    return next((i for i, name in enumerate(names) if header_name(name) in OWNER_HEADERS), None)


def minute_and_owner(names: list[str]) -> tuple[int, int] | None:
    """'Minute | Action by': the columns of the minute and of its owner, where the header
    names the two and no due date ("Minute | Owner | Due" is an action log). "Minute" beside
    other columns is the minute's number ("Minute | Item and action | Owner"), not its text."""
    text = next((i for i, name in enumerate(names) if name in MINUTE_HEADERS), None)
    owner = owner_column(names)
    if text is None or owner is None or "due" in column_roles(names):
        return None
    if names[text] in NUMBER_HEADERS and len(names) > 2:
        return None
    return text, owner


def cell_paragraphs(cell, label) -> list[str]:
    """A cell's paragraphs, each on its own (its tabs and line breaks spaces), a bullet or a
    numbered paragraph of Word's lists with its label ("• the fall in applications …")."""
    out = []
    for paragraph, text in _texts(cell):
        out.append(label(paragraph, re.sub(r"\s+", " ", text).strip()))
    return out


def several_paragraphs(cells) -> bool:
    """Whether any cell of a row holds more than one paragraph with words in it."""
    return any(len(_texts(cell)) > 1 for cell in cells)


def with_owner(paragraphs: list[str], owner_cell: list[str]) -> list[str]:
    """The minute's paragraphs with the owner after a tab at the end of each task sentence
    ("DH to get a third quote.<tab>DH"; a task sentence after others in its paragraph stands
    apart from them), or of the last paragraph where none gives a task (the row's minute,
    owned by the name beside it); the owner's cell as paragraphs of its own where it names no
    one ("Ongoing") or no paragraph could carry it (a list's bullet)."""
    owner = ", ".join(owner_cell)
    if not paragraphs or not owner:
        return [*paragraphs, *owner_cell]
    if any(_names_owner(text, owner, owner_cell) for text in paragraphs):
        # "ACTION: MH to put an appeal …" beside "MH": the task names the owner its cell repeats
        # ("JB to write …" and "The Clerk will book …" beside "JB / Clerk": each its own)
        return paragraphs
    out: list[str] = []
    for text in paragraphs:
        task = _task_sentence(text)
        if task and task_beside_owner([task, owner]) is not None:
            before, _, after = text.partition(task)
            out += [part for part in (before.strip(), f"{task}\t{owner}", after.strip()) if part]
        else:
            out.append(text)
    if out != paragraphs:
        return out
    last = paragraphs[-1]
    if (
        last.startswith(BULLETS)
        or task_beside_owner([last, owner]) is None
        or parse_body([Line(last)]).decisions
    ):
        # a decision beside its owner stays the decision ("The committee agreed to lag the
        # pipes." beside "RT"): the owner is text, as it was
        return [*paragraphs, *owner_cell]
    return [*paragraphs[:-1], f"{last}\t{owner}"]


BULLETS = ("•", "◦")


# "JB / Clerk", "JB & MC": the owners an Action by cell names, one a paragraph or between these
OWNERS_SPLIT_RE = re.compile(r"\s*[/,&]\s*")


def _names_owner(text: str, owner: str, owner_cell: list[str]) -> bool:
    """Whether a paragraph gives a task whose owner, as written, is the owner beside it, or
    one of the owners the cell names."""
    if text.startswith(BULLETS):
        return False
    owners = {owner.casefold()} | {
        part.casefold() for line in owner_cell for part in OWNERS_SPLIT_RE.split(line) if part
    }
    return any(
        action.owner_label.casefold() in owners for action in parse_body([Line(text)]).actions
    )


def _task_sentence(text: str) -> str:
    """The task a paragraph gives read alone ("The Clerk to write to the county."), as its
    sentences stand in it: the whole paragraph, or whole sentences of it; else nothing."""
    if text.startswith(BULLETS):
        return ""  # a bullet under a lead-in: a point, not a sentence to own
    actions = parse_body([Line(text)]).actions
    if not actions:
        return ""
    task = actions[0].description
    before, found, after = text.partition(task)
    if not found or len(actions) > 1:
        return text
    if (before.strip() and not before.rstrip().endswith((".", "!", "?"))) or (
        after.strip() and not after.strip()[0].isupper()
    ):
        return text  # the task a clause of a sentence: the paragraph is owned whole
    return task


def _texts(cell) -> list[tuple[object, str]]:
    from minutes.importing.word import paragraph_text  # (the module that imports this one)

    found = [(p, paragraph_text(p)) for p in cell.paragraphs]
    return [(p, text) for p, text in found if text.strip()]


def owned_row(cells, names: list[str], columns: tuple[int, int] | None, label) -> list[str]:
    """A row of a "Minute | Action by" table whose cells hold several paragraphs: the minute's
    paragraphs with its owner at the end of its task, any other cell's paragraphs after; or
    nothing where the row is read as before (a row merged across the columns, an item's
    title; a row whose cells each hold one paragraph)."""
    if columns is None or len(cells) != len(names) or not several_paragraphs(cells):
        return []
    text, owner = columns
    out: list[str] = []
    for index, cell in enumerate(cells):
        if index == text:
            owned = cell_paragraphs(cells[owner], label) if owner < len(cells) else []
            out += with_owner(cell_paragraphs(cell, label), owned)
        elif index != owner:
            out += cell_paragraphs(cell, label)
    return out


def subject_column(names: list[str]) -> int | None:
    """'No. | Subject | Discussion | Action by': the Subject column of a table of minutes that
    names an owner column and no Decision or Action column (a table with those is read as
    text, its Decision and Action cells labelled so)."""
    subjects = [i for i, name in enumerate(names) if name in TITLE_HEADERS]
    if len(subjects) != 1 or owner_column(names) is None:
        return None
    if any(name in DECISION_HEADERS or name in ACTION_HEADERS for name in names):
        return None
    return subjects[0]
