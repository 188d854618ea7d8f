"""Reading minutes pasted or uploaded from a council's website or a Word document.

The reading is a pure function from text to a small tree: `parse_meeting` gives the
meeting's items (each a `ParsedMinute`: sections, discussion points, decisions, actions),
its register and declarations, and warnings for what it guessed or could not place.
`parse_minute` reads one item. The modules hold one concern each: `cleaning` (breaks,
padding, bullets, chrome), `paragraphs` (lines joined into paragraphs; `columns` puts a
table's wrapped cells back; `pages` a PDF's page breaks), `structure` (numbered items;
`numbering_styles` the styles they are numbered in; `numbered_headings` the headings of one
style; `numbering` the order of their numbers; `titles` how a numbered line's title is read;
`unnumbered` items that are not numbered),
`register` (who attended, apologies, declarations), `item` (one item's title), `body` (its parts, paragraph by paragraph; `action_reading` places its actions and
`decision_reading` its decisions; `lead_ins` are the lines above its points), `decisions`
(`motions` a motion's resolutions, `others` other bodies' decisions), `actions`,
`action_logs`, `speakers`,
`readers` (HTML files; `word` reads Word's), `runon` (a paste with no line breaks),
`tables` (minutes written as a table), `undertakings` ("The Clerk will …"), `loss`
(checking that no sentence was lost) and `memo` (what a test of a paragraph answered,
remembered for the rest of one reading).
"""

from minutes.importing.actions import ParsedAction, owner_label_of
from minutes.importing.body import ParsedMinute, ParsedPoint, split_topic
from minutes.importing.cleaning import clean_line
from minutes.importing.item import parse_minute
from minutes.importing.loss import missing_sentences, sentences
from minutes.importing.meeting import ParsedMeeting, parse_meeting
from minutes.importing.speakers import find_speakers

__all__ = [
    "ParsedAction",
    "ParsedMeeting",
    "ParsedMinute",
    "ParsedPoint",
    "clean_line",
    "find_speakers",
    "missing_sentences",
    "owner_label_of",
    "parse_meeting",
    "parse_minute",
    "sentences",
    "split_topic",
]
