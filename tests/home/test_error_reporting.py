"""What an error report may carry to Sentry: where it happened, never a private link's token,
what a person typed, or their cookies."""

from home.error_reporting import scrub_breadcrumb, scrub_event


def test_an_error_report_loses_tokens_bodies_and_cookies():
    event = {
        "request": {
            "url": "https://involve.example.org/join/you/AbC123.signed-token/",
            "query_string": "ref=42&page=2",
            "data": {"name": "Sam Jones", "email": "sam@example.org"},
            "cookies": {"sessionid": "secret"},
            "headers": {"Cookie": "sessionid=secret", "User-Agent": "Firefox"},
        },
        "transaction": "/ideas/vote/AbC123.signed-token/",
        "logentry": {
            "message": "Gone: /join/confirm/AbC123/",
            "formatted": "Gone: /join/confirm/AbC123/",
        },
    }
    scrubbed = scrub_event(event)
    request = scrubbed["request"]
    assert request["url"] == "https://involve.example.org/join/you/[private]/"
    assert request["query_string"] == "ref=[private]&page=2"
    assert "data" not in request and "cookies" not in request
    assert request["headers"] == {"User-Agent": "Firefox"}
    assert scrubbed["transaction"] == "/ideas/vote/[private]/"
    assert "AbC123" not in scrubbed["logentry"]["message"] + scrubbed["logentry"]["formatted"]


def test_a_breadcrumb_loses_tokens():
    crumb = scrub_breadcrumb({"message": "GET /you/AbC123/", "data": {"url": "/stop/XyZ/"}})
    assert crumb == {"message": "GET /you/[private]/", "data": {"url": "/stop/[private]/"}}
