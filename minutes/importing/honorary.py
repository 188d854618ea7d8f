"""Offices written short with full stops, as clubs, societies, parish bodies and charities write
their honorary officers: "Hon. Secretary", "Hon. Treasurer", "Asst. Clerk", "Hon. Sec.".

A full stop after one of these words is the office's, not a sentence's end: "The Hon. Secretary
will write …" is one sentence, and "Mrs Ann Bell – Hon. Secretary" under "Present:" is a name
and its role (`ABBREVIATION_STOP`, read by the register's line after a dash). Two more register
lines name an office so, one a line under a label: after a comma, "Jo Kerr, Asst. Clerk"
(`comma_role`), and before a colon, "Hon. Sec.: Ann Bell" (`office_first`). A full stop after
any other word still ends a sentence ("Ann Bell - sent her thanks. It rained." names no role),
and an honorific keeps its full stop as it is read ("Rev. Jones", "Dr. Patel").
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
# people, nor a sentence: "Jo Kerr, who was unwell, …").
COMMA_ROLE_RE = re.compile(rf"^(?P<name>{FULL_NAME}),\s+(?P<role>{OFFICE_ROLE})$")
# "Hon. Sec.: Ann Bell": the office, a colon, and who holds it.
OFFICE_FIRST_RE = re.compile(rf"^(?P<role>{OFFICE_ROLE})\s*:\s*(?P<name>{FULL_NAME})$")


def comma_role(text: str) -> str:
    """ "Jo Kerr, Asst. Clerk" → "Jo Kerr (Asst. Clerk)", as `split_names` reads a name and
    its role; "" for another line."""
    match = COMMA_ROLE_RE.match(text)
    return f"{match.group('name')} ({match.group('role')})" if match else ""


def office_first(text: str) -> str:
    """ "Hon. Sec.: Ann Bell" → "Ann Bell (Hon. Sec.)"; "" for another line."""
    match = OFFICE_FIRST_RE.match(text)
    return f"{match.group('name')} ({match.group('role')})" if match else ""
