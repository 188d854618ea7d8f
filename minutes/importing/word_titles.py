"""A Word paragraph that opens with its item's number and title in bold, run into its minute.

Some secretaries type an item as one paragraph: the number and title in bold, a full stop or
a colon, and the minute after it in plain type ("**3. Treasurer's report.** The Treasurer
reported …"). Typed as plain text the title and the minute read as one sentence; in Word the
bold marks where the title stops, so the paragraph is read as the title, on a line of its
own, over its minute. A bold label that is no numbered title ("**Agreed –** …", "**Note.**
…"), a bold numbered sentence and a bullet's bold start are left as they are.
"""

from __future__ import annotations

import re

from minutes.importing.titles import SENTENCE_HEAD_RE, reads_as_title

W_NAMESPACE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FALSE_VALUES = {"0", "false", "off"}

# "3. Treasurer's report.", "Minute 12 Finance:", "2.1 Greens.": an item's number (typed, or
# Word's own), a title of a few words with no stop of its own, and the full stop or colon
# that ends it.
NUMBERED_BOLD_TITLE_RE = re.compile(
    r"^(?:\(?\d{1,3}(?:\.\d{1,2})?[.):]?|[A-Z]{1,4}[ /.]?\d[\w/.]*|(?:Item|Minute|Agenda item)"
    r"\s+\d[\w/.]*[.:]?)\s+(?P<title>[^.:;!?\t]{2,80}?)\s*[.:]$"
)
TITLE_WORDS = 10
# "6.3 ACTION:", "2.2 Resolved:": a numbered paragraph's label for the task or decision it
# holds, no title; "2.1 Agreed unanimously:", "4.1 Resolved (nem con):" are such a label, how
# the decision was made after it.
LABEL_RE = re.compile(
    r"^(?:(?:resolved|agreed|noted|decided|recommended|approved|carried)\b.*|actions?|"
    r"decisions?|notes?|action points?|outcomes?|recommendations?)$",
    re.IGNORECASE,
)


def _is_bold(run, paragraph) -> bool:
    """Whether a run is in bold type, set on the run or by its character style."""
    from docx.text.run import Run

    properties = run.find(f"{W_NAMESPACE}rPr")
    bold = properties.find(f"{W_NAMESPACE}b") if properties is not None else None
    if bold is not None:
        return bold.get(f"{W_NAMESPACE}val", "true").lower() not in FALSE_VALUES
    if properties is None or properties.find(f"{W_NAMESPACE}rStyle") is None:
        return False
    style = Run(run, paragraph).style
    return bool(style is not None and style.font.bold)


def bold_start(paragraph) -> str:
    """The words in bold that open a paragraph, up to its first words in plain type ("" when
    it opens in plain type, or is bold throughout)."""
    head: list[str] = []
    for run in paragraph._p.iter(f"{W_NAMESPACE}r"):
        text = "".join(t.text or "" for t in run.findall(f"{W_NAMESPACE}t"))
        if not text.strip():
            head.append(text)
            continue
        if not _is_bold(run, paragraph):
            return "".join(head).strip()
        head.append(text)
    return ""


def _titled(title: str) -> bool:
    """Whether the words after the number read as an item's title, not a sentence nor the
    label of a task or a decision."""
    return (
        len(title.split()) <= TITLE_WORDS
        and not LABEL_RE.match(title)
        and reads_as_title(title)
        and not SENTENCE_HEAD_RE.search(title)
    )


def run_in_parts(paragraph, text: str, labelled: str) -> list[str]:
    """'3. Treasurer's report. The Treasurer reported …', its title in bold → ["3. Treasurer's
    report", 'The Treasurer reported …']: a numbered title in bold run into its minute, on a line
    of its own over it; any other paragraph is `[labelled]` (its text with Word's number or
    bullet, if any)."""
    head = bold_start(paragraph)
    if not head or not text.startswith(head):
        return [labelled]
    rest = text[len(head) :].strip()
    title = (labelled[: len(labelled) - len(text)] + head).strip()
    match = NUMBERED_BOLD_TITLE_RE.match(title)
    if not rest or not match or not _titled(match.group("title")):
        return [labelled]
    return [title[:-1].rstrip(), rest]
