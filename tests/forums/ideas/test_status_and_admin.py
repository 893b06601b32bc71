"""Status changes told to followers (one email per change, in their language), voiding votes
from the duplicate report, printing codes, and turning a forum point into an idea."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import Locale, ModelLogEntry, PageLogEntry
from wagtail_localize.models import TranslationSource

from forums.ideas.index import IdeaIndexPage
from forums.ideas.models import IdeaFollower
from forums.ideas.moderation import idea_from_point
from forums.ideas.oversight import duplicate_groups
from forums.ideas.pages import IdeaPage
from forums.ideas.votes import Vote, VotingCode
from home.translation import synchronise_language_trees
from tests.forums.factories import add_point
from tests.home.factories import UserFactory

from .factories import add_change

pytestmark = pytest.mark.django_db


@pytest.fixture
def comms():
    return UserFactory(groups=["Communications officers"])


def follow(idea, email, language="en-gb", days_ago=1):
    follower = IdeaFollower.follow(idea, email, language)
    IdeaFollower.objects.filter(pk=follower.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days_ago)
    )
    return follower


def test_one_email_per_change_and_none_on_republishing(send, email_round, make_idea):
    idea = make_idea(email_round)
    follow(idea, "sam@example.org")
    follow(idea, "kim@example.org")
    send(add_change, idea, "considering", "The board will look at it in May.")
    assert sorted(message.to[0] for message in mail.outbox) == [
        "kim@example.org",
        "sam@example.org",
    ]
    assert "Under consideration" in mail.outbox[0].body
    assert "The board will look at it in May." in mail.outbox[0].body
    # Publishing again, with no new change, sends nothing more.
    send(idea.save_revision().publish)
    assert len(mail.outbox) == 2
    send(add_change, idea, "happening", "It starts next month.")
    assert len(mail.outbox) == 4


def test_a_follower_does_not_hear_of_changes_before_they_followed(send, email_round, make_idea):
    idea = make_idea(email_round)
    add_change(idea, "open", "Open for votes.", days_ago=30)
    follow(idea, "sam@example.org", days_ago=2)
    send(add_change, idea, "considering", "The board will look at it.")
    assert len(mail.outbox) == 1 and "Under consideration" in mail.outbox[0].body


def test_status_email_in_the_followers_language(send, email_round, make_idea):
    idea = make_idea(email_round, title="Longer visiting hours")
    add_change(idea, "open", "Open for votes.", days_ago=3)
    urdu = Locale.objects.get(language_code="ur")
    synchronise_language_trees()
    source, _created = TranslationSource.get_or_create_from_instance(idea)
    source.create_or_update_translation(urdu, fallback=True)
    translated = IdeaPage.objects.get(translation_key=idea.translation_key, locale=urdu)
    translated.title = "ملاقات کے طویل اوقات"
    translated.save_revision().publish()
    follow(idea, "amir@example.org", language="ur")
    follow(idea, "sam@example.org", language="en-gb")
    send(add_change, idea, "considering", "The board will look at it.")
    by_address = {message.to[0]: message for message in mail.outbox}
    assert "ملاقات کے طویل اوقات" in by_address["amir@example.org"].body
    assert "/ur/" in by_address["amir@example.org"].body
    assert "Longer visiting hours" in by_address["sam@example.org"].body


def test_an_erased_address_gets_nothing(send, email_round, make_idea):
    idea = make_idea(email_round)
    follow(idea, "sam@example.org")
    assert IdeaFollower.erase_email("SAM@example.org") == 1
    send(add_change, idea, "considering", "The board will look at it.")
    assert not mail.outbox


def test_a_project_status_needs_the_project(email_round, make_idea):
    from django.core.exceptions import ValidationError

    from forums.ideas.models import IdeaStatusChange

    idea = make_idea(email_round)
    idea.status_changes.add(IdeaStatusChange(status="project", reason="Taken forward."))
    with pytest.raises(ValidationError):
        idea.full_clean()


# Duplicates and voiding


def many_votes(idea, voting_round, count, network="abc123"):
    for number in range(count):
        Vote.objects.create(
            idea=idea,
            voting_round=voting_round,
            mode="open",
            voter_key=f"browser:{number}",
            network_hash=network,
        )


def test_duplicate_report_and_voiding_with_a_reason(client, comms, open_round, make_idea):
    idea = make_idea(open_round)
    many_votes(idea, open_round, 6)
    many_votes(make_idea(open_round), open_round, 2, network="other")
    groups = duplicate_groups()
    assert [(group["network_hash"], group["votes"]) for group in groups] == [("abc123", 6)]

    client.force_login(comms)
    report = client.get("/admin/ideas/duplicates/?network=abc123")
    assert report.status_code == 200 and "abc123" in report.content.decode()
    ids = list(Vote.objects.filter(network_hash="abc123").values_list("pk", flat=True))[:4]
    response = client.post(
        "/admin/ideas/duplicates/?network=abc123",
        {"votes": [str(pk) for pk in ids], "reason": "Six votes in a minute from one address"},
    )
    assert response.status_code == 302
    assert Vote.objects.counted().filter(idea=idea).count() == 2
    assert Vote.objects.filter(idea=idea).count() == 6  # kept, not counted
    entries = ModelLogEntry.objects.filter(action="forums.void_vote")
    assert entries.count() == 4
    assert entries.first().data["reason"] == "Six votes in a minute from one address"
    # The page shows the counted votes only.
    assert client.get(idea.url).context["vote_count"] == 2


def test_voiding_needs_a_reason(client, comms, open_round, make_idea):
    idea = make_idea(open_round)
    many_votes(idea, open_round, 5)
    client.force_login(comms)
    pk = Vote.objects.first().pk
    client.post("/admin/ideas/duplicates/?network=abc123", {"votes": [str(pk)], "reason": ""})
    assert Vote.objects.counted().count() == 5


def test_only_the_void_permission_voids(client, open_round, make_idea):
    many_votes(make_idea(open_round), open_round, 5)
    client.force_login(UserFactory(groups=["Co-production leads"]))
    pk = Vote.objects.first().pk
    client.post("/admin/ideas/duplicates/?network=abc123", {"votes": [str(pk)], "reason": "x"})
    assert Vote.objects.counted().count() == 5


# Codes


def test_printing_codes_shows_them_once_and_logs_it(client, comms, code_round):
    client.force_login(comms)
    response = client.post(
        "/admin/ideas/codes/",
        {"voting_round": code_round.pk, "label": "Willow ward", "count": 5, "votes_per_code": 3},
    )
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    codes = re.findall(r"<code>([A-Z0-9-]+)</code>", response.content.decode())
    assert len(codes) == 5 and VotingCode.objects.count() == 5
    assert all(VotingCode.find(code, code_round) for code in codes)
    assert ModelLogEntry.objects.filter(action="forums.print_codes").count() == 1


@pytest.mark.parametrize("round_value", ["abc", "", "999999", "1 OR 1=1"])
def test_a_bad_voting_round_is_refused_with_a_message_not_a_server_error(
    client, comms, code_round, round_value
):
    client.force_login(comms)
    response = client.post(
        "/admin/ideas/codes/",
        {"voting_round": round_value, "label": "Willow ward", "count": 5, "votes_per_code": 3},
    )
    assert response.status_code == 400
    assert "Choose a voting round that is open." in response.content.decode()
    assert VotingCode.objects.count() == 0


@pytest.mark.parametrize("network", ["%00", "abc%00", "x" * 10, "<script>"])
def test_a_network_that_is_not_a_hash_is_not_found(client, comms, network):
    client.force_login(comms)
    response = client.get(f"/admin/ideas/duplicates/?network={network}", follow=True)
    assert response.status_code == 404


# Forum points


def test_a_forum_point_becomes_an_idea_that_shows_where_it_came_from(
    client, comms, outcome, idea_index, email_round
):
    add_point(outcome, theme="Evening appointments", what_was_said="Many people work days.")
    point = outcome.points.get()
    client.force_login(comms)
    listing = client.get("/admin/ideas/points/").content.decode()
    assert "Evening appointments" in listing
    response = client.post(f"/admin/ideas/points/{point.pk}/idea/")
    assert response.status_code == 302
    point.refresh_from_db()
    idea = point.link_page.specific
    assert point.status == "idea" and idea.source == "forum" and idea.live
    assert idea.voting_round == email_round
    client.logout()
    page = client.get(idea.url).content.decode()
    assert "Raised at a community forum" in page and outcome.url in page
    assert PageLogEntry.objects.filter(action="forums.point_to_idea", page=idea).exists()


def test_where_it_came_from_is_one_query(outcome, idea_index, comms, django_assert_num_queries):
    add_point(outcome, theme="Evening appointments")
    add_point(outcome, theme="Late letters")
    first, second = outcome.points.all()
    idea = idea_from_point(first, idea_index, comms)
    # Point the second point at the same idea, as an editor would.
    outcome = outcome.specific.__class__.objects.get(pk=outcome.pk)
    rows = list(outcome.points.all())
    for row in rows:
        if row.pk == second.pk:
            row.status, row.link_page, row.answer = "idea", idea, "Joined."
    outcome.points = rows
    outcome.save_revision().publish()
    idea = idea.__class__.objects.get(pk=idea.pk)
    with django_assert_num_queries(1):
        points = idea.forum_points()
    assert len(points) == 2


def test_idea_index_is_one_per_home_and_holds_ideas(idea_index, home_page):
    from wagtail.test.utils import WagtailTestUtils  # noqa: F401

    from forums.ideas.pages import IdeaPage

    assert IdeaIndexPage.can_create_at(home_page) is False  # max one per home
    assert IdeaPage.can_create_at(idea_index)
    assert not IdeaPage.can_create_at(home_page)
