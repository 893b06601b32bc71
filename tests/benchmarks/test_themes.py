"""What working out themes costs: the fixed multilingual test set, and 10,000 synthetic
items (suggestions), first run (every text embedded) and a re-run (nothing new to embed).
`THEMES_BENCH_ITEMS` sets the large count.

Run with `make benchmark` (-s shows the numbers). Reports numbers; asserts nothing about
time.
"""

import os
import random
import time
import uuid

import pytest

from forums.ideas.models import Suggestion
from forums.themes import services
from tests.forums.ideas.factories import IdeaIndexPageFactory
from tests.forums.themes.texts import SUBJECTS

LARGE = int(os.environ.get("THEMES_BENCH_ITEMS", "10000"))
OPENINGS = ["I think", "Honestly,", "Last month", "Every time I go,", "My son says", "For me"]
SUBJECT_PHRASES = [
    "the wait for an appointment was months long",
    "there was nowhere to park near the hospital",
    "the nurses were kind and listened",
    "the letters came too late to be useful",
    "the phone line was always engaged",
    "the ward food was cold",
    "nobody explained my medication",
    "the interpreter did not turn up",
    "the waiting room was noisy and cold",
    "the bus to the clinic takes two hours",
]
ENDINGS = ["", " and it made things worse.", " which helped a lot.", " please fix this.", "."]


def synthetic(count, seed=7):
    rng = random.Random(seed)
    multilingual = [text for texts in SUBJECTS.values() for _language, text in texts]
    for number in range(count):
        if number % 5 == 0:
            yield f"{rng.choice(multilingual)} ({number})"
        else:
            yield f"{rng.choice(OPENINGS)} {rng.choice(SUBJECT_PHRASES)}{rng.choice(ENDINGS)}"


def add(index, texts):
    Suggestion.objects.bulk_create(
        Suggestion(index=index, title="", what=text, submission_key=uuid.uuid4()) for text in texts
    )


def timed():
    started = time.perf_counter()
    run = services.compute_themes()
    return time.perf_counter() - started, run


@pytest.mark.django_db
def test_report_cost_of_themes(home_page, capsys):
    index = IdeaIndexPageFactory(parent=home_page)
    add(index, [text for texts in SUBJECTS.values() for _language, text in texts])
    small, run = timed()
    again, _run = timed()
    Suggestion.objects.all().delete()
    add(index, synthetic(LARGE))
    first, large_run = timed()
    second, _run = timed()
    with capsys.disabled():
        print(
            f"\nThemes, fixed set of {run.item_count}: first run {small:.2f} s "
            f"({run.theme_count} themes), re-run {again:.2f} s"
            f"\nThemes, {large_run.item_count} synthetic items: first run {first:.1f} s "
            f"({large_run.embedded_count} embedded, {large_run.theme_count} themes), "
            f"re-run {second:.1f} s (nothing to embed)"
        )
