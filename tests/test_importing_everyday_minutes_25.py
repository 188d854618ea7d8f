"""The importer on everyday minutes, each rule on a few lines of its own: the shapes of the
twenty-fifth round of held-out fixtures (tests/minutes_fixtures/held_out_25), which the
rules before it missed somewhere (the rounds before it are in
tests/test_importing_everyday_minutes.py and tests/test_importing_everyday_minutes_22.py to
tests/test_importing_everyday_minutes_24.py). Each rule's test was run on the importer as it
was before the rule and failed there. What these rules must not do is at the end.
"""

from minutes.importing import missing_sentences, parse_meeting
from tests.reading_helpers import actions_of, decisions_of, points_of

# --- The twenty-fifth round -----------------------------------------------------------------------


def test_a_comments_label_closing_the_sentence_on_what_was_discussed_leads_in_to_points():
    text = (
        "1. Apologies\nNone.\n\n2. Fete\n"
        "Holding the fete in the park was discussed again. Comments:\n"
        " - the park has toilets and a car park\n"
        " - the field behind the hall floods in wet summers\n"
        "Agreed to ask the park trustees.\n"
    )
    meeting = parse_meeting(text)
    assert points_of(meeting) == [
        "the park has toilets and a car park",
        "the field behind the hall floods in wet summers",
    ]
    assert missing_sentences(text, meeting) == []


def test_a_bodys_comments_in_the_possessive_lead_in_to_points():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Bids\nTwo bids were received.\n"
        "The committee's comments:\n"
        "- the first bid has no costed plan\n"
        "- the second bid is strong\n"
    )
    assert points_of(meeting) == ["the first bid has no costed plan", "the second bid is strong"]


def test_a_panel_named_in_lower_case_decides():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Notes\nThe panel agreed the notes of the last meeting.\n\n"
        "3. Members\nThe panel agreed to recommend Ms Orme to the trustees.\n"
    )
    assert len(decisions_of(meeting)) == 2


def test_the_meeting_warmly_agreeing_or_agreeing_with_acclamation_decides():
    meeting = parse_meeting(
        "1. Membership\nTwo new members have asked to join. "
        "The meeting warmly agreed to receive them into membership.\n\n"
        "2. Life membership\nThe committee nominated Mrs Pell for life membership. "
        "The meeting agreed with acclamation.\n"
    )
    assert decisions_of(meeting) == [
        "The meeting warmly agreed to receive them into membership.",
        "The meeting agreed with acclamation.",
    ]


def test_a_proposal_seconded_and_carried_in_one_sentence_or_proposals_put_and_carried_decide():
    meeting = parse_meeting(
        "1. Accounts\nThe Treasurer presented the accounts.\n"
        "Adoption of the accounts was proposed by Ann Bell, seconded by Joe Carr and carried.\n\n"
        "2. Fees\nThe committee proposed new match fees.\n"
        "The committee's proposals were put to the meeting and carried, 30 for and 2 against.\n"
    )
    assert decisions_of(meeting) == [
        "Adoption of the accounts was proposed by Ann Bell, seconded by Joe Carr and carried.",
        "The committee's proposals were put to the meeting and carried, 30 for and 2 against.",
    ]


def test_a_bare_decided_to_is_a_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Quiz night\nThe quiz night lost money last year.\n"
        "Decided to hold it again in October with a higher ticket price.\n"
    )
    assert decisions_of(meeting) == [
        "Decided to hold it again in October with a higher ticket price."
    ]


def test_a_decision_naming_the_following_members_above_a_list_is_one_decision():
    text = (
        "1. Apologies\nNone.\n\n2. Membership\n"
        "The Board approved the admission of the following members since March:\n"
        "• Hollins Bakery Ltd\n• Tarn Valley Vets\n• Greenway Print\n"
    )
    meeting = parse_meeting(text)
    assert decisions_of(meeting) == [
        "The Board approved the admission of the following members since March:"
    ]
    assert missing_sentences(text, meeting) == []


def test_hon_before_an_office_ends_no_sentence_and_names_the_owner():
    meeting = parse_meeting(
        "1. Accounts\nThe accounts were adopted. "
        "The Hon. Treasurer will post the accounts on the website.\n\n"
        "2. Kit\nHon. Secretary to order new corner flags.\n"
    )
    assert actions_of(meeting) == [
        ("The Hon. Treasurer will post the accounts on the website.", "Hon. Treasurer"),
        ("Hon. Secretary to order new corner flags.", "Hon. Secretary"),
    ]


def test_a_bullet_that_ends_by_giving_someone_a_task_gives_the_task():
    text = (
        "1. Apologies\nNone.\n\n2. Any other business\n"
        "- The first aid kit is nearly empty. Secretary to buy new plasters.\n"
        "- The car park gate sticks.\n"
    )
    meeting = parse_meeting(text)
    assert actions_of(meeting) == [("Secretary to buy new plasters.", "Secretary")]
    assert "- The first aid kit is nearly empty." in meeting.items[1].minute_text
    assert missing_sentences(text, meeting) == []


def test_a_sentence_closing_on_and_an_office_that_will_act_is_the_offices_task():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Finance\n"
        "Members asked about the water rates, and the Treasurer will circulate the bills.\n"
    )
    assert actions_of(meeting) == [
        (
            "Members asked about the water rates, and the Treasurer will circulate the bills.",
            "Treasurer",
        )
    ]


def test_a_task_inside_a_paragraph_is_a_task_and_the_sentences_around_it_the_minute():
    text = (
        "Present: Maureen Coles (Chair), Derek Hale\n\n1. Apologies\nNone.\n\n2. Open day\n"
        "The open day is on 4 July in the church hall. Derek to book the bouncy castle. "
        "Please tell friends.\n"
    )
    meeting = parse_meeting(text)
    assert actions_of(meeting) == [("Derek to book the bouncy castle.", "Derek")]
    assert missing_sentences(text, meeting) == []


def test_actions_from_the_last_meeting_led_by_first_names_on_the_register_are_actions():
    meeting = parse_meeting(
        "Present: Joan Pryor, Steve Lomas\n\n1. Apologies\nNone.\n\n"
        "2. Actions from the last meeting\n"
        "– Joan to renew the insurance – done\n"
        "– Steve to repaint the starting hut – ongoing\n\n"
        "3. Date of next meeting\n2 June 2026.\n"
    )
    assert [owner for _, owner in actions_of(meeting)] == ["Joan", "Steve"]


# --- What the twenty-fifth round's rules must not do ----------------------------------------------


def test_comments_on_planning_applications_after_a_sentence_lead_in_to_no_points():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Planning\n"
        "Two applications were received. Comments on planning applications:\n"
        "- 26/0012 Barn conversion: no objection\n"
        "- 26/0019 Garage: no objection\n"
    )
    assert points_of(meeting) == []


def test_another_bodys_panel_or_a_view_agreed_with_is_no_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Grants\n"
        "The Council's panel agreed to fund the play area.\n"
        "The meeting agreed with the Treasurer that costs were rising.\n"
    )
    assert decisions_of(meeting) == []


def test_a_proposal_carried_over_or_not_seconded_is_no_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Fees\n"
        "A member proposed that the social fee rise. This was not seconded.\n"
        "The committee's proposals were carried over to the next meeting.\n"
    )
    assert decisions_of(meeting) == []


def test_someone_who_decided_to_is_no_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Committee\nHilda decided to stand down after ten years.\n"
    )
    assert decisions_of(meeting) == []


def test_a_list_under_the_following_policies_for_a_term_stays_decisions_each():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Policies\n"
        "Council voted to renew the following policies for a further three years:\n"
        "(a) Policy 12 – Free bus passes;\n(b) Policy 14 – A living wage for staff.\n"
    )
    assert len(decisions_of(meeting)) == 2


def test_the_hon_treasurer_saying_what_would_be_done_is_no_task():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Bar\nThe Hon. Treasurer said the bar would open earlier.\n"
    )
    assert actions_of(meeting) == []


def test_bullets_under_a_lead_in_stay_whole_points_with_no_task():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Hedges\nPoints raised:\n"
        "- the hedge on Mill Lane is overgrown. Clerk to write to the landowner.\n"
        "- the verge is muddy\n"
    )
    assert points_of(meeting) == [
        "the hedge on Mill Lane is overgrown. Clerk to write to the landowner.",
        "the verge is muddy",
    ]
    assert actions_of(meeting) == []


def test_and_a_body_or_an_office_that_would_act_after_a_comma_is_no_task():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Finance\n"
        "The grant was paid, and the Council will benefit from the interest.\n"
        "Members asked about the rates, and the Treasurer would look into them.\n"
    )
    assert actions_of(meeting) == []


def test_a_sentence_inside_a_paragraph_naming_an_office_or_someone_unlisted_is_no_task():
    meeting = parse_meeting(
        "Present: Maureen Coles (Chair)\n\n1. Apologies\nNone.\n\n2. Open day\n"
        "The open day is on 4 July. The Clerk to the Council opened it last year. "
        "Derek to book the bouncy castle. Please tell friends.\n"
    )
    assert actions_of(meeting) == []


def test_actions_from_the_last_meeting_led_by_names_not_on_the_register_are_not_read_so():
    meeting = parse_meeting(
        "Present: Joan Pryor\n\n1. Apologies\nNone.\n\n"
        "2. Actions from the last meeting\n"
        "– Derek to renew the insurance – done\n"
        "– Steve to repaint the starting hut – ongoing\n\n"
        "3. Date of next meeting\n2 June 2026.\n"
    )
    assert actions_of(meeting) == []


def test_a_bullet_closing_on_an_office_with_no_verb_of_doing_gives_no_task():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Any other business\n"
        "- The hall is booked for May. Clerk to the Council present throughout.\n"
        "- The gate sticks.\n"
    )
    assert actions_of(meeting) == []


# --- Narrowed after a review ----------------------------------------------------------------------


def test_a_task_given_before_and_reviewed_inside_a_paragraph_or_a_bullet_is_no_task():
    text = (
        "Present: Anita Shaw, Derek Hale\n\n1. Apologies\nNone.\n\n2. Matters arising\n"
        "Minute 45 (hedge). Clerk to write to the landowner. This has been done and a reply "
        "is awaited.\n"
        "Minute 46 (bench). Derek to repair the bench. Completed.\n"
        "Minute 47 (teas). Anita to do the rota for teas – done. Thanks to Anita.\n\n"
        "3. Any other business\n"
        "- Gate. Clerk to get a quote for the gate (done).\n"
        "- Nets. Derek to order new nets – done.\n"
    )
    meeting = parse_meeting(text)
    assert actions_of(meeting) == []
    assert missing_sentences(text, meeting) == []


def test_a_task_inside_a_paragraph_that_the_meeting_then_agrees_to_is_not_split_from_it():
    text = (
        "Present: Anita Shaw, Derek Hale\n\n1. Apologies\nNone.\n\n2. Hedge\n"
        "The hedge on Mill Lane is overgrown. Clerk to write to the landowner. "
        "Agreed unanimously.\n\n"
        "3. Teas\nTeas were popular. Anita to do the rota again. This was agreed by all.\n"
    )
    meeting = parse_meeting(text)
    assert actions_of(meeting) == []
    assert decisions_of(meeting) == []
    assert missing_sentences(text, meeting) == []


def test_grants_to_the_following_organisations_each_with_its_sum_stay_decisions_each():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Grants\n"
        "The Committee approved grants to the following organisations:\n"
        "- Scouts £200\n- Women's Institute £150\n"
    )
    assert len(decisions_of(meeting)) == 2


def test_an_amendment_or_a_vote_of_thanks_seconded_and_carried_is_no_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Motion\n"
        "An amendment to the motion was proposed by Cllr Hale, seconded by Cllr Shaw and "
        "carried.\n\n"
        "3. Close\nA vote of thanks to the Chair was proposed by Mrs Pell, seconded by Mr Peel "
        "and carried with acclamation.\n"
    )
    assert decisions_of(meeting) == []


def test_resolutions_or_proposals_carried_out_are_no_decision():
    meeting = parse_meeting(
        "1. Apologies\nNone.\n\n2. Last meeting\nThe resolutions were carried out by the Clerk.\n\n"
        "3. Hall\nThe proposals were carried out over the summer.\n"
    )
    assert decisions_of(meeting) == []
