"""The admin screens communications officers use for ideas open and save."""

import datetime

import pytest
from django.utils import timezone

from forums.ideas.models import VotingRound
from tests.home.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def comms_client(client):
    client.force_login(UserFactory(groups=["Communications officers"]))
    return client


def test_admin_screens_open(comms_client, idea_index, code_round, make_idea):
    idea = make_idea(code_round)
    for url in [
        "/admin/ideas/suggestions/",
        "/admin/ideas/codes/",
        "/admin/ideas/duplicates/",
        "/admin/ideas/points/",
        "/admin/voting_rounds/",
        "/admin/voting_rounds/new/",
        f"/admin/pages/{idea.pk}/edit/",
        f"/admin/pages/add/forums/ideapage/{idea_index.pk}/",
        "/admin/settings/forums/ideasettings/",
    ]:
        response = comms_client.get(url, follow=True)
        assert response.status_code == 200, url
        assert response.redirect_chain == [] or "settings" in url, (url, response.redirect_chain)


def test_a_round_is_added_in_the_admin(comms_client, idea_index):
    now = timezone.localtime()
    response = comms_client.post(
        "/admin/voting_rounds/new/",
        {
            "index": idea_index.pk,
            "opens_at": now.strftime("%Y-%m-%d %H:%M"),
            "closes_at": (now + datetime.timedelta(days=14)).strftime("%Y-%m-%d %H:%M"),
            "mode": "code",
            "hide_totals": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    voting_round = VotingRound.objects.get()
    assert voting_round.mode == "code" and voting_round.hide_totals


def test_a_round_must_close_after_it_opens(comms_client, idea_index):
    now = timezone.localtime().strftime("%Y-%m-%d %H:%M")
    response = comms_client.post(
        "/admin/voting_rounds/new/",
        {"index": idea_index.pk, "opens_at": now, "closes_at": now, "mode": "open"},
    )
    assert response.status_code == 200 and not VotingRound.objects.exists()


def test_the_idea_menu_shows_for_communications_officers(comms_client):
    html = comms_client.get("/admin/").content.decode()
    assert "Improvement ideas" in html
