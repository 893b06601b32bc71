"""Every page type in the four languages the axe run does not visit (Punjabi, Bengali,
Romanian, Portuguese; test_accessibility.py checks English, Polish, Urdu and Arabic the same
way, in the page load it gives axe): <html> says the reader's language and direction, and no
element's own visible text is English interface text unless an English `lang` marks it
(WCAG 3.1.2, language of parts; `untagged_english` in checks.py says how).

Not checked yet: editors' English words (untranslated snippets, site settings, titles of
alias pages in links) left without `lang`.

The language switcher's names each carry their own `lang`, so they pass as tagged.
"""

import pytest
from django.conf import settings

from tests.browser.checks import DIRECTIONS, untagged_english
from tests.browser.pages import PAGES, show
from tests.browser.test_accessibility import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SWEPT_HERE = [code for code, _ in settings.LANGUAGES if code not in LANGUAGES]


@pytest.mark.parametrize("lang", SWEPT_HERE)
@pytest.mark.parametrize("name", PAGES)
def test_every_english_part_is_tagged(live_site, new_page, name, lang):
    page = new_page(1280)
    show(page, live_site, name, lang)
    assert page.get_attribute("html", "lang") == lang
    assert page.get_attribute("html", "dir") == DIRECTIONS[lang]
    english = untagged_english(page, lang)
    assert not english, f"{len(english)} English parts without lang on {page.url}:\n" + "\n".join(
        english
    )
