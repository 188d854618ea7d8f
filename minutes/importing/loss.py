"""Checking that nothing is lost: every sentence of the input is in the parsed record.

A sentence is held when its words, in order, appear in the text of the parts the record
will save. Punctuation, bullets and the dash or colon between a point's topic and its
text are not words lost, so the comparison is of words only. Page chrome and the labels
that became the record's own structure ("Minutes:", "RESOLVED:", "Action", a table's
"Ref / Owner / Due" header) are not words of the minute, and nor is the dash between an
item's title and its minute on the same line ("1. Apologies – as above.").
"""

from __future__ import annotations

import re
from itertools import pairwise

from minutes.importing.action_logs import HEADER_WORDS
from minutes.importing.cleaning import is_chrome, without_file_size
from minutes.importing.dashed_owners import labelled_task_and_owner
from minutes.importing.paragraphs import paragraphs
from minutes.importing.tables import join_grid_rows

WORD_RE = re.compile(r"\w+")
# "Minute 5", "Item 3a": the label before an item's number is structure; the number is kept.
# ("Agenda item - Taxi licensing policy", an item page's heading: the label is structure.)
NUMBER_LABEL_RE = re.compile(r"^(?:agenda item\s+|(?:item|minute|min)\s+(?=\d))")
# "ACTION (HT):", "6.4 ACTION:": the label is structure; the owner in brackets is saved as
# the action's owner, and a paragraph's number as its reference.
OWNER_LABEL_RE = re.compile(
    r"^((?:\d{1,3}\.\d{1,2}\s+)?)actions?\s*(?:\(([^()]{1,40})\))?\s*[:–—-]$", re.IGNORECASE
)
REFERENCE_LABEL_RE = re.compile(
    r"^actions?\s+((?:[A-Z]{1,4}\s?)?\d{1,4}(?:[/.-]\d{1,4}){0,2})\s*[:–—-]$", re.IGNORECASE
)
# "ACTION – NS – …", "Action by: Clerk", "Action 4 – …": the label's own words.
ACTION_LABEL_RE = re.compile(
    r"^(?:actions?(?:\s+by)?|responsibility|responsible|owner)\b\s*[:–—-]?\s*(?=\S)", re.IGNORECASE
)
# Words that, alone in a sentence, are a label the record holds as structure.
STRUCTURE_WORDS = {
    "agenda",
    "item",
    "items",
    "minutes",
    "minute",
    "resolved",
    "resolution",
    "resolutions",
    "decision",
    "decisions",
    "agreed",
    "approved",
    "recommended",
    "recommendation",
    "recommendations",
    "decided",
    "it",
    "was",
    "that",
    "to",
    "unanimously",
    "action",
    "actions",
    "responsibility",
    "responsible",
    "owner",
    "due",
    "by",
    "points",
    "point",
    "supporting",
    "documents",
    "background",
    "papers",
    "discussion",
    "debate",
    "council",
    "details",
    "issue",
    *(w for header in HEADER_WORDS for w in WORD_RE.findall(header)),
}


def words(text: str) -> str:
    return " ".join(WORD_RE.findall(text.lower()))


SENTENCE_END_RE = re.compile(r"(?<=[.;:!?])\s+")


def sentences(text: str) -> list[str]:
    """The sentences of a text, paragraph by paragraph, padding, bullets and chrome removed."""
    out: list[str] = []
    for paragraph in paragraphs(join_grid_rows(text)):  # a grid's borders are no words
        if is_chrome(paragraph.text):
            continue
        # A row of a table (two columns too): each cell is a piece of text of its own
        # (saved in its own field, or, for an item's number, as the item it names).
        pieces = paragraph.cells or paragraph.columns or _title_and_text(paragraph.text)
        for sentence in (s for piece in pieces for s in SENTENCE_END_RE.split(piece)):
            if WORD_RE.search(sentence) and not is_chrome(sentence):
                out.append(sentence.strip())
    return out


# "1. Apologies – as above. Dave is away …": an item's number and title, and its minute after
# the dash (the dash is structure: the record holds the title and the minute apart).
DASHED_ITEM_RE = re.compile(r"^\*?\d{1,3}[a-z]?[.)]\s+[^.!?;:–—]{2,80}?\s[–—-]\s+(?=\S)")


def _title_and_text(text: str) -> list[str]:
    match = DASHED_ITEM_RE.match(text)
    return [text[: match.end()], text[match.end() :]] if match else [text]


def is_structure(sentence: str) -> bool:
    return _all_structure(WORD_RE.findall(sentence.lower()))


def _all_structure(found: list[str]) -> bool:
    return bool(found) and all(w in STRUCTURE_WORDS for w in found)


def missing_sentences(original: str, parsed) -> list[str]:
    """Sentences of the original that the parsed record (an item or a meeting) does not hold.

    Each sentence is looked for from where the last one was found, so that a long text
    is checked in one pass rather than once a sentence.
    """
    whole = parsed.all_text()
    held = " " + words(whole) + " "
    parts: list[str] | None = None  # the record's parts, read only if a sentence is not found
    missing: list[str] = []
    position = 0
    for sentence in sentences(original):
        # "Minutes of the last meeting PDF 201 KB": the file's size is chrome, not a word lost.
        said = WORD_RE.findall(sentence.lower())  # read once, for the words and the structure
        kept = without_file_size(sentence) or sentence
        wanted = NUMBER_LABEL_RE.sub("", " ".join(said) if kept == sentence else words(kept))
        if not wanted or _all_structure(said):
            continue
        found = _find(held, wanted, position)
        if found < 0 and OWNER_LABEL_RE.match(sentence):
            # "ACTION (HT):" held as the action's owner, "6.4 ACTION:" as its reference
            found = _find(held, words(OWNER_LABEL_RE.sub(r"\1 \2", sentence)), position)
        if found < 0 and REFERENCE_LABEL_RE.match(sentence):
            # "ACTION 26/01:": the label is structure, the reference is held as the action's
            found = _find(held, words(REFERENCE_LABEL_RE.sub(r"\1", sentence)), position)
        if found < 0 and ACTION_LABEL_RE.match(sentence):
            # "ACTION – NS – circulate the draft": the label is structure, the rest the action
            found = _find(held, words(ACTION_LABEL_RE.sub("", sentence)), position)
        if found < 0 and (dashed := labelled_task_and_owner(sentence)):
            # "ACTION - Colin - book the coach": the task held, then its owner
            found = _find(held, words(dashed), position)
        if found < 0 and wanted.count(" ") < 40:
            if parts is None:
                parts = [f" {words(part)} " for part in whole.split("\n") if part.strip()]
            if _across_two_parts(wanted, parts):
                continue  # held whole, its end in one part and the rest opening the next
        if found < 0:
            missing.append(sentence)
        else:
            position = found
    return missing


def _across_two_parts(wanted: str, parts: list[str]) -> bool:
    """Whether a sentence's words close one part of the record and open the next: a line that
    ended one paragraph of the input and, with the line after it, was read into two ("…
    but not vote. after-action reviews" kept with a decision, "0:" as the minute's text,
    the part before or after it). A part further off is not its neighbour: "… More damp"
    closing one decision and "found in the kitchen …" opening the decision after another is
    no sentence held."""
    said = wanted.split(" ")
    pairs = list(pairwise(parts))
    neighbours = [*pairs, *((second, first) for first, second in pairs)]
    for cut in range(1, len(said)):
        head, tail = f" {' '.join(said[:cut])} ", f" {' '.join(said[cut:])} "
        if any(first.endswith(head) and second.startswith(tail) for first, second in neighbours):
            return True
    return False


def _find(held: str, wanted: str, position: int) -> int:
    if not wanted:
        return position
    needle = f" {wanted} "
    found = held.find(needle, position)
    return found if found >= 0 else held.find(needle)
