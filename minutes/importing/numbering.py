"""The order of items' numbers: whether the numbers found run in turn.

Items are numbered one after another, whatever the style: "77/21" then "78/21", "IV" after
"III", "A1" to "A6" then "B1", "2026/01" then "2026/02", "A.", "B.", "C." with none left
out. `number_key` gives a number's place in that order, and the other tests here tell a run
of items from a list numbered inside an item ("(i) … (ii)") or a name that looks like a
numeral ("I. Smith"). `minutes.importing.structure` uses them to choose the numbering that
finds the items.
"""

from __future__ import annotations

import re

from minutes.importing.unnumbered import Heading

ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_key(number: str) -> tuple:
    """'IV' → (4,): a Roman numeral's value, for the order of the items."""
    values = [ROMAN_VALUES[c] for c in number.lower()]
    total = sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))
    return (total,)


def romans_in_turn(found: list[Heading], matching: int) -> bool:
    """Roman-numbered items are I, II, III … one after another (so "I. Smith" is no item),
    and never start again: "(i) … (ii) …" numbering a list in each item is no item."""
    values = [roman_key(h.number)[0] for h in found]
    return (
        len(found) >= 3
        and matching == len(found)
        and values == list(range(values[0], values[0] + len(values)))
    )


def running_in_turn(found: list[Heading]) -> bool:
    """ "A1", "A2", "A3" or "2026/01", "2026/02", "2026/03": one prefix, the numbers one after
    another, at least three (so two lines starting "2025/26 Accounts", "2026/27 Budget" are
    no items)."""
    parts = [re.fullmatch(r"(\D*\d*?/?)(\d{1,3})", h.number) for h in found]
    if len(found) < 3 or not all(parts) or len({p.group(1) for p in parts}) != 1:
        return False
    values = [int(p.group(2)) for p in parts]
    return values == list(range(values[0], values[0] + len(values)))


def letter_number_key(number: str) -> tuple:
    return (ord(number[0]), int(number[1:]), 0)


def letter_runs_in_turn(found: list[Heading]) -> bool:
    """ "A1" to "A6", then "B1" to "B3": each part's items numbered one after another, the
    parts lettered in turn; at least three in all."""
    if len(found) < 3:
        return False
    runs: dict[str, list[int]] = {}
    for heading in found:
        runs.setdefault(heading.number[0], []).append(int(heading.number[1:]))
    letters = list(runs)
    if [ord(letter) for letter in letters] != list(
        range(ord(letters[0]), ord(letters[0]) + len(letters))
    ):
        return False
    return all(
        values == list(range(values[0], values[0] + len(values))) and (place == 0 or values[0] == 1)
        for place, values in enumerate(runs.values())
    )


def letters_in_turn(found: list[Heading]) -> bool:
    """Lettered items are A, B, C … with none left out (so "I. Smith" is no item)."""
    letters = [h.number for h in found]
    return len(found) >= 3 and letters == [chr(65 + i) for i in range(len(letters))]


def all_between(first: tuple, second: tuple, most: int = 3) -> list[tuple]:
    """The numbers between two in turn, up to `most` of them ((10, 0, 0) and (13, 0, 0) →
    (11, 0, 0), (12, 0, 0)); [] when they differ otherwise."""
    if len(first) != len(second):
        return []
    for place, (a, b) in enumerate(zip(first, second, strict=True)):
        if a != b:
            if (
                isinstance(a, int)
                and isinstance(b, int)
                and 2 <= b - a <= most + 1
                and not any(first[place + 1 :])
                and not any(second[place + 1 :])
            ):
                return [(*first[:place], n, *first[place + 1 :]) for n in range(a + 1, b)]
            return []
    return []


ROMAN_YEAR_RE = re.compile(r"^([IVXLC]{1,7})/(\d{2,4})$")


def number_key(number: str) -> tuple:
    roman = ROMAN_YEAR_RE.match(number)
    if roman:
        # "XIII/26": minutes numbered through the year in Roman numerals, then the year
        return (int(roman.group(2)), roman_key(roman.group(1))[0], 0)
    parts = re.findall(r"\d+|[a-z]", re.sub(r"^[A-Za-z&]+[\s/.]?(?=\d)", "", number).lower())
    # "77/21" then "78/21", or "25/101" then "25/102": in order either way, as tuples.
    key = [int(p) if p.isdigit() else ord(p) - 96 for p in parts]
    return tuple(key + [0] * (3 - len(key)))
