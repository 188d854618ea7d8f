"""Reading a whole meeting's minutes: its items, its register and what could not be placed.

`parse_meeting` is a pure function from text to a small tree: the meeting's items (each a
`ParsedMinute`), its register and declarations, the people it names, and warnings for
each guess the clerk should check. A paste with no numbered items is one item, read
exactly as `parse_minute` reads it. Lines before the first item that are not the
register (the meeting's heading, its date and place) cannot be placed: they are kept at
the start of the first item, and the warnings say so. An action log's row that names an
item ("Actions arising" at the end, with an Item column) is moved under that item. `as_json` is the shape the
`import_minute` command prints and the clerk's preview shows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from minutes.importing.body import FURNITURE, ParsedMinute, parse_body
from minutes.importing.cleaning import Line, is_chrome
from minutes.importing.doubts import doubts_of
from minutes.importing.item import parse_minute, read_minute
from minutes.importing.marked_actions import marks_actions
from minutes.importing.memo import forget_all
from minutes.importing.others import others_decisions
from minutes.importing.paragraphs import paragraphs
from minutes.importing.register import (
    Register,
    is_register_title,
    listed_people,
    movers,
    read_register,
)
from minutes.importing.roles import BODY_LETTERS
from minutes.importing.speakers import HONORIFICS
from minutes.importing.structure import find_headings
from minutes.importing.tables import join_grid_rows, unfold_minute_tables
from minutes.text import Block, Section

TOO_MANY_CHARACTERS = 5_000_000


@dataclass
class ParsedMeeting:
    items: list[ParsedMinute] = field(default_factory=list)
    register: Register = field(default_factory=Register)
    unplaced: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # items given another number than the one typed: their number, and the one typed
    renumbered: dict[str, str] = field(default_factory=dict)

    @property
    def people(self) -> list[str]:
        names = self.register.names()
        for item in self.items:
            if item.introduced_by:
                names.append(item.introduced_by)
            for point in item.points:
                names += point.speakers
            names += item.people
        return list(dict.fromkeys(names))

    def all_text(self) -> str:
        """Everything the record will hold, the register's lines included."""
        return "\n".join([*self.register.source, *(item.all_text() for item in self.items)])

    def as_json(self) -> dict:
        register = self.register
        return {
            "items": [_item_json(item) for item in self.items],
            "attendance": {
                "present": register.present,
                "apologies": register.apologies,
                "absent": register.absent,
                "in_attendance": register.in_attendance,
                "substitutes": register.substitutes,
                "declarations": register.declarations,
            },
            "people": self.people,
            "warnings": self.warnings,
        }


def _item_json(item: ParsedMinute) -> dict:
    return {
        "number": item.number,
        "title": item.title,
        "sections": [
            {"heading": s.heading, "text": "\n\n".join(_block_text(b) for b in s.blocks)}
            for s in item.sections
        ],
        "discussion_points": [
            {"topic": p.topic, "text": p.text, "speakers": p.speakers} for p in item.points
        ],
        "decisions": [{"text": d} for d in item.decisions],
        "actions": [
            {
                "description": a.description,
                "owner": a.owner_label,
                "due_date": a.due_date.isoformat() if a.due_date else None,
            }
            for a in item.actions
        ],
    }


def _block_text(block: Block) -> str:
    return "\n".join(f"- {b}" for b in block.bullets) if block.is_list else block.text


def parse_meeting(text: str) -> ParsedMeeting:
    """Read pasted minutes, one item or a whole meeting, into items and a register."""
    forget_all()  # the last paste's paragraphs: none will be asked of again
    if len(text) > TOO_MANY_CHARACTERS:
        return ParsedMeeting(warnings=["The text is too long to read: import a meeting at a time."])
    text = unfold_minute_tables(join_grid_rows(text))
    lines = [line for line in paragraphs(text) if not is_chrome(line.text)]
    page = _agenda_item_page(lines)
    if page is not None:
        return page
    headings = find_headings(lines)
    meeting = ParsedMeeting()
    if not headings:
        item = parse_minute(text)
        if item.all_text().strip():
            meeting.items.append(item)
        _warn_about(meeting)
        return meeting

    preamble = lines[: headings[0].index]
    left = read_register(preamble, meeting.register)
    meeting.unplaced = [line.text for line in left if line.text.lower() not in FURNITURE]
    # the register's people, and those who moved or seconded a motion ("Mr Hardisty")
    # (and those listed with their initials in lines the register does not read)
    # The items that carry the register ("1. Present and apologies") are read first, so that
    # the people they list are the meeting's people in every item ("Imogen will book …").
    bodies = []
    for place, heading in enumerate(headings):
        start = heading.index + (2 if heading.uses_next_line else 1)
        end = headings[place + 1].index if place + 1 < len(headings) else len(lines)
        body = heading.extra + lines[start:end]
        if is_register_title(heading.title):
            body = read_register(body, meeting.register, in_item=True)
        bodies.append((start, body))
    names = _names_of(meeting.register.names() + listed_people(meeting.unplaced)) | movers(lines)
    names |= _initials_given(meeting.register)
    marked = marks_actions(lines)  # an offer no "ACTION:" took up is then no task
    for heading, (start, body) in zip(headings, bodies, strict=True):
        item = parse_body(body, meeting.register.roles, heading.title, names, marked)
        item.number, item.title = heading.number, heading.title
        if heading.typed_as:
            meeting.renumbered[heading.number] = heading.typed_as
        item.heading = " ".join(line.text for line in lines[heading.index : start])
        meeting.items.append(item)
    _move_to_named_items(meeting.items)
    others_decisions(meeting.items, [line.text for line in preamble])
    _fold_into_log(meeting.items)
    _fold_rows_naming_items(meeting.items)
    _fold_summary(meeting.items)
    _speakers_as_registered(meeting)
    _keep_unplaced(meeting)
    _warn_about(meeting)
    return meeting


# "Councillor Bellamy" and "Cllr Bellamy": one title, written out or shortened.
COUNCILLOR_TITLE_RE = re.compile(r"^(?:Councillor|Cllr\.?)\s+")


def _speakers_as_registered(meeting: ParsedMeeting) -> None:
    """A speaker the register names is called as the register calls them: "Councillor
    Bellamy replied …" under "Councillors: Abbot, Bellamy" is "Cllr Bellamy", one person in
    the record, not a second spelling of her. A speaker not on the register is as written."""
    registered = {
        COUNCILLOR_TITLE_RE.sub("Cllr ", name): name
        for name in meeting.register.names()
        if COUNCILLOR_TITLE_RE.match(name)
    }
    if not registered:
        return
    for item in meeting.items:
        for point in item.points:
            point.speakers = [
                registered.get(COUNCILLOR_TITLE_RE.sub("Cllr ", speaker), speaker)
                for speaker in point.speakers
            ]


def _keep_unplaced(meeting: ParsedMeeting) -> None:
    """Kept, not dropped: what could not be placed, at the start of the first item, for the
    clerk to move."""
    if not meeting.unplaced:
        return
    first = meeting.items[0]
    lead = Section(heading="", blocks=[Block(text=t) for t in meeting.unplaced])
    if first.sections and not first.sections[0].heading:
        first.sections[0].blocks[:0] = lead.blocks
    else:
        first.sections.insert(0, lead)


# A council's "Agenda item" page saved whole: "Agenda item - Taxi Licensing Policy" as its
# heading, then "Meeting: 03/03/2026 - Licensing Committee (Item 42)" and "Contact: …".
AGENDA_ITEM_PAGE_RE = re.compile(r"^Agenda item\s*[-–—:]\s*(?P<title>\S.*)$", re.IGNORECASE)
ITEM_OF_MEETING_RE = re.compile(r"^Meeting:\s.*\((?:Item|Minute)\s+(?P<num>[\w/.]{1,20})\)\.?$")
# "Decision maker: Cabinet", "Is key decision?: Yes": the facts a decision's page lists
PAGE_DETAIL_RE = re.compile(
    r"^(?:Contact|Lead officers?|(?:Wards?|Divisions?) affected|Decision maker|Decision status|"
    r"Is key decision\??|Is subject to call[- ]in\??|Date of decision|Date comes into force|"
    r"Call[- ]in deadline|Reference)\s*:\s"
)


def _agenda_item_page(lines: list[Line]) -> ParsedMeeting | None:
    """One item's page, read as one item: its title and number from the page's heading and
    its meeting line, and the sections under them as the minute's. A "Decision details" page
    (an executive decision's) is one item too, titled by the heading under it."""
    # (the page's own heading, told by the facts under it: "Agenda item - a resident spoke"
    # in a meeting's minutes is no page)
    titled = [
        i
        for i, line in enumerate(lines)
        if AGENDA_ITEM_PAGE_RE.match(line.text)
        and any(ITEM_OF_MEETING_RE.match(below.text) for below in lines[i + 1 : i + 4])
    ]
    decided = [
        i + 1
        for i, line in enumerate(lines[:-1])
        if line.text.lower() == "decision details"
        and lines[i + 1].level
        and any(PAGE_DETAIL_RE.match(below.text) for below in lines[i + 2 : i + 6])
    ]
    if len(titled) + len(decided) != 1:
        return None
    at = (titled or decided)[0]
    meeting = ParsedMeeting()
    before = lines[: at - 1] if decided else lines[:at]
    meeting.unplaced = [line.text for line in before if line.text.lower() not in FURNITURE]
    heading, body, number = [lines[at].text], lines[at + 1 :], ""
    while body and (ITEM_OF_MEETING_RE.match(body[0].text) or PAGE_DETAIL_RE.match(body[0].text)):
        found = ITEM_OF_MEETING_RE.match(body[0].text)
        if found:
            number = found.group("num")
            heading.append(body[0].text)
        meeting.unplaced.append(body[0].text)
        body = body[1:]
    page_title = AGENDA_ITEM_PAGE_RE.match(lines[at].text)
    item = read_minute(body, title=page_title.group("title") if page_title else lines[at].text)
    item.number, item.heading = number, " ".join(heading)
    meeting.items.append(item)
    _keep_unplaced(meeting)
    _warn_about(meeting)
    return meeting


def _item_key(number: str) -> str:
    """'Item 2.' → '2', 'Minute 25/64' → '25/64': an item's number as a log's column names it."""
    number = re.sub(
        r"^(?:item|minute|min\.?|agenda item)\s+(?:no\.?\s*)?", "", number.strip(), flags=re.I
    )
    return number.rstrip(".:").strip().lower()


def _move_to_named_items(items: list[ParsedMinute]) -> None:
    """An "Actions arising" log (or a table of decisions) whose Item column names an item:
    each action (or decision) goes under it."""
    by_number = {_item_key(item.number): item for item in items if item.number}
    for item in items:
        for action in list(item.actions):
            target = by_number.get(_item_key(action.item)) if action.item else None
            if target is not None and target is not item:
                item.actions.remove(action)
                target.actions.append(action)
            elif target is None and action.item:
                # "Nov 5.2", "QSE(25)71": a minute of an earlier meeting, kept with the
                # action's reference
                action.reference = (
                    f"{action.reference} ({action.item})" if action.reference else action.item
                )
        for decision, number in list(item.decision_items.items()):
            target = by_number.get(_item_key(number))
            if target is not None and target is not item and decision in item.decisions:
                item.decisions.remove(decision)
                target.decisions.append(decision)
                target.decision_items[decision] = item.decision_items.pop(decision)


# "Mr Hale agreed to raise the start time (AP2).": a task marked with its row in the log.
LOG_TAG_RE = re.compile(
    # "(AP2)", "(action A26/05)", "(Job 4)", "(QS/26/07)"
    r"\((?:(?:[Aa]ction|[Tt]ask|[Rr]ef\.?|[Ll]og)\s+)?(?P<ref>[A-Z]{1,4}[\s/-]?\d{1,4}(?:/\d{1,3})?)\)"
    r"|\((?:Job|Action|Task) (?P<row>\d{1,3})\)"
)


def _fold_into_log(items: list[ParsedMinute]) -> None:
    """A task in an item's minute that names its row of the meeting's action log ("… (AP2)")
    is that row's action, counted once: the sentence stays in the item as its text."""
    logged = {a.reference for item in items for a in item.actions if a.reference}
    if not logged:
        return
    for item in items:
        for action in list(item.actions):
            # ("… the summer (CRP-53)" may have been read as its owner in brackets)
            tags = {
                m.group("ref") or m.group("row")
                for m in LOG_TAG_RE.finditer(f"{action.description} ({action.owner_label})")
            }
            # (a paragraph's typed number, "5.4", may stand as its reference; a row of the log
            # that names another row, "A2 Chase the county again (A1)", stays a row)
            if not action.row and (tags & logged) - {action.reference}:
                item.actions.remove(action)
                section = item.sections[-1] if item.sections else None
                if section is None:
                    section = Section(heading="")
                    item.sections.append(section)
                text = action.description
                if action.reference and action.reference not in text:
                    text = f"{action.reference} {text}"  # the paragraph's number, as typed
                # its owner, status or due date as another line gave it ("ACTION: MP" under
                # it, "Action: Complete"; a log tag read as its owner), where it says none
                given = [action.owner_label, action.status, action.due_text]
                given = [g for g in given if g and g not in text]
                if given:
                    text = f"{text} ({'; '.join(given)})"
                section.blocks.append(Block(text=text))


# "… and recovery plan (BM26/27)": a log's row naming the item its task arose in (by a
# number with a "/" or letters in it: "(2)" in "Order 2 new benches (2)" is a count).
ITEM_TAG_RE = re.compile(r"\((?P<number>[A-Z]{0,4}\s?\d{1,4}[/.]\d{1,4}|[A-Z]{1,4}\s?\d{1,4})\)")


def _fold_rows_naming_items(items: list[ParsedMinute]) -> None:
    """A log's row that names the item its task arose in ("… recovery plan (BM26/27)", owner
    CDO) and the task written in that item ("ACTION: Chief Delivery Officer to bring …") are
    one action, counted once through the row; the item keeps its sentence as its text."""
    by_number = {_item_key(item.number): item for item in items if item.number}
    for item in items:
        for row in list(item.actions):
            tags = ITEM_TAG_RE.finditer(row.description) if row.row else ()
            named = [by_number.get(_item_key(tag.group("number"))) for tag in tags]
            target = next((found for found in named if found is not None), None)
            if target is None:
                continue
            words = _content_words(row.description)
            twins = [
                a
                for a in target.actions
                if not a.row
                and _same_owner(a.owner_label, row.owner_label)
                and words & _content_words(a.description)
            ]
            if len(twins) != 1:
                continue
            target.actions.remove(twins[0])
            if not target.sections:
                target.sections.append(Section(heading=""))
            target.sections[-1].blocks.append(Block(text=twins[0].held_text().strip()))


def _same_owner(one: str, other: str) -> bool:
    """'Chief Delivery Officer' and 'CDO', 'Director of Corporate Affairs' and 'DCA'."""
    one, other = one.strip(), other.strip()
    if not one or not other:
        return False
    if one.lower() == other.lower():
        return True
    return _initials(one) == other.upper() or _initials(other) == one.upper()


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper()).upper()


CONTENT_WORD_RE = re.compile(r"[a-z][a-z'’-]{2,}")
LITTLE_WORDS = {"the", "and", "for", "with", "from", "into", "our", "all", "new", "before"}


def _content_words(text: str) -> set[str]:
    return set(CONTENT_WORD_RE.findall(text.lower())) - LITTLE_WORDS


def _fold_summary(items: list[ParsedMinute]) -> None:
    """A table of actions at the end that repeats the tasks written in the items ("Set up
    SumUp card reader | LK" after "Lisa to set up the new SumUp card reader … Action – LK"):
    each repeated row is that task, counted once. The row stays in the last item as text.

    A row repeats a task when its owner is the task's (or the task has none) and nearly all
    its words are the task's; a row that only resembles one, or names someone else, stays
    an action of its own.
    """
    if len(items) < 2 or not items[-1].actions:
        return
    last = items[-1]
    earlier = [a for item in items[:-1] for a in item.actions]
    rows = [a for a in last.actions if a.row and not a.reference]
    if not earlier or not rows or len(rows) != len(last.actions):
        return
    matched = []
    for row in rows:
        words = _content_words(row.description)
        twin = next(
            (
                task
                for task in earlier
                if words
                and len(words & _content_words(task.description)) >= 0.75 * len(words)
                and (not task.owner_label or task.owner_label == row.owner_label)
            ),
            None,
        )
        if twin is None:
            return  # a summary repeats every task, or it is a log of its own
        matched.append(row)
    for row in matched:
        last.actions.remove(row)
    section = last.sections[-1] if last.sections else None
    if section is None:
        section = Section(heading="")
        last.sections.append(section)
    section.blocks.extend(Block(text=row.row) for row in matched)


def _names_of(people: list[str]) -> frozenset[str]:
    """Each person, by full name and by each word of it: "Sam Ferris", "Sam", "Ferris"."""
    names: set[str] = set()
    for person in people:
        words = [w for w in person.split() if not re.match(HONORIFICS + "$", w) and len(w) > 1]
        names.add(" ".join(words))
        names.update(words)
        names.add(person)
    return frozenset(names)


# A body known by its letters ("NHS", "LGA"), a whole word
BODY_LETTERS_RE = re.compile(BODY_LETTERS)


def _initials_given(register: Register) -> frozenset[str]:
    """The initials the register gives its people after their names, each the initials of the
    name itself ("Nora Hale-Smith (NHS)" → "NHS"): tasks name them so even where the letters
    are a body's ("NHS will circulate the plan."). Letters that are not the person's own ("Dr
    Ann Bell (NHS)") name the body she comes from. A name whose own initials spell a body's
    letters is that person's too, written out or not ("Helen Sarah Evans": "HSE to update …")."""
    found = set()
    for role, person in register.roles.items():
        own = _own_initials(person)
        if len(own) > 1:
            found.update(own for part in role.split(",") if part.strip().upper() == own)
    found.update(
        own for own in map(_own_initials, register.names()) if BODY_LETTERS_RE.fullmatch(own)
    )
    return frozenset(found)


def _own_initials(person: str) -> str:
    """'Mrs Nora Hale-Smith' → 'NHS'."""
    words = [w for w in re.split(r"[\s-]+", person) if not re.match(HONORIFICS + "$", w)]
    return "".join(word[0] for word in words if word[:1].isupper())


def _warn_about(meeting: ParsedMeeting) -> None:
    """Say plainly what the reading guessed, and what it could not place."""
    warnings = meeting.warnings
    names = _names_of(meeting.people)
    if not meeting.items:
        warnings.append("No minute was found in the text: paste the minutes and preview again.")
    for text in meeting.unplaced:
        warnings.append(
            f"Could not place “{_short(text)}”: it is kept at the start of the first item."
        )
    for number, typed in meeting.renumbered.items():
        # "5. Share offer", "5. Membership and finance", then "7.": the repeat is item 6
        warnings.append(
            f"Item {number} is numbered {typed} in the minutes, as the item before it is: "
            f"it is given {number}, the number missing before the next item. Check it."
        )
    unnumbered = [
        i
        for i in meeting.items
        if i.number
        and i.heading
        and i.number not in i.heading
        and i.number not in meeting.renumbered
    ]
    if unnumbered:
        warnings.append(
            f"{len(unnumbered)} items were not numbered in the minutes: "
            "they are numbered in turn, for you to check."
        )
    typed = Counter(item.number for item in meeting.items if item.number)
    for number in (n for n, times in typed.items() if times > 1):
        # two items left with one number (a repeat no missing number could be given to): both
        # are read, for the clerk to renumber one
        warnings.append(
            f"Item {number} is numbered twice in the minutes: give one of them its own number."
        )
    for item in meeting.items:
        label = f"Item {item.number}" if item.number else "The item"
        if not item.title:
            warnings.append(f"{label} has no title: type one.")
        for action in item.actions:
            if not action.owner_label:
                warnings.append(
                    f"{label}: no owner found for the action “{_short(action.description)}”."
                )
        for document in item.supporting_documents:
            warnings.append(
                f"{label}: “{_short(document)}” is listed in its minute; add the file as a report."
            )
        warnings += [doubt.message(_short) for doubt in doubts_of(item, label, names)]
    for declaration in meeting.register.declarations:
        if not declaration["item"]:
            warnings.append(
                f"The declaration by {declaration['person']} names no item: "
                "it is recorded under the first item."
            )


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
