"""How a numbered line's title is read, for `minutes.importing.numbered_headings`.

A title stands alone after its number ("1. Apologies for absence"), or opens the line with
the minute after it: before a dash in informal notes ("1. Apologies – as above. Dave is away
…"), or before a full stop, in capitals ("1.  OPENING.  The Chairman opened the meeting.") or
in sentence case where an agenda's usual titles are typed so ("1. Apologies and declarations
of interest. Apologies were received …", a whole paragraph on the one numbered line). An
agenda's heading may carry its paper at the right margin after a tab ("AC26/13<tab>Welcome,
apologies and quoracy<tab>Verbal"). A title is kept short: an agenda's description glued on
("– To receive the report …") goes to the item's text, and a title in capitals wrapped at a
comma goes on on the line set under it. A numbered sentence ("3. The Clerk reported …", "4.
That the report be noted.") is no title.
"""

from __future__ import annotations

import re

from minutes.importing.actions import is_owner_led, is_status
from minutes.importing.cleaning import Line, without_file_size
from minutes.importing.unnumbered import TITLE_LIMIT, Heading

NOT_TITLE_START_RE = re.compile(
    r"^(?:That|To (?:note|approve|agree)\b|The (?:Committee|Board|Council|Panel) (?:noted|agreed|resolved)|RESOLVED|AGREED)"
)
# "Budget monitoring – To receive the report of the Director": the description glued on.
GLUED_DESCRIPTION_RE = re.compile(
    r"\s+(?:[–—-]\s+|\.\s+|:\s+)(?=To (?:receive|consider|note|approve|agree|review|discuss|"
    r"determine|elect|appoint|confirm|resolve)\b|The (?:Committee|Board|report|Council)\b)"
)


# "Paper A", "Verbal", "Enc. 3": the paper an agenda's item is taken with, at the right
# margin of its heading.
PAPER_RE = re.compile(
    r"^(?:(?:Papers?|Enc(?:losure)?\.?|Encl\.?|Report|Appendix|Annex|Ref\.?)\s+[A-Z0-9][\w./-]{0,8}"
    r"|Verbal|Oral|Verbal update|Presentation|Tabled)$",
    re.IGNORECASE,
)


def paper_at_margin(line: Line) -> str | None:
    """'AC26/13<tab>Welcome, apologies and quoracy<tab>Verbal': a heading with its paper at
    the right margin after a tab, as an agenda sets it: the paper, or None (a log's row, "AC25/41
    <tab>Bring the scheme …<tab>Company Secretary<tab>Complete", is no heading)."""
    if len(line.cells) != 3 or not PAPER_RE.match(line.cells[2]):
        return None
    return line.cells[2]


def reads_as_title(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 25 or NOT_TITLE_START_RE.match(text):
        return False
    if text[-1] in ",;" or not (text[0].isupper() or text[0].isdigit() or text[0] in "“\"'("):
        return False
    return not (text.endswith(".") and len(words) > 8)


# "(Ref: PPO/2024/017)": a reference in brackets, as a title in capitals may close with one.
BRACKETED_RE = re.compile(r"\([^()]*\)")


def title_goes_on(title: str, text: str) -> bool:
    """Whether `text`, set under the words of a numbered title in capitals that stops at a
    comma ("18.  APPLICATION TO ADD A FOOTPATH FROM MILL LANE TO THE RIVER," above "PARISH OF
    ASHBY (Ref: PPO/2024/017)"), is the title's end, wrapped: in capitals too, but for a
    reference in brackets. A title does not end at a comma; a sentence set under it ("The
    Committee considered …") is the minute, not the title's end."""
    if not title.endswith(",") or title.upper() != title:
        return False
    rest = BRACKETED_RE.sub("", text)
    return rest.upper() == rest and sum(c.isalpha() for c in rest) >= 3


# "Apologies – as above. Dave is away …": a few words with no stop, a dash, and the rest.
DASHED_TITLE_RE = re.compile(r"^(?P<head>[^.!?;:–—]{2,80}?)\s+[–—-]\s+(?P<rest>\S.*)$")
# "The Clerk reported the hall was damp – …": a numbered paragraph's sentence, no title.
SENTENCE_HEAD_RE = re.compile(
    r"^(?:The|A|An|This|That|It|There|We|They|He|She|Our|All|Members|Cllr|Mr|Mrs|Ms|Dr)\s"
    r"|\b(?:is|was|were|are|has|had|have|will|would|said|reported|agreed|noted|asked)\b"
)


# "OPENING.  The Chairman opened the meeting.": a title in capitals, a full stop, and the
# minute run on after it; a decision's or an action's label in capitals is no title.
RUN_IN_TITLE_RE = re.compile(
    r"^(?!(?:RESOLVED|AGREED|NOTED|DECIDED|RECOMMENDED|APPROVED|CARRIED|ACTIONS?|DECISIONS?|NOTE)\.)"
    r"(?P<head>[A-Z][A-Z0-9 '’&,/()–-]{2,80}[A-Z0-9)])\.\s+(?P<rest>[A-Z0-9(“\"'].*)$"
)


def run_in_title(title: str) -> tuple[str, str] | None:
    """'OPENING.  The Chairman opened the meeting.' → ('OPENING', 'The Chairman …'): a title
    in capitals run into its minute after a full stop, as some clerks type a numbered item;
    None when the line opens with no such title."""
    if not title[:2].isupper() or ". " not in title[:90]:
        return None  # cheap: no title in capitals before a full stop
    match = RUN_IN_TITLE_RE.match(title)
    if not match or sum(c.isalpha() for c in match.group("head")) < 3:
        return None
    if match.group("rest").upper() == match.group("rest"):
        return None  # "6. PLANNING. APPLICATION 25/0412": a title in capitals, not a minute
    return match.group("head").strip(), match.group("rest").strip()


# "Apologies and declarations of interest.  Apologies were received …": a title in sentence
# case, a full stop, and the minute run on after it, a sentence opening with a capital or a
# figure. A full stop after a short word ("the Hon. Treasurer", "St. Mary's", "J. Smith") is
# an abbreviation's or an initial's, within the title.
ABBREVIATIONS = ("Hon", "St", "No", "Rev", "Revd", "Cllr", "Mr", "Mrs", "Ms", "Dr", "[A-Z]")
ABBREVIATED = "|".join(rf"(?<=\b{word}\.)" for word in ABBREVIATIONS)
NOT_ABBREVIATED = "".join(rf"(?<!\b{word})" for word in ABBREVIATIONS)
SENTENCE_RUN_IN_RE = re.compile(
    rf"^(?P<head>[A-Z](?:[^.!?;:–—]|\.(?:{ABBREVIATED})){{1,70}}?){NOT_ABBREVIATED}"
    r"\.\s+(?P<rest>[A-Z0-9“\"'(].*)$",
    re.DOTALL,
)
# How many words a run-in title in sentence case may have: an agenda's title, no sentence.
RUN_IN_WORDS = 8


def sentence_run_in_title(title: str) -> tuple[str, str] | None:
    """'Minutes. It was agreed that the minutes …' → ('Minutes', 'It was agreed …'): a short
    title in sentence case run into its minute after a full stop, as some clerks type every
    numbered item; None when what stands before the first full stop is a sentence ("The
    Clerk reported.", "Members noted the report.") or more than a title's few words, or stops
    inside its brackets. It is an item's only where one of the titles run in so is an
    agenda's usual one (see `minutes.importing.numbered_headings`)."""
    match = SENTENCE_RUN_IN_RE.match(title)
    if not match:
        return None
    head = match.group("head").strip()
    if len(head.split()) > RUN_IN_WORDS or not reads_as_title(head) or _bracket_open(head):
        return None
    if SENTENCE_HEAD_RE.search(head) or is_owner_led(head):
        return None
    return head, match.group("rest").strip()


def _bracket_open(head: str) -> bool:
    """Whether a title before a full stop stops inside its brackets ("Matters arising (Min",
    the full stop a reference's: "(Min. 45)"), and so is no title whole."""
    return head.count("(") > head.count(")")


# How long a line may be and still be a heading; a longer one is a paragraph.
HEADING_LENGTH = 400


def paragraph_long(text: str) -> bool:
    """Whether a line is a paragraph's length, and so no heading: unless it opens with an
    item's number, when its title may run on into its minute ("4. Skills audit. The Clerk
    presented …", a whole paragraph), which only a title run in so may be."""
    return len(text) > HEADING_LENGTH and not text[:1].isdigit()


def runs_in(title: str, sentence_case: bool = True) -> bool:
    """Whether a long numbered line opens with a title run into its minute after a full stop
    ("OPENING.  The Chairman …", "Skills audit.  The Clerk …"; in capitals only, without
    `sentence_case`)."""
    return bool(run_in_title(title) or (sentence_case and sentence_run_in_title(title)))


def dashed_title(title: str) -> tuple[str, str] | None:
    """'Apologies – as above. Dave is away until the end of March.' → ('Apologies', 'as
    above. …'): a short title, a dash and the minute on the same line, as informal notes
    write an item; None when what stands before the dash is no title of a few words."""
    match = DASHED_TITLE_RE.match(title)
    if not match:
        return None
    head = match.group("head").strip()
    rest = match.group("rest").strip()
    if len(head.split()) > 8 or not reads_as_title(head) or SENTENCE_HEAD_RE.search(head):
        return None
    if is_owner_led(head) or is_status(rest):
        return None  # "3. Clerk to obtain quotes – Complete.": a log's row, no title
    return head, rest


def unglue(heading: Heading) -> None:
    """Keep the title short: a glued agenda description or page chrome goes to the item's text."""
    title = without_file_size(heading.title) or heading.title
    match = GLUED_DESCRIPTION_RE.search(title)
    if match:
        title, rest = title[: match.start()], title[match.end() :]
        heading.extra.append(Line(rest))
    if len(title) > TITLE_LIMIT:
        cut = title.rfind(" ", 0, TITLE_LIMIT)
        cut = cut if cut > 0 else TITLE_LIMIT
        heading.extra.insert(0, Line(title[cut:].strip()))
        title = title[:cut]
    heading.title = title.strip().rstrip(":").strip()
