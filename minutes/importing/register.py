"""The meeting's register, read from its minutes: who was present, who sent apologies, who
was in attendance or substituting, and who declared an interest.

The register is read from the lines before the first item and from the items that carry
it ("Apologies", "Declarations of interest"); a label may stand alone above its names, one
a line (each perhaps with its role after a dash: "Lucy Kettlewyn-Hollamby - parent member
(Cubs)"), or before them ("Present: …", "Environment Agency officers: …"), or above groups of
them ("Members appointed by the County Council:" then their names), and a register
laid out in columns ("Fiona Large    Licensing Officer    FL") gives each name its role. An
attendance table, a header row over one row a person, is read by
`minutes.importing.attendance_tables`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes.importing.attendance_tables import AttendanceTable
from minutes.importing.cleaning import NUMBER, Line, looks_like_heading
from minutes.importing.honorary import ABBREVIATION_STOP, comma_role, office_first
from minutes.importing.register_notes import without_chair_note
from minutes.importing.roles import OFFICE_NOUNS
from minutes.importing.speakers import HONORIFICS, NAME, split_names
from minutes.importing.undertakings import NOT_A_SURNAME

ATTENDANCE_LABELS = {
    "present": "present",
    # a Scottish court's or kirk session's register: "Sederunt: Rev. … (Moderator); Mr …"
    "sederunt": "present",
    "members present": "present",
    "councillors present": "present",
    "councillors": "present",
    "members": "present",
    "attendees": "present",
    "attendance": "present",
    "attending": "present",
    "board members": "present",
    # "Board: Ann Bell (Chair, AB), Tom Hay (Treasurer)": a board's members under its name
    "board": "present",
    "board members present": "present",
    "governors present": "present",
    "governors": "present",
    "trustees": "present",
    "directors": "present",
    "directors present": "present",
    "also attending": "in_attendance",
    "trustees present": "present",
    "in attendance": "in_attendance",
    "also in attendance": "in_attendance",
    "also present": "in_attendance",
    "officers present": "in_attendance",
    "officers in attendance": "in_attendance",
    "officers": "in_attendance",
    "clerk": "in_attendance",
    "staff": "in_attendance",
    "staff present": "in_attendance",
    "staff and guests": "in_attendance",
    "guests": "in_attendance",
    "apologies": "apologies",
    "apologies for absence": "apologies",
    "apologies received": "apologies",
    "apologies received from": "apologies",
    "absent": "absent",
    "not present": "absent",
    "absent without apologies": "absent",
    "substitute": "substitutes",
    "substitutes": "substitutes",
    "substitute members": "substitutes",
}
# "Environment Agency officers:", "Council staff:": whose officers they are, then the label.
OFFICERS_LABEL = r"(?-i:(?:[A-Z][\w&'’-]*\s+){1,4})(?:officers|staff|advisers|advisors)(?=\s*:)"
# "From the practice: Karen Isherwood (Practice Manager)": the staff of the body the group
# meets with, as a patient group's or a school council's notes list them.
FROM_THE_LABEL = (
    r"from the (?:practice|surgery|school|academy|college|trust|council|club|company|"
    r"office|hospital|university|association)(?=\s*:)"
)
ATTENDANCE_RE = re.compile(
    r"^(?P<label>"
    + "|".join(sorted(ATTENDANCE_LABELS, key=len, reverse=True))
    + r"|"
    + OFFICERS_LABEL
    + r"|"
    + FROM_THE_LABEL
    + r")"
    r"(?:\s*\([^()]{1,40}\))?"  # "Present (14 of 19 members):"
    r"\s*(?:[:–—-]\s*(?P<rest>.*)|(?P<alone>))$",
    re.IGNORECASE,
)
# "Board: Trust Board", "Board: Audit and Risk Board": the label naming the board itself, not
# its members ("Board: Ann Bell (Chair), Tom Hay" lists them)
BODY_NAMED_RE = re.compile(
    r"^board\s*[:–—-]\s*(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|&)\s+)?){0,5}"
    r"(?:Board|Committee|Trust|Council|Group|Panel|Forum)$",
    re.IGNORECASE,
)
# "Ann Bell", "Cllr T. Hay": a person's name, two words or more, none in capitals alone ("NHS
# Somerset ICB" is a body's)
PERSON_NAME_RE = re.compile(r"^(?:(?![A-Z]{2,}\b)[A-Z][\w'’.-]* )+(?![A-Z]{2,}\b)[A-Z][\w'’-]*$")
# The words that end a body's name ("Programme Board", "Audit Committee")
BODY_WORDS = {"Board", "Committee", "Trust", "Council", "Group", "Panel", "Forum"}
# "Councillors: Abbot, Bellamy and Crane": the label is the names' plural title, as
# "Councillors Abbot, Bellamy and Crane" would be ("Cllr Abbot" …); a name given a title of
# its own keeps it ("Councillors: Mrs Ann Abbot").
COUNCILLORS_LABEL_RE = re.compile(r"^councillors(?: present)?$", re.IGNORECASE)
PROSE_APOLOGIES_RE = re.compile(
    r"^apologies(?: for absence)?(?: were| was| had been)? (?:received|given|tendered|noted|"
    r"submitted|accepted) from (?P<names>[^.]+?)\.?$",
    re.IGNORECASE,
)
DECLARATION_RE = re.compile(
    rf"^(?P<name>{HONORIFICS}(?:\s+(?:{NAME}|[A-Z]\.?)){{1,3}}|{NAME}\s+{NAME})\s*(?:[:–—-]\s*|\s+)"
    r"(?P<rest>.*\binterests?\b.*)$"
)
DECLARATION_LABEL_RE = re.compile(r"^declarations? of (?:interests?|pecuniary interests?)\b", re.I)
ITEM_REFERENCE_RE = re.compile(
    rf"\b(?:item|minute|agenda item)\s+(?:no\.?\s*)?(?P<num>{NUMBER})", re.I
)
REGISTER_TITLE_RE = re.compile(
    r"\b(?:apologies|attendance|declarations? of interest|present)\b", re.IGNORECASE
)
NOT_DECLARERS = {"The", "There", "No", "None", "This", "All", "Members", "Governors"}
# "Members appointed by the County Council:", "Parish members:" under "Present:": the register
# split by who appointed or elected the members, each group's names on the lines below.
# (not "Members of the public:" or "of the press", who are not members present)
GROUP_HEADING_RE = re.compile(
    r"^(?!.*\b(?i:public|press|audience|observers?)\b)"
    r"(?:(?:[A-Z][\w'’&-]*\s+){0,3}(?i:members|councillors|governors|trustees|representatives)"
    r"|(?:Members|Councillors|Governors|Trustees|Representatives)\s+(?:appointed|elected|"
    r"nominated|representing|of|for|from)\b[^:.;]{0,80}):$"
)


@dataclass
class Register:
    """Who was there, who sent apologies, and who declared an interest."""

    present: list[str] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    in_attendance: list[str] = field(default_factory=list)
    substitutes: list[str] = field(default_factory=list)
    declarations: list[dict] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    source: list[str] = field(default_factory=list)  # the lines read into it

    def names(self) -> list[str]:
        found = self.present + self.apologies + self.absent + self.in_attendance
        found += self.substitutes + [d["person"] for d in self.declarations]
        return list(dict.fromkeys(found))

    def add(self, kind: str, names: list[str]) -> None:
        bucket = getattr(self, kind)
        bucket += [n for n in names if n not in bucket and not _named_already(n, bucket)]


def _named_already(name: str, names: list[str]) -> bool:
    """ "Mr Heald" in the Apologies item, where the register lists "Mr Stuart Heald": the same
    person by title and surname, not another."""
    words = name.replace(".", "").split()
    if len(words) != 2:
        return False
    title, surname = words[0].lower(), words[1].lower()
    return any(
        len(other) > 2 and other[0].lower() == title and other[-1].lower() == surname
        for other in (n.replace(".", "").split() for n in names)
    )


# The labels read inside an item that carries the register ("1. Present / apologies" over
# "Present: Jasmine Treloar (Chair), Ivo Fenwright. Apologies: Fenn Lascott."): who was there
# and who was not, the line kept in the item as its minute too.
IN_ITEM_LABELS = {"present", "members present", "apologies", "apologies for absence", "absent"}
# "… Ivo Fenwright. Apologies: Fenn Lascott.": a second label run on after a full stop.
RUN_ON_LABEL_RE = re.compile(r"(?<=[.;])\s+(?=(?:Apologies|Absent|Present)(?: for absence)?\s*:)")


def _in_item_attendance(text: str, register: Register) -> bool:
    """Read 'Present: …' (and an 'Apologies: …' run on after it) inside a register's item into
    the register, where every part is a label and its names; whether it was read."""
    parts = []
    for part in RUN_ON_LABEL_RE.split(text):
        match = ATTENDANCE_RE.match(part)
        if not match or match.group("label").lower() not in IN_ITEM_LABELS:
            return False
        names, roles, leftovers = split_names(match.group("rest") or "")
        if leftovers:
            return False
        parts.append((ATTENDANCE_LABELS[match.group("label").lower()], names, roles))
    for kind, names, roles in parts:
        register.add(kind, names)
        register.roles.update(roles)
    return True


def _a_body(names: str) -> bool:
    """Whether names under a label hold a body's ("Councillors: Westbury Town Council"), not
    counting what is in brackets ("Abbot (Town Council)"): it is no councillor."""
    return any(word in BODY_WORDS for word in re.sub(r"\([^)]*\)", "", names).split())


def _names_the_board(text: str, match: re.Match) -> bool:
    """Whether "Board: …" names the board rather than its members: "Board: Trust Board",
    "Board: Finance and Audit", "Board: NHS Somerset ICB" (no name there reads as a person's,
    or one is a body's). "Board:" alone, its members on the lines below, names them."""
    if BODY_NAMED_RE.match(text):
        return True
    names = split_names(match.group("rest") or "")[0]
    return bool(names) and (
        not any(PERSON_NAME_RE.match(name) for name in names)
        or any(name.split()[-1] in BODY_WORDS for name in names)
    )


def read_register(lines: list[Line], register: Register, in_item: bool = False) -> list[Line]:
    """Take the register and declarations out of some lines; return the lines left over.

    Inside an item (the "Apologies" item) the lines are left where they are as well:
    they are that item's minute.
    """
    left: list[Line] = []
    kind = ""  # the label a list of names, one a line, is under
    declaring = False
    table = None  # the attendance table whose rows are being read
    for line in lines:
        text = line.text
        if table and table.holds(line):
            if table.read(line, register):
                _place(line, register, left, in_item)
            else:
                left.append(line)  # a row whose person or attendance cannot be read
            continue
        table = AttendanceTable.headed_by(line)
        if table:
            kind = ""  # the table, not a label above it, says where each person goes
            _place(line, register, left, in_item)
            continue
        match = ATTENDANCE_RE.match(text)
        if match and match.group("label").lower() == "board" and _names_the_board(text, match):
            match = None  # "Board: Trust Board" names the board, not its members
        prose = PROSE_APOLOGIES_RE.match(text)
        if DECLARATION_LABEL_RE.match(text):
            declaring, kind = True, ""
            rest = text.split(":", 1)[1].strip() if ":" in text else ""
            if rest and _declaration(rest, register):
                register.source.append(text)
                continue
            left.append(line)
            continue
        if match and not in_item:
            kind = ATTENDANCE_LABELS.get(match.group("label").lower(), "in_attendance")
            rest = _name_and_role(line.columns[1:]) if line.columns else match.group("rest")
            # "In attendance: Lt Dean Cartwell RNR, Commanding Officer (CO)": one person
            rest = (rest and comma_role(rest, on_label_line=True)) or rest
            if rest and COUNCILLORS_LABEL_RE.match(match.group("label")) and not _a_body(rest):
                rest = f"Councillors {rest}"  # each name under the label is a councillor's
            if rest:
                names, roles, leftovers = split_names(rest)
                register.add(kind, names)
                register.roles.update(roles)
                if leftovers:
                    left.append(Line(", ".join(leftovers)))
            register.source.append(text)
            continue
        if match and in_item and _in_item_attendance(text, register):
            left.append(line)  # the item's minute as well
            continue
        if prose:
            names, roles, _ = split_names(prose.group("names"))
            register.add("apologies", names)
            _place(line, register, left, in_item)
            continue
        if declaring or in_item:
            if _declaration(text, register):
                _place(line, register, left, in_item)
                continue
        if kind and not in_item and GROUP_HEADING_RE.match(text):
            register.source.append(text)  # a group of the members, its names below
            continue
        if kind and not in_item:
            person = without_chair_note(text)  # "Ann Bell - in the chair"
            listed = (
                _name_and_role(line.columns)
                or _dashed_role(person, kind)
                or comma_role(person)  # "Jo Kerr, Asst. Clerk"
                or office_first(person)  # "Hon. Sec.: Ann Bell"
                or person
            )
            names, roles, leftovers = split_names(listed)
            # A table's header under the register ("No.<tab>Discussion<tab>Decision<tab>Action")
            # names no one: it ends the list, as any line that is not names does.
            if names and not leftovers and not _a_header(names):
                register.add(kind, names)
                register.roles.update(roles)
                register.source.append(text)
                continue
        kind = ""
        left.append(line)
    return left


def _name_and_role(columns: list[str]) -> str:
    """A register laid out in columns: "Fiona Large | Licensing Officer" → "Fiona Large
    (Licensing Officer)"; "Sharon Mullen | Director of Adult Social Care, Brennington Council
    | SM", with the initials the minutes go on to use, → the name and role alike."""
    if len(columns) == 3 and INITIALS_COLUMN_RE.match(columns[2]):
        role = re.sub(r"\s*\(([^()]*)\)", r", \1", columns[1])  # "Manager (minutes)"
        return f"{columns[0]} ({role})"
    if len(columns) == 2 and not any("," in c or "(" in c for c in columns):
        return f"{columns[0]} ({columns[1]})"
    return ", ".join(columns)


INITIALS_COLUMN_RE = re.compile(r"^[A-Z]{2,4}$")

# "Lucy Kettlewyn-Hollamby - parent member (Cubs)", "Martin Royle – Director of Finance": a
# register one person a line, each full name, a spaced dash, and what they are, as a club's
# secretary types it under "Present:". (Not a sentence after the dash: "Ann Bell - sent her
# thanks. The bar was busy." names no role; "Mrs Ann Bell – Hon. Secretary" does, the full
# stop the office's, `minutes.importing.honorary`.)
DASHED_ROLE_RE = re.compile(
    rf"^(?P<name>(?:{HONORIFICS}\s+)?{NAME}(?:\s+(?:{NAME}|[A-Z]\.?)){{1,3}})\s+[–—-]\s+"
    rf"(?P<role>[A-Za-z](?:[^.;:!?]|{ABBREVIATION_STOP}){{1,80}})$"
)


# "Mrs Jo Bell – for item 5 only", "Cllr Tom Hay - left after item 6", "Tom Hay - apologies"
# (under "Attendance:", each member's attendance after the dash), "Next Meeting - Tuesday 7
# April": after the dash, when or how someone attended, or whether, or a date, not what they
# are
ATTENDANCE_NOTE_RE = re.compile(
    r"^(?:for|from|until|till|to|left|leaving|arrived|arriving|joined|joining|departed|after|"
    r"before|via|by|on|in|at|online|remote|remotely|virtually|zoom|teams|video|phone|telephone|"
    r"part|partly|items?|present|absent|apologies|apology|apologised|excused|unwell|ill|away|"
    r"holiday|late|substituting|substitute|sub|deputising|replacing|representing|observing|"
    r"none|no|see|tbc|vacant|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\w-])",
    re.IGNORECASE,
)
# The words of a heading, that no person's name holds: "Next Meeting - Tuesday 7 April",
# "Minutes Taken By - Ted Umbers", "Matters Arising - none"
HEADING_WORDS = (
    r"Minute|Minutes|Notes|Meeting|Next|Date|Time|Venue|Matters|Arising|Report|Business|"
    r"Apologies|Present|Absent|Attendance|Opened|Closed|Taken|By|Item|Items|Agenda|Action|"
    r"Actions|Welcome|Public|Press|Discussion|Decision|Decisions"
)
HEADING_WORD_RE = re.compile(rf"(?:{HEADING_WORDS})(?:['’]s)?")
# ... and the words of an office, that a role holds and a name after the dash does not:
# "Finance Director", "Group Lead Volunteer", "Parish Clerk"
NOT_IN_A_NAME_RE = re.compile(
    rf"(?:{OFFICE_NOUNS}|Chair|Chairman|Chairwoman|Chairperson|Vice|Vice-Chair|Mayor|President|"
    r"Director|Governor|Trustee|Councillor|Member|Members|Representative|Rep|Head|Headteacher|"
    rf"Teacher|Captain|Coach|Volunteer|Helper|Worker|Visitor|Person|Taker|{HEADING_WORDS})(?:['’]s)?"
)
# The last word of a body's name: "Thames Water", "Wendlow Gazette", "Parkside Ltd"
BODY_END_WORDS = NOT_A_SURNAME | {
    "Gazette",
    "Times",
    "News",
    "Club",
    "Society",
    "Team",
    "Ltd",
    "plc",
    "CIC",
    "Forum",
    "Panel",
    "Centre",
    "Charity",
    "Foundation",
    "Practice",
    "Surgery",
    "Company",
    "Constabulary",
}
# ... of which these end people's names too: "Tom Power", "Ann Church", "Jimmy Wales"
SURNAMES_TOO = {"England", "Wales", "Scotland", "Ireland", "Power", "Church"}
NOT_A_NAME_END = BODY_END_WORDS - SURNAMES_TOO


def _a_header(names: list[str]) -> bool:
    """ "No., Discussion, Decision, Action": a row of a table's column headings, read as
    names: single words, one of them a heading's word ("Public Governor" over a group of
    governors is no header)."""
    return (
        len(names) >= 2
        and all(len(name.split()) == 1 for name in names)
        and any(HEADING_WORD_RE.fullmatch(name) for name in names)
    )


def _a_heading_or_a_body(name: str) -> bool:
    """ "Next Meeting", "Minutes Taken By", "Wendlow Gazette": before the dash, no one's name."""
    words = name.split()
    return any(HEADING_WORD_RE.fullmatch(word) for word in words) or words[-1] in NOT_A_NAME_END


def _a_person(text: str) -> bool:
    """ "Cllr Tom Bell", "Sue Bright": a person's name after the dash; not an office ("Finance
    Director", "Lord Mayor"), a heading or a body ("Thames Water")."""
    titled = re.match(rf"{HONORIFICS}\s+", text)
    words = text[titled.end() :].split() if titled else text.split()
    return (
        (1 if titled else 2) <= len(words) <= 4
        and all(re.fullmatch(NAME, word) for word in words)
        and not any(NOT_IN_A_NAME_RE.fullmatch(word) for word in words)
        and words[-1] not in NOT_A_NAME_END
    )


def _a_body(role: str) -> bool:
    """ "Thames Water", "Police", "Wendlow Town Council": a body after the dash, whose person
    attends ("Chair of Planning Committee" is an office of one)."""
    words = re.split(r"[,(]", role)[0].split()
    return (
        bool(words)
        and words[-1] in BODY_END_WORDS
        and not any(NOT_IN_A_NAME_RE.fullmatch(word) for word in words)
    )


def _run_together(name: str, role: str) -> bool:
    """Whether the role holds another person: two lines joined into one, a long role in lower
    case and the next line's name ("Sal Quinn - parent member for the Cubs" above "Amy Pole"),
    or people listed after it ("Ann Bell - Treasurer, Tom Hay, Sue Day")."""
    if re.search(r"\s[–—-]\s", role):
        return True  # "… for the Cubs Amy Pole - Secretary": the next line's dash
    plain = re.sub(r"\([^()]*\)", "", role)
    if any(_a_person(part.strip()) for part in plain.split(",")):
        return True
    words = role.split()
    for cut in range(1, len(words) - 1):
        line = f"{name} - {' '.join(words[:cut])}"
        wrapped = not looks_like_heading(line) and line[-1] not in ".!?:;)"
        if wrapped and _a_person(" ".join(words[cut:])):
            return True
    return False


def _dashed_role(text: str, kind: str) -> str:
    """ "Lucy Kettlewyn-Hollamby - parent member (Cubs)" → "Lucy Kettlewyn-Hollamby (parent
    member, Cubs)", as `split_names` reads a name and its role; "" for another line, and under
    "Apologies:" or "Absent:" ("Ann Bell - at work" gives her reason for absence, not what she
    is). Not a note of when someone came or went ("Mrs Jo Bell – for item 5 only"), an office
    or a heading before the dash ("Parish Clerk - Sue Bright", "Next Meeting - Tuesday 7
    April"), a body on either side ("Kate Hill - Thames Water": "Thames Water to repair the
    leak" is no task of the meeting's), nor lines run together."""
    match = DASHED_ROLE_RE.match(text)
    if not match or kind in ("apologies", "absent"):
        return ""
    name, role = match.group("name"), match.group("role").strip()
    if (
        _a_heading_or_a_body(name)
        or ATTENDANCE_NOTE_RE.match(role)
        or _a_person(role)  # "Parish Clerk - Sue Bright": the office, then who holds it
        or _a_body(role)
        or _run_together(name, role)
    ):
        return ""
    role = re.sub(r"\s*\(([^()]*)\)", r", \1", role)
    return f"{name} ({role})"


def _place(line: Line, register: Register, left: list[Line], in_item: bool) -> None:
    if in_item:
        left.append(line)
    else:
        register.source.append(line.text)


def _declaration(text: str, register: Register) -> bool:
    match = DECLARATION_RE.match(text)
    if not match or match.group("name").split()[0] in NOT_DECLARERS:
        return False  # "The Chair welcomed … No interests were declared."
    reference = ITEM_REFERENCE_RE.search(text)
    register.declarations.append(
        {
            "person": match.group("name"),
            "item": reference.group("num") if reference else "",
            "nature": text[:500],
        }
    )
    return True


def is_register_title(title: str) -> bool:
    return bool(REGISTER_TITLE_RE.search(title))


# "It was proposed by Mr Hardisty and seconded by Mrs Lavender …", "Mrs Lavender seconded":
# someone named with a title who moves or seconds a motion is a member of the meeting (an
# elector at a parish meeting), not a resident speaking in public participation.
MOVER_RE = re.compile(
    r"\b(?:(?:proposed|moved|seconded) by|(?:[Pp]roposer|[Ss]econder)(?: was|:)) "
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?P<a>[A-Z][\w'’-]+)"
    r"|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?P<b>[A-Z][\w'’-]+) (?:proposed|moved|seconded)\b"
)


# A word each match of MOVER_RE holds: "proposed", "Proposer"; "moved"; "seconded", "Seconder".
MOVER_WORDS = ("ropose", "moved", "econde")


def movers(lines: list[Line]) -> frozenset[str]:
    """The surnames of those the minutes name with a title as moving or seconding a motion
    (only a line holding one of `MOVER_WORDS` is searched)."""
    found: set[str] = set()
    for line in lines:
        text = line.text
        if not any(word in text for word in MOVER_WORDS):
            continue
        for match in MOVER_RE.finditer(text):
            found.add(match.group("a") or match.group("b"))
    return frozenset(found)


# "Dario Sabatini (DS, Kitchen Manager) for items 4 to 7", a row "Nina Farrimond (NF)<tab>
# Social Prescribing Lead": someone listed before the first item with their initials, in a
# line or a table the register does not read, who is still one of the meeting.
# ("Wendlow Community Transport (WCT)" is an organisation, by the last word of its name)
LISTED_PERSON_RE = re.compile(
    r"\b([A-Z][a-z][\w'’-]{0,30} (?!(?:Transport|Council|Committee|Board|Group|Trust|Team|"
    r"Service|Services|Society|Association|Partnership|Network|Forum|Club|Centre|Church|School|"
    r"Practice|Authority|Company|Ltd|Limited|CIC|Charity|Foundation)\b)[A-Z][\w'’-]{1,30}) "
    r"\([A-Z]{2,4}[,)]"
)


# "Panel members: Yvonne Catterick (Chair), Paul Mensah-Wright, …", "Committee present: …": the
# members of a body the register has no label for, listed on the label's line before the
# first item. ("Public present: …", "Press present: …", "New members: …" list people who
# are not yet, or not, of the meeting: no one to give a task by first name.)
MEMBERS_LINE_RE = re.compile(
    r"^(?!(?:Public|Press|New|Observers|Visitors|Guests)\b)"
    r"(?:[A-Z][\w'’-]* ){1,2}(?:members|present): (?=[A-Z])"
)


def listed_people(texts: list[str]) -> list[str]:
    """The full names listed with their initials in lines before the first item, and those
    listed after a label of some body's members ("Panel members: …")."""
    found = [m.group(1) for text in texts for m in LISTED_PERSON_RE.finditer(text)]
    for text in texts:
        label = MEMBERS_LINE_RE.match(text)
        if label:
            names, _, _ = split_names(text[label.end() :])
            found += [name for name in names if " " in name]
    return found
