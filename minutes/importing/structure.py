"""Finding a whole meeting's items in the paragraphs of its minutes.

Items are numbered in many ways: the styles are `minutes.importing.numbering_styles`'s, and
the headings numbered in one style are read by `minutes.importing.numbered_headings`; here
the style that finds the most items in order is chosen. Decimal items may be grouped under
numbered sections of the agenda ("1.  OPENING MATTERS" straight above "1.1  Welcome and
apologies"), which are then no items. The order of the numbers is
`minutes.importing.numbering`'s. Whichever way a minute numbers its items, it numbers them
all alike and in order; a numbered paragraph inside an item ("1. That the report be
noted.") is told apart by that, and by not reading as a title. Minutes that number no items are read by
`minutes.importing.unnumbered` (marked headings, headings in capitals, titles on lines of
their own, with or without a colon); the register is read by `minutes.importing.register`.
"""

from __future__ import annotations

import re

from minutes.importing.action_lists import without_listed_tasks
from minutes.importing.cleaning import NUMBERED_TITLE_RE, Line
from minutes.importing.numbered_headings import headings_in_style, numbered_texts
from minutes.importing.numbering import (
    letter_number_key,
    letter_runs_in_turn,
    letters_in_turn,
    roman_key,
    romans_in_turn,
    running_in_turn,
)
from minutes.importing.numbering_styles import HEADING_STYLES, prefix_of
from minutes.importing.titles import reads_as_title
from minutes.importing.unnumbered import (
    USUAL_TITLE_RE,
    Heading,
    capitalised_headings,
    colon_headings,
    marked_headings,
    numbered_paragraphs,
    run_in_headings,
    titled_headings,
)
from minutes.item_numbers import ITEM_NUMBER_LENGTH


def find_headings(lines: list[Line]) -> list[Heading]:
    """The items' headings, in the one numbering style that finds the most of them in order.

    An agenda listed before the minutes, one numbered title a line, is no items: the
    headings are looked for after it.
    """
    start = _after_agenda_list(lines)
    if start:
        lines = [Line(text="") if index < start else line for index, line in enumerate(lines)]
    best: list[Heading] = []
    best_style = ""
    by_style: dict[str, list[Heading]] = {}
    keys = {"roman": roman_key, "letter_number": letter_number_key}
    numbered = numbered_texts(lines)
    for style, pattern in HEADING_STYLES.items():
        found = headings_in_style(
            lines, pattern, key=keys.get(style), dashed=style == "dotted", numbered=numbered
        )
        if style == "roman" and not romans_in_turn(found, _matching(lines, pattern, found)):
            continue
        if style == "letter_number" and not letter_runs_in_turn(found):
            continue
        if style == "year_numbered" and not running_in_turn(found):
            continue
        if style == "compound":
            found = _one_prefix(lines, pattern, found, numbered)
            if _letter_run_untitled(found):
                found = []  # "X12 Service to Bath …", "X14 …": bus routes listed under an item
        whole = [h for h in found if re.search(r"\.0+$", h.number)]
        if len(whole) >= 2:
            found = whole  # "1.0 Apologies" then "1.1 …": the .0 lines are the items
        if style == "lettered" and not letters_in_turn(found):
            continue
        if style == "small_lettered" and not _small_letters_are_items(lines, pattern, found):
            continue
        if style in ("hashed", "small_lettered") and _listed_line_after_line(found):
            continue  # "#1 Order new shirts", "#2 Chase the sponsor": a list, not items
        by_style[style] = found
        enough = 1 if style == "labelled" else 2
        if len(found) >= enough and len(found) > len(best):
            best, best_style = found, style
    if (
        best_style == "compound"
        and _paragraphs_of(best, by_style["dotted"])
        and not _grouped_under_sections(best, by_style["dotted"], len(lines))
    ):
        # "18." with "18.1", "18.2" under it: the paragraphs are not items
        best, best_style = by_style["dotted"], "dotted"
    if (
        best
        and best_style != "labelled"
        and _numbered_prose(lines, HEADING_STYLES[best_style], best)
    ):
        # Paragraphs numbered 1 to 30 through the whole document, under headings in
        # capitals: the headings are the items, the numbers the paragraphs'.
        best = marked_headings(lines) or capitalised_headings(lines) or best
    return (
        # ("Summary of actions" then "4. TG – pay the insurer" after item 3: the list's line)
        without_listed_tasks(lines, _without_sub_items(best))
        or marked_headings(lines)
        # headings in capitals over paragraphs numbered through the minutes beneath them
        or capitalised_headings(lines)
        or numbered_paragraphs(lines)
        # titles on lines of their own, in informal notes
        or titled_headings(lines)
        # titles ending in a colon on lines of their own: "Treasurer's report:"
        or colon_headings(lines)
        # headings in capitals run into their paragraphs: "FINANCE: Sheila reported …"
        or run_in_headings(lines)
    )


def _without_sub_items(found: list[Heading]) -> list[Heading]:
    """ "Item 5 Monitoring reports" then "Item 5(a) Segregation unit": the lettered parts are
    the item's own sub-headings, not items (where there is no item 5, "5(a)" is one)."""
    numbers = {h.number for h in found}
    return [
        h
        for h in found
        if not ((part := re.match(r"^(.*\d)\([a-z]\)$", h.number)) and part.group(1) in numbers)
    ]


def _listed_line_after_line(found: list[Heading]) -> bool:
    """Whether headings numbered "#1", "#2" or lettered "a)", "b)" follow one another with
    nothing under them: a list of tasks or options ("a) Replace the boiler", "b) Repair it",
    "c) Do nothing"), where items each have their minute under the title."""
    return any(
        later.index - earlier.index < 2 for earlier, later in zip(found, found[1:], strict=False)
    )


def _small_letters_are_items(lines: list[Line], pattern: re.Pattern, found: list[Heading]) -> bool:
    """Whether "a) Opening prayer and apologies", "b) Minutes of the last meeting" … are the
    items: a, b, c … in turn across the minutes, at least three, each after a blank line, and
    no other line lettered so ("a) Budget" again under "2. Hall" starts the letters again).
    Not where a numbered title stands above the first ("1. Finance" over "a) Budget", "b)
    Reserves": the item's parts), nor after a lead-in ("The architect listed the works:"
    over "a) Repair the parapet", "b) …": a list inside an item)."""
    letters = [h.number for h in found]
    if len(found) < 3 or letters != [chr(97 + i) for i in range(len(letters))]:
        return False
    first = found[0].index
    return (
        _matching(lines, pattern, found) == len(found)
        and all(lines[h.index].after_blank for h in found)
        and not (first and lines[first - 1].text.rstrip().endswith(":"))
        and not any(
            not line.is_bullet and NUMBERED_TITLE_RE.match(line.text) for line in lines[:first]
        )
    )


def _numbered_prose(lines: list[Line], pattern: re.Pattern, found: list[Heading]) -> bool:
    """Whether the numbers found number paragraphs of prose rather than items: more of the
    lines numbered so are sentences ("4. The Synod approved the minutes … as a correct
    record.") than read as titles. Only numbers shared with the items count ("57.1 The Chair
    welcomed …" under "26/57  WELCOME" is the item's paragraph, numbered otherwise)."""
    prose = 0
    prefixes = {prefix_of(h.number) for h in found}
    for line in lines:
        match = None if line.is_bullet else pattern.match(line.text)
        if match and (len(prefixes) != 1 or prefix_of(match.group("num")) in prefixes):
            title = match.group("title").strip()
            prose += title[:1].isupper() and not reads_as_title(title)
    return prose > len(found)


def _after_agenda_list(lines: list[Line]) -> int:
    """Where the minutes start, when they list their agenda first: three or more numbered
    titles one after another ("1. Welcome", "2. Minutes" … a line each), the first of them
    found again further on, above its minute. Otherwise 0."""
    index, runs = 0, 0
    while index < len(lines) and runs < 5:
        run = index
        while (
            run < len(lines)
            and not lines[run].is_bullet
            and NUMBERED_TITLE_RE.match(lines[run].text)
        ):
            run += 1
        if run - index >= 3:
            runs += 1
            first = lines[index].text
            # The list may run straight on into the first minute's heading, with no line of
            # its own between them: the minutes start where the first title comes again.
            again = next((k for k in range(index + 1, run) if lines[k].text == first), None)
            if again is not None and again - index >= 3:
                return again
            if any(line.text == first for line in lines[run:]):
                return run
        index = max(run, index + 1)
    return 0


def _paragraphs_of(compound: list[Heading], dotted: list[Heading]) -> bool:
    """Whether numbers such as "22.1", "22.2" are paragraphs of items numbered "22.": at least
    two such items, and every compound number's first part one of them."""
    items = {h.number for h in dotted}
    if len(items) < 2:
        return False
    return all(
        re.match(r"\d+(?=\.\d)", h.number) and h.number.split(".")[0] in items for h in compound
    )


def _grouped_under_sections(compound: list[Heading], dotted: list[Heading], count: int) -> bool:
    """Whether "1.  OPENING MATTERS" and "2.  PEOPLE STRATEGY AND PERFORMANCE" head sections of
    the agenda whose items are "1.1  Welcome and apologies" … "2.3  …": each numbered
    section's first line is straight away the title of its first item, so that the section
    has no minute of its own, and that item has one under it ("18.  APOLOGIES" above "18.1
    Apologies were received from Councillor Bland.", a sentence, or above "18.1  Councillor
    Bland (work)" and then "19.  MINUTES", has its minute in numbered paragraphs, and is the
    item)."""
    titles = {h.index: h for h in compound}
    headings = set(titles) | {h.index for h in dotted}
    return len(dotted) >= 2 and all(
        (first := titles.get(section.index + 1)) is not None
        and first.number.startswith(f"{section.number}.")
        and not first.title.endswith(".")
        and (below := first.index + (2 if first.uses_next_line else 1)) < count
        and below not in headings
        for section in dotted
    )


# "M110", "P 44": one capital letter and a running number, no point between them
LETTER_RUN_RE = re.compile(r"[A-Z] ?\d{2,4}")


def _letter_run_untitled(found: list[Heading]) -> bool:
    """Whether items numbered by one capital letter and a running number ("M110  APOLOGIES")
    have none of an agenda's usual titles among them: "X12 Service to Bath is cut", "X14 …"
    (bus routes), "P2026 Extension at …" (applications) or "A361 Bypass …" (roads) listed
    under an item in order are no items."""
    return bool(found) and all(
        LETTER_RUN_RE.fullmatch(h.number) and not USUAL_TITLE_RE.match(h.title) for h in found
    )


def _one_prefix(
    lines: list[Line],
    pattern: re.Pattern,
    found: list[Heading],
    numbered: list[tuple[int, str, str | None]] | None = None,
) -> list[Heading]:
    """A minute's compound numbers share one prefix: "8/26" then "9/26", with "C25/0931" (a
    planning application under item 8/26) no item. Each prefix is tried; the most found wins
    (`numbered`: the lines that may be headings, as `numbered_texts` finds them)."""
    prefixes = {prefix_of(h.number) for h in found}
    if len(prefixes) < 2:
        return found
    best: list[Heading] = []
    runs = {
        prefix: headings_in_style(lines, pattern, prefix, numbered=numbered)
        for prefix in sorted(prefixes)[:6]
    }
    for prefix, kept in runs.items():
        if prefix == "." and _paragraphs_of_slashed(kept, runs.get("/", [])):
            continue
        if prefix == "/" and _untitled_beside(kept, runs.get(".", [])):
            continue  # "26/0101 Porch at Mill Lane", "26/0102 …" under "1.2  Planning"
        if len(kept) > len(best):
            best = kept
    return best


def _untitled_beside(slashed: list[Heading], dotted: list[Heading]) -> bool:
    """Whether numbers with a slash have none of an agenda's usual titles where those with a
    full stop have one: "26/0101 Porch at Mill Lane", "26/0102 Garage …" (applications listed
    under "1.2  Planning") are no items beside "1.1  Apologies" and "1.3  Next meeting"."""
    return any(USUAL_TITLE_RE.match(h.title) for h in dotted) and not any(
        USUAL_TITLE_RE.match(h.title) for h in slashed
    )


def _paragraphs_of_slashed(dotted: list[Heading], slashed: list[Heading]) -> bool:
    """Whether "57.1", "58.2" are paragraphs of items numbered "26/57", "26/58": at least two
    such items, and every dotted number's first part the last part of one of them."""
    items = {h.number.rsplit("/", 1)[-1] for h in slashed}
    return len(slashed) >= 2 and all(h.number.split(".")[0] in items for h in dotted)


def _matching(lines: list[Line], pattern: re.Pattern, found: list[Heading]) -> int:
    """How many lines are numbered in the found headings' style, in the same case ("(c)"
    after "(a)" and "(b)" is a letter, not the numeral of "IV.")."""
    upper = bool(found) and found[0].number.isupper()
    count = 0
    for line in lines:
        match = None if line.is_bullet else pattern.match(line.text)
        count += bool(match) and match.group("num").isupper() == upper
    return count


def record_number(number: str) -> str:
    """An item number the record can use in an address: "77/21" → "77.21", "PC/41" → "PC.41"."""
    return re.sub(r"[^0-9A-Za-z.]+", ".", number).strip(".")[:ITEM_NUMBER_LENGTH].strip(".")
