"""Text copied from a PDF: the lines its page breaks leave, and words broken across lines.

A page break leaves "Page 2 of 3" (or Word's "2 | P a g e", or the page's number alone, far to the right or in the
middle, or at the right margin of a footer found again with the next number: "Local Plan
Panel – 24.3.26      1") with a running header or footer beside it (found again beside
another break, or a line naming a body and a date, "Wendlow Local Committee - Thursday, 5
March 2026", just below it, though found once); a watermark a PDF viewer copies as a line
of its own ("DRAFT", on two lines or more, pages apart, none straight under a heading:
"CONFIDENTIAL" under an item's title marks the item) is furniture too. Those lines are no
words of the minute and the sentence goes on below them. A word a PDF hyphenated at a line's end is
made whole when the rest of it is a common ending ("meet-" / "ing").
"""

from __future__ import annotations

import re

# "Page 2 of 3" (and "Page 2 of 3   Chair's initials ……"), or a page's number alone far to
# the right or in the middle ("- 2 -"): a page break in a PDF's copy.
PAGE_LINE_RE = re.compile(
    r"^[ \t]*Page \d{1,3} of \d{1,3}\b|^[ \t]{10,}(?:[-–] ?)?\d{1,3}(?: ?[-–])?[ \t]*$"
    r"|^[^\n]{0,120}[ \t]{3}Page \d{1,3} of \d{1,3}[ \t]*$"  # "Annual Meeting …   Page 1 of 3"
    # "Health Scrutiny Committee – 4 March 2026   Page 1": a page's number alone at the end of
    # its footer, taken as a break only in turn with the others (`_numbered_in_turn`)
    r"|^[^\n]{0,120}[ \t]{3}Page \d{1,3}[ \t]*$"
    # "1 | P a g e": Word's page-number footer as a PDF viewer copies it, the word spaced out
    # ("Page | 2" the other way round)
    r"|^[ \t]*(?:\d{1,3} ?\| ?P ?a ?g ?e|P ?a ?g ?e ?\| ?\d{1,3})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# "… The meet-" above "ing approved …": a word a PDF broke at the end of a line, by the
# common endings (so "part-" above "time" keeps its hyphen).
BROKEN_WORD_RE = re.compile(
    r"^(?:ing|ings|ed|er|ers|es|tion|tions|sion|sions|ment|ments|ly|ness|ity|ities|ance|"
    r"ence|able|ible|al|ial|ous|ive|ure|ures|age|ant|ent|ist|ists|ism)\b"
)


def joined(text: str, more: str) -> str:
    """A wrapped line joined to the one above it, a word broken across them made whole."""
    if text.endswith("-") and text[-2:-1].isalpha() and text[-2:-1].islower():
        if BROKEN_WORD_RE.match(more):
            return f"{text[:-1]}{more}"
    return f"{text} {more}"


# "Local Plan Panel – 24.3.26          1": a footer whose page's number stands at the right
# margin, with no "Page"; a break only where the same footer is found again with the next
# number (`_footers_in_turn`), as "Gate receipts          12" in a table is not.
FOOTER_NUMBER_RE = re.compile(
    r"^(?P<text>\S[^\n]{0,100}?\S) {10,}(?P<num>\d{1,3}) *$", re.MULTILINE
)
FOOTER_HINT_RE = re.compile(r"  \d{1,3} *$", re.MULTILINE)  # the same, cheaply first
# "DRAFT" that a PDF viewer copies as a line of its own from the watermark on each page:
# furniture where it stands alone on two lines or more ("DRAFT" once, at the top, is the
# minutes' own word, kept).
WATERMARKS = ("DRAFT", "CONFIDENTIAL", "UNAPPROVED", "UNCONFIRMED", "PROVISIONAL")
WATERMARK_RE = re.compile(rf"^[ \t]*(?:{'|'.join(WATERMARKS)})[ \t]*$", re.MULTILINE)


# What every line PAGE_LINE_RE finds holds, looked for first as two quicker searches: the
# word "Page" (spaced out or not, in any case), or ten spaces or tabs at a line's start.
PAGE_WORD_RE = re.compile(r"p ?a ?g ?e", re.IGNORECASE)
DEEP_INDENT_RE = re.compile(r"^[ \t]{10}", re.MULTILINE)


def has_page_lines(text: str) -> bool:
    """Whether a paste may hold a page break's lines at all (cheap tests first)."""
    if (PAGE_WORD_RE.search(text) or DEEP_INDENT_RE.search(text)) and PAGE_LINE_RE.search(text):
        return True
    if any(word in text for word in WATERMARKS) and len(WATERMARK_RE.findall(text)) >= 2:
        return True
    return len(FOOTER_HINT_RE.findall(text)) >= 2 and len(FOOTER_NUMBER_RE.findall(text)) >= 2


def page_furniture(raw_lines: list[str]) -> set[int]:
    """The lines a PDF's page break leaves in a paste: "Page n of m" (or the page's number
    alone) and, beside it, a running header or footer: a line found again, as written,
    beside another page break; the third line out only where it stands at the same distance
    from each (a running date under the body's name), not an item's title that happens to
    fall near two breaks."""
    keys = [" ".join(raw.split()) for raw in raw_lines]
    breaks = [i for i, raw in enumerate(raw_lines) if PAGE_LINE_RE.match(raw)]
    breaks = [i for i in breaks if not BARE_PAGE_RE.match(raw_lines[i])] + _numbered_in_turn(
        raw_lines, [i for i in breaks if BARE_PAGE_RE.match(raw_lines[i])]
    )
    breaks = sorted(set(breaks) | _footers_in_turn(raw_lines))
    near = {index: _beside(keys, index) for index in breaks}
    beside: dict[str, set[int]] = {}  # each line beside a page break: which breaks
    at_distance: dict[tuple[str, int], set[int]] = {}  # … and at which distance from them
    for index, others in near.items():
        for other, close in others:
            if len(keys[other]) <= 150:
                if close:
                    beside.setdefault(keys[other], set()).add(index)
                at_distance.setdefault((keys[other], other - index), set()).add(index)
    running = {key for key, places in beside.items() if len(places) >= 2}
    repeated = {key for key, places in at_distance.items() if len(places) >= 2}
    found = set(breaks)
    found.update(_watermarks(raw_lines, keys))
    for index, others in near.items():
        # "Wendlow Local Committee - Thursday, 5 March 2026" under the page's number: a
        # running header even where it is not found again (a short copy has one break); above
        # it, such a line is as often the minute's own ("The next meeting will be: …")
        under = next((o for o, _ in others if o > index), None)
        if under is not None and RUNNING_HEADER_RE.match(keys[under]):
            found.add(under)
        found.update(
            other
            for other, _ in others
            if keys[other] in running or (keys[other], other - index) in repeated
        )
    return found


# "Wendlow Local Committee - Thursday, 5 March 2026", "Cabinet – 3 March 2026": a body's
# name, a dash or comma, and the meeting's date, no more.
RUNNING_HEADER_RE = re.compile(
    r"^[A-Z][\w'’&,. ]{0,80}?\b(?:Council|Committee|Sub-Committee|Board|Panel|Authority|Cabinet|"
    r"Forum|Group|Trust|Executive|Assembly)\s*[-–—,]\s*(?:[A-Z][a-z]+day,?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}$"
)
# "…   Page 7": a footer's page number alone, with no "of n".
BARE_PAGE_RE = re.compile(r"^[^\n]{0,120}[ \t]{3}Page (\d{1,3})[ \t]*$", re.IGNORECASE)
PAGE_LENGTH = 10  # the fewest lines between two page breaks


def _numbered_in_turn(raw_lines: list[str], found: list[int]) -> list[int]:
    """Of the lines ending in "Page n" alone, those that are page breaks: two or more whose
    numbers run 1, 2, 3 … in turn, pages apart ("Budget report   Page 7" above "Treasury
    strategy   Page 15" is a list of papers, not two pages)."""
    if len(found) < 2:
        return []
    numbers = [int(BARE_PAGE_RE.match(raw_lines[i]).group(1)) for i in found]
    in_turn = all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))
    apart = all(b - a >= PAGE_LENGTH for a, b in zip(found, found[1:], strict=False))
    return found if in_turn and apart else []


def _watermarks(raw_lines: list[str], keys: list[str]) -> list[int]:
    """The lines a watermark left ("DRAFT" alone): two or more, pages apart, each among the
    text, not straight under a heading ("12. Staff pay review" above "CONFIDENTIAL" marks the
    item, and is kept)."""
    marks = [i for i, raw in enumerate(raw_lines) if WATERMARK_RE.match(raw)]
    if len(marks) < 2:
        return []
    marks = [i for i in marks if not _under_heading(keys, i)]
    apart = all(b - a >= PAGE_LENGTH for a, b in zip(marks, marks[1:], strict=False))
    return marks if len(marks) >= 2 and apart else []


def _under_heading(keys: list[str], index: int) -> bool:
    """Whether the line with words above this one is a heading: an item's number and title
    ("12. Staff pay review") or a few words in capitals, with no stop at its end."""
    above = next((keys[i] for i in range(index - 1, -1, -1) if keys[i]), "")
    return (
        bool(above)
        and above[-1] not in ".,;:!?)"
        and (bool(HEADING_LINE_RE.match(above)) or (above.isupper() and len(above) <= 80))
    )


# "12. Staff pay review", "Minute 26/14 – Boundary wall": an item's number and a short title.
HEADING_LINE_RE = re.compile(
    r"^(?:(?:Minute|Item)\s+)?(?:[A-Z]{1,4}/?)?\d{1,4}(?:[./]\d{1,4}){0,2}[.)]?\s+\S.{0,80}$"
)


def _footers_in_turn(raw_lines: list[str]) -> set[int]:
    """The footers with the page's number alone at the right margin ("Local Plan Panel –
    24.3.26   1"): the same words on two lines or more, their numbers 1, 2, 3 … in turn,
    pages apart."""
    by_text: dict[str, list[int]] = {}
    for index, raw in enumerate(raw_lines):
        match = FOOTER_NUMBER_RE.match(raw) if len(raw) < 400 else None
        if match:
            by_text.setdefault(" ".join(match.group("text").split()), []).append(index)
    found: set[int] = set()
    for places in by_text.values():
        numbers = [int(FOOTER_NUMBER_RE.match(raw_lines[i]).group("num")) for i in places]
        if (
            len(places) >= 2
            and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))
            and all(b - a >= PAGE_LENGTH for a, b in zip(places, places[1:], strict=False))
        ):
            found.update(places)
    return found


def _beside(keys: list[str], index: int) -> list[tuple[int, bool]]:
    """The three lines with words above a page break and the three below it, each with
    whether it is one of the two closest."""
    found: list[tuple[int, bool]] = []
    for step in (-1, 1):
        other, taken = index + step, 0
        while 0 <= other < len(keys) and taken < 3 and abs(other - index) <= 5:
            if keys[other]:
                found.append((other, taken < 2))
                taken += 1
            other += step
    return found
