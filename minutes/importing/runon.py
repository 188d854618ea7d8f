"""Breaking a whole meeting that was pasted with no line breaks at all.

Such a paste is one long line: "… the public 1. Apologies for absence Apologies were
received … 2. Declarations of interest None. 3. Minutes …". Its items are still numbered
one way and in order, so the longest run of numbers that count up by one ("1. ", "2. ",
"3. " …, or "77/21", "78/21" …, or "25/101", "25/102" …, each before a capitalised word)
marks where each item starts, whatever comes before it. The title is then the words up to the next capitalised word (titles are
written in sentence case far more often than not): "Apologies for absence" | "Apologies
were received …". Register labels ("Present:", "In attendance:") start a line too.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# "1. Apologies", "12) Finance", "Minute 5 Roads", "Item 3: Planning": a number that may
# start an item, in a text with no breaks.
ITEM_START_RE = re.compile(
    r"(?:(?<=\s)|^)(?:(?P<label>(?:Minute|Item|Agenda item)\s+)?(?P<num>\d{1,3})"
    r"(?:[.)]|(?(label)[:.–—-]?|(?!)))"
    r"|(?P<clabel>(?:Minute|Min\.?)\s+)?(?P<compound>(?:[A-Z]{1,4}|\d{1,4})/\d{1,4})[.:]?)"
    r"\s+(?=[A-Z“\"'(])"
)
REGISTER_LABEL_RE = re.compile(
    r"\s+(?=(?:Present|In attendance|Also present|Apologies|Absent|Officers|Attendees|"
    r"Councillors present|Members present)\s*:)"
)
# Small words a sentence-case title goes on through: "Date of next meeting".
TITLE_WORD_RE = re.compile(r"^(?:(?:[a-z][\w'’-]*|&|–|-)[,:]?|\d[\w/.-]*)$")
LEAST_CHAIN = 3
LONGEST_TITLE = 12  # words


def break_meeting(text: str) -> str:
    """Put each numbered item, its title and the register's labels on lines of their own."""
    starts = _item_chain(text)
    if len(starts) < LEAST_CHAIN:
        return REGISTER_LABEL_RE.sub("\n\n", text)
    pieces = [text[: starts[0]]]
    for place, start in enumerate(starts):
        end = starts[place + 1] if place + 1 < len(starts) else len(text)
        pieces.append(_title_apart(text[start:end]))
    head = REGISTER_LABEL_RE.sub("\n\n", pieces[0].strip())
    return "\n\n".join([head, *(p.strip() for p in pieces[1:])]).strip()


class _Chain(NamedTuple):
    """A run of numbers counting up: its length, where its last item starts, and the run
    before that item (a run lengthened copies nothing, so a long one costs no more)."""

    length: int
    start: int
    before: _Chain | None

    def starts(self) -> list[int]:
        found, chain = [], self
        while chain is not None:
            found.append(chain.start)
            chain = chain.before
        return found[::-1]


def _item_chain(text: str) -> list[int]:
    """Where the longest run of numbers counting up by one starts each item."""
    best_ending: dict[tuple, _Chain] = {}  # series and number → the longest chain ending so
    longest: _Chain | None = None
    for match in ITEM_START_RE.finditer(text):
        start = min(
            match.start(g) for g in ("label", "num", "clabel", "compound") if match.group(g)
        )
        for series, number in _counts_of(match):
            before = best_ending.get((series, number - 1))
            chain = _Chain((before.length if before else 0) + 1, start, before)
            if chain.length > _length(best_ending.get((series, number))):
                best_ending[(series, number)] = chain
            if chain.length > _length(longest):
                longest = chain
    return longest.starts() if longest else []


def _length(chain: _Chain | None) -> int:
    return chain.length if chain else 0


def _counts_of(match: re.Match) -> list[tuple[tuple, int]]:
    """What may count up in an item's number: "5" itself; in "77/21" the 77 (the year, 21,
    fixed) or the 21 (as "25/101", "25/102" count); in "PC/41" the 41."""
    if match.group("num"):
        return [(("plain",), int(match.group("num")))]
    first, second = match.group("compound").split("/")
    found = [(("second", first), int(second))]
    if first.isdigit():
        found.append((("first", second), int(first)))
    return found


def _title_apart(piece: str) -> str:
    """'1. Apologies for absence Apologies were received …' → the title, then the rest."""
    match = ITEM_START_RE.match(piece)
    if not match:
        return piece
    number, rest = piece[: match.end()].strip(), piece[match.end() :]
    words = rest.split(" ")
    for index in range(1, min(len(words), LONGEST_TITLE + 1)):
        word = words[index]
        if not word:
            continue
        if not TITLE_WORD_RE.match(word):
            if word[0].isupper() or word[0].isdigit() or word[0] in "“\"'(":
                title, body = " ".join(words[:index]), " ".join(words[index:])
                return f"{number} {title.rstrip(':')}\n\n{body}" if title else piece
            return piece  # not sentence case after all: leave it whole
    return piece
