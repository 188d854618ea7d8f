"""`manage.py import_minute FILE [--meeting ID] [--dry-run] [--json]`: minutes from a file.

Reads a .docx, a .txt or a saved .html page (or "-" for standard input) as the clerk's
import page does. With --json it prints only the reading, as JSON, on standard output:
the same structure the import page previews. With --meeting it saves the items, the
attendance and the declarations into that meeting in one transaction, as the page's
Import does; --dry-run reads and checks without saving.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from minutes.importing import missing_sentences, parse_meeting
from minutes.importing.readers import UnreadableFile, read_upload
from minutes.models import Meeting
from minutes.services import WorkflowError, import_meeting


class Command(BaseCommand):
    help = "Read minutes from a file (.docx, .txt or .html) and import them into a meeting."

    def add_arguments(self, parser):
        parser.add_argument("file", help='The minutes: a .docx, .txt or .html file, or "-".')
        parser.add_argument("--meeting", type=int, help="The id of the meeting to import into.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Read and check, but save nothing."
        )
        parser.add_argument(
            "--json", action="store_true", help="Print only the reading, as JSON, and save nothing."
        )

    def handle(self, *args, **options):
        text = self._read(options["file"])
        parsed = parse_meeting(text)
        if options["json"]:
            self.stdout.write(json.dumps(parsed.as_json(), ensure_ascii=False, indent=2))
            return
        meeting = self._meeting(options["meeting"]) if options["meeting"] else None
        if meeting is None and not options["dry_run"]:
            raise CommandError("Choose the meeting with --meeting ID, or read only with --dry-run.")
        self._report(parsed, missing_sentences(text, parsed))
        if options["dry_run"] or meeting is None:
            self.stdout.write("Dry run: nothing was saved.")
            return
        try:
            items = import_meeting(meeting=meeting, parsed=parsed)
        except WorkflowError as refusal:
            raise CommandError(refusal.message) from refusal
        self.stdout.write(self.style.SUCCESS(f"Imported {len(items)} item(s) into {meeting}."))

    def _read(self, name: str) -> str:
        if name == "-":
            return sys.stdin.read()
        path = Path(name)
        if not path.is_file():
            raise CommandError(f"There is no file {name}.")
        try:
            return read_upload(path.name, path.read_bytes())
        except UnreadableFile as error:
            raise CommandError(f"{name}: {error}") from error

    def _meeting(self, pk: int) -> Meeting:
        meeting = Meeting.objects.filter(pk=pk).select_related("committee").first()
        if meeting is None:
            raise CommandError(f"There is no meeting {pk}.")
        return meeting

    def _report(self, parsed, missing: list[str]) -> None:
        for item in parsed.items:
            self.stdout.write(
                f"{item.number or '?'}. {item.title or '(no title)'}: "
                f"{len(item.points)} points, {len(item.decisions)} decisions, "
                f"{len(item.actions)} actions"
            )
        register = parsed.register
        self.stdout.write(
            f"Register: {len(register.present)} present, {len(register.apologies)} apologies, "
            f"{len(register.in_attendance)} in attendance; "
            f"{len(register.declarations)} declarations."
        )
        for warning in parsed.warnings:
            self.stdout.write(f"Check: {warning}")
        for sentence in missing:
            self.stdout.write(f"Not placed: {sentence}")
