"""The plain-English report on every live page, as a visitor sees it: used by the
`plain_english_report` command and by the test that holds the demo content to NHS style.

Imports terms and plain_english of this app.
"""

from dataclasses import dataclass

from django.test import Client
from wagtail.models import Page

from .plain_english import MAX_SENTENCE_WORDS, check_html, median
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
    """One PageReport per page that renders (200), reading each page through the whole
    middleware stack with Django's test client: no server and no network needed."""
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
        markup = response.content.decode()
        report = check_html(markup, plainer.get(language, {}), known.get(language, ()))
        reports.append(PageReport(page=page, url=url, report=report))
    return reports


def summary(reports):
    """The site-wide figures the NHS style asks for."""
    scores = [item.report.lix for item in reports]
    lengths = [n for item in reports for n in item.report.sentence_lengths]
    short = sum(1 for n in lengths if n <= MAX_SENTENCE_WORDS)
    return {
        "pages": len(reports),
        "median_lix": median(scores),
        "max_lix": max(scores, default=0),
        "sentences": len(lengths),
        "short_sentence_share": short / len(lengths) if lengths else 1.0,
    }
