"""Pages kept whole for anonymous visitors (home/page_cache/) and the public forms' check of
where a post came from instead of a token (home/cross_origin.py): two visitors at a time,
as a campaign's readers would be."""

import re
import uuid

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from forums.ideas.models import VoteMode
from forums.ideas.votes import Vote
from opportunities.models import Registration
from tests.forums.ideas.factories import IdeaIndexPageFactory, IdeaPageFactory, VotingRoundFactory
from tests.home.factories import UserFactory
from tests.opportunities.factories import (
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db

SITE = "http://testserver"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def opportunity(home_page):
    index = OpportunityIndexPageFactory(parent=home_page)
    return OpportunityPageFactory(parent=index, title="Leaflet reading group", places=2)


def visitor():
    """A browser of its own, which checks CSRF as a real one is checked."""
    return Client(enforce_csrf_checks=True)


def registration(**overrides):
    return {
        "name": "Alex Taylor",
        "email": "alex@example.org",
        "phone": "",
        "contact_method": "email",
        "consent": "on",
        "website": "",
        **overrides,
    }


def submission_key(html):
    return re.search(r'name="submission_key" value="([^"]+)"', html).group(1)


def test_the_second_visitor_gets_the_first_ones_page_without_the_database(
    opportunity, django_assert_num_queries
):
    first = visitor().get(opportunity.url)
    assert first.status_code == 200 and first["X-Page-Cache"] == "miss"
    # Nothing of the first visitor's in it: no token, no cookie.
    assert "csrfmiddlewaretoken" not in first.content.decode()
    assert not first.cookies

    with django_assert_num_queries(0):
        second = visitor().get(opportunity.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Language"] == "en-gb"
    # The headers the outer middleware add are there on a copy too.
    assert "Content-Security-Policy" in second
    assert not second.cookies


def test_two_visitors_register_from_one_kept_page_and_each_is_stored(opportunity):
    html = visitor().get(opportunity.url).content.decode()
    key = submission_key(html)
    kim, sam = visitor(), visitor()
    headers = {"HTTP_ORIGIN": SITE, "HTTP_SEC_FETCH_SITE": "same-origin"}
    assert (
        kim.post(
            opportunity.url,
            registration(name="Kim", email="kim@example.org", submission_key=key),
            **headers,
        ).status_code
        == 302
    )
    sam_sends = registration(name="Sam", email="sam@example.org", submission_key=key)
    assert sam.post(opportunity.url, sam_sends, **headers).status_code == 302
    # Sam clicks twice: still one record of Sam's.
    assert sam.post(opportunity.url, sam_sends, **headers).status_code == 302

    assert sorted(Registration.objects.values_list("name", flat=True)) == ["Kim", "Sam"]


def test_a_form_posted_from_another_site_is_refused_and_saves_nothing(opportunity):
    key = submission_key(visitor().get(opportunity.url).content.decode())
    data = registration(submission_key=key)
    attempts = [
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_SEC_FETCH_SITE": "same-site", "HTTP_ORIGIN": "https://forms.example"},
        # An older browser, which sends Origin but not Sec-Fetch-Site.
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
    ]
    for headers in attempts:
        assert visitor().post(opportunity.url, data, **headers).status_code == 403, headers
    assert not Registration.objects.exists()
    # From the site itself, by an older browser (Origin only) or a program (neither).
    assert visitor().post(opportunity.url, data, HTTP_ORIGIN=SITE).status_code == 302
    assert Registration.objects.count() == 1


def test_the_cookie_banner_works_from_a_kept_page(home_page):
    first = visitor().get("/en-gb/")
    assert "cookie-banner-heading" in first.content.decode()
    reader = visitor()
    page = reader.get("/en-gb/")
    assert page["X-Page-Cache"] == "hit"

    answered = reader.post(
        "/en-gb/cookies/",
        {"consent": "rejected", "next": "/en-gb/"},
        HTTP_ORIGIN=SITE,
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert answered.status_code == 302
    assert answered.cookies["involve_cookie_consent"].value == "rejected"
    # The answer is part of the key: no banner for this reader, still one for a newcomer.
    again = reader.get("/en-gb/")
    assert "cookie-banner-heading" not in again.content.decode()
    assert "cookie-banner-heading" in visitor().get("/en-gb/").content.decode()


def test_the_admin_keeps_djangos_token_check(site):
    response = visitor().post(
        "/admin/login/",
        {"username": "x", "password": "y"},
        HTTP_ORIGIN=SITE,
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert response.status_code == 403


def test_staff_and_visitors_with_a_cookie_of_their_own_are_never_given_a_copy(opportunity, client):
    visitor().get(opportunity.url)
    assert visitor().get(opportunity.url)["X-Page-Cache"] == "hit"

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    staff_view = client.get(opportunity.url)
    assert "X-Page-Cache" not in staff_view  # made for them, and not kept
    after_a_message = visitor()
    after_a_message.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in after_a_message.get(opportunity.url)


def test_private_pages_are_never_kept(opportunity):
    reader = visitor()
    done = reader.post(
        opportunity.url,
        registration(submission_key=str(uuid.uuid4())),
        HTTP_ORIGIN=SITE,
    )
    # The thanks page names the person (through a cookie for that page alone).
    thanks = reader.get(done["Location"])
    assert "alex@example.org" in thanks.content.decode()
    assert "X-Page-Cache" not in thanks
    assert "alex@example.org" not in visitor().get(done["Location"]).content.decode()


def test_publishing_purges_every_copy_at_once(opportunity, django_capture_on_commit_callbacks):
    index_url = opportunity.get_parent().url
    visitor().get(opportunity.url)
    visitor().get(index_url)

    opportunity.title = "Leaflet reading group: new dates"
    with django_capture_on_commit_callbacks(execute=True):
        opportunity.save_revision().publish()

    for url in (opportunity.url, index_url):
        fresh = visitor().get(url)
        assert fresh["X-Page-Cache"] == "miss", url
        assert "Leaflet reading group: new dates" in fresh.content.decode()


def test_unpublishing_purges_the_page(opportunity, django_capture_on_commit_callbacks):
    visitor().get(opportunity.url)
    with django_capture_on_commit_callbacks(execute=True):
        opportunity.unpublish()
    assert visitor().get(opportunity.url).status_code == 404


def test_a_registration_purges_its_opportunitys_places(
    opportunity, django_capture_on_commit_callbacks
):
    assert "2 places" in visitor().get(opportunity.url).content.decode()
    other = OpportunityPageFactory(parent=opportunity.get_parent(), title="Other")
    visitor().get(other.url)

    with django_capture_on_commit_callbacks(execute=True):
        RegistrationFactory.create_batch(2, opportunity=opportunity)

    fresh = visitor().get(opportunity.url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "all taken, so you would join the waiting list" in fresh.content.decode()
    # Another opportunity's copy is untouched.
    assert visitor().get(other.url)["X-Page-Cache"] == "hit"


def test_a_vote_purges_its_idea_and_the_list_of_ideas(
    home_page, django_capture_on_commit_callbacks
):
    ideas = IdeaIndexPageFactory(parent=home_page)
    voting_round = VotingRoundFactory(index=ideas, mode=VoteMode.OPEN)
    idea = IdeaPageFactory(parent=ideas, voting_round=voting_round)
    other = IdeaPageFactory(parent=ideas, voting_round=voting_round)
    for url in (idea.url, other.url, ideas.url):
        assert visitor().get(url)["X-Page-Cache"] == "miss"
    assert visitor().get(idea.url).context is None  # a copy

    voter = visitor()
    with django_capture_on_commit_callbacks(execute=True):
        voted = voter.post(idea.url, {"website": ""}, HTTP_ORIGIN=SITE)
    assert voted.status_code == 302 and Vote.objects.count() == 1

    fresh = visitor().get(idea.url)
    assert fresh["X-Page-Cache"] == "miss" and fresh.context["vote_count"] == 1
    assert visitor().get(ideas.url)["X-Page-Cache"] == "miss"
    assert visitor().get(other.url)["X-Page-Cache"] == "hit"
    # The voter's own page says this browser has voted: theirs alone, never kept.
    own = voter.get(idea.url)
    assert "X-Page-Cache" not in own and own.context["already_voted"]
    assert "no-cache" in own["Cache-Control"]


def test_nothing_is_kept_when_the_cache_is_off(opportunity, settings):
    settings.PAGE_CACHE_SECONDS = 0
    visitor().get(opportunity.url)
    response = visitor().get(opportunity.url)
    assert "X-Page-Cache" not in response and response.context is not None


def test_a_kept_page_still_registers_and_emails(opportunity, django_capture_on_commit_callbacks):
    key = submission_key(visitor().get(opportunity.url).content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        visitor().post(opportunity.url, registration(submission_key=key), HTTP_ORIGIN=SITE)
    assert [message.to for message in mail.outbox] == [["alex@example.org"]]


def test_a_setting_or_snippet_saved_purges_every_copy(
    home_page, django_capture_on_commit_callbacks
):
    from home.models import OrganisationSettings

    visitor().get("/en-gb/")
    organisation = OrganisationSettings.for_site(home_page.get_site())
    organisation.name = "Riverside Mental Health Trust"
    with django_capture_on_commit_callbacks(execute=True):
        organisation.save()
    fresh = visitor().get("/en-gb/")
    assert fresh["X-Page-Cache"] == "miss"
    assert "Riverside Mental Health Trust" in fresh.content.decode()


def test_a_purge_while_the_page_is_being_made_leaves_its_copy_out_of_date(
    rf, django_capture_on_commit_callbacks
):
    """A vote counted after the page read its count, but before the page was kept: the copy
    must not be served, or it would show the old count until it expired."""
    from django.http import HttpResponse

    from home import page_cache
    from home.page_cache import store

    request = rf.get("/en-gb/ideas/one/")
    store.start(request)
    page_cache.depends_on(request, "votes:1")  # then the page reads the count: 3
    with django_capture_on_commit_callbacks(execute=True):
        page_cache.purge("votes:1")  # the fourth vote commits
    key = store.copy_key(request, None)
    store.keep_copy(key, HttpResponse("3 votes"), request.page_cache_versions, 300)

    assert store.get_copy(key) is None
    # Without a purge in between, the copy is used.
    store.start(request)
    page_cache.depends_on(request, "votes:1")
    store.keep_copy(key, HttpResponse("4 votes"), request.page_cache_versions, 300)
    assert store.get_copy(key)["content"] == b"4 votes"


def test_the_join_form_and_a_project_are_kept_but_not_their_private_steps(home_page):
    from tests.forums.projects.factories import ProjectIndexPageFactory, make_project
    from tests.opportunities.factories import RegisterPageFactory

    register = RegisterPageFactory(parent=home_page)
    project = make_project(ProjectIndexPageFactory(parent=home_page))
    for url in (register.url, project.url):
        assert visitor().get(url)["X-Page-Cache"] == "miss", url
        assert visitor().get(url)["X-Page-Cache"] == "hit", url
    # Its other routes are each person's own: never kept.
    assert "X-Page-Cache" not in visitor().get(register.url + "done/")
    assert "X-Page-Cache" not in visitor().get(project.url + "follow/sent/")


def test_a_head_request_gets_the_copys_headers_without_its_body(opportunity, rf, settings):
    from home.page_cache.middleware import PageCacheMiddleware

    visitor().get(opportunity.url)
    middleware = PageCacheMiddleware(lambda request: pytest.fail("the copy was not used"))
    response = middleware(rf.head(opportunity.url))
    assert response["X-Page-Cache"] == "hit" and response.content == b""
    assert response["Content-Type"].startswith("text/html")
