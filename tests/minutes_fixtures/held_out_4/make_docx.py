"""Writes this round's Word fixture: item headings numbered by Word, not in their text.

Run it again after changing the spec: `.venv/bin/python tests/minutes_fixtures/held_out_4/make_docx.py`.
The item headings use a heading style whose numbering (41., 42., …) is held in the style's
list definition, as Word does for auto-numbered headings; the decisions under one item are
a "List Number" list, numbered by Word too.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).resolve().parent
NAME = "h4-docx-auto-numbered-headings"

SPEC = [
    ("title", "Ashworth Vale Homes"),
    (
        "para",
        "Minutes of the Customer Services Committee held on 12 November 2025 at Riverside House",
    ),
    ("para", "Present: Helen Marsh (Chair), Idris Powell, Naomi Keller, Tobias Wren"),
    (
        "para",
        "In attendance: Carla Benn (Director of Customer Services), Owen Pike (Governance Officer)",
    ),
    ("item", "Apologies and declarations of interest"),
    ("para", "Apologies were received from Leonie Shaw. There were no declarations of interest."),
    ("item", "Minutes of the previous meeting"),
    (
        "para",
        "The minutes of the meeting held on 10 September 2025 were approved as a correct record.",
    ),
    ("item", "Complaints performance, quarter 2"),
    (
        "para",
        "Carla Benn presented the report. Stage one complaints had risen by 12 per cent, "
        "mainly about repairs appointments.",
    ),
    ("para", "In discussion, members raised:"),
    ("bullet", "whether the new repairs scheduling system had caused the rise;"),
    ("bullet", "the number of complaints escalated to the Ombudsman;"),
    ("bullet", "how learning from complaints was shared with contractors."),
    ("para", "The Committee noted the report."),
    ("item", "Tenant satisfaction measures"),
    ("para", "Owen Pike introduced the draft tenant satisfaction survey for 2026."),
    ("para", "The Committee RESOLVED:"),
    (
        "number",
        "to approve the survey questions, subject to the addition of a question on communal cleaning;",
    ),
    ("number", "to receive the survey results at its meeting in March 2026."),
    (
        "para",
        "Action: Governance Officer to circulate the final survey to members by 5 December 2025.",
    ),
    ("item", "Any other business"),
    ("para", "There was no other business."),
]

ABSTRACT = f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="41"/><w:numFmt w:val="decimal"/>
    <w:pStyle w:val="Heading2"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>"""
NUM = f"""<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>"""


def number_the_item_heading_style(document) -> None:
    """Give Heading 2 a numbering of its own, held in the style (not in any paragraph)."""
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(ABSTRACT))
    numbering.append(parse_xml(NUM))
    style = document.styles["Heading 2"].element
    ppr = style.get_or_add_pPr()
    ppr.insert(
        0,
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'),
    )


def main() -> None:
    document = docx.Document()
    number_the_item_heading_style(document)
    for kind, content in SPEC:
        if kind == "title":
            document.add_heading(content, level=1)
        elif kind == "item":
            document.add_heading(content, level=2)
        elif kind == "para":
            document.add_paragraph(content)
        elif kind == "bullet":
            document.add_paragraph(content, style="List Bullet")
        elif kind == "number":
            document.add_paragraph(content, style="List Number")
    document.core_properties.author = "Fixture"
    document.save(HERE / f"{NAME}.docx")


if __name__ == "__main__":
    main()
