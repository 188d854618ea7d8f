"""The numbering styles a meeting's items are headed in, and what a compound number's prefix is.

Items are numbered in many ways: "1. Apologies for absence", "70.", "77/21", "21.44",
"Minute 5", "Minute No. 26/01", "Item 3a", "A." (lettered A, B, C … in turn), "a)" (a, b,
c … in turn), "#3 Finance", "1: Welcome", or a number on a line of its own before the title.
`HEADING_STYLES` holds a pattern for each style; `minutes.importing.numbered_headings` reads
the headings numbered in one of them and `minutes.importing.structure` chooses among them.
"""

from __future__ import annotations

import re

from minutes.importing.cleaning import NUMBER, PREFIXED_NUMBER
from minutes.importing.numbering import ROMAN_YEAR_RE

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
    # "#3 Treasurer's report": a hash before the number, then the title, as a club secretary
    # types them ("#1 in the league table" and "#BoxingClub" are no items)
    "hashed": re.compile(r"^#(?P<num>\d{1,3})\s+(?P<title>[A-Z].*)$"),
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
    # "a) Opening prayer and apologies", "b) Minutes of the last meeting": items lettered in
    # lower case (a, b, c … in turn), each title on a line of its own after a blank line; no
    # lettered parts of an item numbered otherwise, nor a lettered list (see `structure`)
    "small_lettered": re.compile(r"^(?P<num>[a-z])\)\s+(?P<title>[A-Z].*)$"),
    # "5 Finance report" (a tab between the number and the title); a planning committee's
    # "61  25/00644/OUT – Land east of …" (the application's reference starts the title);
    # minutes numbered on from meeting to meeting, "1436  APOLOGIES FOR ABSENCE"
    "bare": re.compile(
        r"^\*?(?P<num>\d{1,3}[a-z]?|\d{4})\s+(?P<title>(?:[A-Z]|\d{1,4}/\d{2,6}/?[A-Z]).*)$"
    ),
}


# "26/57" and "57.1": a number's two parts split by a slash or by a full stop.
COMPOUND_SEPARATOR_RE = re.compile(r"^[A-Za-z&]*\s?\d+(?P<separator>[./])\d")


def prefix_of(number: str) -> str:
    """What a minute's compound numbers share: their letters ("PC/41", "PC/42"), and how their
    parts are split. "26/57  WELCOME" with "57.1  The Chair welcomed …" beneath it numbers
    its items with a slash and its paragraphs with a full stop: the two are never one run."""
    if ROMAN_YEAR_RE.match(number):
        return "roman/"  # "XIII/26", "XIV/26": one run of numbers, not a prefix each
    letters = re.match(r"[A-Za-z&]*", number).group(0)
    split = COMPOUND_SEPARATOR_RE.match(number)
    return letters + (split.group("separator") if split and not letters else "")
