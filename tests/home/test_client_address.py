"""The client's own address behind the proxies README asks for: the rate limits, the
duplicate-vote report and the sign-in lockout count people, not the proxy."""

import uuid

import pytest
from django.test import RequestFactory

from home.client_address import client_address
from tests.opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory


def request(remote="10.0.0.1", forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


def test_with_no_trusted_proxy_a_sent_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request(forwarded="203.0.113.7")) == "10.0.0.1"


def test_behind_one_proxy_the_address_it_appended_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request(forwarded="203.0.113.7")) == "203.0.113.7"
    # What the visitor wrote in the header themselves stays to the left, unread.
    assert client_address(request(forwarded="1.2.3.4, 203.0.113.7")) == "203.0.113.7"


def test_behind_two_proxies_the_outer_ones_entry_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    forwarded = "1.2.3.4, 203.0.113.7, 198.51.100.2"
    assert client_address(request(forwarded=forwarded)) == "203.0.113.7"


@pytest.mark.parametrize("forwarded", ["", "not-an-address", "999.1.1.1"])
def test_a_missing_or_malformed_entry_falls_back_to_the_peer(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request(forwarded=forwarded)) == "10.0.0.1"


def test_a_request_through_fewer_proxies_than_trusted_uses_the_peer(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request(forwarded="203.0.113.7")) == "10.0.0.1"


@pytest.mark.django_db
def test_fifteen_people_behind_the_proxy_each_register(client, home_page, settings):
    # Measured before: from the 9th on, every visitor was refused (all had the proxy's
    # address). Each is a person now, with a limit of their own.
    settings.TRUSTED_PROXY_COUNT = 1
    opportunity = OpportunityPageFactory(parent=OpportunityIndexPageFactory(parent=home_page))
    statuses = []
    for number in range(15):
        response = client.post(
            opportunity.url,
            {
                "submission_key": str(uuid.uuid4()),
                "name": f"Person {number}",
                "email": f"person{number}@example.org",
                "contact_method": "email",
                "consent": "on",
                "website": "",
            },
            REMOTE_ADDR="10.0.0.1",  # the proxy
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number + 1}",
        )
        statuses.append(response.status_code)
    assert statuses == [302] * 15
