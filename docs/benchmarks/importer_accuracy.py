"""The importer's accuracy on the fixtures: counts of items, points, decisions and actions.

Run from the repository's root: `.venv/bin/python docs/benchmarks/importer_accuracy.py`.
Each fixture in tests/minutes_fixtures has a sidecar <name>.counts.json with the counts a
careful reader would give; a file is right when every count matches. The table it prints
is the one in docs/importer.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from minutes.importing import missing_sentences, parse_meeting  # noqa: E402
from minutes.importing.readers import read_upload  # noqa: E402

FIXTURES = ROOT / "tests" / "minutes_fixtures"
KINDS = ("items", "points", "decisions", "actions")


def counts_of(parsed) -> dict[str, int]:
    return {
        "items": len(parsed.items),
        "points": sum(len(i.points) for i in parsed.items),
        "decisions": sum(len(i.decisions) for i in parsed.items),
        "actions": sum(len(i.actions) for i in parsed.items),
    }


def fixtures() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.suffix in {".txt", ".html", ".docx"})


def measure(path: Path) -> tuple[dict, dict, list[str]]:
    text = read_upload(path.name, path.read_bytes())
    parsed = parse_meeting(text)
    expected = json.loads(path.with_suffix(".counts.json").read_text())
    return expected, counts_of(parsed), missing_sentences(text, parsed)


def main() -> int:
    rows = []
    right = 0
    per_kind = dict.fromkeys(KINDS, 0)
    for path in fixtures():
        expected, got, missing = measure(path)
        ok = all(expected[k] == got[k] for k in KINDS)
        right += ok
        for k in KINDS:
            per_kind[k] += expected[k] == got[k]
        cells = [f"{got[k]}/{expected[k]}" for k in KINDS]
        rows.append(
            f"| {path.relative_to(FIXTURES)} | {' | '.join(cells)} | {len(missing)} | {'yes' if ok else 'NO'} |"
        )
    total = len(rows)
    print("| fixture | items | points | decisions | actions | sentences lost | all right |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print()
    print(f"Files with every count right: {right} of {total} ({100 * right / total:.1f}%).")
    for k in KINDS:
        print(f"- {k} right in {per_kind[k]} of {total} files")
    by_folder: dict[str, list[bool]] = {}
    for row, path in zip(rows, fixtures(), strict=True):
        folder = str(path.parent.relative_to(FIXTURES)) if path.parent != FIXTURES else "main"
        by_folder.setdefault(folder, []).append(row.endswith("| yes |"))
    for folder, results in by_folder.items():
        print(f"- {folder}: {sum(results)} of {len(results)} files right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
