import pytest
from django.utils import translation

from home.translation import synchronise_language_trees
from tests.home.factories import ContentPageFactory, LocaleFactory


@pytest.mark.django_db
def test_search_finds_live_pages_and_shows_their_summary(client, home_page):
    ContentPageFactory(parent=home_page, title="Paying you for your time", summary="Rates.")
    draft = ContentPageFactory(parent=home_page, title="Paying draft", live=False)

    html = client.get("/en-gb/search/", {"q": "paying"}).content.decode()

    assert "1 result for “<bdi>paying</bdi>”" in html
    assert "Paying you for your time" in html and "Rates." in html
    assert draft.title not in html


@pytest.mark.django_db
def test_search_without_a_query_shows_just_the_form(client, home_page):
    response = client.get("/en-gb/search/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label class="nhsuk-label" for="id_q">What are you looking for?</label>' in html
    assert "result" not in html.split("<main")[1]


@pytest.mark.django_db
def test_search_says_plainly_when_nothing_matches(client, home_page):
    html = client.get("/en-gb/search/", {"q": "zzzqqq"}).content.decode()
    assert "0 results for “<bdi>zzzqqq</bdi>”" in html
    assert "Check the spelling" in html


@pytest.mark.django_db
def test_overlong_query_gets_a_plain_error_and_keeps_what_was_typed(client, home_page):
    typed = "carers " * 40
    response = client.get("/en-gb/search/", {"q": typed})
    html = response.content.decode()

    assert response.status_code == 200
    assert "There is a problem" in html
    assert '<a href="#id_q">Search for 200 characters or fewer</a>' in html
    assert 'aria-describedby="id_q-error"' in html
    assert f'value="{typed}"' in html
    assert "results for" not in html


@pytest.mark.django_db
def test_search_in_urdu_finds_urdu_translations_and_untranslated_pages(client, home_page):
    translated = ContentPageFactory(parent=home_page, title="Carers support", slug="carers")
    ContentPageFactory(parent=home_page, title="Carers rights", slug="rights")
    urdu = LocaleFactory(language_code="ur")
    home_page.copy_for_translation(urdu).save_revision().publish()
    urdu_page = translated.copy_for_translation(urdu)
    urdu_page.title = "Carers support in Urdu"
    urdu_page.save_revision().publish()
    synchronise_language_trees()

    html = client.get("/ur/search/", {"q": "carers"}).content.decode()

    with translation.override("ur"):
        count = translation.ngettext(
            "%(counter)s result for “%(query)s”", "%(counter)s results for “%(query)s”", 2
        ) % {"counter": 2, "query": "<bdi>carers</bdi>"}
    assert count in html and "2 results" not in html  # in Urdu words, Urdu's plural
    assert 'href="/ur/carers/">Carers support in Urdu</a>' in html
    assert 'href="/ur/rights/" lang="en-gb" dir="ltr">Carers rights</a>' in html
    # The untranslated result is marked as English, so it reads left to right.
    items = html.split('<li class="involve-search-results__item"')[1:]
    [english] = [item for item in items if "Carers rights" in item]
    [urdu] = [item for item in items if "Carers support in Urdu" in item]
    assert english.startswith(' lang="en-gb" dir="ltr">')
    assert urdu.startswith(">")


@pytest.mark.django_db
def test_search_results_are_paginated(client, home_page):
    for number in range(12):
        ContentPageFactory(parent=home_page, title=f"Workshop {number}")

    first = client.get("/en-gb/search/", {"q": "workshop"}).content.decode()
    second = client.get("/en-gb/search/", {"q": "workshop", "page": 2}).content.decode()

    assert "12 results" in first and "page=2" in first
    assert second.count("involve-search-results__item") == 2


@pytest.mark.django_db
def test_search_query_count_does_not_grow_with_results(
    client, home_page, django_assert_max_num_queries
):
    for number in range(2):
        ContentPageFactory(parent=home_page, title=f"Forum {number}")
    client.get("/en-gb/search/", {"q": "forum"})
    with django_assert_max_num_queries(14) as few:
        client.get("/en-gb/search/", {"q": "forum"})
    for number in range(2, 10):
        ContentPageFactory(parent=home_page, title=f"Forum {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get("/en-gb/search/", {"q": "forum"}).content.decode()
    assert html.count("involve-search-results__item") == 10
