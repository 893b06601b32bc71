"""Plain-English checks on the words an editor wrote, their reading age and their LIX score.

The editor's Checks panel (checks.py) and the `plain_english_report` command (report.py)
both read a page as `Passage`s, one for each paragraph, list item, heading or one-line
field the editor typed (glossary/page_text.py gathers them from the page's own fields and
blocks), and `check_passages` checks them. The template's fixed text is never read: an
editor cannot change it.

Prose is what gets scored: a paragraph or list item of PROSE_MIN_WORDS words or more that
is not a title or heading. Shorter lines are labels and facts ("Wednesday 3 June, 2pm"),
which read easily whatever their words and would make any score kinder than a reader. They
are still checked for long sentences, plainer words and abbreviations.

The reading age is the Flesch-Kincaid grade plus 5, for English only (its syllable counts
and weights were fitted to English); other languages get their average sentence length.

`check_html` reads rendered HTML instead; the test of the demo's prose files uses it. LIX is
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


# Reading what an editor wrote, passage by passage.

PROSE_MIN_WORDS = 8
# The reading age the NHS style asks for: most adults read comfortably at 9 to 11.
AIM_READING_AGE = (9, 11)
# Fewer words than this give no meaningful reading age.
MIN_SCORED_WORDS = 10
ENGLISH = "en"


@dataclass
class Passage:
    """One paragraph, list item, heading or one-line field of a page, and where it is
    (`place`, as the editor sees it: "Summary", "Body, block 2 (Text)")."""

    place: str
    text: str
    heading: bool = False
    links: list = field(default_factory=list)

    @property
    def is_prose(self):
        return not self.heading and len(words(self.text)) >= PROSE_MIN_WORDS


PASSAGE_TAGS = {"p", "li", "blockquote", "dt", "dd", "td", "th", "h1", "h2", "h3", "h4", "h5"}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "th"}


class _PassageParser(HTMLParser):
    """Rich text as it is stored, cut into its paragraphs, list items and headings."""

    def __init__(self, place):
        super().__init__(convert_charrefs=True)
        self.place = place
        self.passages = []
        self.buffer = []
        self.heading = False
        self.links = []
        self.link = None

    def flush(self):
        text = re.sub(r"[ \t\r\f\v]+", " ", "".join(self.buffer))
        text = re.sub(r" *\n *", "\n", text).strip()
        if text:
            self.passages.append(Passage(self.place, text, heading=self.heading, links=self.links))
        self.buffer, self.links, self.heading = [], [], False

    def handle_starttag(self, tag, attrs):
        if tag in PASSAGE_TAGS or tag in HEADING_TAGS:
            self.flush()
            self.heading = tag in HEADING_TAGS
        elif tag == "br":
            self.buffer.append("\n")
        elif tag == "a":
            self.link = []

    def handle_endtag(self, tag):
        if tag in PASSAGE_TAGS or tag in HEADING_TAGS or tag in {"ul", "ol"}:
            self.flush()
        elif tag == "a" and self.link is not None:
            self.links.append(" ".join("".join(self.link).split()))
            self.link = None

    def handle_data(self, data):
        self.buffer.append(data.replace("\n", " "))
        if self.link is not None:
            self.link.append(data)


def rich_text_passages(markup, place):
    """The passages of a rich text field or block, from its stored HTML."""
    parser = _PassageParser(place)
    parser.feed(markup or "")
    parser.close()
    parser.flush()
    return parser.passages


def plain_text_passages(text, place, heading=False):
    """The passages of a plain text box: one per paragraph (a blank line between)."""
    return [
        Passage(place, paragraph.strip(), heading=heading)
        for paragraph in re.split(r"\n\s*\n", text or "")
        if paragraph.strip()
    ]


def syllables(word):
    """English syllables, by vowel groups less a silent final e (as common readability
    tools count them: a close estimate, not a dictionary)."""
    letters = re.sub(r"[^a-z]", "", word.lower())
    if not letters:
        return 1  # a number, read as one word
    if len(letters) <= 3:
        return 1
    letters = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", letters)
    letters = re.sub(r"^y", "", letters)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", letters)))


def counted_sentences(passages):
    """The sentences of the prose among `passages`, each with one word or more."""
    return [
        sentence
        for passage in passages
        if passage.is_prose
        for sentence in sentences(passage.text)
        if words(sentence)
    ]


def reading_age(passages):
    """The Flesch-Kincaid grade of the prose plus 5, or None with too little prose."""
    found = counted_sentences(passages)
    all_words = [word for sentence in found for word in words(sentence)]
    if len(all_words) < MIN_SCORED_WORDS:
        return None
    per_sentence = len(all_words) / len(found)
    per_word = sum(syllables(word) for word in all_words) / len(all_words)
    grade = 0.39 * per_sentence + 11.8 * per_word - 15.59
    return max(grade, 0) + 5


def average_sentence_length(passages):
    found = counted_sentences(passages)
    if not found:
        return None
    return sum(len(words(sentence)) for sentence in found) / len(found)


def prose_lix(passages):
    """LIX of the prose alone, every passage its own line (so its own sentence at least)."""
    return lix("\n".join(passage.text for passage in passages if passage.is_prose))


@dataclass
class PassageCheck(Advice):
    """What the checks found in a page's passages. Each piece of advice keeps its passage,
    so an editor is told where it is and shown the words."""

    language: str
    lix: float
    reading_age: object  # a float, or None for another language or too little prose
    average_sentence_length: object
    sentence_lengths: list
    long_sentences: list  # (passage, sentence, words)
    long_paragraphs: list  # (passage, sentences)
    plainer_words: list  # (passage, word, alternative)
    abbreviations: list  # (passage, abbreviation)
    vague_links: list  # (passage, link text)

    @property
    def is_english(self):
        return is_english(self.language)


def is_english(language):
    return (language or ENGLISH).lower().split("-")[0] == ENGLISH


def html_passages(markup):
    """The paragraphs and list items of a rendered page's `<main>`, as a reader reads them
    (every expander open), for scoring what a reader meets, template text and all."""
    page = read_html(main_content(markup), open_details=True)
    return [Passage("", paragraph) for paragraph in page.paragraphs]


def check_passages(passages, language=ENGLISH, plainer=None, known_abbreviations=(), scored=None):
    """Every check on a page's passages (see the module docstring for what is scored).
    The scores are of the prose in `scored` if given (the page as a reader reads it), else
    of `passages`."""
    plainer = plainer or {}
    scored = passages if scored is None else scored
    whole = "\n".join(passage.text for passage in passages)
    explained = set(known_abbreviations) | WELL_KNOWN
    unexplained = set(unexplained_abbreviations(whole, explained))
    long, paragraphs, plain, abbreviations, links, seen = [], [], [], [], [], set()
    for passage in passages:
        for sentence in sentences(passage.text):
            count = len(words(sentence))
            if count > MAX_SENTENCE_WORDS:
                long.append((passage, " ".join(sentence.split()), count))
        if passage.is_prose:
            count = len([s for s in sentences(passage.text) if words(s)])
            if count > MAX_PARAGRAPH_SENTENCES:
                paragraphs.append((passage, count))
        for word, alternative in plainer_words_used(passage.text, plainer):
            plain.append((passage, word, alternative))
        for abbreviation in unexplained_abbreviations(passage.text, explained):
            # Explained anywhere on the page is explained; told once, where first used.
            if abbreviation not in seen and abbreviation in unexplained:
                abbreviations.append((passage, abbreviation))
            seen.add(abbreviation)
        for text in vague_links(passage.links):
            links.append((passage, text))
    english = is_english(language)
    return PassageCheck(
        language=language,
        lix=prose_lix(scored),
        reading_age=reading_age(scored) if english else None,
        average_sentence_length=average_sentence_length(scored),
        sentence_lengths=[len(words(s)) for s in counted_sentences(scored)],
        long_sentences=long,
        long_paragraphs=paragraphs,
        plainer_words=plain,
        abbreviations=abbreviations,
        vague_links=links,
    )
