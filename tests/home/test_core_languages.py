"""home.languages: the copy of a page in the default language, or in a person's."""

import pytest
from wagtail.models import Locale, Page

from home.languages import (
    default_locale,
    first_in_language,
    in_default_language,
    in_language,
    is_original,
    of_default_language,
)
from home.models import ContentPage
from tests.home.factories import ContentPageFactory


@pytest.fixture
def welsh(db):
    return Locale.objects.get_or_create(language_code="cy")[0]


@pytest.fixture
def page_and_translation(home_page, welsh):
    page = ContentPageFactory(parent=home_page, title="About")
    home_cy = home_page.get_translation_or_none(welsh) or home_page.copy_for_translation(welsh)
    translated = page.copy_for_translation(welsh)
    translated.title = "Amdanom"
    translated.save_revision().publish()
    return page, translated.specific, home_cy


@pytest.mark.django_db
def test_the_original_is_the_default_languages_copy(page_and_translation):
    page, translated, _home = page_and_translation
    assert default_locale() == Locale.get_default()
    assert is_original(page) and not is_original(translated)
    assert in_default_language(page) is page
    assert in_default_language(translated) == page
    assert isinstance(in_default_language(translated), ContentPage)


@pytest.mark.django_db
def test_a_page_with_no_original_is_its_own(home_page, welsh, django_assert_num_queries):
    page = ContentPageFactory(parent=home_page, title="Only in English")
    assert in_language(page, "cy") is page
    default = default_locale()
    with django_assert_num_queries(0):
        assert in_default_language(page, default) is page


@pytest.mark.django_db
def test_a_copy_in_a_persons_language(page_and_translation):
    page, translated, _home = page_and_translation
    assert in_language(page, "cy") == translated
    assert in_language(page, "ur") is page
    assert in_language(Page.objects.get(pk=page.pk), "cy").pk == translated.pk


@pytest.mark.django_db
def test_querysets_of_the_default_language(page_and_translation):
    page, translated, _home = page_and_translation
    pages = ContentPage.objects.all()
    assert list(of_default_language(pages)) == [page]
    assert list(of_default_language(pages, originals=True)) == [page]
    assert first_in_language(pages, "cy") == translated
    assert first_in_language(pages, "ur") == page
    assert first_in_language(ContentPage.objects.none(), "cy") is None
