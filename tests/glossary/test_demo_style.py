"""The demo content, all of it, as the NHS style asks: for English pages, median LIX under
35 and no page at 45 or more; 95% of sentences of 20 words or fewer; no unexplained
abbreviation. Scores are of prose only (glossary/report.py). LIX is held to English pages
only: its long-word count (over 6 letters) marks most Polish and Romanian words as long.

Reads every live page `load_demo_content` makes, whichever app adds it, as a visitor sees it.
One test, because loading the demo site is slow.
"""

import pytest

from glossary.demo import demo
from glossary.models import GlossaryTerm, ToolkitPage
from glossary.report import page_reports, summary


@pytest.mark.django_db
def test_the_demo_content_is_loaded_once_and_is_plain_english(demo_site, demo_loaded_again):
    assert demo_loaded_again.after == demo_loaded_again.before
    assert GlossaryTerm.objects.filter(locale__language_code="en-gb").count() == len(demo.TERMS)
    assert ToolkitPage.objects.filter(locale__language_code="en-gb").count() == len(demo.TOOLKITS)
    names = set(GlossaryTerm.objects.values_list("name", flat=True))
    # From Toolkit 9 of seed 001, and words the seeds use without explaining them.
    for name in [
        "Access",
        "Co-production",
        "Lived experience",
        "Tokenism",
        "Triangle of Care",
        "Patient Advice and Liaison Service",
        "Care Programme Approach",
        "Involvement Partner",
        "Expert by experience",
        "Peer support worker",
        "Governor",
        "Young carer",
    ]:
        assert name in names

    reports = page_reports()
    figures = summary(reports)
    assert figures["pages"] > 40
    english = [item for item in reports if item.report.is_english]
    assert summary(english)["median_lix"] < 35
    complex_pages = [
        (item.url, round(item.report.lix)) for item in english if item.report.lix >= 45
    ]
    assert complex_pages == []
    assert figures["short_sentence_share"] >= 0.95
    unexplained = {
        item.url: item.report.abbreviations for item in reports if item.report.abbreviations
    }
    assert unexplained == {}
