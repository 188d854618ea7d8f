"""Writes this round's Word fixture: a committee's minutes ending in a table of its decisions.

Run it again after changing the spec: `.venv/bin/python tests/minutes_fixtures/held_out_5/make_docx.py`.
The items are headings numbered in their text; the decisions are not in the items'
paragraphs but in a two-column table ("Item", "Decision") at the end, as some trusts
write them.
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
NAME = "h5-docx-decisions-table"

SPEC = [
    ("title", "Harbourside Learning Trust"),
    ("para", "Finance, Audit and Risk Committee – minutes of the meeting held on 27 January 2026"),
    ("para", "Present: Rosa Delgado (Chair), Kwame Asante, Fiona Bright, Lionel Shaw"),
    ("para", "In attendance: Tessa Marr (Chief Financial Officer), Owen Ratcliffe (Clerk)"),
    ("item", "1. Apologies and declarations of interest"),
    ("para", "Apologies were received from Gita Pandey. No interests were declared."),
    ("item", "2. Management accounts to 31 December 2025"),
    (
        "para",
        "The Chief Financial Officer presented the accounts. Spending on supply staff was "
        "£96,000 above budget across the five schools, offset by higher interest on balances.",
    ),
    (
        "para",
        "Action: Chief Financial Officer to break down supply costs by school for the next meeting.",
    ),
    ("item", "3. Internal audit plan 2026/27"),
    (
        "para",
        "The committee considered the draft plan from the internal auditors, covering payroll, "
        "procurement cards and cyber security.",
    ),
    ("item", "4. Reserves policy"),
    (
        "para",
        "The committee reviewed the policy, which had not been changed since 2022. Members "
        "asked for the minimum level to be shown as a percentage of income.",
    ),
    ("para", "Summary of decisions"),
    (
        "table",
        [
            ["Item", "Decision"],
            ["2", "The management accounts to 31 December 2025 were accepted."],
            ["3", "The internal audit plan for 2026/27 was approved."],
            [
                "4",
                "The reserves policy was approved, with the minimum level set at 5 per cent "
                "of income.",
            ],
        ],
    ),
]


def main() -> None:
    document = docx.Document()
    for kind, content in SPEC:
        if kind == "title":
            document.add_heading(content, level=1)
        elif kind == "item":
            document.add_heading(content, level=2)
        elif kind == "para":
            document.add_paragraph(content)
        elif kind == "table":
            table = document.add_table(rows=0, cols=len(content[0]))
            for row in content:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.text = text
    document.core_properties.author = "Fixture"
    document.save(HERE / f"{NAME}.docx")


if __name__ == "__main__":
    main()
