"""Backup and restore: the record and its documents come back exactly as they were.

The demo record plus some generated records (with a document) is exported with
`dumpdata`, loaded into an empty database by a separate process as an operator would
(`migrate`, `loaddata`, documents copied back), and exported again: the two exports are
identical, and so are the documents. On PostgreSQL the restored database is also taken
through `pg_dump` and `pg_restore` into another empty database, with the same result.
"""

import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core import serializers
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection

from actions.models import Action
from minutes.models import DiscussionPoint, Meeting, Report
from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AgendaItemFactory,
    DecisionFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
    ReportFactory,
)

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
DUMP_ARGS = [
    "dumpdata",
    "--natural-foreign",
    "--natural-primary",
    "--exclude=contenttypes",
    "--exclude=auth.permission",
    "--exclude=sessions",
    "--exclude=admin.logentry",
    "--indent=1",
]
FINGERPRINTS = """
import hashlib, json
from minutes.models import Report
print(json.dumps([
    [r.pk, r.original_name, hashlib.sha256(r.file.storage.open(r.file.name).read()).hexdigest()]
    for r in Report.objects.exclude(file="").order_by("pk")
]))
"""


def generated_records():
    meeting = MeetingFactory(stage=Meeting.Stage.PUBLISHED, venue="Committee Room 2")
    for number in range(1, 4):
        item = AgendaItemFactory(meeting=meeting, minute_text=f"## Item {number}\n\nNoted.")
        point = DiscussionPointFactory(item=item)
        DecisionFactory(item=item)
        action = ActionFactory(item=item, discussion_point=point)
        ActionUpdateFactory(action=action, status_after=Action.Status.IN_PROGRESS)
    exempt = AgendaItemFactory(meeting=meeting, is_exempt=True, exempt_reason="Paragraph 3")
    ReportFactory(item=exempt, url="", file=SimpleUploadedFile("Exempt report.pdf", PDF))
    ReportFactory(item=item, url="", file=SimpleUploadedFile("Budget 2025.pdf", PDF + b"%1"))


# A dump keeps times to the millisecond: a time 400 microseconds past a second is written
# "12:00:00.000Z", and read back it is written "12:00:00Z". The same instant either way.
WHOLE_SECOND = re.compile(r"(T\d\d:\d\d:\d\d)\.000(?=Z|[+-]\d\d:\d\d)")


def the_record(dump: str) -> dict:
    """A dump's rows by model and key, less the search vectors: derived text that
    PostgreSQL's triggers build again as the rows are loaded (a point's before its speakers
    are), never restored as such."""
    rows = {}
    for row in json.loads(WHOLE_SECOND.sub(r"\1", dump)):
        row["fields"].pop("search_vector", None)
        key = (row["model"], row.get("pk") or json.dumps(row["fields"], sort_keys=True)[:200])
        assert key not in rows, f"{key} is in the dump twice"
        rows[key] = row["fields"]
    return rows


def assert_same_record(restored: dict, backed_up: dict) -> None:
    """Every row back, none added, each as it was; a failure names the rows."""
    missing = sorted(set(backed_up) - set(restored), key=str)
    added = sorted(set(restored) - set(backed_up), key=str)
    changed = [key for key in backed_up if key in restored and restored[key] != backed_up[key]]
    assert not (missing or added or changed), (
        f"missing {missing[:10]}, added {[(k, restored[k]) for k in added[:10]]}, "
        f"changed {[(k, backed_up[k], restored[k]) for k in changed[:5]]}"
    )


def export_here() -> dict:
    out = io.StringIO()
    call_command(*DUMP_ARGS, stdout=out)
    return the_record(out.getvalue())


def fingerprints_here() -> list:
    return [
        [r.pk, r.original_name, hashlib.sha256(r.file.open("rb").read()).hexdigest()]
        for r in Report.objects.exclude(file="").order_by("pk")
    ]


def app_env(database_url: str, media_root: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="minutes.settings",
        DEBUG="1",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
    )
    return env


def manage(env, *args) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.fixture
def empty_database(tmp_path):
    """An empty database of the same kind the suite runs on, dropped afterwards."""
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}", None
        return
    created = []

    def make():
        name = f"test_restore_{uuid.uuid4().hex[:10]}"
        with _server_cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        params = connection.settings_dict
        return f"postgres://{params['USER']}@{params['HOST']}:{params['PORT']}/{name}"

    yield make(), make
    with _server_cursor() as cursor:
        for name in created:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _server_cursor():
    import psycopg

    params = dict(connection.get_connection_params())
    params["dbname"] = "postgres"
    server = psycopg.connect(**params)
    server.autocommit = True
    return _Closing(server)


class _Closing:
    def __init__(self, server):
        self.server = server

    def __enter__(self):
        self.cursor = self.server.cursor()
        return self.cursor

    def __exit__(self, *exc):
        self.cursor.close()
        self.server.close()


def test_loading_a_point_with_its_speakers_writes_no_history_of_its_own(tmp_path):
    """A restore brings the history rows the backup holds and makes none: before, each point
    with speakers gained a "changed" row dated the day of the restore."""
    point = DiscussionPointFactory()
    point.speakers.set([PersonFactory(), PersonFactory()])
    backup = tmp_path / "point.json"
    backup.write_text(serializers.serialize("json", [point]))
    point.history.all().delete()
    DiscussionPoint.objects.filter(pk=point.pk).delete()
    DiscussionPoint.history.filter(id=point.pk).delete()

    call_command("loaddata", str(backup), verbosity=0)

    assert DiscussionPoint.objects.get(pk=point.pk).speakers.count() == 2
    assert not DiscussionPoint.history.filter(id=point.pk).exists()


def test_a_backup_restores_to_the_same_record_and_documents(demo, tmp_path, empty_database):
    generated_records()
    first = export_here()
    documents = fingerprints_here()
    assert len(documents) == 2 and any(
        model == "minutes.agendaitem" and fields["is_exempt"]
        for (model, _), fields in first.items()
    )

    # The backup: the export, and a copy of the document files.
    backup = tmp_path / "backup"
    (backup / "media").mkdir(parents=True)
    out = io.StringIO()
    call_command(*DUMP_ARGS, stdout=out)
    (backup / "minutes.json").write_text(out.getvalue())
    for report in Report.objects.exclude(file=""):
        target = backup / "media" / report.file.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(settings.MEDIA_ROOT) / report.file.name, target)

    # The restore, by another process, into an empty database and a new document folder.
    database_url, another_database = empty_database
    restored_media = tmp_path / "restored-media"
    shutil.copytree(backup / "media", restored_media)
    env = app_env(database_url, restored_media)
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "loaddata", str(backup / "minutes.json"))
    assert_same_record(the_record(manage(env, *DUMP_ARGS)), first)
    assert json.loads(manage(env, "shell", "-c", FINGERPRINTS).splitlines()[-1]) == documents

    if another_database is None:
        return
    # PostgreSQL's own tools: pg_dump the restored database, pg_restore it into another.
    dump = tmp_path / "minutes.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", f"--file={dump}", database_url], check=True, timeout=600
    )
    second_url = another_database()
    subprocess.run(
        ["pg_restore", "--no-owner", f"--dbname={second_url}", str(dump)], check=True, timeout=600
    )
    env = app_env(second_url, restored_media)
    assert_same_record(the_record(manage(env, *DUMP_ARGS)), first)
    assert json.loads(manage(env, "shell", "-c", FINGERPRINTS).splitlines()[-1]) == documents
