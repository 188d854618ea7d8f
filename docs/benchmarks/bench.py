"""`make bench`: every page type under load, against the floor, on generated data; writes
docs/performance.md.

    make bench                     # PostgreSQL databases minutes_bench (scale 1) and minutes_bench_s02
    BENCH_DATABASE_URL=... BENCH_SMALL_DATABASE_URL=... BENCH_PORT=8090 make bench

It fills each database with `generate_data` if it holds no generated records yet (scale 1
and 0.2), collects static files, starts gunicorn with 2 workers and production settings,
and loads each page with wrk (Debian's package) at fixed concurrency, a run of the floor
before and after each page: the floor is the site's base layout with no content, through
the same middleware, served only when the server runs with BENCH_FLOOR=1. Each page is
measured uncached (whole-page cache off, counts still cached) and cached, on both scales.
Queries per page, HTML sizes and the EXPLAIN of each list's heaviest query are taken with
Django's test client against the same database. Never part of `make test`.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DOC = ROOT / "docs" / "performance.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"

DATABASE = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/minutes_bench")
SMALL = os.environ.get(
    "BENCH_SMALL_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/minutes_bench_s02"
)
PORT = int(os.environ.get("BENCH_PORT", "8090"))
CACHE_URL = os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/1")
# 5-second runs: 3-second ones on two shared cores swung by up to 2x from run to run.
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
WARM_SECONDS = 1
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "4"))
SECRET = "benchmark-only-secret-key-not-for-any-deployment"
LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %d %.3f %.3f\\n", summary.requests, summary.duration,
    e.connect + e.read + e.write + e.timeout + e.status, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000))
end
"""

os.environ.update(
    {
        "DATABASE_URL": DATABASE,
        "DJANGO_SETTINGS_MODULE": "minutes.settings",
        "SECRET_KEY": SECRET,
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        # Plain HTTP on loopback, as `make serve` runs it: no redirect to HTTPS.
        "SECURE_COOKIES": "0",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "CACHE_URL": CACHE_URL,
        "CACHE_KEY_PREFIX": "bench",
        "STATIC_ROOT": tempfile.mkdtemp(prefix="bench-static-"),
        "LOG_LEVEL": "WARNING",
    }
)


def manage(*args: str, database: str = DATABASE) -> str:
    env = {**os.environ, "DATABASE_URL": database}
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def prepare(database: str, scale: str) -> str:
    """Migrate, and generate the records unless a generated set is already there; then
    vacuum, so that no page's run pays for settling freshly written tables (their rows'
    visibility marked by the first reads that meet them) or runs beside a vacuum that
    does, whose CPU the postmaster's reaped children would count against the page."""
    manage("migrate", "--noinput", database=database)
    prepared = _generate(database, scale)
    vacuum = "from django.db import connection; connection.cursor().execute('VACUUM (ANALYZE)')"
    manage("shell", "-v", "0", "-c", vacuum, database=database)
    return prepared


def _generate(database: str, scale: str) -> str:
    check = (
        "from minutes.models import Committee;"
        "print(Committee.objects.filter(slug__endswith='-g26').exists())"
    )
    if manage("shell", "-v", "0", "-c", check, database=database).strip() != "True":
        started = time.monotonic()
        print(manage("generate_data", "--scale", scale, database=database))
        return f"generated now in {time.monotonic() - started:.0f} s"
    return "generated earlier"


class Server:
    """gunicorn with 2 workers and production settings, on the benchmark's port."""

    def __init__(self, database: str, *, cache_pages: bool):
        env = {
            **os.environ,
            "DATABASE_URL": database,
            "BENCH_FLOOR": "1",
            "CACHE_PAGES": "1" if cache_pages else "0",
        }
        # gthread: the main thread keeps telling the arbiter it is alive while a long
        # export streams, so the 30-second timeout does not cut a download short.
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "minutes.wsgi",
                "--workers=2",
                "--worker-class=gthread",
                "--threads=2",
                f"--bind=127.0.0.1:{PORT}",
                "--log-level=warning",
                "--graceful-timeout=5",
                # No worker is replaced mid-run: gunicorn.conf.py replaces each after its
                # share of requests, and a new worker's start (half a second of CPU, requests
                # queued behind it) would land in whichever page's run it fell on.
                "--max-requests=0",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{PORT}/bench/floor/", timeout=60)
                    return
                except OSError:
                    time.sleep(0.5)
        except BaseException:
            self.stop()
            raise
        self.stop()
        sys.exit("gunicorn did not answer")

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def stop(self) -> None:
        # Quick shutdown: wrk's keep-alive connections would hold a graceful one for 30 s.
        os.killpg(self.process.pid, signal.SIGQUIT)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)


def _times(pid: int) -> tuple[int, int]:
    """(own, reaped children's) CPU ticks of a process; (0, 0) if it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0, 0
    return int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14])


def cpu_seconds(parents: list[int], children: list[int]) -> float:
    """CPU time of `children` that are alive, plus what their `parents` have reaped of
    children that ended: a worker or a database backend that exits during a run still
    counts, and no figure goes backwards."""
    total = sum(_times(pid)[0] for pid in children)
    total += sum(_times(pid)[1] for pid in parents)
    return total / os.sysconf("SC_CLK_TCK")


def postmaster() -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    stat = Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()
    return int(stat[1])


def database_backends(database: str) -> list[int]:
    from django.db import connection

    name = database.rsplit("/", 1)[1]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )
        return [row[0] for row in cursor.fetchall()]


def wrk(url: str, cookie: str = "", seconds: int = SECONDS) -> dict:
    script = Path(tempfile.gettempdir()) / "bench-report.lua"
    script.write_text(LUA)
    # A new connection for each request, as from a proxy that keeps none to the app: each
    # is then taken by whichever worker is free. Kept alive, wrk's four connections stay
    # with the workers that first took them, and when one worker holds them all the run
    # measures one core instead of two (the same page at 88 and at 143 requests/s).
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "60s"]
    command += ["-H", "Connection: close", "-s", str(script), url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120).stdout
    match = re.search(r"BENCH (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+)", out)
    requests, duration, errors, p50, p95 = match.groups()
    return {
        "rps": int(requests) / (int(duration) / 1e6),
        "errors": int(errors),
        "p50": float(p50),
        "p95": float(p95),
        "requests": int(requests),
    }


def pages() -> list[tuple[str, str, str]]:
    """(name, address, who) for every page type, picked from the generated records."""
    from django.db.models import Count

    from actions.models import Action
    from actions.views import LOG_ORDER
    from minutes.models import AgendaItem, Committee, Meeting, Person

    busiest_committee = Committee.objects.annotate(n=Count("meetings")).order_by("-n").first()
    largest = (
        Meeting.objects.with_public_minutes()
        .annotate(n=Count("agenda_items"))
        .order_by("-n", "-starts_at")
        .first()
    )
    item = (
        AgendaItem.objects.with_public_minutes()
        .annotate(n=Count("discussion_points"))
        .order_by("-n")
        .first()
    )
    action = Action.objects.public().annotate(n=Count("updates")).order_by("-n").first()
    deep = Action.objects.public().order_by(*LOG_ORDER).values_list("reference", flat=True)
    deep_reference = deep[min(283_000, max(0, deep.count() - 60))]
    person = (
        Person.objects.annotate(n=Count("points_spoken_to")).order_by("-n").only("slug").first()
    )
    return [
        ("home", "/", ""),
        ("committee list", "/committees/", ""),
        (
            f"committee with most meetings ({busiest_committee.n})",
            busiest_committee.get_absolute_url(),
            "",
        ),
        (f"largest meeting ({largest.n} items)", largest.get_absolute_url(), ""),
        (f"item with most points ({item.n})", item.get_absolute_url(), ""),
        ("an action", action.get_absolute_url(), ""),
        ("action log, first page", "/actions/", ""),
        ("action log, overdue", "/actions/?overdue=on", ""),
        ("action log, a filter", f"/actions/?committee={busiest_committee.slug}&status=open", ""),
        ("action log, a deep page", f"/actions/?after={deep_reference}", ""),
        ("busiest person", f"/people/{person.slug}/", ""),
        ("people", "/people/", ""),
        ("search", "/search/?q=budget", ""),
        ("officer's my actions, all statuses", "/actions/mine/?status=all", "officer"),
        ("clerk home", "/clerk/", "clerk"),
    ]


def session_cookies() -> dict[str, str]:
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db.models import Count
    from django.test import Client

    from actions.models import Action

    User = get_user_model()
    officer = (
        User.objects.filter(groups__name="Officer", username__startswith="officer-")
        .annotate(n=Count("person__actions_owned"))
        .order_by("-n")
        .first()
    )
    clerk = User.objects.filter(username__startswith="clerk-").first()
    cookies = {"": ""}
    for who, user in [("officer", officer), ("clerk", clerk)]:
        client = Client()
        client.force_login(user)
        cookies[who] = (
            f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
        )
    cookies["officer_actions"] = str(Action.objects.filter(owner__user=officer).count())
    return cookies


def static_facts(page_list, cookies) -> dict[str, dict]:
    """Queries, HTML size and the heaviest query's plan of each page, through the test client."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.CACHE_PAGES = False
    facts = {}
    for name, url, who in page_list:
        client = Client()
        if who:
            key, _, value = cookies[who].partition("=")
            client.cookies[key] = value
        client.get(url)  # counts cached, as on a warm server
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        body = response.getvalue() if response.status_code == 200 else b""
        heaviest = max(queries.captured_queries, key=lambda q: float(q["time"]), default=None)
        plan = ""
        if heaviest and heaviest["sql"].lstrip().upper().startswith("SELECT"):
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, COSTS OFF) " + heaviest["sql"])
                plan = "\n".join(row[0] for row in cursor.fetchall())
        facts[name] = {
            "status": response.status_code,
            "queries": len(queries),
            "bytes": len(body),
            "plan": plan,
            "heaviest_ms": float(heaviest["time"]) * 1000 if heaviest else 0,
        }
    return facts


def server_cpu(server: Server, database: str) -> float:
    """The app's CPU seconds so far: gunicorn's workers and the benchmark database's backends,
    with those that ended (reaped by the arbiter and the postmaster: a worker replaced after
    its share of requests takes its connections' backends with it)."""
    return cpu_seconds(
        [server.process.pid, postmaster()], server.workers() + database_backends(database)
    )


def load(page_list, cookies, database: str, *, cache_pages: bool, facts) -> dict[str, dict]:
    """Each page under load between two runs of the floor, with CPU per request."""
    server = Server(database, cache_pages=cache_pages)
    base = f"http://127.0.0.1:{PORT}"
    results = {}
    try:
        floor_url = f"{base}/bench/floor/"
        wrk(floor_url)  # warm both workers
        for name, url, who in page_list:
            if facts[name]["status"] != 200:
                results[name] = {"missing": facts[name]["status"]}
                continue
            cookie = cookies[who]
            wrk(f"{base}{url}", cookie, WARM_SECONDS)  # warm: counts and, when on, the page cache
            before = wrk(floor_url)
            cpu = server_cpu(server, database)
            page = wrk(f"{base}{url}", cookie)
            page["cpu_ms"] = (server_cpu(server, database) - cpu) * 1000 / max(page["requests"], 1)
            after = wrk(floor_url)
            floor_rps = statistics.mean([before["rps"], after["rps"]]) or float("nan")
            page["floor_rps"] = floor_rps
            page["ratio"] = floor_rps / page["rps"] if page["rps"] else float("inf")
            page["throughput"] = page["rps"] / floor_rps
            results[name] = page
        cpu = server_cpu(server, database)
        floor = wrk(floor_url)
        results["floor"] = floor | {
            "cpu_ms": (server_cpu(server, database) - cpu) * 1000 / max(floor["requests"], 1)
        }
    finally:
        server.stop()
    return results


def export(database: str) -> dict:
    """The whole CSV once: first byte, total time, size and the workers' memory."""
    server = Server(database, cache_pages=False)
    try:
        # Both workers past their first request (which reads the templates and the URL
        # patterns), so the first byte is the export's own, whichever worker takes it.
        wrk(f"http://127.0.0.1:{PORT}/bench/floor/", seconds=1)
        rss_before = max(_rss(pid) for pid in server.workers())
        started = time.monotonic()
        response = urllib.request.urlopen(
            f"http://127.0.0.1:{PORT}/actions/export.csv", timeout=600
        )
        response.read(1)
        first_byte = time.monotonic() - started
        size, peak = 1, rss_before
        while chunk := response.read(1 << 16):
            size += len(chunk)
            peak = max(peak, *(_rss(pid) for pid in server.workers()))
        total = time.monotonic() - started
    finally:
        server.stop()
    return {
        "first_byte_s": first_byte,
        "total_s": total,
        "mb": size / 1e6,
        "rss_before_mb": rss_before / 1024,
        "rss_peak_mb": peak / 1024,
    }


def _rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def counts() -> dict[str, int]:
    from actions.models import Action, ActionUpdate
    from minutes.models import AgendaItem, Committee, DiscussionPoint, Meeting, Person

    return {
        "committees": Committee.objects.count(),
        "people": Person.objects.count(),
        "meetings": Meeting.objects.count(),
        "agenda items": AgendaItem.objects.count(),
        "discussion points": DiscussionPoint.objects.count(),
        "actions": Action.objects.count(),
        "action updates": ActionUpdate.objects.count(),
    }


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    load = os.getloadavg()
    pg = subprocess.run(["psql", "--version"], capture_output=True, text=True).stdout.strip()
    return (
        f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, Python {platform.python_version()}, "
        f"{pg}, load average {load[0]:.1f} when the run ended (the machine is shared)"
    )


def write(report: str) -> None:
    text = DOC.read_text() if DOC.exists() else "# Performance\n"
    if START in text:
        head, rest = text.split(START, 1)
        text = head + START + "\n" + report + "\n" + END + rest.split(END, 1)[1]
    else:
        title, _, rest = text.partition("\n")
        text = f"{title}\n\n{START}\n{report}\n{END}\n{rest}"
    DOC.write_text(text)


def main() -> None:
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install -y wrk")
    # Static files first: with DEBUG off, no command starts without their manifest.
    manage("collectstatic", "--noinput")
    prepared = prepare(DATABASE, "1")
    small_prepared = prepare(SMALL, "0.2") if SMALL else ""
    import django

    django.setup()
    from django.db import connections

    page_list = pages()
    cookies = session_cookies()
    facts = static_facts(page_list, cookies)
    sizes = counts()
    uncached = load(page_list, cookies, DATABASE, cache_pages=False, facts=facts)
    cached = load(page_list, cookies, DATABASE, cache_pages=True, facts=facts)
    csv = export(DATABASE)
    small = {}
    if SMALL:
        connections["default"].close()
        connections["default"].settings_dict["NAME"] = SMALL.rsplit("/", 1)[1]
        small_pages = pages()
        small_cookies = session_cookies()
        small_facts = static_facts(small_pages, small_cookies)
        small_run = load(small_pages, small_cookies, SMALL, cache_pages=False, facts=small_facts)
        # Page names carry their sizes; match them by position.
        for (name, _, _), (small_name, _, _) in zip(page_list, small_pages, strict=True):
            small[name] = small_run.get(small_name, {}) | {"facts": small_facts[small_name]}
    raw = Path(tempfile.gettempdir()) / "bench-figures.json"
    raw.write_text(json.dumps([sizes, facts, uncached, cached, csv, small], default=str))
    write(report(sizes, facts, uncached, cached, csv, small, prepared, small_prepared, cookies))
    print(DOC.read_text())


SIGNED_IN = ("officer's my actions, all statuses", "clerk home")


def scale_growth(large: dict, small: dict) -> float | None:
    """How much a page's time grows from scale 0.2 to scale 1: its time over the floor's at
    scale 1, over the same at scale 0.2. Each is measured against the floor run beside it,
    so a machine busier in one run than the other does not pass for growth."""
    if not (large.get("ratio") and small.get("ratio")) or large["ratio"] == float("inf"):
        return None
    return large["ratio"] / small["ratio"]


def goals(facts, uncached, cached, csv, small) -> list[str]:
    """Each goal of the benchmark, met or not, from this run's figures."""
    measured = [name for name in facts if "missing" not in uncached[name]]

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    growth = {
        name: g
        for name in measured
        if (g := scale_growth(uncached[name], small.get(name, {}))) is not None
    }
    over_growth = [f"{n} ({g:.2f}x)" for n, g in growth.items() if g > 1.5]
    queries = {name: facts[name]["queries"] for name in measured}
    small_queries = {name: small[name]["facts"]["queries"] for name in measured if name in small}
    changed = [n for n in small_queries if small_queries[n] != queries[n]]
    over_floor = [
        f"{n} ({uncached[n]['ratio']:.1f}x)" for n in measured if uncached[n]["ratio"] > 20
    ]
    meeting = next((n for n in measured if n.startswith("largest meeting")), None)
    cpu = uncached[meeting]["cpu_ms"] if meeting else float("nan")
    slow_cached = [
        f"{n} ({cached[n]['rps'] / cached[n]['floor_rps']:.2f}x)"
        for n in measured
        if n not in SIGNED_IN and cached[n]["rps"] / cached[n]["floor_rps"] < 0.8
    ]
    flat = csv["rss_peak_mb"] - csv["rss_before_mb"] < 50
    return [
        "### The goals, from this run",
        "",
        f"- Time at scale 1 within 1.5x of scale 0.2: {verdict(not over_growth)}"
        + (f"; over: {', '.join(over_growth)}." if over_growth else "."),
        f"- At most 12 queries per page, the same at both scales: "
        f"{verdict(max(queries.values()) <= 12 and not changed)} (most: {max(queries.values())}"
        + (f"; different between scales: {', '.join(changed)}" if changed else "")
        + ").",
        f"- Uncached, within 20x the floor: {verdict(not over_floor)}"
        + (f"; over: {', '.join(over_floor)}." if over_floor else "."),
        f"- The 60-item meeting under 8 ms of CPU per request: {verdict(cpu < 8)} ({cpu:.1f} ms).",
        f"- Cached anonymous pages at 0.8x the floor's throughput or more: {verdict(not slow_cached)}"
        + (f"; under: {', '.join(slow_cached)}." if slow_cached else "."),
        f"- CSV: first byte within a second, memory flat: "
        f"{verdict(csv['first_byte_s'] < 1 and flat)} ({csv['first_byte_s'] * 1000:.0f} ms; "
        f"{csv['rss_before_mb']:.0f} MB to {csv['rss_peak_mb']:.0f} MB).",
    ]


def report(sizes, facts, uncached, cached, csv, small, prepared, small_prepared, cookies) -> str:
    floor_u, floor_c = uncached["floor"], cached["floor"]
    lines = [
        "## Every page at scale, against the floor",
        "",
        f"Measured by `make bench` (`docs/benchmarks/bench.py`) on {datetime.date.today():%-d %B %Y}: "
        f"{machine()}.",
        "",
        "The data: `generate_data --scale 1` ("
        + ", ".join(f"{n:,} {what}" for what, n in sizes.items())
        + f"; {prepared}), and `--scale 0.2` for the comparison ({small_prepared}). "
        f"gunicorn with 2 workers (gthread, 2 threads each), `DEBUG` off, PostgreSQL, "
        f"Redis as the cache; load from wrk at {CONNECTIONS} connections (a new one for each request) for {SECONDS} s per run, "
        "each page run between two runs of the floor (the base layout with no content, through "
        'the same middleware), the floor\'s figure being the mean of the two. "Ratio" is the '
        "page's time per request over the floor's: 1.0 is as fast as the floor, 20 is twenty "
        "times its cost. Queries and HTML size are for one uncached request. CPU per request "
        "is the gunicorn workers' plus the database backends' CPU time over the run divided by "
        'the requests served. "Time at 0.2 → 1" is the page\'s ratio to the floor at scale 1 '
        "over its ratio at scale 0.2, each against the floor run beside it.",
        "",
        f"Floor: {floor_u['rps']:.0f} requests/s uncached run, {floor_c['rps']:.0f} cached run; "
        f"{floor_u['cpu_ms']:.1f} ms CPU per request.",
        "",
        "### Uncached (whole-page cache off; counts cached)",
        "",
        "| page | req/s | p50 ms | p95 ms | ratio to floor | CPU ms/req | queries | HTML KB | time at 0.2 → 1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, fact in facts.items():
        run = uncached[name]
        if "missing" in run:
            lines.append(f"| {name} | page answers {run['missing']}: not measured | | | | | | | |")
            continue
        g = scale_growth(run, small.get(name, {}))
        growth = "-" if g is None else f"{g:.2f}x"
        lines.append(
            f"| {name} | {run['rps']:.0f} | {run['p50']:.1f} | {run['p95']:.1f} | "
            f"{run['ratio']:.1f} | {run['cpu_ms']:.1f} | {fact['queries']} | "
            f"{fact['bytes'] / 1024:.0f} | {growth} |"
        )
    lines += [
        "",
        "### Cached (anonymous pages served whole from Redis)",
        "",
        "Signed-in pages (my actions, clerk home) are never cached, so their figures are "
        "uncached ones again.",
        "",
        "| page | req/s | p50 ms | p95 ms | throughput vs floor |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in facts:
        run = cached[name]
        if "missing" in run:
            lines.append(f"| {name} | not measured | | | |")
            continue
        lines.append(
            f"| {name} | {run['rps']:.0f} | {run['p50']:.1f} | {run['p95']:.1f} | "
            f"{run['throughput']:.2f}x |"
        )
    lines += ["", *goals(facts, uncached, cached, csv, small)]
    lines += [
        "",
        "### The CSV export",
        "",
        f"The whole public action log as CSV: {csv['mb']:.0f} MB, first byte after "
        f"{csv['first_byte_s'] * 1000:.0f} ms, all of it in {csv['total_s']:.0f} s; the "
        f"largest worker's memory {csv['rss_before_mb']:.0f} MB before and at most "
        f"{csv['rss_peak_mb']:.0f} MB while it streamed.",
        "",
        "### The heaviest query of each list",
        "",
    ]
    for name, fact in facts.items():
        if fact["plan"] and fact["status"] == 200:
            lines += [
                f"**{name}** ({fact['heaviest_ms']:.1f} ms when measured):",
                "",
                "```",
                fact["plan"],
                "```",
                "",
            ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
