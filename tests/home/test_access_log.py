"""Private links never reach a log: gunicorn's access log and Django's request log write
the path with the token replaced."""

import datetime
import logging
from types import SimpleNamespace

import pytest
from gunicorn.config import Config

from home.access_log import RedactingGunicornLogger, RedactPrivateLinks, redact
from opportunities.register.tokens import make_token
from tests.opportunities.factories import PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def token():
    return make_token(PersonFactory(), "manage")


def test_every_private_route_loses_its_token(token):
    for route in ("join/confirm", "join/you", "join/more", "join/equality", "ideas/vote"):
        assert redact(f"/en-gb/{route}/{token}/") == f"/en-gb/{route}/[private]/"
    assert (
        redact(f"/ur/join/you/{token}/download/json/") == "/ur/join/you/[private]/download/json/"
    )
    assert redact("/projects/unfollow/abc123/") == "/projects/unfollow/[private]/"
    assert redact("/en-gb/ideas/suggest/thanks/?ref=MTI:1t2:x&page=2") == (
        "/en-gb/ideas/suggest/thanks/?ref=[private]&page=2"
    )
    # Ordinary addresses are left as they are.
    for path in ("/en-gb/get-involved/crisis-line-survey/", "/en-gb/community-forums/"):
        assert redact(path) == path


def test_the_access_log_line_has_no_token(token):
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/en-gb/join/you/{token}/",
        "PATH_INFO": f"/en-gb/join/you/{token}/",
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": f"https://involve.example.org/en-gb/join/confirm/{token}/",
        "REMOTE_ADDR": "10.0.0.1",
    }
    response = SimpleNamespace(status="200 OK", sent=512, headers=[])
    request = SimpleNamespace(headers=[("REFERER", environ["HTTP_REFERER"])])
    atoms = RedactingGunicornLogger(Config()).atoms(
        response, request, environ, datetime.timedelta(milliseconds=20)
    )
    line = " ".join(str(value) for value in atoms.values())
    assert token not in line
    assert "GET /en-gb/join/you/[private]/ HTTP/1.1" == atoms["r"]


def test_djangos_request_log_has_no_token(token):
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Gone: %s", (f"/join/you/{token}/",), None
    )
    RedactPrivateLinks().filter(record)
    assert record.getMessage() == "Gone: /join/you/[private]/"
