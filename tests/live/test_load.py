"""Five minutes of a campaign day against `make serve` on real PostgreSQL and Redis
(tests/live/servers.py): visitors browsing, signing up and voting by email at once. Every
answer is counted; no server error is allowed, and every form the site accepted is stored
exactly once. `make load-test` (LOAD_SECONDS and LOAD_USERS change the run); the table is
printed and written to var/load-test.txt."""

import os
import random
import re
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

from .servers import ROOT, Visitor, body_of

SECONDS = int(os.environ.get("LOAD_SECONDS", "300"))
USERS = int(os.environ.get("LOAD_USERS", "20"))
VOTE_LINK = re.compile(r"https?://[^/\s]+(/\S+/vote/[^/\s]+/)")


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = Counter()
        self.times = []
        self.signed_up = []
        self.votes_started = 0
        self.votes_counted = 0
        self.errors = []

    def record(self, kind, status, took):
        with self.lock:
            self.statuses[(kind, status)] += 1
            self.times.append(took)
            if status >= 500:
                self.errors.append((kind, status))


def timed(tally, kind, call):
    started = time.monotonic()
    status, headers, html = call()
    tally.record(kind, status, time.monotonic() - started)
    return status, headers, html


def visitor_day(site, mail, tally, deadline, seed):
    chance = random.Random(seed)
    browser = Visitor(site)
    pages = site.urls["browse"] + site.urls["opportunities"] + site.urls["ideas"]
    while time.monotonic() < deadline:
        roll = chance.random()
        if roll < 0.7:
            timed(tally, "browse", lambda: browser.get(chance.choice(pages)))
        elif roll < 0.85:
            sign_up(site, tally, chance)
        else:
            vote(site, mail, tally, chance)


def sign_up(site, tally, chance):
    """A new person (their own address and inbox) registers for an opportunity."""
    email = f"visitor-load-{uuid.uuid4().hex[:12]}@example.org"
    fields = {
        "name": "Load Visitor",
        "email": email,
        "phone": "",
        "contact_method": "email",
        "consent": "on",
    }
    url = chance.choice(site.urls["opportunities"])
    status, _headers, _html = timed(tally, "sign-up", lambda: Visitor(site).post_form(url, fields))
    if status == 302:
        with tally.lock:
            tally.signed_up.append(email)


def vote(site, mail, tally, chance):
    """A new person asks to vote for an idea, opens the link in their email and confirms."""
    person = Visitor(site)
    email = f"visitor-vote-{uuid.uuid4().hex[:12]}@example.org"
    url = chance.choice(site.urls["ideas"])
    status, _headers, _html = timed(tally, "vote", lambda: person.post_form(url, {"email": email}))
    if status != 302:
        return
    with tally.lock:
        tally.votes_started += 1
    link = VOTE_LINK.search(body_of(mail.wait_for_message(email, timeout=120))).group(1)
    status, _headers, _html = timed(tally, "vote confirmed", lambda: person.post_form(link, {}))
    if status == 200:
        with tally.lock:
            tally.votes_counted += 1


def test_five_minutes_of_browsing_signing_up_and_voting(site, mail, postgres):
    votes_before = postgres.sql("SELECT count(*) FROM forums_vote")[0][0]
    tally = Tally()
    deadline = time.monotonic() + SECONDS
    users = [
        threading.Thread(target=visitor_day, args=(site, mail, tally, deadline, seed))
        for seed in range(USERS)
    ]
    started = time.monotonic()
    for user in users:
        user.start()
    for user in users:
        user.join()
    took = time.monotonic() - started

    stored = dict(
        postgres.sql(
            "SELECT email, count(*) FROM opportunities_registration "
            "WHERE email LIKE 'visitor-load-%%' GROUP BY email"
        )
    )
    votes = postgres.sql("SELECT count(*) FROM forums_vote")[0][0] - votes_before
    times = sorted(tally.times)
    requests = sum(tally.statuses.values())
    p50, p95 = times[len(times) // 2] * 1000, times[int(len(times) * 0.95)] * 1000
    answers = ", ".join(
        f"{kind} {status}: {count}" for (kind, status), count in sorted(tally.statuses.items())
    )
    lines = [
        f"Load test: {USERS} visitors for {took:.0f} s against make serve (2 gunicorn "
        f"workers, PostgreSQL, Redis) on this machine ({os.cpu_count()} cores)",
        f"requests: {requests} ({requests / took:.1f}/s); p50 {p50:.0f} ms, p95 {p95:.0f} ms",
        f"answers: {answers}",
        f"server errors: {len(tally.errors)}",
        f"sign-ups accepted: {len(tally.signed_up)}; stored: {len(stored)}, "
        f"stored twice: {sum(1 for count in stored.values() if count > 1)}",
        f"votes asked for: {tally.votes_started}; confirmed: {tally.votes_counted}; "
        f"votes stored: {votes}",
    ]
    report = "\n".join(lines)
    print("\n" + report)
    Path(ROOT, "var").mkdir(exist_ok=True)
    Path(ROOT, "var", "load-test.txt").write_text(report + "\n")

    assert tally.errors == []
    assert set(stored) == set(tally.signed_up) and set(stored.values()) <= {1}
    assert votes == tally.votes_counted
