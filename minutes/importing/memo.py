"""Remembering, for one reading, what a test of a paragraph answered.

The reading asks the same question of the same paragraph from several places: whether it
records a decision is asked by the body, by the split of a paragraph at its decision and
by the preview's checks; whether it ends in a lead-in to points by the body before and
after it places the paragraph; whether a sentence reads as a decision or a task by the
preview's checks, of a point's text and of the minute's. A function whose answer depends
on its arguments alone (a string, and perhaps a frozen set of names, in; a bool out; no
other state read) is marked `@remembered`, and answers a second question about the same
text from memory. `forget_all` empties every such memory: `parse_meeting` calls it as it
begins, so that one paste's paragraphs are not held once the next is read, and a reading
takes as long as reading it afresh does.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

Answer = TypeVar("Answer")

# Enough for every distinct paragraph of a 1 MB paste that a test is asked of twice.
REMEMBERED = 16384

_memories: list = []


def remembered(function: Callable[..., Answer]) -> Callable[..., Answer]:
    """The function, answering from memory for a text (and the same other arguments, all
    of them unchanging: strings, numbers, frozen sets) it was asked of before."""
    memory = lru_cache(maxsize=REMEMBERED)(function)
    _memories.append(memory)
    return memory


def forget_all() -> None:
    for memory in _memories:
        memory.cache_clear()
