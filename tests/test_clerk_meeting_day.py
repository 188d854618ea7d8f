"""A clerk's meeting day without friction: publishing asks first and says what the public will
see; the next meeting prompts for the previous minutes' confirmation; lists offer the likely
people first; point labels carry their topics."""

import datetime

import pytest
from django.urls import reverse

from minutes.models import Meeting
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    CommitteeFactory,
    DecisionFactory,
    DiscussionPointFactory,
    MeetingFactory,
    ReportFactory,
)

Stage = Meeting.Stage


@pytest.fixture
def board(db):
    return CommitteeFactory(name="Improvement and Innovation Board", slug="iib")


def _move(client, meeting, to, **extra):
    return client.post(reverse("clerk:meeting_move", args=[meeting.pk]), {"to": to, **extra})


# --- Publishing asks first -----------------------------------------------------------------


def test_publishing_the_agenda_asks_first_and_changes_nothing_until_confirmed(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.DRAFT)
    item = AgendaItemFactory(meeting=meeting, number="4", title="Productivity Report")
    AgendaItemFactory(
        meeting=meeting, number="9", title="Land deal", is_exempt=True, exempt_reason="Para 3."
    )
    ReportFactory(item=item)

    response = _move(clerk_client, meeting, "agenda")

    page = response.content.decode()
    assert response.status_code == 200
    meeting.refresh_from_db()
    assert meeting.stage == Stage.DRAFT
    assert "Publish the agenda?" in page
    assert "2 items by number and title" in page
    assert "1 report under the public items" in page
    assert "item 9 Land deal" in page
    assert "The minutes stay private until you publish them." in page
    assert 'name="confirm" value="yes"' in page


def test_publishing_happens_once_the_clerk_says_yes(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.DRAFT)
    AgendaItemFactory(meeting=meeting)

    response = _move(clerk_client, meeting, "agenda", confirm="yes")

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.stage == Stage.AGENDA


def test_publishing_the_minutes_counts_what_becomes_public(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.AGENDA)
    item = AgendaItemFactory(meeting=meeting, minute_text="Members noted the report.")
    DiscussionPointFactory(item=item)
    DiscussionPointFactory(item=item)
    DecisionFactory(item=item)
    ActionFactory(item=item)
    secret = AgendaItemFactory(meeting=meeting, is_exempt=True, exempt_reason="Para 1.")
    DiscussionPointFactory(item=secret)

    page = _move(clerk_client, meeting, "published").content.decode()

    assert "Publish the draft minutes?" in page
    assert "the minutes of 1 item," in page
    assert "2 discussion points with their speakers, 1 decision and 1 action" in page
    assert "Draft minutes, subject to confirmation" in page
    meeting.refresh_from_db()
    assert meeting.stage == Stage.AGENDA


def test_an_impossible_publication_is_refused_without_asking(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.DRAFT)

    response = _move(clerk_client, meeting, "agenda")

    assert response.status_code == 302
    page = clerk_client.get(response.url).content.decode()
    assert "Add at least one item to the agenda before publishing it." in page
    meeting.refresh_from_db()
    assert meeting.stage == Stage.DRAFT


def test_stepping_back_goes_straight_through(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.AGENDA)
    AgendaItemFactory(meeting=meeting)

    response = _move(clerk_client, meeting, "draft")

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.stage == Stage.DRAFT


def test_only_clerks_see_the_question(officer_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.DRAFT)
    AgendaItemFactory(meeting=meeting, title="Secret draft title")

    response = _move(officer_client, meeting, "agenda")

    assert response.status_code == 403
    assert "Secret draft title" not in response.content.decode()


# --- The next meeting prompts for the previous minutes ---------------------------------------


def test_the_next_meetings_page_prompts_to_confirm_the_previous_minutes(clerk_client, board):
    earlier = MeetingFactory(committee=board, stage=Stage.PUBLISHED)
    later = MeetingFactory(
        committee=board, stage=Stage.AGENDA, starts_at=earlier.starts_at + datetime.timedelta(30)
    )

    page = clerk_client.get(reverse("clerk:meeting", args=[later.pk])).content.decode()

    when = f"{earlier.starts_at:%-d %B %Y}"
    assert f"The minutes of the meeting of {when} await confirmation." in page
    link = reverse("clerk:meeting_confirm", args=[earlier.pk]) + f"?at={later.pk}"
    assert link in page
    confirm_page = clerk_client.get(link).content.decode()
    assert f'<option value="{later.pk}" selected>' in confirm_page


def test_no_prompt_for_confirmed_minutes_later_meetings_or_other_committees(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Stage.AGENDA)
    MeetingFactory(
        committee=board,
        stage=Stage.PUBLISHED,
        starts_at=meeting.starts_at + datetime.timedelta(days=365),
    )
    MeetingFactory(stage=Stage.PUBLISHED, starts_at=meeting.starts_at - datetime.timedelta(9))
    confirmed_earlier = MeetingFactory(
        committee=board, stage=Stage.PUBLISHED, starts_at=meeting.starts_at - datetime.timedelta(60)
    )
    Meeting.objects.filter(pk=confirmed_earlier.pk).update(
        stage=Stage.CONFIRMED, confirmed_at=meeting
    )

    page = clerk_client.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()

    assert "await confirmation" not in page


# --- The lists offer the likely people first ---------------------------------------------------


def test_the_chair_list_offers_the_committees_members_first(clerk_client, board):
    from tests.factories import MembershipFactory, PersonFactory

    member = MembershipFactory(committee=board, person__name="Zoe Member").person
    officer = PersonFactory(name="Aaron Officer", honorific="")
    meeting = MeetingFactory(committee=board, stage=Stage.DRAFT)

    page = clerk_client.get(reverse("clerk:meeting_edit", args=[meeting.pk])).content.decode()

    # Looked for within the chair's list: another list on the page may hold the same value.
    chair = page.index('name="chair"')
    members_group = page.index('<optgroup label="Members of the committee">', chair)
    others_group = page.index('<optgroup label="Everyone else">', members_group)
    assert members_group < page.index(f'value="{member.pk}"', chair) < others_group
    assert others_group < page.index(f'value="{officer.pk}"', chair)


def test_an_officer_can_still_be_chosen_as_chair(clerk_client, board):
    from tests.clerk_helpers import form_data
    from tests.factories import PersonFactory

    officer = PersonFactory(name="Aaron Officer", honorific="")
    meeting = MeetingFactory(committee=board, stage=Stage.DRAFT)
    url = reverse("clerk:meeting_edit", args=[meeting.pk])
    data = form_data(clerk_client.get(url), "venue")
    data["chair"] = str(officer.pk)

    assert clerk_client.post(url, data).status_code == 302
    meeting.refresh_from_db()
    assert meeting.chair == officer


def test_the_time_boxes_are_gov_uk_inputs(clerk_client, board):
    page = clerk_client.get(reverse("clerk:meeting_create")).content.decode()

    for name in ("start_time", "ends_at"):
        box = page[page.index(f'name="{name}"') - 30 : page.index(f'name="{name}"') + 120]
        assert "govuk-input govuk-input--width-5" in box


# --- Minute-taking ---------------------------------------------------------------------------


@pytest.fixture
def taking(board):
    from tests.factories import AttendanceFactory, MembershipFactory, PersonFactory

    meeting = MeetingFactory(committee=board, stage=Stage.AGENDA)
    item = AgendaItemFactory(meeting=meeting, minute_text="")
    present = MembershipFactory(committee=board, person__name="Peter Present").person
    away = MembershipFactory(committee=board, person__name="Amy Apologies").person
    guest = PersonFactory(name="Gus Guest", honorific="")
    AttendanceFactory(meeting=meeting, person=present, kind="present")
    AttendanceFactory(meeting=meeting, person=away, kind="apologies")
    AttendanceFactory(meeting=meeting, person=guest, kind="in_attendance")
    return item, present, away, guest


def _minutes_url(item):
    return reverse("clerk:item_minutes", args=[item.meeting.pk, item.pk])


def test_speakers_offered_are_those_at_the_meeting_not_those_who_sent_apologies(
    clerk_client, taking
):
    item, present, away, guest = taking

    form = clerk_client.get(_minutes_url(item)).context["page"].points.forms[0]
    offered = set(form.fields["speakers"].queryset)

    assert offered == {present, guest}


def test_someone_who_spoke_before_the_register_changed_stays_offered(clerk_client, taking):
    item, present, away, guest = taking
    point = DiscussionPointFactory(item=item, position=1)
    point.speakers.add(away)

    form = clerk_client.get(_minutes_url(item)).context["page"].points.forms[0]

    assert away in set(form.fields["speakers"].queryset)


def test_arising_from_names_each_point_by_its_topic(clerk_client, taking):
    item, *_ = taking
    DiscussionPointFactory(item=item, position=1, topic="Shared Services")
    DiscussionPointFactory(item=item, position=2, topic="Brexit")

    page = clerk_client.get(_minutes_url(item)).content.decode()

    assert '<option value="1">Point 1: Shared Services</option>' in page
    assert '<option value="2">Point 2: Brexit</option>' in page


def test_a_new_person_added_while_minuting_can_be_given_an_email(clerk_client, taking):
    from minutes.models import Person
    from tests.clerk_helpers import form_data

    item, *_ = taking
    data = form_data(clerk_client.get(_minutes_url(item)), "item-minute_text")
    data.update(
        {
            "people-0-name": "Dr Alan Ng",
            "people-0-position": "Director of Finance",
            "people-0-email": "alan.ng@example.org",
            "add_people": "1",
        }
    )

    clerk_client.post(_minutes_url(item), data)

    assert Person.objects.get(name="Alan Ng").email == "alan.ng@example.org"


# --- An email for an owner chosen from the list ----------------------------------------------


def _owner_row(clerk_client, item, **row):
    from tests.clerk_helpers import form_data

    data = form_data(clerk_client.get(_minutes_url(item)), "item-minute_text")
    data.update({f"actions-0-{name}": value for name, value in row.items()})
    return data


def test_an_owner_chosen_from_the_list_is_given_an_email(clerk_client, taking):
    from actions.models import Action

    item, present, away, guest = taking
    guest.email = ""
    guest.save()
    data = _owner_row(
        clerk_client,
        item,
        description="Circulate the strategy.",
        owner=str(guest.pk),
        owner_email="gus.guest@example.org",
    )

    response = clerk_client.post(_minutes_url(item), data, follow=True)

    guest.refresh_from_db()
    assert guest.email == "gus.guest@example.org"
    assert Action.objects.get().owner == guest
    assert "Email address kept for Gus Guest" in response.content.decode()
    meeting_page = clerk_client.get(reverse("clerk:meeting", args=[item.meeting.pk]))
    assert "cannot be reminded" not in meeting_page.content.decode()


def test_an_email_on_record_is_never_replaced_and_nothing_typed_is_lost(clerk_client, taking):
    from actions.models import Action
    from tests.clerk_helpers import form_data

    item, present, away, guest = taking
    guest.email = "gus@example.org"
    guest.save()
    data = _owner_row(
        clerk_client,
        item,
        description="Circulate the strategy.",
        owner=str(guest.pk),
        owner_email="someone.else@example.org",
    )
    data["item-minute_text"] = "Members noted the report."

    response = clerk_client.post(_minutes_url(item), data)

    page = response.content.decode()
    assert response.status_code == 200
    assert "Gus Guest already has an email address on record, which is not replaced" in page
    guest.refresh_from_db()
    assert guest.email == "gus@example.org"
    assert not Action.objects.exists()
    again = form_data(response, "item-minute_text")
    assert again["actions-0-owner_email"] == "someone.else@example.org"
    assert again["actions-0-description"] == "Circulate the strategy."
    assert again["item-minute_text"] == "Members noted the report."


def test_the_same_email_as_on_record_is_accepted_quietly(clerk_client, taking):
    item, present, away, guest = taking
    guest.email = "gus@example.org"
    guest.save()
    data = _owner_row(
        clerk_client,
        item,
        description="Circulate the strategy.",
        owner=str(guest.pk),
        owner_email="GUS@example.org",
    )

    response = clerk_client.post(_minutes_url(item), data, follow=True)

    assert "Email address kept" not in response.content.decode()
    guest.refresh_from_db()
    assert guest.email == "gus@example.org"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            {"owner_email": "gus at example"},
            "Enter the owner’s email address like name@council.gov.uk.",
        ),
        (
            {"owner": "", "owner_label": "Officers", "owner_email": "officers@example.org"},
            "Choose the person who owns the action, or leave their email empty.",
        ),
    ],
)
def test_a_wrong_owners_email_is_refused_with_a_clear_message(clerk_client, taking, row, message):
    from actions.models import Action
    from tests.clerk_helpers import form_data

    item, present, away, guest = taking
    guest.email = ""
    guest.save()
    data = _owner_row(
        clerk_client,
        item,
        **{"description": "Circulate the strategy.", "owner": str(guest.pk), **row},
    )

    response = clerk_client.post(_minutes_url(item), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Action.objects.exists()
    guest.refresh_from_db()
    assert guest.email == ""
    assert form_data(response, "item-minute_text")["actions-0-owner_email"] == row["owner_email"]


def test_an_email_for_a_saved_actions_owner_is_no_correction_of_confirmed_minutes(
    clerk_client, taking
):
    from actions.models import Action
    from minutes.models import Correction

    item, present, away, guest = taking
    guest.email = ""
    guest.save()
    action = ActionFactory(item=item, owner=guest, description="Circulate the strategy.")
    later = MeetingFactory(
        committee=item.meeting.committee,
        starts_at=item.meeting.starts_at + datetime.timedelta(days=30),
    )
    Meeting.objects.filter(pk=item.meeting.pk).update(
        stage=Stage.CONFIRMED, confirmed_at=later, confirmed_on=later.date
    )
    revisions = action.history.count()
    data = _owner_row(clerk_client, item, owner_email="gus.guest@example.org")

    assert clerk_client.post(_minutes_url(item), data).status_code == 302

    guest.refresh_from_db()
    assert guest.email == "gus.guest@example.org"
    assert Action.objects.get().history.count() == revisions
    assert not Correction.objects.exists()


def test_the_clerks_meeting_page_names_owners_who_cannot_be_reminded(clerk_client, taking):
    from tests.factories import PersonFactory

    item, *_ = taking
    silent = PersonFactory(name="Nadia Noemail", email="")
    reachable = PersonFactory(name="Rita Reachable", email="rita@example.org")
    ActionFactory(item=item, owner=silent)
    ActionFactory(item=item, owner=reachable)

    page = clerk_client.get(reverse("clerk:meeting", args=[item.meeting.pk])).content.decode()

    assert "cannot be reminded" in page
    assert "Nadia Noemail" in page
    assert reverse("admin:minutes_person_change", args=[silent.pk]) in page
    assert "Rita Reachable" not in page


def test_after_a_failed_save_a_kept_upload_is_named_once_by_its_own_name(clerk_client, taking):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.clerk_helpers import form_data
    from tests.factories import PersonFactory

    item, *_ = taking
    data = form_data(clerk_client.get(_minutes_url(item)), "item-minute_text")
    data["reports-0-title"] = "Annual report"
    data["reports-0-file"] = SimpleUploadedFile(
        "annual report.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"
    )
    data["actions-0-description"] = "Owned twice"
    data["actions-0-owner_label"] = "Officers"
    data["actions-0-owner"] = str(PersonFactory().pk)

    page = clerk_client.post(_minutes_url(item), data).content.decode()

    assert "Kept from your last attempt: <strong>annual report.pdf</strong>" in page
    assert "Current file" not in page
    assert "reports/kept" not in page.replace('name="reports-0-kept_file"', "")
