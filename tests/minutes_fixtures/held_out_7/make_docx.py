"""Writes this round's Word fixture: a multi-academy trust board's minutes.

Run it again after changing the spec: `.venv/bin/python tests/minutes_fixtures/held_out_7/make_docx.py`.
The document is laid out the way many trust governance professionals type board minutes:
the title is a "Title" paragraph, attendance is a three-column Word table, each agenda item
is a built-in "Heading 2" paragraph with the number typed into the text, challenge from
trustees is a "List Bullet" list after a "Trustees asked:" lead-in, each decision is a
paragraph starting with a bold "Decision:" run, and all actions are rows of a Word table
("Action log") after the last item. The page has a running header and footer.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
NAME = "h7-docx-mat-board-heading-styles"

HEADER = "Cedarbrook Learning Trust – Board of Trustees – CONFIDENTIAL until approved"
FOOTER = "Company number 08999999 – Minutes of the Board of Trustees, 10 February 2026"

ATTENDANCE = [
    ("Name", "Role", "Attendance"),
    ("Dr Helen Marwood", "Chair of Trustees", "Present"),
    ("Mr Desmond Ayre", "Vice-Chair; Chair of Finance, Audit and Risk Committee", "Present"),
    ("Mrs Joanna Ellery", "Trustee; safeguarding link", "Present"),
    ("Mr Kwame Asante", "Trustee", "Present"),
    ("Ms Rebecca Thorne", "Trustee", "Apologies"),
    ("Mr Stuart Pennington", "Chief Executive Officer (CEO)", "Present"),
    ("Mrs Angela Royce", "Chief Financial Officer (CFO)", "In attendance"),
    ("Miss Laura Fenwick", "Governance Professional (minutes)", "In attendance"),
]

ACTIONS = [
    ("No.", "Item", "Action", "Owner", "Deadline"),
    ("1", "4", "Add reading age data by school to the CEO report", "CEO", "March 2026"),
    (
        "2",
        "5",
        "Prepare the GAG pooling consultation paper for headteachers",
        "CFO",
        "27 February 2026",
    ),
    ("3", "7", "Appoint advisers for due diligence on Oakfield Primary", "CEO", "31 March 2026"),
    (
        "4",
        "8",
        "Publish the approved policies on the trust website",
        "Governance Professional",
        "20 February 2026",
    ),
]

SPEC = [
    ("title", "Cedarbrook Learning Trust"),
    (
        "para",
        "Minutes of the meeting of the Board of Trustees held on Tuesday 10 February 2026 "
        "at 5.00pm at the Trust central office, Cedarbrook Academy, and by Microsoft Teams",
    ),
    ("attendance", ""),
    ("para", "The meeting was quorate throughout."),
    ("h2", "1. Welcome, apologies and quorum"),
    (
        "para",
        "The Chair welcomed trustees. Apologies were received from Ms Thorne. Five trustees "
        "were present, so the meeting was quorate.",
    ),
    ("h2", "2. Declarations of interest"),
    (
        "para",
        "Mr Asante declared that his sister is a teaching assistant at Millbeck Primary "
        "Academy. No other interests were declared in items on the agenda.",
    ),
    ("h2", "3. Minutes of the previous meeting and matters arising"),
    (
        "decision",
        "Trustees approved the minutes of the meeting held on 9 December 2025 as an accurate record.",
    ),
    (
        "para",
        "Matters arising: the recruitment of the trust estates manager had been completed, "
        "and Mr Colin Farr had started on 5 January.",
    ),
    ("h2", "4. CEO report: standards and attendance"),
    (
        "para",
        "The CEO presented his report. Attendance across the five academies was 93.8 per cent "
        "for the autumn term, and suspensions had fallen at Cedarbrook Academy following the "
        "new behaviour approach. Year 11 mock results at Cedarbrook showed 61 per cent of "
        "pupils achieving grade 4 or above in English and maths, up from 55 per cent.",
    ),
    ("para", "Trustees asked:"),
    (
        "bullet",
        "Why was attendance at Ashgrove Primary below the trust average? The CEO explained that "
        "a small number of families had taken long holidays in term time and that the academy "
        "had issued fixed penalty notices where appropriate.",
    ),
    (
        "bullet",
        "Were disadvantaged pupils improving as fast as their peers in the Year 11 mocks? The CEO "
        "said that the gap had narrowed slightly in maths but not in English.",
    ),
    (
        "bullet",
        "How was the trust checking the reading ages of pupils joining Year 7? The CEO said that "
        "all Year 7 pupils had been tested in September and would be tested again in June.",
    ),
    ("decision", "Trustees noted the CEO report."),
    ("h2", "5. Finance: forecast outturn 2025/26 and GAG pooling"),
    (
        "para",
        "The CFO presented the management accounts to 31 December 2025. The trust was forecasting "
        "an in-year surplus of £148,000 against a budgeted deficit of £60,000, because of unfilled "
        "vacancies and the teachers' pay grant. Mr Ayre reported that the Finance, Audit and Risk "
        "Committee had reviewed the forecast in detail on 27 January.",
    ),
    ("decision", "Trustees approved the revised forecast outturn for 2025/26."),
    (
        "para",
        "The CFO then outlined the options for pooling the general annual grant (GAG) from "
        "September 2026, so that the trust could direct funds to the academies with the greatest need.",
    ),
    (
        "decision",
        "Trustees agreed to consult headteachers and local governing bodies on GAG pooling, with "
        "a final decision to be taken at the May meeting.",
    ),
    ("h2", "6. Risk register"),
    (
        "para",
        "Trustees reviewed the trust risk register. The risk on falling pupil numbers in the "
        "primary phase had been raised from amber to red, and a new risk on the condition of "
        "the Millbeck Primary roof had been added.",
    ),
    ("decision", "Trustees approved the updated risk register."),
    ("h2", "7. Growth: Oakfield Primary School"),
    (
        "para",
        "The CEO reported that the governing body of Oakfield Primary School, a maintained school "
        "of 210 pupils, had asked to join the trust. The regional director's office was supportive "
        "in principle. Trustees discussed the capacity of the central team and the condition of "
        "the school's buildings.",
    ),
    (
        "decision",
        "Trustees agreed to proceed to due diligence on Oakfield Primary School joining the trust, "
        "at a cost of up to £12,000.",
    ),
    ("h2", "8. Policies"),
    (
        "para",
        "The Governance Professional presented the trust's Whistleblowing Policy and Complaints "
        "Policy, updated for the latest guidance from the Department for Education.",
    ),
    ("decision", "Trustees approved the Whistleblowing Policy and the Complaints Policy."),
    ("h2", "9. Any other business and date of next meeting"),
    (
        "para",
        "There was no other business. The next meeting will be held on Tuesday 24 March 2026 "
        "at 5.00pm.",
    ),
    ("para", "The meeting closed at 6.50pm."),
    ("h2", "Action log"),
    ("actions", ""),
    ("para", "Signed: ………………………………… (Chair)          Date: …………………………"),
]


def add_table(document: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for index, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.text = text
            if index == 0:
                cell.paragraphs[0].runs[0].bold = True


def main() -> None:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER
    for kind, content in SPEC:
        if kind == "title":
            document.add_paragraph(content, style="Title")
        elif kind == "h2":
            document.add_paragraph(content, style="Heading 2")
        elif kind == "para":
            document.add_paragraph(content)
        elif kind == "bullet":
            document.add_paragraph(content, style="List Bullet")
        elif kind == "decision":
            paragraph = document.add_paragraph()
            paragraph.add_run("Decision: ").bold = True
            paragraph.add_run(content)
        elif kind == "attendance":
            add_table(document, ATTENDANCE)
        elif kind == "actions":
            add_table(document, ACTIONS)
    document.core_properties.author = "Fixture"
    document.save(HERE / f"{NAME}.docx")


if __name__ == "__main__":
    main()
