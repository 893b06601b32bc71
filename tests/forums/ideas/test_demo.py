import pytest

from forums.ideas.models import VotingRound
from forums.ideas.oversight import duplicate_groups
from forums.ideas.pages import IdeaPage
from forums.ideas.votes import Vote
from forums.outcomes.models import OutcomePoint

pytestmark = pytest.mark.django_db


def test_demo_ideas_two_rounds_forty_ideas_and_safe_to_run_again(
    client, demo_site, demo_loaded_again
):
    rounds = list(VotingRound.objects.order_by("opens_at"))
    assert len(rounds) == 2 and rounds[0].is_closed and rounds[1].is_open
    ideas = IdeaPage.objects.filter(alias_of=None, locale__language_code="en-gb")
    assert 38 <= ideas.count() <= 45
    assert ideas.filter(source="forum").count() >= 8
    from_points = OutcomePoint.objects.published().filter(status="idea").exclude(link_page=None)
    assert from_points.count() >= 2
    statuses = set(ideas.filter(voting_round=rounds[0]).values_list("status", flat=True))
    assert {"considering", "project", "happening", "not_taken"} <= statuses
    assert Vote.objects.count() > 1000
    assert duplicate_groups()  # one burst to show in the report

    for url in [
        "/en-gb/improvement-ideas/",
        f"/en-gb/improvement-ideas/results/{rounds[0].pk}/",
        "/ur/improvement-ideas/",
        f"/ur/improvement-ideas/results/{rounds[0].pk}/",
        ideas.filter(source="forum").first().url,
    ]:
        assert client.get(url).status_code == 200, url
    point_idea = from_points.first().link_page.specific
    assert "Raised at a community forum" in client.get(point_idea.url).content.decode()

    # Run again (once for the session, see tests/conftest.py), it adds no idea and no vote.
    before, after = (
        (rows[IdeaPage._meta.label], rows[Vote._meta.label])
        for rows in (demo_loaded_again.before["rows"], demo_loaded_again.after["rows"])
    )
    assert before == (IdeaPage.objects.count(), Vote.objects.count())
    assert after == before
    assert demo_loaded_again.after == demo_loaded_again.before
