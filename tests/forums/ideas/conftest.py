import pytest

from forums.ideas.models import VoteMode

from .factories import IdeaIndexPageFactory, IdeaPageFactory, VotingRoundFactory


@pytest.fixture
def idea_index(home_page):
    return IdeaIndexPageFactory(parent=home_page)


@pytest.fixture
def email_round(idea_index):
    return VotingRoundFactory(index=idea_index, mode=VoteMode.EMAIL)


@pytest.fixture
def code_round(idea_index):
    return VotingRoundFactory(index=idea_index, mode=VoteMode.CODE)


@pytest.fixture
def open_round(idea_index):
    return VotingRoundFactory(index=idea_index, mode=VoteMode.OPEN)


@pytest.fixture
def make_idea(idea_index):
    def make(voting_round=None, **fields):
        return IdeaPageFactory(parent=idea_index, voting_round=voting_round, **fields)

    return make


@pytest.fixture
def send(django_capture_on_commit_callbacks):
    """Call `function`, then run what it queued for after the commit (the email tasks), as
    a real request's commit would."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate-limit counts live in the cache: each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
