"""The importer's shortcuts give the answers the long way gives.

A dear pattern is tried only on a text holding a word each of its matches holds ("esolved"
for "resolved unanimously to"): for each such pair, no text the pattern matches lacks every
word, so the guarded test and the pattern alone agree. A lead-in is looked for at a
paragraph's end first; the run of item numbers in a paste with no line breaks is found
without copying it; what a test of a paragraph answered is remembered for one reading only.
"""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes.importing import (
    actions,
    decision_parts,
    decisions,
    doubts,
    motions,
    pages,
    paragraphs,
    parse_meeting,
    register,
    speakers,
)
from minutes.importing.body import _BodyReader
from minutes.importing.lead_ins import (
    DISCUSSION_LEAD_IN_RE,
    LEAD_IN_REACH,
    ends_in_discussion_lead_in,
)
from minutes.importing.memo import forget_all
from minutes.importing.runon import ITEM_START_RE, _counts_of, _item_chain
from minutes.importing.speakers import find_speakers

# Each guarded pattern, the words one of which every text it matches holds, and the pieces
# of the texts it looks for (with near misses of its words) that texts are drawn from.
GUARDS = [
    (
        decisions.DECISION_INSIDE_RE,
        ("t was",),
        "It was|it was|It  was|It|was|therefore|RESOLVED|resolved|agreed|DECIDED|that|to|:|,"
        "|in principle|tWas|It-was",
    ),
    (
        decisions.RESOLVED_ANYWHERE_RE,
        decisions.RESOLVED_ANYWHERE_WORDS,
        "RESOLVED|AGREED|(4 for, 1 against)|that|to|unanimously|:|–|That|.|Resolved|Agreed"
        "|Decided|and|APPROVED|ADOPTED|ENDORSED|NOTED|the|a|no objection|RESOLVE|AGREE|resolved",
    ),
    (
        decisions.AT_ITS_MEETING_RE,
        ("at its ",),
        "at its|at|its|December|annual|meeting|At its|at  its|meetings",
    ),
    (
        decisions.RESOLVED_QUALIFIED_RE,
        ("esolved",),
        "resolved|Resolved|RESOLVED|It was|and|,|;|.|unanimously|by a majority|(3 for)"
        "|nem. con.|without dissent|on a vote|:|that|to|resolve|esolve d|, resolved|resolved unanimously",
    ),
    (
        decisions.PASSED_RE,
        ("arried", "CARRIED"),
        "motion|Motion|recommendation|recommendations|proposal|resolution"
        "|“That the budget be approved”|to extend the meeting|was|were|put|to the vote|and|duly"
        "|unanimously|carried|Carried|CARRIED|carrie|CARRIE D",
    ),
    (
        decisions.MEETING_DECISION_RE,
        decisions.MEETING_WORDS,
        "The|the|meeting|AGM|EGM|Annual|Extraordinary|General Meeting|General  Meeting|Meeting"
        "|unanimously|agreed|elected|voted to|noted|the report|the accounts|.|,|The meeting",
    ),
    (
        decisions.BARE_BODY_DECISION_AFTER_RE,
        decisions.BARE_BODY_WORDS,
        ".|)|!|Council|Cabinet|Senate|Synod|approved|agreed|elected|council|Counci l|the budget",
    ),
    (
        decisions.PROPOSAL_AGREED_RE,
        ("ropos",),
        "proposed|proposal|propose|Proposed|the badge|stay|.|!|Agreed|AGREED|Carried|CARRIED|All in favour"
        "|proposed the badge stay.|Agreed.",
    ),
    (
        decisions.ON_ADVICE_RE,
        decisions.ADVICE_WORDS,
        "On|on|Following|Acting on|Having considered|the|recommendation|recommendations|advice"
        "|proposal|nomination|of the Committee|,|The Board|the Council|approved|.|:|advise"
        "|On the recommendation|on advice|Following the nomination|, the",
    ),
    (
        doubts.SHOUTED,
        ("ED",),
        "RESOLVED|AGREED|APPROVED|DECIDED|NOTED|CARRIED|ACCEPTED|RESOLVE|AGREE|NOTE|E D|the|.",
    ),
    (doubts.REFERENCE, ("/",), "12|345|2026|0987|DC|/|25|-|.|12/345|12 /345|12/34|25/00123"),
    (
        doubts.UNDERTAKING,
        doubts.UNDERTAKING_WORDS,
        "undertook|offered|volunteered|promised|to|write|ACTION|Action|:|said|confirmed|agreed"
        "|that|he|she|they|the Clerk|would|be|by|31 March|the end|May|Actio n|.",
    ),
    (
        motions.MOTION_RESOLVES_RE,
        motions.MOTION_VERBS,
        "Council|This branch|The Board|resolves|resolves that|resolves to|resolve s|instructs"
        '|instruct|the Committee|to|:|:-|.|”|"|“|Notes|Council resolves:'
        "|This branch instructs the Committee to:|The Board resolves that:-",
    ),
    (
        actions.EMBEDDED_ACTION_RE,
        ("Action", "ACTION"),
        "Report noted.|Action|ACTION|Actions|ACTIONS|action|(WL)|:|–|-|WL to write.|.|!|Actio n",
    ),
    (
        register.MOVER_RE,
        register.MOVER_WORDS,
        "proposed|moved|seconded|by|Proposer|proposer|Seconder|seconder|was|:|Mr|Mrs|Ms|Miss|Mx"
        "|Dr|Dr.|Hardisty|Lavender|propose d",
    ),
]
GUARD_IDS = [f"{pattern.pattern[:30]}…" for pattern, _, _ in GUARDS]
SEPARATORS = st.sampled_from([" ", " ", " ", " ", "", ". ", ", ", "  ", "\n"])


@st.composite
def texts_of(draw, pieces: str) -> str:
    words = draw(st.lists(st.sampled_from(pieces.split("|")), min_size=1, max_size=14))
    separators = draw(st.lists(SEPARATORS, min_size=len(words) - 1, max_size=len(words) - 1))
    return words[0] + "".join(s + w for s, w in zip(separators, words[1:], strict=True))


@pytest.mark.parametrize(("pattern", "words", "pieces"), GUARDS, ids=GUARD_IDS)
@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_a_guarded_pattern_matches_no_text_without_one_of_its_words(pattern, words, pieces, data):
    text = data.draw(texts_of(pieces))
    if not any(word in text for word in words):
        assert pattern.search(text) is None, text


@pytest.mark.parametrize(
    ("pattern", "words", "text"),
    [
        (decisions.DECISION_INSIDE_RE, ("t was",), "After discussion it was RESOLVED that"),
        (decisions.RESOLVED_QUALIFIED_RE, ("esolved",), "Proposed A, resolved unanimously to"),
        (decisions.PASSED_RE, ("arried", "CARRIED"), "The motion was put and carried."),
        (decisions.MEETING_DECISION_RE, decisions.MEETING_WORDS, "The AGM elected Sam."),
        (doubts.UNDERTAKING, doubts.UNDERTAKING_WORDS, "Ann undertook to write."),
        (register.MOVER_RE, register.MOVER_WORDS, "It was seconded by Mrs Lavender"),
    ],
)
def test_a_guarded_pattern_finds_what_it_looks_for_in_a_text_holding_its_word(pattern, words, text):
    assert pattern.search(text)
    assert any(word in text for word in words)


SPLIT_PIECES = "RESOLVED|that|:|;|and|1.|2.|12.|(i)|(ii)|(a)|(b)|to|that|approve|.|1 .|2.to|(c"


@settings(max_examples=500, deadline=None)
@given(text=texts_of(SPLIT_PIECES))
def test_decisions_are_split_only_where_a_bracket_or_a_numbered_part_stands(text):
    if decision_parts.INLINE_ENUMERATOR_RE.search(text):
        assert "(" in text or decision_parts.NUMBERED_PART_RE.search(text), text


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(["The Committee", "Cabinet", "Members, having", "the Board", ""]),
    st.sampled_from([" RESOLVED", " agreed", " AGREED", " DECIDED", " noted", "RESOLVED"]),
    st.sampled_from(["", " to", " that", " as follows", "  to", ". to"]),
    st.sampled_from([":", ":-", ":\n", ":-\n", "", " :", ":  ", ": x", ":\n\n", "\n:", "-"]),
)
def test_a_lead_in_to_decisions_ends_in_a_colon_within_its_last_three_characters(
    body, verb, tail, ending
):
    text = f"{body}{verb}{tail}{ending}"
    if decisions.DECISION_LEAD_IN_RE.match(text):
        assert ":" in text[-3:], text


PLAIN_VERBS = (
    "advised|noted|said|stated|asked|suggested|reported|explained|updated|commented|"
    "proposed|welcomed|raised|highlighted|informed|queried|emphasised|emphasized|"
    "introduced|responded|confirmed|added|observed|thanked|seconded|moved|presented|"
    "replied|answered|clarified|questioned|requested|stressed|acknowledged|expressed|"
    "outlined|summarised|summarized|undertook|agreed|felt|urged|warned"
)
SPEECH_PIECES = (
    f"{PLAIN_VERBS}|The|the|Chair|Director of Finance|Cllr|Smith|Ann Lee|Mr|,|.|:|("
    "|Portfolio Holder)|asks|note|noteds|unnoted|xsaid|Other|-|Athe|the-Chair"
)


@settings(max_examples=500, deadline=None)
@given(text=texts_of(SPEECH_PIECES))
def test_speakers_are_found_as_by_the_plain_list_of_verbs_and_word_boundaries(text):
    plain = f"(?:{PLAIN_VERBS})"
    verb = re.compile(rf"\b{plain}\b")
    role = re.compile(
        speakers.ROLE_SPEAKER_RE.pattern.replace(speakers.SPEECH_VERBS, plain).replace(
            r"[Tt](?<!\w[Tt])he ", r"\b[Tt]he "
        )
    )
    speaker = re.compile(speakers.SPEAKER_RE.pattern.replace(speakers.SPEECH_VERBS, plain))
    for grouped, written in [
        (speakers.VERB_RE, verb),
        (speakers.ROLE_SPEAKER_RE, role),
        (speakers.SPEAKER_RE, speaker),
    ]:
        assert _spans(grouped, text) == _spans(written, text), text


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]


PARAGRAPH_END_PIECES = (
    "was|and|it|be|been|duly|unanimously|therefore|Sub-Committee|Committee|Members|members|"
    "councillors|Councillors|,|.|the|on|of|this|to|a|[Actions by:|(Action:|[action:|(Actions:|"
    "Action:|[|(|report|budget|Sub|-Committee|x|swas|meeting|\n|[Treasurer]|]|RESOLVED|"
    "noted. [Treasurer]|done! [Parish Clerk]"
)


@settings(max_examples=500, deadline=None)
@given(text=texts_of(PARAGRAPH_END_PIECES))
def test_a_paragraphs_end_is_read_as_reading_all_of_it_would(text):
    for pattern, reach in [
        (paragraphs.OPEN_ACTION_TAG_RE, paragraphs.OPEN_ACTION_TAG_REACH),
        (paragraphs.MID_PHRASE_END_RE, paragraphs.MID_PHRASE_END_REACH),
        (paragraphs.WRAP_END_RE, paragraphs.WRAP_END_REACH),
    ]:
        assert paragraphs._ends_with(pattern, text, reach) == bool(pattern.search(text)), text
    if paragraphs.TRAILING_OWNER_TAG_RE.search(text):
        assert "]" in text[-2:], text


NAMES = st.sampled_from(["Lisa Kerr", "Sam", "Cllr Ann Lee", "Dr Patel", "A", "Tom Ray", "Ann"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(NAMES, max_size=3), min_size=1, max_size=8))
def test_the_people_an_item_names_are_the_words_of_every_name_given_so_far(batches):
    reader = _BodyReader({})
    text = "Cllr Ben Bright asked the Clerk, who will write to Tom Ray."
    for batch in batches:
        reader.parsed.people += [name for name in batch if name not in reader.parsed.people]
        people = [*reader.parsed.people, *find_speakers(text, {})]
        every_word = {w for person in people for w in [person, *person.split()] if len(w) > 1}
        assert reader.named_in_item(text) == frozenset(every_word)


PAGE_PIECES = "Page 2 of 3|Page|page|PAGE|P a g e|p a g|2|of|3|12|\n|          |         |\t|– 2 –|-|Minutes|| "


@settings(max_examples=500, deadline=None)
@given(text=texts_of(PAGE_PIECES))
def test_a_page_break_is_found_only_in_a_paste_holding_the_word_page_or_a_deep_indent(text):
    if pages.PAGE_LINE_RE.search(text):
        assert pages.PAGE_WORD_RE.search(text) or pages.DEEP_INDENT_RE.search(text), text


ALL_PIECES = "|".join(pieces for _, _, pieces in GUARDS)


@settings(max_examples=500, deadline=None)
@given(text=texts_of(ALL_PIECES))
def test_a_paragraph_records_a_decision_as_every_pattern_read_in_full_says(text):
    forget_all()
    assert decisions.is_decision(text) == decisions.is_decision.__wrapped__(text)
    assert decisions.is_decision(text) == _is_decision_unguarded(text), text


def _is_decision_unguarded(text: str) -> bool:
    """is_decision as it was before its patterns were guarded by their words."""
    d = decisions
    if len(text) <= 40 and d.NO_DECISION_RE.match(text):
        return False
    return bool(
        d.DECISION_START_RE.match(text)
        or d.DECISION_INSIDE_RE.search(text)
        or d.RESOLVED_ANYWHERE_RE.search(text)
        or (
            (d.BODY_DECISION_RE.match(text) or d.BODY_DECISION_AFTER_RE.search(text))
            and not d.AT_ITS_MEETING_RE.search(text)
        )
        or d.MEMBERS_DECISION_RE.match(text)
        or d.MEMBERS_DECISION_AFTER_RE.search(text)
        or d.RESOLVED_QUALIFIED_RE.search(text)
        or d.VOTE_CARRIED_RE.search(text)
        or (("Carried" in text or "carried" in text) and d.CARRIED_RE.search(text))
        or d.PASSED_RE.search(text)
        or ("seconded" in text and d.SECONDED_AND_AGREED_RE.search(text))
        or d.MEETING_DECISION_RE.search(text)
        or (("declared" in text or "unopposed" in text) and d.DECLARED_ELECTED_RE.search(text))
        or ("elected" in text and d.ELECTED_OFFICER_RE.match(text))
        or ("Every" in text and d.EVERYONE_AGREED_RE.search(text))
        or ("We " in text and d.WE_DECISION_RE.search(text))
        or d.BARE_BODY_DECISION_AFTER_RE.search(text)
        or d.PROPOSAL_AGREED_RE.search(text)
        or (
            ("agreed" in text[-30:].lower() or "carried" in text[-30:].lower())
            and d.DASH_AGREED_RE.match(text)
        )
        or d.REVIEWED_AND_DECIDED_RE.match(text)
        or _decided_on_advice_unguarded(text)
    )


def _decided_on_advice_unguarded(text: str) -> bool:
    match = decisions.ON_ADVICE_RE.search(text)
    if match is None:
        return False
    rest = text[match.end() :]
    rest = rest[:1].upper() + rest[1:]
    return bool(decisions.BODY_DECISION_RE.match(rest)) and not decisions.AT_ITS_MEETING_RE.search(
        rest
    )


# Words lead-ins are made of, and others, for long paragraphs ending in one (or not).
LEAD_IN_PIECES = (
    "The following points were made in discussion Members raised questions asked comments "
    "from governors key issues what people said the committee discussed budget road school "
    "report officer sought assurance on views of residents. and, Board questions Partners "
    "commented Trustees' challenges"
).split()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(LEAD_IN_PIECES), min_size=1, max_size=90),
    st.sampled_from([":", ":-"]),
)
def test_a_lead_in_looked_for_near_the_end_first_is_found_as_by_reading_from_its_reach(
    words, ending
):
    text = " ".join(words) + ending
    final = len(text) - len(ending)
    start = max(text.rfind(":", 0, final) + 1, final - LEAD_IN_REACH)
    forget_all()
    found = DISCUSSION_LEAD_IN_RE.search(text, start) is not None
    assert ends_in_discussion_lead_in(text) == found, text


def _item_chain_by_copying(text: str) -> list[int]:
    """The run of item numbers found as it was before, each chain a list copied on."""
    best_ending: dict[tuple, list[int]] = {}
    longest: list[int] = []
    for match in ITEM_START_RE.finditer(text):
        start = min(
            match.start(g) for g in ("label", "num", "clabel", "compound") if match.group(g)
        )
        for series, number in _counts_of(match):
            chain = [*best_ending.get((series, number - 1), []), start]
            if len(chain) > len(best_ending.get((series, number), [])):
                best_ending[(series, number)] = chain
            if len(chain) > len(longest):
                longest = chain
    return longest


NUMBERS = st.sampled_from(
    ["1.", "2.", "3.", "4.", "5)", "6.", "Item 2", "Minute 3:", "77/21", "78/21", "25/101"]
    + ["25/102", "PC/41", "PC/42", "Min. 7/26", "8/26"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(NUMBERS, st.sampled_from(["Apologies", "minutes", "Finance"]))))
def test_the_run_of_item_numbers_is_the_one_copying_each_run_found(parts):
    text = " ".join(f"{number} {word} were noted." for number, word in parts)
    assert _item_chain(text) == _item_chain_by_copying(text)


def test_what_a_reading_remembered_is_forgotten_as_the_next_begins():
    parse_meeting("1. Budget\n\nRESOLVED that the budget be approved.\n\n2. Close\n\nNone.")
    assert decisions.is_decision.cache_info().currsize > 0
    forget_all()
    assert decisions.is_decision.cache_info().currsize == 0
    again = parse_meeting("1. Budget\n\nRESOLVED that the budget be approved.\n\n2. Close\n")
    assert again.items[0].decisions == ["RESOLVED that the budget be approved."]


def test_a_long_run_of_items_pasted_with_no_line_breaks_is_read_whole():
    text = " ".join(f"{n}. Item {n} Members noted the report." for n in range(1, 400))
    assert len(_item_chain(text)) == 399
