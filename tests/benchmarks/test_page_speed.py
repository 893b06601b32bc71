"""How long the main pages take to build, and how many queries they cost, on the demo site.

Run with `make benchmark`. Reports numbers; asserts nothing about time (a timed assertion
would fail on a busy machine and prove nothing on a quiet one).
"""

import statistics
import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

PAGES = {
    "home (en-gb)": "/en-gb/",
    "home (ur)": "/ur/",
    "content page": "/en-gb/about-involvement/seven-ambitions/",
    "search": "/en-gb/search/?q=involvement",
    "opportunities": "/en-gb/get-involved/",
    "filtered": "/en-gb/get-involved/?topic=carers&format=online",
    "opportunity": "/en-gb/get-involved/triangle-of-care-ward-review/",
    "cookies": "/en-gb/cookies/",
    "glossary": "/en-gb/glossary/",
    "toolkit": "/en-gb/toolkits/before-during-after/",
}
RUNS = 50


@pytest.mark.django_db
def test_report_page_build_times(capsys):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    client = Client()
    rows = []
    for name, url in PAGES.items():
        client.get(url)  # warm caches, as on a live site
        with CaptureQueriesContext(connection) as queries:
            warm = client.get(url)
        assert warm.status_code == 200, (url, warm.status_code)
        # Read now: every request clears the connection's query log.
        query_count = len(queries)
        timings = []
        for _run in range(RUNS):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
        timings.sort()
        rows.append((name, statistics.median(timings), timings[int(RUNS * 0.95) - 1], query_count))
    with capsys.disabled():
        print(f"\n{'page':<16} {'median ms':>10} {'p95 ms':>8} {'queries':>8}  ({RUNS} runs)")
        for name, median, p95, count in rows:
            print(f"{name:<16} {median:>10.1f} {p95:>8.1f} {count:>8}")
