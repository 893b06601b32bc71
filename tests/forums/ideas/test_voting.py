"""The three ways to vote, end to end through the public pages: email links (including
expired and reused ones), printed codes (including reused and used-up ones) and open voting
with its cookie, warning and rate limit; and the database's one-vote rule."""

import datetime
import re

import pytest
from django.core import mail
from django.db import IntegrityError
from django.utils import timezone

from forums.ideas.models import IdeaFollower, VoteMode
from forums.ideas.services import cast_vote
from forums.ideas.votes import CodeBatch, EmailVoteRequest, Vote, VotingCode
from home.hashing import keyed_hash

pytestmark = pytest.mark.django_db


def vote_link(message):
    return re.search(r"https?://\S+/vote/\S+/", message.body).group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


# Email


def test_an_email_address_longer_than_any_can_be_is_refused_not_a_server_error(
    client, send, email_round, make_idea
):
    idea = make_idea(email_round)
    too_long = "a" * 250 + "@example.org"  # 262 characters: the column holds 254
    response = send(client.post, idea.url, {"email": too_long})
    assert response.status_code == 400
    assert "Write 254 characters or fewer. You wrote 262." in response.content.decode()
    assert len(mail.outbox) == 0 and not EmailVoteRequest.objects.exists()


def test_email_vote_counts_only_when_the_link_is_used(client, send, email_round, make_idea):
    idea = make_idea(email_round)
    response = send(client.post, idea.url, {"email": "Sam@Example.org"})
    assert response.status_code == 302
    assert Vote.objects.count() == 0
    assert len(mail.outbox) == 1
    link = path_of(vote_link(mail.outbox[0]))
    assert idea.title in mail.outbox[0].body

    # Opening the link (as a mail scanner might) counts nothing: the button does.
    page = client.get(link)
    assert page.status_code == 200 and "Confirm my vote" in page.content.decode()
    assert Vote.objects.count() == 0

    done = client.post(link)
    assert "Your vote has been counted" in done.content.decode()
    vote = Vote.objects.get()
    assert vote.idea_id == idea.pk and vote.mode == VoteMode.EMAIL
    # Only a keyed hash of the address is stored with the vote; the request forgets it.
    assert vote.voter_key == "email:" + keyed_hash("involve.ideas.email", "sam@example.org")
    assert "sam" not in vote.voter_key.lower()
    assert EmailVoteRequest.objects.get().email == ""
    assert client.get(idea.url).context["vote_count"] == 1


def test_a_used_link_never_counts_twice(client, send, email_round, make_idea):
    idea = make_idea(email_round)
    send(client.post, idea.url, {"email": "sam@example.org"})
    link = path_of(vote_link(mail.outbox[0]))
    client.post(link)
    again = client.post(link)
    assert "This link has been used" in again.content.decode()
    assert Vote.objects.count() == 1


def test_a_second_link_for_the_same_address_is_refused_by_the_key(
    client, send, email_round, make_idea
):
    idea = make_idea(email_round)
    send(client.post, idea.url, {"email": "sam@example.org"})
    send(client.post, idea.url, {"email": "SAM@example.org "})
    first, second = (path_of(vote_link(message)) for message in mail.outbox)
    client.post(first)
    response = client.post(second)
    assert "You have already voted for this idea" in response.content.decode()
    assert Vote.objects.count() == 1


def test_an_expired_link_counts_nothing(client, send, email_round, make_idea):
    idea = make_idea(email_round)
    send(client.post, idea.url, {"email": "sam@example.org"})
    link = path_of(vote_link(mail.outbox[0]))
    EmailVoteRequest.objects.update(
        created_at=timezone.now() - datetime.timedelta(hours=EmailVoteRequest.LIFETIME_HOURS + 1)
    )
    response = client.post(link)
    assert "This link has run out" in response.content.decode()
    assert Vote.objects.count() == 0


def test_a_made_up_link_is_not_found(client, idea_index, email_round):
    response = client.get(idea_index.url + "vote/not-a-real-token/")
    assert response.status_code == 404


def test_a_link_after_the_round_closes_counts_nothing(client, send, email_round, make_idea):
    idea = make_idea(email_round)
    send(client.post, idea.url, {"email": "sam@example.org"})
    link = path_of(vote_link(mail.outbox[0]))
    email_round.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    email_round.save()
    assert "Voting has closed" in client.post(link).content.decode()
    assert Vote.objects.count() == 0


def test_an_invalid_email_keeps_what_was_typed_and_saves_nothing(
    client, send, email_round, make_idea
):
    idea = make_idea(email_round)
    response = send(client.post, idea.url, {"email": "not an address"})
    html = response.content.decode()
    assert response.status_code == 400 or "Enter an email address like" in html
    assert "nhsuk-error-summary" in html and 'value="not an address"' in html
    assert EmailVoteRequest.objects.count() == 0 and not mail.outbox


def test_a_voter_can_ask_to_hear_of_changes(client, send, email_round, make_idea):
    idea = make_idea(email_round)
    send(client.post, idea.url, {"email": "sam@example.org", "wants_updates": "on"})
    client.post(path_of(vote_link(mail.outbox[0])))
    follower = IdeaFollower.objects.get()
    assert follower.email == "sam@example.org" and follower.idea_id == idea.pk


# Codes


@pytest.fixture
def codes(code_round):
    batch = CodeBatch.objects.create(
        voting_round=code_round, label="Willow ward", votes_per_code=2
    )
    return VotingCode.generate(batch, 3)


def test_codes_are_stored_only_as_salted_hashes(codes):
    for code in codes:
        plain = code.replace("-", "")
        for row in VotingCode.objects.all():
            assert plain not in (row.code_hash, row.salt) and len(row.lookup) == 4
    # Two codes never share a salt, so equal codes would not share a hash either.
    assert len(set(VotingCode.objects.values_list("salt", flat=True))) == 3


def test_a_code_votes_once_per_idea_and_runs_out(client, code_round, codes, make_idea):
    first, second, third = (make_idea(code_round) for _i in range(3))
    code = codes[0].lower().replace("-", " ")  # typed carelessly: still recognised
    assert client.post(first.url, {"code": code}).status_code == 302
    reused = client.post(first.url, {"code": codes[0]})
    assert "This code has already voted for this idea" in reused.content.decode()
    assert client.post(second.url, {"code": codes[0]}).status_code == 302
    used_up = client.post(third.url, {"code": codes[0]})
    assert "This code has no votes left" in used_up.content.decode()
    assert Vote.objects.count() == 2
    assert VotingCode.objects.get(votes_left=0)
    # Another code still works.
    assert client.post(third.url, {"code": codes[1]}).status_code == 302
    assert Vote.objects.count() == 3


def test_a_wrong_code_is_refused(client, code_round, codes, make_idea):
    idea = make_idea(code_round)
    response = client.post(idea.url, {"code": "AAAAA-BBBBB"})
    assert "We do not recognise that code" in response.content.decode()
    assert Vote.objects.count() == 0


def test_a_code_from_a_closed_round_has_expired(client, idea_index, code_round, codes, make_idea):
    from .factories import VotingRoundFactory

    code_round.closes_at = timezone.now() - datetime.timedelta(days=1)
    code_round.opens_at = timezone.now() - datetime.timedelta(days=20)
    code_round.save()
    new_round = VotingRoundFactory(index=idea_index, mode=VoteMode.CODE)
    idea = make_idea(new_round)
    response = client.post(idea.url, {"code": codes[0]})
    assert "We do not recognise that code" in response.content.decode()
    old_idea = make_idea(code_round)
    closed = client.post(old_idea.url, {"code": codes[0]})
    assert "Voting closed on" in closed.content.decode()
    assert Vote.objects.count() == 0


# Open


def test_open_voting_one_vote_per_browser_with_a_plain_warning(client, open_round, make_idea):
    idea = make_idea(open_round)
    page = client.get(idea.url).content.decode()
    assert "cannot make sure each person votes only once" in page
    assert client.post(idea.url).status_code == 302
    assert "involve_voter" in client.cookies
    client.post(idea.url)
    assert Vote.objects.count() == 1
    assert "This browser has already voted" in client.get(idea.url).content.decode()


def test_open_voting_a_new_browser_votes_again(client, open_round, make_idea):
    from django.test import Client

    idea = make_idea(open_round)
    client.post(idea.url)
    Client().post(idea.url)
    assert Vote.objects.count() == 2


def test_a_tampered_cookie_is_a_new_browser(client, open_round, make_idea):
    idea = make_idea(open_round)
    client.post(idea.url)
    client.cookies["involve_voter"] = "made-up"
    client.post(idea.url)
    assert Vote.objects.count() == 2  # the tampered one gets a fresh id, not someone else's


def test_open_voting_is_rate_limited(client, open_round, make_idea, settings):
    from django.core.cache import cache

    cache.clear()
    ideas = [make_idea(open_round) for _i in range(3)]
    import forums.ideas.pages as views

    limit = views.VOTES_PER_ADDRESS
    views.VOTES_PER_ADDRESS = 2
    try:
        assert client.post(ideas[0].url).status_code == 302
        assert client.post(ideas[1].url).status_code == 302
        assert client.post(ideas[2].url).status_code == 429
    finally:
        views.VOTES_PER_ADDRESS = limit
        cache.clear()
    assert Vote.objects.count() == 2


def test_recaptcha_is_checked_when_on(client, open_round, make_idea, settings, monkeypatch):
    from django_recaptcha.client import RecaptchaResponse

    settings.RECAPTCHA_PUBLIC_KEY = "public"
    settings.RECAPTCHA_PRIVATE_KEY = "private"
    monkeypatch.setattr("home.public_forms.recaptcha_enabled", lambda request: True)
    monkeypatch.setattr("forums.ideas.pages.recaptcha_enabled", lambda request: True)
    monkeypatch.setattr(
        "django_recaptcha.fields.client.submit",
        lambda **kwargs: RecaptchaResponse(is_valid=False),
    )
    idea = make_idea(open_round)
    response = client.post(idea.url, {"g-recaptcha-response": "robot"})
    assert response.status_code == 400
    assert Vote.objects.count() == 0


# The rule itself


def test_the_database_refuses_a_second_vote_by_the_same_key(open_round, make_idea):
    idea = make_idea(open_round)
    Vote.objects.create(idea=idea, voting_round=open_round, mode="open", voter_key="browser:1")
    with pytest.raises(IntegrityError):
        Vote.objects.create(idea=idea, voting_round=open_round, mode="open", voter_key="browser:1")


def test_cast_vote_reports_a_repeat(open_round, make_idea):
    idea = make_idea(open_round)
    assert cast_vote(idea, open_round, "open", "browser:1") == "counted"
    assert cast_vote(idea, open_round, "open", "browser:1") == "already"
    assert Vote.objects.count() == 1


def test_no_vote_before_the_round_opens(client, idea_index, make_idea):
    from .factories import VotingRoundFactory

    later = VotingRoundFactory(
        index=idea_index,
        mode=VoteMode.OPEN,
        opens_at=timezone.now() + datetime.timedelta(days=1),
        closes_at=timezone.now() + datetime.timedelta(days=10),
    )
    idea = make_idea(later)
    client.post(idea.url)
    assert Vote.objects.count() == 0
