"""A note after a dash on a register line saying who chaired, not what that person is.

"Ann Bell (chair, Eastfield Residents) - in the chair", "Cllr Tom Hay – chairing": the person
is on the register as the line without its note (the note stays in the register's own lines,
as written). A role after the dash ("Ann Bell - Treasurer") is read by
`minutes.importing.register` as before; a note of when someone came or went ("Mrs Jo Bell –
for item 5 only") still leaves the line for the clerk to place, as does a line that is no
name before the dash.
"""

from __future__ import annotations

import re

# The note, to the line's end ("… - in the chair Jo Kerr", the next line's name run on, is
# no note).
CHAIR_NOTE_RE = re.compile(
    r"^(?P<person>[^–—]{3,120}?)\s+[–—-]\s+"
    r"(?i:in the chair|chairing(?: the meeting)?|chaired the meeting)\.?$"
)


def without_chair_note(text: str) -> str:
    """'Ann Bell (Chair) - in the chair' → 'Ann Bell (Chair)'; any other line as it is."""
    match = CHAIR_NOTE_RE.match(text)
    return match.group("person").rstrip() if match else text
