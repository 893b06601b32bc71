"""What every browser test checks the same way: axe-core's WCAG 2.2 A and AA rules, the
language of parts (WCAG 3.1.2), and a screenshot for a person to look at."""

import os
from functools import cache
from pathlib import Path

import polib
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings

from tests.latin_script import NON_LATIN, latin_runs

WCAG_22_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "var" / "screenshots"
LOCALE = ROOT / "locale"
DIRECTIONS = {
    code: "rtl" if code in settings.LANGUAGES_BIDI else "ltr" for code, _ in settings.LANGUAGES
}
_axe = Axe()


def axe_violations(page):
    """axe's result for the page as it is now. Only violations are collected: the passes
    and the inapplicable rules are never read, and gathering them doubles axe's time."""
    return _axe.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_22_A_AA},
            "resultTypes": ["violations"],
        },
    )


AFTER_THREE_FRAMES = """() => new Promise((done) =>
  requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done))))"""


def axe_at_each_width(page, name, widths):
    """axe's findings and any sideways scrolling, as the page is now, at each width in turn
    (the page narrowed in place: its layout is the CSS's work, so a reload would only repeat
    the server's). A screenshot at each width for `make screenshots`."""
    faults = []
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        # NHS.UK's header moves the menu items that no longer fit into "More" on the animation
        # frame after a resize (a ResizeObserver, then requestAnimationFrame): axe reads the
        # page after that, never half-way through.
        page.evaluate(AFTER_THREE_FRAMES)
        results = axe_violations(page)
        screenshot(page, f"{name}-{width}")
        if results.violations_count:
            faults.append(f"at {width}px:\n{results.generate_report()}")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            faults.append(f"the page is {overflow}px wider than a {width}px screen")
    return faults


def screenshot(page, name, full_page=True):
    """Saved to var/screenshots/ when INVOLVE_SCREENSHOTS is set (`make screenshots`): they
    are for a person to look at, and taking them costs the suite a third of its time."""
    if os.environ.get("INVOLVE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=full_page)


# Each element's own visible text (its text nodes, not its children's), with the language
# of its nearest `lang`, and whether it is a person's own typing (`dir="auto"`, no `lang`).
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
    const own = parent.closest('[dir="auto"]');
    found.push({
      text,
      lang: tagged ? tagged.getAttribute('lang') : '',
      // What a person typed (their name, their words): its language is theirs, unknown.
      typed: Boolean(own && !own.hasAttribute('lang') && (!tagged || tagged.contains(own))),
      // getAttribute: an SVG element's className is not a string.
      where: parent.tagName.toLowerCase()
        + (parent.getAttribute('class') ? '.' + parent.getAttribute('class').split(' ')[0] : ''),
    });
  }
  return found;
}"""


@cache
def english_msgids(lang):
    """The catalogue's English msgids (singular and plural) whose msgstr is not the same
    words: text a reader of `lang` should never meet on a page in their language."""
    msgids = set()
    for entry in polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po")):
        forms = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        translations = {entry.msgstr, *entry.msgstr_plural.values()}
        msgids.update(" ".join(form.split()) for form in forms if form not in translations)
    return msgids


def untagged_english(page, lang):
    """The English on the page, as it is now, that no English `lang` marks:

    - in every language, each text node that is an English msgid of
      locale/<lang>/LC_MESSAGES/django.po whose msgstr is other words (interface text left
      untranslated, or translated but not used);
    - in Urdu, Arabic, Punjabi and Bengali also any run of two or more Latin-script words
      (editors' English: an untranslated page's title in a link, a snippet's name), except
      names every language keeps (tests/latin_script.py) and what a person typed themselves."""
    if lang.startswith("en"):
        return []
    texts = page.evaluate(OWN_TEXT)
    untagged = [item for item in texts if not item["lang"].lower().startswith("en")]
    msgids = english_msgids(lang)
    found = [f"{item['where']}: {item['text']!r}" for item in untagged if item["text"] in msgids]
    if lang in NON_LATIN:
        for item in untagged:
            if item["typed"]:
                continue
            found += [f"{item['where']}: {run!r}" for run in latin_runs(item["text"])]
    return found
