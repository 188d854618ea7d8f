"""The plain-text shape in which a clerk writes an item's minute.

A minute is a lead-in followed by sections. A line "## Heading" starts a section; a
blank line separates paragraphs; lines starting "- " make a bulleted list. Nothing else
is markup, so whatever a clerk types is shown as typed (and escaped by the templates).
"""

from __future__ import annotations

from dataclasses import dataclass, field

HEADING_PREFIX = "## "
BULLET_PREFIX = "- "


@dataclass
class Block:
    """A paragraph (`text`) or a bulleted list (`bullets`)."""

    text: str = ""
    bullets: list[str] = field(default_factory=list)

    @property
    def is_list(self) -> bool:
        return bool(self.bullets)


@dataclass
class Section:
    heading: str
    blocks: list[Block] = field(default_factory=list)


def parse_sections(text: str) -> list[Section]:
    """Split a minute into sections; the lead-in, if any, is a section with no heading."""
    sections: list[Section] = [Section(heading="")]
    paragraph: list[str] = []

    def end_paragraph():
        if paragraph:
            sections[-1].blocks.append(Block(text=" ".join(paragraph)))
            paragraph.clear()

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            end_paragraph()
        elif line.startswith(HEADING_PREFIX.strip()) and line.lstrip("#").startswith(" "):
            end_paragraph()
            sections.append(Section(heading=line.lstrip("#").strip()))
        elif line.startswith(BULLET_PREFIX) or line == "-":
            end_paragraph()
            blocks = sections[-1].blocks
            if not blocks or not blocks[-1].is_list:
                blocks.append(Block())
            blocks[-1].bullets.append(line[1:].strip())
        else:
            if not paragraph and sections[-1].blocks and sections[-1].blocks[-1].is_list:
                # A line straight after a list, with no blank line, starts a new paragraph.
                pass
            paragraph.append(line)
    end_paragraph()
    return [s for s in sections if s.heading or s.blocks]


def format_sections(sections: list[Section]) -> str:
    """The inverse of parse_sections: the text a clerk would have typed."""
    chunks: list[str] = []
    for section in sections:
        if section.heading:
            chunks.append(f"{HEADING_PREFIX}{section.heading}")
        for block in section.blocks:
            if block.is_list:
                chunks.append("\n".join(f"{BULLET_PREFIX}{b}" for b in block.bullets))
            else:
                chunks.append(block.text)
    return "\n\n".join(chunks)
