"""Voting codes come out as slips to print: one code per slip, with the round's dates, the
address to vote at and how to vote, in the language the staff member chooses; only staff who
may make codes can open the page."""

import re

import pytest
from wagtail.models import Locale

from forums.ideas.index import IdeaIndexPage
from forums.ideas.votes import VotingCode
from home.translation import synchronise_language_trees
from tests.home.factories import UserFactory

pytestmark = pytest.mark.django_db


def make_slips(client, code_round, language="en-gb", count=5):
    return client.post(
        "/admin/ideas/codes/",
        {
            "voting_round": code_round.pk,
            "label": "Willow ward",
            "count": count,
            "votes_per_code": 3,
            "language": language,
        },
    )


def slips_of(html):
    return html.split('<li class="code-slip">')[1:]


def test_each_code_is_on_a_slip_of_its_own_with_how_to_vote(client, code_round):
    client.force_login(UserFactory(groups=["Communications officers"]))
    response = make_slips(client, code_round, count=5)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    html = response.content.decode()
    slips = slips_of(html)
    assert len(slips) == 5
    codes = [re.findall(r"<code>([A-Z0-9-]+)</code>", slip) for slip in slips]
    assert all(len(found) == 1 for found in codes)
    codes = [found[0] for found in codes]
    assert len(set(codes)) == 5 and all(html.count(code) == 1 for code in codes)
    assert all(VotingCode.find(code, code_round) for code in codes)
    assert '<html lang="en-gb" dir="ltr">' in html
    assert "Vote on improvement ideas" in slips[0]
    assert f"{code_round.index.full_url}" in slips[0]
    assert "Your code gives you 3 votes. Use each one for a different idea." in slips[0]
    assert "css/code-slips.css" in html


def test_slips_in_urdu_read_right_to_left_with_the_urdu_address(client, code_round):
    synchronise_language_trees()
    urdu_index = IdeaIndexPage.objects.get(
        translation_key=code_round.index.translation_key,
        locale=Locale.objects.get(language_code="ur"),
    )
    client.force_login(UserFactory(groups=["Communications officers"]))
    html = make_slips(client, code_round, language="ur", count=2).content.decode()
    assert '<html lang="ur" dir="rtl">' in html
    [first, _second] = slips_of(html)
    assert "بہتری کے خیالات پر ووٹ دیں" in first
    assert "Vote on improvement ideas" not in first
    assert urdu_index.full_url in first
    # The note for the staff member stays in the admin's language, marked as such.
    assert '<div class="code-slips__notice" lang="en-gb" dir="ltr">' in html


def test_only_staff_who_may_make_codes_open_the_slips(client, code_round):
    client.force_login(UserFactory(groups=["Co-production leads"]))
    assert client.get("/admin/ideas/codes/").status_code in {302, 403}
    response = make_slips(client, code_round)
    assert response.status_code in {302, 403}
    assert "code-slip" not in response.content.decode()
    assert not VotingCode.objects.exists()
