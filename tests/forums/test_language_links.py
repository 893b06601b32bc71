"""The language switcher, canonical and hreflang on the routes of ideas and projects: the
reader keeps their place (page route and query) in every language; private pages are not
indexed."""

import datetime

import pytest
from django.utils import timezone

from home.translation import synchronise_language_trees
from tests.forums.ideas.factories import IdeaIndexPageFactory, VotingRoundFactory
from tests.forums.projects.factories import ProjectIndexPageFactory, make_project
from tests.home.factories import LocaleFactory
from tests.language_links import assert_private, assert_switcher_keeps_place, head, in_html

PROJECT = "you-said-we-are-doing/carers-pack"


@pytest.fixture
def pages(home_page):
    ideas = IdeaIndexPageFactory(parent=home_page)
    closed = VotingRoundFactory(
        index=ideas,
        opens_at=timezone.now() - datetime.timedelta(days=30),
        closes_at=timezone.now() - datetime.timedelta(days=2),
    )
    make_project(ProjectIndexPageFactory(parent=home_page))
    synchronise_language_trees()
    return {"ideas": ideas, "closed_round": closed}


PLACES = [
    "ideas/",
    "ideas/?sort=newest&theme=3",
    "ideas/suggest/",
    "ideas/suggest/thanks/?ref=signed-ref",
    "ideas/results/{closed_round}/",
    "ideas/vote/not-a-real-token/",
    "ideas/stop/not-a-real-token/",
    "you-said-we-are-doing/?page=2&stage=doing",
    f"{PROJECT}/",
    f"{PROJECT}/follow/sent/",
    f"{PROJECT}/follow/confirm/not-a-real-token/",
    f"{PROJECT}/unfollow/not-a-real-token/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("place", PLACES)
def test_switcher_keeps_the_route_and_the_query(client, pages, place):
    assert_switcher_keeps_place(client, place.format(closed_round=pages["closed_round"].pk))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "place, secret",
    [
        ("ideas/suggest/thanks/?ref=signed-ref", "signed-ref"),
        ("ideas/vote/a-vote-token/", "a-vote-token"),
        ("ideas/stop/a-stop-token/", "a-stop-token"),
        (f"{PROJECT}/follow/confirm/a-follow-token/", "a-follow-token"),
        (f"{PROJECT}/unfollow/an-unfollow-token/", "an-unfollow-token"),
    ],
)
def test_private_pages_are_not_indexed_but_keep_their_link(client, pages, place, secret):
    assert_private(client.get(f"/ar/{place}").content.decode(), secret)


@pytest.mark.django_db
def test_a_route_names_its_own_address_and_its_translations(client, pages):
    """On the results of a round: the page route is part of the canonical address and of
    every alternate; Urdu is a real translation, Arabic only an alias."""
    ideas = pages["ideas"]
    urdu_home = ideas.get_parent().get_translation(LocaleFactory(language_code="ur"))
    assert urdu_home.alias_of_id  # the migrations' home page, kept in step: an alias
    urdu = ideas.get_translation(urdu_home.locale)
    urdu.delete()
    urdu = ideas.copy_for_translation(urdu_home.locale, copy_parents=True, alias=False)
    urdu.save_revision().publish()
    route = f"results/{pages['closed_round'].pk}/"

    for reader, page in [("ur", urdu), ("en-gb", ideas)]:
        html = head(client.get(f"{page.url}{route}?page=2").content.decode())
        assert f'<link rel="canonical" href="{page.get_full_url()}{route}?page=2">' in html
        for code, copy in [("en-gb", ideas), ("ur", urdu), ("x-default", ideas)]:
            expected = in_html(f"{copy.get_full_url()}{route}?page=2")
            assert f'<link rel="alternate" hreflang="{code}" href="{expected}">' in html, reader
        assert 'hreflang="ar"' not in html
        assert "noindex" not in html

    arabic = head(client.get(f"/ar/ideas/{route}").content.decode())
    assert f'<link rel="canonical" href="{ideas.get_full_url()}{route}">' in arabic
    assert 'hreflang="ar"' not in arabic and 'hreflang="ur"' in arabic
