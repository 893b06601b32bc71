"""Plain-English measures of text: words, sentences, the LIX score, long sentences and
paragraphs, plainer words, unexplained abbreviations and vague link text, and reading
rendered HTML as a browser lays it out. passages.py builds on these to check the words an
editor wrote, passage by passage, and give their reading age.

`check_html` reads rendered HTML; the test of the demo's prose files uses it. LIX is
computed exactly as Wagtail's own Checks panel computes it, so editors and this
report agree. Wagtail 8.0.1, `getLIXScore` in client/src/includes/contentMetrics.ts (shipped
minified in wagtailadmin/js/core.js):

    sentences = number of Intl.Segmenter(lang, {granularity: "sentence"}) segments
    words     = Intl.Segmenter(lang, {granularity: "word"}) segments that are word-like
    longWords = those words longer than 6 characters
    LIX = 0 if sentences == 0 or words < 10, else words / sentences + longWords * 100 / words

run on the `innerText` of the page's `<main>`. Under 35 reads as "Good", under 45 "Fair",
45 and over "Complex". Below, the Unicode segmentation rules (UAX #29) that matter for our
text are written as regular expressions, and `inner_text` lays text out as a browser's
innerText does (a blank line around paragraphs, a line break around other blocks), because
each line counts as a sentence for Intl.Segmenter.

Imports nothing of ours, so it runs without Django set up.
"""

import re
import statistics
from dataclasses import dataclass, field
from html.parser import HTMLParser

MAX_SENTENCE_WORDS = 20
MAX_PARAGRAPH_SENTENCES = 3

# A word-like segment: letters and digits, joined by an apostrophe, a full stop or a colon
# between letters (it's, e.g), or a comma or full stop between digits (1,000, 3.5).
# Letters, digits and the combining marks of the scripts we publish in, as Unicode keeps
# them inside a word: Python's \w leaves out some marks (Bengali and Gurmukhi vowel signs,
# Arabic harakat), which would cut "আমরা" into "আমর" and "া" and count two words. The dandas
# (U+0964, U+0965) end sentences, so they are left out. Glossary marking uses it too.
WORD_CHARACTER = (
    r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    r"\u0900-\u0963\u0966-\u0dff\u200c\u200d]"
)
WORD = re.compile(rf"{WORD_CHARACTER}+(?:(?:['’.:·]|(?<=\d)[,;](?=\d)){WORD_CHARACTER}+)*")
# Where Intl.Segmenter ends a sentence inside a line: after ! or ? (and their Arabic, Urdu
# and Indic forms) and spaces; after a full stop and spaces unless a lower-case letter
# follows (so "e.g. this" stays one sentence).
CLOSERS = "\"'”’)\\]"
SENTENCE_BREAK = re.compile(rf"(?:[!?؟।॥۔]+[{CLOSERS}]*\s+(?=\S)|\.+[{CLOSERS}]*\s+(?=[^\sa-z]))")
ABBREVIATION = re.compile(r"\b[A-Z]{2,}(?:s\b|\b)")
# Abbreviations everyone knows (the NHS style guide uses them unexplained).
WELL_KNOWN = {"NHS", "GP", "UK"}
VAGUE_LINK_TEXT = re.compile(
    r"^\s*(?:click here|click|here|this|this link|this page|read more|more|link|go)\s*[.!]?\s*$",
    re.IGNORECASE,
)

BLOCKS_2 = {"p"}
BLOCKS_1 = {
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "section",
    "summary",
    "table",
    "tr",
    "ul",
}
HIDDEN = {"script", "style", "template", "svg", "head", "title"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}


def words(text):
    return WORD.findall(text)


def sentences(text):
    """The text cut where Intl.Segmenter cuts sentences: every line break ends one."""
    result = []
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if number == len(lines) - 1 and not line:
            break
        start = 0
        for end in SENTENCE_BREAK.finditer(line):
            result.append(line[start : end.end()])
            start = end.end()
        if start < len(line) or not line:
            result.append(line[start:])
    return result


def lix(text):
    """Wagtail's LIX score of a text (see the module docstring)."""
    sentence_count = len(sentences(text))
    found = words(text)
    if sentence_count == 0 or len(found) < 10:
        return 0
    long_words = sum(1 for word in found if len(word) > 6)
    return len(found) / sentence_count + long_words * 100 / len(found)


def readability(score):
    """Wagtail's band for a LIX score."""
    if score < 35:
        return "Good"
    if score < 45:
        return "Fair"
    return "Complex"


@dataclass
class PageText:
    """What the checks read from a page's HTML: its innerText, its paragraphs and list
    items, and the text of its links."""

    text: str = ""
    paragraphs: list = field(default_factory=list)
    link_texts: list = field(default_factory=list)


BR = "\x00"  # a <br>, told apart from a line break in the HTML source


def _line_breaks(tag, attributes):
    """How many line breaks innerText puts around an element: two for a paragraph, one for
    other blocks. Visually hidden text is positioned absolutely, which makes it a block."""
    if tag in BLOCKS_2:
        return 2
    if tag in BLOCKS_1 or "nhsuk-u-visually-hidden" in (attributes.get("class") or ""):
        return 1
    return 0


class _TextParser(HTMLParser):
    def __init__(self, open_details):
        super().__init__(convert_charrefs=True)
        self.open_details = open_details
        self.out = []  # strings, and integers (line breaks required around a block)
        self.hidden = 0
        self.stack = []  # (tag, is hidden, line breaks)
        self.paragraph = None
        self.paragraphs = []
        self.link = None
        self.link_texts = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        is_hidden = int(tag in HIDDEN or "hidden" in attributes)
        # A closed <details> (an NHS.UK expander) shows only its <summary>.
        if tag == "details" and not self.open_details and "open" not in attributes:
            is_hidden = 1
        elif tag == "summary" and self.stack and self.stack[-1][0] == "details":
            is_hidden = -self.stack[-1][1]
        breaks = _line_breaks(tag, attributes)
        if tag not in VOID:
            self.stack.append((tag, is_hidden, breaks))
            self.hidden += is_hidden
        if self.hidden:
            return
        if tag == "br":
            self.out.append(BR)
        elif breaks:
            self.out.append(breaks)
        if tag in {"p", "li"}:
            self.paragraph = []
        if tag == "a":
            self.link = []

    def handle_endtag(self, tag):
        if not any(name == tag for name, _hidden, _breaks in self.stack):
            return
        while self.stack:
            name, is_hidden, breaks = self.stack.pop()
            was_hidden = self.hidden
            self.hidden -= is_hidden
            if name == tag:
                break
        if was_hidden:
            return
        if breaks:
            self.out.append(breaks)
        elif tag in {"td", "th"}:
            self.out.append(" ")  # innerText puts a tab between table cells
        if tag in {"p", "li"} and self.paragraph is not None:
            text = " ".join("".join(self.paragraph).split())
            if text:
                self.paragraphs.append(text)
            self.paragraph = None
        if tag == "a" and self.link is not None:
            self.link_texts.append(" ".join("".join(self.link).split()))
            self.link = None

    def handle_data(self, data):
        if self.hidden:
            return
        self.out.append(data)
        if self.paragraph is not None:
            self.paragraph.append(data)
        if self.link is not None:
            self.link.append(data)

    def inner_text(self):
        """White space collapsed and required line breaks laid out as innerText does."""
        pieces = []
        pending = 0
        for item in self.out:
            if isinstance(item, int):
                pending = max(pending, item)
                continue
            text = "\n" if item == BR else re.sub(r"\s+", " ", item)
            if not text.strip(" "):
                if pieces and not pending and text:
                    pieces.append(text)
                continue
            if pending and pieces:
                pieces.append("\n" * pending)
            pending = 0
            pieces.append(text)
        text = re.sub(r" *\n *", "\n", "".join(pieces))
        return re.sub(r" {2,}", " ", text).strip()


def read_html(markup, open_details=False):
    """The text, paragraphs and link texts of an HTML fragment (a page's `<main>`), as a
    browser shows it: a closed expander's text is left out unless `open_details`."""
    parser = _TextParser(open_details)
    parser.feed(markup)
    parser.close()
    return PageText(
        text=parser.inner_text(), paragraphs=parser.paragraphs, link_texts=parser.link_texts
    )


def main_content(markup):
    """The inside of a page's `<main>` element, which is what Wagtail's checker reads."""
    match = re.search(r"<main\b[^>]*>(.*)</main>", markup, re.DOTALL)
    return match.group(1) if match else markup


def long_sentences(text, limit=MAX_SENTENCE_WORDS):
    return [s.strip() for s in sentences(text) if len(words(s)) > limit]


def long_paragraphs(paragraphs, limit=MAX_PARAGRAPH_SENTENCES):
    return [p for p in paragraphs if len([s for s in sentences(p) if s.strip()]) > limit]


def plainer_words_used(text, plainer):
    """[(word, alternative)] for each listed word the text uses, as whole words."""
    found = []
    for word, alternative in plainer.items():
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
            found.append((word, alternative))
    return found


def unexplained_abbreviations(text, known=()):
    """Abbreviations (two or more capitals) neither in the glossary (`known`), nor well
    known, nor explained in the text itself: "Patient Advice and Liaison Service (PALS)" or
    "PALS (Patient Advice ...)"."""
    known = set(known) | WELL_KNOWN
    unexplained = []
    for match in ABBREVIATION.finditer(text):
        abbreviation = match.group().removesuffix("s")
        if abbreviation in known or abbreviation in unexplained:
            continue
        if f"({abbreviation})" in text or re.search(rf"\b{abbreviation} \(", text):
            continue
        unexplained.append(abbreviation)
    return unexplained


def vague_links(link_texts):
    return [text for text in link_texts if VAGUE_LINK_TEXT.match(text)]


class Advice:
    """What a page's report and its editor's checks both tell: how readable, and how many
    pieces of advice."""

    @property
    def readability(self):
        return readability(self.lix)

    @property
    def advice_count(self):
        return sum(
            len(items)
            for items in (
                self.long_sentences,
                self.long_paragraphs,
                self.plainer_words,
                self.abbreviations,
                self.vague_links,
            )
        )


@dataclass
class Report(Advice):
    lix: float
    long_sentences: list
    long_paragraphs: list
    plainer_words: list
    abbreviations: list
    vague_links: list
    sentence_lengths: list = field(default_factory=list)


def check_html(markup, plainer=None, known_abbreviations=()):
    """Every check on one page's rendered HTML (the whole page or its `<main>`)."""
    main = main_content(markup)
    # The score as Wagtail's panel gives it (closed expanders unread); the advice for all text.
    shown = read_html(main)
    page = read_html(main, open_details=True)
    return Report(
        lix=lix(shown.text),
        long_sentences=long_sentences(page.text),
        long_paragraphs=long_paragraphs(page.paragraphs),
        plainer_words=plainer_words_used(page.text, plainer or {}),
        abbreviations=unexplained_abbreviations(page.text, known_abbreviations),
        vague_links=vague_links(page.link_texts),
        sentence_lengths=[len(words(s)) for s in sentences(page.text) if words(s)],
    )


def median(values):
    return statistics.median(values) if values else 0
