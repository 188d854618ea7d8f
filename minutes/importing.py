"""Reading a minute pasted from a council's minutes page into the record's shape.

Minutes copied from a modern.gov page arrive as one paragraph a line, blank lines made of
non-breaking spaces, bullets as "·" followed by a run of non-breaking spaces, and the
item's furniture around them ("Agenda item", "Minutes:", "Supporting documents:").
`parse_minute` turns that into the record's parts: the minute text in sections, the
discussion points with their topics and speakers, the decisions and the actions.
Nothing is dropped: every sentence of the input lands in exactly one of those parts
(`missing_sentences` checks that).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes.text import Block, Section, format_sections

BULLET_CHARS = "·•▪◦●○*-–o§\uf0b7\uf0a7"  # the last two: Word's Symbol-font bullets
FURNITURE = {"agenda item", "minutes:", "minute:"}
END_MARKERS = ("supporting documents:",)
DISCUSSION_HEADINGS = {"discussion", "discussion points", "debate"}
ACTION_HEADINGS = {"action", "actions", "action points", "actions agreed"}
DECISION_HEADINGS = {"decision", "decisions", "resolved", "resolution", "resolutions"}
TOPIC_SEPARATORS = (" – ", " — ", " - ", ": ")
# "RESOLVED:" on a line of its own introduces the decisions that follow it.
RESOLVED_MARKER_RE = re.compile(r"^resolved\s*[:–—-]?$", re.IGNORECASE)
# "Action: Head of Planning to circulate..." anywhere in the minute is an action.
INLINE_ACTION_RE = re.compile(r"^action\s*[:–—-]\s*(?P<text>.+)$", re.IGNORECASE)
HONORIFICS = r"(?:Cllr|Councillor|Dame|Sir|Dr|Mr|Mrs|Ms|Miss|Lord|Baroness|Professor|Prof)\.?"
SPEECH_VERBS = (
    r"(?:advised|noted|said|stated|asked|suggested|reported|explained|updated|commented|"
    r"proposed|welcomed|raised|highlighted|informed|queried|emphasised|emphasized|"
    r"introduced|responded|confirmed|added|observed|thanked|seconded|moved)"
)
NAME = r"[A-Z][a-zA-Z'’-]+"
# "Cllr Allen advised", "Dennis Skinner advised": an honorific and a name, or a first
# name and a surname, before a verb of speaking. "Members agreed" is deliberately not
# a speaker: a group is not a person.
SPEAKER_RE = re.compile(
    rf"\b(?P<name>{HONORIFICS}(?:\s+{NAME}){{1,3}}|{NAME}(?:\s+{NAME}){{1,2}}),?\s+{SPEECH_VERBS}\b"
)
NOT_NAMES = {"The", "This", "It", "They", "He", "She", "Members", "Officers", "Board", "Chairman"}
OWNER_RE = re.compile(r"^(?P<owner>[A-Z][\w’' ,&/-]{0,60}?)\s+to\s+\S")


@dataclass
class ParsedPoint:
    topic: str
    text: str
    speakers: list[str] = field(default_factory=list)


@dataclass
class ParsedAction:
    description: str
    owner_label: str = ""


@dataclass
class ParsedMinute:
    title: str = ""
    introduced_by: str = ""
    sections: list[Section] = field(default_factory=list)
    points: list[ParsedPoint] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    actions: list[ParsedAction] = field(default_factory=list)
    supporting_documents: list[str] = field(default_factory=list)

    @property
    def minute_text(self) -> str:
        return format_sections(self.sections)

    def all_text(self) -> str:
        parts = [self.title, self.minute_text]
        parts += [f"{p.topic} {p.text}" for p in self.points]
        parts += self.decisions + [a.description for a in self.actions]
        parts += self.supporting_documents
        return "\n".join(parts)


@dataclass
class _Line:
    text: str
    is_bullet: bool


def clean_line(raw: str) -> _Line:
    """Strip a line's padding (non-breaking spaces included) and any bullet character."""
    text = re.sub(r"\s+", " ", raw).strip()
    is_bullet = False
    if text and text[0] in BULLET_CHARS and (len(text) == 1 or text[1] == " "):
        is_bullet = True
        text = text[1:].strip()
    return _Line(text=text, is_bullet=is_bullet)


def _paragraphs(text: str) -> list[_Line]:
    """Join wrapped lines into paragraphs; a bullet line is always a paragraph of its own.

    A short heading-like line directly above a capitalised line, with no blank line
    between ("Procurement" then "Members were informed..."), stands alone as a heading;
    "The report was" above "noted by the panel." is one wrapped sentence.
    """
    out: list[_Line] = []
    lines_in_paragraph = 0
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = clean_line(raw)
        if not line.text:
            lines_in_paragraph = 0
            continue
        heading_above = (
            lines_in_paragraph == 1 and _looks_like_heading(out[-1].text) and line.text[0].isupper()
        )
        # A bullet's wrapped text carries on in lower case; a capital starts a paragraph.
        after_bullet = lines_in_paragraph > 0 and out[-1].is_bullet and line.text[0].isupper()
        if line.is_bullet or lines_in_paragraph == 0 or heading_above or after_bullet:
            out.append(line)
            lines_in_paragraph = 1
        else:
            out[-1] = _Line(text=f"{out[-1].text} {line.text}", is_bullet=out[-1].is_bullet)
            lines_in_paragraph += 1
    return out


def _looks_like_heading(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 6
        and len(text) <= 60
        and text[0].isupper()
        and text[-1] not in ".,;:!?"
        and not text.isdigit()
    )


def split_topic(text: str) -> tuple[str, str]:
    """'Shared Services – Cllr Fleming advised...' → ('Shared Services', 'Cllr Fleming advised...')."""
    for separator in TOPIC_SEPARATORS:
        head, found, rest = text.partition(separator)
        if found and rest and 0 < len(head.split()) <= 6 and len(head) <= 60:
            return head.strip(), rest.strip()
    return "", text


def find_speakers(text: str) -> list[str]:
    """Names that the text says spoke, in order of first mention."""
    names: list[str] = []
    for match in SPEAKER_RE.finditer(text):
        name = match.group("name")
        if name.split()[0] in NOT_NAMES:
            continue
        if name not in names:
            names.append(name)
    return names


def owner_label_of(text: str) -> str:
    """'Officers to follow up...' → 'Officers'."""
    match = OWNER_RE.match(text)
    return match.group("owner").strip() if match else ""


def parse_minute(text: str) -> ParsedMinute:
    """Read a pasted minute into its parts."""
    parsed = ParsedMinute()
    text, parsed.supporting_documents = _split_documents(text)
    paragraphs = _paragraphs(text)

    # The page furniture: "Agenda item", then the title, then "Minutes:".
    lowered = [p.text.lower() for p in paragraphs]
    if "minutes:" in lowered:
        start = lowered.index("minutes:")
        titles = [p.text for p in paragraphs[:start] if p.text.lower() not in FURNITURE]
        parsed.title = " ".join(titles)
        paragraphs = paragraphs[start + 1 :]

    section = Section(heading="")
    parsed.sections.append(section)
    mode = "minute"
    for index, p in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if RESOLVED_MARKER_RE.match(p.text):
            mode = "decisions"
            continue
        inline_action = INLINE_ACTION_RE.match(p.text)
        if inline_action:
            description = inline_action.group("text").strip()
            parsed.actions.append(ParsedAction(description, owner_label_of(description)))
            continue
        if not p.is_bullet and _looks_like_heading(p.text) and following is not None:
            heading = p.text.lower()
            if heading in ACTION_HEADINGS:
                mode = "actions"
                continue
            if heading in DECISION_HEADINGS:
                mode = "decisions"
                continue
            mode = "discussion" if heading in DISCUSSION_HEADINGS else "minute"
            section = Section(heading=p.text)
            parsed.sections.append(section)
            continue

        if mode == "actions":
            parsed.actions.append(
                ParsedAction(description=p.text, owner_label=owner_label_of(p.text))
            )
        elif mode == "decisions":
            parsed.decisions.append(p.text)
        elif mode == "discussion" and p.is_bullet:
            topic, body = split_topic(p.text)
            parsed.points.append(ParsedPoint(topic=topic, text=body, speakers=find_speakers(body)))
        elif mode == "discussion" and parsed.points:
            # A paragraph after a bullet carries on that point (the seed's Shared Services).
            point = parsed.points[-1]
            point.text = f"{point.text}\n\n{p.text}"
            point.speakers += [s for s in find_speakers(p.text) if s not in point.speakers]
        elif p.text.upper().startswith("RESOLVED"):
            parsed.decisions.append(p.text)
        elif p.is_bullet:
            blocks = section.blocks
            if not blocks or not blocks[-1].is_list:
                blocks.append(Block())
            blocks[-1].bullets.append(p.text)
        else:
            section.blocks.append(Block(text=p.text))

    parsed.sections = [s for s in parsed.sections if s.heading or s.blocks]
    if parsed.sections and not parsed.sections[0].heading and parsed.sections[0].blocks:
        lead_in = parsed.sections[0].blocks[0].text
        match = SPEAKER_RE.match(lead_in)
        if match and "introduced" in match.group(0):
            parsed.introduced_by = match.group("name")
    return parsed


def _split_documents(text: str) -> tuple[str, list[str]]:
    """Cut "Supporting documents:" and the list after it (one document a line) off the text."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for index, raw in enumerate(lines):
        cleaned = clean_line(raw).text
        for marker in END_MARKERS:
            if cleaned.lower().startswith(marker):
                rest = cleaned[len(marker) :].strip()
                documents = [rest] if rest else []
                documents += [clean_line(line).text for line in lines[index + 1 :]]
                return "\n".join(lines[:index]), [d for d in documents if d]
    return text, []


def sentences(text: str) -> list[str]:
    """The sentences of a text, paragraph by paragraph, padding and bullets removed."""
    out: list[str] = []
    for paragraph in _paragraphs(text):
        for sentence in re.split(r"(?<=[.;:!?])\s+", paragraph.text):
            if re.search(r"\w", sentence):
                out.append(sentence.strip())
    return out


def missing_sentences(original: str, parsed: ParsedMinute) -> list[str]:
    """Sentences of the original that the parsed record does not hold, word for word.

    The page furniture, the "Action"/"Decisions" headings and the "RESOLVED:" and
    "Action:" labels are structure, not words of the minute: they become the record's
    own fields.
    """
    structure = FURNITURE | ACTION_HEADINGS | DECISION_HEADINGS | set(END_MARKERS)
    held = _without_separators(parsed.all_text())
    return [
        s
        for s in sentences(original)
        if s.lower() not in structure
        and not RESOLVED_MARKER_RE.match(s)
        and not re.match(r"^action\s*[:–—-]$", s, re.IGNORECASE)
        and _without_separators(s) not in held
    ]


def _without_separators(text: str) -> str:
    # A point's topic and text are held apart; the dash or colon between them is not a
    # word lost, so both sides are compared without them.
    text = re.sub(r"\s+[–—-]\s+", " ", text).replace(":", " ")
    return re.sub(r"\s+", " ", text).strip()
