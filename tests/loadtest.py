"""`make loadtest`: mixed traffic against gunicorn while the database restarts under it.

On loopback only, and bounded: it builds a throwaway PostgreSQL cluster in a temporary
directory (initdb and pg_ctl, on its own port), serves the demo record from gunicorn with
gunicorn.conf.py and production settings, then for 60 seconds drives 50 connections of
mixed traffic: the public reading pages and officers signed in adding progress notes to
their actions. Halfway through, the cluster is restarted. Afterwards it checks that every
note the app acknowledged (a redirect back to the action) is in the database, and writes
the figures into docs/deploy.md. Everything it started is stopped and removed at the end.

    python -m tests.loadtest [--seconds 60] [--connections 50] [--no-restart] [--no-write]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
APP_PORT = 18140
PG_PORT = 18141
DEPLOY_DOC = ROOT / "docs" / "deploy.md"
START_MARK = "<!-- loadtest figures: start -->"
END_MARK = "<!-- loadtest figures: end -->"
PUBLIC_PATHS = ["/", "/committees/", "/actions/", "/healthz"]
OFFICERS = 10
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

SEED_OFFICERS = """
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from actions.models import Action
from minutes.models import AgendaItem, Person

item = AgendaItem.objects.with_public_minutes().order_by("pk").first()
officers = []
for n in range(%(count)d):
    user = get_user_model().objects.create_user(f"load-officer-{n}", password="%(password)s")
    user.groups.add(Group.objects.get(name="Officer"))
    person = Person.objects.create(name=f"Load Officer {n}", slug=f"load-officer-{n}", user=user)
    action = Action.objects.create(item=item, description=f"Load test action {n}.", owner=person)
    officers.append([user.username, action.reference])
public = [a.get_absolute_url() for a in Action.objects.public()[:5]]
public += [m.get_absolute_url() for m in item.meeting.committee.meetings.public()[:3]]
public += [item.get_absolute_url(), item.meeting.committee.get_absolute_url()]
print(json.dumps({"officers": officers, "public": public}))
"""


def pg_bin() -> Path:
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not found:
        sys.exit("PostgreSQL server binaries not found (apt-get install postgresql)")
    return found[-1].parent


class Cluster:
    """A PostgreSQL cluster of its own, in a temporary directory, on its own port."""

    def __init__(self, base: Path, port: int):
        self.bin = pg_bin()
        self.data = base / "pgdata"
        self.socket_dir = base / "pgsocket"
        self.log = base / "postgresql.log"
        self.port = port
        # The server refuses to run as root: run its tools as the postgres user.
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_owner, *args], check=True, capture_output=True, text=True)

    def init(self) -> None:
        for folder in (self.data, self.socket_dir):
            folder.mkdir()
            if self.as_owner:
                shutil.chown(folder, "postgres", "postgres")
        self.log.touch()
        if self.as_owner:
            shutil.chown(self.log, "postgres", "postgres")
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        )

    def _options(self) -> str:
        return (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.socket_dir} "
            "-c max_connections=100"
        )

    def start(self) -> None:
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-o",
            self._options(),
            "start",
        )

    def restart(self) -> None:
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-m",
            "fast",
            "-o",
            self._options(),
            "restart",
        )

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            subprocess.run(
                [
                    *self.as_owner,
                    str(self.bin / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-w",
                    "-m",
                    "immediate",
                    "stop",
                ],
                capture_output=True,
            )

    def createdb(self, name: str) -> None:
        subprocess.run(
            [
                str(self.bin / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                name,
            ],
            check=True,
        )


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = 0
        self.errors: list[str] = []
        self.acknowledged: list[tuple[str, str]] = []  # (action reference, note)
        self.latencies: list[float] = []
        self.failed_times: list[float] = []

    def record(self, started: float, ok: bool, what: str = "") -> None:
        with self.lock:
            self.requests += 1
            self.latencies.append(time.monotonic() - started)
            if not ok:
                self.errors.append(what)
                self.failed_times.append(time.monotonic())


class Browser:
    """One keep-alive connection with its own cookies, as one visitor's browser."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}
        self.connection = None

    def request(self, method: str, path: str, body: dict | None = None):
        headers = {"Host": "127.0.0.1", "Connection": "keep-alive"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
            try:
                self.connection.request(method, path, body=data, headers=headers)
                response = self.connection.getresponse()
                content = response.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # A keep-alive connection the server closed between requests (normal when
                # a worker is recycled): reconnect once, as a browser does.
                self.connection.close()
                self.connection = None
                if attempt == 2 or method != "GET" and attempt == 1 and body is not None:
                    raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, dict(response.getheaders()), content.decode("utf-8", "replace")

    def close(self):
        if self.connection is not None:
            self.connection.close()


def public_visitor(port, paths, stats: Stats, stop: threading.Event):
    browser = Browser(port)
    while not stop.is_set():
        path = random.choice(paths)
        started = time.monotonic()
        try:
            status, _, _ = browser.request("GET", path)
            stats.record(started, status == 200, f"GET {path}: {status}")
        except Exception as error:  # noqa: BLE001 - every failure counts as an error
            stats.record(started, False, f"GET {path}: {error!r}")
            browser.close()
            browser = Browser(port)
    browser.close()


def officer(port, username, password, reference, stats: Stats, stop, signed_in, go):
    """Signs in through the form (before the timed run), then reads and writes until stopped."""
    browser = Browser(port)
    started = time.monotonic()
    status, _, page = browser.request("GET", "/accounts/login/")
    token = CSRF_INPUT.search(page).group(1)
    status, headers, _ = browser.request(
        "POST",
        "/accounts/login/",
        {"csrfmiddlewaretoken": token, "username": username, "password": password},
    )
    stats.record(started, status == 302, f"sign in {username}: {status}")
    signed_in.release()
    go.wait()
    action_path = f"/actions/{reference}/"
    while not stop.is_set():
        for path in (action_path, "/actions/mine/"):
            started = time.monotonic()
            try:
                status, _, page = browser.request("GET", path)
                stats.record(started, status == 200, f"GET {path} signed in: {status}")
            except Exception as error:  # noqa: BLE001
                stats.record(started, False, f"GET {path} signed in: {error!r}")
                page = ""
        match = CSRF_INPUT.search(page) if page else None
        if not match:
            continue
        note = f"Load test note {uuid.uuid4().hex}"
        started = time.monotonic()
        try:
            status, headers, _ = browser.request(
                "POST",
                f"/actions/{reference}/update/",
                {"csrfmiddlewaretoken": match.group(1), "note": note},
            )
        except Exception as error:  # noqa: BLE001 - not acknowledged: not expected to be saved
            stats.record(started, False, f"POST note: {error!r}")
            continue
        acknowledged = status == 302
        stats.record(started, acknowledged, f"POST note: {status}")
        if acknowledged:
            with stats.lock:
                stats.acknowledged.append((reference, note))
    browser.close()


def readiness_watch(port, stats_marks: dict, stop: threading.Event):
    """From the restart on, polls /readyz every 250 ms; notes when it was last not ready."""
    stats_marks["restarting"].wait()
    while not stop.is_set():
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/readyz", headers={"Host": "127.0.0.1"})
            ready = connection.getresponse().status == 200
            connection.close()
        except OSError:
            ready = False
        now = time.monotonic()
        if not ready:
            stats_marks["last_unready"] = now
        time.sleep(0.25)


def manage(env, *args, capture=False):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    )


def wait_for(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz", headers={"Host": "127.0.0.1"})
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("gunicorn did not start")


def count_saved(env, acknowledged) -> int:
    import psycopg

    notes = [note for _, note in acknowledged]
    with psycopg.connect(env["DATABASE_URL"]) as db, db.cursor() as cursor:
        cursor.execute("SELECT note FROM actions_actionupdate WHERE note = ANY(%s)", [notes])
        return len({row[0] for row in cursor.fetchall()})


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--restart-at", type=float, default=0.5, help="fraction of the run")
    parser.add_argument("--no-restart", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/deploy.md")
    options = parser.parse_args(argv)

    base = Path(tempfile.mkdtemp(prefix="minutes-loadtest-"))
    os.chmod(base, 0o755)
    cluster = Cluster(base, PG_PORT)
    gunicorn = None
    password = uuid.uuid4().hex
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{PG_PORT}/minutes_load",
        SECRET_KEY=uuid.uuid4().hex * 2,
        DEBUG="0",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_COOKIES="0",
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        STATIC_ROOT=str(base / "static"),
        MEDIA_ROOT=str(base / "media"),
        GUNICORN_BIND=f"127.0.0.1:{APP_PORT}",
        GUNICORN_WORKERS=os.environ.get("GUNICORN_WORKERS", "3"),
        GUNICORN_THREADS=os.environ.get("GUNICORN_THREADS", "4"),
        GUNICORN_ACCESS_LOG=str(base / "access.log"),
        LOG_LEVEL="WARNING",
    )
    try:
        print(f"Cluster: initdb in {base}, port {PG_PORT}")
        cluster.init()
        cluster.start()
        cluster.createdb("minutes_load")
        print("App: migrate, demo record, static files, load-test officers")
        manage(env, "collectstatic", "--noinput", "-v", "0")
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "load_demo", capture=True)
        seeded = json.loads(
            manage(
                env,
                "shell",
                "-c",
                SEED_OFFICERS % {"count": OFFICERS, "password": password},
                capture=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        paths = PUBLIC_PATHS + seeded["public"]
        app_log = open(base / "app.log", "w")  # noqa: SIM115 - closed below
        gunicorn = subprocess.Popen(
            [str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=app_log,
            stderr=subprocess.STDOUT,
        )
        wait_for(APP_PORT)

        stats = Stats()
        stop = threading.Event()
        marks: dict = {"restarting": threading.Event()}
        threads = [threading.Thread(target=readiness_watch, args=(APP_PORT, marks, stop))]
        officers = seeded["officers"][: min(OFFICERS, options.connections // 5)]
        # Officers sign in through the form first: hashing a password is deliberately slow,
        # and is not what this run measures.
        signed_in, go = threading.Semaphore(0), threading.Event()
        officer_threads = [
            threading.Thread(
                target=officer,
                args=(APP_PORT, username, password, reference, stats, stop, signed_in, go),
                daemon=True,
            )
            for username, reference in officers
        ]
        for thread in officer_threads:
            thread.start()
        for _ in officer_threads:
            signed_in.acquire(timeout=300)
        signing_in = (stats.requests, list(stats.errors))
        with stats.lock:
            stats.requests, stats.latencies = 0, []
        threads += officer_threads
        public_threads = [
            threading.Thread(
                target=public_visitor, args=(APP_PORT, paths, stats, stop), daemon=True
            )
            for _ in range(options.connections - len(officers))
        ]
        print(
            f"Traffic: {options.connections} connections ({len(officers)} officers signed in)"
            f" for {options.seconds} s"
        )
        began = time.monotonic()
        go.set()
        threads[0].daemon = True
        threads[0].start()
        for thread in public_threads:
            thread.start()
        threads += public_threads
        restart_took = recovered_after = None
        if not options.no_restart:
            time.sleep(options.seconds * options.restart_at)
            print("PostgreSQL: restarting (fast shutdown: open connections are cut)")
            restart_began = time.monotonic()
            marks["restarting"].set()
            cluster.restart()
            restart_took = time.monotonic() - restart_began
            time.sleep(max(0.0, began + options.seconds - time.monotonic()))
            recovered_after = max(0.0, marks.get("last_unready", restart_began) - restart_began)
        else:
            time.sleep(options.seconds)
        stop.set()
        marks["restarting"].set()
        for thread in threads:
            thread.join(90)
        elapsed = time.monotonic() - began

        saved = count_saved(env, stats.acknowledged)
        waits = [
            float(match.group(1))
            for match in re.finditer(
                r"waited ([0-9.]+) s for the database", _read(base / "app.log")
            )
        ]
        figures = {
            "seconds": round(elapsed, 1),
            "connections": options.connections,
            "officers": len(officers),
            "requests": stats.requests,
            "requests_per_second": round(stats.requests / elapsed, 1),
            "errors": len(stats.errors),
            "acknowledged_writes": len(stats.acknowledged),
            "writes_lost": len(stats.acknowledged) - saved,
            "median_ms": round(statistics.median(stats.latencies) * 1000),
            "p95_ms": round(statistics.quantiles(stats.latencies, n=20)[18] * 1000),
            "max_ms": round(max(stats.latencies) * 1000),
            "restart_seconds": None if restart_took is None else round(restart_took, 1),
            "ready_again_seconds": None if recovered_after is None else round(recovered_after, 1),
            "requests_run_again": len(waits),
            "longest_wait_for_database": round(max(waits), 1) if waits else None,
            "workers": int(env["GUNICORN_WORKERS"]),
            "threads": int(env["GUNICORN_THREADS"]),
            "cores": os.cpu_count(),
        }
        figures["sign_ins"] = signing_in[0]
        figures["sign_in_errors"] = len(signing_in[1])
        print(json.dumps(figures, indent=2))
        if stats.errors:
            print("First errors:", *stats.errors[:10], sep="\n  ")
        if not options.no_write:
            write_figures(figures)
        return 0 if not stats.errors and figures["writes_lost"] == 0 else 1
    finally:
        if gunicorn is not None:
            gunicorn.send_signal(signal.SIGTERM)
            try:
                gunicorn.wait(30)
            except subprocess.TimeoutExpired:
                gunicorn.kill()
        cluster.stop()
        kept = Path(tempfile.gettempdir()) / "minutes-loadtest-logs"
        kept.mkdir(exist_ok=True)
        for log in ("app.log", "access.log", "postgresql.log"):
            if (base / log).exists():
                shutil.copyfile(base / log, kept / log)
        print(f"Logs kept in {kept}")
        shutil.rmtree(base, ignore_errors=True)


def _read(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""


def write_figures(figures: dict) -> None:
    restart = (
        f"PostgreSQL restarted (fast shutdown, every open connection cut) "
        f"in the middle of the run (`pg_ctl restart` took {figures['restart_seconds']} s)"
        if figures["restart_seconds"] is not None
        else "no database restart in this run"
    )
    table = "\n".join(
        [
            START_MARK,
            f"Last `make loadtest` run: {figures['seconds']} s, {figures['connections']} "
            f"connections ({figures['officers']} officers signed in adding progress notes, "
            f"the rest the public reading pages; the officers signed in through the form "
            f"before the timed run, {figures['sign_ins']} sign-ins with "
            f"{figures['sign_in_errors']} errors), gunicorn {figures['workers']} workers × "
            f"{figures['threads']} threads on {figures['cores']} shared cores; {restart}.",
            "",
            "| figure | value |",
            "|---|---|",
            f"| requests | {figures['requests']} ({figures['requests_per_second']}/s) |",
            f"| errors (5xx, refused or cut connections, wrong status) | {figures['errors']} |",
            f"| acknowledged writes (progress notes answered with a redirect) | "
            f"{figures['acknowledged_writes']} |",
            f"| acknowledged writes missing from the database afterwards | "
            f"{figures['writes_lost']} |",
            f"| requests that lost their connection, waited for the database and were run "
            f"again | {figures['requests_run_again']} |",
            f"| longest such wait (recovery after the restart) | "
            f"{figures['longest_wait_for_database']} s |",
            f"| last time `/readyz` did not answer 200 (or not within 5 s), after the restart "
            f"began | {figures['ready_again_seconds']} s |",
            f"| response time: median / 95th percentile / slowest | {figures['median_ms']} / "
            f"{figures['p95_ms']} / {figures['max_ms']} ms |",
            END_MARK,
        ]
    )
    text = DEPLOY_DOC.read_text()
    start, end = text.index(START_MARK), text.index(END_MARK) + len(END_MARK)
    DEPLOY_DOC.write_text(text[:start] + table + text[end:])


if __name__ == "__main__":
    sys.exit(main())
