"""The lead-ins to an item's discussion points, and a question with its answer.

"The following points were made:", "In discussion, members raised:", "Trustees asked:",
"Comments on the draft policies:", "Points people made:", "What members said about the
designs:": a line (or a paragraph's last sentence) ending in a colon, above the bullets
that are the discussion's points. "Q: …" and "A: …" under such a lead-in are one point, and
so is each row of a table of questions and answers under it (`question_row`).
"""

from __future__ import annotations

import re

from minutes.importing.memo import remembered

QUESTION_MARK_RE = re.compile(r"^(?:Q|Question)\s*[.:]\s")
# "Q: Which pupils are most affected?" and its "A: Mainly …": a governors' question, one
# discussion point with its answer.
QUESTION_RE = re.compile(r"^(?:Q|Question)\s*\d{0,2}\s*[:.)–-]\s+\S")
ANSWER_RE = re.compile(r"^(?:A|Answer|Response)\s*\d{0,2}\s*[:.)–-]\s+\S")
# The people at a meeting who make its points: "members", "people", "we", "young people"
# ("Points they raised:" more often follows another body's meeting, reported).
# ("What committee members said:": the members of the committee or the board meeting)
PEOPLE = (
    r"(?:the )?(?:(?:committee |board )?members|people|young people|councillors|governors|"
    r"trustees|directors|partners|everyone|we)"
)
# "The following points were made:", "In discussion, members raised:": bullets follow.
DISCUSSION_LEAD_IN_RE = re.compile(
    r"(?:points?\s+(?:were|was)\s+(?:made|raised|noted)|in (?:the )?discussion|"
    # "Trustees asked:", "Members of Senate commented:"
    r"during (?:the )?(?:discussion|debate)|(?:members|governors|trustees|councillors|directors)"
    r"(?: of (?:the )?[A-Z][\w-]*)? (?:raised|made|asked|discussed|"
    r"commented|noted|highlighted)|"
    # "Members said:", "Trustees said:": what those present said, the line's label, straight
    # before the colon ("The Clerk reported that the district councillors said:" is their
    # words reported)
    r"^(?:the )?(?:members|governors|trustees|councillors|directors)"
    r"(?: of (?:the )?[A-Z][\w-]*)? said(?=:)|"
    r"the following (?:points|comments|issues|questions|matters|views|"
    r"observations|concerns|suggestions)|"
    r"questions? (?:were |was )?(?:asked|raised)|comments? (?:were |was )?made|"
    r"discussion (?:included|covered|focused)|issues? (?:were |was )?raised|"
    # "Key points from the discussion:", "The following were noted:"
    r"(?:key|main) (?:points|issues)|the following (?:were|was) (?:noted|raised|discussed|made)|"
    r"(?:sought|requested|asked for) assurance|"  # "Members sought assurance on the following:"
    # "Comments and questions:", "Feedback from members:", "The Committee discussed:"
    # ("Moving the show was discussed again. Comments:": the label after the sentence that
    # says what was discussed, closing its paragraph)
    r"(?:^|(?<=[.!?] ))(?:comments|questions|feedback|observations)\b"
    r"(?: and (?:comments|questions|answers))?"
    # "Comments on the draft policies:", "Questions on the report:": what was said of a paper
    # (not "Comments on planning applications:", above the council's response to each)
    r"(?= from\b|$|:| on\s(?!(?:the\s+)?(?:following\s+)?(?:planning\s+)?(?:applications?|"
    r"correspondence|payments|invoices)\b))|"
    # "Points people made:", "Comments members made:": the points, then the people at the
    # meeting who made them ("Points the Forum raised:" is another body's list)
    rf"(?:^|(?<=[.!?] ))(?:points|comments|questions|views) {PEOPLE} (?:made|raised|asked|expressed)"
    r"(?=:)|"
    # "Comments round the table:", "Views around the table:": what each person present said,
    # in a club's notes
    r"(?:^|(?<=[.!?] ))(?:comments|views) (?:a)?round the table(?=:)|"
    # "What members said about the designs:", "What people told us:": who said it, in prose
    rf"(?:^|(?<=[.!?] ))what {PEOPLE} (?:said|asked|raised|suggested|thought|told us)\b|"
    # "Committee comments:", "Board questions:": the body's own comments, by its name
    # ("The panel's comments:": the body's, in the possessive; "Committee discussion points:",
    # the label straight before the colon, not "… points for the January meeting:")
    r"^(?:the )?(?:committee|board|panel|group|council|forum|steering group)(?:['’]s)? "
    r"(?:comments|questions|views|observations|discussion points)(?=:)|"
    r"^the (?:[\w-]+\s+){1,3}discussed\b|"
    # ("Challenge from trustees:", as a board's minutes head the questions it asked)
    r"(?:ideas|suggestions|comments|concerns|views|questions|points|issues|contributions|thoughts|"
    r"challenges?) (?:from|raised|made|included|were|by|of|expressed)|"
    # "Governor questions and challenge:", "Members' comments:", "Discussion:" as a label
    r"questions and (?:challenges?|answers)|challenge and (?:support|questions)|"
    # ("Committee members' suggestions for the 2027 programme:": what they put forward)
    # ("Members' thoughts:", as a club's notes head what its members said; "Members' concerns:",
    # the label straight before the colon, as "Members' concerns about the scheme" is a heading;
    # "Members' reflections:", as a church's minutes head what its members said, the same)
    r"(?:governors?|members?|trustees?|councillors?|directors?)['’]? (?:questions|challenges?|comments|views|"
    r"observations|suggestions|ideas|thoughts|(?:feedback|concerns|reflections)(?=:))|"
    # "Commissioners' comments:", "Partners commented:": the members of any body, by name
    # ("Helpers' feedback:" as the label itself; "Visitors' feedback forms were counted:"
    # is no lead-in)
    # ("Coaches' and volunteers' comments:": two groups' comments, "and" between them;
    # "Residents' concerns:", theirs as the label; "Deacons' reflections:", a church's officers'
    # thoughts on a report, the label straight before the colon: "Bible reflections for Lent:"
    # is a list of readings)
    r"^(?:[A-Z][\w-]*\s+)?(?:[A-Za-z-]+['’]?\s+(?:and|&)\s+)?"
    r"[A-Za-z-]+s['’]? (?:questions|challenges?|comments|views|(?:feedback|concerns|reflections)(?=:))|"
    r"(?:^|,\s)(?:[A-Z][\w-]*\s+)?[A-Z][a-z-]+s (?:raised|made|asked|commented|highlighted)\b|"
    # "Members sought clarity on the following:", "The Panel probed:": people, then a verb
    # of asking or saying
    r"\b(?:members?|governors?|trustees?|councillors?|directors?|the (?:committee|board|panel|"
    r"council|group|forum|assembly|meeting))\b[^:]{0,40}\b(?:sought|asked|queried|questioned|"
    r"probed|pressed|challenged|explored|expressed|welcomed|requested)\b|"
    # ("The towpath is muddy. Discussion:": the label closing the paragraph that says what
    # was discussed, after its last sentence; not "Items for discussion:")
    r"^(?:discussion|debate)\b|(?<=[.!?] )(?:discussion|debate)(?=:))[^:]{0,80}:-?$",  # ":-", as Scottish minutes write it
    re.IGNORECASE,
)


# How far before its colon a lead-in can start: its longest words and 80 characters more.
LEAD_IN_REACH = 240
# How far back most lead-ins start ("The following points were made:" is 31 characters).
LEAD_IN_LIKELY = 64


# "4.2 Partners' comments:", "(b) Members' questions:": a typed paragraph number, or a
# letter in brackets, before a lead-in that is its paragraph's label; the label is read
# from after the number, where its paragraph's words start.
PARAGRAPH_NUMBER_RE = re.compile(r"^(?:\d{1,3}\.\d{1,2}(?:\.\d{1,2})?|\(?[a-h]\))\s+(?=[A-Z])")


@remembered  # asked of one paragraph before and after the body places it
def ends_in_discussion_lead_in(text: str) -> bool:
    """Whether a paragraph ends in a lead-in to discussion points ("… points were made:").

    A lead-in is a few words and at most 80 characters more before its colon, and holds no
    other colon, so only the paragraph's end is read: from the colon before the last, or
    LEAD_IN_REACH characters back. A long paragraph pasted with no line breaks is not read
    sentence by sentence ('^' in the pattern still means the paragraph's start, after its
    typed number or letter, if it has one: `PARAGRAPH_NUMBER_RE`). Its last
    LEAD_IN_LIKELY characters are read first, as most lead-ins are short: a lead-in found
    there is one that reading from further back finds too (where a match starts does not
    depend on where the search does), so only a paragraph with none there is read again.
    """
    if text[:1].isdigit() or text[:1] == "(" or text[1:2] == ")":
        text = PARAGRAPH_NUMBER_RE.sub("", text, count=1)
    final = len(text) - (2 if text.endswith(":-") else 1)
    if final < 0 or text[final] != ":":
        return False
    start = max(text.rfind(":", 0, final) + 1, final - LEAD_IN_REACH)
    near = final - LEAD_IN_LIKELY
    if near > start and DISCUSSION_LEAD_IN_RE.search(text, near) is not None:
        return True
    return DISCUSSION_LEAD_IN_RE.search(text, start) is not None


# "Governor question | Response": the header of a table of questions and their answers.
QUESTIONS_HEADER_RE = re.compile(r"^(?:[\w'’-]+\s+){0,2}questions?$", re.IGNORECASE)
ANSWERS_HEADER_RE = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}(?:responses?|answers?|repl(?:y|ies)|comments?)(?: given)?$",
    re.IGNORECASE,
)


def question_row(columns: list[str]) -> str | None:
    """A row of a two-column table under a lead-in to points ("Governors' questions and the
    answers given:"): the question and its answer, one point ("" for the table's header row,
    which is no point); None for a row that asks nothing."""
    if len(columns) != 2:
        return None
    question, answer = columns
    if QUESTIONS_HEADER_RE.match(question) and ANSWERS_HEADER_RE.match(answer):
        return ""
    if not question.endswith("?"):
        return None
    return f"{question} {answer}"
