"""Writes the Word fixtures (*.docx) and their expected counts, from the specs below.

Run it again after changing a spec: `.venv/bin/python tests/minutes_fixtures/make_docx.py`.
Each spec is a list of (kind, content): "title", "heading", "para", "bullet" or "table".
"""

from __future__ import annotations

import json
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent

SPECS = {
    "docx-parish-meeting": (
        [
            ("title", "Minutes of Caldwick Parish Council, 14 October 2025"),
            ("para", "Present: Cllrs Marion Eady (Chair), Stephen Kell, Yusuf Amin"),
            ("para", "In attendance: Bryony Hale (Clerk)"),
            ("heading", "1. Apologies for absence"),
            ("para", "Apologies were received from Cllr Ottoline Grey."),
            ("heading", "2. Village hall roof"),
            (
                "para",
                "The Clerk reported that two quotations had been received for the roof repair.",
            ),
            ("para", "The following points were made:"),
            ("bullet", "the lower quotation did not include scaffolding;"),
            ("bullet", "the work should be done before the winter."),
            ("para", "RESOLVED that the quotation from Tiler Brothers be accepted."),
            ("heading", "3. Defibrillator"),
            ("para", "Cllr Amin reported that the defibrillator pads had expired."),
            ("para", "Action: Clerk to order replacement pads by 31 October 2025."),
        ],
        {"items": 3, "points": 2, "decisions": 1, "actions": 1},
    ),
    "docx-action-table": (
        [
            ("title", "Steering group: action log"),
            ("para", "The group reviewed the actions from its last meeting."),
            (
                "table",
                [
                    ["Ref", "Action", "Owner", "Due date", "Status"],
                    ["SG1", "Draft the neighbourhood plan survey", "AK", "30/11/2025", "Open"],
                    [
                        "SG2",
                        "Book the village hall for the drop-in event",
                        "Clerk",
                        "15/11/2025",
                        "Complete",
                    ],
                    [
                        "SG3",
                        "Ask the district council for housing need data",
                        "RM",
                        "31/12/2025",
                        "Open",
                    ],
                ],
            ),
            ("para", "The group agreed to meet again in January."),
        ],
        {"items": 1, "points": 0, "decisions": 0, "actions": 3},
    ),
    "docx-single-item": (
        [
            ("heading", "Corporate risk register"),
            (
                "para",
                "The Head of Governance presented the quarterly review of the corporate risk register.",
            ),
            (
                "para",
                "Cllr Wendell asked why the cyber security risk had been raised to red. The Head of Governance explained that a recent audit had found weaknesses in backups.",
            ),
            ("para", "RESOLVED:"),
            ("bullet", "That the risk register be noted."),
            ("bullet", "That a cyber security briefing be arranged for all members."),
        ],
        {"items": 1, "points": 0, "decisions": 2, "actions": 0},
    ),
    "docx-board-minute-numbers": (
        [
            ("title", "Fernhill Leisure Trust Board, 2 December 2025"),
            ("para", "Attendees: Carys Bowen (Chair), Idris Pugh, Leona Marsh"),
            ("para", "Apologies: Gethin Rowlands"),
            ("heading", "Minute 31 Finance report"),
            ("para", "The Finance Director presented the management accounts to October."),
            ("para", "The Board noted the report."),
            ("heading", "Minute 32 Membership pricing"),
            ("para", "The Board approved a two per cent rise in membership prices from April."),
            ("para", "Marketing Manager to publicise the new prices. (Action: LM)"),
        ],
        {"items": 2, "points": 0, "decisions": 2, "actions": 1},
    ),
}


def write(name: str, spec: list) -> None:
    document = docx.Document()
    for kind, content in spec:
        if kind == "title":
            document.add_heading(content, level=1)
        elif kind == "heading":
            document.add_heading(content, level=2)
        elif kind == "para":
            document.add_paragraph(content)
        elif kind == "bullet":
            document.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            for row, values in zip(table.rows, content, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
    document.core_properties.author = "Fixture"
    document.save(HERE / f"{name}.docx")


def main() -> None:
    for name, (spec, counts) in SPECS.items():
        write(name, spec)
        (HERE / f"{name}.counts.json").write_text(json.dumps(counts, indent=1) + "\n")


if __name__ == "__main__":
    main()
