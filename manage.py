#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

# Commands that read the code and write nothing to any database: with no configuration at
# all (no SECRET_KEY, no DEBUG, no settings module) they run with the development settings,
# so that `manage.py check` and `manage.py makemigrations --check` work in a fresh checkout.
# Every other command, and the app itself, still refuses to start without a SECRET_KEY.
CODE_ONLY_COMMANDS = {"check", "makemigrations", "showmigrations", "sqlmigrate", "help", "version"}


def _development_settings_for_code_only_commands() -> None:
    unconfigured = not any(
        os.environ.get(name) for name in ("SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE")
    )
    if unconfigured and len(sys.argv) > 1 and sys.argv[1] in CODE_ONLY_COMMANDS:
        os.environ["DEBUG"] = "1"
        print(
            f"SECRET_KEY is not set: running `{sys.argv[1]}` with the development settings.",
            file=sys.stderr,
        )


if __name__ == "__main__":
    _development_settings_for_code_only_commands()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minutes.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
