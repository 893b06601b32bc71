"""A live site that stays up: /healthz/ for a load balancer, a 503 with Retry-After while
the database is out of reach, and pages still served while Redis is down."""

from unittest import mock

import pytest
from django.db import OperationalError, ProgrammingError
from django.test import Client
from django.utils import translation

from home.live_site import ForgivingRedisCache
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_healthz_says_the_database_and_cache_answer(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}


def test_healthz_is_503_and_names_what_is_down(client):
    with mock.patch("home.live_site.cache.get", return_value=None):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "unavailable"}


def page_meeting(error):
    """A visitor's request that meets `error` deep inside (a page's query)."""
    visitor = Client(raise_request_exception=False)
    with mock.patch.object(HomePage, "serve", side_effect=error):
        return visitor.get("/ur/", HTTP_ACCEPT_LANGUAGE="ur")


def test_a_database_out_of_reach_answers_503_in_the_visitors_language(home_page):
    response = page_meeting(OperationalError("connection refused"))

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    with translation.override("ur"):
        sorry = translation.gettext("Sorry, this site is not working at the moment")
    assert sorry in response.content.decode()
    assert sorry != "Sorry, this site is not working at the moment"


def test_any_other_fault_is_still_a_500(home_page):
    response = page_meeting(ProgrammingError("no such column"))
    assert response.status_code == 500


def test_with_redis_down_the_cache_misses_instead_of_failing(settings):
    cache = ForgivingRedisCache("redis://127.0.0.1:1/0", {})  # nothing listens there
    assert cache.get("a", default="fallback") == "fallback"
    assert cache.get("a", 0) == 0  # a default given by position, as the rate limits do
    assert cache.add("a", 1) is False
    assert cache.incr("a") == 1
    cache.set("a", 1)
    cache.delete("a")
    assert cache.get_many(["a", "b"]) == {}


def test_with_redis_down_a_public_page_and_a_form_still_work(client, home_page, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "home.live_site.ForgivingRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    assert client.get("/en-gb/").status_code == 200
    assert client.get("/healthz/").json()["cache"] == "unavailable"
    # The rate limits count nothing, and the form still answers.
    assert client.post("/en-gb/ask-for-this-page/", {"page": str(home_page.pk)}).status_code < 500
