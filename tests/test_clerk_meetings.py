"""Clerks set up meetings, record attendance and build the agenda."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from minutes.models import AgendaItem, Attendance, Meeting, Person
from tests.clerk_helpers import form_data
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    MeetingFactory,
    MembershipFactory,
    PersonFactory,
)


@pytest.fixture
def board(db):
    return CommitteeFactory(name="Improvement and Innovation Board", slug="iib")


# --- Meetings ------------------------------------------------------------------------------


def test_a_clerk_adds_a_meeting(clerk_client, board):
    chair = PersonFactory(name="Peter Fleming")
    response = clerk_client.post(
        reverse("clerk:meeting_create"),
        {
            "committee": board.pk,
            "date_0": "17",
            "date_1": "1",
            "date_2": "2019",
            "start_time": "11:00",
            "ends_at": "13:00",
            "venue": "Smith Square, London",
            "chair": chair.pk,
        },
    )
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("clerk:meeting", args=[meeting.pk])
    assert timezone.localtime(meeting.starts_at) == timezone.make_aware(
        datetime.datetime(2019, 1, 17, 11, 0)
    )
    assert meeting.ends_at == datetime.time(13, 0)
    assert (meeting.slug, meeting.stage, meeting.chair) == ("2019-01-17", "draft", chair)


def test_a_second_sitting_on_one_day_gets_its_own_address(clerk_client, board):
    MeetingFactory(
        committee=board, starts_at=timezone.make_aware(datetime.datetime(2019, 1, 17, 9))
    )
    clerk_client.post(
        reverse("clerk:meeting_create"),
        {
            "committee": board.pk,
            "date_0": "17",
            "date_1": "1",
            "date_2": "2019",
            "start_time": "14:00",
        },
    )
    assert Meeting.objects.filter(slug="2019-01-17-2").exists()


def test_a_bad_meeting_form_keeps_what_was_typed(clerk_client, board):
    response = clerk_client.post(
        reverse("clerk:meeting_create"),
        {
            "committee": board.pk,
            "date_0": "31",
            "date_1": "2",
            "date_2": "2019",
            "start_time": "14:00",
            "ends_at": "13:00",
            "venue": "Typed venue",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in html
    assert "Enter a real date" in html
    assert "The end time must be after the start time." in html
    assert 'value="Typed venue"' in html
    assert not Meeting.objects.exists()


def test_a_meeting_needs_a_committee_date_and_time(clerk_client):
    response = clerk_client.post(reverse("clerk:meeting_create"), {})
    html = response.content.decode()
    # Each message names its field, so the error summary says which is missing.
    assert "Choose the committee." in html
    assert "Enter the date" in html
    assert "Enter the start time, for example 11:00 or 14:30." in html
    assert "This field is required." not in html
    assert not Meeting.objects.exists()


def test_a_clerk_edits_a_meeting(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Meeting.Stage.DRAFT)
    data = form_data(clerk_client.get(reverse("clerk:meeting_edit", args=[meeting.pk])), "venue")
    assert data["start_time"] == "11:00"
    data.update({"venue": "Online", "is_cancelled": "on"})
    assert (
        clerk_client.post(reverse("clerk:meeting_edit", args=[meeting.pk]), data).status_code == 302
    )
    meeting.refresh_from_db()
    assert (meeting.venue, meeting.is_cancelled) == ("Online", True)


def test_a_meeting_moved_to_a_committee_that_sits_that_day_gets_the_next_address(
    clerk_client, board
):
    starts = timezone.make_aware(datetime.datetime(2019, 1, 17, 11, 0))
    panel = CommitteeFactory(name="Scrutiny Panel", slug="panel")
    MeetingFactory(committee=panel, starts_at=starts, stage="draft")
    meeting = MeetingFactory(committee=board, starts_at=starts, stage="draft")
    url = reverse("clerk:meeting_edit", args=[meeting.pk])
    data = form_data(clerk_client.get(url), "venue")
    data["committee"] = str(panel.pk)

    response = clerk_client.post(url, data)

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert (meeting.committee, meeting.slug) == (panel, "2019-01-17-2")


def test_a_confirmed_meetings_details_are_not_edited_without_a_reason(clerk_client, board):
    meeting = MeetingFactory(committee=board, stage=Meeting.Stage.PUBLISHED)
    later = MeetingFactory(committee=board)
    Meeting.objects.filter(pk=meeting.pk).update(stage="confirmed", confirmed_at=later)
    response = clerk_client.post(
        reverse("clerk:meeting_edit", args=[meeting.pk]),
        {"venue": "Elsewhere", "start_time": "11:00"},
        follow=True,
    )
    meeting.refresh_from_db()
    assert meeting.venue != "Elsewhere"
    assert "give the reason for the correction" in response.content.decode()


def test_the_clerk_home_groups_meetings_by_stage(clerk_client, board):
    draft = MeetingFactory(committee=board, stage="draft")
    published = MeetingFactory(committee=board, stage="published")
    groups = {
        g["stage"]: g["meetings"] for g in clerk_client.get(reverse("clerk:home")).context["groups"]
    }
    assert groups["draft"] == [draft]
    assert groups["published"] == [published]
    assert groups["agenda"] == [] and groups["confirmed"] == []


# --- Attendance ----------------------------------------------------------------------------


@pytest.fixture
def meeting(board):
    return MeetingFactory(committee=board, stage=Meeting.Stage.DRAFT)


@pytest.fixture
def members(board):
    fleming = MembershipFactory(committee=board, person__name="Peter Fleming", role="chair").person
    woodley = MembershipFactory(committee=board, person__name="Ron Woodley").person
    sub = MembershipFactory(
        committee=board, person__name="Sam Substitute", role="substitute"
    ).person
    MembershipFactory(
        committee=board, person__name="Long Gone", ended_on=datetime.date(2018, 12, 31)
    )
    return fleming, woodley, sub


def attendance_url(meeting):
    return reverse("clerk:attendance", args=[meeting.pk])


def test_the_register_lists_every_current_member_but_not_named_substitutes(
    clerk_client, meeting, members
):
    response = clerk_client.get(attendance_url(meeting))
    listed = [form.person.name for form in response.context["rows"]]
    assert listed == ["Peter Fleming", "Ron Woodley"]
    gone = Person.objects.get(name="Long Gone")
    assert f"register-{gone.pk}-kind" not in response.content.decode()


def test_a_members_row_offers_no_substitute_choice(clerk_client, meeting, members):
    fleming, *_ = members
    page = clerk_client.get(attendance_url(meeting)).content.decode()

    assert f'name="register-{fleming.pk}-kind" value="substitute"' not in page
    assert f"register-{fleming.pk}-substitute_for" not in page
    assert 'name="substitutes-0-stood_in_for"' in page


def _register(clerk_client, meeting, **changes):
    data = form_data(clerk_client.get(attendance_url(meeting)), "guests-TOTAL_FORMS")
    data.update({key.replace("__", "-"): value for key, value in changes.items()})
    return clerk_client.post(attendance_url(meeting), data)


def test_a_clerk_records_the_register_in_one_save(clerk_client, meeting, members):
    fleming, woodley, sub = members
    officer = PersonFactory(name="Olu Officer", honorific="")
    response = _register(
        clerk_client,
        meeting,
        **{
            f"register-{fleming.pk}-kind": "present",
            f"register-{woodley.pk}-kind": "apologies",
            "substitutes-0-person": str(sub.pk),
            "substitutes-0-stood_in_for": str(woodley.pk),
            "guests-0-person": str(officer.pk),
            "guests-1-new_name": "Dr Amina Shah",
            "guests-1-new_position": "Chief Economist",
            "guests-1-new_email": "amina.shah@example.org",
        },
    )
    assert response.status_code == 302
    kinds = {a.person.name: (a.kind, a.substitute_for) for a in meeting.attendances.all()}
    assert kinds == {
        "Peter Fleming": ("present", None),
        "Ron Woodley": ("apologies", None),
        "Sam Substitute": ("substitute", woodley),
        "Olu Officer": ("in_attendance", None),
        "Amina Shah": ("in_attendance", None),
    }
    amina = Person.objects.get(name="Amina Shah")
    assert (amina.honorific, amina.email) == ("Dr", "amina.shah@example.org")


def test_anyone_who_is_not_a_member_can_substitute_even_someone_new(clerk_client, meeting, members):
    fleming, woodley, _ = members
    response = _register(
        clerk_client,
        meeting,
        **{
            f"register-{woodley.pk}-kind": "apologies",
            "substitutes-0-new_name": "Cllr Nia Jones",
            "substitutes-0-new_organisation": "Borsetshire County Council",
            "substitutes-0-stood_in_for": str(woodley.pk),
        },
    )
    assert response.status_code == 302
    record = meeting.attendances.get(person__name="Nia Jones")
    assert (record.kind, record.substitute_for) == ("substitute", woodley)
    assert record.person.honorific == "Cllr"


def test_a_full_member_is_refused_as_a_substitute_for_another(clerk_client, meeting, members):
    fleming, woodley, _ = members
    response = _register(
        clerk_client,
        meeting,
        **{
            f"register-{woodley.pk}-kind": "apologies",
            "substitutes-0-person": str(fleming.pk),
            "substitutes-0-stood_in_for": str(woodley.pk),
        },
    )
    assert response.status_code == 200
    assert "Peter Fleming is a member of the committee" in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_substitute_must_say_for_whom(clerk_client, meeting, members):
    fleming, woodley, sub = members
    response = _register(
        clerk_client,
        meeting,
        **{f"register-{fleming.pk}-kind": "present", "substitutes-0-person": str(sub.pk)},
    )
    html = response.content.decode()
    assert "Choose the member they stood in for." in html
    assert not Attendance.objects.exists()
    # What was typed is still chosen.
    again = form_data(response, "guests-TOTAL_FORMS")
    assert again[f"register-{fleming.pk}-kind"] == "present"
    assert again["substitutes-0-person"] == str(sub.pk)


def test_a_substitute_stands_in_only_for_a_member_who_sent_apologies(
    clerk_client, meeting, members
):
    fleming, woodley, sub = members
    response = _register(
        clerk_client,
        meeting,
        **{
            f"register-{woodley.pk}-kind": "present",
            "substitutes-0-person": str(sub.pk),
            "substitutes-0-stood_in_for": str(woodley.pk),
        },
    )
    assert "Ron Woodley is not recorded as sending apologies." in response.content.decode()
    assert not Attendance.objects.exists()


def test_two_substitutes_cannot_stand_in_for_one_member(clerk_client, meeting, members):
    fleming, woodley, sub = members
    response = _register(
        clerk_client,
        meeting,
        **{
            "substitutes-TOTAL_FORMS": "2",
            f"register-{woodley.pk}-kind": "apologies",
            "substitutes-0-person": str(sub.pk),
            "substitutes-0-stood_in_for": str(woodley.pk),
            "substitutes-1-new_name": "Cllr Nia Jones",
            "substitutes-1-stood_in_for": str(woodley.pk),
        },
    )
    assert "Someone else already stands in for Cllr Ron Woodley." in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_substitute_can_be_removed_and_the_register_shows_them_until_then(
    clerk_client, meeting, members
):
    fleming, woodley, sub = members
    AttendanceFactory(meeting=meeting, person=woodley, kind="apologies")
    AttendanceFactory(meeting=meeting, person=sub, kind="substitute", substitute_for=woodley)
    data = form_data(clerk_client.get(attendance_url(meeting)), "guests-TOTAL_FORMS")
    assert data["substitutes-0-person"] == str(sub.pk)
    assert data["substitutes-0-stood_in_for"] == str(woodley.pk)

    data["substitutes-0-remove"] = "on"
    assert clerk_client.post(attendance_url(meeting), data).status_code == 302
    assert list(meeting.attendances.values_list("person__name", "kind")) == [
        ("Ron Woodley", "apologies")
    ]


def test_a_member_is_not_added_again_as_in_attendance(clerk_client, meeting, members):
    fleming, *_ = members
    data = form_data(clerk_client.get(attendance_url(meeting)), "guests-TOTAL_FORMS")
    data["guests-0-person"] = str(fleming.pk)
    response = clerk_client.post(attendance_url(meeting), data)
    assert "is on the register of members above; record them there." in response.content.decode()
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("kind", ["present", "apologies"])
@pytest.mark.parametrize("typed", ["Cllr Peter Fleming", "peter fleming"])
def test_a_member_typed_as_a_new_person_is_refused_and_keeps_their_record(
    clerk_client, meeting, members, kind, typed
):
    fleming, *_ = members
    AttendanceFactory(meeting=meeting, person=fleming, kind=kind)
    data = form_data(clerk_client.get(attendance_url(meeting)), "guests-TOTAL_FORMS")
    assert data[f"register-{fleming.pk}-kind"] == kind
    data.update({"guests-0-new_name": typed, "guests-0-new_position": "Chair"})

    response = clerk_client.post(attendance_url(meeting), data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Cllr Peter Fleming is on the register of members above; record them there." in html
    assert meeting.attendances.get().kind == kind
    assert Person.objects.filter(name__iexact="Peter Fleming").count() == 1
    # What was typed is still there to correct.
    again = form_data(response, "guests-TOTAL_FORMS")
    assert again[f"register-{fleming.pk}-kind"] == kind
    assert (again["guests-0-new_name"], again["guests-0-new_position"]) == (typed, "Chair")


def test_a_member_marked_present_and_typed_as_a_new_person_in_one_save_is_refused(
    clerk_client, meeting, members
):
    fleming, *_ = members
    data = form_data(clerk_client.get(attendance_url(meeting)), "guests-TOTAL_FORMS")
    data.update(
        {f"register-{fleming.pk}-kind": "present", "guests-0-new_name": "Cllr Peter Fleming"}
    )
    response = clerk_client.post(attendance_url(meeting), data)
    assert "is on the register of members above; record them there." in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_guest_typed_by_name_and_chosen_again_is_listed_twice(clerk_client, meeting, members):
    guest = PersonFactory(honorific="Dr", name="Amina Shah")
    data = form_data(clerk_client.get(attendance_url(meeting)), "guests-TOTAL_FORMS")
    data.update({"guests-0-person": str(guest.pk), "guests-1-new_name": "Dr Amina Shah"})
    response = clerk_client.post(attendance_url(meeting), data)
    assert "Dr Amina Shah is listed twice." in response.content.decode()
    assert not Attendance.objects.exists()


def test_choosing_someone_and_typing_a_name_is_refused(clerk_client, meeting, members):
    data = form_data(clerk_client.get(attendance_url(meeting)), "guests-TOTAL_FORMS")
    data.update({"guests-0-person": str(PersonFactory().pk), "guests-0-new_name": "Someone New"})
    response = clerk_client.post(attendance_url(meeting), data)
    assert "not both" in response.content.decode()
    assert not Person.objects.filter(name="Someone New").exists()


def test_the_register_can_be_changed_and_guests_removed(clerk_client, meeting, members):
    fleming, woodley, sub = members
    guest = PersonFactory(name="Guest Speaker")
    AttendanceFactory(meeting=meeting, person=fleming, kind="present")
    AttendanceFactory(meeting=meeting, person=guest, kind="in_attendance")
    data = form_data(clerk_client.get(attendance_url(meeting)), "guests-TOTAL_FORMS")
    assert data[f"register-{fleming.pk}-kind"] == "present"
    assert data["guests-0-person"] == str(guest.pk)
    data[f"register-{fleming.pk}-kind"] = ""
    data["guests-0-remove"] = "on"
    assert clerk_client.post(attendance_url(meeting), data).status_code == 302
    assert not meeting.attendances.exists()


# --- The agenda ----------------------------------------------------------------------------


def agenda_url(meeting):
    return reverse("clerk:agenda", args=[meeting.pk])


def test_a_clerk_adds_items_to_the_agenda(clerk_client, meeting):
    data = form_data(clerk_client.get(agenda_url(meeting)), "items-TOTAL_FORMS")
    data.update(
        {
            "items-0-number": "1",
            "items-0-title": "Apologies",
            "items-1-number": "3a",
            "items-1-title": "Productivity",
            "items-1-is_exempt": "on",
            "items-1-exempt_reason": "Paragraph 3 of Schedule 12A",
        }
    )
    assert clerk_client.post(agenda_url(meeting), data).status_code == 302
    items = list(meeting.agenda_items.all())
    assert [(i.position, i.number, i.title, i.is_exempt) for i in items] == [
        (1, "1", "Apologies", False),
        (2, "3a", "Productivity", True),
    ]


def test_items_are_reordered_and_renumbered_even_when_they_swap(clerk_client, meeting):
    first = AgendaItemFactory(meeting=meeting, number="1", position=1, title="First")
    second = AgendaItemFactory(meeting=meeting, number="2", position=2, title="Second")
    data = form_data(clerk_client.get(agenda_url(meeting)), "items-TOTAL_FORMS")
    assert data["items-0-order"] == "1"
    data.update(
        {"items-0-order": "2", "items-0-number": "2", "items-1-order": "1", "items-1-number": "1"}
    )
    assert clerk_client.post(agenda_url(meeting), data).status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.position, first.number) == (2, "2")
    assert (second.position, second.number) == (1, "1")
    assert first.history.latest().history_type == "~"


def test_an_exempt_item_needs_its_reason(clerk_client, meeting):
    data = form_data(clerk_client.get(agenda_url(meeting)), "items-TOTAL_FORMS")
    data.update({"items-0-number": "4", "items-0-title": "Land deal", "items-0-is_exempt": "on"})
    response = clerk_client.post(agenda_url(meeting), data)
    html = response.content.decode()
    assert "Give the reason the item is exempt" in html
    assert 'value="Land deal"' in html
    assert not AgendaItem.objects.exists()


@pytest.mark.parametrize("number", ["3 a", "3/a", "#3"])
def test_an_item_number_must_work_in_an_address(clerk_client, meeting, number):
    data = form_data(clerk_client.get(agenda_url(meeting)), "items-TOTAL_FORMS")
    data.update({"items-0-number": number, "items-0-title": "Anything"})
    response = clerk_client.post(agenda_url(meeting), data)
    assert "An item number is letters and digits" in response.content.decode()
    assert not AgendaItem.objects.exists()


def test_one_number_twice_is_refused(clerk_client, meeting):
    AgendaItemFactory(meeting=meeting, number="3", position=1)
    data = form_data(clerk_client.get(agenda_url(meeting)), "items-TOTAL_FORMS")
    data.update({"items-1-number": "3", "items-1-title": "Duplicate"})
    response = clerk_client.post(agenda_url(meeting), data)
    assert "Item 3 is on the agenda twice." in response.content.decode()
    assert meeting.agenda_items.count() == 1


def test_an_item_with_actions_cannot_be_removed(clerk_client, meeting):
    item = AgendaItemFactory(meeting=meeting, number="1", position=1)
    ActionFactory(item=item)
    data = form_data(clerk_client.get(agenda_url(meeting)), "items-TOTAL_FORMS")
    data["items-0-DELETE"] = "on"
    response = clerk_client.post(agenda_url(meeting), data)
    assert "cannot be removed" in response.content.decode()
    assert AgendaItem.objects.filter(pk=item.pk).exists()


def test_only_items_already_on_the_agenda_offer_to_be_removed(clerk_client, meeting):
    AgendaItemFactory(meeting=meeting, number="1", position=1)
    html = clerk_client.get(agenda_url(meeting)).content.decode()
    assert 'name="items-0-DELETE"' in html
    assert 'name="items-1-DELETE"' not in html and 'name="items-2-DELETE"' not in html
    assert 'name="items-__prefix__-DELETE"' not in html


def test_an_item_without_actions_can_be_removed(clerk_client, meeting):
    item = AgendaItemFactory(meeting=meeting, number="1", position=1)
    data = form_data(clerk_client.get(agenda_url(meeting)), "items-TOTAL_FORMS")
    data["items-0-DELETE"] = "on"
    assert clerk_client.post(agenda_url(meeting), data).status_code == 302
    assert not AgendaItem.objects.filter(pk=item.pk).exists()
