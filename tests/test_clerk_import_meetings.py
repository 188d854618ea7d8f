"""/clerk/import/ with whole meetings and files: items previewed one by one, saved all at once."""

import io
import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from actions.models import Action
from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.readers import read_upload
from minutes.models import AgendaItem, Attendance, DeclarationOfInterest, Meeting
from minutes.people import split_honorific
from minutes.services import import_meeting
from tests.clerk_helpers import form_data
from tests.factories import AgendaItemFactory, MeetingFactory

URL = reverse("clerk:import")
FIXTURES = Path(__file__).resolve().parent / "minutes_fixtures"
PARISH = (FIXTURES / "parish-numbered-full-meeting.txt").read_text(encoding="utf-8")
PATHS = sorted(p for p in FIXTURES.rglob("*") if p.suffix in {".txt", ".html", ".docx"})


@pytest.fixture
def meeting(db):
    return MeetingFactory(stage=Meeting.Stage.AGENDA)


def _counts(meeting) -> dict[str, int]:
    return {
        "items": meeting.agenda_items.count(),
        "attendance": meeting.attendances.count(),
        "declarations": DeclarationOfInterest.objects.filter(item__meeting=meeting).count(),
        "actions": Action.objects.filter(item__meeting=meeting).count(),
    }


def _preview(client, meeting, text=PARISH, **files):
    return client.post(URL, {"meeting": meeting.pk, "text": text, "preview": "1", **files})


def _import(client, previewed, **changes):
    data = form_data(previewed, "text")
    data.update(changes)
    data["import"] = "1"
    return client.post(URL, data)


def test_a_whole_meeting_previews_as_a_list_of_editable_items(clerk_client, meeting):
    response = _preview(clerk_client, meeting)
    assert response.status_code == 200
    preview = response.context["preview"]
    assert [(i.parsed.number, i.parsed.title) for i in preview.items][:2] == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
    ]
    data = form_data(response, "text")
    assert data["item-TOTAL_FORMS"] == "7"
    assert (data["item-5-number"], data["item-5-title"]) == ("6", "Allotments")
    html = response.content.decode()
    assert "Import 7 items" in html
    assert 'id="import-warnings"' in html, "what it could not place is listed plainly"
    assert "Could not place “MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL" in html
    assert "Cllr Pennick" in html and "(item 6)" in html
    assert _counts(meeting) == dict.fromkeys(["items", "attendance", "declarations", "actions"], 0)


def test_import_saves_items_attendance_declarations_and_the_chair_at_once(clerk_client, meeting):
    response = _import(clerk_client, _preview(clerk_client, meeting), **{"item-6-title": "Next"})
    assert response.status_code == 302
    assert response.url == reverse("clerk:meeting", args=[meeting.pk])
    items = list(meeting.agenda_items.order_by("position"))
    assert [(i.number, i.title) for i in items][-2:] == [("6", "Allotments"), ("7", "Next")]
    allotments = items[5]
    decision = allotments.decisions.get().text
    assert decision == "It was RESOLVED that the plots be advertised in the parish newsletter."
    assert allotments.minute_text == "Cllr Quayle reported that three plots were vacant."
    (action,) = allotments.actions.all()
    assert (action.owner_label, action.due_on.isoformat()) == ("Clerk", "2025-03-14")
    register = {str(a.person): a.kind for a in meeting.attendances.select_related("person")}
    assert register == {
        "Cllr Harlow": Attendance.Kind.PRESENT,
        "Cllr Pennick": Attendance.Kind.PRESENT,
        "Cllr Quayle": Attendance.Kind.PRESENT,
        "Cllr Ostrander": Attendance.Kind.PRESENT,
        "Mrs J Tolliver": Attendance.Kind.IN_ATTENDANCE,
        "Cllr Venn": Attendance.Kind.APOLOGIES,
    }
    (declaration,) = DeclarationOfInterest.objects.filter(item__meeting=meeting)
    assert (str(declaration.person), declaration.item) == ("Cllr Pennick", allotments)
    meeting.refresh_from_db()
    assert str(meeting.chair) == "Cllr Harlow"
    assert "MINUTES OF THE MEETING OF ASHCOMBE" in items[0].minute_text, "kept, not dropped"
    assert "Present:" not in items[0].minute_text, "the register is not an item's text"


def test_an_item_can_be_left_out_and_numbers_changed(clerk_client, meeting):
    previewed = _preview(clerk_client, meeting)
    data = form_data(previewed, "text")
    del data["item-0-include"]
    data.update({"item-1-number": "2a", "import": "1"})
    clerk_client.post(URL, data)
    numbers = list(meeting.agenda_items.values_list("number", flat=True))
    assert numbers == ["2a", "3", "4", "5", "6", "7"]


def test_a_number_taken_or_repeated_is_refused_and_nothing_is_saved(clerk_client, meeting):
    AgendaItemFactory(meeting=meeting, number="3", position=1)
    previewed = _preview(clerk_client, meeting)
    html = previewed.content.decode()
    assert "Item 3 is already on the agenda of this meeting" not in html, "not yet checked"
    response = _import(clerk_client, previewed)
    assert "Item 3 is already on the agenda of this meeting" in response.content.decode()
    assert 'href="#id_item-2-number"' in response.content.decode()
    response = _import(clerk_client, response, **{"item-2-number": "4"})
    assert "Item 4 is numbered twice" in response.content.decode()
    assert form_data(response, "text")["item-2-number"] == "4", "what was typed is kept"
    assert meeting.agenda_items.count() == 1


def test_the_saving_is_all_or_nothing(clerk_client, meeting, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(DeclarationOfInterest.objects, "create", fail)
    with pytest.raises(RuntimeError):
        import_meeting(meeting=meeting, parsed=parse_meeting(PARISH))
    assert _counts(meeting) == dict.fromkeys(["items", "attendance", "declarations", "actions"], 0)


@pytest.mark.parametrize(
    "name", ["docx-parish-meeting.docx", "html-whole-meeting.html", "action-log-tabs.txt"]
)
def test_an_uploaded_file_gives_the_same_structure_as_the_command(clerk_client, meeting, name):
    path = FIXTURES / name
    upload = SimpleUploadedFile(name, path.read_bytes())
    response = _preview(clerk_client, meeting, text="", upload=upload)
    assert response.status_code == 200
    out = io.StringIO()
    call_command("import_minute", str(path), "--json", stdout=out)
    from_command = json.loads(out.getvalue())
    assert response.context["preview"].parsed.as_json() == from_command
    html = response.content.decode()
    for item in from_command["items"]:
        assert item["title"].replace("'", "&#x27;") in html
        for decision in item["decisions"]:
            assert decision["text"].replace("'", "&#x27;") in html
    # The file's text is put in the box, so that Import saves what was previewed.
    assert form_data(response, "text")["text"] == read_upload(name, path.read_bytes())


def test_a_pasted_page_source_is_read_as_the_page(clerk_client, meeting):
    source = (FIXTURES / "html-pasted-fragment.html").read_text()
    preview = _preview(clerk_client, meeting, text=source).context["preview"]
    (item,) = preview.items
    assert item.parsed.title == "Youth council report"
    assert [p.topic for p in item.points] == ["Transport", "Mental health"]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("minutes.docx", b"MZ\x90\x00 a program", "is named as a Word document"),
        ("minutes.pdf", b"%PDF-1.4 a pdf", "cannot be imported"),
        ("minutes.txt", b"", "is empty"),
        ("minutes.html", b"<p>\x00</p>", "is named as a saved web page"),
    ],
)
def test_an_upload_that_is_not_minutes_is_refused_through_the_upload_checks(
    clerk_client, meeting, name, content, message
):
    upload = SimpleUploadedFile(name, content)
    response = _preview(clerk_client, meeting, text="", upload=upload)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["preview"] is None
    assert _counts(meeting)["items"] == 0


def test_a_word_document_that_will_not_open_is_a_clear_message(clerk_client, meeting):
    # A zip that passes the type check but is no Word document.
    upload = SimpleUploadedFile(
        "minutes.docx", (FIXTURES / "docx-single-item.docx").read_bytes()[:4000]
    )
    response = _preview(clerk_client, meeting, text="", upload=upload)
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert _counts(meeting)["items"] == 0


class _Saved:
    """The text of what the record saved for a meeting, for missing_sentences."""

    def __init__(self, meeting, register_lines):
        parts = list(register_lines)
        for item in meeting.agenda_items.prefetch_related("discussion_points", "decisions"):
            parts += [item.number, item.title, item.minute_text]
            parts += [f"{p.topic} {p.text}" for p in item.discussion_points.all()]
            parts += [d.text for d in item.decisions.all()]
            for action in Action.objects.filter(item=item):
                # A due date is saved as a date: written here the ways minutes write it.
                due = (
                    action.due_on.strftime("%d/%m/%Y %-d %B %Y %-d %b %Y") if action.due_on else ""
                )
                parts += [action.description, action.owner_label, due]
        self.text = "\n".join(parts)

    def all_text(self):
        return self.text


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_no_fixture_loses_a_sentence_in_the_saved_record(path, db):
    meeting = MeetingFactory(stage=Meeting.Stage.AGENDA)
    text = read_upload(path.name, path.read_bytes())
    parsed = parse_meeting(text)
    for place, item in enumerate(parsed.items, start=1):
        item.number = item.number or f"{place}"
        item.title = item.title or "Untitled"
    import_meeting(meeting=meeting, parsed=parsed)
    # The register's lines are held as attendance: every name in them is on it.
    on_register = {str(a.person) for a in meeting.attendances.select_related("person")}
    register = parsed.register
    # As the record prints them: "Prof. Alison Greaves" is kept as "Prof Alison Greaves".
    listed = register.present + register.apologies + register.in_attendance
    assert {" ".join(filter(None, split_honorific(name))) for name in listed} <= on_register
    assert missing_sentences(text, _Saved(meeting, register.source)) == []
    assert AgendaItem.objects.filter(meeting=meeting).count() == len(parsed.items)


def test_a_preview_reads_the_minutes_once(clerk_client, meeting, monkeypatch):
    # A year of minutes takes a second or more to read: the preview's second form (the one
    # that puts an uploaded file's text in the box) takes the reading the first made.
    readings = []

    def counted(text):
        readings.append(text)
        return parse_meeting(text)

    monkeypatch.setattr("minutes.clerk.import_forms.parse_meeting", counted)
    response = _preview(clerk_client, meeting)
    assert len(readings) == 1
    assert [i.parsed.number for i in response.context["preview"].items][:2] == ["1", "2"]

    # Import reads the text it is given again, and only once.
    readings.clear()
    assert _import(clerk_client, response).status_code == 302
    assert readings == [PARISH]
    assert meeting.agenda_items.count() == len(parse_meeting(PARISH).items)
