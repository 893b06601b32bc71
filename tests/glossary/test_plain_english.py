"""The readability scores and the plain-English checks (glossary/plain_english.py), and the
report that uses them (glossary/report.py)."""

import io

import pytest
from django.core.management import call_command

from glossary.passages import (
    Passage,
    check_passages,
    reading_age,
    rich_text_passages,
    syllables,
)
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
from glossary.report import page_reports, percent, sentence_figures
from tests.glossary.factories import PlainerWordFactory
from tests.glossary.texts import JARGON, PLAIN
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


# Reading what the editor wrote, and scoring its prose.


def test_the_jargon_sentence_is_sixty_words():
    assert len(words(JARGON)) == 60


def test_syllables_are_counted_as_english_readers_say_them():
    assert [syllables(w) for w in ["we", "care", "people", "table", "together"]] == [
        1,
        1,
        2,
        2,
        3,
    ]
    assert syllables("organisation") >= 5


def test_plain_text_reads_at_about_9_to_11_and_jargon_far_above():
    plain = reading_age([Passage("Summary", PLAIN)])
    hard = reading_age([Passage("Summary", JARGON)])
    assert plain <= 11
    assert hard > 18
    # Too little text gives no reading age rather than a flattering one.
    assert reading_age([Passage("Summary", "Join us.")]) is None


def test_only_prose_is_scored_not_labels_facts_or_headings():
    """Measured before: labels and fact lines each counted as a sentence, so the report's
    score was kinder than the prose alone (21 to 23 against 29 to 33)."""
    prose = Passage("What you would do", JARGON)
    labels = [
        Passage("Title", "Help us plan services", heading=True),
        Passage("How long it takes", "2 hours, once a month"),
        Passage("Host team", "Community mental health team"),
        Passage("Body, block 1 (Text)", "Online"),
    ]
    check = check_passages([*labels, prose])
    assert check.lix == pytest.approx(lix(JARGON))
    assert check.reading_age == pytest.approx(reading_age([prose]))
    assert check.sentence_lengths == [60]
    assert check.readability == "Complex"
    # Labels still get advice: a long title is still a long sentence.
    long_title = Passage("Title", " ".join(["word"] * 22), heading=True)
    assert [place.place for place, _s, _n in check_passages([long_title]).long_sentences] == [
        "Title"
    ]


def test_other_languages_get_their_average_sentence_length_instead():
    check = check_passages([Passage("Summary", "ہم آپ کی رائے سننا چاہتے ہیں۔ " * 3)], "ur")
    assert check.reading_age is None
    assert check.average_sentence_length == pytest.approx(7)


def test_rich_text_is_read_paragraph_by_paragraph():
    passages = rich_text_passages(
        '<h2 data-block-key="a">What happens</h2><p data-block-key="b">We meet. '
        '<a linktype="page" id="3">click here</a></p><ul><li>Tea</li><li>Travel paid</li></ul>',
        "Body",
    )
    assert [(p.text, p.heading) for p in passages] == [
        ("What happens", True),
        ("We meet. click here", False),
        ("Tea", False),
        ("Travel paid", False),
    ]
    assert passages[1].links == ["click here"]


def test_advice_names_the_passage_and_explained_abbreviations_pass():
    passages = [
        Passage("Summary", "Ask the Patient Advice and Liaison Service (PALS) first."),
        Passage("Body, block 2 (Text)", "PALS can help. The ICB decides. We utilise it."),
    ]
    check = check_passages(passages, "en-gb", {"utilise": "use"})
    assert [(p.place, a) for p, a in check.abbreviations] == [("Body, block 2 (Text)", "ICB")]
    assert [(p.place, w) for p, w, _alt in check.plainer_words] == [
        ("Body, block 2 (Text)", "utilise")
    ]


def test_the_report_gives_exact_figures_never_rounded_up():
    """Measured before: 249 short sentences in 250 printed as "100%"."""
    figures = {"sentences": 250, "short_sentences": 249, "long_sentences": 1}
    line = sentence_figures(figures)
    assert line == (
        "249 of 250 sentences of prose (99.6%) have 20 words or fewer; 1 is longer (1 in 250)."
    )
    assert percent(2499, 2500) == "99.9%"
    assert percent(3, 3) == "100.0%"


def test_the_report_command_scores_the_prose_of_each_page(db, home_page):
    ContentPageFactory(
        parent=home_page,
        slug="wordy",
        summary="Help us.",
        body=[
            {"type": "rich_text", "value": "<h2>When</h2><p>Monday</p><p>Online</p>"},
            {
                "type": "rich_text",
                "value": "<p>We will utilise the ICB. "
                + " ".join(["word"] * 25)
                + ". <a href='/'>click here</a></p>",
            },
        ],
    )
    PlainerWordFactory(word="utilise", alternative="use")
    out = io.StringIO()
    call_command("plain_english_report", "--details", stdout=out)
    report = out.getvalue()
    assert "/en-gb/wordy/  reading age" in report
    assert "plainer word (Body, block 2 (Text)): “utilise”, try “use”" in report
    assert "abbreviation not explained (Body, block 2 (Text)): ICB" in report
    assert "link text (Body, block 2 (Text)): “click here”" in report
    long = "long sentence (Body, block 2 (Text), 32 words): We will utilise the ICB. word"
    assert long in report
    assert "sentences of prose (" in report


def test_the_report_scores_the_prose_a_reader_reads_not_labels(db, home_page):
    """Measured before: each label and line of facts counted as a sentence, so three demo
    opportunity pages scored 21.8 to 23.0 in the report."""
    prose = [{"type": "rich_text", "value": f"<p>{JARGON}</p>"}]
    labels = [
        {"type": "rich_text", "value": "<h2>When</h2><p>Monday</p><p>Online</p>"},
        {"type": "rich_text", "value": "<ul><li>Tea</li><li>Travel paid</li><li>Quiet</li></ul>"},
    ]
    plain = ContentPageFactory(parent=home_page, slug="plain", summary="", body=prose)
    listed = ContentPageFactory(parent=home_page, slug="listed", summary="", body=labels + prose)
    scores = {item.page.pk: item.report for item in page_reports([plain, listed])}
    assert scores[listed.pk].lix == pytest.approx(scores[plain.pk].lix)
    assert scores[listed.pk].sentence_lengths == scores[plain.pk].sentence_lengths
    assert scores[listed.pk].readability == "Complex"
