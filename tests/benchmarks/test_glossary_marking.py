"""What marking glossary words costs: a 3,000-word page against 500 terms, and the one-off
cost of compiling the matcher when the glossary changes.

Run with `make benchmark`. Reports numbers; asserts nothing about time.
"""

import random
import statistics
import time

import pytest

from glossary import marking
from tests.glossary.factories import GlossaryPageFactory, GlossaryTermFactory

RUNS = 30
COMMON = (
    "we you they people care service help team meeting plan talk listen share change "
    "support time place group ask answer with about from into after before because"
).split()


def page_of_words(count, terms, seed=1):
    """`count` words of paragraphs and headings, with glossary terms scattered through."""
    rng = random.Random(seed)
    html = []
    written = 0
    while written < count:
        sentence = [rng.choice(COMMON) for _ in range(12)]
        sentence[rng.randrange(12)] = rng.choice(terms)
        written += 12
        sentence[0] = sentence[0].capitalize()
        html.append(f"<p>{' '.join(sentence)}. <a href='/x'>a link</a></p>")
        if written % 240 == 0:
            html.append(f"<h2>Part {written // 240}</h2>")
    return "".join(html)


@pytest.mark.django_db
def test_report_cost_of_marking(home_page, capsys):
    GlossaryPageFactory(parent=home_page)
    names = [f"Glossary word {n}" for n in range(500)]
    for number, name in enumerate(names):
        GlossaryTermFactory(
            name=name, other_forms=f"{name}s\nglossary-word-{number}", abbreviations=f"GW{number}"
        )
    markup = page_of_words(3000, [name.lower() for name in names] + [f"GW{n}" for n in range(500)])

    marking._matchers.clear()
    marking.glossary_changed()
    start = time.perf_counter()
    matcher = marking.matcher_for("en-gb")
    compile_ms = (time.perf_counter() - start) * 1000

    timings = []
    for _run in range(RUNS):
        start = time.perf_counter()
        marked = marking.mark_terms(markup, "en-gb")
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    marks = marked.count("involve-term__link")
    with capsys.disabled():
        print(
            f"\nMarking a 3,000-word page ({len(markup):,} characters of HTML) against 500 "
            f"terms ({len(matcher.folded) + len(matcher.exact)} forms), {RUNS} runs:"
        )
        median, p95 = statistics.median(timings), timings[int(RUNS * 0.95) - 1]
        print(f"  median {median:.1f} ms, p95 {p95:.1f} ms, {marks} words marked")
        print(f"  compiling the matcher once after a change: {compile_ms:.1f} ms (3 queries)")


@pytest.mark.django_db
def test_report_what_marking_adds_to_demo_pages(capsys, monkeypatch):
    """The same demo pages built with marking on, then with it switched off."""
    from django.core.management import call_command
    from django.test import Client

    from glossary.templatetags import glossary_tags

    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    client = Client()
    urls = [
        "/en-gb/about-involvement/seven-ambitions/",
        "/en-gb/get-involved/triangle-of-care-ward-review/",
        "/en-gb/toolkits/before-during-after/",
    ]

    def median_ms(url):
        client.get(url)
        timings = []
        for _run in range(RUNS):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        return statistics.median(timings)

    marked = {url: median_ms(url) for url in urls}
    monkeypatch.setattr(glossary_tags, "mark_terms", lambda markup, *args: markup)
    unmarked = {url: median_ms(url) for url in urls}
    with capsys.disabled():
        print(f"\n{'page':<52} {'marked ms':>10} {'unmarked ms':>12}  ({RUNS} runs)")
        for url in urls:
            print(f"{url:<52} {marked[url]:>10.1f} {unmarked[url]:>12.1f}")
