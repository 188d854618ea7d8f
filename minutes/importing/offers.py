"""An offer made on a condition still open, which gives no one a task.

"Wendy offered to run the plant stall" is Wendy's task, taken on at the meeting
(minutes.importing.undertakings). "Wendy offered to run the plant stall again if someone
else took over the raffle", "Colin offered to run the gate if needed" or "Nina volunteered
to do the teas, as long as the hall kitchen was free" are offers waiting on something the
minutes leave open: no one has taken the task on yet, and a clerk leaves them out of the
action points. Only an offer is read so: "Wendy will put the marquee up if the weather is
dry" is her word given, the condition only on when she does it. An "if" after a verb of
asking or finding out is the question to be put, no condition: "Wendy offered to ask the
school if it could lend its tables" is still her task.

Minutes that close with their own list of the meeting's tasks ("Actions", one "Wendy – run
the plant stall" a line) say there which offers were taken on: an offer in an item that the
list leaves out was not, and one the list carries is that line's task, counted once through
it. Either way the offer's sentence is the item's text; a task given in an item ("Wendy will
…", "Wendy to …") is still a task of its own beside the list.
"""

from __future__ import annotations

import re

from minutes.text import Block, Section

# "offered to …", "volunteered to …": an offer, as the undertaking's first task words.
OFFER_WORDS = (" offered to ", " volunteered to ")
# "… if someone else took over", "… unless …", "…, as long as …": the condition.
CONDITION_RE = re.compile(
    r"(?:^|\s|,)(?:if|unless|provided that|providing that|as long as|so long as)\s", re.IGNORECASE
)
# "ask the school if …", "find out if …", "see if …", "check whether …": a question put,
# before its "if".
ASKING_RE = re.compile(
    r"\b(?:ask|check|see|find out|know|confirm|enquire|inquire|establish|investigate|"
    r"look into|explore|query|sound out|test)\b",
    re.IGNORECASE,
)


def offered_on_condition(task_words: str, after: str) -> bool:
    """Whether a sentence's task, after its first task words ("offered to"), is an offer
    waiting on a condition the minutes leave open: 'run the stall again if someone else took
    over the raffle.' → True; 'ask the school if it could lend its tables.' → False."""
    if task_words not in OFFER_WORDS:
        return False
    sentence = re.split(r"[.;!?](?:\s|$)", after, maxsplit=1)[0]
    condition = CONDITION_RE.search(sentence)
    return bool(condition) and not ASKING_RE.search(sentence[: condition.start()])


# "Jackie offered to run a quiz night …", "Kit, as treasurer, volunteered to write …": the
# owner's offer, as the sentence's first task words.
OFFER_SENTENCE_RE = re.compile(r"^[^.;:!?]{1,80}? (?:kindly |also )?(?:offered|volunteered) to ")


def offers_left_to_the_list(items: list) -> None:
    """Where the last item closes the minutes with the meeting's tasks under a heading of
    their own, an offer read as a task in an item is no task of its own: the list gives the
    tasks taken on. The offer's sentence stays in its item as text."""
    if not items or not items[-1].task_list or not items[-1].actions:
        return
    for item in items:
        for action in list(item.actions):
            owner = action.owner_label
            words = OFFER_SENTENCE_RE.match(action.description)
            if action.row or not owner or not words or owner not in words.group():
                continue
            item.actions.remove(action)
            if not item.sections:
                item.sections.append(Section(heading=""))
            item.sections[-1].blocks.append(Block(text=action.description))
