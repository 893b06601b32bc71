"""A pseudo-translation, and a reader that finds the words it did not reach.

With `pseudo_translation()` active, every language's catalogue is replaced by one that
returns each message marked: its words between MARK_OPEN and MARK_CLOSE, its placeholders
left as they are and filled in as usual ("Search" reads "⟦Search⟧", "%(count)s votes" reads
"%(count)s⟦ votes⟧"). It
sits where Django's own catalogues sit (`trans_real`'s table of translations), so it reaches
everything that asks gettext: `{% translate %}`, `{% blocktranslate %}` (with or without
`count` and `context`), gettext, ngettext, pgettext and their lazy forms, Django's and
Wagtail's own strings. A string that was translated once at import time, or never went
through gettext at all, comes out without the marks.

Words editors write are not the interface's: tests build that content with `marked(...)`
text, so it carries the same marks and an unmarked word is always a bug.

`unmarked_texts(html)` lists every visible text node and every attribute a person reads or
hears (alt, title, aria-label, placeholder, a button's value, `<title>`, the meta
description) that has letters in it outside the marks.
"""

import contextlib
import re
from unittest import mock

from bs4 import BeautifulSoup, Comment, Doctype
from django.conf import settings
from django.utils import translation
from django.utils.translation import trans_real

from home import formatting

MARK_OPEN = "⟦"
MARK_CLOSE = "⟧"


def marked(text):
    """`text` as a translator (or an editor) would have given it: between the marks."""
    return f"{MARK_OPEN}{text}{MARK_CLOSE}"


def marked_html(*paragraphs):
    """Rich text of one paragraph per argument, each marked."""
    return "".join(f"<p>{marked(paragraph)}</p>" for paragraph in paragraphs)


# Python's placeholders ("%(count)s", "%s", "%%", "{name}"): left outside the marks, so
# what fills them must carry its own (an editor's title, a count's digits).
_PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[-#0 +]*\d*(?:\.\d+)?[sdifr%]|\{\w*\}")


def pseudo_translate(message):
    """`message` with every piece of it between placeholders marked."""
    pieces, start = [], 0
    for placeholder in _PLACEHOLDER.finditer(message):
        pieces += [message[start : placeholder.start()], placeholder.group()]
        start = placeholder.end()
    pieces.append(message[start:])
    return "".join(
        piece if index % 2 or not piece else marked(piece) for index, piece in enumerate(pieces)
    )


class PseudoTranslation(trans_real.DjangoTranslation):
    """A language's catalogue that marks every message instead of translating it; with
    `tagged`, each mark also names the language ("⟦ur:Hello,⟧"), so a test can tell which
    language a text was rendered in."""

    def __init__(self, language, tagged=False):
        super().__init__(language)
        self.tag = f"{language}:" if tagged else ""

    def gettext(self, message):
        # pgettext asks for "context\x04message" and falls back to the bare message when the
        # answer still holds the separator: mark the message, drop the context.
        _context, _separator, text = message.rpartition(trans_real.CONTEXT_SEPARATOR)
        return self._translate(text)

    def ngettext(self, singular, plural, number):
        chosen = singular if number == 1 else plural
        _context, _separator, text = chosen.rpartition(trans_real.CONTEXT_SEPARATOR)
        return self._translate(text)

    def _translate(self, text):
        marked_text = pseudo_translate(text)
        return marked_text.replace(MARK_OPEN, MARK_OPEN + self.tag) if self.tag else marked_text


class MarkedCLDR:
    """One of Babel's modules, whose `format_*` results are marked. Month and day names come
    from CLDR through home.formatting, not from gettext: they are localised text all the
    same, so they read as marked, and a date formatted any other way (Django's `|date`, an
    f-string) still shows up unmarked."""

    def __init__(self, module):
        self._module = module

    def __getattr__(self, name):
        value = getattr(self._module, name)
        if name.startswith("format_") and callable(value):
            return lambda *args, **kwargs: marked(value(*args, **kwargs))
        return value


@contextlib.contextmanager
def pseudo_translation(languages=None):
    """Every site language (and the default) reads the pseudo-translation while active.
    With `languages`, only those do, each mark tagged with its language; the others keep
    their real catalogues (English stays English)."""
    saved_translations, saved_default = trans_real._translations, trans_real._default
    if languages is None:
        pseudo = {code: PseudoTranslation(code) for code, _name in settings.LANGUAGES}
        trans_real._default = pseudo[settings.LANGUAGE_CODE]
    else:
        pseudo = {**saved_translations}
        pseudo.update({code: PseudoTranslation(code, tagged=True) for code in languages})
    trans_real._translations = pseudo
    try:
        with (
            translation.override(settings.LANGUAGE_CODE),
            mock.patch.multiple(
                formatting,
                babel_dates=MarkedCLDR(formatting.babel_dates),
                babel_numbers=MarkedCLDR(formatting.babel_numbers),
            ),
        ):
            yield
    finally:
        trans_real._translations, trans_real._default = saved_translations, saved_default


# What may be read without a mark. Kept short on purpose: each entry is a word that is the
# same in every language by design, never a sentence.
ALLOWED = {
    # The language switcher names each language in that language, so a reader finds their
    # own whatever the page's language (settings.LANGUAGES, never translated).
    *(name for _code, name in settings.LANGUAGES),
    # A language's code beside its name in staff emails, "Urdu (ur)": a code, like a cookie's.
    *(code for code, _name in settings.LANGUAGES),
    # Social networks' names in the footer are their own brands (home.OrganisationSettings).
    "Facebook",
    "Instagram",
    "X",
    "YouTube",
    "LinkedIn",
    # A document's file type beside its link, "(PDF)": the format's own name.
    "PDF",
    "DOC",
    "DOCX",
    "XLSX",
    "ODT",
    "CSV",
}
# A letter on its own, first in its text, is the glossary's A to Z index: letters, not words.
_LONE_LETTER = re.compile(r"[^\W\d_]")
# Numbers, punctuation and symbols: no letter at all.
_LETTER = re.compile(r"[^\W\d_]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_URL = re.compile(r"(https?://|www\.)\S+")
# Text between the marks, nested marks included (a marked sentence with a marked title in it).
_MARKED = re.compile(rf"{MARK_OPEN}[^{MARK_OPEN}{MARK_CLOSE}]*{MARK_CLOSE}")

# Where a reader meets text in an attribute: read aloud, shown on hover or in the field.
READ_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
# Not shown: scripts and styles, and template bits for JavaScript that are never displayed.
# And `<code>`: names a machine reads (the cookies' names), the same in every language.
HIDDEN_ELEMENTS = ("script", "style", "noscript", "template", "code")


def leftover(text):
    """What of `text` is left to read once the marks, the numbers, punctuation, emails,
    URLs and allowed words are taken out; "" when nothing needs translating."""
    text = " ".join(text.split())
    if text in ALLOWED:
        return ""
    first, _space, rest = text.partition(" ")
    if _LONE_LETTER.fullmatch(first):  # "B ⟦(no words)⟧" in the A to Z
        text = rest
    previous = None
    while previous != text:  # innermost marks first
        previous, text = text, _MARKED.sub(" ", text)
    text = _URL.sub(" ", _EMAIL.sub(" ", text))
    words = [
        word
        for word in text.split()
        if word.strip("()[].,:;!?") not in ALLOWED and _LETTER.search(word)
    ]
    return " ".join(words)


def _attribute_texts(soup):
    for element in soup.find_all(True):
        for name in READ_ATTRIBUTES:
            if element.get(name):
                yield f"@{name}", element[name]
        is_button = element.name == "button" or element.get("type") in (
            "submit",
            "button",
            "reset",
        )
        if element.name == "input" and is_button and element.get("value"):
            yield "@value", element["value"]
        if element.name == "meta" and element.get("name") == "description":
            yield "meta description", element.get("content", "")


def unmarked_texts(html):
    """(where, text) for every piece of `html` a reader meets that has unmarked words.

    Text nodes are joined within their element first, so a marked sentence with a link or a
    `<strong>` inside it (`⟦Read <a>⟦the notice⟧</a> first⟧`) counts as marked."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for where, text in _attribute_texts(soup):
        if leftover(text):
            found.append((where, " ".join(text.split())))
    for where, text in _block_texts(soup):
        if leftover(text):
            found.append((where, " ".join(text.split())))
    return found


# Elements that run inside a sentence: their text is read as part of the text around them.
INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "em", "i", "kbd", "mark", "q", "s",
    "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "dfn", "data", "ins",
    "del",
}  # fmt: skip


def _block_texts(soup):
    """The text of each block element, its inline children's text included, once: an inline
    element's text is not reported again on its own."""
    for node in soup.find_all(string=True):
        if isinstance(node, (Comment, Doctype)):
            continue
        if any(parent.name in HIDDEN_ELEMENTS for parent in node.parents):
            continue
        block = node.parent
        while block.name in INLINE and block.parent is not None:
            block = block.parent
        if getattr(block, "_pseudo_seen", False):
            continue
        block._pseudo_seen = True
        yield block.name, _inline_text(block)


def _inline_text(block):
    """`block`'s own text and its inline descendants', not that of blocks inside it."""
    parts = []
    for child in block.children:
        if isinstance(child, (Comment, Doctype)):
            continue
        if isinstance(child, str):
            parts.append(str(child))
        elif child.name in INLINE:
            parts.append(_inline_text(child))
        elif child.name not in HIDDEN_ELEMENTS:
            parts.append(" ")
    return "".join(parts)
