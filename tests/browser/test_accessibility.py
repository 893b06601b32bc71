"""Every page type, in English, Polish, Urdu and Arabic (one language of each kind: the
default, a translated one, and both right-to-left ones), on a desktop and then a phone, in one
page load: <html> says the language and direction, no English interface text is left untagged
(test_language_of_parts.py does the other four languages), axe-core finds no WCAG 2.2 A or
AA failure at either width, and the layout fits each screen (`make screenshots` saves a picture
of each to var/screenshots/ for a person to look at)."""

import pytest

from tests.browser.checks import DIRECTIONS, axe_at_each_width, untagged_english
from tests.browser.pages import PAGES, show

# The marker makes pytest-django create the browser database; the live server reads what
# the session fixture committed to it.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LANGUAGES = ["en-gb", "pl", "ur", "ar"]
# Desktop first, then the page is narrowed to a phone's width (`axe_at_each_width`).
WIDTHS = [1280, 375]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_page_passes_axe_and_fits_the_screen(live_site, new_page, name, lang):
    page = new_page(WIDTHS[0])
    show(page, live_site, name, lang)
    assert page.get_attribute("html", "lang") == lang
    assert page.get_attribute("html", "dir") == DIRECTIONS[lang]
    english = untagged_english(page, lang)
    assert not english, f"{len(english)} English parts without lang on {page.url}:\n" + "\n".join(
        english
    )
    faults = axe_at_each_width(page, f"{name}-{lang}", WIDTHS)
    assert not faults, "\n".join(faults)


TRANSLATED = {"home": "/{lang}/", "about": "/{lang}/about-involvement/"}
ENGLISH_HEADINGS = {
    "home": "Your voice can change mental health services",
    "about": "About involvement",
}


@pytest.mark.parametrize("lang", [code for code in DIRECTIONS if code != "en-gb"])
@pytest.mark.parametrize("name", TRANSLATED)
def test_a_translated_page_reads_in_its_language_and_passes_axe(live_site, new_page, name, lang):
    """The demo's pages a person translated (home.demo_translations), in each language: the
    heading is the language's own words and carries no `lang` of its own, no English is
    left untagged, and axe passes at both widths."""
    page = new_page(WIDTHS[0])
    response = page.goto(live_site + TRANSLATED[name].format(lang=lang))
    assert response.status == 200
    assert page.get_attribute("html", "lang") == lang
    assert page.get_attribute("html", "dir") == DIRECTIONS[lang]
    heading = page.locator("main h1").first
    assert heading.inner_text().strip() != ENGLISH_HEADINGS[name]
    assert heading.get_attribute("lang") is None
    assert untagged_english(page, lang) == []
    faults = axe_at_each_width(page, f"translated-{name}-{lang}", WIDTHS)
    assert not faults, "\n".join(faults)
