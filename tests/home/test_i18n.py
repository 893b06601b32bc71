"""Languages: the site's locales, right-to-left layout, the switcher and the fallback."""

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page

from home.translation import synchronise_language_trees
from tests.home.factories import ContentPageFactory, LocaleFactory

RIGHT_TO_LEFT = ["ur", "ar"]
LEFT_TO_RIGHT = ["en-gb", "pl", "ro", "pa", "pt", "bn"]


@pytest.mark.django_db
def test_every_site_language_has_a_locale_and_english_is_the_default():
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert codes == {code for code, _name in settings.LANGUAGES}
    assert len(codes) >= 7
    assert Locale.get_default().language_code == "en-gb"


@pytest.mark.django_db
def test_bare_address_redirects_to_the_english_home_page(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en-gb/"


@pytest.mark.django_db
@pytest.mark.parametrize("code", RIGHT_TO_LEFT)
def test_urdu_and_arabic_pages_read_right_to_left(client, home_page, code):
    html = client.get(f"/{code}/").content.decode()
    assert f'<html lang="{code}" dir="rtl">' in html


@pytest.mark.django_db
@pytest.mark.parametrize("code", LEFT_TO_RIGHT)
def test_other_languages_read_left_to_right(client, home_page, code):
    html = client.get(f"/{code}/").content.decode()
    assert f'<html lang="{code}" dir="ltr">' in html


@pytest.mark.django_db
def test_language_switcher_lists_every_language_in_its_own_name(client, home_page):
    html = client.get("/en-gb/").content.decode()
    for code, name in settings.LANGUAGES:
        assert f'lang="{code}"' in html
        assert name in html
    assert 'href="/ur/" lang="ur" dir="rtl" hreflang="ur">اردو</a>' in html
    assert 'aria-current="true">English</span>' in html


@pytest.mark.django_db
def test_untranslated_page_in_urdu_is_an_alias_that_says_it_is_in_english(client, home_page):
    ContentPageFactory(parent=home_page, slug="principles", title="Our principles")
    ContentPageFactory(parent=home_page, slug="contact", title="Contact", show_in_menus=True)
    synchronise_language_trees()
    urdu_alias = Page.objects.get(slug="principles", locale__language_code="ur")

    html = client.get("/ur/principles/").content.decode()

    assert urdu_alias.alias_of.locale.language_code == "en-gb"
    assert "Our principles" in html
    with translation.override("ur"):
        notice = translation.gettext(
            "This page is not yet available in %(language)s, so it is shown in English."
        ) % {"language": "<bdi>اردو</bdi>"}
    assert notice in html
    # Only the editor's words are marked English; the interface around them stays Urdu.
    assert '<h1 lang="en-gb" dir="ltr">Our principles</h1>' in html
    # The reader stays in Urdu while moving around the site, and English titles say so.
    assert 'href="/ur/contact/" lang="en-gb"' in html
    english = urdu_alias.alias_of
    assert f'<link rel="canonical" href="{english.get_full_url()}">' in html
    assert 'hreflang="ur"' not in html.split("</head>")[0]


@pytest.mark.django_db
def test_every_page_gets_an_alias_in_every_other_language_once(home_page):
    ContentPageFactory(parent=home_page, slug="principles")
    synchronise_language_trees()
    synchronise_language_trees()

    other_languages = len(settings.LANGUAGES) - 1
    assert Page.objects.filter(slug="principles").count() == 1 + other_languages
    assert Page.objects.filter(depth=2).count() == 1 + other_languages


@pytest.mark.django_db
def test_translated_page_links_to_its_translation_and_declares_alternates(client, home_page):
    page = ContentPageFactory(parent=home_page, slug="principles", title="Our principles")
    urdu = LocaleFactory(language_code="ur")
    urdu_home = home_page.copy_for_translation(urdu)
    urdu_home.save_revision().publish()
    urdu_page = page.copy_for_translation(urdu)
    urdu_page.title = "ہمارے اصول"
    urdu_page.save_revision().publish()

    english_html = client.get(page.url).content.decode()
    urdu_html = client.get(urdu_page.url).content.decode()

    assert f'href="{urdu_page.url}" lang="ur"' in english_html
    assert f'hreflang="ur" href="{urdu_page.get_full_url()}"' in english_html
    assert "ہمارے اصول" in urdu_html
    assert "not yet available" not in urdu_html
