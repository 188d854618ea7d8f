"""What the importer's rule tests read off a parse, and the Word documents they build."""

from __future__ import annotations

import io

import docx

PARISH_TITLE = "Minutes of the Parish Council meeting held on 4 March 2026"


def actions_of(meeting) -> list[tuple[str, str]]:
    """Every task of the meeting, with its owner as written."""
    return [(a.description, a.owner_label) for item in meeting.items for a in item.actions]


def decisions_of(meeting) -> list[str]:
    return [d for item in meeting.items for d in item.decisions]


def points_of(meeting) -> list[str]:
    return [p.text for item in meeting.items for p in item.points]


def word_table(header: list[str], rows: list[list[str]], title: str = PARISH_TITLE) -> bytes:
    """A Word document of a title and one table. A cell's lines are its paragraphs; a line
    starting "* " is a paragraph in Word's own bulleted list."""
    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for row, words in zip(table.rows, [header, *rows], strict=True):
        for cell, text in zip(row.cells, words, strict=True):
            first, *more = text.split("\n")
            cell.text = first
            for paragraph in more:
                if paragraph.startswith("* "):
                    cell.add_paragraph(paragraph[2:], style="List Bullet")
                else:
                    cell.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
