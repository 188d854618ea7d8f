"""Finding a whole meeting's items in the paragraphs of its minutes.

Items are numbered in many ways: "1. Apologies for absence", "70.", "77/21", "21.44",
"Minute 5", "Minute No. 26/01", "Item 3a", "A." (lettered A, B, C … in turn), "1: Welcome",
or a number on a line of its own before the title; "6 May 2026" is a date, not item 6. A
short title may have its minute after a dash on the same line ("1. Apologies – as above.
…") or after a full stop, in capitals ("1.  OPENING.  The Chairman opened …"), and an
agenda's heading its paper after a tab ("AC26/13<tab>Welcome<tab>Verbal"): how a line's
title is read is `minutes.importing.titles`'s. Decimal items may be grouped under numbered sections of the agenda ("1.  OPENING
MATTERS" straight above "1.1  Welcome and apologies"), which are then no items. The order
of the numbers is `minutes.importing.numbering`'s. Whichever way
a minute numbers its items, it numbers them all alike and in order; a numbered paragraph
inside an item ("1. That the report be noted.") is told apart by that, and by not
reading as a title. Minutes that number no items are read by
`minutes.importing.unnumbered` (marked headings, headings in capitals, titles on lines of
their own, with or without a colon); the register is read by `minutes.importing.register`.
"""

from __future__ import annotations

import re

from minutes.importing.cleaning import (
    NUMBER,
    NUMBERED_TITLE_RE,
    PREFIXED_NUMBER,
    Line,
)
from minutes.importing.numbering import (
    ROMAN_YEAR_RE,
    all_between,
    letter_number_key,
    letter_runs_in_turn,
    letters_in_turn,
    number_key,
    roman_key,
    romans_in_turn,
    running_in_turn,
)
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

HEADING_STYLES = {
    # "Minute 5 Budget", "Item 3a: Play area", "Agenda item 4 – Finance", and the section
    # sign of Nordic and German minutes, "§ 4/26 Budget"
    "labelled": re.compile(
        rf"^(?:Minute|Item|Agenda item|Min\.?|§|No\.)\s*(?:No\.?\s*)?(?P<num>{NUMBER})\s*[.:)–—-]?\s*(?P<title>.*)$",
        re.IGNORECASE,
    ),
    # "77/21 Budget", "21.44 Budget", "77/21" alone, "PC/41 Apologies", "QS26/01 Welcome",
    # a body's prefix and year: "ICB/26/01 Welcome", "E&A 41/25 APOLOGIES"
    "compound": re.compile(
        # ("26/00042/HOU – 14 Castle View", a planning application's reference, is no item)
        rf"^(?P<num>{PREFIXED_NUMBER}|\d{{1,3}}[./]\d{{1,4}}[a-z]?|[IVXLC]{{1,7}}/\d{{2,4}})(?![\d/])"
        r"\.?\s*[:–—-]?\s*(?P<title>.*)$"
    ),
    # "1. Apologies", "70.", "5) Planning", "*45. Report" (starred for discussion), and
    # "4 .  Partner updates", a space before the full stop as some templates print it
    # ("1.0 Apologies" is no item 1 titled "0 Apologies"; "#4 Finance" is numbered so too)
    "dotted": re.compile(r"^[*#]?(?P<num>\d{1,3}[a-z]?)(?: (?=\.\s))?[.)](?!\d)\s*(?P<title>.*)$"),
    # "4 – Apologies", "5: Minutes": the number, a dash or colon, and the title
    "dashed": re.compile(r"^(?P<num>\d{1,3}[a-z]?)\s*[:–—-]\s+(?P<title>[A-Z].*)$"),
    # "1/ Apologies", "2/ Mins of last mtg": a number and a slash, as typed in a message
    "slashed": re.compile(r"^(?P<num>\d{1,2})/\s+(?P<title>[A-Z].*)$"),
    # "(1) Apologies", "(12) Village green", "[3] Matters arising"
    "bracketed": re.compile(r"^[([](?P<num>\d{1,3}[a-z]?)[)\]]\s*(?P<title>.*)$"),
    # "IV.   RIGHTS OF WAY", "ix) Finance": items numbered in Roman numerals (I, II, III … in turn)
    # ("(iv) Finance" too)
    "roman": re.compile(r"^\(?(?P<num>[IVXLC]{1,7}|[ivxlc]{1,7})[.)]\s+(?P<title>[A-Z].*)$"),
    # "A1 Apologies", "A2 Minutes": a letter and a number in turn
    "letter_number": re.compile(r"^(?P<num>[A-Z]\d{1,2})[.:)]?\s+(?P<title>[A-Z].*)$"),
    # "2026/01 Apologies", "2026/02 Minutes": the year and a running number, in turn
    "year_numbered": re.compile(r"^(?P<num>\d{4}/\d{1,3})\.?\s*[:–—-]?\s+(?P<title>[A-Z].*)$"),
    # "7.34pm   Minutes of the meeting": items headed by the time they started (the time is
    # their number); "7.40pm   Sue Pennock arrived." is a sentence, no item
    # ("11:30 Break" is no item: the meeting paused)
    "timed": re.compile(
        r"^(?P<num>\d{1,2}[.:]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)?)\s+"
        r"(?!(?:comfort |tea |coffee |lunch )?break$|lunch$|adjournment$)(?P<title>[A-Z][^.]*[^.\s])$",
        re.IGNORECASE,
    ),
    # "FINANCE ........ 4": a title in capitals, its number at the end after a dot leader (as a
    # contents page sets them); "Gate receipts ..... £71,380" is a figure, not an item
    "leader": re.compile(
        r"^(?P<title>[A-Z][A-Z0-9 '’&,/()–-]*[A-Z0-9)])\s*\.{4,}\s*(?P<num>\d{1,3})$"
    ),
    # "A. Welcome and apologies", "B. Minutes": a trust's lettered items (A, B, C … in turn)
    "lettered": re.compile(r"^(?P<num>[A-Z])[.)]\s+(?P<title>[A-Z].*)$"),
    # "5 Finance report" (a tab between the number and the title); a planning committee's
    # "61  25/00644/OUT – Land east of …" (the application's reference starts the title);
    # minutes numbered on from meeting to meeting, "1436  APOLOGIES FOR ABSENCE"
    "bare": re.compile(
        r"^\*?(?P<num>\d{1,3}[a-z]?|\d{4})\s+(?P<title>(?:[A-Z]|\d{1,4}/\d{2,6}/?[A-Z]).*)$"
    ),
}


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
    numbered = _numbered_texts(lines)
    for style, pattern in HEADING_STYLES.items():
        found = _headings_in_style(
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
        _without_sub_items(best)
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


def _numbered_prose(lines: list[Line], pattern: re.Pattern, found: list[Heading]) -> bool:
    """Whether the numbers found number paragraphs of prose rather than items: more of the
    lines numbered so are sentences ("4. The Synod approved the minutes … as a correct
    record.") than read as titles. Only numbers shared with the items count ("57.1 The Chair
    welcomed …" under "26/57  WELCOME" is the item's paragraph, numbered otherwise)."""
    prose = 0
    prefixes = {_prefix(h.number) for h in found}
    for line in lines:
        match = None if line.is_bullet else pattern.match(line.text)
        if match and (len(prefixes) != 1 or _prefix(match.group("num")) in prefixes):
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


# "26/57" and "57.1": a number's two parts split by a slash or by a full stop.
COMPOUND_SEPARATOR_RE = re.compile(r"^[A-Za-z&]*\s?\d+(?P<separator>[./])\d")


def _prefix(number: str) -> str:
    """What a minute's compound numbers share: their letters ("PC/41", "PC/42"), and how their
    parts are split. "26/57  WELCOME" with "57.1  The Chair welcomed …" beneath it numbers
    its items with a slash and its paragraphs with a full stop: the two are never one run."""
    if ROMAN_YEAR_RE.match(number):
        return "roman/"  # "XIII/26", "XIV/26": one run of numbers, not a prefix each
    letters = re.match(r"[A-Za-z&]*", number).group(0)
    split = COMPOUND_SEPARATOR_RE.match(number)
    return letters + (split.group("separator") if split and not letters else "")


def _one_prefix(
    lines: list[Line],
    pattern: re.Pattern,
    found: list[Heading],
    numbered: list[tuple[int, str, str | None]] | None = None,
) -> list[Heading]:
    """A minute's compound numbers share one prefix: "8/26" then "9/26", with "C25/0931" (a
    planning application under item 8/26) no item. Each prefix is tried; the most found wins
    (`numbered`: the lines that may be headings, as `_numbered_texts` finds them)."""
    prefixes = {_prefix(h.number) for h in found}
    if len(prefixes) < 2:
        return found
    best: list[Heading] = []
    runs = {
        prefix: _headings_in_style(lines, pattern, prefix, numbered=numbered)
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


# "6 May 2026 at the Hall": a date, not item 6 titled "May 2026".
DATE_LINE_RE = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b"
)


def record_number(number: str) -> str:
    """An item number the record can use in an address: "77/21" → "77.21", "PC/41" → "PC.41"."""
    return re.sub(r"[^0-9A-Za-z.]+", ".", number).strip(".")[:ITEM_NUMBER_LENGTH].strip(".")


def _numbered_texts(lines: list[Line]) -> list[tuple[int, str, str | None]]:
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


def _headings_in_style(
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
        numbered = _numbered_texts(lines)
    for index, text, paper in numbered:
        match = pattern.match(text)
        if not match or DATE_LINE_RE.match(text):
            continue
        number, title = match.group("num"), match.group("title").strip()
        if prefix is not None and _prefix(number) != prefix:
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
        return _headings_in_style(
            lines, pattern, prefix, key, dashed=dashed, numbered=numbered, stopped=False
        )
    if by_dash and not any(USUAL_TITLE_RE.match(h.title) for h in found):
        # "1. Footpath 7 – the stile … is broken …", "2. Footpath 12 – …": a list's entries
        # under an item; titles before a dash are items only among an agenda's usual titles
        return _headings_in_style(lines, pattern, prefix, key, numbered=numbered)
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
