"""The security headers on every kind of response: a public page, a form page, the admin, a
static file and the redirect from /: Content-Security-Policy with no inline script anywhere
(reCAPTCHA's hosts only while it is on), no framing, and no powerful browser features."""

import pytest

from tests.home.factories import ContentPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: sources
        for name, *sources in (part.split() for part in policy.split(";") if part.strip())
    }


def assert_locked_down(response):
    policy = directives(response)
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment"):
        assert f"{feature}=()" in permissions
    return policy


@pytest.fixture
def pages(home_page):
    return ContentPageFactory(parent=home_page, title="Travel costs", slug="travel-costs")


def test_a_public_page_allows_only_the_sites_own_scripts_and_styles(client, pages):
    policy = assert_locked_down(client.get("/en-gb/travel-costs/"))
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["font-src"] == ["'self'", "https://assets.nhs.uk"]


def test_a_form_page_is_as_strict(client, pages):
    response = client.get(f"/en-gb/ask-for-this-page/?page={pages.pk}")
    assert response.status_code == 200
    assert assert_locked_down(response)["script-src"] == ["'self'"]


def test_the_admin_allows_no_inline_script_but_wagtails_inline_styles(client):
    client.force_login(UserFactory(is_superuser=True))
    response = client.get("/admin/")
    policy = assert_locked_down(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]


def test_a_static_file_and_the_redirect_from_the_root_carry_the_headers_too(client):
    static = client.get("/static/css/involve.css")
    assert static.status_code == 200
    assert_locked_down(static)
    root = client.get("/")
    assert root.status_code in (301, 302)
    assert_locked_down(root)


def test_recaptchas_hosts_are_allowed_only_while_it_is_on(client, pages, settings):
    settings.RECAPTCHA_PUBLIC_KEY = settings.RECAPTCHA_PRIVATE_KEY = ""
    assert (
        "https://www.google.com/recaptcha/"
        not in client.get("/en-gb/travel-costs/")["Content-Security-Policy"]
    )
    settings.RECAPTCHA_PUBLIC_KEY = "public-key"
    settings.RECAPTCHA_PRIVATE_KEY = "private-key"
    policy = directives(client.get("/en-gb/travel-costs/"))
    assert "https://www.google.com/recaptcha/" in policy["script-src"]
    assert "https://www.gstatic.com/recaptcha/" in policy["script-src"]
    assert "https://www.google.com/recaptcha/" in policy["frame-src"]
    assert "'unsafe-inline'" not in policy["script-src"]
