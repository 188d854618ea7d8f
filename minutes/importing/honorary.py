"""Offices written short with full stops, as clubs, societies, parish bodies and charities write
their honorary officers: "Hon. Secretary", "Hon. Treasurer", "Asst. Clerk", "Hon. Sec.".

A full stop after one of these words is the office's, not a sentence's end: "The Hon. Secretary
will write …" is one sentence, and "Mrs Ann Bell – Hon. Secretary" under "Present:" is a name
and its role (`ABBREVIATION_STOP`, read by the register's line after a dash). Two more register
lines name an office so, one a line under a label: after a comma, "Jo Kerr, Asst. Clerk"
(`comma_role`, which reads the letters an office goes by too, "Commanding Officer (CO)", and
the label's own line where it names one person and an office with a word of its remit,
"Officers: Naomi Stavelow, Scrutiny Officer"), and before a colon, "Hon. Sec.: Ann Bell"
(`office_first`). A full stop after any other word still ends a sentence ("Ann Bell - sent her
thanks. It rained." names no role), and an honorific keeps its full stop as it is read ("Rev.
Jones", "Dr. Patel").
"""

from __future__ import annotations

import re

from minutes.importing.roles import OFFICE_NOUNS
from minutes.importing.speakers import HONORIFICS, NAME

# The words written short before an office: "Hon. Treasurer", "Asst. Clerk", "Dep. Clerk".
PREFIX_WORDS = ("Hon", "Asst", "Dep")
# ... and the offices written short themselves: "Hon. Sec.", "Hon. Treas.".
SHORT_OFFICE_WORDS = ("Sec", "Treas")
OFFICE_PREFIX = rf"(?:{'|'.join(PREFIX_WORDS)})\."
SHORT_OFFICE = rf"(?:{'|'.join(SHORT_OFFICE_WORDS)})\."
# A full stop that shortens one of those words, inside a pattern that reads no full stop
# otherwise: "(?:[^.]|{ABBREVIATION_STOP})".
ABBREVIATION_STOP = (
    "(?:" + "|".join(rf"(?<=\b{word})" for word in PREFIX_WORDS + SHORT_OFFICE_WORDS) + r")\."
)
# Where a paragraph's sentences part, no full stop after a word written short before an office
# ends one ("… proposed by the Hon. Treasurer and seconded …", "The Asst. Clerk will book …");
# "Sec." and "Treas." end the office, and may end a sentence.
NOT_A_SENTENCE_END = "".join(rf"(?<!\b{word}\.)" for word in PREFIX_WORDS)

# The last word of an office named as someone's role on the register: "Asst. Clerk",
# "Hon. Sec.", "Chairman", "Membership Secretary".
OFFICE_WORD = (
    rf"(?:{OFFICE_NOUNS}|{SHORT_OFFICE}|Chair|Chairman|Chairwoman|Chairperson|Vice-Chair|"
    r"Vice-Chairman|President|Vice-President|Director|Governor|Trustee|Mayor|Headteacher)"
)
# An office, up to three words of its remit or rank before the word for its holder.
OFFICE_ROLE = rf"(?:(?:{OFFICE_PREFIX}|[A-Z][\w-]*) ){{0,3}}{OFFICE_WORD}"
# A person's full name, a title perhaps before it: "Jo Kerr", "Mrs Ann Bell".
FULL_NAME = rf"(?:{HONORIFICS}\s+)?{NAME}(?:\s+(?:{NAME}|[A-Z]\.?)){{1,3}}"
# "Jo Kerr, Asst. Clerk": a name, a comma, and the office alone (not "Ann Bell, Tom Hale", two
# people, nor a sentence: "Jo Kerr, who was unwell, …"); "Lt Dean Cartwell RNR, Commanding
# Officer (CO)": the office, then the letters it goes by in brackets.
COMMA_ROLE_RE = re.compile(
    rf"^(?P<name>{FULL_NAME}),\s+(?P<role>{OFFICE_ROLE})(?:\s+\((?P<letters>[A-Z]{{2,6}})\))?$"
)
# "Lt (SCC) Dean Cartwell": letters in brackets inside a name, the corps a rank is held in; the
# name is read without them, as a register's list reads it.
NAME_QUALIFIER_RE = re.compile(r"(?<=\S)\s+\([A-Z]{2,6}\)(?=\s+[A-Z])")
# "Hon. Sec.: Ann Bell": the office, a colon, and who holds it.
OFFICE_FIRST_RE = re.compile(rf"^(?P<role>{OFFICE_ROLE})\s*:\s*(?P<name>{FULL_NAME})$")


def comma_role(text: str, on_label_line: bool = False) -> str:
    """ "Jo Kerr, Asst. Clerk" → "Jo Kerr (Asst. Clerk)", as `split_names` reads a name and
    its role; "Lt (SCC) Dean Cartwell RNR, Commanding Officer (CO)" → "Lt Dean Cartwell RNR
    (Commanding Officer, CO)"; "" for another line.

    `on_label_line`: the line is the rest of a label's ("In attendance: Ms Naomi Stavelow,
    Scrutiny Officer"), where a bare office after a name may be a second person ("Present:
    Ann Bell, Clerk", Ann Bell and the Clerk): the office is one person's role only where a
    word of its remit stands before it ("Scrutiny Officer") or its letters after it."""
    match = COMMA_ROLE_RE.match(NAME_QUALIFIER_RE.sub("", text))
    if not match:
        return ""
    role, letters = match.group("role"), match.group("letters")
    if on_label_line and " " not in role and not letters:
        return ""
    return f"{match.group('name')} ({role}{f', {letters}' if letters else ''})"


def office_first(text: str) -> str:
    """ "Hon. Sec.: Ann Bell" → "Ann Bell (Hon. Sec.)"; "" for another line."""
    match = OFFICE_FIRST_RE.match(text)
    return f"{match.group('name')} ({match.group('role')})" if match else ""
