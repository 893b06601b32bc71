"""Every absolute link the site writes leads to where it runs: `set_site_address` puts
SITE_URL (or `make run`'s port) on the default Site."""

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_the_site_address_is_where_links_lead(site, home_page):
    call_command(
        "set_site_address", url="https://involve.example.nhs.uk", stdout=open("/dev/null", "w")
    )

    site.refresh_from_db()
    assert site.root_url == "https://involve.example.nhs.uk"
    assert home_page.get_full_url().startswith("https://involve.example.nhs.uk/")


def test_make_runs_port_is_kept(site):
    call_command("set_site_address", url="http://127.0.0.1:8011", stdout=open("/dev/null", "w"))
    site.refresh_from_db()
    assert site.root_url == "http://127.0.0.1:8011"


def test_by_default_it_is_the_site_url_setting(site, settings):
    settings.SITE_URL = "https://involve.example.org"
    call_command("set_site_address", stdout=open("/dev/null", "w"))
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("involve.example.org", 443)


@pytest.mark.parametrize("url", ["involve.example.org", "ftp://involve.example.org", ""])
def test_an_address_that_is_not_one_is_refused(site, url):
    with pytest.raises(CommandError, match="Not a web address"):
        call_command("set_site_address", url=url or "nonsense")
