"""Writes this round's three Word fixtures.

Run it again after changing any of them:
`.venv/bin/python tests/minutes_fixtures/held_out_13/make_docx.py`.

The output is byte-for-byte the same on every run: the document properties, the dates of the
comments and tracked changes, and the dates of the entries in the .docx (zip) file are all
fixed.

Each document is laid out the way a different kind of clerk types minutes in Word:

- h13-docx-grazings-committee-tracked-changes: a crofting township's common grazings
  committee whose items are "Heading 1" paragraphs numbered I., II., III. … by a Word list
  (upper-case roman numerals; the numbers are not in the text). The draft has been through
  the Chair's review with Track Changes on: a figure in a decision is deleted and replaced, a
  whole decision paragraph and a whole action paragraph are inserted, an action paragraph is
  deleted, and of the four "List Bullet" discussion points one is deleted and one inserted.
  The stock club accounts are a Word table.
- h13-docx-scout-district-comments-parts: a Scout district's executive committee whose
  minutes are in two parts ("Heading 1": Part A – Executive Committee business, Part B –
  Reports from sub-committees) with the items as "Heading 2" paragraphs typed A1–A6 and
  B1–B3; the group reports are a table whose cells hold "List Bullet" lists; there are three
  real Word comments (one asking a member to check something); every task is in a closing
  "Who's doing it / What needs doing / Check back" table.
- h13-docx-credit-union-footnotes-multilevel: a credit union's board of directors whose
  items are "Heading 1" paragraphs numbered 1, 2, 3 … by a Word multilevel list and whose
  minute paragraphs are Normal paragraphs numbered 1.1, 1.2 … by the same list; item 5 has
  "Heading 2" sub-headings for the Credit Committee and the Supervisory Committee; five real
  footnotes (a footnotes part with separator footnotes and footnote references in the text),
  one of which holds a task; a table of key figures.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from word_parts import (  # noqa: E402
    add_field,
    add_list,
    add_table,
    fix_properties,
    labelled,
    list_level,
    new_document,
    page_footer,
    save_deterministic,
    set_numbering,
    set_widths,
    shade,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_TIME = dt.datetime(2026, 3, 20, 10, 15, 0, tzinfo=dt.UTC)
REVISION_DATE = "2026-03-04T18:20:00Z"


# --- shared helpers --------------------------------------------------------------------------


def add_numbering(document, levels: list[tuple[str, str, str]]) -> int:
    """Adds a list definition; `levels` are (lvlText, numFmt, pStyle or ""); returns numId.
    The first level hangs 567 twips, the others 709 from 567 in."""
    return add_list(
        document,
        "".join(
            list_level(
                index,
                text,
                fmt,
                indent=567 + 709 if index else 567,
                hanging=709 if index else 567,
                style_id=style,
            )
            for index, (text, fmt, style) in enumerate(levels)
        ),
        multilevel=True,
    )


def settings_child_before(document, element, before: str) -> None:
    """Puts `element` into settings.xml just before the first `before` child."""
    settings = document.settings.element
    anchor = settings.find(qn(before))
    if anchor is not None:
        anchor.addprevious(element)
    else:
        settings.append(element)


# --- tracked changes -------------------------------------------------------------------------

REVIEWER = "Catriona MacLeod"


class Revisions:
    """Hands out revision ids and writes w:ins / w:del marks."""

    def __init__(self, start: int) -> None:
        self.next_id = start

    def _mark(self, tag: str):
        element = OxmlElement(f"w:{tag}")
        element.set(qn("w:id"), str(self.next_id))
        element.set(qn("w:author"), REVIEWER)
        element.set(qn("w:date"), REVISION_DATE)
        self.next_id += 1
        return element

    def inserted_text(self, paragraph, text: str) -> None:
        ins = self._mark("ins")
        run = OxmlElement("w:r")
        text_element = OxmlElement("w:t")
        text_element.set(qn("xml:space"), "preserve")
        text_element.text = text
        run.append(text_element)
        ins.append(run)
        paragraph._p.append(ins)

    def deleted_text(self, paragraph, text: str) -> None:
        deletion = self._mark("del")
        run = OxmlElement("w:r")
        text_element = OxmlElement("w:delText")
        text_element.set(qn("xml:space"), "preserve")
        text_element.text = text
        run.append(text_element)
        deletion.append(run)
        paragraph._p.append(deletion)

    def _mark_paragraph(self, paragraph, tag: str) -> None:
        properties = paragraph._p.get_or_add_pPr()
        run_properties = OxmlElement("w:rPr")
        run_properties.append(self._mark(tag))
        properties.append(run_properties)

    def inserted_paragraph(self, document, text: str, style: str | None = None):
        paragraph = document.add_paragraph(style=style)
        self._mark_paragraph(paragraph, "ins")
        self.inserted_text(paragraph, text)
        return paragraph

    def deleted_paragraph(self, document, text: str, style: str | None = None):
        paragraph = document.add_paragraph(style=style)
        self._mark_paragraph(paragraph, "del")
        self.deleted_text(paragraph, text)
        return paragraph


# ---------------------------------------------------------------------------------------------
# 1. Common grazings committee: roman list-numbered headings, tracked changes.
# ---------------------------------------------------------------------------------------------

GRAZINGS_NAME = "h13-docx-grazings-committee-tracked-changes"


def grazings() -> None:
    document = new_document("Calibri", 11)
    fix_properties(document, "Druimbeag Common Grazings Committee – 2 March 2026", FIXED_TIME)
    item_numbers = add_numbering(document, [("%1.", "upperRoman", "Heading1")])
    track = OxmlElement("w:trackRevisions")
    settings_child_before(document, track, "w:defaultTabStop")
    revisions = Revisions(101)

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Druimbeag Common Grazings Committee – DRAFT minutes for approval"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_footer(section)

    title = document.add_paragraph("DRUIMBEAG COMMON GRAZINGS COMMITTEE", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = document.add_paragraph(
        "Minutes of the meeting held in Druimbeag Village Hall on Monday 2 March 2026 at 7.30pm"
    )
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Catriona MacLeod (Chair), Alasdair Gillies, Morag Beaton, Ruairidh Nicolson, Donald "
        "John MacKinnon",
    )
    labelled(
        document,
        "In attendance: ",
        "Kirsty Matheson (Grazings Clerk); four shareholders",
    )
    labelled(document, "Apologies: ", "Iain Stewart")

    def item(text: str):
        paragraph = document.add_paragraph(text, style="Heading 1")
        set_numbering(paragraph, item_numbers)
        return paragraph

    def para(text: str):
        return document.add_paragraph(text)

    def bullet(text: str) -> None:
        document.add_paragraph(text, style="List Bullet")

    item("Apologies")
    para("Apologies were received from Iain Stewart.")

    item("Minutes of the meeting of 24 November 2025")
    para("The committee approved the minutes of the meeting of 24 November 2025.")

    item("Matters arising")
    para(
        "Cattle grid at Allt Beag: the contractor has replaced the two broken rails. The "
        "Highland Council roads department has agreed to take over the maintenance of the "
        "grid from April."
    )

    item("Fank repairs")
    para(
        "Two quotes had been received for repairing the walls and gates of the main fank: D. "
        "MacInnes & Son, £1,450, revised to include a new shedding gate; and Skye Fencing "
        "Ltd, £1,980."
    )
    decision = para("The committee agreed to accept the quote from D. MacInnes & Son for ")
    revisions.deleted_text(decision, "£1,200")
    revisions.inserted_text(decision, "£1,450")
    decision.add_run(", to be paid from the fank fund.")
    para("Clerk to confirm the order with D. MacInnes & Son in writing.")
    revisions.deleted_paragraph(
        document, "Clerk to order 40 new hurdles from the agricultural merchant in Portree."
    )

    item("Sheep stock club – accounts and the 2025 clip")
    para("Donald John MacKinnon presented the stock club accounts for 2025:")
    accounts = add_table(
        document,
        [
            ("", "2025", "2024"),
            ("Wool cheque", "£412", "£388"),
            ("Lamb sales (Dingwall, September)", "£9,860", "£8,940"),
            ("Ewe hoggs sold", "£2,150", "£1,720"),
            ("Feed, vet and dipping", "£7,930", "£7,410"),
            ("Clipping and gathering", "£1,640", "£1,560"),
            ("Balance for the year", "£2,852", "£2,078"),
        ],
    )
    set_widths(accounts, (8.5, 3.0, 3.0))
    para("Views expressed:").paragraph_format.space_before = Pt(6)
    bullet(
        "the wool cheque hardly covers the cost of the clipping, and the club should look "
        "at selling direct to a mill;"
    )
    revisions.deleted_paragraph(
        document,
        "the tups bought in 2023 have been poor and should be replaced this autumn;",
        style="List Bullet",
    )
    bullet(
        "more shareholders need to come to the gatherings, as the same six people do all the work;"
    )
    revisions.inserted_paragraph(
        document,
        "the club should ask the Crofting Commission whether the new ewe hogg support can be "
        "claimed by a stock club.",
        style="List Bullet",
    )
    para("The committee noted the stock club accounts for 2025.")

    item("Apportionment application – Cnoc Dubh")
    para(
        "Alasdair Gillies declared an interest and left the room. The committee considered "
        "his application to the Crofting Commission to apportion 2.5 hectares of the common "
        "grazing at Cnoc Dubh for native woodland."
    )
    para("The committee agreed not to object to the application.")
    revisions.inserted_paragraph(
        document,
        "The committee agreed to ask the Crofting Commission to attach a condition that the "
        "apportionment is fenced before any planting starts.",
    )
    para(
        "The Crofting Commission will decide the application. Alasdair Gillies returned to "
        "the meeting."
    )

    item("Grazings regulations")
    para(
        "The Clerk reported that the township's grazings regulations date from 1994 and say "
        "nothing about woodland, peatland restoration or the keeping of cattle on the hill."
    )
    para(
        "The committee agreed to circulate draft revised regulations to all shareholders for "
        "comment by 30 April."
    )
    revisions.inserted_paragraph(
        document,
        "Clerk to post paper copies of the draft to the shareholders who do not use email.",
    )

    item("Woodland creation scheme")
    para(
        "Scottish Forestry has approved the second claim for the Druimbeag woodland, and the "
        "grant has been paid into the township account. Ruairidh Nicolson proposed that the "
        "township withdraw from the scheme before the third phase. There was no seconder."
    )
    para(
        "Morag Beaton will ask Scottish Forestry for an extension to the deadline for the "
        "third claim, as the deer fence is not yet finished."
    )

    item("Any other business")
    para(
        "The Chair reminded shareholders that the spring gathering will be on Saturday 11 "
        "April, weather permitting."
    )

    item("Date of next meeting")
    para("Monday 1 June 2026 at 7.30pm, Druimbeag Village Hall.")

    save_deterministic(document, HERE / f"{GRAZINGS_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 2. Scout district executive: Part headings, typed A1/B1 items, lists in table cells,
#    comments, closing "Who's doing it" table.
# ---------------------------------------------------------------------------------------------

SCOUTS_NAME = "h13-docx-scout-district-comments-parts"

GROUPS = [
    (
        "1st Ferncliffe",
        "64",
        ["Beavers colony full for the first time since 2019", "New leader for Cubs"],
        ["A Scout leader from September", "Someone to run the website"],
    ),
    (
        "2nd Hartleigh",
        "88",
        ["Winter camp at Low Wood", "Eight Chief Scout's Gold Awards in progress"],
        ["Storage – the hut is full", "Drivers for the district camp"],
    ),
    (
        "3rd Hartleigh (Sea Scouts)",
        "41",
        ["Two new kayaks from the Rotary grant", "Boating permits for three leaders"],
        ["A second permit holder for open water", "Repairs to the slipway"],
    ),
    (
        "Hartleigh Explorers",
        "27",
        ["Expedition training for Duke of Edinburgh's Award", "Ellie Marsh's King's Scout Award"],
        ["Adult volunteers for the summer expedition"],
    ),
]


def scouts() -> None:
    document = new_document("Arial", 10)
    fix_properties(
        document, "Hartleigh District Executive Committee – 19 February 2026", FIXED_TIME
    )

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Hartleigh District Scouts\tDistrict Executive Committee"
    footer = section.footer.paragraphs[0]
    footer.add_run("Registered charity no. 1029183\tPage ")
    add_field(footer, "PAGE", "1")

    title = document.add_paragraph("HARTLEIGH DISTRICT SCOUTS", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = document.add_paragraph(
        "District Executive Committee – minutes of the meeting held at Hartleigh Scout "
        "Centre, Mill Lane, on Thursday 19 February 2026 at 7.30pm"
    )
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Present: ",
        "Nigel Ashdown (Chair), Sarah Quarrie (District Commissioner), Paul Whitcombe "
        "(Treasurer), Janice Ogunleye (Secretary), Ravi Chandra (District Youth "
        "Commissioner), Helen Barraclough, Marcus Lindley, Shona Petrie (Group Lead "
        "Volunteer, 1st Ferncliffe), Gary Hollins (Scout Centre Manager)",
    )
    labelled(document, "Apologies: ", "Claire Dunmore, Andrew Fitch")

    def part(text: str):
        return document.add_paragraph(text, style="Heading 1")

    def item(text: str):
        return document.add_paragraph(text, style="Heading 2")

    def para(text: str):
        return document.add_paragraph(text)

    def bullet(text: str):
        return document.add_paragraph(text, style="List Bullet")

    def comment(runs, text: str, author: str, initials: str) -> None:
        note = document.add_comment(runs, text=text, author=author, initials=initials)
        note._comment_elm.date = FIXED_TIME

    part("Part A – Executive Committee business")

    item("A1\tApologies")
    para("Apologies were received from Claire Dunmore and Andrew Fitch.")

    item("A2\tMinutes of the meeting of 20 November 2025")
    para("The Executive approved the minutes of the meeting of 20 November 2025.")

    item("A3\tDistrict Commissioner's report")
    para(
        "Sarah Quarrie presented her report. Membership has risen to 412 young people and 96 "
        "adult volunteers. Awards presented since November:"
    )
    bullet("Chief Scout's Gold Award – four Scouts from 2nd Hartleigh")
    bullet("King's Scout Award – Ellie Marsh, Hartleigh Explorers")
    award = document.add_paragraph(style="List Bullet")
    award.add_run("Award for Merit – ")
    named = award.add_run("Brian Tully")
    award.add_run(", 25 years as Group Treasurer of 1st Ferncliffe")
    comment([named], "Check the spelling – is it Tulley?", "Janice Ogunleye", "JO")
    para("The Executive noted the report.")

    item("A4\tGroup reports")
    para("Each group sent a short written report. They are summarised below.")
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    headings = ("Group", "Young people", "What's gone well", "Where we need help")
    for cell, text in zip(table.rows[0].cells, headings, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "E6DDF2")
    for group, number, good, help_needed in GROUPS:
        cells = table.add_row().cells
        cells[0].text = group
        cells[1].text = number
        for cell, entries in ((cells[2], good), (cells[3], help_needed)):
            first = cell.paragraphs[0]
            first.style = document.styles["List Bullet"]
            first.add_run(entries[0])
            for entry in entries[1:]:
                cell.add_paragraph(entry, style="List Bullet")
    set_widths(table, (3.6, 2.2, 5.2, 5.2))

    item("A5\tDistrict camp 2026")
    para(
        "Ravi Chandra reported that the district camp will be at Low Wood from 29 to 31 May, "
        "with about 180 young people expected. The site fee has risen by 15%."
    ).paragraph_format.space_before = Pt(6)
    para("Executive members' comments:")
    bullet(
        "a fee much above £90 will put some families off, especially those with more than "
        "one child in Scouting;"
    )
    bullet("the bursary offer must be made quietly, through the group leaders, not on the form;")
    bullet(
        "the Explorers could run the evening campfire and the catering rota, which would "
        "help them with their own awards."
    )
    fee = para("")
    agreed = fee.add_run(
        "The Executive agreed to set the camp fee at £95 for each young person, with a "
        "bursary for any family that needs one."
    )
    comment([agreed], "Was this unanimous?", "Janice Ogunleye", "JO")
    comment(
        [agreed],
        "Paul – can you check the bursary budget line before we tell the groups?",
        "Nigel Ashdown",
        "NA",
    )

    item("A6\tTrustee learning")
    para(
        "It was agreed that every member of the Executive complete the trustee learning "
        "module by 30 June."
    )

    part("Part B – Reports from sub-committees")

    item("B1\tFinance Sub-Committee – 10 February 2026")
    para(
        "Paul Whitcombe presented the Sub-Committee's report. The Sub-Committee had agreed to "
        "move £30,000 of the District's reserves to a 95-day notice account, and had "
        "recommended the budget below."
    )
    budget = add_table(
        document,
        [
            ("Budget 2026/27", "Income", "Expenditure"),
            ("Membership fees (district share)", "£14,420", ""),
            ("Scout Centre lettings", "£21,300", ""),
            ("Scout Centre running costs", "", "£18,950"),
            ("Training and adult support", "", "£4,200"),
            ("District camp (net)", "", "£1,500"),
            ("Grants to groups", "", "£6,000"),
            ("Total", "£35,720", "£30,650"),
        ],
    )
    set_widths(budget, (8.5, 3.0, 3.0))
    para(
        "The Executive approved the District budget for 2026/27 as recommended by the "
        "Sub-Committee."
    ).paragraph_format.space_before = Pt(6)

    item("B2\tScout Centre Sub-Committee – 3 February 2026")
    para(
        "Gary Hollins reported that bookings were up 12% on last year and that the new shower "
        "block was in use. The Sub-Committee has decided to raise the camping fee for groups "
        "from outside the District to £9 a night from April."
    )
    para("The Executive noted the report.")

    item("B3\tAny other business")
    para(
        "The District Commissioner said she would ask Hartleigh Rotary whether the District "
        "could borrow their minibus for the camp. Marcus Lindley proposed that the District "
        "buy its own minibus; the proposal was not supported."
    )

    labelled(document, "Date of next meeting: ", "Thursday 21 May 2026, 7.30pm, Scout Centre.")

    heading = document.add_paragraph("Who's doing what")
    heading.runs[0].bold = True
    heading.paragraph_format.space_before = Pt(12)
    actions = add_table(
        document,
        [
            ("Who's doing it", "What needs doing", "Check back"),
            (
                "Janice Ogunleye",
                "Send the camp fee and the bursary arrangements to all group leads",
                "6 March",
            ),
            ("Ravi Chandra", "Book first-aid cover for the district camp", "31 March"),
            (
                "Paul Whitcombe",
                "Set up the 2026/27 budget lines and move £30,000 to the notice account",
                "31 March",
            ),
            (
                "All Executive members",
                "Complete the trustee learning module and send the certificate to Janice",
                "30 June",
            ),
            ("Gary Hollins", "Get three quotes for the shower block floor", "Next meeting"),
        ],
    )
    set_widths(actions, (4.0, 9.6, 2.6))

    save_deterministic(document, HERE / f"{SCOUTS_NAME}.docx", FIXED_TIME)


# ---------------------------------------------------------------------------------------------
# 3. Credit union board: multilevel numbering on headings and paragraphs, real footnotes.
# ---------------------------------------------------------------------------------------------

CREDIT_UNION_NAME = "h13-docx-credit-union-footnotes-multilevel"


class Footnotes:
    """Collects footnotes and writes a footnotes part with separator footnotes."""

    def __init__(self, document) -> None:
        self.document = document
        self.notes: list[tuple[int, str]] = []
        styles = document.styles
        reference = styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
        reference.font.superscript = True
        text_style = styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
        text_style.base_style = styles["Normal"]
        text_style.font.size = Pt(9)
        text_style.paragraph_format.space_after = Pt(0)

    def add(self, paragraph, text: str) -> None:
        number = len(self.notes) + 1
        self.notes.append((number, text))
        run = paragraph.add_run()
        run.style = self.document.styles["Footnote Reference"]
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), str(number))
        run._r.append(reference)

    def write_part(self) -> None:
        separators = (
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p>'
            "</w:footnote>"
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
            'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        )
        body = []
        for number, text in self.notes:
            escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            body.append(
                f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>'
                '</w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
                f"{escaped}</w:t></w:r></w:p></w:footnote>"
            )
        xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{W_NS}">' + separators + "".join(body) + "</w:footnotes>"
        )
        part = Part(
            PackURI("/word/footnotes.xml"),
            CT.WML_FOOTNOTES,
            xml.encode("utf-8"),
            self.document.part.package,
        )
        self.document.part.relate_to(part, RT.FOOTNOTES)
        properties = parse_xml(
            f'<w:footnotePr xmlns:w="{W_NS}"><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
            "</w:footnotePr>"
        )
        settings_child_before(self.document, properties, "w:compat")


def credit_union() -> None:
    document = new_document("Calibri", 11)
    fix_properties(
        document, "Tanfield Valley Credit Union – Board minutes – 17 March 2026", FIXED_TIME
    )
    numbers = add_numbering(document, [("%1", "decimal", "Heading1"), ("%1.%2", "decimal", "")])
    footnotes = Footnotes(document)

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Tanfield Valley Credit Union Limited – Board of Directors"
    footer = section.footer.paragraphs[0]
    footer.add_run(
        "Authorised by the Prudential Regulation Authority and regulated by the Financial "
        "Conduct Authority and the PRA. Firm reference number 213884.\tPage "
    )
    add_field(footer, "PAGE", "1")

    title = document.add_paragraph("TANFIELD VALLEY CREDIT UNION LIMITED", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = document.add_paragraph(
        "Minutes of the meeting of the Board of Directors held at the credit union office, "
        "14 Front Street, Tanfield, on Tuesday 17 March 2026 at 6.00pm"
    )
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    labelled(
        document,
        "Directors present: ",
        "Maureen Lowther (Chair), Kevin Rutherford (Vice-Chair), Asif Rahman (Treasurer), "
        "Lynne Charlton (Secretary), Derek Armstrong, Bethany Coulson, Gordon Peart",
    )
    labelled(
        document,
        "In attendance: ",
        "Julie Ferry (Manager), Adam Telfer (Credit Control Officer)",
    )
    labelled(document, "Apologies: ", "Sandra Nixon")

    def item(text: str):
        paragraph = document.add_paragraph(text, style="Heading 1")
        set_numbering(paragraph, numbers, 0)
        return paragraph

    def minute(text: str = ""):
        paragraph = document.add_paragraph(text)
        set_numbering(paragraph, numbers, 1)
        return paragraph

    def sub_heading(text: str):
        return document.add_paragraph(text, style="Heading 2")

    def bullet(text: str) -> None:
        paragraph = document.add_paragraph(text, style="List Bullet")
        paragraph.paragraph_format.left_indent = Pt(56)

    def action(text: str):
        paragraph = minute()
        paragraph.add_run("ACTION: ").bold = True
        paragraph.add_run(text)
        return paragraph

    item("Apologies and quorum")
    minute(
        "Apologies were received from Sandra Nixon. Seven of the eight directors were present "
        "and the meeting was quorate."
    )

    item("Declarations of interest")
    declaration = minute(
        "Bethany Coulson declared that her brother had applied for a loan that the Credit "
        "Committee considered in February."
    )
    footnotes.add(
        declaration, "Secretary to record the declaration in the Register of Directors' Interests."
    )
    minute(
        "Gordon Peart declared that he is employed by Tanfield Housing, a payroll deduction "
        "partner (item 9)."
    )

    item("Minutes of the meeting of 17 February 2026")
    minute("The Board approved the minutes of the meeting of 17 February 2026.")

    item("Management accounts – February 2026")
    minute("The Treasurer presented the management accounts to 28 February 2026.")
    figures = add_table(
        document,
        [
            ("Key figures", "28 Feb 2026", "28 Feb 2025"),
            ("Members", "3,412", "3,198"),
            ("Members' shares", "£2,184,600", "£2,031,900"),
            ("Loans outstanding", "£1,306,900", "£1,187,300"),
            ("Loans issued, year to date", "£612,300", "£548,800"),
            ("Bad debt provision", "£48,200", "£44,900"),
            ("Capital-to-assets ratio", "10.8%", "10.2%"),
        ],
    )
    set_widths(figures, (7.5, 3.5, 3.5))
    ratio = minute("The capital-to-assets ratio remains well above the regulatory minimum.")
    ratio.paragraph_format.space_before = Pt(6)
    footnotes.add(
        ratio,
        "The minimum for a credit union of this size is 5%. All figures are unaudited.",
    )
    minute("The Board noted the management accounts.")
    action("Treasurer to bring a three-year capital plan to the May meeting.")

    item("Committee reports")
    sub_heading("Credit Committee")
    minute(
        "The Credit Committee met four times in February and approved 38 loans totalling "
        "£61,420; it declined nine applications."
    )
    minute("The Board ratified the loans approved by the Credit Committee in February.")
    minute("Directors' questions:")
    bullet(
        "why the average loan has risen from £1,280 to £1,616 in a year, and whether "
        "affordability checks have kept pace;"
    )
    bullet("how many of the nine declined applicants were referred to the debt advice partner;")
    bullet("whether the new online application form is leading to more incomplete applications.")
    sub_heading("Supervisory Committee")
    supervisory = minute(
        "The Supervisory Committee reported on its review of the January loan files. It found "
        "two files without proof of income and has asked the Manager to remind staff of the "
        "lending policy."
    )
    footnotes.add(supervisory, "The Supervisory Committee's full report is held by the Secretary.")
    minute("The Board noted the reports of both committees.")

    item("Arrears and write-offs")
    write_offs = minute(
        "Arrears of more than 90 days stand at 4.1% of the loan book. The Credit Control "
        "Officer presented seven loans recommended for write-off, totalling £5,380, on which "
        "all recovery action had been taken."
    )
    footnotes.add(
        write_offs,
        "The Supervisory Committee reviewed the seven files on 10 March and found the "
        "write-offs in order.",
    )
    minute("The Board approved the write-off of seven loans totalling £5,380.")
    minute(
        "The Credit Control Officer will continue recovery action on the written-off loans "
        "where the members can be traced."
    )

    item("Loan interest rates")
    minute(
        "The Manager proposed a lower rate for the Back to School loan, to compete with the "
        "rent-to-own shops in the run-up to September."
    )
    rate = minute(
        "Resolved: to reduce the interest rate on Back to School loans to 1.5% a month from "
        "1 April 2026."
    )
    footnotes.add(rate, "1.5% a month is an APR of 19.6%.")

    item("Policies")
    minute(
        "The Board approved the revised Lending Policy (version 7) and the Anti-Money "
        "Laundering Policy (version 4)."
    )

    item("Payroll deduction partners")
    minute(
        "The Manager reported that Tanfield Housing has agreed to offer payroll deduction to "
        "its 210 staff from May."
    )
    minute(
        "Derek Armstrong proposed a £25 joining bonus for new payroll savers. The proposal "
        "was lost (2 for, 5 against)."
    )
    action("Manager to agree the launch leaflet and payroll form with Tanfield Housing.")

    item("Any other business")
    minute(
        "The Chair reminded directors that the annual general meeting will be held on "
        "Saturday 5 December 2026."
    )

    item("Date of next meeting")
    minute("Tuesday 21 April 2026 at 6.00pm, credit union office.")

    footnotes.write_part()
    save_deterministic(document, HERE / f"{CREDIT_UNION_NAME}.docx", FIXED_TIME)


def main() -> None:
    grazings()
    scouts()
    credit_union()


if __name__ == "__main__":
    main()
