"""Which Wagtail site answers a host, remembered by each process (home/known_sites.py)."""

import pytest
from django.test import RequestFactory
from wagtail.models import Site

from home import known_sites
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def remembering(settings):
    settings.KNOWN_SITES_SECONDS = 60
    known_sites.forget()
    yield
    known_sites.forget()


def test_the_site_is_found_once_then_remembered(site, django_assert_num_queries):
    request = RequestFactory().get("/en-gb/")
    with django_assert_num_queries(1):
        assert known_sites.site_for(request).pk == site.pk
    with django_assert_num_queries(0):
        again = known_sites.site_for(RequestFactory().get("/en-gb/"))
    assert again.pk == site.pk and again.root_page_id == site.root_page_id
    # Each request gets its own, so what one loads is not another's.
    assert again is not known_sites.site_for(request)


def test_saving_a_site_forgets_what_was_remembered(site, home_page):
    known_sites.site_for(RequestFactory().get("/en-gb/"))
    other_root = ContentPageFactory(parent=home_page, slug="new-front")
    site.root_page = other_root
    site.save()
    assert known_sites.site_for(RequestFactory().get("/en-gb/")).root_page_id == other_root.pk


def test_a_host_with_no_site_of_its_own_gets_the_default(site):
    Site.objects.create(hostname="forms.example", root_page=site.root_page, port=80)
    request = RequestFactory(SERVER_NAME="elsewhere.example").get("/en-gb/")
    assert known_sites.site_for(request).pk == site.pk
    ours = RequestFactory(SERVER_NAME="forms.example").get("/en-gb/")
    assert known_sites.site_for(ours).hostname == "forms.example"


def test_pages_are_served_through_the_remembered_site(client, home_page):
    assert client.get("/en-gb/").status_code == 200
    assert client.get("/en-gb/").status_code == 200
