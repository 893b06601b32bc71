"""The readability score and the plain-English checks (glossary/plain_english.py)."""

import io

import pytest
from django.core.management import call_command
from django.test import RequestFactory

from glossary.checks import PlainEnglishCheckerItem
from glossary.plain_english import (
    check_html,
    lix,
    long_paragraphs,
    long_sentences,
    plainer_words_used,
    read_html,
    readability,
    sentences,
    unexplained_abbreviations,
    vague_links,
    words,
)
from tests.glossary.factories import GlossaryTermFactory, PlainerWordFactory
from tests.home.factories import ContentPageFactory


# Wagtail's own test cases for its LIX score (client/src/includes/contentMetrics.test.js,
# Wagtail 8.0), with the scores Wagtail's Checks panel shows for them.
@pytest.mark.parametrize(
    "text, score",
    [
        ("Hello world less than 10 words.", 0),
        ("This is a simple one just over 10 words in length.", 11),
        ("This is a longer and more complicated sentence including long words.", 38.27),
        ("A sentence conceived specially as to contain particularly extended wording.", 80),
        ("", 0),
        ("No punctuation", 0),
    ],
)
def test_lix_matches_wagtails_own_scores(text, score):
    assert lix(text) == pytest.approx(score, abs=0.01)


def test_lix_counts_sentences_and_long_words_as_wagtail_does():
    # 12 words, 2 sentences, 3 words over 6 letters ("sentence", "another", "seventh").
    text = "This sentence has six words. Here is another with the seventh word."
    assert words(text)[:3] == ["This", "sentence", "has"]
    assert len(sentences(text)) == 2
    assert lix(text) == pytest.approx(12 / 2 + 3 * 100 / 12)


def test_sentences_follow_the_unicode_rules_we_rely_on():
    # A full stop before a lower-case word does not end a sentence (e.g. this).
    assert len(sentences("Bring a drink, e.g. water. Then come in.")) == 2
    assert len(sentences("Is it? Yes! Good.")) == 3
    # Every line is a sentence, and so is each blank line between paragraphs.
    assert len(sentences("One\n\nTwo")) == 3
    assert len(sentences("کیا آپ آئیں گے؟ ہاں۔ شکریہ")) == 3


def test_words_are_counted_as_intl_segmenter_counts_them():
    assert words("It's 1,000 people, e.g. co-production.") == [
        "It's",
        "1,000",
        "people",
        "e.g",
        "co",
        "production",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Vowel signs are part of their word, as Intl.Segmenter keeps them.
        ("আমরা আপনার মতামত শুনতে চাই।", ["আমরা", "আপনার", "মতামত", "শুনতে", "চাই"]),
        ("ਅਸੀਂ ਤੁਹਾਡੀ ਰਾਇ ਸੁਣਨਾ ਚਾਹੁੰਦੇ ਹਾਂ।", ["ਅਸੀਂ", "ਤੁਹਾਡੀ", "ਰਾਇ", "ਸੁਣਨਾ", "ਚਾਹੁੰਦੇ", "ਹਾਂ"]),
        ("ہم آپ کی رائے سننا چاہتے ہیں۔", ["ہم", "آپ", "کی", "رائے", "سننا", "چاہتے", "ہیں"]),
    ],
)
def test_words_in_bengali_punjabi_and_urdu_are_whole(text, expected):
    """Measured before: the Bengali sentence counted 9 words and the Punjabi one 12."""
    assert words(text) == expected


@pytest.mark.parametrize(
    "score, band", [(0, "Good"), (34.9, "Good"), (35, "Fair"), (45, "Complex")]
)
def test_readability_bands_match_wagtails(score, band):
    assert readability(score) == band


def test_inner_text_lays_out_blocks_as_a_browser_does():
    page = read_html(
        "<h2>Title</h2><p>One <strong>two</strong>.</p><ul><li>a</li><li>b</li></ul>"
        "<script>no()</script><p hidden>no</p><p>x<br>y</p>"
    )
    assert page.text == "Title\n\nOne two.\n\na\nb\n\nx\ny"


def test_long_sentences_and_paragraphs():
    long = "Word " + " ".join(["word"] * 20) + "."
    short = "Word " + " ".join(["word"] * 19) + "."
    assert long_sentences(f"{short} {long}") == [long]
    assert long_paragraphs(["One. Two. Three.", "One. Two. Three. Four."]) == [
        "One. Two. Three. Four."
    ]


def test_plainer_words_are_found_as_whole_words():
    plainer = {"utilise": "use", "in order to": "to"}
    assert plainer_words_used("We utilise it in order to help.", plainer) == [
        ("utilise", "use"),
        ("in order to", "to"),
    ]
    assert plainer_words_used("Utilised and reordered.", plainer) == []


def test_abbreviations_explained_in_the_text_or_the_glossary_pass():
    text = (
        "Ask the Patient Advice and Liaison Service (PALS). CPA (the Care Programme "
        "Approach) helps. The CCG and the ICB. Your GP and the NHS."
    )
    assert unexplained_abbreviations(text) == ["CCG", "ICB"]
    assert unexplained_abbreviations(text, known={"CCG"}) == ["ICB"]
    assert unexplained_abbreviations("Two CCGs.") == ["CCG"]


def test_vague_link_text():
    assert vague_links(["click here", "Here", "Read more.", "Read the privacy notice"]) == [
        "click here",
        "Here",
        "Read more.",
    ]


def test_check_html_reads_only_the_main_content():
    markup = (
        "<html><body><header>The NHSX header</header><main><h1>Title</h1>"
        "<p>We utilise the ICB. <a href='/'>Click here</a>.</p></main></body></html>"
    )
    report = check_html(markup, {"utilise": "use"})
    assert report.abbreviations == ["ICB"]
    assert report.plainer_words == [("utilise", "use")]
    assert report.vague_links == ["Click here"]


# The checks in Wagtail's content checker.


def test_the_checker_adds_our_rules_to_wagtails(db):
    PlainerWordFactory(word="Utilise", alternative="use")
    GlossaryTermFactory(name="Care Programme Approach", abbreviations="CPA")
    item = PlainEnglishCheckerItem()
    configuration = item.get_axe_configuration(RequestFactory().get("/"))
    run_only = configuration["options"]["runOnly"]
    assert "link-name" in run_only  # Wagtail's own rules stay
    for rule in [
        "involve-long-sentence",
        "involve-long-paragraph",
        "involve-plainer-word",
        "involve-abbreviation",
        "involve-link-text",
    ]:
        assert rule in run_only
        assert rule in configuration["messages"]
        assert any(r["id"] == rule for r in configuration["spec"]["rules"])
    checks = {check["id"]: check for check in configuration["spec"]["checks"]}
    assert checks["involve-plainer-words"]["options"]["words"] == {"utilise": "use"}
    assert "CPA" in checks["involve-abbreviations"]["options"]["known"]
    assert checks["involve-sentence-length"]["options"]["max"] == 20
    assert "js/plain-english-checks.js" in str(item.media)


def test_the_checker_is_in_the_userbar_and_the_preview(admin_client, home_page):
    page = ContentPageFactory(parent=home_page)
    html = admin_client.get(page.url).content.decode()
    assert "involve-long-sentence" in html
    assert "js/plain-english-checks.js" in html


def test_the_report_command_lists_advice_for_each_page(db, home_page):
    ContentPageFactory(
        parent=home_page,
        slug="wordy",
        body=[
            {
                "type": "rich_text",
                "value": "<p>We will utilise the ICB. "
                + " ".join(["word"] * 25)
                + ". <a href='/'>click here</a></p>",
            }
        ],
    )
    PlainerWordFactory(word="utilise", alternative="use")
    out = io.StringIO()
    call_command("plain_english_report", "--details", stdout=out)
    report = out.getvalue()
    assert "/en-gb/wordy/  LIX" in report
    assert "plainer word: “utilise”, try “use”" in report
    assert "abbreviation not explained: ICB" in report
    assert "link text: “click here”" in report
    assert "long sentence: We will utilise the ICB. word word" in report
    assert "sentences have 20 words or fewer" in report
