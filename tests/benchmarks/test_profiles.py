"""Where a vote and a registration spend their time: 300 of each through the real page (the
test client, the whole middleware stack), under pyinstrument. Prints each profile's heaviest
calls and writes the full profiles to var/profiles/*.html, to open in a browser.

Run with `make benchmark`. Reports; asserts only that every request did what it should."""

import os
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from pyinstrument import Profiler

from forums.ideas.models import VoteMode
from forums.ideas.votes import Vote
from opportunities.models import Registration
from tests.forums.ideas.factories import IdeaIndexPageFactory, IdeaPageFactory, VotingRoundFactory
from tests.opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory

REQUESTS = int(os.environ.get("PROFILE_REQUESTS", "200"))
OUT = Path(settings.BASE_DIR) / "var" / "profiles"

pytestmark = pytest.mark.django_db


def profile(name, send, capsys):
    send(0)  # the first request warms caches (templates, the glossary, locales)
    profiler = Profiler(interval=0.001)
    profiler.start()
    for number in range(1, REQUESTS + 1):
        send(number)
    profiler.stop()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.html").write_text(profiler.output_html())
    (OUT / f"{name}.txt").write_text(
        profiler.output_text(unicode=False, color=False, show_all=True)
    )
    session = profiler.last_session
    with capsys.disabled():
        print(
            f"\n{name}: {REQUESTS} requests in {session.duration:.2f} s "
            f"({session.duration / REQUESTS * 1000:.1f} ms each, CPU {session.cpu_time:.2f} s)"
        )
        print(profiler.output_text(unicode=False, color=False, show_all=False, short_mode=True))


def test_profile_open_votes(home_page, capsys):
    index = IdeaIndexPageFactory(parent=home_page)
    voting_round = VotingRoundFactory(index=index, mode=VoteMode.OPEN)
    ideas = [IdeaPageFactory(parent=index, voting_round=voting_round) for _n in range(20)]

    def vote(number):
        client = Client(REMOTE_ADDR=f"10.3.{number // 200}.{number % 200}")
        assert client.post(ideas[number % 20].url).status_code == 302

    profile("open-vote", vote, capsys)
    assert Vote.objects.count() == REQUESTS + 1


def test_profile_registrations(home_page, capsys):
    index = OpportunityIndexPageFactory(parent=home_page)
    opportunity = OpportunityPageFactory(parent=index, places=None)

    def register(number):
        client = Client(REMOTE_ADDR=f"10.4.{number // 200}.{number % 200}")
        response = client.post(
            opportunity.url,
            {
                "submission_key": str(uuid.uuid4()),
                "name": f"Person {number}",
                "email": f"person{number}@example.org",
                "contact_method": "email",
                "consent": "on",
                "website": "",
            },
        )
        assert response.status_code == 302

    profile("registration", register, capsys)
    assert Registration.objects.count() == REQUESTS + 1
