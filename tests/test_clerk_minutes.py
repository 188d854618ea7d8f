"""Taking an item's minutes on one page: everything saved together, nothing typed ever lost."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from actions.models import Action
from minutes.models import Attendance, Decision, DiscussionPoint, Meeting, Person, Report
from tests.clerk_helpers import form_data
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    CommitteeFactory,
    DiscussionPointFactory,
    MeetingFactory,
    MembershipFactory,
    PersonFactory,
)

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def board(db):
    return CommitteeFactory(name="Improvement and Innovation Board", slug="iib")


@pytest.fixture
def fleming(board):
    return MembershipFactory(committee=board, person__name="Peter Fleming").person


@pytest.fixture
def woodley(board):
    return MembershipFactory(committee=board, person__name="Ron Woodley").person


@pytest.fixture
def item(board, fleming, woodley):
    meeting = MeetingFactory(committee=board, stage=Meeting.Stage.AGENDA)
    return AgendaItemFactory(
        meeting=meeting, number="3", position=1, title="Productivity", minute_text=""
    )


def url(item):
    return reverse("clerk:item_minutes", args=[item.meeting.pk, item.pk])


def blank_form(clerk_client, item):
    return form_data(clerk_client.get(url(item)), "item-minute_text")


def add_point_row(data, index, **fields):
    """What the "Add another point" button does: one more row, numbered as Django expects."""
    data["points-TOTAL_FORMS"] = str(index + 1)
    for name, value in fields.items():
        data[f"points-{index}-{name}"] = value


def test_the_page_offers_the_committees_members_as_speakers(clerk_client, item, fleming):
    html = clerk_client.get(url(item)).content.decode()
    assert "Cllr Peter Fleming" in html
    assert "Start a section with a line such as “## Cyber Security”" in html
    # Without JavaScript there are blank rows to fill in, and a template for "Add another".
    assert 'name="points-0-text"' in html and 'name="points-1-text"' in html
    assert 'name="actions-0-description"' in html
    assert "<template data-formset-template>" in html


def test_a_clerk_takes_a_whole_item_in_one_save(clerk_client, item, fleming, woodley):
    data = blank_form(clerk_client, item)
    data["item-minute_text"] = "## Cyber Security\n\nMembers noted the report.\n\n- one\n- two"
    data["item-introduced_by"] = str(woodley.pk)
    data.update(
        {
            "points-0-position": "1",
            "points-0-topic": "Shared Services",
            "points-0-text": "Cllr Fleming asked about shared services.",
            "points-0-speakers": [str(fleming.pk)],
            "points-1-position": "2",
            "points-1-topic": "Procurement",
            "points-1-text": "Members discussed procurement.",
            "points-1-speakers": [str(fleming.pk), str(woodley.pk)],
        }
    )
    add_point_row(data, 2, position="3", topic="Commercialisation", text="Income was discussed.")
    data["decisions-0-text"] = "RESOLVED that the report be noted."
    data.update(
        {
            "actions-0-description": "Officers to follow up the points raised.",
            "actions-0-owner_label": "Officers",
            "actions-1-description": "Circulate the procurement strategy.",
            "actions-1-owner": str(woodley.pk),
            "actions-1-point": "2",
            "actions-1-due_on_0": "28",
            "actions-1-due_on_1": "2",
            "actions-1-due_on_2": "2019",
            "reports-0-title": "Productivity report",
            "reports-0-url": "https://example.org/productivity.pdf",
            "declarations-0-person": str(fleming.pk),
            "declarations-0-nature": "Non-pecuniary: a trustee of a local charity.",
        }
    )
    response = clerk_client.post(url(item), data)
    assert response.status_code == 302, response.content.decode()[:3000]

    item.refresh_from_db()
    assert item.minute_text.startswith("## Cyber Security")
    assert item.introduced_by == woodley
    points = list(item.discussion_points.order_by("position"))
    assert [(p.position, p.topic) for p in points] == [
        (1, "Shared Services"),
        (2, "Procurement"),
        (3, "Commercialisation"),
    ]
    assert set(points[1].speakers.all()) == {fleming, woodley}
    assert [d.text for d in item.decisions.all()] == ["RESOLVED that the report be noted."]
    whole_item = Action.objects.get(description__startswith="Officers to follow up")
    assert whole_item.discussion_point is None and whole_item.owner_label == "Officers"
    from_point = Action.objects.get(description__startswith="Circulate")
    assert from_point.discussion_point == points[1]
    assert from_point.owner == woodley
    assert str(from_point.due_on) == "2019-02-28"
    assert item.reports.get().href == "https://example.org/productivity.pdf"
    assert item.declarations.get().person == fleming


def test_an_error_keeps_everything_typed_and_saves_nothing(clerk_client, item, fleming):
    data = blank_form(clerk_client, item)
    data["item-minute_text"] = "## Procurement\n\nA minute typed with care."
    data.update(
        {
            "points-0-position": "1",
            "points-0-topic": "Shared Services",
            "points-0-text": "Cllr Fleming spoke at length.",
            "points-0-speakers": [str(fleming.pk)],
            "decisions-0-text": "RESOLVED that officers report back.",
            "actions-0-description": "Report back on shared services.",
            "actions-0-owner": str(fleming.pk),
            "actions-0-owner_label": "Officers",  # an owner and a label: refused
            "actions-1-description": "Write to the minister.",
            "actions-1-point": "7",  # there is no point 7
            "declarations-0-nature": "Declared by nobody",  # no person chosen
        }
    )
    response = clerk_client.post(url(item), data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert "Choose a person or type who owns it, not both." in html
    assert "There is no point 7 under this item" in html
    assert "Choose who declared the interest." in html
    assert 'href="#id_actions-0-owner_label"' in html
    for typed in [
        "A minute typed with care.",
        "Shared Services",
        "Cllr Fleming spoke at length.",
        "RESOLVED that officers report back.",
        "Report back on shared services.",
        "Write to the minister.",
        "Declared by nobody",
    ]:
        assert typed in html, typed
    again = form_data(response, "item-minute_text")
    assert again["points-0-speakers"] == str(fleming.pk)
    assert again["actions-1-point"] == "7"
    item.refresh_from_db()
    assert item.minute_text == ""
    assert not DiscussionPoint.objects.exists()
    assert not Decision.objects.exists()
    assert not Action.objects.exists()


def test_points_may_swap_numbers(clerk_client, item):
    first = DiscussionPointFactory(item=item, position=1, topic="First")
    second = DiscussionPointFactory(item=item, position=2, topic="Second")
    data = blank_form(clerk_client, item)
    index = {data[f"points-{n}-id"]: n for n in range(2)}
    data[f"points-{index[str(first.pk)]}-position"] = "2"
    data[f"points-{index[str(second.pk)]}-position"] = "1"
    assert clerk_client.post(url(item), data).status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.position, second.position) == (2, 1)


def test_two_points_with_one_number_are_refused(clerk_client, item):
    DiscussionPointFactory(item=item, position=1)
    data = blank_form(clerk_client, item)
    data.update({"points-1-position": "1", "points-1-text": "Another point."})
    response = clerk_client.post(url(item), data)
    assert "Two points are numbered 1; renumber one." in response.content.decode()
    assert item.discussion_points.count() == 1


def test_an_action_keeps_to_its_point_when_the_points_are_renumbered(clerk_client, item):
    point = DiscussionPointFactory(item=item, position=1, topic="Budget")
    action = ActionFactory(item=item, discussion_point=point)
    data = blank_form(clerk_client, item)
    assert data["actions-0-point"] == "1"
    data["points-0-position"] = "4"
    data["actions-0-point"] = "4"
    assert clerk_client.post(url(item), data).status_code == 302
    action.refresh_from_db()
    assert action.discussion_point == point
    point.refresh_from_db()
    assert point.position == 4


def test_only_rows_that_hold_a_saved_record_offer_to_remove_it(clerk_client, item):
    DiscussionPointFactory(item=item, position=1)
    ActionFactory(item=item)
    html = clerk_client.get(url(item)).content.decode()
    assert 'name="points-0-DELETE"' in html and 'name="actions-0-DELETE"' in html
    # The blank rows, and the row "Add another" copies, hold nothing to remove.
    for name in ["points-1", "points-2", "actions-1", "actions-2", "decisions-0", "reports-0"]:
        assert f'name="{name}-DELETE"' not in html
    assert 'name="points-__prefix__-DELETE"' not in html


def test_a_filled_in_new_row_shown_again_after_an_error_has_no_remove_box(clerk_client, item):
    data = blank_form(clerk_client, item)
    data.update({"points-0-position": "1", "points-0-topic": "Budget", "points-0-text": ""})
    response = clerk_client.post(url(item), data)
    html = response.content.decode()
    assert "Write what was said on this point." in html
    assert 'value="Budget"' in html
    assert 'name="points-0-DELETE"' not in html


def test_a_point_an_action_comes_from_cannot_be_removed_from_under_it(clerk_client, item):
    point = DiscussionPointFactory(item=item, position=1)
    ActionFactory(item=item, discussion_point=point)
    data = blank_form(clerk_client, item)
    data["points-0-DELETE"] = "on"
    response = clerk_client.post(url(item), data)
    assert response.status_code == 200
    assert "Point 1 is being removed; choose another point or the whole item." in (
        response.content.decode()
    )
    assert DiscussionPoint.objects.filter(pk=point.pk).exists()


def test_an_action_with_a_history_of_updates_cannot_be_removed(clerk_client, item):
    from tests.factories import ActionUpdateFactory

    action = ActionFactory(item=item)
    ActionUpdateFactory(action=action, note="Report drafted.")
    data = blank_form(clerk_client, item)
    data["actions-0-DELETE"] = "on"

    response = clerk_client.post(url(item), data)

    assert response.status_code == 200
    assert f"Action {action.reference} has a history of updates" in response.content.decode()
    assert action.updates.get().note == "Report drafted."


def test_an_action_with_no_updates_can_be_removed(clerk_client, item):
    action = ActionFactory(item=item)
    data = blank_form(clerk_client, item)
    data["actions-0-DELETE"] = "on"

    assert clerk_client.post(url(item), data).status_code == 302
    assert not Action.objects.filter(pk=action.pk).exists()


def test_removing_a_point_and_moving_its_action_to_the_whole_item(clerk_client, item):
    point = DiscussionPointFactory(item=item, position=1)
    action = ActionFactory(item=item, discussion_point=point)
    data = blank_form(clerk_client, item)
    data["points-0-DELETE"] = "on"
    data["actions-0-point"] = ""
    assert clerk_client.post(url(item), data).status_code == 302
    assert not DiscussionPoint.objects.filter(pk=point.pk).exists()
    action.refresh_from_db()
    assert action.discussion_point is None


def test_new_people_are_added_without_losing_what_was_typed(clerk_client, item):
    data = blank_form(clerk_client, item)
    data["item-minute_text"] = "Typed before adding someone."
    data["points-0-text"] = "A point typed before adding someone."
    data.update({"people-0-name": "Dr Amina Shah", "people-0-position": "Chief Economist"})
    data["add_people"] = "1"
    response = clerk_client.post(url(item), data)

    assert response.status_code == 200
    shah = Person.objects.get(name="Amina Shah")
    assert (shah.honorific, shah.position) == ("Dr", "Chief Economist")
    assert Attendance.objects.get(meeting=item.meeting, person=shah).kind == "in_attendance"
    html = response.content.decode()
    assert "Typed before adding someone." in html
    assert "A point typed before adding someone." in html
    assert "govuk-error-summary" not in html
    # She is now offered as a speaker on every point, and nothing else was saved.
    again = form_data(response, "item-minute_text")
    assert again["people-0-name"] == ""
    assert f'value="{shah.pk}"' in html
    item.refresh_from_db()
    assert item.minute_text == ""
    assert not DiscussionPoint.objects.exists()


def test_adding_someone_already_known_does_not_duplicate_them(clerk_client, item, fleming):
    data = blank_form(clerk_client, item)
    data.update({"people-0-name": "Cllr Peter Fleming", "add_people": "1"})
    clerk_client.post(url(item), data)
    assert Person.objects.filter(name="Peter Fleming").count() == 1


def test_an_uploaded_report_is_checked_and_saved(clerk_client, item):
    data = blank_form(clerk_client, item)
    data["reports-0-title"] = "Annual report"
    data["reports-0-file"] = SimpleUploadedFile("annual.pdf", PDF, "application/pdf")
    assert clerk_client.post(url(item), data).status_code == 302
    report = Report.objects.get()
    assert report.file.name.endswith(".pdf")


def test_a_disguised_upload_is_refused_with_a_clear_message(clerk_client, item):
    data = blank_form(clerk_client, item)
    data["reports-0-title"] = "Not really a PDF"
    data["reports-0-file"] = SimpleUploadedFile(
        "report.pdf", b"MZ\x90\x00 a program", "application/pdf"
    )
    response = clerk_client.post(url(item), data)
    assert response.status_code == 200
    assert "is named as a PDF but its contents are not one" in response.content.decode()
    assert not Report.objects.exists()


def test_a_good_upload_is_kept_when_something_else_on_the_page_is_wrong(clerk_client, item):
    data = blank_form(clerk_client, item)
    data["reports-0-title"] = "Annual report"
    data["reports-0-file"] = SimpleUploadedFile("annual.pdf", PDF, "application/pdf")
    data["actions-0-description"] = "Owned twice"
    data["actions-0-owner_label"] = "Officers"
    data["actions-0-owner"] = str(PersonFactory().pk)
    response = clerk_client.post(url(item), data)
    assert response.status_code == 200
    assert "Kept from your last attempt" in response.content.decode()
    again = form_data(response, "item-minute_text")
    again["actions-0-owner"] = ""
    assert clerk_client.post(url(item), again).status_code == 302
    report = Report.objects.get()
    assert report.original_name == "annual.pdf"
    assert "annual" not in report.file.name


def test_a_forged_kept_file_is_ignored(clerk_client, item):
    data = blank_form(clerk_client, item)
    data["reports-0-title"] = "Sneaky"
    data["reports-0-kept_file"] = "reports/../../etc/passwd"
    response = clerk_client.post(url(item), data)
    assert response.status_code == 200
    assert "Upload a file or give a link to the report." in response.content.decode()
    assert not Report.objects.exists()


def test_clerks_take_the_minutes_of_exempt_items(clerk_client, item):
    item.is_exempt = True
    item.exempt_reason = "Paragraph 3 of Schedule 12A"
    item.save()
    html = clerk_client.get(url(item)).content.decode()
    assert "Exempt: Paragraph 3 of Schedule 12A" in html
    assert 'name="item-minute_text"' in html


def test_the_page_is_a_fixed_number_of_queries_however_many_rows(clerk_client, item, fleming):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import DecisionFactory, DeclarationFactory, ReportFactory

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert clerk_client.get(url(item)).status_code == 200
        return len(captured)

    def add_rows(numbers) -> None:
        for n in numbers:
            point = DiscussionPointFactory(item=item, position=n)
            point.speakers.add(fleming)
            ActionFactory(item=item, discussion_point=point, owner=fleming)
            DecisionFactory(item=item, position=n)
            ReportFactory(item=item, presenter=fleming)
            DeclarationFactory(item=item, person=fleming)

    add_rows([1])
    few = queries()
    add_rows(range(2, 12))

    assert queries() == few
