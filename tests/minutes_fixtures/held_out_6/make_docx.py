"""Writes this round's Word fixture: a charity's trustee minutes typed without heading styles.

Run it again after changing the spec: `.venv/bin/python tests/minutes_fixtures/held_out_6/make_docx.py`.
As many clerks type them, the item titles ("4. Chief Executive's report") are ordinary
paragraphs made bold by hand, not Word headings; the text under each item is in numbered
paragraphs (4.1, 4.2 ...) typed as text; the discussion points are a "List Bullet" list;
the page has a running header and footer, and a manual page break falls between two items.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
NAME = "h6-docx-charity-bold-paragraphs"

HEADER = "DRAFT – subject to approval at the next meeting of the Board of Trustees"
FOOTER = "Wrenfield Community Food Network – Trustees' minutes – 29 January 2026"

SPEC = [
    ("bold", "WRENFIELD COMMUNITY FOOD NETWORK"),
    (
        "para",
        "Minutes of the meeting of the Board of Trustees held on Thursday 29 January 2026 "
        "at 6.00pm at the Bramley Street warehouse, Wrenfield",
    ),
    (
        "para",
        "Trustees present: Margaret Oduya (Chair), Stephen Pell (Treasurer), Clare Whitley, "
        "Yusuf Demir, Hannah Brock",
    ),
    (
        "para",
        "In attendance: Naomi Fairclough (Chief Executive, NF), Liam Stroud (Operations "
        "Manager), Jo Kettle (minutes)",
    ),
    ("para", "The meeting was quorate."),
    ("item", "1. Welcome and apologies"),
    ("para", "1.1 The Chair welcomed trustees. Apologies were received from Dr Arthur Lambe."),
    ("item", "2. Declarations of conflicts of interest"),
    (
        "para",
        "2.1 Yusuf Demir declared a conflict of interest in item 6, as a director of "
        "Demir Property Services Ltd, which manages the warehouse on behalf of the landlord.",
    ),
    ("item", "3. Minutes of the last meeting and matters arising"),
    ("para", "3.1 Trustees APPROVED the minutes of the meeting held on 27 November 2025."),
    ("para", "3.2 There were no matters arising other than the warehouse lease, which is item 6."),
    ("item", "4. Chief Executive's report"),
    (
        "para",
        "4.1 NF reported that the network had supplied 4,310 food parcels in the quarter to "
        "31 December, 22 per cent more than a year earlier, and that two new partner "
        "pantries had opened, at St Jude's and at Wrenfield Library.",
    ),
    (
        "para",
        "4.2 NF also reported that the Wrenfield Community Trust had renewed its grant of "
        "£15,000 a year for a further two years.",
    ),
    ("para", "4.3 Trustees raised the following points:"),
    (
        "bullet",
        "volunteer numbers had not kept pace with demand, especially for weekday deliveries;",
    ),
    (
        "bullet",
        "the supermarket surplus scheme now provided about a third of all stock, which "
        "left the network exposed if a store withdrew;",
    ),
    (
        "bullet",
        "referral agencies should be asked to say when a household had been referred "
        "more than three times in six months.",
    ),
    (
        "para",
        "4.4 ACTION: NF to circulate the results of the volunteer survey before the next meeting.",
    ),
    ("item", "5. Finance report and budget 2026/27"),
    (
        "para",
        "5.1 The Treasurer presented the management accounts to 31 December 2025, showing "
        "unrestricted reserves of £96,400, equal to about three months' running costs.",
    ),
    ("para", "5.2 Trustees AGREED the budget for 2026/27, with total expenditure of £412,000."),
    (
        "para",
        "5.3 Trustees AGREED to move £20,000 from general reserves to a designated fund "
        "for replacing the delivery van.",
    ),
    (
        "para",
        "5.4 The Treasurer thanked the Operations Manager for the fall in fuel costs since "
        "the delivery routes were changed in October.",
    ),
    ("pagebreak", ""),
    ("item", "6. Bramley Street warehouse – lease renewal"),
    ("para", "6.1 Yusuf Demir left the meeting for this item."),
    (
        "para",
        "6.2 The Operations Manager reported that the landlord had offered a new five-year "
        "lease at £18,500 a year, an increase of £1,200, with a break clause after three years.",
    ),
    (
        "para",
        "6.3 It was AGREED to accept the landlord's offer and renew the lease for five years.",
    ),
    ("para", "6.4 ACTION: Chair and Treasurer to sign the lease on behalf of the charity."),
    ("para", "6.5 Yusuf Demir returned to the meeting."),
    ("item", "7. Safeguarding"),
    (
        "para",
        "7.1 Clare Whitley, lead trustee for safeguarding, reported that there had been no "
        "safeguarding incidents in the quarter and that all delivery drivers now had "
        "enhanced DBS checks.",
    ),
    ("para", "7.2 Two new volunteers had completed the safeguarding induction in January."),
    ("para", "7.3 Trustees NOTED the safeguarding report."),
    ("item", "8. Any other business and date of next meeting"),
    (
        "para",
        "8.1 There was no other business. The next meeting will be held on Thursday "
        "26 March 2026 at 6.00pm.",
    ),
    ("para", "The meeting closed at 7.55pm."),
    ("para", "Signed: ………………………………… (Chair)"),
    ("para", "Date: …………………………"),
]


def main() -> None:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    for kind, content in SPEC:
        if kind == "bold":
            document.add_paragraph().add_run(content).bold = True
        elif kind == "item":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.add_run(content).bold = True
        elif kind == "para":
            document.add_paragraph(content)
        elif kind == "bullet":
            document.add_paragraph(content, style="List Bullet")
        elif kind == "pagebreak":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.core_properties.author = "Fixture"
    document.save(HERE / f"{NAME}.docx")


if __name__ == "__main__":
    main()
