"""The plain-English checks editors see, in the Checks panel beside the page editor
(templates/wagtailadmin/shared/side_panels/checks.html): a reading age, and advice that
names the field or block and quotes the words, for the page as last saved.

They read only what the editor wrote (page_text), never the template's fixed text, which
is why they run here on the page's fields rather than in the browser on the preview. They
give advice and never stop a page being published. The `plain_english_report` command
reads pages the same way (report.py).

Imports plain_english, page_text and terms of this app, and home's languages. The words
quoted keep their own direction (`isolate`) inside a right-to-left interface.
"""

import re
from dataclasses import dataclass

from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from home.languages import isolate

from .page_text import page_passages
from .passages import AIM_READING_AGE, PROSE_MIN_WORDS, check_passages
from .plain_english import MAX_PARAGRAPH_SENTENCES, MAX_SENTENCE_WORDS, WELL_KNOWN, sentences
from .terms import GlossaryTerm, PlainerWord

# Other languages are held to an average sentence length instead: about 15 words reads
# easily in any of them.
AIM_AVERAGE_SENTENCE = 15
QUOTE_WORDS = 12


def language_of(page):
    source = page.alias_of if getattr(page, "alias_of_id", None) else page
    return source.locale.language_code if getattr(source, "locale_id", None) else "en"


def language_words(language):
    """The plainer-word list and the glossary's abbreviations for one language."""
    plainer = PlainerWord.objects.filter(locale__language_code=language)
    terms = GlossaryTerm.objects.exclude(abbreviations="").filter(locale__language_code=language)
    words_to_avoid = {item.word.lower(): item.alternative for item in plainer}
    abbreviations = {a for term in terms for a in term.abbreviation_list} | WELL_KNOWN
    return words_to_avoid, abbreviations


def plainer_words_url(language):
    return f"{reverse('glossary_plainer_words')}?language={language}"


@dataclass
class Finding:
    """One piece of advice: what and where (`says`, quoting the words), and what to do."""

    says: str
    advice: str
    link_url: str = ""
    link_text: str = ""


@dataclass
class FindingGroup:
    title: str
    findings: list


@dataclass
class PageChecks:
    reading_age: str  # the metric: "about 14", or "-"
    reading_age_says: str  # the sentence: "Reading age about 14 (aim for 9 to 11)"
    reading_age_advice: str
    is_hard: bool
    groups: list
    count: int


def shorten(text, limit=QUOTE_WORDS):
    found = list(re.finditer(r"\S+", " ".join(text.split())))
    if len(found) <= limit:
        return " ".join(match.group() for match in found)
    return " ".join(match.group() for match in found[:limit]).rstrip(".,;:!?") + "…"


def sentence_with(text, pattern):
    for sentence in sentences(text):
        if re.search(pattern, sentence, re.IGNORECASE):
            return " ".join(sentence.split())
    return text


def _reading_age(check):
    low, high = AIM_READING_AGE
    if check.is_english:
        if check.reading_age is None:
            return "-", _("Not enough running text yet to work out a reading age."), "", False
        age = round(check.reading_age)
        says = _("Reading age about %(age)s (aim for %(low)s to %(high)s)") % {
            "age": age,
            "low": low,
            "high": high,
        }
        hard = age > high
        advice = (
            _("Harder than it should be. Use shorter sentences and shorter, everyday words.")
            if hard
            else _("Most people can read this easily.")
        )
        return _("about %(age)s") % {"age": age}, says, advice, hard
    if check.average_sentence_length is None:
        return "-", _("Not enough running text yet to work out a reading age."), "", False
    average = number_format(round(check.average_sentence_length, 1), 1)
    says = _(
        "The reading age is worked out for English only. Here, sentences have "
        "%(average)s words on average (aim for %(aim)s or fewer)."
    ) % {"average": average, "aim": AIM_AVERAGE_SENTENCE}
    hard = check.average_sentence_length > AIM_AVERAGE_SENTENCE
    advice = _("Use shorter sentences.") if hard else ""
    return "-", says, advice, hard


def page_checks(page):
    """The Checks panel's reading age and advice for a page, or None for anything else."""
    if not isinstance(page, Page):
        return None
    page = page.specific_deferred if type(page) is Page else page
    language = language_of(page)
    plainer, known = language_words(language)
    check = check_passages(page_passages(page), language, plainer, known)
    short, says, advice, hard = _reading_age(check)
    words_url = plainer_words_url(language)
    groups = [
        FindingGroup(
            _("Sentence longer than %(words)s words") % {"words": MAX_SENTENCE_WORDS},
            [
                Finding(
                    ngettext(
                        "%(place)s: “%(quote)s” has %(count)s word",
                        "%(place)s: “%(quote)s” has %(count)s words",
                        count,
                    )
                    % {"place": passage.place, "quote": isolate(sentence), "count": count},
                    _("Split it in two. Short sentences are easier to read."),
                )
                for passage, sentence, count in check.long_sentences
            ],
        ),
        FindingGroup(
            _("Paragraph longer than %(sentences)s sentences")
            % {"sentences": MAX_PARAGRAPH_SENTENCES},
            [
                Finding(
                    ngettext(
                        "%(place)s: the paragraph “%(quote)s” has %(count)s sentence",
                        "%(place)s: the paragraph “%(quote)s” has %(count)s sentences",
                        count,
                    )
                    % {
                        "place": passage.place,
                        "quote": isolate(shorten(passage.text)),
                        "count": count,
                    },
                    _("Start a new paragraph, or use a list."),
                )
                for passage, count in check.long_paragraphs
            ],
        ),
        FindingGroup(
            _("A plainer word would do"),
            [
                Finding(
                    _("%(place)s: “%(word)s” in “%(quote)s”")
                    % {
                        "place": passage.place,
                        "word": isolate(word),
                        "quote": isolate(
                            sentence_with(passage.text, rf"(?<!\w){re.escape(word)}(?!\w)")
                        ),
                    },
                    _("Try “%(alternative)s”.") % {"alternative": isolate(alternative)},
                    words_url,
                    _("See the list of plainer words"),
                )
                for passage, word, alternative in check.plainer_words
            ],
        ),
        FindingGroup(
            _("Abbreviation not explained"),
            [
                Finding(
                    _("%(place)s: “%(abbreviation)s” in “%(quote)s”")
                    % {
                        "place": passage.place,
                        "abbreviation": isolate(abbreviation),
                        "quote": isolate(sentence_with(passage.text, rf"\b{abbreviation}")),
                    },
                    _(
                        "Write it out in full the first time, with the short form in "
                        "brackets, or add it to a glossary term."
                    ),
                )
                for passage, abbreviation in check.abbreviations
            ],
        ),
        FindingGroup(
            _("Link text does not say where it goes"),
            [
                Finding(
                    _("%(place)s: the link “%(text)s”")
                    % {"place": passage.place, "text": isolate(text)},
                    _("Instead of “click here”, use the name of the page."),
                )
                for passage, text in check.vague_links
            ],
        ),
    ]
    groups = [group for group in groups if group.findings]
    return PageChecks(
        reading_age=short,
        reading_age_says=says,
        reading_age_advice=advice,
        is_hard=hard,
        groups=groups,
        count=sum(len(group.findings) for group in groups),
    )


def explanation():
    return _(
        "These checks read the words you wrote, as last saved: save a draft to check "
        "again. The reading age is scored on running text, that is paragraphs and list "
        "items of %(words)s words or more. Titles, headings and shorter lines (labels, "
        "dates, times) are left out of it. For English it is the Flesch-Kincaid grade "
        "plus 5."
    ) % {"words": PROSE_MIN_WORDS}
