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

Imports only plain_english.py (the measures), so it runs without Django set up.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .plain_english import (
    MAX_PARAGRAPH_SENTENCES,
    MAX_SENTENCE_WORDS,
    WELL_KNOWN,
    Advice,
    lix,
    main_content,
    plainer_words_used,
    read_html,
    sentences,
    unexplained_abbreviations,
    vague_links,
    words,
)

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
