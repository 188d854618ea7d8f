"""Where a decision ends in its paragraph: at its own sentence, when the next sentence is a report
by a person, not more of the decision.

"The committee agreed the notes of the meeting on 17 September. Valerie said that the new
leaflet had been printed …": the committee's decision, then what Valerie told the meeting,
which is the minute's text. The person is named as the register names them ("Valerie",
"Sandra Tolley"), by a title and a name ("Mr Vickerman", "Cllr Hale"), by an office ("The
Chair", "The Minister", "The Parish Clerk") or as "She" or "He", and tells the meeting
something (said, reported, explained, asked, thanked …). A body or its members going on
("Members asked that future reports show the trend …", "The Committee noted that …") is still
the decision's, and so is anything else after it, as before.
"""

from __future__ import annotations

import re

from minutes.importing.decision_parts import SENTENCE_SPLIT_RE
from minutes.importing.honorary import OFFICE_ROLE
from minutes.importing.speakers import HONORIFICS

# What a person does in telling the meeting something.
TELLING = (
    r"(?:said|reported|explained|confirmed|added|advised|stated|told|informed|updated|"
    r"thanked|asked|mentioned|commented|suggested|remarked|replied|pointed out|announced|"
    r"reminded|noted that|gave)"
)
# Who is a person without the register: an office ("The Chair", "The Minister"), a title and a
# name ("Mr Vickerman"), or "She" and "He".
PERSON = (
    rf"(?:(?:The |the )?(?:{OFFICE_ROLE}|Minister|Vicar|Rector|Curate|Pastor|Headteacher|Head|"
    rf"Mayor)|{HONORIFICS} [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|She|He)"
)
# The sentence's opening: who, an aside between commas perhaps, and the telling.
REPORT_RE = re.compile(
    rf"^(?:(?P<person>{PERSON})|(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))"
    rf"(?:,[^,.]{{1,60}},)? (?:also |then |further |briefly )?{TELLING}\b"
)


def is_report_by_a_person(sentence: str, names: frozenset[str]) -> bool:
    """'Valerie said that the leaflet had been printed.' (Valerie on the register), 'The Chair
    thanked …', 'Mr Vickerman asked …': a person's report; 'Members asked …' is none."""
    match = REPORT_RE.match(sentence)
    if not match:
        return False
    return bool(match.group("person")) or match.group("name") in names


def split_at_report(decision: str, names: frozenset[str]) -> tuple[str, str]:
    """'The committee agreed the notes. Valerie said that …' → (the decision, the report and
    all after it); (decision, '') when no sentence after the first is a person's report."""
    if len(decision) > 3000:
        return decision, ""
    sentences = SENTENCE_SPLIT_RE.split(decision)
    for index in range(1, len(sentences)):
        if is_report_by_a_person(sentences[index], names):
            return " ".join(sentences[:index]), " ".join(sentences[index:])
    return decision, ""
