"""The plain-English report on every live page: used by the `plain_english_report` command
and by the test that holds the demo content to NHS style.

Its advice is on what editors wrote, field by field and block by block (page_text), as the
editor's Checks panel gives it. Its scores are of the page as a visitor reads it, through
the whole middleware stack with Django's test client, but of the prose only (paragraphs and
list items of PROSE_MIN_WORDS words or more, see plain_english): the template's labels and
lines of facts would each count as a short sentence and make the score kinder than a reader
finds the page. Its figures are exact, never rounded up.

Imports terms, page_text and plain_english of this app.
"""

import math
from dataclasses import dataclass

from django.test import Client
from wagtail.models import Page

from .page_text import page_passages
from .passages import check_passages, html_passages
from .plain_english import MAX_SENTENCE_WORDS, WELL_KNOWN, median
from .terms import GlossaryTerm, PlainerWord


@dataclass
class PageReport:
    page: Page
    url: str
    report: object


def _language_lists():
    plainer, known = {}, {}
    for item in PlainerWord.objects.select_related("locale"):
        plainer.setdefault(item.locale.language_code, {})[item.word.lower()] = item.alternative
    for term in GlossaryTerm.objects.exclude(abbreviations="").select_related("locale"):
        known.setdefault(term.locale.language_code, set()).update(term.abbreviation_list)
    return plainer, known


def live_pages():
    """Every live, public page with words of its own: aliases (copies shown in English until
    translated) are left out, so each text is read once."""
    return (
        Page.objects.live()
        .public()
        .filter(depth__gt=1, alias_of=None)
        .select_related("locale")
        .order_by("path")
    )


def page_reports(pages=None):
    """One PageReport per page that renders (200): no server and no network needed."""
    plainer, known = _language_lists()
    client = Client()
    reports = []
    for page in pages if pages is not None else live_pages():
        site = page.get_site()
        url = page.get_url()
        if site is None or url is None:
            continue
        response = client.get(
            url, HTTP_HOST=site.hostname, SERVER_PORT=site.port, secure=site.port == 443
        )
        if response.status_code != 200:
            continue
        language = page.locale.language_code
        report = check_passages(
            page_passages(page.specific),
            language,
            plainer.get(language, {}),
            known.get(language, set()) | WELL_KNOWN,
            scored=html_passages(response.content.decode()),
        )
        reports.append(PageReport(page=page, url=url, report=report))
    return reports


def summary(reports):
    """The site-wide figures the NHS style asks for, over the prose of every page."""
    scores = [item.report.lix for item in reports]
    ages = [item.report.reading_age for item in reports if item.report.reading_age is not None]
    lengths = [n for item in reports for n in item.report.sentence_lengths]
    short = sum(1 for n in lengths if n <= MAX_SENTENCE_WORDS)
    return {
        "pages": len(reports),
        "median_lix": median(scores),
        "max_lix": max(scores, default=0),
        "median_reading_age": median(ages),
        "sentences": len(lengths),
        "short_sentences": short,
        "long_sentences": len(lengths) - short,
        "short_sentence_share": short / len(lengths) if lengths else 1.0,
    }


def percent(part, whole):
    """`part` of `whole` as a percentage to one decimal place, rounded down: 249 of 250 is
    99.6%, and 2,499 of 2,500 is 99.9%, never 100%."""
    if not whole:
        return "0.0%"
    return f"{math.floor(part * 1000 / whole) / 10:.1f}%"


def sentence_figures(figures):
    """The sentence-length line of the report, in exact figures."""
    total, short, long = (
        figures["sentences"],
        figures["short_sentences"],
        figures["long_sentences"],
    )
    line = (
        f"{short:,} of {total:,} sentences of prose ({percent(short, total)}) have "
        f"{MAX_SENTENCE_WORDS} words or fewer"
    )
    if long:
        ratio = total / long
        one_in = f"{ratio:,.0f}" if ratio == int(ratio) else f"{ratio:,.1f}"
        line += f"; {long:,} {'is' if long == 1 else 'are'} longer (1 in {one_in})"
    return line + "."
