"""An offer made on a condition still open, which gives no one a task.

"Wendy offered to run the plant stall" is Wendy's task, taken on at the meeting
(minutes.importing.undertakings). "Wendy offered to run the plant stall again if someone
else took over the raffle", "Colin offered to run the gate if needed" or "Nina volunteered
to do the teas, as long as the hall kitchen was free" are offers waiting on something the
minutes leave open: no one has taken the task on yet, and a clerk leaves them out of the
action points. Only an offer is read so: "Wendy will put the marquee up if the weather is
dry" is her word given, the condition only on when she does it. An "if" after a verb of
asking or finding out is the question to be put, no condition: "Wendy offered to ask the
school if it could lend its tables" is still her task. Nor is "if possible" a condition left
open ("offered to email the schedule, if possible by Friday": when she does it), nor an "if"
after "and", which waits on a later step of the task ("offered to ring the band and, if they
were free, book them": she rings the band whatever its answer).

Minutes that mark their tasks ("Action:" lines, an "Action points" list) say there which offers
were taken on: an offer no mark took up is no task (minutes.importing.marked_actions).
"""

from __future__ import annotations

import re

# "offered to …", "volunteered to …": an offer, as the undertaking's first task words.
OFFER_WORDS = (" offered to ", " volunteered to ")
# "… if someone else took over", "… unless …", "…, as long as …": the condition.
CONDITION_RE = re.compile(
    r"(?:^|\s|,)(?:if(?! (?:at all )?possible\b)|unless|provided that|providing that|as long as|"
    r"so long as)\s",
    re.IGNORECASE,
)
# "ring the band and, if …": the condition is on the step after "and", not on the first.
LATER_STEP_RE = re.compile(r"\band,?$", re.IGNORECASE)
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
    if not condition:
        return False
    before = sentence[: condition.start()]
    return not ASKING_RE.search(before) and not LATER_STEP_RE.search(before.rstrip())
