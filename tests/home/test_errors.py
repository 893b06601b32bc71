import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import page_not_found, server_error


@pytest.mark.django_db
def test_unknown_address_gives_a_plain_english_404(client, home_page):
    response = client.get("/en-gb/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in html
    assert "check it is correct" in html


@pytest.mark.django_db
def test_404_in_urdu_reads_right_to_left(client, home_page):
    html = client.get("/ur/no-such-page/").content.decode()
    assert '<html lang="ur" dir="rtl">' in html


@pytest.mark.django_db
def test_404_and_500_pages_need_no_database(django_assert_num_queries):
    request = RequestFactory().get("/en-gb/missing/")
    with translation.override("en-gb"), django_assert_num_queries(0):
        not_found = page_not_found(request, Exception("missing"))
        broken = server_error(request)
    assert not_found.status_code == 404 and b"Page not found" in not_found.content
    assert broken.status_code == 500
    assert b"Sorry, there is a problem with this site" in broken.content
    assert b"116 123" in broken.content
