"""Every page type in every language (WCAG 3.1.2, language of parts): <html> says the
reader's language and direction, and no element's own visible text is English unless an
English `lang` marks it. One width, no axe (test_accessibility.py runs axe).

The check is exact text: a text node that is an English msgid from
locale/<lang>/LC_MESSAGES/django.po whose msgstr differs (interface text left untranslated,
or translated but not used), in every language.

Not checked yet: editors' English words (untranslated snippets, site settings, titles of
alias pages in links) left without `lang`. A stricter rule for Urdu, Arabic, Punjabi and
Bengali (any run of two or more Latin-script words) finds them on every page today (the
organisation's name and the footer's page links among them), and waits for that tagging.

The language switcher's names each carry their own `lang`, so they pass as tagged.
"""

import ast
from functools import cache
from pathlib import Path

import pytest
from django.conf import settings

from tests.browser.test_accessibility import PAGES, show

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LOCALE = Path(__file__).resolve().parents[2] / "locale"
DIRECTIONS = {
    code: "rtl" if code in settings.LANGUAGES_BIDI else "ltr" for code, _ in settings.LANGUAGES
}

# Each element's own visible text (its text nodes, not its children's), with the language
# of its nearest `lang`.
OWN_TEXT = """() => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const text = node.textContent.replace(/\\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!text || parent.closest('script, style, template, noscript')) continue;
    if (!parent.checkVisibility()) continue;
    const tagged = parent.closest('[lang]');  // SVG elements have no .lang
    found.push({
      text,
      lang: tagged ? tagged.getAttribute('lang') : '',
      // getAttribute: an SVG element's className is not a string.
      where: parent.tagName.toLowerCase()
        + (parent.getAttribute('class') ? '.' + parent.getAttribute('class').split(' ')[0] : ''),
    });
  }
  return found;
}"""


def _po_string(lines):
    return "".join(ast.literal_eval(line) for line in lines)


@cache
def english_msgids(lang):
    """The catalogue's English msgids (singular and plural) whose msgstr is not the same
    words: text a reader of `lang` should never meet on a page in their language."""
    entries, entry, key = [], {}, None
    for line in (LOCALE / lang / "LC_MESSAGES" / "django.po").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            if entry:
                entries.append(entry)
            entry, key = {}, None
            continue
        if line.startswith('"'):
            entry[key].append(line)
            continue
        key, _, value = line.partition(" ")
        entry[key] = [value]
    if entry:
        entries.append(entry)
    msgids = set()
    for entry in entries:
        msgid = _po_string(entry.get("msgid", []))
        if not msgid:
            continue
        forms = [msgid] + ([_po_string(entry["msgid_plural"])] if "msgid_plural" in entry else [])
        translations = [
            _po_string(lines) for key, lines in entry.items() if key.startswith("msgstr")
        ]
        for form in forms:
            if form not in translations:
                msgids.add(" ".join(form.split()))
    return msgids


def english_on_page(texts, lang):
    untagged = [item for item in texts if not item["lang"].lower().startswith("en")]
    msgids = english_msgids(lang)
    return [f"{item['where']}: {item['text']!r}" for item in untagged if item["text"] in msgids]


@pytest.mark.parametrize("lang", [code for code, _ in settings.LANGUAGES])
@pytest.mark.parametrize("name", PAGES)
def test_every_english_part_is_tagged(live_site, new_page, name, lang):
    page = new_page(1280)
    show(page, live_site, name, lang)
    assert page.get_attribute("html", "lang") == lang
    assert page.get_attribute("html", "dir") == DIRECTIONS[lang]
    if lang.startswith("en"):
        return
    english = english_on_page(page.evaluate(OWN_TEXT), lang)
    assert not english, f"{len(english)} English parts without lang on {page.url}:\n" + "\n".join(
        english
    )
