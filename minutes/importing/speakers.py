"""Finding who spoke, and splitting lists of names, in the words of a minute.

People speak in prose: "Cllr Smith asked…", "Responding, Dennis Skinner said…",
"(Cllr Adeyemi, Portfolio Holder) introduced…", "The Chair noted…". A role ("the Chair",
"the Director of Finance") is a speaker only when the register says who held it.
"""

from __future__ import annotations

import re

HONORIFICS = r"(?:Cllr|Councillor|Cyng|Cynghorydd|Dame|Sir|Dr|Mr|Mrs|Ms|Miss|Mx|Lord|Baroness|Professor|Prof|Rev|Revd)\.?"


def _by_first_letter(words: str) -> str:
    """'advised|noted|asked' → '(?:a(?:dvised|sked)|n(?:oted))': the same words, in the same
    order under each letter, grouped so that a pattern tries only the words starting with
    the letter it stands on (the words are plain letters, none the start of another
    followed by a word's end)."""
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()) + ")"


SPEECH_VERBS = _by_first_letter(
    "advised|noted|said|stated|asked|suggested|reported|explained|updated|commented|"
    "proposed|welcomed|raised|highlighted|informed|queried|emphasised|emphasized|"
    "introduced|responded|confirmed|added|observed|thanked|seconded|moved|presented|"
    "replied|answered|clarified|questioned|requested|stressed|acknowledged|expressed|"
    "outlined|summarised|summarized|undertook|agreed|felt|urged|warned"
)
VERB_RE = re.compile(rf"\b{SPEECH_VERBS}\b")
NAME = r"[A-Z][a-zA-Z'’-]+"
# "Cllr Allen advised", "Dennis Skinner advised": an honorific and a name, or a first
# name and a surname, before a verb of speaking. "Members agreed" is deliberately not
# a speaker: a group is not a person.
SPEAKER_RE = re.compile(
    rf"\b(?P<name>{HONORIFICS}(?:\s+{NAME}){{1,3}}|{NAME}(?:\s+{NAME}){{1,2}}),?\s+{SPEECH_VERBS}\b"
)
# "(Cllr Adeyemi, Portfolio Holder for Housing) introduced the report"
BRACKETED_SPEAKER_RE = re.compile(
    rf"\((?P<name>{HONORIFICS}(?:\s+{NAME}){{1,3}}),[^)]{{1,80}}\)\s+{SPEECH_VERBS}\b"
)
# "The Chair noted", "the Director of Finance said": a role, named by the register.
# ("[Tt](?<!\w[Tt])he" is "\b[Tt]he", written to start with its letter, which is quicker
# to look for)
ROLE_SPEAKER_RE = re.compile(
    rf"[Tt](?<!\w[Tt])he (?P<role>(?:[A-Z][a-z]+|of|for|and)(?:[ -](?:[A-Z][a-z]+|of|for|and)){{0,5}}),?\s+{SPEECH_VERBS}\b"
)
NOT_NAMES = {
    "The",
    "This",
    "It",
    "They",
    "He",
    "She",
    "Members",
    "Officers",
    "Board",
    "Chairman",
    "Committee",
    "Council",
    "Cabinet",
    "Panel",
    "Responding",
    "In",
    "Following",
    "When",
    "Also",
    "Clerk",
}
PERSON_RE = re.compile(rf"^(?:{HONORIFICS}\s+)?{NAME}(?:\s+(?:{NAME}|[A-Z]\.?)){{0,3}}$")
LIST_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
PLURAL_HONORIFICS = {"councillors": "Cllr", "cllrs": "Cllr", "messrs": "Mr"}
NO_ONE = {"none", "nil", "none received", "no apologies", "n/a", "none.", "nobody"}
ROLE_IN_BRACKETS_RE = re.compile(r"\s*\((?P<role>[^)]{1,80})\)")


def find_speakers(text: str, roles: dict[str, str] | None = None) -> list[str]:
    """Names that the text says spoke, in order of first mention.

    `roles` maps a role in lower case ("chair", "director of finance") to the name the
    register gives for it; a role not in it is not a speaker.
    """
    found: list[tuple[int, str]] = []
    if not VERB_RE.search(text):
        return []  # cheap: most paragraphs that name no one speaking stop here
    for match in SPEAKER_RE.finditer(text):
        name = match.group("name")
        words = name.split()
        if words[0] in NOT_NAMES or words[-1] in NOT_NAMES:
            continue
        found.append((match.start(), name))
    if "(" in text:
        for match in BRACKETED_SPEAKER_RE.finditer(text):
            found.append((match.start(), match.group("name")))
    for match in ROLE_SPEAKER_RE.finditer(text) if roles else ():
        name = _holder_of(match.group("role"), roles or {})
        if name:
            found.append((match.start(), name))
    names: list[str] = []
    for _, name in sorted(found):
        if name not in names:
            names.append(name)
    return names


def _holder_of(role: str, roles: dict[str, str]) -> str:
    role = role.lower()
    if role in roles:
        return roles[role]
    if role == "chairman" or role == "chairwoman" or role == "chairperson":
        return roles.get("chair", "")
    # "the Director" for the one Director the register names.
    holders = {name for held, name in roles.items() if held.split()[0] == role}
    return holders.pop() if len(holders) == 1 else ""


def split_names(text: str) -> tuple[list[str], dict[str, str], list[str]]:
    """'Councillors Ames (Chair), Bell and Cole' → the names, their roles, and the leftovers.

    A plural honorific ("Councillors") is given to every name after it. Anything that
    does not read as a name is returned apart, so that the clerk is told of it.
    """
    names: list[str] = []
    roles: dict[str, str] = {}
    leftovers: list[str] = []
    honorific = ""
    text = text.strip().rstrip(".")
    for piece in _split_outside_brackets(text):
        piece = piece.strip().strip(".").strip()
        if not piece:
            continue
        first, _, rest = piece.partition(" ")
        if first.lower() in PLURAL_HONORIFICS:
            honorific = PLURAL_HONORIFICS[first.lower()]
            piece = rest.strip()
        role_match = ROLE_IN_BRACKETS_RE.search(piece)
        role = role_match.group("role").strip() if role_match else ""
        bare = ROLE_IN_BRACKETS_RE.sub("", piece).strip()
        if not bare or bare.lower() in NO_ONE:
            continue  # "Apologies: None"
        if honorific and not re.match(HONORIFICS, bare):
            bare = f"{honorific} {bare}"
        if PERSON_RE.match(bare):
            names.append(bare)
            if role:
                roles[role.lower()] = bare
        else:
            leftovers.append(piece)
    return names, roles, leftovers


def _split_outside_brackets(text: str) -> list[str]:
    """Split a list on commas, semicolons and "and", but not inside "(…)"."""
    pieces: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and char in ",;&":
            pieces.append(text[start:index])
            start = index + 1
    pieces.append(text[start:])
    out: list[str] = []
    for piece in pieces:
        out += _split_and(piece)
    return out


def _split_and(piece: str) -> list[str]:
    if "(" in piece:
        head, bracket, tail = piece.partition("(")
        parts = re.split(r"\s+and\s+", head)
        parts[-1] = parts[-1] + bracket + tail
        return parts
    return re.split(r"\s+and\s+", piece)
