"""Marking glossary words in page text: glossary/marking.py and the template tag."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from glossary import marking
from glossary.marking import mark_terms, matcher_for, trie_pattern
from tests.glossary.factories import GlossaryPageFactory, GlossaryTermFactory
from tests.home.factories import ContentPageFactory, LocaleFactory

pytestmark = pytest.mark.django_db


def marked(html):
    """The words marked in `html`, in order."""
    return re.findall(r'class="involve-term__link"[^>]*>([^<]*)</a>', html)


def test_first_use_of_each_term_only(terms):
    html = mark_terms("<p>Co-production helps. We like co-production.</p>", "en-gb")
    assert marked(html) == ["Co-production"]


def test_each_term_is_marked_once_across_the_page(terms):
    html = mark_terms(
        "<p>A carer can join.</p><ul><li>Every carer is welcome.</li></ul>"
        "<p>Lived experience counts.</p>",
        "en-gb",
    )
    assert marked(html) == ["carer", "Lived experience"]


def test_whole_words_only(terms):
    html = mark_terms("<p>Carers and scarers and carer-led groups.</p>", "en-gb")
    # "Carers" and "scarers" are other words; "carer" before a hyphen is a whole word.
    assert marked(html) == ["carer"]


def test_other_forms_and_abbreviations_count_as_the_term(terms):
    html = mark_terms("<p>We coproduction it. Ask the CCG.</p>", "en-gb")
    assert marked(html) == ["coproduction", "CCG"]
    # A later use of another form of a marked term is not marked again.
    html = mark_terms("<p>Co-produced plans are co-production.</p>", "en-gb")
    assert marked(html) == ["Co-produced"]


def test_abbreviations_match_only_in_capitals(terms):
    assert marked(mark_terms("<p>The ccg and the Ccg.</p>", "en-gb")) == []


def test_terms_match_whatever_the_case_and_spacing(terms):
    html = mark_terms("<p>LIVED\n   EXPERIENCE matters.</p>", "en-gb")
    assert marked(html) == ["LIVED\n   EXPERIENCE"]


def test_longest_term_wins(glossary_page):
    GlossaryTermFactory(name="Peer support", definition="Help from people who have been there.")
    GlossaryTermFactory(
        name="Peer support worker", definition="Someone paid to give peer support."
    )
    html = mark_terms("<p>Talk to a peer support worker about peer support.</p>", "en-gb")
    assert marked(html) == ["peer support worker", "peer support"]


@pytest.mark.parametrize(
    "element",
    [
        "<h1>{}</h1>",
        "<h2>{}</h2>",
        "<h3 class='x'>{}</h3>",
        "<h4>{}</h4>",
        '<a href="/">{}</a>',
        "<button type='button'>{}</button>",
        "<label for='x'>{}</label>",
        "<fieldset><legend>{}</legend></fieldset>",
        "<details><summary>{}</summary></details>",
        "<form><p>{}</p></form>",
        "<nav><p>{}</p></nav>",
        "<div data-glossary='off'><p>{}</p></div>",
        "<script>var x = '{}';</script>",
        "<pre>{}</pre>",
    ],
)
def test_never_inside_headings_links_buttons_or_labels(terms, element):
    html = element.format("<span>A carer</span> here")
    assert marked(mark_terms(html, "en-gb")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Email carer@example.org or lived.experience@nhs.example.uk today.",
        "Read https://example.org/carer-guide or www.example.org/lived-experience now.",
    ],
)
def test_never_inside_email_addresses_web_addresses_or_phone_numbers(terms, text):
    """Measured before: involvement@example.org became a glossary link and "@example.org"."""
    html = mark_terms(f"<p>{text} A carer helps.</p>", "en-gb")
    assert marked(html) == ["carer"]
    assert text in html  # left exactly as written


def test_never_inside_a_phone_number(terms):
    GlossaryTermFactory(name="111", definition="The NHS helpline for urgent care.")
    html = mark_terms("<p>Ring 0800 111 2222 or +44 20 7111 0018. Or call 111.</p>", "en-gb")
    assert marked(html) == ["111"]
    assert "Ring 0800 111 2222 or +44 20 7111 0018." in html


def test_never_inside_a_name_an_editor_lists(terms):
    """Measured before: "Step-free access" and "Involvement team manager" had their "access"
    and "Involvement" marked, as if the name were about the word."""
    GlossaryTermFactory(
        name="Access",
        definition="Being able to use or reach something.",
        not_inside="Step-free access",
    )
    GlossaryTermFactory(
        name="Involvement",
        definition="Taking part in improving services.",
        not_inside="Involvement team manager\nInvolvement   Team",
    )
    html = mark_terms(
        "<p>Step-free access: yes. Answered by the involvement team manager.</p>"
        "<p>Ask the involvement team. Access to the building is by the side door. "
        "Involvement matters.</p>",
        "en-gb",
    )
    assert marked(html) == ["Access", "Involvement"]
    assert "Step-free access: yes. Answered by the involvement team manager." in html


def test_a_name_left_unmarked_is_saved_with_the_term(terms):
    """An editor adds a name to a term: every process marks with the new list at once."""
    access = GlossaryTermFactory(name="Access", definition="Being able to use something.")
    assert marked(mark_terms("<p>Step-free access.</p>", "en-gb")) == ["access"]
    access.not_inside = "Step-free access"
    access.save()
    assert marked(mark_terms("<p>Step-free access.</p>", "en-gb")) == []


def test_text_after_a_skipped_element_is_marked(terms):
    html = mark_terms(
        '<h2>Carer support</h2><p><a href="/">carer</a> and <strong>carer</strong></p>',
        "en-gb",
    )
    assert marked(html) == ["carer"]
    assert "<h2>Carer support</h2>" in html
    assert '<a href="/">carer</a>' in html
    assert "<strong><span" in html


def test_void_and_self_closing_elements_do_not_confuse_skipping(terms):
    html = mark_terms('<p>Hello<br>there <img alt="" src="x.png"/> carer</p>', "en-gb")
    assert marked(html) == ["carer"]


def test_escaping_of_odd_text(glossary_page):
    GlossaryTermFactory(
        name="A&E",
        definition='The "emergency" department <24/7>.',
    )
    source = "<p>&lt;script&gt;alert(1)&lt;/script&gt; Go to A&amp;E &amp; wait.</p>"
    html = mark_terms(source, "en-gb")
    assert marked(html) == ["A&amp;E"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html
    assert 'data-definition="The &quot;emergency&quot; department &lt;24/7&gt;."' in html
    assert "&amp; wait." in html


def test_regular_expression_characters_in_terms_are_literal(glossary_page):
    GlossaryTermFactory(name="C++ (plus)", definition="A made-up term with odd characters.")
    GlossaryTermFactory(name="a.b", definition="Another one.")
    html = mark_terms("<p>I like C++ (plus) and axb but not a.b twice a.b</p>", "en-gb")
    assert marked(html) == ["C++ (plus)", "a.b"]


def test_text_without_terms_is_left_exactly_as_it_was(terms):
    source = "<p>Nothing here &amp; nothing &#x27;there&#x27;.</p>"
    assert mark_terms(source, "en-gb") == source


def test_the_mark_links_to_the_glossary_entry(terms, glossary_page):
    html = mark_terms("<p>Co-production.</p>", "en-gb")
    assert f'href="{glossary_page.url}#co-production"' in html
    assert 'data-definition="Working as equal partners' in html


def test_each_language_uses_its_own_terms(terms, home_page):
    urdu = LocaleFactory(language_code="ur")
    urdu_home = home_page.copy_for_translation(urdu)
    urdu_home.save_revision().publish()
    GlossaryPageFactory(parent=urdu_home, locale=urdu, title="فرہنگ", slug="glossary")
    GlossaryTermFactory(
        name="نگہداشت کرنے والا", definition="وہ شخص جو دیکھ بھال کرتا ہے۔", locale=urdu
    )
    english_text = "<p>A carer.</p>"
    urdu_text = "<p>ہر نگہداشت کرنے والا خوش آمدید ہے۔ carer</p>"
    assert marked(mark_terms(english_text, "en-gb")) == ["carer"]
    assert marked(mark_terms(urdu_text, "ur")) == ["نگہداشت کرنے والا"]
    assert marked(mark_terms(english_text, "ur")) == []


def test_whole_words_in_scripts_with_combining_marks(glossary_page):
    bengali = LocaleFactory(language_code="bn")
    GlossaryPageFactory(parent=glossary_page.get_parent(), locale=bengali, slug="glossary-bn")
    GlossaryTermFactory(name="কর", definition="A short word.", locale=bengali)
    # "করা" starts with the term but goes on with a vowel sign: not a whole word.
    assert marked(mark_terms("<p>করা</p>", "bn")) == []
    assert marked(mark_terms("<p>কর দিন</p>", "bn")) == ["কর"]


def test_no_glossary_page_means_no_marking(home_page):
    GlossaryTermFactory(name="Carer", definition="Someone who looks after a person.")
    assert marked(mark_terms("<p>A carer.</p>", "en-gb")) == []


def test_one_matcher_per_language_rebuilt_only_when_terms_change(terms):
    first = matcher_for("en-gb")
    assert matcher_for("en-gb") is first
    terms["carer"].definition = "Changed."
    terms["carer"].save()
    second = matcher_for("en-gb")
    assert second is not first
    assert matcher_for("en-gb") is second
    terms["carer"].delete()
    assert matcher_for("en-gb") is not second
    assert marked(mark_terms("<p>A carer.</p>", "en-gb")) == []


def test_a_warm_matcher_costs_no_query(terms, django_assert_num_queries):
    matcher_for("en-gb")
    with django_assert_num_queries(0):
        mark_terms("<p>Co-production and a carer.</p>", "en-gb")


def test_building_a_matcher_costs_the_same_queries_whatever_the_number_of_terms(
    glossary_page,
):
    def queries_to_build():
        marking._matchers.clear()
        marking.glossary_changed()
        with CaptureQueriesContext(connection) as queries:
            matcher_for("en-gb")
        return len(queries)

    GlossaryTermFactory.create_batch(5)
    few = queries_to_build()
    GlossaryTermFactory.create_batch(200)
    assert queries_to_build() == few


def test_trie_pattern_matches_exactly_its_forms():
    pattern = re.compile(f"^(?:{trie_pattern(['care', 'carer', 'care plan', 'cat'])})$")
    for word in ["care", "carer", "care plan", "care   plan", "cat"]:
        assert pattern.match(word), word
    for word in ["car", "cares", "ca", "care pla"]:
        assert not pattern.match(word), word


# The template tag, on real pages.


def body_page(home_page, text, **kwargs):
    return ContentPageFactory(
        parent=home_page, body=[{"type": "rich_text", "value": text}], **kwargs
    )


def test_pages_are_marked_in_their_main_content(client, terms, home_page):
    page = body_page(home_page, "<h2>Carer support</h2><p>A carer can help.</p>")
    html = client.get(page.url).content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert marked(main) == ["carer"]
    # Nothing outside the main content is marked.
    assert marked(html) == ["carer"]


def test_an_editor_can_turn_marking_off_for_one_page(client, terms, home_page):
    page = body_page(home_page, "<p>A carer can help.</p>", glossary_marking=False)
    assert marked(client.get(page.url).content.decode()) == []


def test_the_glossary_page_does_not_mark_itself(client, terms, glossary_page):
    assert marked(client.get(glossary_page.url).content.decode()) == []


def test_query_count_of_a_long_marked_page_does_not_grow_with_terms(
    client, glossary_page, home_page, django_assert_max_num_queries
):
    words = " ".join(f"Word{n} is here." for n in range(300))
    page = body_page(home_page, f"<p>{words}</p>" * 5)
    for n in range(10):
        GlossaryTermFactory(name=f"Word{n}")
    client.get(page.url)  # warms the matcher, the site root paths and the templates
    with CaptureQueriesContext(connection) as few_terms:
        response = client.get(page.url)
    assert len(marked(response.content.decode())) == 10
    # Counted now: the connection keeps a bounded log, which the 290 inserts below overrun.
    few = len(few_terms)
    # Pinned: a long content page with marking.
    assert few <= 15, [query["sql"] for query in few_terms.captured_queries]
    for n in range(10, 300):
        GlossaryTermFactory(name=f"Word{n}")
    client.get(page.url)  # the glossary changed: the matcher is rebuilt once
    with django_assert_max_num_queries(few):
        response = client.get(page.url)
    assert len(marked(response.content.decode())) == 300


def test_a_reader_stays_in_their_language(client, terms, home_page):
    """An English page shown to an Urdu reader (an alias, until translated) links to the
    Urdu copy of the glossary, which lists the same English terms."""
    from home.translation import synchronise_language_trees

    page = body_page(home_page, "<p>A carer can help.</p>")
    LocaleFactory(language_code="ur")
    synchronise_language_trees()
    assert 'href="/ur/glossary/#carer"' in mark_terms("<p>A carer.</p>", "en-gb", "ur")
    assert 'href="/pl/glossary/#carer"' in mark_terms("<p>A carer.</p>", "en-gb", "pl")
    # A language with no copy of the glossary gets the one in the words' language.
    assert 'href="/en-gb/glossary/#carer"' in mark_terms("<p>A carer.</p>", "en-gb", "xx")
    html = client.get(f"/ur/{page.slug}/").content.decode()
    assert 'href="/ur/glossary/#carer"' in html
