"""The language switcher, canonical and hreflang on the routes of the opportunities and the
involvement register: the reader keeps their place (page route and query) in every
language; the register's private pages keep their token for the reader and are not
indexed."""

import pytest

from home.translation import synchronise_language_trees
from tests.language_links import assert_private, assert_switcher_keeps_place, head, in_html
from tests.opportunities.factories import (
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    PersonFactory,
    RegisterPageFactory,
)


@pytest.fixture
def pages(home_page):
    index = OpportunityIndexPageFactory(parent=home_page)
    opportunity = OpportunityPageFactory(parent=index, slug="leaflets")
    register = RegisterPageFactory(parent=home_page)
    person = PersonFactory()
    synchronise_language_trees()

    def link(route, purpose):
        return register.link_url(route, person, purpose).removeprefix("/en-gb/")

    return {
        "index": index,
        "opportunity": opportunity,
        "manage": link("you", "manage"),
        "details": link("more", "details"),
        "equality": link("equality", "details"),
        "confirm": link("confirm", "confirm"),
    }


PLACES = [
    "get-involved/",
    "get-involved/?kind=reading_group&format=online&page=2",
    "get-involved/leaflets/",
    "get-involved/leaflets/thanks/",
    "get-involved/leaflets/thanks/?ref=signed-ref",
    "join/",
    "join/done/",
    "join/new-link/",
    "{details}",
    "{equality}",
    "{confirm}",
    "{manage}",
    "{manage}?changed=1",
    "{manage}change/",
    "{manage}equality/",
    "{manage}leave/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("place", PLACES)
def test_switcher_keeps_the_route_and_the_query(client, pages, place):
    assert_switcher_keeps_place(client, place.format(**pages))


@pytest.mark.django_db
@pytest.mark.parametrize("link", ["manage", "details", "equality", "confirm"])
def test_register_private_pages_keep_the_token_but_are_not_indexed(client, pages, link):
    """The switcher keeps the token the page was reached by, so the person stays on their
    own page in their language (not the bare join page)."""
    token = pages[link].rstrip("/").rsplit("/", 1)[1]
    for page in ["", "change/", "leave/"] if link == "manage" else [""]:
        html = client.get(f"/ar/{pages[link]}{page}").content.decode()
        assert_private(html, token)
        assert f'href="/en-gb/{pages[link]}{page}" lang="en-gb"' in html


@pytest.mark.django_db
def test_thanks_page_with_its_ref_is_not_indexed(client, pages):
    assert_private(
        client.get("/ur/get-involved/leaflets/thanks/?ref=signed-ref").content.decode(),
        "signed-ref",
    )


@pytest.mark.django_db
def test_canonical_of_a_list_keeps_the_page_number_but_not_the_filters(client, pages):
    """Page 2 of the list is a page of its own; a filtered list names the list itself, so
    search engines index one list, not every combination of filters."""
    listing = pages["index"].get_full_url()

    def canonical(query):
        return head(client.get(f"/en-gb/get-involved/{query}").content.decode())

    assert f'<link rel="canonical" href="{listing}?page=2">' in canonical("?page=2")
    assert f'hreflang="x-default" href="{listing}?page=2"' in canonical("?page=2")
    assert f'<link rel="canonical" href="{listing}">' in canonical("?page=1")
    filtered = canonical("?kind=reading_group&page=2")
    assert f'<link rel="canonical" href="{listing}">' in filtered
    assert in_html("kind=reading_group") not in filtered
