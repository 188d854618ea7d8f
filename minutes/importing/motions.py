"""A motion's resolutions: decisions only once the motion is carried.

"Council resolves:" above "1. To introduce …", "2. To ask …", or a motion of one
resolution in full ('"This branch resolves to oppose …"'): the body decides them only if the
motion is carried, each resolution then a decision in place of the sentence that carried
it; a motion that fell, or whose fate is not recorded, leaves them the motion's words.
"""

from __future__ import annotations

import re

from minutes.importing.decision_parts import ENUMERATOR_RE, SENTENCE_SPLIT_RE

# "Council resolves:" above a motion's numbered resolutions ("1. To introduce …"): what the
# body decides if, and only if, the motion is carried.
# "This branch instructs the Branch Committee to:" too, at the end of the motion's first part.
MOTION_RESOLVES_RE = re.compile(
    r"(?:^|(?<=[.!?”\"])\s+)[“\"]?(?:The\s+|This\s+)?(?:[A-Za-z][\w'’-]*\s+){1,3}?"
    r"(?:resolves\s*(?:that|to)?|instructs\b[^:]{1,60}?\bto)\s*:-?$"
)
# '"This branch resolves to oppose the transfer …"': a motion of one resolution, in full.
MOTION_RESOLUTION_RE = re.compile(
    r"^[“\"]?(?:The|This)\s+(?:[A-Za-z][\w'’-]*\s+){1,3}?resolves\s+(?:to|that)\s.*[^:]$"
)
MOTION_OUTCOME_RE = re.compile(
    r"\b(?P<carried>carried|passed|CARRIED)\b"
    r"|\b(?P<fell>fell|lost|defeated|not carried|withdrawn|LOST|FELL|DEFEATED)\b"
)


# A word each match of MOTION_RESOLVES_RE holds: a paragraph with neither is not searched.
MOTION_VERBS = ("resolves", "instructs")


def _motion_words(text: str) -> bool:
    """Whether a paragraph opens a motion: its lead-in to resolutions, or one in full."""
    return bool(
        (any(verb in text for verb in MOTION_VERBS) and MOTION_RESOLVES_RE.search(text))
        or MOTION_RESOLUTION_RE.match(text)
    )


def motion_resolutions(texts: list[str], decisions: list[str]) -> list[str]:
    """An item's decisions once its motions are read: a carried motion's resolutions are
    each a decision, in place of the sentence that carried it; a motion that fell decides
    nothing, its resolutions stay the motion's words.

    `texts` are the item's paragraphs in order; an amendment's fate is not the motion's.
    """
    starts = [i for i, text in enumerate(texts) if _motion_words(text)]
    if not starts:
        return decisions
    decisions = list(decisions)
    for start in starts:
        index = start + 1
        if MOTION_RESOLUTION_RE.match(texts[start]):
            entries = [texts[start]]  # a motion of one resolution, in full
        else:
            entries = []
            while index < len(texts) and (
                ENUMERATOR_RE.match(texts[index]) or re.match(r"^(?:To|That)\s", texts[index])
            ):
                entries.append(texts[index])
                index += 1
        # the sentence that carried it may have been read as a decision already
        outcome = _motion_outcome(texts[index:]) or _motion_outcome(decisions)
        if not entries or outcome is None or outcome[0] != "carried":
            continue
        sentence = outcome[1]
        place = next((i for i, d in enumerate(decisions) if sentence in d or d in sentence), None)
        if place is None:
            place = len(decisions)
        else:
            del decisions[place]
        decisions[place:place] = [e for e in entries if e not in decisions]
    return decisions


def _motion_outcome(texts: list[str]) -> tuple[str, str] | None:
    """('carried' or 'fell', the sentence) for the first sentence after a motion's words
    that says how the motion went; an amendment's sentence says nothing of the motion."""
    for text in texts:
        if _motion_words(text):
            return None  # the next motion's words: this one's outcome was not recorded
        for sentence in SENTENCE_SPLIT_RE.split(text):
            if "amendment" in sentence.lower():
                continue
            match = MOTION_OUTCOME_RE.search(sentence)
            if match:
                return ("carried" if match.group("carried") else "fell"), sentence
    return None
