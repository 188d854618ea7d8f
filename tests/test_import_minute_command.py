"""`manage.py import_minute FILE`: the reading as JSON, a dry run, or an import into a meeting."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from minutes.importing import parse_meeting
from minutes.importing.readers import read_upload
from minutes.models import AgendaItem, Attendance, Meeting
from tests.factories import MeetingFactory

FIXTURES = Path(__file__).resolve().parent / "minutes_fixtures"
ITEM_KEYS = {"number", "title", "sections", "discussion_points", "decisions", "actions"}


def _run(*args) -> str:
    out = io.StringIO()
    call_command("import_minute", *args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize(
    "name",
    ["parish-numbered-full-meeting.txt", "html-whole-meeting.html", "docx-action-table.docx"],
)
def test_json_prints_only_the_reading_in_the_stable_shape(name):
    printed = json.loads(_run(str(FIXTURES / name), "--json"))
    assert set(printed) == {"items", "attendance", "people", "warnings"}
    for item in printed["items"]:
        assert set(item) == ITEM_KEYS
        assert all(set(s) == {"heading", "text"} for s in item["sections"])
        assert all(set(p) == {"topic", "text", "speakers"} for p in item["discussion_points"])
        assert all(set(d) == {"text"} for d in item["decisions"])
        assert all(set(a) == {"description", "owner", "due_date"} for a in item["actions"])
    path = FIXTURES / name
    assert printed == parse_meeting(read_upload(path.name, path.read_bytes())).as_json()


def test_json_gives_due_dates_as_iso_dates_and_owners():
    printed = json.loads(_run(str(FIXTURES / "action-log-tabs.txt"), "--json"))
    (item,) = printed["items"]
    assert item["actions"][0] == {
        "description": "Write to the highways authority about the Mill Lane verge",
        "owner": "JT",
        "due_date": "2025-03-31",
    }


@pytest.mark.django_db
def test_json_and_dry_run_save_nothing():
    meeting = MeetingFactory(stage=Meeting.Stage.AGENDA)
    _run(str(FIXTURES / "parish-numbered-full-meeting.txt"), "--json", "--meeting", str(meeting.pk))
    out = _run(
        str(FIXTURES / "parish-numbered-full-meeting.txt"),
        "--dry-run",
        "--meeting",
        str(meeting.pk),
    )
    assert "6. Allotments: 0 points, 1 decisions, 1 actions" in out
    assert "Dry run: nothing was saved." in out
    assert not AgendaItem.objects.filter(meeting=meeting).exists()
    assert not Attendance.objects.filter(meeting=meeting).exists()


@pytest.mark.django_db
def test_meeting_imports_the_items_and_the_register():
    meeting = MeetingFactory(stage=Meeting.Stage.AGENDA)
    out = _run(str(FIXTURES / "docx-parish-meeting.docx"), "--meeting", str(meeting.pk))
    assert "Imported 3 item(s)" in out
    assert list(meeting.agenda_items.values_list("number", "title")) == [
        ("1", "Apologies for absence"),
        ("2", "Village hall roof"),
        ("3", "Defibrillator"),
    ]
    kinds = {str(a.person): a.kind for a in meeting.attendances.select_related("person")}
    assert kinds["Cllr Marion Eady"] == Attendance.Kind.PRESENT
    assert kinds["Cllr Ottoline Grey"] == Attendance.Kind.APOLOGIES
    assert kinds["Bryony Hale"] == Attendance.Kind.IN_ATTENDANCE


@pytest.mark.django_db
def test_a_confirmed_meeting_a_missing_file_or_no_meeting_is_a_clear_error():
    later = MeetingFactory()
    confirmed = MeetingFactory(stage=Meeting.Stage.CONFIRMED, confirmed_at=later)
    with pytest.raises(CommandError, match="locked"):
        _run(str(FIXTURES / "one-line-item.txt"), "--meeting", str(confirmed.pk))
    with pytest.raises(CommandError, match="There is no file"):
        _run(str(FIXTURES / "not-there.txt"), "--json")
    with pytest.raises(CommandError, match="--meeting ID"):
        _run(str(FIXTURES / "one-line-item.txt"))
    with pytest.raises(CommandError, match="no meeting 999999"):
        _run(str(FIXTURES / "one-line-item.txt"), "--meeting", "999999")


def test_a_file_that_is_not_what_its_name_says_is_a_clear_error(tmp_path):
    fake = tmp_path / "minutes.docx"
    fake.write_bytes(b"not a word document")
    with pytest.raises(CommandError, match="could not be opened"):
        _run(str(fake), "--json")
