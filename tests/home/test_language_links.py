"""Canonical and hreflang links, and the language switcher, on pages and on the views that
are not pages (search, cookies): see `home.language_links`."""

import pytest
from wagtail.models import Page

from home.translation import synchronise_language_trees
from tests.home.factories import ContentPageFactory, LocaleFactory
from tests.language_links import (
    LANGUAGE_CODES,
    assert_switcher_keeps_place,
    head,
    in_html,
)


def alternates(html):
    """{hreflang: href} of the head's alternates."""
    links = head(html).split('<link rel="alternate" hreflang="')[1:]
    return dict(link.split('">')[0].split('" href="') for link in links)


@pytest.mark.django_db
@pytest.mark.parametrize("place", ["search/?q=vote&page=2", "search/", "cookies/"])
def test_switcher_on_search_and_cookies_keeps_the_query(client, home_page, place):
    assert_switcher_keeps_place(client, place)


@pytest.mark.django_db
def test_search_names_every_language_and_keeps_the_search_words(client, site, home_page):
    html = client.get("/ur/search/?q=vote&page=2&utm_source=mail").content.decode()
    root = site.root_url

    assert f'<link rel="canonical" href="{root}/ur/search/?q=vote">' in head(html)
    expected = {code: in_html(f"{root}/{code}/search/?q=vote") for code in LANGUAGE_CODES}
    expected["x-default"] = in_html(f"{root}/en-gb/search/?q=vote")
    assert alternates(html) == expected
    assert "noindex" not in head(html)


@pytest.mark.django_db
def test_search_results_page_two_is_its_own_page(client, site, home_page):
    html = client.get("/pl/search/?q=vote&page=2").content.decode()
    assert (
        f'<link rel="canonical" href="{in_html(site.root_url)}/pl/search/?q=vote&amp;page=2">'
        in html
    )


@pytest.mark.django_db
def test_cookies_names_every_language(client, site, home_page):
    html = client.get("/pl/cookies/").content.decode()
    root = site.root_url

    assert f'<link rel="canonical" href="{root}/pl/cookies/">' in head(html)
    expected = {code: f"{root}/{code}/cookies/" for code in LANGUAGE_CODES}
    assert alternates(html) == expected | {"x-default": f"{root}/en-gb/cookies/"}


@pytest.mark.django_db
def test_page_names_its_real_translations_and_x_default(client, home_page):
    page = ContentPageFactory(parent=home_page, slug="principles", title="Our principles")
    polish_home = home_page.copy_for_translation(LocaleFactory(language_code="pl"))
    polish_home.save_revision().publish()
    polish = page.copy_for_translation(polish_home.locale)
    polish.title = "Nasze zasady"
    polish.save_revision().publish()
    synchronise_language_trees()

    english = client.get(page.url).content.decode()
    arabic_alias = Page.objects.get(slug="principles", locale__language_code="ar")
    arabic = client.get(arabic_alias.url).content.decode()

    both = {
        "en-gb": page.get_full_url(),
        "pl": polish.get_full_url(),
        "x-default": page.get_full_url(),
    }
    assert f'<link rel="canonical" href="{page.get_full_url()}">' in head(english)
    assert alternates(english) == both
    # An alias is not a translation: no alternate for its language, the English canonical.
    assert arabic_alias.alias_of_id == page.pk
    assert f'<link rel="canonical" href="{page.get_full_url()}">' in head(arabic)
    assert alternates(arabic) == both
    # The switcher still goes to the alias: the reader stays in their language.
    assert f'href="{arabic_alias.url}" lang="ar"' in client.get(polish.url).content.decode()


@pytest.mark.django_db
def test_switcher_on_a_page_keeps_the_query(client, home_page):
    ContentPageFactory(parent=home_page, slug="principles")
    synchronise_language_trees()
    assert_switcher_keeps_place(client, "principles/?from=newsletter")
