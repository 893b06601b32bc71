"""Votes per second with 50 voters at once, and the p95 time of one vote request, on
PostgreSQL. Each voter has its own connection and its own browser, and votes for 20 ideas
through the real page (signed cookie, rate limit, insert under the unique key). Measured twice:
50 threads in one process (Python runs one thread at a time, so this is the floor), and 50
processes (as gunicorn workers would be; bounded by the machine's cores).

Run with `DATABASE_URL=postgres://... make benchmark`. Reports numbers; asserts only that
every vote was stored once (a timed assertion would prove nothing). Skipped on SQLite, which
takes one writer at a time."""

import multiprocessing
import statistics
import threading
import time
import uuid

import pytest
from django.conf import settings
from django.core import signing
from django.db import connection
from django.test import Client

from forums.ideas.models import VoteMode
from forums.ideas.pages import VOTER_COOKIE, VOTER_COOKIE_SALT
from forums.ideas.votes import Vote
from tests.forums.ideas.factories import IdeaIndexPageFactory, IdeaPageFactory, VotingRoundFactory

VOTERS = 50
IDEAS = 20

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="needs PostgreSQL: SQLite allows one writer at a time",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("committed_rows_put_back"),
]


def test_report_votes_per_second_with_50_concurrent_voters(home_page, capsys):
    index = IdeaIndexPageFactory(parent=home_page)
    voting_round = VotingRoundFactory(index=index, mode=VoteMode.OPEN)
    urls = [IdeaPageFactory(parent=index, voting_round=voting_round).url for _n in range(IDEAS)]
    signer = signing.get_cookie_signer(salt=VOTER_COOKIE + VOTER_COOKIE_SALT)
    barrier = threading.Barrier(VOTERS)
    timings, statuses, errors = [], [], []
    lock = threading.Lock()

    def voter(number):
        try:
            client = Client(REMOTE_ADDR=f"10.2.{number // 200}.{number % 200}")
            client.cookies[VOTER_COOKIE] = signer.sign(uuid.uuid4().hex)
            client.get(urls[0])  # warm this thread's connection, as a live server's is
            barrier.wait()
            for url in urls:
                start = time.perf_counter()
                status = client.post(url).status_code
                elapsed = (time.perf_counter() - start) * 1000
                with lock:
                    timings.append(elapsed)
                    statuses.append(status)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=voter, args=(n,)) for n in range(VOTERS)]
    for thread in threads:
        thread.start()
    wall_start = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - wall_start

    assert not errors, errors
    assert set(statuses) == {302}
    assert Vote.objects.count() == VOTERS * IDEAS
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    with capsys.disabled():
        print(
            f"\nvotes: {len(timings)} by {VOTERS} concurrent voters in {wall:.2f} s"
            f" = {len(timings) / wall:.0f} votes/s;"
            f" vote request median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms"
            f" ({connection.vendor})"
        )


def _process_voter(number, urls, cookie, barrier, results):
    client = Client(REMOTE_ADDR=f"10.3.{number // 200}.{number % 200}")
    client.cookies[VOTER_COOKIE] = cookie
    client.get(urls[0])
    barrier.wait()
    timings, statuses = [], []
    for url in urls:
        start = time.perf_counter()
        statuses.append(client.post(url).status_code)
        timings.append((time.perf_counter() - start) * 1000)
    results.put((timings, statuses))
    connection.close()


def test_report_votes_per_second_with_50_voter_processes(home_page, capsys):
    index = IdeaIndexPageFactory(parent=home_page)
    voting_round = VotingRoundFactory(index=index, mode=VoteMode.OPEN)
    urls = [IdeaPageFactory(parent=index, voting_round=voting_round).url for _n in range(IDEAS)]
    signer = signing.get_cookie_signer(salt=VOTER_COOKIE + VOTER_COOKIE_SALT)
    context = multiprocessing.get_context("fork")
    # The barrier counts the parent too, so the clock starts when every voter is ready.
    barrier = context.Barrier(VOTERS + 1)
    results = context.Queue()
    connection.close()  # each process opens its own; none may share the parent's socket
    processes = [
        context.Process(
            target=_process_voter,
            args=(n, urls, signer.sign(uuid.uuid4().hex), barrier, results),
        )
        for n in range(VOTERS)
    ]
    for process in processes:
        process.start()
    barrier.wait()
    wall_start = time.perf_counter()
    collected = [results.get(timeout=600) for _process in processes]
    wall = time.perf_counter() - wall_start
    for process in processes:
        process.join()

    timings = sorted(t for batch, _statuses in collected for t in batch)
    statuses = {s for _batch, batch_statuses in collected for s in batch_statuses}
    assert statuses == {302}
    assert Vote.objects.count() == VOTERS * IDEAS
    p95 = timings[int(len(timings) * 0.95) - 1]
    with capsys.disabled():
        print(
            f"\nvotes: {len(timings)} by {VOTERS} voter processes in {wall:.2f} s"
            f" = {len(timings) / wall:.0f} votes/s on {multiprocessing.cpu_count()} cores;"
            f" vote request median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms"
        )
