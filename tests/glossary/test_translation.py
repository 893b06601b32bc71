"""Glossary terms and the glossary's page types translate with wagtail-localize."""

import pytest
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import TranslationSource

from glossary.models import GlossaryPage, GlossaryTerm, SelfAssessmentPage, ToolkitPage
from tests.glossary.factories import GlossaryTermFactory
from tests.home.factories import LocaleFactory

pytestmark = pytest.mark.django_db


def translatable(model):
    return {field.field_name for field in get_translatable_fields(model)}


def test_the_words_of_a_term_are_translatable():
    assert {"name", "definition", "explanation", "other_forms", "abbreviations"} <= translatable(
        GlossaryTerm
    )


@pytest.mark.parametrize("model", [GlossaryPage, ToolkitPage, SelfAssessmentPage])
def test_the_page_types_are_translatable(model):
    assert {"title", "summary"} <= translatable(model)


def test_a_term_translates_with_wagtail_localize(glossary_page):
    urdu = LocaleFactory(language_code="ur")
    term = GlossaryTermFactory(name="Carer", definition="Someone who looks after a person.")
    source, _created = TranslationSource.get_or_create_from_instance(term)
    translated, _created = source.create_or_update_translation(urdu, fallback=True)
    assert translated.locale == urdu
    assert translated.translation_key == term.translation_key
    assert GlossaryTerm.objects.filter(translation_key=term.translation_key).count() == 2
