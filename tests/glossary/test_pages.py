"""The glossary page and its filter, the toolkits and the self-assessment."""

import re
from decimal import Decimal

import pytest
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

from glossary.forms import SelfAssessmentForm
from glossary.models import (
    GlossaryPage,
    SelfAssessmentPage,
    ToolkitIndexPage,
    ToolkitPage,
)
from home.models import HomePage
from home.translation import synchronise_language_trees
from tests.glossary.factories import (
    GlossaryTermFactory,
    SelfAssessmentPageFactory,
    ToolkitIndexPageFactory,
    ToolkitPageFactory,
    assessment_sections,
)
from tests.home.factories import LocaleFactory

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_where_pages_go(self):
        self.assertAllowedParentPageTypes(GlossaryPage, {HomePage})
        self.assertAllowedParentPageTypes(ToolkitIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ToolkitIndexPage, {ToolkitPage, SelfAssessmentPage})
        self.assertAllowedParentPageTypes(ToolkitPage, {ToolkitIndexPage})
        self.assertAllowedSubpageTypes(ToolkitPage, {})
        self.assertAllowedSubpageTypes(GlossaryPage, {})


def entries(html):
    return re.findall(r'<h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-2">([^<(]*)', html)


def test_the_glossary_lists_terms_a_to_z_with_anchors_and_letter_index(client, glossary_page):
    GlossaryTermFactory(name="Tokenism", definition="Involving people only for show.")
    carer = GlossaryTermFactory(name="Carer", definition="Someone who looks after a person.")
    GlossaryTermFactory(
        name="Care Programme Approach",
        definition="A way of planning care.",
        abbreviations="CPA",
        other_forms="care programme",
    ).related_terms.add(carer)
    html = client.get(glossary_page.url).content.decode()
    assert [e.strip() for e in entries(html)] == [
        "Care Programme Approach",
        "Carer",
        "Tokenism",
    ]
    assert 'id="care-programme-approach"' in html
    assert 'id="letter-C"' in html and 'id="letter-T"' in html
    assert '<a class="nhsuk-link" href="#letter-C">C</a>' in html
    # Letters with no words are in the index, but not links.
    assert '<span>B<span class="nhsuk-u-visually-hidden"> (no words)</span></span>' in html
    assert "Care Programme Approach (CPA)" in html
    # The other forms are the term's words, in an element of their own (for `lang`).
    assert re.search(r"Also written: <span>care programme</span>", html)
    assert '<a class="nhsuk-link" href="#carer">Carer</a>' in html
    # The glossary is never marked with its own words.
    assert "involve-term" not in html


@pytest.mark.parametrize(
    "query, expected",
    [
        ("carer", ["Carer"]),
        ("CPA", ["Care Programme Approach"]),  # an abbreviation
        ("programme", ["Care Programme Approach"]),
        ("for show", ["Tokenism"]),  # words of the definition
        ("nothing like it", []),
    ],
)
def test_the_filter_is_a_plain_get_search(client, glossary_page, query, expected):
    GlossaryTermFactory(name="Tokenism", definition="Involving people only for show.")
    GlossaryTermFactory(name="Carer", definition="Someone who looks after a person.")
    GlossaryTermFactory(
        name="Care Programme Approach", definition="A way of planning care.", abbreviations="CPA"
    )
    html = client.get(glossary_page.url, {"q": query}).content.decode()
    assert [e.strip() for e in entries(html)] == expected
    assert f'value="{query}"' in html
    assert 'role="status"' in html
    if not expected:
        assert "Check the spelling" in html


def test_the_filter_says_when_the_query_is_too_long(client, glossary_page):
    html = client.get(glossary_page.url, {"q": "x" * 101}).content.decode()
    assert "There is a problem" in html
    assert "Type 100 characters or fewer" in html


def test_the_glossary_escapes_what_editors_type(client, glossary_page):
    GlossaryTermFactory(name="<b>Bold</b>", definition="<script>alert(1)</script>")
    html = client.get(glossary_page.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_glossary_page_query_count_does_not_grow_with_terms(
    client, glossary_page, django_assert_max_num_queries
):
    for n in range(5):
        GlossaryTermFactory(name=f"Word {n}").related_terms.add(
            GlossaryTermFactory(name=f"Other {n}")
        )
    client.get(glossary_page.url)
    with django_assert_max_num_queries(18) as few:
        client.get(glossary_page.url)
    for n in range(5, 100):
        GlossaryTermFactory(name=f"Word {n}").related_terms.add(
            GlossaryTermFactory(name=f"Other {n}")
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get(glossary_page.url).content.decode()
    assert len(entries(html)) == 200


def test_an_untranslated_glossary_shows_the_english_terms(client, glossary_page):
    LocaleFactory(language_code="ur")
    GlossaryTermFactory(name="Carer", definition="Someone who looks after a person.")
    synchronise_language_trees()
    urdu = GlossaryPage.objects.get(locale__language_code="ur")
    assert urdu.alias_of_id == glossary_page.pk
    html = client.get(urdu.url).content.decode()
    assert 'dir="rtl"' in html
    assert "Carer" in html


def test_translated_terms_show_on_the_translated_glossary(client, glossary_page, home_page):
    urdu = LocaleFactory(language_code="ur")
    english = GlossaryTermFactory(name="Carer", definition="Someone who looks after a person.")
    translated = english.copy_for_translation(urdu)
    translated.name = "نگہداشت کرنے والا"
    translated.save()
    urdu_home = home_page.copy_for_translation(urdu)
    urdu_home.save_revision().publish()
    page = glossary_page.copy_for_translation(urdu)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "نگہداشت کرنے والا" in html
    assert "Carer" not in html
    assert Locale.objects.filter(language_code="ur").exists()


# Toolkits


def test_toolkit_pages_render_steps_checklists_and_resources(client, home_page):
    index = ToolkitIndexPageFactory(parent=home_page)
    toolkit = ToolkitPageFactory(parent=index, title="Plan a meeting")
    html = client.get(toolkit.url).content.decode()
    assert '<ol class="involve-steps">' in html
    assert "Plan it with people." in html
    assert '<ul class="involve-checklist">' in html
    assert '<a class="nhsuk-link" href="https://example.org/guide">A guide</a>' in html
    assert 'media="print"' in html and "css/print.css" in html
    index_html = client.get(index.url).content.decode()
    assert "Plan a meeting" in index_html


# The self-assessment


def form_for(data):
    sections = [block["value"] for block in assessment_sections()]
    return SelfAssessmentForm(sections, data={"submitted": "1", **data})


def test_self_assessment_averages_each_section_and_names_the_next_level():
    form = form_for({"s1_1": "1", "s1_2": "2", "s2_1": "3", "s2_2": "3", "s2_3": "3"})
    assert form.is_valid(), form.errors
    design, support = form.results()
    assert design["scores"] == [1, 2]
    assert design["average"] == Decimal("1.5")
    assert design["level"] == 1
    assert design["now"] == "Level 1 looks like this."
    assert design["next_level"] == 2
    assert design["next"] == "Level 2 looks like this."
    assert support["average"] == Decimal("3.0")
    assert support["next_level"] is None and support["next"] == ""


@pytest.mark.parametrize(
    "scores, average, level",
    [
        (["0", "0", "0"], "0.0", 0),
        (["0", "0", "1"], "0.3", 0),
        (["1", "1", "2"], "1.3", 1),
        (["2", "2", "3"], "2.3", 2),
        (["3", "2", "2"], "2.3", 2),
        (["3", "3", "2"], "2.7", 2),
    ],
)
def test_self_assessment_arithmetic(scores, average, level):
    data = {"s1_1": "0", "s1_2": "0"}
    data.update({f"s2_{n}": score for n, score in enumerate(scores, start=1)})
    form = form_for(data)
    assert form.is_valid()
    support = form.results()[1]
    assert support["average"] == Decimal(average)
    assert support["level"] == level


def test_self_assessment_halves_round_up():
    form = form_for({"s1_1": "0", "s1_2": "1", "s2_1": "0", "s2_2": "0", "s2_3": "0"})
    assert form.is_valid()
    assert form.results()[0]["average"] == Decimal("0.5")


def test_self_assessment_refuses_scores_outside_0_to_3():
    form = form_for({"s1_1": "4", "s1_2": "-1", "s2_1": "x"})
    assert not form.is_valid()
    assert set(form.errors) == {"s1_1", "s1_2", "s2_1", "s2_2", "s2_3"}


def test_the_self_assessment_page_works_by_get_and_stores_nothing(
    client, home_page, django_assert_max_num_queries
):
    index = ToolkitIndexPageFactory(parent=home_page)
    page = SelfAssessmentPageFactory(parent=index)
    html = client.get(page.url).content.decode()
    assert 'method="get"' in html
    assert "Your team's scores" not in html
    assert html.count('type="radio"') == 5 * 4

    answers = {"submitted": "1", "s1_1": "1", "s1_2": "2", "s2_1": "3", "s2_2": "3", "s2_3": "3"}
    with django_assert_max_num_queries(20) as queries:
        html = client.get(page.url, answers).content.decode()
    assert not [q for q in queries.captured_queries if q["sql"].startswith(("INSERT", "UPDATE"))]
    assert "Your team's scores" in html
    assert "<span>Design</span>: 1.5" in html
    assert "What level 2 would look like:" in html
    assert "<span>Support</span>: 3.0" in html
    assert "This is the top level." in html
    # The form keeps the scores, so the team can change one.
    assert 'id="id_s1_2_2" name="s1_2" type="radio" value="2" checked' in html


def test_the_self_assessment_shows_errors_with_a_summary(client, home_page):
    index = ToolkitIndexPageFactory(parent=home_page)
    page = SelfAssessmentPageFactory(parent=index)
    html = client.get(page.url, {"submitted": "1", "s1_1": "2"}).content.decode()
    assert "There is a problem" in html
    assert 'href="#id_s1_2_0"' in html
    # The statement quoted is the editor's words, isolated (and tagged on a page shown in
    # another language than its own).
    assert "Choose a score from 0 to 3 for “<bdi>At a workshop?</bdi>”" in html
    assert 'value="2" checked' in html
    assert "Your team's scores" not in html
