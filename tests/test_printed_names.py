"""Confirmed minutes print names as on the day: renaming a person or the committee later does
not reach the meeting's pages, its whole minutes, its PDF or the API; draft minutes and the
person's own page read the record as it is; a correction can print a name again."""

import datetime
import html

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from minutes import services
from minutes.models import Attendance, Committee, Correction, Meeting, Person
from tests.clerk_helpers import form_data
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    DeclarationFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
    ReportFactory,
)
from tests.test_document_pdfs import flat, pdf_text

Stage = Meeting.Stage
Kind = Attendance.Kind

BOARD = "Improvement and Innovation Board"
RENAMED_BOARD = "Productivity and Reform Board"

# Who the minutes name, how they were printed on the day, and where.
PEOPLE = {
    "fleming": ("Cllr", "Peter Fleming", "Sevenoaks District Council", "Chairman"),
    "allen": ("Cllr", "Joy Allen", "Durham County Council", ""),
    "osei": ("Cllr", "Hannah Osei", "Northmoor District Council", ""),
    "attard": ("", "Susan Attard", "Local Government Association", "Head of Productivity"),
    "woodley": ("Cllr", "Ron Woodley", "Southend-on-Sea Borough Council", ""),
    "skinner": ("", "Dennis Skinner", "Local Government Association", ""),
    "liddell": ("", "Grace Liddell", "Eastbrook Borough Council", "Head of Finance"),
}


def _rename(person: Person) -> None:
    """A later change to the person's record: a new name, honorific, council and post."""
    person.honorific = "Dr"
    person.name = f"Renamed {person.name.split()[-1]}"
    person.organisation = "Newtown Unitary Council"
    person.position = "Director of Everything"
    person.save()


def _text(response) -> str:
    assert response.status_code == 200
    return html.unescape(response.content.decode())


@pytest.fixture
def record(db):
    """A meeting naming everyone above, confirmed through the workflow at the next one."""
    board = CommitteeFactory(name=BOARD, slug="iib")
    people = {
        key: PersonFactory(honorific=h, name=n, organisation=o, position=p)
        for key, (h, n, o, p) in PEOPLE.items()
    }
    meeting = MeetingFactory(committee=board, stage=Stage.PUBLISHED, chair=people["fleming"])
    AttendanceFactory(meeting=meeting, person=people["fleming"], kind=Kind.PRESENT)
    AttendanceFactory(meeting=meeting, person=people["allen"], kind=Kind.APOLOGIES)
    AttendanceFactory(
        meeting=meeting,
        person=people["osei"],
        kind=Kind.SUBSTITUTE,
        substitute_for=people["allen"],
    )
    AttendanceFactory(meeting=meeting, person=people["attard"], kind=Kind.IN_ATTENDANCE)
    item = AgendaItemFactory(
        meeting=meeting, number="3", title="Productivity Report", introduced_by=people["attard"]
    )
    point = DiscussionPointFactory(item=item, position=1, topic="Shared Services")
    point.speakers.set([people["woodley"]])
    DeclarationFactory(item=item, person=people["skinner"])
    ReportFactory(item=item, title="Productivity programme", presenter=people["liddell"])
    later = MeetingFactory(
        committee=board, starts_at=meeting.starts_at + datetime.timedelta(days=28)
    )
    services.confirm_minutes(meeting=meeting, confirmed_at=later, signed_by=people["fleming"])
    meeting.refresh_from_db()
    return {"meeting": meeting, "item": item, "later": later, "people": people, "board": board}


def _rename_everyone(record) -> None:
    for person in record["people"].values():
        _rename(person)
    board = record["board"]
    board.name = RENAMED_BOARD
    board.save()


def _assert_printed_as_on_the_day(text: str, keys=PEOPLE) -> None:
    for key in keys:
        honorific, name, organisation, position = PEOPLE[key]
        assert name in text, key
        assert f"Renamed {name.split()[-1]}" not in text, key
    assert "Newtown Unitary Council" not in text
    assert "Director of Everything" not in text


# --- What confirmation takes ----------------------------------------------------------------


def test_confirming_the_minutes_takes_how_everyone_named_was_printed(record):
    names = record["meeting"].printed_names
    assert names["committee"] == BOARD
    printed = {entry["name"] for entry in names["people"].values()}
    assert printed == {name for _h, name, _o, _p in PEOPLE.values()}
    fleming = record["people"]["fleming"]
    assert names["people"][str(fleming.pk)] == {
        "honorific": "Cllr",
        "name": "Peter Fleming",
        "organisation": "Sevenoaks District Council",
        "position": "Chairman",
    }


def test_an_actions_owner_is_not_frozen_with_the_minutes(record):
    from tests.factories import ActionFactory

    owner = PersonFactory(name="Olive Owner")
    ActionFactory(item=record["item"], owner=owner)
    assert str(owner.pk) not in record["meeting"].printed_names["people"]


# --- The public pages of confirmed minutes ---------------------------------------------------


def test_the_confirmed_meeting_page_keeps_the_names_of_its_day(record, client):
    meeting = record["meeting"]
    client.get(meeting.get_absolute_url())  # cached before the change
    _rename_everyone(record)
    text = _text(client.get(meeting.get_absolute_url()))
    _assert_printed_as_on_the_day(text, ["fleming", "allen", "osei", "attard", "liddell"])
    assert "Cllr Hannah Osei" in text and "substituting for" in text
    assert "(Head of Productivity, Local Government Association)" in text
    assert "signed by Cllr Peter Fleming" in text
    assert f'<span class="govuk-caption-l">{BOARD}</span>' in text
    assert f"<title>{BOARD}," in text
    # Links still lead to each person's page as it is now.
    assert f'href="{record["people"]["osei"].get_absolute_url()}"' in text
    # The site's navigation names the committee as it now is.
    assert RENAMED_BOARD in text


def test_a_confirmed_item_page_keeps_the_names_of_its_day(record, client):
    item = record["item"]
    _rename_everyone(record)
    text = _text(client.get(item.get_absolute_url()))
    _assert_printed_as_on_the_day(text, ["attard", "woodley", "skinner", "liddell"])
    assert "Introduced by" in text and "Spoken to by" in text
    assert f'<span class="govuk-caption-l">{BOARD}, ' in text
    assert f'href="{record["people"]["woodley"].get_absolute_url()}"' in text


def test_the_whole_confirmed_minutes_keep_the_names_of_their_day(record, client):
    meeting = record["meeting"]
    url = reverse("whole_minutes", args=[meeting.committee.slug, meeting.slug])
    _rename_everyone(record)
    text = _text(client.get(url))
    _assert_printed_as_on_the_day(text)
    assert f'<dd class="govuk-summary-list__value">{BOARD}</dd>' in text
    assert "signed by Cllr Peter Fleming" in text


@pytest.mark.django_db
def test_the_confirmed_minutes_pdf_keeps_the_names_of_its_day(record, client):
    meeting = record["meeting"]
    url = reverse("minutes_pdf", args=[meeting.committee.slug, meeting.slug])
    _rename_everyone(record)
    text = flat(pdf_text(client.get(url)))
    _assert_printed_as_on_the_day(text)
    assert BOARD in text
    assert RENAMED_BOARD not in text


def test_the_api_gives_confirmed_minutes_names_as_printed(record, client):
    meeting, item = record["meeting"], record["item"]
    _rename_everyone(record)
    detail = client.get(f"/api/v1/meetings/{meeting.pk}/").json()
    assert detail["chair"]["full_name"] == "Cllr Peter Fleming"
    register = {entry["person"]["full_name"] for entry in detail["attendance"]}
    assert "Cllr Hannah Osei" in register and "Susan Attard" in register
    substitute = next(e for e in detail["attendance"] if e["kind"] == "substitute")
    assert substitute["substitute_for"]["full_name"] == "Cllr Joy Allen"
    assert substitute["person"]["slug"] == record["people"]["osei"].slug
    shown = client.get(f"/api/v1/items/{item.pk}/").json()
    assert shown["introduced_by"]["full_name"] == "Susan Attard"
    assert shown["points"][0]["speakers"][0]["full_name"] == "Cllr Ron Woodley"
    assert shown["reports"][0]["presenter"]["full_name"] == "Grace Liddell"
    event = client.get(f"/api/v1/ocd/events/{meeting.pk}/").json()
    assert event["name"].startswith(BOARD)
    assert "Renamed" not in str(event)


# --- What reads the record as it is -----------------------------------------------------------


def test_the_persons_own_page_shows_their_name_as_it_now_is(record, client):
    _rename_everyone(record)
    fleming = record["people"]["fleming"]
    text = _text(client.get(fleming.get_absolute_url()))
    assert "Dr Renamed Fleming" in text
    assert client.get(f"/api/v1/people/{fleming.slug}/").json()["name"] == "Renamed Fleming"


def test_draft_minutes_read_names_as_they_now_are(record, client):
    people = record["people"]
    draft = record["later"]
    AttendanceFactory(meeting=draft, person=people["fleming"], kind=Kind.PRESENT)
    item = AgendaItemFactory(meeting=draft, number="1", introduced_by=people["attard"])
    _rename_everyone(record)
    page = _text(client.get(draft.get_absolute_url()))
    assert "Dr Renamed Fleming" in page and "Peter Fleming" not in page
    assert f'<span class="govuk-caption-l">{RENAMED_BOARD}</span>' in page
    assert "Dr Renamed Attard" in _text(client.get(item.get_absolute_url()))


def test_minutes_confirmed_without_a_snapshot_read_names_as_they_now_are(db, client):
    """Confirmed by hand in the database, say: nothing was printed, so nothing is frozen."""
    person = PersonFactory(name="Peter Fleming")
    meeting = MeetingFactory(chair=person)
    Meeting.objects.filter(pk=meeting.pk).update(
        stage=Stage.CONFIRMED, confirmed_at=MeetingFactory(committee=meeting.committee)
    )
    _rename(person)
    assert "Dr Renamed Fleming" in _text(client.get(meeting.get_absolute_url()))


# --- Corrections that print a name again -------------------------------------------------------


def test_correcting_the_attendance_can_print_the_registers_names_again(
    record, clerk_client, client
):
    meeting = record["meeting"]
    _rename(record["people"]["fleming"])
    _rename(record["people"]["woodley"])  # named under the item, not on the register
    url = reverse("clerk:attendance", args=[meeting.pk])
    page = clerk_client.get(url)
    assert "Print these names as they now stand" in page.content.decode()
    data = form_data(page, "guests-TOTAL_FORMS")
    data["correction-reprint_names"] = "on"
    refused = clerk_client.post(url, data)
    assert "give the reason for the correction" in refused.content.decode()
    assert "Peter Fleming" in _text(client.get(meeting.get_absolute_url()))

    data["correction-reason"] = "The spelling of Cllr Fleming's name was corrected."
    assert clerk_client.post(url, data).status_code == 302
    meeting.refresh_from_db()
    text = _text(client.get(meeting.get_absolute_url()))
    assert "Dr Renamed Fleming" in text and "Peter Fleming" not in text
    assert "The spelling of Cllr Fleming's name was corrected." in text
    assert Correction.objects.filter(meeting=meeting, item=None).count() == 1
    assert meeting.history.first().history_change_reason.endswith("name was corrected.")
    # Only the register was printed again: the item still names its speaker as on the day.
    assert "Cllr Ron Woodley" in _text(client.get(record["item"].get_absolute_url()))


def test_an_attendance_correction_prints_again_only_the_people_it_touches(record, clerk_client):
    meeting, people = record["meeting"], record["people"]
    _rename(people["fleming"])
    _rename(people["attard"])
    url = reverse("clerk:attendance", args=[meeting.pk])
    data = form_data(clerk_client.get(url), "guests-TOTAL_FORMS")
    data[f"register-{people['fleming'].pk}-kind"] = Kind.ABSENT
    data["correction-reason"] = "Cllr Fleming was recorded present in error."
    assert clerk_client.post(url, data).status_code == 302
    meeting.refresh_from_db()
    printed = meeting.printed_names["people"]
    assert printed[str(people["fleming"].pk)]["name"] == "Renamed Fleming"
    assert printed[str(people["attard"].pk)]["name"] == "Susan Attard"
    assert meeting.printed_names["committee"] == BOARD


def test_correcting_the_details_can_print_the_committee_and_chair_again(
    record, clerk_client, client
):
    meeting = record["meeting"]
    _rename_everyone(record)
    url = reverse("clerk:meeting_edit", args=[meeting.pk])
    data = form_data(clerk_client.get(url), "venue")
    assert clerk_client.post(url, data).status_code == 302  # nothing changed, nothing asked
    assert not Correction.objects.filter(meeting=meeting).exists()
    data["correction-reprint_names"] = "on"
    data["correction-reason"] = "The board's name was misspelt."
    assert clerk_client.post(url, data).status_code == 302
    meeting.refresh_from_db()
    assert meeting.printed_names["committee"] == RENAMED_BOARD
    text = _text(client.get(meeting.get_absolute_url()))
    assert f'<span class="govuk-caption-l">{RENAMED_BOARD}</span>' in text
    assert "Chair" in text and "Dr Renamed Fleming" in text
    # The register is not the details: it keeps its names until its own correction.
    assert "Cllr Hannah Osei" in text


def test_a_new_chair_given_in_a_correction_is_printed_as_they_now_are(record, clerk_client):
    meeting = record["meeting"]
    chair = record["people"]["woodley"]
    _rename(chair)
    url = reverse("clerk:meeting_edit", args=[meeting.pk])
    data = form_data(clerk_client.get(url), "venue")
    data["chair"] = str(chair.pk)
    data["correction-reason"] = "Cllr Woodley took the chair."
    assert clerk_client.post(url, data).status_code == 302
    meeting.refresh_from_db()
    assert meeting.printed(chair).full_name == "Dr Renamed Woodley"
    assert meeting.printed_names["committee"] == BOARD


def test_correcting_an_item_can_print_its_names_again(record, clerk_client, client):
    meeting, item = record["meeting"], record["item"]
    _rename(record["people"]["woodley"])
    url = reverse("clerk:item_minutes", args=[meeting.pk, item.pk])
    data = form_data(clerk_client.get(url), "item-minute_text")
    data["correction-reprint_names"] = "on"
    data["correction-reason"] = "Cllr Woodley's name was misspelt."
    assert clerk_client.post(url, data).status_code == 302
    text = _text(client.get(item.get_absolute_url()))
    assert "Dr Renamed Woodley" in text
    assert Correction.objects.filter(item=item).count() == 1


# --- Minutes confirmed before the snapshot -----------------------------------------------------


def _around_the_migration() -> tuple[list, list]:
    graph = MigrationExecutor(connection).loader.graph
    (after,) = [
        key
        for key in graph.nodes
        if key[0] == "minutes" and key[1].endswith("_meeting_printed_names")
    ]
    (before,) = [n.key for n in graph.node_map[after].parents if n.key[0] == "minutes"]
    return [before], [after]


@pytest.mark.django_db(transaction=True)
def test_the_migration_prints_names_of_minutes_already_confirmed_as_they_then_stand():
    before, after = _around_the_migration()
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    Old = apps.get_model("minutes", "Meeting")
    OldPerson = apps.get_model("minutes", "Person")
    board = apps.get_model("minutes", "Committee").objects.create(name=BOARD, slug="board")
    starts = timezone.make_aware(datetime.datetime(2019, 1, 17, 11))

    def person(slug, honorific, name, organisation="", position=""):
        return OldPerson.objects.create(
            slug=slug,
            honorific=honorific,
            name=name,
            organisation=organisation,
            position=position,
        )

    fleming = person("fleming", "Cllr", "Peter Fleming", "Sevenoaks District Council")
    allen = person("allen", "Cllr", "Joy Allen")
    osei = person("osei", "Cllr", "Hannah Osei")
    attard = person("attard", "", "Susan Attard", "LGA", "Head of Productivity")
    woodley = person("woodley", "Cllr", "Ron Woodley")
    skinner = person("skinner", "", "Dennis Skinner")
    liddell = person("liddell", "", "Grace Liddell")
    owner = person("owner", "", "Olive Owner")
    stranger = person("stranger", "", "Not Named Here")
    later = Old.objects.create(
        committee=board, starts_at=starts + datetime.timedelta(days=28), slug="2019-02-14"
    )
    confirmed = Old.objects.create(
        committee=board,
        starts_at=starts,
        slug="2019-01-17",
        stage="confirmed",
        confirmed_at=later,
        chair=fleming,
        signed_by=fleming,
    )
    published = Old.objects.create(
        committee=board,
        starts_at=starts - datetime.timedelta(days=28),
        slug="2018-12-20",
        stage="published",
        chair=fleming,
    )
    register = apps.get_model("minutes", "Attendance").objects
    register.create(meeting=confirmed, person=osei, kind="substitute", substitute_for=allen)
    register.create(meeting=confirmed, person=attard, kind="in_attendance")
    item = apps.get_model("minutes", "AgendaItem").objects.create(
        meeting=confirmed, number="3", position=3, title="Productivity", introduced_by=attard
    )
    point = apps.get_model("minutes", "DiscussionPoint").objects.create(
        item=item, position=1, text="Members discussed."
    )
    point.speakers.add(woodley)
    apps.get_model("minutes", "DeclarationOfInterest").objects.create(
        item=item, person=skinner, nature="A governor."
    )
    apps.get_model("minutes", "Report").objects.create(
        item=item, title="Report", presenter=liddell, url="https://example.org/r.pdf"
    )
    apps.get_model("actions", "Action").objects.create(
        item=item, description="Officers to reply.", owner=owner, reference="2019-0001"
    )
    stranger.save()

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)
    New = executor.loader.project_state(after).apps.get_model("minutes", "Meeting")
    names = New.objects.get(pk=confirmed.pk).printed_names
    assert New.objects.get(pk=published.pk).printed_names is None
    assert New.objects.get(pk=later.pk).printed_names is None

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert names["committee"] == BOARD
    people = names["people"]
    assert set(people) == {
        str(p.pk) for p in (fleming, allen, osei, attard, woodley, skinner, liddell)
    }
    assert people[str(attard.pk)] == {
        "honorific": "",
        "name": "Susan Attard",
        "organisation": "LGA",
        "position": "Head of Productivity",
    }
    # And the pages read them from there once the names change.
    Person.objects.filter(pk=fleming.pk).update(name="Renamed Fleming")
    Committee.objects.filter(pk=board.pk).update(name=RENAMED_BOARD)
    meeting = Meeting.objects.select_related("committee", "chair").get(pk=confirmed.pk)
    assert meeting.printed(meeting.chair).full_name == "Cllr Peter Fleming"
    assert meeting.printed_committee_name == BOARD
