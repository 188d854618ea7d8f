"""What the reading may have missed: sentences it kept as plain text that read like a
decision or a task, and bullets under a lead-in that it did not take as points.

The rules that find decisions, tasks and points are written to be sure: a sentence that
only may be a decision stays in the minute's text. Minutes are phrased in more ways than
any set of rules holds, so the preview names the sentences that come near: words a body
decides with, a person or officer given something to do, a list under "… raised:". The
clerk checks each before saving. Nothing here changes the reading itself. A line ending in
a colon heads what follows it (a lead-in, or a register's "Members appointed by …:"), so it
is never named as a decision, only as a task when it gives one ("The Clerk would write to
the following landowners:"); and a lead-in to a list of things ("the following
correspondence:", "the following events:") or to one question is no lead-in to points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.importing.body import ParsedMinute
from minutes.importing.memo import remembered
from minutes.importing.roles import BODY_LETTERS, OFFICE_NOUNS

# A body's decision, in capitals as clerks type them, or as the body (or "it") deciding.
DECIDING_WORDS = (
    r"resolved|agreed|approved|decided|noted(?!\s+that\b)|recommended|endorsed|adopted|"
    r"accepted|ratified|confirmed|declined|refused|granted|rejected|carried|"
    r"appointed|elected|co-opted|authori[sz]ed|deferred|delegated"
)
SHOUTED = re.compile(
    r"\b(?:RESOLVED|AGREED|APPROVED|DECIDED|RECOMMENDED|ENDORSED|ADOPTED|CARRIED|"
    r"DECLINED|REFUSED|GRANTED|RATIFIED|NOTED|ACCEPTED)\b"
)
BODIES = (
    r"board|committee|council|cabinet|panel|authority|trustees|governors|members|meeting|"
    r"group|corporation|forum|partnership|executive|sub-committee|commissioners|directors|"
    r"assembly|association|club|body|LGB|trust"
)
# "The Board", "the Audit Committee", "the meeting"; at a sentence's start also "Members",
# "Committee", "Trustees".
NAMED_BODY = rf"\bthe\s+(?:[A-Z][\w'’-]*\s+){{0,4}}?(?:{BODIES})"
BARE_BODY = rf"(?:^|[.;:]\s+)(?:[A-Z][\w'’-]*\s+){{0,3}}?(?:{BODIES})"
ADVERB = r"(?:\s+(?:unanimously|formally|then|also|therefore|duly))?"
# A view agreed is no decision: "Members agreed it would be helpful to …".
NOT_A_VIEW = r"(?!\s+(?:that\s+)?(?:it|this|there|they)\s+(?:would|was|is|were|will|had|has)\b)"
BODY_DECIDED = re.compile(
    rf"(?:\bit\s+was|{NAMED_BODY}|{BARE_BODY}){ADVERB}\s+(?:{DECIDING_WORDS})\b{NOT_A_VIEW}"
    # "The Committee reviewed the risks and agreed that …"
    rf"|(?:{NAMED_BODY}|{BARE_BODY})\s+[a-z]+ed\b[^.;]{{0,200}}?\band{ADVERB}\s+"
    rf"(?:{DECIDING_WORDS})\b{NOT_A_VIEW}",
    re.IGNORECASE,
)
# Looked for in the sentence in lower case, as a quick first test (a case-blind pattern
# with word boundaries costs several times more).
DECIDING = re.compile(DECIDING_WORDS.replace("authori[sz]ed", "authori"))
REFERENCE = re.compile(r"\d{2,4}/\d{3,6}")
PASSIVE_DECIDED = re.compile(
    r"\b(?:was|were)\s+(?:unanimously\s+|duly\s+|formally\s+)?"
    r"(?:agreed|approved|adopted|ratified|carried|endorsed|accepted|resolved)\b",
    re.IGNORECASE,
)
# A planning application's line with the body's view of it: "DC/25/0987 … – Approved".
APPLICATION = re.compile(r"\b(?:[A-Z]{1,4}/?)?\d{2,4}/\d{3,6}(?:/[A-Z]{2,4})?\b")
VIEW_OF_APPLICATION = re.compile(
    r"\b(?:support(?:ed)?|object(?:ion)?|no objections?|no comments?|approved|refused|granted|"
    r"permitted)\b",
    re.IGNORECASE,
)
# A sentence that opens with the decision, as a clerk's label or verb: "Resolved to object
# …", "Agreed: that …", "Outcome: report noted.", "Approved, with one abstention."
OPENS_WITH_DECISION = re.compile(
    r"^(?:Resolved|Agreed|Approved|Decided|Noted|Accepted|Endorsed|Adopted|Ratified|Outcome|"
    r"Decision)\b\s*(?:[:,–—-]|to\b|that\b|\.|$)"
)
# The decisions of others reported to the body: "Decisions received", "notified by …".
DECISIONS_OF_OTHERS = re.compile(
    r"\b(?:received|notified|issued|reported|determined\s+by|made\s+by)\b", re.IGNORECASE
)
# Someone given something to do: "Cllr Smith will write", "The Clerk to contact", "JB to
# circulate", "The Chief Executive of the OPCC will include", "undertook to", "Action: …".
WHO = (
    r"(?:(?:the|our)\s+)?(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Revd|Rev|Sir|Dame)\.?\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:and\s+|&\s+|(?:of|for)(?:\s+the)?\s+)?[A-Z][\w'’.-]*){0,5}"
)
TASK = re.compile(
    rf"(?:^|[.;:]\s+|\(\s*)(?P<who>{WHO})\s+(?:will|would|to|is\s+to|are\s+to|agreed\s+to|"
    rf"was\s+asked\s+to|were\s+asked\s+to|undertook\s+to|offered\s+to|volunteered\s+to|"
    rf"promised\s+to|would\s+be\s+asked\s+to)\s+(?!be\b)[a-z]{{3,}}",
)
# Who may be given a task: an office ("the Clerk", "Director of Housing"), a councillor,
# initials ("JB"), or someone the minutes name among those at the meeting.
OFFICE = re.compile(
    rf"\b(?:{OFFICE_NOUNS}|Chair|Chairman|Chairwoman|Vice-Chair|Director|Head|Mayor|"
    rf"Principal|Headteacher|Commissioner|Holder|Cllr|Councillor|Governor|Trustee|Team|"
    rf"President|Vice-President|Captain)\b"
)
# ("NHS will publish …": a body's letters are no one's initials, minutes.importing.roles)
INITIALS = re.compile(rf"^(?!{BODY_LETTERS}$)(?=(?:[^A-Z]*[A-Z]){{2}})[A-Z][A-Za-z]{{1,3}}$")
UNDERTAKING = re.compile(
    r"\b(?:undertook|offered|volunteered|promised)\s+to\s+[a-z]{3,}|\bACTION\b|\bAction\s*:"
    r"|\b(?:said|confirmed|agreed)\s+that\s+(?:he|she|they|the\s+\w+(?:\s+\w+)?)\s+would\s+"
    r"(?!be\b)[a-z]{3,}\b[^.;]{0,200}?\bby\s+(?:\d|the\s+end|[A-Z])",
)
# A word each match of UNDERTAKING holds, as it spells it: a sentence with none is not searched.
UNDERTAKING_WORDS = (
    *("undertook", "offered", "volunteered", "promised"),
    *("ACTION", "Action", "said", "confirmed", "agreed"),
)
# A line that leads in to the discussion's points: "The following points were raised:".
LEAD_IN = re.compile(
    r"\b(?:points?|questions?|comments?|commented|issues?|concerns?|discussion|debate|"
    r"raised|asked|highlighted|following|challenge|observations?|views?|thoughts?|"
    r"remarks?|feedback|responses?|from\s+the\s+floor)\b[^.]*:$",
    re.IGNORECASE,
)
# Tasks listed under a lead-in ("Actions agreed:"), not those reported done ("The following
# actions had been completed:").
ACTIONS_LEAD_IN = re.compile(
    r"^(?!.*\b(?:completed|closed|done|discharged)\b).*\bactions?\b[^.]*:$", re.IGNORECASE
)
# Words that name no one, though the people's names hold them: "The" of "The Clerk" (the
# names' titles are left out where the names are gathered, in meeting._names_of).
NOT_A_NAME = frozenset({"The", "the", "An", "Our"})
# "The Town Mayor had attended the following events:", "The following correspondence had been
# circulated:": a list of things, not of what members said; "Mr Pethick asked the following
# question …:": one question, quoted below.
LIST_OF_THINGS = re.compile(
    r"\bthe\s+following\s+(?!(?:points|comments|questions|issues|concerns|observations|views|"
    r"remarks|thoughts|responses|matters|queries|challenges|suggestions|feedback|"
    # ("The following were raised:", "the following members commented:": what was said)
    r"were|was|are|is|had|have|has|members|governors|trustees|councillors|directors)\b)"
    r"[a-z]+\b",
    re.IGNORECASE,
)
BODY_WORDS_ALONE = re.compile(rf"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,4}}?(?:{BODIES})$", re.I)


@dataclass
class Doubt:
    """A sentence the reading left as text that may be a `kind` ("decision", "task" or
    "points"), in the item labelled `label`."""

    kind: str
    label: str
    text: str

    def message(self, short) -> str:
        if self.kind == "points":
            return (
                f"{self.label}: the list under “{short(self.text)}” was kept as text: "
                "if it is the discussion's points, make each one a point."
            )
        what = "a decision" if self.kind == "decision" else "a task for someone"
        return f"{self.label}: “{short(self.text)}” may be {what}: check it."


def doubts_of(item: ParsedMinute, label: str, names: frozenset[str] = frozenset()) -> list[Doubt]:
    """The decisions, tasks and points the reading may have left as text in `item`; `names`
    are the people at the meeting, by full name and by each word of it."""
    found: list[Doubt] = []
    decided = " ".join(item.decisions)
    tasks = " ".join(a.held_text() for a in item.actions)
    for text, lead_in, followed in _texts_of(item):
        heading = _lead_in(lead_in)
        for sentence in _sentences(text):
            kind = _doubt_about(sentence, lead_in, heading, names)
            # (whether the reading holds it already is asked last: the item's decisions and
            # tasks are long where the item is, and most sentences raise no doubt)
            if kind and not (sentence in decided or sentence in tasks):
                found.append(Doubt(kind, label, sentence))
        # A lead-in with text after it in an item with no points: what it leads in to was
        # not read as points.
        heading = _lead_in(text)
        if (
            followed
            and not item.points
            and LEAD_IN.search(heading)
            and not ACTIONS_LEAD_IN.search(heading)
            and not LIST_OF_THINGS.search(heading)
        ):
            found.append(Doubt("points", label, text.strip()))
    return found


def _doubt_about(sentence: str, lead_in: str, heading: str, names: frozenset[str]) -> str:
    """What a sentence kept as text may be: "decision", "task", or "" (no doubt). `lead_in`
    is the paragraph its list stands under, `heading` that paragraph's last sentence."""
    if sentence.endswith((":", ":-")):
        # A line ending in a colon heads what follows it ("Members appointed by the County
        # Council:" heads the register's names): no decision itself, though it may give a
        # task ("The Clerk would write to the following owners:").
        return "task" if _reads_as_a_task(sentence, names) else ""
    if _reads_as_a_decision(sentence) and not (
        APPLICATION.search(sentence) and DECISIONS_OF_OTHERS.search(lead_in[-300:])
    ):
        return "decision"
    if _reads_as_a_task(sentence, names) or ACTIONS_LEAD_IN.search(heading):
        return "task"
    return ""


def _lead_in(text: str) -> str:
    """The last sentence of a paragraph that ends in a colon (at most its last 300
    characters, so that no pattern reads a long paragraph over and over), else ""."""
    stripped = text.strip()
    if not stripped.endswith(":"):
        return ""
    return stripped.rsplit(". ", 1)[-1][-300:]


def _texts_of(item: ParsedMinute):
    """(text, the paragraph it stands under, whether text follows it) for each paragraph
    and bullet the reading kept as text (a bullet stands under the paragraph before its
    list), then each point's text (a decision or a task may sit inside one)."""
    for section in item.sections:
        previous = ""
        for n, block in enumerate(section.blocks):
            followed = n + 1 < len(section.blocks)
            if block.bullets:
                for bullet in block.bullets:
                    yield bullet, previous, False
            else:
                yield block.text, "", followed
                previous = block.text.strip()
    for point in item.points:
        yield point.text, "", False


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“])")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if len(s.strip().split()) >= 3]


@remembered  # a sentence is asked of again where it stands in a point and in the text
def _reads_as_a_decision(sentence: str) -> bool:
    # The patterns of a subject and its verb cost the most, so they are tried only on a
    # sentence that holds a deciding word, and the application's on one with a reference
    # (every reference holds a slash); every word SHOUTED looks for ends in "ED".
    if ("ED" in sentence and SHOUTED.search(sentence)) or OPENS_WITH_DECISION.search(sentence):
        return True
    if DECIDING.search(sentence.lower()) and (
        BODY_DECIDED.search(sentence) or PASSIVE_DECIDED.search(sentence)
    ):
        return True
    if "/" not in sentence or not REFERENCE.search(sentence):
        return False
    reference = APPLICATION.search(sentence)
    return bool(reference and VIEW_OF_APPLICATION.search(sentence, reference.end()))


@remembered
def _reads_as_a_task(sentence: str, names: frozenset[str]) -> bool:
    match = TASK.search(sentence)
    if match and _may_own(match.group("who"), names):
        return True
    return any(word in sentence for word in UNDERTAKING_WORDS) and bool(
        UNDERTAKING.search(sentence)
    )


def _may_own(who: str, names: frozenset[str]) -> bool:
    """Whether `who` may be given a task: not a body ("The Council will …"), and an office,
    a councillor, initials or someone at the meeting, not an outsider ("the Minister will
    announce …")."""
    if BODY_WORDS_ALONE.match(who):
        return False
    return bool(
        OFFICE.search(who)
        or INITIALS.match(who)
        or any(
            word in names and word not in NOT_A_NAME
            for word in re.split(r"\s+(?:and|&)\s+|\s+", who)
        )
    )
