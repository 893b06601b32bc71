"""Every way an attempt to vote can end, as the services report it (`VoteResult`)."""

import datetime

import pytest
from django.utils import timezone

from forums.ideas.services import (
    VoteResult,
    cast_code_vote,
    cast_open_vote,
    cast_vote,
    check_vote_request,
    confirm_email_vote,
    request_email_vote,
)
from forums.ideas.votes import CodeBatch, EmailVoteRequest, Vote, VotingCode

from .factories import VotingRoundFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed_round(idea_index):
    now = timezone.now()
    return VotingRoundFactory(
        index=idea_index,
        opens_at=now - datetime.timedelta(days=30),
        closes_at=now - datetime.timedelta(days=1),
    )


def code_for(voting_round, votes_per_code=1):
    batch = CodeBatch.objects.create(
        voting_round=voting_round, label="Ward", votes_per_code=votes_per_code
    )
    [code] = VotingCode.generate(batch, 1)
    return code


def test_the_result_reads_as_its_value():
    assert VoteResult.COUNTED == "counted" and VoteResult.ALREADY_VOTED == "already"
    assert VoteResult.COUNTED.counted and not VoteResult.ALREADY_VOTED.counted
    assert len({result.value for result in VoteResult}) == len(VoteResult)


def test_counted_then_already_voted(open_round, make_idea):
    idea = make_idea(open_round)
    assert cast_open_vote(idea, open_round, "b1") is VoteResult.COUNTED
    assert cast_open_vote(idea, open_round, "b1") is VoteResult.ALREADY_VOTED
    assert Vote.objects.count() == 1


def test_a_closed_round_counts_nothing(closed_round, make_idea):
    idea = make_idea(closed_round)
    assert cast_vote(idea, closed_round, "open", "browser:1") is VoteResult.ROUND_CLOSED
    assert cast_vote(idea, None, "open", "browser:1") is VoteResult.ROUND_CLOSED
    result = request_email_vote(idea, closed_round, "sam@example.org", False, "en-gb")
    assert result is VoteResult.ROUND_CLOSED
    assert not Vote.objects.exists() and not EmailVoteRequest.objects.exists()


def test_codes_invalid_and_no_votes_left(code_round, make_idea):
    first, second = make_idea(code_round), make_idea(code_round)
    assert cast_code_vote(first, code_round, "ABCDE-23456") is VoteResult.INVALID_CODE
    assert cast_code_vote(first, code_round, None) is VoteResult.INVALID_CODE
    code = code_for(code_round, votes_per_code=1)
    assert cast_code_vote(first, code_round, code) is VoteResult.COUNTED
    assert cast_code_vote(second, code_round, code) is VoteResult.NO_VOTES_LEFT
    assert Vote.objects.count() == 1


def test_the_same_code_twice_on_one_idea(code_round, make_idea):
    idea = make_idea(code_round)
    code = code_for(code_round, votes_per_code=3)
    assert cast_code_vote(idea, code_round, code) is VoteResult.COUNTED
    assert cast_code_vote(idea, code_round, code) is VoteResult.ALREADY_VOTED


def test_an_email_vote_sent_counted_then_used(
    email_round, make_idea, django_capture_on_commit_callbacks
):
    idea = make_idea(email_round)
    with django_capture_on_commit_callbacks(execute=False):
        result = request_email_vote(idea, email_round, "sam@example.org", False, "en-gb")
    assert result is VoteResult.LINK_SENT
    vote_request = EmailVoteRequest.objects.get()
    assert check_vote_request(vote_request) is None
    assert confirm_email_vote(vote_request) is VoteResult.COUNTED
    vote_request.refresh_from_db()
    assert vote_request.email == ""
    assert confirm_email_vote(vote_request) is VoteResult.LINK_USED


def test_an_email_vote_the_same_address_twice(email_round, make_idea):
    idea = make_idea(email_round)
    first = EmailVoteRequest.start(idea, "sam@example.org", False, "en-gb")
    second = EmailVoteRequest.start(idea, "sam@example.org", False, "en-gb")
    assert confirm_email_vote(first) is VoteResult.COUNTED
    assert confirm_email_vote(second) is VoteResult.ALREADY_VOTED


def test_email_links_invalid_expired_and_after_the_round(email_round, make_idea):
    idea = make_idea(email_round)
    assert confirm_email_vote(None) is VoteResult.LINK_INVALID
    old = EmailVoteRequest.start(idea, "sam@example.org", False, "en-gb")
    EmailVoteRequest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=49)
    )
    old.refresh_from_db()
    assert confirm_email_vote(old) is VoteResult.LINK_EXPIRED
    late = EmailVoteRequest.start(idea, "alex@example.org", False, "en-gb")
    email_round.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    email_round.opens_at = timezone.now() - datetime.timedelta(days=2)
    email_round.save()
    late = EmailVoteRequest.objects.select_related("idea__voting_round").get(pk=late.pk)
    assert confirm_email_vote(late) is VoteResult.ROUND_CLOSED
    assert not Vote.objects.exists()
