"""/sitemap.xml lists every page in every language it is written in, and no English copy
posing as a translation; /robots.txt says where it is. (Both answered 404 before.)"""

import pytest
from wagtail.models import Locale

from home.translation import synchronise_language_trees
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def test_robots_txt_names_the_sitemap_and_keeps_robots_out_of_the_admin(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {site.root_url}/sitemap.xml" in lines


def test_the_sitemap_has_each_language_and_leaves_out_copies_still_in_english(client, home_page):
    page = ContentPageFactory(parent=home_page, slug="principles", title="Our principles")
    synchronise_language_trees()  # every other language gets an English copy (an alias)
    urdu = Locale.objects.get(language_code="ur")
    urdu_page = page.get_translation(urdu)
    alias_url = urdu_page.get_full_url()
    polish_page = page.get_translation(Locale.objects.get(language_code="pl"))
    polish_page.alias_of = None  # written in Polish now
    polish_page.title = "Nasze zasady"
    polish_page.save()
    polish_page.save_revision().publish()

    response = client.get("/sitemap.xml")

    xml = response.content.decode()
    assert response.status_code == 200
    assert f"<loc>{page.get_full_url()}</loc>" in xml
    assert f"<loc>{polish_page.get_full_url()}</loc>" in xml
    assert f"<loc>{alias_url}</loc>" not in xml


def test_the_sitemap_costs_the_same_queries_however_many_pages(
    client, home_page, django_assert_max_num_queries
):
    for number in range(3):
        ContentPageFactory(parent=home_page, slug=f"page-{number}")
    with django_assert_max_num_queries(12) as few:
        client.get("/sitemap.xml")
    for number in range(3, 30):
        ContentPageFactory(parent=home_page, slug=f"page-{number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/sitemap.xml")
    assert response.content.decode().count("<loc>") == 31  # home and 30 pages
