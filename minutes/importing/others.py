"""Decisions of other bodies, reported in a meeting's minutes, told from the meeting's own.

"The ICB Board decided on 25 February to stop …" in a medical committee's minutes, or "The
ICB approved …" in a primary care network's, is that body's decision, reported: it goes back
into the item's text. A body is the meeting's own when a word of its name (or its letters,
"The SACRE agreed …") is in the minutes' first lines, their title; with no title nothing is
moved. "The Session agreed …" is a kirk session's only where those lines name a session, and
"The council agreed …" and "The deacons agreed …" the meeting's own only where its title, above
the register, names a council or its deacons.
"""

from __future__ import annotations

import re

from minutes.importing.register import ATTENDANCE_RE
from minutes.text import Block, Section

# "The ICB Board decided on 25 February to stop …": a body named with words of its own.
NAMED_BODY_DECISION_RE = re.compile(
    r"^The\s+((?:[A-Z][\w'’-]*\s+){0,4}?)(?P<noun>Board|Committee|Sub-Committee|Council|Cabinet|"
    r"Panel|Executive|Authority|Group|Trust|Forum)\s+(?:\w+ly\s+)?"
    r"(?:decided|approved|agreed|resolved|noted|endorsed|adopted|ratified)\b"
)
# "The SACRE agreed …", "The ICB approved …": a body named by its letters alone, the
# meeting's own only when its title names it so (a church's PCC and a school's LGB or FGB
# are always the meeting's own, and "The AGM agreed …" is the meeting itself).
ACRONYM_DECISION_RE = re.compile(
    r"^The\s+([A-Z]{3,6})\s+(?:\w+ly\s+)?(?:decided|approved|agreed|resolved|noted|endorsed|"
    r"adopted|ratified|NOTED|AGREED|APPROVED|RESOLVED|ENDORSED)\b"
)
KNOWN_ACRONYMS = {"pcc", "lgb", "fgb", "agm", "egm"}
# "The youth council voted to …", "The district council agreed …": a body named in lower
# case, the meeting's own only when its title has the words before "council".
LOWER_BODY_DECISION_RE = re.compile(
    r"^The\s+((?:[a-z][\w-]*\s+){1,2})(?:council|committee|board|group|forum)\s+"
    r"(?:voted|decided|approved|agreed|resolved|noted|endorsed|adopted)\b"
)
# "The council agreed the minutes.": a council named in lower case with no words of its own,
# the meeting's own only when the minutes' title names a council (a parish pastoral council's
# minutes); in a residents' group's notes it is the local council, reported.
BARE_COUNCIL_DECISION_RE = re.compile(r"^The\s+council\s")
# "Parish Pastoral Council", "MINUTES OF THE COUNCIL": a council as the title names its body,
# in capitals; not the council a meeting is held with ("… meeting with the council"), nor
# where it is held ("at the Council Offices"), nor "council housing"
TITLE_COUNCIL_RE = re.compile(
    r"(?<!with the )\b(?:Council|COUNCIL)\b(?!\s+(?:Offices?|Chambers?|House|Buildings?)\b)"
)
# "The deacons agreed to hold …": a free church's deacons, the meeting's own only where the
# minutes' title names them ("Minutes of the Deacons' Meeting"); in the members' Church
# Meeting's minutes what the deacons agreed is reported to it
# ("The Deacons proposed … Agreed.": the meeting agreeing to their proposal, its own)
DEACONS_DECISION_RE = re.compile(
    r"^(?:The\s+)?[Dd]eacons\s+(?:\w+ly\s+)?(?i:decided|approved|agreed|resolved|noted|"
    r"endorsed|adopted)\b"
)
TITLE_DEACONS_RE = re.compile(r"\bdeacons\b", re.IGNORECASE)
# "The Session approved the minute …": a kirk session's decision, the meeting's own only when
# the minutes' first lines name a session ("… the Kirk Session met and was constituted"); in
# an eco group's minutes, "The Session agreed with the speaker …" is a conference's session
SESSION_DECISION_RE = re.compile(
    r"^The\s+(?:Kirk\s+)?Session\s+(?:\w+ly\s+)?(?:decided|approved|agreed|resolved|noted|"
    r"endorsed|adopted|ratified)\b"
)
BODY_NOUNS = {"board", "committee", "council", "cabinet", "panel", "authority", "trust", "forum"}
TITLE_FILLER = {"minutes", "meeting", "held", "the", "and", "of", "full", "main", "whole"}


def others_decisions(items: list, preamble: list[str]) -> None:
    """A decision of a body whose name the minutes' own title does not share ("The ICB
    Board decided …" in a medical committee's minutes, "The Board decided …" in a members'
    council's) is that body's, reported: text of the item, not one of this meeting's
    decisions. With no title, nothing is moved."""
    title = {
        word.lower() for line in preamble[:4] for word in re.findall(r"[A-Za-z][\w'’-]+", line)
    } - TITLE_FILLER
    if not title:
        return
    titled = _above_register(preamble[:4])
    titled_council = any(TITLE_COUNCIL_RE.search(line) for line in titled)
    titled_deacons = any(TITLE_DEACONS_RE.search(line) for line in titled)
    for item in items:
        for decision in list(item.decisions):
            acronym = ACRONYM_DECISION_RE.match(decision)
            if acronym and acronym.group(1).lower() in title | KNOWN_ACRONYMS:
                continue  # "The SACRE agreed …" in the SACRE's minutes: its own decision
            lower = LOWER_BODY_DECISION_RE.match(decision)
            if lower and set(lower.group(1).split()) & title:
                continue  # "The youth council voted …" in the youth council's notes
            session = SESSION_DECISION_RE.match(decision)
            if session and "session" in title:
                continue  # "The Session approved the minute …" in a kirk session's minutes
            council = BARE_COUNCIL_DECISION_RE.match(decision)
            if council and titled_council:
                continue  # "The council agreed …" in a parish pastoral council's minutes
            deacons = DEACONS_DECISION_RE.match(decision)
            if deacons and titled_deacons:
                continue  # "The deacons agreed …" in the deacons' own minutes
            match = NAMED_BODY_DECISION_RE.match(decision)
            if not (match or acronym or lower or session or council or deacons):
                continue
            if match:
                qualifiers = {w.lower() for w in match.group(1).split()}
                noun = match.group("noun").lower()
                if qualifiers & title or (
                    not qualifiers and (noun in title or not title & BODY_NOUNS)
                ):
                    continue
            item.decisions.remove(decision)
            if not item.sections:
                item.sections.append(Section(heading=""))
            item.sections[-1].blocks.append(Block(text=decision))


def _above_register(lines: list[str]) -> list[str]:
    """The minutes' title: their first lines above the register ("Parish Pastoral Council"
    above "Present: …"), never a ward councillor's "(Anytown Borough Council)" on it."""
    for place, line in enumerate(lines):
        if ATTENDANCE_RE.match(line):
            return lines[:place]
    return lines
