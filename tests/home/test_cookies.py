import pytest
from django.conf import settings

CONSENT = settings.COOKIE_CONSENT_NAME


@pytest.mark.django_db
def test_first_visit_shows_the_banner_and_sets_no_optional_cookie(client, home_page):
    response = client.get("/en-gb/")
    html = response.content.decode()
    assert "Cookies on" in html and "Allow optional cookies" in html
    # Not even a CSRF cookie: the public site's forms need no token (home/cross_origin.py).
    assert not response.cookies
    assert "recaptcha" not in html.lower()


@pytest.mark.django_db
@pytest.mark.parametrize("answer", ["accepted", "rejected"])
def test_banner_choice_is_remembered_and_returns_to_the_page(client, home_page, answer):
    response = client.post("/en-gb/cookies/", {"consent": answer, "next": "/en-gb/"})

    assert response.status_code == 302 and response["Location"] == "/en-gb/"
    assert response.cookies[CONSENT].value == answer
    assert response.cookies[CONSENT]["max-age"] == settings.COOKIE_CONSENT_MAX_AGE
    html = client.get("/en-gb/").content.decode()
    assert "Allow optional cookies" not in html
    assert "You have saved your cookie settings." in html


@pytest.mark.django_db
def test_choice_never_redirects_to_another_site(client, home_page):
    response = client.post(
        "/en-gb/cookies/", {"consent": "rejected", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/en-gb/cookies/"


@pytest.mark.django_db
def test_no_choice_shows_an_error_summary_linked_to_the_radios(client, home_page):
    response = client.post("/en-gb/cookies/", {"consent": "", "next": "/en-gb/"})
    html = response.content.decode()

    assert response.status_code == 200
    assert CONSENT not in response.cookies
    assert "There is a problem" in html
    assert '<a href="#id_consent_0">Choose whether to allow optional cookies</a>' in html
    assert 'aria-describedby="id_consent-error"' in html
    assert '<span class="nhsuk-u-visually-hidden">Error:</span>' in html


@pytest.mark.django_db
def test_a_made_up_answer_is_refused(client, home_page):
    response = client.post("/en-gb/cookies/", {"consent": "everything"})
    assert response.status_code == 200
    assert CONSENT not in response.cookies


@pytest.mark.django_db
def test_cookies_page_shows_the_current_choice(client, home_page):
    client.cookies[CONSENT] = "rejected"
    html = client.get("/en-gb/cookies/").content.decode()
    assert 'value="rejected" checked' in html
    assert 'value="accepted" checked' not in html


@pytest.mark.django_db
def test_cookie_form_is_protected_against_cross_site_posts(home_page):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        "/en-gb/cookies/", {"consent": "accepted"}, HTTP_ORIGIN="https://elsewhere.example"
    )
    assert response.status_code == 403
    assert "involve_cookie_consent" not in response.cookies
