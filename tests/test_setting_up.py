"""Setting up: choosing the port, fresh demo passwords, and a missing static manifest."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent


def production_env(static_root: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DEBUG="0",
        SECRET_KEY="setting-up-test-key",
        STATIC_ROOT=str(static_root),
        DATABASE_URL=f"sqlite:///{static_root / 'db.sqlite3'}",
    )
    return env


def run(env, *args):
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_without_collectstatic_the_app_refuses_to_start_and_says_why(tmp_path):
    env = production_env(tmp_path)
    started = run(env, "-c", "import minutes.wsgi")
    assert started.returncode != 0
    assert "The static files manifest" in started.stderr
    assert "is missing" in started.stderr
    assert "collectstatic --noinput" in started.stderr
    checked = run(env, "manage.py", "check")
    assert checked.returncode != 0
    assert "minutes.E001" in checked.stderr


def test_a_manifest_from_another_build_is_refused_too(tmp_path):
    (tmp_path / "staticfiles.json").write_text(
        json.dumps({"paths": {"admin/css/base.css": "admin/css/base.1.css"}, "version": "1.1"})
    )
    started = run(production_env(tmp_path), "-c", "import minutes.wsgi")
    assert started.returncode != 0
    assert "does not list build/site.css" in started.stderr


def test_with_the_manifest_in_place_the_app_starts(tmp_path):
    (tmp_path / "staticfiles.json").write_text(
        json.dumps({"paths": {"build/site.css": "build/site.0123456789ab.css"}, "version": "1.1"})
    )
    started = run(production_env(tmp_path), "-c", "import minutes.wsgi; print('started')")
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == "started"


@pytest.mark.django_db
def test_load_demo_reset_passwords_prints_fresh_passwords_that_work():
    call_command("load_demo", stdout=io.StringIO())
    out = io.StringIO()
    call_command("load_demo", "--reset-passwords", stdout=out)
    lines = [line for line in out.getvalue().splitlines() if "with new password" in line]
    assert len(lines) == 3
    User = get_user_model()
    for line in lines:
        username = line.split("sign in as ")[1].split(" ")[0].strip("'")
        password = line.rsplit("password ", 1)[1].strip("'")
        assert User.objects.get(username=username).check_password(password)


@pytest.mark.django_db
def test_a_second_load_demo_says_how_to_get_new_passwords():
    call_command("load_demo", stdout=io.StringIO())
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "password unchanged (new ones: manage.py load_demo --reset-passwords)" in out.getvalue()


def test_make_run_takes_a_port():
    dry = subprocess.run(
        ["make", "-n", "-o", "install", "-o", "assets", "run", "PORT=8001"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert "runserver 127.0.0.1:8001" in dry.stdout
