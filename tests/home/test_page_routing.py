"""Pages found from the home page in two queries (home/page_routing.py), exactly where
Wagtail's walk down the tree would find them."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from wagtail.models import Page

from home.page_routing import route
from tests.forums.ideas.factories import IdeaIndexPageFactory, IdeaPageFactory
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    about = ContentPageFactory(parent=home_page, title="About", slug="about")
    deep = ContentPageFactory(parent=about, title="Deep", slug="deep")
    draft_parent = ContentPageFactory(parent=home_page, title="Draft", slug="draft")
    under_draft = ContentPageFactory(parent=draft_parent, title="Under", slug="under")
    draft_parent.unpublish()
    ideas = IdeaIndexPageFactory(parent=home_page)
    # An idea whose slug is also one of the index's own routes: the route wins, as in Wagtail.
    IdeaPageFactory(parent=ideas, slug="suggest")
    idea = IdeaPageFactory(parent=ideas, slug="longer-visiting")
    return {"deep": deep, "under": under_draft, "ideas": ideas, "idea": idea}


PATHS = [
    [],
    ["about"],
    ["about", "deep"],
    ["about", "deep", "nothing"],
    ["nothing"],
    ["draft"],
    ["draft", "under"],
    ["ideas"],
    ["ideas", "suggest"],
    ["ideas", "suggest", "thanks"],
    ["ideas", "longer-visiting"],
    ["ideas", "vote", "a-token"],
    ["ideas", "results", "3"],
    ["ideas", "results", "x"],
    ["ideas", "longer-visiting", "more"],
]


@pytest.mark.parametrize("components", PATHS, ids=lambda c: "/".join(c) or "home")
def test_finds_what_wagtail_finds(tree, home_page, components):
    request = RequestFactory().get("/en-gb/" + "".join(f"{c}/" for c in components))

    def outcome(find):
        try:
            found = find()
        except Http404:
            return "404"
        view = found.args[0].__name__ if found.args else None
        return (found.page.pk, view, tuple(found.args[1]) if found.args else ())

    ours = outcome(lambda: route(home_page, request, components))
    # Wagtail's own walk: Page.route at each level, from the home page down.
    wagtails = outcome(lambda: Page.route(home_page, request, components))
    assert ours == wagtails


def test_a_deep_page_costs_two_queries(tree, home_page, django_assert_num_queries):
    request = RequestFactory().get("/en-gb/ideas/longer-visiting/")
    with django_assert_num_queries(2):
        found = route(home_page, request, ["ideas", "longer-visiting"])
    assert found.page.pk == tree["idea"].pk
