"""The importer on everyday minutes, each rule on a few lines of its own: shapes of the
thirty-sixth round of held-out fixtures (tests/minutes_fixtures/held_out_36), read by a parish
council's burial ground committee whose minutes number each item with the year ("55/26
APOLOGIES FOR ABSENCE"), set its text in under the title, and wrap their sentences so that a
line may open with a minute's number ("… considered under minute" above "61/26. Mrs Parrock
left the meeting after this item."), and whose lettered resolution refers to its own entries
("(a) … except as set out in (b) and (c);"). Each rule's test was run on the importer as it
was before the rule and failed there. What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import decisions_of

# --- The thirty-sixth round ----------------------------------------------------------------------

HEAD = (
    "BURIAL GROUND COMMITTEE\n"
    "\n"
    "Present:    Cllr Ruth Dennerby (Chair)\n"
    "            Cllr Stuart Kemperley\n"
    "\n"
)

ITEMS = (
    "55/26  APOLOGIES FOR ABSENCE\n"
    "       Apologies were received from Cllr Colin Westmacott (holiday).\n"
    "\n"
    "56/26  PUBLIC PARTICIPATION\n"
    "       The Chair thanked Mrs Parrock and said that the Council had not been told\n"
    "       about either fall, and that the path would be considered under minute\n"
    "       58/26. Mrs Parrock left the meeting after this item, and the Chair thanked\n"
    "       her for coming.\n"
    "\n"
    "57/26  BURIAL AND MEMORIAL FEES\n"
    "       The Clerk presented her report on fees and charges.\n"
    "\n"
    "58/26  BURIAL GROUND WARDEN'S REPORT\n"
    "       The Warden reported on the work done since September.\n"
    "\n"
    "59/26  DATE OF NEXT MEETING\n"
    "       Wednesday 20 January 2027 at 7.15pm.\n"
)

NUMBERS = ["55/26", "56/26", "57/26", "58/26", "59/26"]


def _numbers(text: str) -> list[str]:
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    return [item.number for item in meeting.items]


def test_a_minute_number_wrapped_onto_a_register_line_is_no_item():
    # "58/26" on a line of its own, the end of "for items 57/26 to": the first item is not
    # 58/26 (which left only the items numbered after it, and made the register's "Two
    # members of the public" its title)
    text = (
        HEAD.rstrip("\n") + "\n"
        "In attendance:  Mrs Helena Quarmley (Clerk)\n"
        "                Mr Trevor Birchendale (Burial Ground Warden), for items 57/26 to\n"
        "                58/26\n"
        "                Two members of the public\n"
        "\n" + ITEMS
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == NUMBERS
    assert meeting.items[0].title == "APOLOGIES FOR ABSENCE"
    assert missing_sentences(text, meeting) == []


def test_a_minute_number_opening_an_indented_wrapped_line_carries_on_its_sentence():
    text = HEAD + ITEMS
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == NUMBERS
    assert (
        "the path would be considered under minute 58/26. Mrs Parrock left the meeting after "
        "this item, and the Chair thanked her for coming." in meeting.items[1].minute_text
    )
    assert missing_sentences(text, meeting) == []


def test_a_declaration_in_a_minute_wrapped_before_its_number_names_the_minute():
    text = HEAD + ITEMS.replace(
        "55/26  APOLOGIES FOR ABSENCE\n"
        "       Apologies were received from Cllr Colin Westmacott (holiday).\n",
        "55/26  DECLARATIONS OF INTEREST\n"
        "\n"
        "       Cllr Kemperley declared a non-pecuniary interest in minute\n"
        "       57/26 as his daughter is the applicant for the memorial in section\n"
        "       D. He took part in the discussion but did not vote.\n",
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == NUMBERS
    (declaration,) = meeting.register.declarations
    assert (declaration["person"], declaration["item"]) == ("Cllr Kemperley", "57/26")
    assert (
        "interest in minute 57/26 as his daughter is the applicant for the memorial in "
        "section D. He took part" in meeting.items[0].minute_text
    )
    assert missing_sentences(text, meeting) == []


FEES = (
    "57/26  BURIAL AND MEMORIAL FEES\n"
    "       The Clerk presented her report on fees and charges.\n"
    "       RESOLVED that:\n"
    "       (a) the fees for 2027/28 be raised by 8% from 1 April 2027, rounded to\n"
    "           the nearest pound, except as set out in (b) and (c);\n"
    "       (b) a fee of £40 be introduced for the scattering of ashes;\n"
    "       (c) the fee for the burial of a non-resident be set at three times the\n"
    "           resident fee.\n"
)


def _decisions(fees: str) -> list[str]:
    text = HEAD + ITEMS.replace(
        "57/26  BURIAL AND MEMORIAL FEES\n"
        "       The Clerk presented her report on fees and charges.\n",
        fees,
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == NUMBERS
    assert missing_sentences(text, meeting) == []
    return decisions_of(meeting)


def test_an_entry_of_a_lettered_resolution_referring_to_two_others_is_one_decision():
    assert _decisions(FEES) == [
        "(a) the fees for 2027/28 be raised by 8% from 1 April 2027, rounded to the nearest "
        "pound, except as set out in (b) and (c);",
        "(b) a fee of £40 be introduced for the scattering of ashes;",
        "(c) the fee for the burial of a non-resident be set at three times the resident fee.",
    ]


def test_the_letters_referred_to_opening_a_wrapped_line_start_no_entry():
    fees = FEES.replace(
        "rounded to\n           the nearest pound, except as set out in (b) and (c);\n",
        "rounded to the nearest pound, except as set out in\n           (b) and (c);\n",
    )
    decisions = _decisions(fees)
    assert len(decisions) == 3
    assert decisions[0].endswith("except as set out in (b) and (c);")


def test_a_range_or_a_choice_of_the_lists_own_letters_is_no_entry():
    fees = FEES.replace("in (b) and (c);", "in (b) to (c) below;")
    assert _decisions(fees)[0].endswith("except as set out in (b) to (c) below;")
    fees = FEES.replace("in (b) and (c);", "in (b) or (c) below;")
    assert len(_decisions(fees)) == 3


# --- What these rules must not do -----------------------------------------------------------------


def test_an_items_heading_at_the_margin_below_a_line_stopping_on_minute_is_an_item():
    # the heading stands out from the text set in above it: no wrap, though no blank line
    # stands between them and "59/26. Date of next meeting" is no title in capitals
    text = HEAD + ITEMS.replace(
        "       The Warden reported on the work done since September.\n\n"
        "59/26  DATE OF NEXT MEETING",
        "       The Warden said he would report on the path under the next\n"
        "       minute\n59/26. Date of next meeting",
    )
    meeting = parse_meeting(text)
    assert [item.number for item in meeting.items] == NUMBERS
    assert meeting.items[-1].title == "Date of next meeting"
    assert missing_sentences(text, meeting) == []


def test_a_heading_in_capitals_below_a_line_stopping_on_and_is_an_item():
    text = HEAD + ITEMS.replace(
        "       The Warden reported on the work done since September.\n\n59/26",
        "The Warden reported on the hedge and\n59/26",
    ).replace("59/26  DATE OF NEXT MEETING\n       ", "59/26  DATE OF NEXT MEETING\n")
    assert _numbers(text) == NUMBERS


def test_a_lettered_resolution_still_has_an_entry_for_each_letter():
    text = (
        HEAD + "55/26  APOLOGIES FOR ABSENCE\n       None.\n\n56/26  FEES\n"
        "       RESOLVED that (a) the report be noted (see (i)) and (b) the fees be raised,\n"
        "       and (c) and the Clerk write to the funeral directors.\n"
        "\n57/26  DATE OF NEXT MEETING\n       20 January 2027.\n"
    )
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    assert decisions_of(meeting) == [
        "RESOLVED that (a) the report be noted (see (i)) and",
        "(b) the fees be raised, and",
        "(c) and the Clerk write to the funeral directors.",
    ]


# --- Narrowed after a review ----------------------------------------------------------------------

MARGIN = (
    "PARISH COUNCIL\n\nPresent: Cllr A Smith (Chair)\n\n"
    "61/26. Apologies\nNone.\n"
    "62/26. Planning\nNo applications had been received.\n"
    "{middle}"
    "64/26. Date of next meeting\nTuesday 3 March at 7pm.\n"
)


def test_an_items_heading_ending_on_items_stays_above_the_next_items_heading():
    # "63/26. Urgent items", with nothing under it, then the next item at the same margin:
    # the number is the next item's, not a reference wrapped from the heading above
    text = MARGIN.format(middle="63/26. Urgent items\n")
    assert _numbers(text) == ["61/26", "62/26", "63/26", "64/26"]
    text = MARGIN.format(middle="63/26. Matters arising from the minutes\n")
    assert _numbers(text) == ["61/26", "62/26", "63/26", "64/26"]


def test_an_items_number_on_its_own_line_below_a_title_ending_on_items_is_an_item():
    text = (
        "PARISH COUNCIL\n\nPresent: Cllr A Smith (Chair)\n\n"
        "61/26\nApologies\nNone.\n"
        "62/26\nPart II items\n"
        "63/26\nFinance\nThe Clerk presented the accounts.\n"
        "64/26\nDate of next meeting\nTuesday 3 March at 7pm.\n"
    )
    meeting = parse_meeting(text)
    assert [(i.number, i.title) for i in meeting.items][1:3] == [
        ("62/26", "Part II items"),
        ("63/26", "Finance"),
    ]
    assert missing_sentences(text, meeting) == []


def test_an_answer_no_ending_a_minute_is_no_reference_wanting_a_number():
    text = MARGIN.format(
        middle="63/26. Public questions\n"
        "A resident asked whether the bins had been emptied on time. No.\n"
    )
    assert _numbers(text) == ["61/26", "62/26", "63/26", "64/26"]


def test_a_label_of_another_kind_before_and_is_no_pair_of_the_lists_letters():
    text = (
        HEAD + "55/26  APOLOGIES FOR ABSENCE\n       None.\n\n56/26  FEES\n"
        "       RESOLVED that (a) the Clerk obtain quotes for option (ii) and (b) the matter\n"
        "       be brought back in March.\n"
        "\n57/26  DATE OF NEXT MEETING\n       20 January 2027.\n"
    )
    meeting = parse_meeting(text)
    assert missing_sentences(text, meeting) == []
    assert decisions_of(meeting) == [
        "RESOLVED that (a) the Clerk obtain quotes for option (ii) and",
        "(b) the matter be brought back in March.",
    ]
