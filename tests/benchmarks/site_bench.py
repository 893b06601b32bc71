"""`make bench`: the site as a large trust would run it, measured in one run.

A PostgreSQL, a Redis and a mail server of its own (tests/live/servers.py), `make serve`
(gunicorn, production settings, BENCH_WORKERS workers) with the demo, then a large trust's
data on top (tests/benchmarks/large_trust.py). wrk, on loopback, then asks for each kind of
page for BENCH_SECONDS with BENCH_CONNECTIONS connections: once as a visitor who carries a
cookie of their own (so every page is made for them: uncached), once as a new visitor (the
page cache), and the static stylesheet the same way, for comparison. Then open votes with 50
voters at once, and what each page costs a phone: its HTML, stylesheets and scripts
compressed, and its requests.

Prints one table and writes it to var/bench.txt (README shows the latest). Asserts nothing:
the numbers are for reading, and the targets they are held against are in the issue and
the README.
"""

import gzip
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tests.live.servers import ROOT, MailServer, Postgres, Redis, Site

SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "6"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "3"))
VOTERS = 50
STATS_DELAY = 11

URLS_SCRIPT = """
import json
from wagtail.models import Locale
from forums.ideas.index import IdeaIndexPage
from forums.ideas.pages import IdeaPage
from forums.meetings.pages import ForumIndexPage, ForumPage, MeetingPage
from forums.outcomes.pages import ForumOutcomePage
from forums.projects.index import ProjectIndexPage
from forums.projects.pages import ProjectPage, ProjectUpdatePage
from glossary.pages import GlossaryPage
from home.models import HomePage
from opportunities.listing.index import OpportunityIndexPage
from opportunities.listing.pages import OpportunityPage
from opportunities.register.pages import RegisterPage
english, urdu = Locale.get_default(), Locale.objects.get(language_code="ur")
def first(model, locale=english, **filters):
    return model.objects.live().filter(locale=locale, **filters).exact_type(model).first().url
print(json.dumps({
    "pages": {
        "Home": first(HomePage),
        "Get involved (list)": first(OpportunityIndexPage),
        "Get involved, page 250": first(OpportunityIndexPage) + "?page=250",
        "An opportunity": first(OpportunityPage, slug="bench-opportunity-1"),
        "Join the register": first(RegisterPage),
        "Community forums (list)": first(ForumIndexPage),
        "A forum (list)": first(ForumPage),
        "A meeting": first(MeetingPage, slug="bench-meeting-1"),
        "An outcome": first(ForumOutcomePage),
        "Ideas (list)": first(IdeaIndexPage),
        "Ideas, page 50": first(IdeaIndexPage) + "?page=50",
        "An idea": first(IdeaPage, slug="bench-idea-1"),
        "You said, we are doing (list)": first(ProjectIndexPage),
        "A project": first(ProjectPage, slug="bench-project-1"),
        "A project update": first(ProjectUpdatePage),
        "Glossary (list)": first(GlossaryPage),
        "Search": "/en-gb/search/?q=carers",
        "Home in Urdu": first(HomePage, urdu),
        "An opportunity in Urdu": first(OpportunityPage, urdu, slug="bench-opportunity-1"),
    },
    "ideas": [p.url for p in IdeaPage.objects.live().filter(slug__startswith="bench-idea")],
}))
"""

REPORT = """
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %f, "failed": %d, "p50": %f, "p95": %f}\\n',
    summary.requests, summary.duration / 1e6,
    errors.connect + errors.read + errors.write + errors.timeout + errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
"""

VOTE_SCRIPT = """
local paths = {%s}
math.randomseed(os.time())
request = function()
  local address = string.format("10.%%d.%%d.%%d", math.random(0, 255), math.random(0, 255),
    math.random(1, 254))
  wrk.headers["X-Forwarded-For"] = address
  wrk.headers["Sec-Fetch-Site"] = "same-origin"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  return wrk.format("POST", paths[math.random(1, #paths)], nil, "")
end
"""


def wrk(site, path, *, seconds=SECONDS, connections=CONNECTIONS, headers=(), script=REPORT):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(script if script is REPORT else script + REPORT)
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s"]
    command += ["-s", lua.name, "--timeout", "10s"]
    for header in ("X-Forwarded-For: 10.9.9.9", *headers):
        command += ["-H", header]
    result = subprocess.run(
        [*command, f"http://{site.address}{path}"], capture_output=True, text=True, check=True
    )
    os.unlink(lua.name)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["per_second"] = figures["requests"] / figures["seconds"]
    return figures


def fetch(site, path, compressed=False):
    request = urllib.request.Request(f"http://{site.address}{path}")
    if compressed:
        request.add_header("Accept-Encoding", "gzip")
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read(), dict(response.headers)


def weight(site, path):
    """What a first visit to the page downloads, compressed (before images), and how many
    requests it makes; and whether a script holds up the first paint."""
    html, _headers = fetch(site, path)
    text = html.decode()
    head = text.split("</head>", 1)[0]
    styles = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', text)
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', text)
    images = re.findall(r'<img[^>]+src="([^"]+)"', text)
    blocking = [
        tag
        for tag in re.findall(r"<script[^>]*src=[^>]*>", head)
        if not re.search(r"\b(defer|async)\b|type=\"module\"", tag)
    ]
    assets = 0
    for url in styles + scripts:
        body, headers = fetch(site, url, compressed=True)
        assets += len(body) if headers.get("Content-Encoding") else len(gzip.compress(body))
    return {
        "html": len(gzip.compress(html)),
        "assets": assets,
        "requests": 1 + len(styles) + len(scripts) + len(images),
        "blocking": len(blocking),
    }


def transactions(postgres):
    [(count,)] = postgres.sql(
        "SELECT sum(xact_commit + xact_rollback) FROM pg_stat_database WHERE datname = 'involve'"
    )
    return int(count)


def vote_count(postgres):
    [(count,)] = postgres.sql("SELECT count(*) FROM forums_vote")
    return count


def worker_memory(site):
    """The largest gunicorn worker's resident memory, in MB."""
    master = subprocess.run(
        ["pgrep", "-f", f"gunicorn.*{site.address}"], capture_output=True, text=True
    ).stdout.split()
    sizes = []
    for pid in master:
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            status = Path(f"/proc/{child}/status").read_text()
            sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
    return max(sizes) if sizes else 0.0


def main():
    if not shutil.which("wrk"):
        sys.exit("The benchmark needs wrk: sudo apt-get install wrk")
    postgres, redis, mail = Postgres(), Redis(), MailServer()
    site = None
    try:
        started = time.perf_counter()
        site = Site(postgres, redis, mail, workers=WORKERS)
        seeded = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.large_trust"],
            cwd=ROOT,
            env=site.env,
            capture_output=True,
            text=True,
            check=True,
        )
        urls = json.loads(site.manage("shell", "--no-imports", "-c", URLS_SCRIPT).stdout)
        lines = measure(site, postgres, urls)
        lines[:0] = [
            f"Involve under load: {time.strftime('%Y-%m-%d %H:%M')}, on {machine()}; gunicorn "
            f"with {WORKERS} workers (production settings, PostgreSQL, Redis), wrk on loopback "
            f"with {CONNECTIONS} connections for {SECONDS} s per row.",
            f"Data: {seeded.stdout.strip().splitlines()[0]}, on top of the demo.",
            "",
        ]
        lines.append(f"Whole run: {time.perf_counter() - started:.0f} s.")
    finally:
        if site is not None:
            site.remove()
        for server in (mail, redis, postgres):
            server.remove()
    report = "\n".join(lines)
    print("\n" + report)
    out = ROOT / "var" / "bench.txt"
    out.parent.mkdir(exist_ok=True)
    out.write_text(report + "\n")
    print(f"\nWritten to {out.relative_to(ROOT)}")


def machine():
    cpus = os.cpu_count()
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return f"{cpus} CPU cores ({model}), Python {platform.python_version()}"


def measure(site, postgres, urls):
    stylesheet = re.search(
        r'<link[^>]+rel="stylesheet"[^>]+href="(/static/[^"]+\.css)"',
        fetch(site, urls["pages"]["Home"])[0].decode(),
    ).group(1)
    static = wrk(site, stylesheet)
    header = (
        f"{'Page':34} {'uncached p50 / p95 ms':>22} {'req/s':>7}   "
        f"{'cached p50 / p95 ms':>20} {'req/s':>7} {'of static':>9}   "
        f"{'HTML KB':>7} {'CSS+JS KB':>9} {'requests':>8}"
    )
    lines = [header, "-" * len(header)]
    lines.append(
        f"{'Static stylesheet':34} {'':>22} {'':>7}   "
        f"{static['p50']:>9.1f} / {static['p95']:<8.1f} {static['per_second']:>7.0f} {'100%':>9}"
    )
    total_requests = static["requests"]
    worst_blocking = 0
    for name, path in urls["pages"].items():
        # A cookie of the visitor's own: the page is made for them, never from the cache.
        uncached = wrk(site, path, headers=("Cookie: bench=uncached",))
        fetch(site, path)  # kept now, if the page may be
        cached = wrk(site, path)
        page = weight(site, path)
        worst_blocking = max(worst_blocking, page["blocking"])
        total_requests += uncached["requests"] + cached["requests"]
        failed = uncached["failed"] + cached["failed"]
        lines.append(
            f"{name:34} {uncached['p50']:>9.1f} / {uncached['p95']:<8.1f} "
            f"{uncached['per_second']:>7.0f}   {cached['p50']:>9.1f} / {cached['p95']:<8.1f} "
            f"{cached['per_second']:>7.0f} {cached['per_second'] / static['per_second']:>9.0%}   "
            f"{page['html'] / 1024:>7.1f} {page['assets'] / 1024:>9.1f} {page['requests']:>8}"
            + (f"   {failed} failed" if failed else "")
        )
    lines.append("")

    # Queries on a hit: the database's transactions (one a query, in autocommit) while
    # cached pages are served, against the same time with no requests (the worker's polls).
    # PostgreSQL publishes a connection's counts within 10 s of its going idle.
    home = urls["pages"]["Home"]
    fetch(site, home)
    time.sleep(STATS_DELAY)
    before = transactions(postgres)
    time.sleep(SECONDS + STATS_DELAY)
    idle = transactions(postgres) - before
    before = transactions(postgres)
    hits = wrk(site, home)
    time.sleep(STATS_DELAY)
    busy = transactions(postgres) - before
    total_requests += hits["requests"]
    lines.append(
        f"Database transactions during {hits['requests']:,} cached requests: {busy} "
        f"(in the same time idle: {idle})."
    )

    votes_before = vote_count(postgres)
    paths = ", ".join(f'"{path}"' for path in urls["ideas"])
    votes = wrk(
        site, "/", connections=VOTERS, seconds=max(SECONDS, 10), script=VOTE_SCRIPT % paths
    )
    stored = vote_count(postgres) - votes_before
    total_requests += votes["requests"]
    lines.append(
        f"Open votes, {VOTERS} voters at once: {votes['per_second']:.0f} votes/s, p50 "
        f"{votes['p50']:.1f} ms, p95 {votes['p95']:.1f} ms; {votes['requests']:,} sent, "
        f"{stored:,} stored, {votes['failed']} failed."
    )
    lines.append(
        f"Largest worker after {total_requests:,} requests: {worker_memory(site):.0f} MB resident."
    )
    lines.append(
        "Scripts holding up the first paint (in <head>, without defer): "
        f"{worst_blocking} on the worst page."
    )
    return lines


if __name__ == "__main__":
    main()
