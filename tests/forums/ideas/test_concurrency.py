"""Many voters at once, against PostgreSQL: the unique key, not the timing, decides. Each
voter is a thread with its own database connection, all released together by a barrier.

SQLite takes one writer at a time, so it cannot show a race: these tests need PostgreSQL
(`DATABASE_URL=postgres://...`) and are skipped, with that reason, on SQLite."""

import threading
import uuid

import pytest
from django.conf import settings
from django.core import signing
from django.db import connection
from django.test import Client

from forums.ideas.models import VoteMode
from forums.ideas.pages import VOTER_COOKIE, VOTER_COOKIE_SALT
from forums.ideas.services import cast_code_vote
from forums.ideas.votes import CodeBatch, Vote, VotingCode

from .factories import IdeaIndexPageFactory, IdeaPageFactory, VotingRoundFactory

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="needs PostgreSQL: SQLite allows one writer at a time, so no race can happen",
    ),
    # Threads commit for real; the migrations' pages, site and locales are put back after.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("committed_rows_put_back"),
]

VOTERS = 40


def run_together(work, count):
    """Run `work(number)` in `count` threads released at the same moment; returns results."""
    barrier = threading.Barrier(count)
    results = [None] * count
    errors = []

    def runner(number):
        try:
            barrier.wait()
            results[number] = work(number)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=runner, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return results


@pytest.fixture
def open_idea(home_page):
    index = IdeaIndexPageFactory(parent=home_page)
    voting_round = VotingRoundFactory(index=index, mode=VoteMode.OPEN)
    return IdeaPageFactory(parent=index, voting_round=voting_round)


def browser_cookie(browser_id):
    return signing.get_cookie_signer(salt=VOTER_COOKIE + VOTER_COOKIE_SALT).sign(browser_id)


def test_concurrent_voters_count_equals_rows_and_nobody_votes_twice(open_idea):
    """40 browsers, each sending its vote twice at the same moment (a double click on two
    servers): 80 requests, exactly 40 votes, and the page shows 40."""
    browsers = [uuid.uuid4().hex for _n in range(VOTERS)]
    url = open_idea.url

    def vote(number):
        browser_id = browsers[number % VOTERS]
        client = Client(REMOTE_ADDR=f"10.1.{number // 200}.{number % 200}")
        client.cookies[VOTER_COOKIE] = browser_cookie(browser_id)
        return client.post(url).status_code

    statuses = run_together(vote, VOTERS * 2)
    assert set(statuses) == {302}
    keys = list(Vote.objects.filter(idea=open_idea).values_list("voter_key", flat=True))
    assert len(keys) == VOTERS == len(set(keys))
    assert sorted(keys) == sorted(f"browser:{browser_id}" for browser_id in browsers)
    response = Client().get(url)
    assert response.context["vote_count"] == Vote.objects.counted().count() == VOTERS


def test_a_shared_code_never_spends_more_votes_than_it_carries(home_page):
    """Twelve people type the same three-vote code on twelve ideas at once: three count."""
    index = IdeaIndexPageFactory(parent=home_page)
    voting_round = VotingRoundFactory(index=index, mode=VoteMode.CODE)
    ideas = [IdeaPageFactory(parent=index, voting_round=voting_round) for _n in range(12)]
    batch = CodeBatch.objects.create(voting_round=voting_round, label="Ward", votes_per_code=3)
    [code] = VotingCode.generate(batch, 1)
    row = VotingCode.find(code, voting_round)

    results = run_together(lambda n: cast_code_vote(ideas[n], voting_round, row), 12)
    assert results.count("counted") == 3 and results.count("no_votes_left") == 9
    assert Vote.objects.count() == 3
    assert VotingCode.objects.get().votes_left == 0


def test_the_same_code_on_the_same_idea_at_once_counts_once(home_page):
    index = IdeaIndexPageFactory(parent=home_page)
    voting_round = VotingRoundFactory(index=index, mode=VoteMode.CODE)
    idea = IdeaPageFactory(parent=index, voting_round=voting_round)
    batch = CodeBatch.objects.create(voting_round=voting_round, label="Ward", votes_per_code=5)
    [code] = VotingCode.generate(batch, 1)
    row = VotingCode.find(code, voting_round)

    results = run_together(lambda n: cast_code_vote(idea, voting_round, row), 10)
    assert results.count("counted") == 1 and results.count("already") == 9
    assert Vote.objects.count() == 1
    assert VotingCode.objects.get().votes_left == 4  # a refused vote spends nothing
