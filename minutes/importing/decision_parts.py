"""One decision or several: where a paragraph's decision starts, and its parts.

A paragraph whose decision follows a report keeps the report as minute text ("The position
was reported. The Board noted it."); "(i) … (ii) …" in one paragraph, "resolved: 1. to … and
2. to …" and "The Committee approved … The Committee deferred …" are each several decisions;
a "Decision:" label is dropped from the decision it heads, and two copies of one decision
(under "Decision:" and under "Minutes:") share a key.
"""

from __future__ import annotations

import re

from minutes.importing.decisions import ASSENT_ADVERB, BODY_DECISION_RE, CARRIED_RE, is_decision
from minutes.importing.honorary import NOT_A_SENTENCE_END
from minutes.importing.outcomes import after_outcome_label

# "(a) …", "ii) …", "3. …", and a typed paragraph's "44.2 That …"
ENUMERATOR_RE = re.compile(
    r"^(?:\(?(?:[a-h]|[ivx]{1,5}|\d{1,2})[.)]\s|\d{1,3}\.\d{1,2}\s+(?=[Tt]hat\b))"
)
# "(i) … (ii) …" inside one paragraph: split before each numbered part after the first; not
# before the parts a part refers to, "… except as set out in (b) and (c);", "(ii) or (iii)",
# "(a) to (d)" (a pair or a range of the list's own letters is no new part)
# ("option (ii) and (b) the matter be brought back": a label of another kind before "and" is
# no pair, and the entry it stands before is the list's next)
PART_LABEL = r"\((?:[a-h]|[ivx]{1,5}|\d{1,2})\)"
PART_KINDS = ([r"[a-h]"], [rf"[ivx]{{{width}}}" for width in (1, 2, 3, 4, 5)], [r"\d", r"\d\d"])
SECOND_OF_PAIR = "".join(
    rf"(?!(?<=\({before}\)\s{word})\s+\({'|'.join(kind)}\))"
    for kind in PART_KINDS
    for before in kind
    for word in ("and", "or", "to", "&")
)
INLINE_ENUMERATOR_RE = re.compile(
    rf"(?=\s+\(){SECOND_OF_PAIR}\s+(?={PART_LABEL}\s)"
    rf"(?!{PART_LABEL}\s+(?:and|or|to|&)\s+{PART_LABEL})"
    r"|(?:(?<=[:;])|(?<=\band))\s+(?=\d{1,2}\.\s+(?:to|that)\s)"  # "resolved: 1. to approve …; and 2. to …"
)
# What each place INLINE_ENUMERATOR_RE splits at stands before: "(" of "(ii) …", or this, the
# end of "2. to …" ("2. that …"); looked for first, as the split's pattern costs more.
NUMBERED_PART_RE = re.compile(r"\d\.\s+t")
DECISION_LABEL_RE = re.compile(r"^(?:Decisions?|Resolution)\s*[:–—-]\s*", re.IGNORECASE)


# ("… proposed by the Hon. Treasurer and seconded …": "Hon." before an office ends nothing)
SENTENCE_SPLIT_RE = re.compile(rf"(?<=[.!?]){NOT_A_SENTENCE_END}\s+(?=[A-Z(])")


def split_at_decision(text: str) -> tuple[str, str]:
    """'The position was reported. The Board noted it.' → (the report, the decision).

    A paragraph whose decision starts after its first sentence keeps the sentences
    before it as minute text; ('', text) when the decision starts it or there is none.
    """
    sentences = SENTENCE_SPLIT_RE.split(text)
    if len(sentences) < 2 or len(sentences) > 40:
        return "", text
    for index, sentence in enumerate(sentences):
        if is_decision(sentence):
            if index and CARRIED_RE.match(sentence):
                index -= 1  # "Proposed A, seconded B that …. Carried.": the proposal carried
            if index == 0:
                return "", text
            return " ".join(sentences[:index]), " ".join(sentences[index:])
    return "", text


def is_enumerated(text: str) -> bool:
    return bool(ENUMERATOR_RE.match(text))


# "The Committee approved the Curriculum Policy. The Committee deferred the Assessment Policy
# …": a sentence opening with the body deciding again, after its first decision.
BODY_DECIDES_AGAIN_RE = re.compile(r"(?<=[.!?])\s+(?=The\s)")
# "The Committee unanimously approved": the body's name is the words before how and its verb
BODY_NAME_END_RE = re.compile(
    rf"(?:,\s+as\s+[^,]{{1,40}},)?(?:\s+(?:unanimously|then|therefore|also|formally|duly|"
    rf"{ASSENT_ADVERB}))?\s+\S+\s*$"
)


def _body_decides_again(text: str) -> list[str]:
    """A paragraph of sentences each opening with the body deciding: each one a decision
    ("… The Committee deferred …"); [text] when a sentence after the first is not one (a
    status, "The survey has now been completed.", goes with the decision before it), or is
    another body's ("The Committee noted the update. The County Council approved the scheme
    in May.": what the meeting noted, and the news it noted)."""
    if ". The " not in text or not (first := BODY_DECISION_RE.match(text)):
        return [text]  # cheap: no second sentence starting "The", or no body deciding first
    body = BODY_NAME_END_RE.sub("", first.group(0)) + " "
    parts = BODY_DECIDES_AGAIN_RE.split(text)
    if len(parts) < 2 or not all(
        part.startswith(body) and BODY_DECISION_RE.match(part) for part in parts
    ):
        return [text]
    return parts


def split_decisions(text: str) -> list[str]:
    """One paragraph's decisions: "(i) … (ii) …" is two; a "Decision:" label is dropped;
    "The Committee approved … The Committee deferred …" is two, also after "Outcome:"."""
    text = DECISION_LABEL_RE.sub("", text).strip() or text
    # ("Outcome: The group approved …" then "The group deferred …": the label on the first)
    label, decided = after_outcome_label(text)
    if len(again := _body_decides_again(decided)) > 1:
        return [label + again[0], *again[1:]]
    if "(" not in text and not NUMBERED_PART_RE.search(text):
        return [text]  # nothing to split before: no "(ii) …" and no "2. to …"
    parts = [p.strip() for p in INLINE_ENUMERATOR_RE.split(text) if p.strip()]
    lead_in = parts and (not is_enumerated(parts[0]) or parts[0].endswith((":", ":-")))
    if lead_in and len(parts) > 1:
        # The lead-in ("RESOLVED that") belongs to the first numbered part (and so does a
        # numbered paragraph's, "(3) RESOLVED that the Committee endorse the decision to:")
        parts = [f"{parts[0]} {parts[1]}", *parts[2:]]
    return parts if len(parts) > 1 else [text]


def decision_key(text: str) -> str:
    """What two copies of a decision share (one under "Decision:", one under "Minutes:")."""
    words = re.findall(r"\w+", DECISION_LABEL_RE.sub("", text).lower())
    if words and words[0] in {"resolved", "agreed", "approved"}:
        words = words[1:]
    return " ".join(words)
