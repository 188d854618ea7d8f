"""The headings numbered in one style, read in order, with the gaps in their numbers filled.

A line numbered in the style is a heading if its number comes after the last one's and it
reads as a title; "6 May 2026" is a date, not item 6. A short title may have its minute after
a dash on the same line ("1. Apologies – as above. …") or after a full stop, in capitals
("1.  OPENING.  The Chairman opened …"), and an agenda's heading its paper after a tab
("AC26/13<tab>Welcome<tab>Verbal"): how a line's title is read is
`minutes.importing.titles`'s. The order of the numbers is `minutes.importing.numbering`'s. A
number typed twice may stand for the next, missing one, and a line numbered as a missing item
between two found is that item. Which style's headings are the items is
`minutes.importing.structure`'s choice.
"""

from __future__ import annotations

import re

from minutes.importing.cleaning import Line
from minutes.importing.numbering import all_between, number_key
from minutes.importing.numbering_styles import HEADING_STYLES, prefix_of
from minutes.importing.titles import (
    HEADING_LENGTH,
    dashed_title,
    paper_at_margin,
    paragraph_long,
    reads_as_title,
    run_in_title,
    runs_in,
    sentence_run_in_title,
    unglue,
)
from minutes.importing.unnumbered import USUAL_TITLE_RE, Heading

# "6 May 2026 at the Hall": a date, not item 6 titled "May 2026".
DATE_LINE_RE = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b"
)


def numbered_texts(lines: list[Line]) -> list[tuple[int, str, str | None]]:
    """(index, text, paper) of each line that may be an item's numbered heading: not a bullet,
    not a table's row unless a paper stands at its margin, not empty and not a paragraph's
    length. Worked out once for all the styles tried, not once a style."""
    found = []
    for index, line in enumerate(lines):
        paper = paper_at_margin(line) if line.cells else None
        if line.is_bullet or (line.cells and paper is None) or paragraph_long(line.text):
            continue
        text = line.text if paper is None else f"{line.cells[0]} {line.cells[1]}"
        if text:  # (no style's pattern matches an empty line)
            found.append((index, text, paper))
    return found


def headings_in_style(
    lines: list[Line],
    pattern: re.Pattern,
    prefix: str | None = None,
    key=None,
    dashed=False,
    numbered: list[tuple[int, str, str | None]] | None = None,
    stopped=True,
) -> list[Heading]:
    """The lines numbered in one style, in order, that read as titles; with `dashed`, also
    "1. Apologies – as above. …", a title and its minute after a dash (in the "1." style only:
    "(c) Footpath 7 Kelby – object, …" is an entry of a lettered list), where one of the
    titles is an agenda's usual one ("Apologies", "Minutes of the last meeting"); and, with
    `stopped` too, a title in sentence case before a full stop ("1. Apologies. None."), where
    one of the titles run in so, or before a dash, is an agenda's usual one."""
    found: list[Heading] = []
    repeated: list[Heading] = []  # a number typed again, for the next item's (see below)
    by_dash = 0  # how many were titled before a dash
    on_line: list[Heading] = []  # those titled on their minute's line
    by_stop = 0  # how many of them in sentence case before a full stop
    last: tuple = ()
    if numbered is None:
        numbered = numbered_texts(lines)
    for index, text, paper in numbered:
        match = pattern.match(text)
        if not match or DATE_LINE_RE.match(text):
            continue
        number, title = match.group("num"), match.group("title").strip()
        if prefix is not None and prefix_of(number) != prefix:
            continue
        if title and not re.search(r"[^\W\d_]", title):
            continue  # "612.48", a sum in a table of payments: no item has a title of figures
        order = (key or number_key)(number)
        if last and order == last and _typed_twice(found, title):
            repeated.append(Heading(index=index, number=number, title=title))
            found.append(repeated[-1])
            continue
        if last and order <= last:
            continue
        heading = Heading(index=index, number=number, title=title)
        if len(text) > HEADING_LENGTH and not (dashed and runs_in(title, stopped)):
            continue  # a numbered paragraph, no heading
        if not title:
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following is None or not reads_as_title(following.text) or following.is_bullet:
                continue
            heading.title = following.text
            heading.uses_next_line = True
        elif dashed and (parts := _title_on_line(title, stopped)):
            head, rest, sentence = parts
            # "1. Apologies – as above. Dave is away …", "1.  OPENING.  The Chairman opened
            # the meeting.": the title and the minute on one line
            heading.title = head
            heading.extra.append(Line(rest))
            by_dash += 1
            on_line.append(heading)
            by_stop += sentence
        elif not reads_as_title(title):
            continue
        unglue(heading)
        if paper:
            heading.extra.append(Line(f"({paper})"))  # "(Paper A)": the item's paper, no heading
        found.append(heading)
        last = order
    if repeated:
        found = _standing_for_the_next(found, repeated, key or number_key)
    if by_stop and not any(USUAL_TITLE_RE.match(h.title) for h in on_line):
        # "3. Reports" over "4. Finance. The Treasurer reported …", "5. Hall. …": an item's
        # numbered paragraphs, its meeting's own titles standing alone; titles before a full
        # stop are items only where the usual ones are typed so
        return headings_in_style(
            lines, pattern, prefix, key, dashed=dashed, numbered=numbered, stopped=False
        )
    if by_dash and not any(USUAL_TITLE_RE.match(h.title) for h in found):
        # "1. Footpath 7 – the stile … is broken …", "2. Footpath 12 – …": a list's entries
        # under an item; titles before a dash are items only among an agenda's usual titles
        return headings_in_style(lines, pattern, prefix, key, numbered=numbered)
    return _with_gaps_filled(lines, pattern, found, key or number_key)


def _title_on_line(title: str, stopped: bool) -> tuple[str, str, bool] | None:
    """A numbered line's title and the minute run on after it, and whether the title was in
    sentence case before a full stop: in capitals ("OPENING.  The Chairman …"), in sentence
    case where the line ends as a sentence does ("Apologies. None were received."), before a
    dash ("Apologies – as above. …"), or in sentence case before a full stop where what the
    line holds is no title whole ("Estates strategy. The Clerk presented …"); sentence case
    only with `stopped`. None when the line is a title whole."""
    if capitals := run_in_title(title):
        return (*capitals, False)
    sentence = sentence_run_in_title(title) if stopped else None
    if sentence and title.endswith("."):
        return (*sentence, True)
    if reads_as_title(title):
        return None
    if dashed := dashed_title(title):
        return (*dashed, False)
    return (*sentence, True) if sentence else None


def _typed_twice(found: list[Heading], title: str) -> bool:
    """Whether a line numbered as the last item was may be the next item, its number typed
    again ("5.  Membership and finance" after "5.  Share offer"): a title of its own, not a
    sentence, after an item that was no such repeat itself."""
    return (
        bool(found)
        and not found[-1].uses_next_line
        and title[:1].isupper()
        and reads_as_title(title)
        and title != found[-1].title
    )


def _standing_for_the_next(found: list[Heading], repeated: list[Heading], key) -> list[Heading]:
    """ "5. Share offer", "5. Membership", then "7. Fan board": a number typed twice where the
    next item's number is missing is two items, the second standing for the missing one. A
    repeat with no number missing after it ("2. Kit", "2. Fixtures", "3. …") is a heading
    inside the item, as before; so is a second repeat of one number."""
    kept: list[Heading] = []
    for place, heading in enumerate(found):
        if any(heading is r for r in repeated):
            previous = kept[-1] if kept else None
            following = found[place + 1] if place + 1 < len(found) else None
            missing = (
                all_between(key(heading.number), key(following.number), most=1)
                if following is not None
                else []
            )
            if (
                previous is None
                or any(previous is r for r in repeated)
                or following is None
                or any(following is r for r in repeated)
                or len(missing) != 1
            ):
                continue
            _give_number(heading, missing[0], key)
        kept.append(heading)
    return kept


def _give_number(heading: Heading, wanted: tuple, key) -> None:
    """The number a repeat stands for, in the style it was typed ("5" → "6", "M115" → "M116"),
    the number as typed kept aside for the clerk to be told; left as typed where the style
    does not allow it."""
    last = re.search(r"\d+(?=\D*$)", heading.number)
    if last is None:
        return
    number = (
        f"{heading.number[: last.start()]}{int(last.group()) + 1}{heading.number[last.end() :]}"
    )
    if key(number) == wanted:
        heading.typed_as, heading.number = heading.number, number


def _with_gaps_filled(
    lines: list[Line], pattern: re.Pattern, found: list[Heading], key
) -> list[Heading]:
    """'102. To receive declarations', then '104. Public session': the one line numbered 103
    between them is item 103, though its title reads as a resolution's words ("To approve the
    minutes of the meeting held on 6 January 2026", as a parish's agenda words its items).
    Two or three numbers missing ("FP26/10", then "FP26/13") are items only if each is
    there, in turn, each line a title."""
    if not found:
        return found
    filled: list[Heading] = []
    for before, after in zip(found, [*found[1:], None], strict=True):
        filled.append(before)
        if after is None:
            continue
        missing = all_between(key(before.number), key(after.number))
        if len(missing) == 1:
            filled.extend(_numbered_between(lines, pattern, before, after, key, missing[0])[:1])
        elif missing:
            filled.extend(_all_numbered_between(lines, pattern, before, after, key, missing))
    return filled


# "That the precept be £40,000": a resolution's words, not an item's title
RESOLUTION_TITLE_RE = re.compile(r"^That\s")


def _gap_heading(line: Line, index: int, match: re.Match) -> Heading | None:
    title = match.group("title").strip()
    words = title.split()
    if 1 < len(words) <= 25 and title[0].isupper() and not title.endswith((".", ",", ";")):
        heading = Heading(index=index, number=match.group("num"), title=title)
        unglue(heading)
        return heading
    return None


# "38   MOTIONS ON NOTICE" between "37.  RECOMMENDATIONS" and "39.  QUESTIONS": the one
# missing item's number with its dot forgotten, its title in capitals as its neighbours' are
# ("38 members attended" and "38   Mill Lane, a new porch" are no item), standing after a
# blank line as a heading does ("39   HALL HIRE" under "Code  Head" is a table's row).
DOT_FORGOTTEN_RE = re.compile(
    r"^(?P<num>\d{1,3})\s+(?P<title>[A-Z][A-Z'’&,/()–-]*(?: [A-Z'’&,/()–-]+)+)$"
)


def _numbered_between(
    lines: list[Line], pattern: re.Pattern, before: Heading, after: Heading, key, missing: tuple
) -> list[Heading]:
    """The first line numbered `missing` between two items, as an item if it reads as a
    title ([] if it does not, or there is none). Between items numbered "37." and "39." in
    capitals, "38   MOTIONS ON NOTICE", its dot forgotten, is item 38."""
    forgotten = (
        pattern is HEADING_STYLES["dotted"] and before.title.isupper() and after.title.isupper()
    )
    for index in range(before.index + 1, after.index):
        line = lines[index]
        match = pattern.match(line.text) or (
            forgotten and line.after_blank and DOT_FORGOTTEN_RE.match(line.text)
        )
        if not match or line.is_bullet or line.cells or key(match.group("num")) != missing:
            continue
        heading = _gap_heading(line, index, match)
        return [heading] if heading else []
    return []


def _all_numbered_between(
    lines: list[Line], pattern: re.Pattern, before: Heading, after: Heading, key, missing: list
) -> list[Heading]:
    """Each of the numbers missing between two items, in turn, as items; [] unless every one
    is there and reads as a title. Resolutions numbered under a lead-in ("It was resolved:",
    then "12. That the precept be £40,000", "13. That the reserves …") are the item's own."""
    headings: list[Heading] = []
    for number in missing:
        start = headings[-1].index if headings else before.index
        got = _numbered_between(
            lines, pattern, Heading(index=start, number="", title=""), after, key, number
        )
        if not got or RESOLUTION_TITLE_RE.match(got[0].title):
            return []
        headings.extend(got)
    if lines[headings[0].index - 1].text.rstrip().endswith(":"):
        return []
    return headings
