"""The small core helpers: keyed hashing, spreadsheet-safe export, private links."""

import datetime
import time
import uuid
from types import SimpleNamespace
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings

from home.exports import (
    SpreadsheetSafeExportMixin,
    escape_spreadsheet_formula,
    escape_spreadsheet_list,
)
from home.hashing import keyed_hash
from home.private_links import (
    EXPIRED,
    GONE,
    INVALID,
    PROBLEM_STATUS,
    LinkExpired,
    LinkInvalid,
    PrivateLinks,
)


def test_keyed_hash_is_stable_per_purpose_and_ignores_case_and_spaces():
    assert keyed_hash("involve.test", " Sam@Example.org ") == keyed_hash(
        "involve.test", "sam@example.org"
    )
    assert keyed_hash("involve.test", "sam@example.org") != keyed_hash(
        "involve.other", "sam@example.org"
    )
    assert len(keyed_hash("involve.test", "x")) == 64


def test_keyed_hash_depends_on_the_secret_key():
    before = keyed_hash("involve.test", "x")
    with override_settings(SECRET_KEY="another-secret-key-for-this-test-only-0123456789"):
        assert keyed_hash("involve.test", "x") != before


def test_keyed_hash_keeps_the_hashes_ideas_already_stored():
    """Votes by email are stored under the hash forums made before the core had one."""
    import hashlib
    import hmac

    from django.conf import settings

    key = hashlib.sha256(f"involve.ideas.email:{settings.SECRET_KEY}".encode()).digest()
    old = hmac.new(key, b"sam@example.org", hashlib.sha256).hexdigest()
    assert keyed_hash("involve.ideas.email", "Sam@example.org") == old


@pytest.mark.parametrize(
    ("value", "exported"),
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+44 7700", "'+44 7700"),
        ("-1", "'-1"),
        ("@SUM", "'@SUM"),
        ("\tx", "'\tx"),
        ("Sam", "Sam"),
        (None, ""),
        (3, "3"),
    ],
)
def test_values_a_spreadsheet_would_run_are_escaped(value, exported):
    assert escape_spreadsheet_formula(value) == exported


def test_lists_are_joined_and_escaped_as_one_cell_and_other_values_left_to_wagtail():
    assert escape_spreadsheet_list(["=a", "b"]) == "'=a; b"

    class Base:
        def get_preprocess_function(self, field, value, export_format):
            return "wagtail's own"

    class View(SpreadsheetSafeExportMixin, Base):
        pass

    view = View()
    assert view.get_preprocess_function("f", "=x", "csv")("=x") == "'=x"
    assert view.get_preprocess_function("f", ["=x"], "csv")(["=x"]) == "'=x"
    assert view.get_preprocess_function("f", 3, "xlsx") == "wagtail's own"


def at(days_ago):
    """Signing as if `days_ago` days ago."""
    return mock.patch("django.core.signing.time.time", return_value=time.time() - days_ago * 86400)


LINKS = PrivateLinks("involve.test", {"confirm": datetime.timedelta(days=7), "leave": None})


def holder():
    return SimpleNamespace(public_id=uuid.uuid4())


def test_a_private_link_reads_back_only_for_its_purpose():
    person = holder()
    token = LINKS.make(person, "confirm")
    assert ":" not in token and token.replace("-", "").replace("_", "").isalnum()
    assert LINKS.read(token, "confirm") == person.public_id
    with pytest.raises(LinkInvalid):
        LINKS.read(token, "leave")
    with pytest.raises(LinkInvalid):
        LINKS.read(token[:-1] + ("A" if token[-1] != "A" else "B"), "confirm")
    with pytest.raises(LinkInvalid):
        LINKS.read("short", "confirm")
    with pytest.raises(ValueError):
        LINKS.make(person, "unknown")


def test_a_private_link_expires_unless_its_purpose_lasts_for_ever():
    person = holder()
    with at(days_ago=8):
        confirm = LINKS.make(person, "confirm")
        leave = LINKS.make(person, "leave")
    with pytest.raises(LinkExpired):
        LINKS.read(confirm, "confirm")
    assert LINKS.read(leave, "leave") == person.public_id
    with at(days_ago=6):
        recent = LINKS.make(person, "confirm")
    assert LINKS.read(recent, "confirm") == person.public_id


def test_the_register_and_followers_tokens_stay_valid():
    """Tokens depend only on the namespace, the purpose and the id: links already emailed
    keep working when an app moves to the core's PrivateLinks."""
    register = PrivateLinks("involve.register", {"manage": datetime.timedelta(days=45)})
    person = holder()
    assert register.read(register.make(person, "manage"), "manage") == person.public_id


@pytest.mark.django_db
def test_find_names_the_holder_or_the_problem_for_the_page_to_explain():
    group = Group.objects.create(name="Holders")
    group.public_id = uuid.uuid4()
    queryset = SimpleNamespace(
        filter=lambda public_id: SimpleNamespace(
            first=lambda: group if public_id == group.public_id else None
        )
    )
    assert LINKS.find(queryset, LINKS.make(group, "confirm"), "confirm") == (group, None)
    assert LINKS.find(queryset, LINKS.make(holder(), "confirm"), "confirm") == (None, GONE)
    assert LINKS.find(queryset, "nonsense", "confirm") == (None, INVALID)
    with at(days_ago=30):
        old = LINKS.make(group, "confirm")
    assert LINKS.find(queryset, old, "confirm") == (None, EXPIRED)
    assert PROBLEM_STATUS == {EXPIRED: 410, INVALID: 404, GONE: 410}
