"""Time the importer on about 1 MB of generated minutes, against a floor measured in the same run.

    .venv/bin/python docs/benchmarks/importer_speed.py

The minutes are generated (no fixture is long enough): a whole meeting's items numbered
"1." onwards, each with paragraphs, a lead-in and bullets, a RESOLVED block, inline
actions, a tab-separated action log and a speaker or two, until the text is 1 MB. A
second text is the same words pasted with no line breaks at all. The floor is the
least any reader must do: split the text into lines and strip each one. Figures are
the median of RUNS runs; they are copied into docs/importer.md by hand.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from minutes.importing import missing_sentences, parse_meeting  # noqa: E402

RUNS = int(os.environ.get("RUNS", "5"))
SIZE = 1_000_000
WORDS = (
    "council members report budget road school housing plan review the of and to a in that "
    "for was were with on by officer committee residents parish grant contract village"
).split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 22))]
    return " ".join(words).capitalize() + "."


def generated_minutes(size: int = SIZE, seed: int = 12) -> str:
    rng = random.Random(seed)
    chunks = ["Present: Cllr Ann Abbot (Chair), Cllr Ben Bright, Cllr Cara Cole\n"]
    number = 0
    length = 0
    while length < size:
        number += 1
        body = [f"{number}. Item about {rng.choice(WORDS)} {rng.choice(WORDS)}"]
        body += [" ".join(_sentence(rng) for _ in range(rng.randint(2, 6)))]
        body += ["Cllr Bright asked about the figures. The Chair noted the answer."]
        body += ["The following points were made:"]
        body += [f"• {_sentence(rng)}" for _ in range(rng.randint(1, 4))]
        body += [
            "RESOLVED:",
            f"(a) That {_sentence(rng).lower()}",
            f"(b) That {_sentence(rng).lower()}",
        ]
        body += [f"Action: Clerk to {_sentence(rng).lower()}"]
        if number % 5 == 0:
            body += ["Ref\tAction\tOwner\tDue", f"A{number}\t{_sentence(rng)}\tAB\t31/03/2026"]
        chunk = "\n\n".join(body) + "\n\n"
        chunks.append(chunk)
        length += len(chunk)
    return "".join(chunks)


def floor(text: str) -> None:
    for line in text.split("\n"):
        re.sub(r"\s+", " ", line).strip()


def timed(function, text: str) -> tuple[float, float]:
    """Median wall-clock and CPU seconds: on a busy shared machine the CPU time is the fairer."""
    wall, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        function(text)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> int:
    text = generated_minutes()
    run_on = re.sub(r"\s+", " ", text)
    parsed = parse_meeting(text)
    print(f"Text: {len(text):,} characters, {len(parsed.items)} items read.")
    floor_s = timed(floor, text)
    rows = [("floor: split and strip each line", floor_s)]
    rows.append(("parse_meeting, 1 MB with line breaks", timed(parse_meeting, text)))
    rows.append(("parse_meeting, 1 MB with no line breaks", timed(parse_meeting, run_on)))
    rows.append(
        (
            "missing_sentences (the preview's check)",
            timed(lambda t: missing_sentences(t, parsed), text),
        )
    )
    half = generated_minutes(SIZE // 2)
    rows.append(("parse_meeting, 0.5 MB (linearity)", timed(parse_meeting, half)))
    print(f"Load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.")
    print("| step | wall seconds | CPU seconds | × floor (CPU) |")
    print("|---|---|---|---|")
    for name, (wall, cpu) in rows:
        print(f"| {name} | {wall:.3f} | {cpu:.3f} | {cpu / floor_s[1]:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
