"""The time limits and erasure of the addresses kept for ideas (docs/data-map.md)."""

import datetime
import re
import uuid

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from forums.ideas.models import IdeaFollower, Suggestion
from forums.ideas.votes import EmailVoteRequest

from .factories import add_change

pytestmark = pytest.mark.django_db


def test_every_status_email_can_stop_itself(client, send, email_round, make_idea):
    idea = make_idea(email_round)
    follower = IdeaFollower.follow(idea, "sam@example.org", "en-gb")
    IdeaFollower.objects.update(created_at=timezone.now() - datetime.timedelta(days=1))
    send(add_change, idea, "considering", "The board will look at it.")
    link = re.search(r"https?://[^/]+(/\S+/stop/\S+/)", mail.outbox[0].body).group(1)
    assert "Stop emails about this idea" in client.get(link).content.decode()
    assert IdeaFollower.objects.filter(pk=follower.pk).exists()
    assert "You will get no more emails" in client.post(link).content.decode()
    assert not IdeaFollower.objects.exists()
    assert "nothing to stop" in client.get(link).content.decode()


def test_a_forged_stop_link_stops_nothing(client, idea_index, email_round, make_idea):
    follower = IdeaFollower.follow(make_idea(email_round), "sam@example.org", "en-gb")
    client.post(idea_index.url + f"stop/{follower.pk}-forged/")
    assert IdeaFollower.objects.exists()


def test_tend_ideas_applies_the_time_limits(idea_index, email_round, make_idea):
    idea = make_idea(email_round)
    old = timezone.now() - datetime.timedelta(days=400)
    EmailVoteRequest.start(idea, "a@example.org", False, "en-gb")
    EmailVoteRequest.objects.update(created_at=timezone.now() - datetime.timedelta(days=3))
    fresh = EmailVoteRequest.start(idea, "b@example.org", False, "en-gb")
    Suggestion.objects.create(
        index=idea_index,
        title="t",
        what="w",
        email="c@example.org",
        submission_key=uuid.uuid4(),
        decision="declined",
        reason="abusive",
        decided_at=old,
    )
    IdeaFollower.follow(idea, "d@example.org", "en-gb")
    IdeaFollower.objects.update(created_at=old - datetime.timedelta(days=400))
    call_command("tend_ideas", stdout=open("/dev/null", "w"))
    assert list(EmailVoteRequest.objects.all()) == [fresh]
    assert Suggestion.objects.get().email == ""
    assert not IdeaFollower.objects.exists()
