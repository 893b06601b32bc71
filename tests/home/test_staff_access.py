"""Staff sign-in: the lockout after wrong passwords (per account and address, so nobody can
lock a colleague out from elsewhere), its audit entries and early unlock, sign-out by POST
only, and the idle timeout."""

import datetime
import time

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import ModelLogEntry

from home.staff_access.lockout import LOCKED, UNLOCKED
from home.staff_access.middleware import LAST_SEEN
from tests.home.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


def sign_in(client, username, password, address="198.51.100.7"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


@pytest.fixture
def officer():
    return UserFactory(username="officer", groups=["Communications officers"])


def test_after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while(client, officer):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "officer", "wrong").status_code == 200
    refused = sign_in(client, "officer", "wrong")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "900"
    assert "Try again in 15 minutes" in refused.content.decode()

    response = sign_in(client, "officer", PASSWORD)

    assert response.status_code == 429
    assert SESSION_KEY not in client.session
    assert ModelLogEntry.objects.filter(action=LOCKED, object_id=str(officer.pk)).exists()


def test_the_lockout_does_not_reach_the_person_at_another_address(client, officer):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "officer", "wrong", address="203.0.113.66")

    response = sign_in(client, "officer", PASSWORD, address="198.51.100.7")

    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(officer.pk)


def test_the_lockout_ends_after_the_cool_off(client, officer):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "officer", "wrong")
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - settings.AXES_COOLOFF_TIME
    )

    assert sign_in(client, "officer", PASSWORD).status_code == 302


def test_a_locked_out_unknown_name_reads_the_same_as_a_real_one(client, officer):
    for name in ("officer", "nobody-at-all"):
        for _ in range(settings.AXES_FAILURE_LIMIT):
            response = sign_in(client, name, "wrong")
        assert response.status_code == 429
    assert (
        not ModelLogEntry.objects.filter(action=LOCKED).exclude(object_id=str(officer.pk)).exists()
    )


def test_the_lockout_page_is_in_the_staff_members_language(client, officer):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(
            "/admin/login/",
            {"username": "officer", "password": "wrong"},
            REMOTE_ADDR="198.51.100.7",
            HTTP_ACCEPT_LANGUAGE="pl",
        )
    with translation.override("pl"):
        expected = translation.ngettext(
            "Too many wrong passwords. Try again in %(minutes)s minute, or ask a colleague "
            "who manages users to unlock your account.",
            "Too many wrong passwords. Try again in %(minutes)s minutes, or ask a colleague "
            "who manages users to unlock your account.",
            15,
        ) % {"minutes": 15}
    assert expected in response.content.decode()
    assert "Too many wrong passwords" not in expected


def test_a_user_manager_sees_the_lockout_and_unlocks_it_with_an_audit_entry(client, officer):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "officer", "wrong")
    manager = UserFactory(is_superuser=True)
    client.force_login(manager)
    attempt = AccessAttempt.objects.get(username="officer")

    listing = client.get("/admin/sign-in-lockouts/").content.decode()
    assert "officer" in listing and "198.51.100.7" in listing
    assert client.get(f"/admin/sign-in-lockouts/{attempt.pk}/unlock/").status_code == 405
    response = client.post(f"/admin/sign-in-lockouts/{attempt.pk}/unlock/")

    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="officer").exists()
    entry = ModelLogEntry.objects.get(action=UNLOCKED, object_id=str(officer.pk))
    assert entry.user_id == manager.pk
    client.logout()
    assert sign_in(client, "officer", PASSWORD).status_code == 302


@pytest.mark.parametrize(
    "group", ["Communications officers", "Involvement team", "Translators", "Forum co-chairs"]
)
def test_editors_cannot_see_or_lift_lockouts(client, officer, group):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "officer", "wrong")
    attempt = AccessAttempt.objects.get(username="officer")
    client.force_login(UserFactory(groups=[group]))

    assert client.get("/admin/sign-in-lockouts/").status_code in (302, 403)
    assert client.post(f"/admin/sign-in-lockouts/{attempt.pk}/unlock/").status_code in (302, 403)
    assert AccessAttempt.objects.filter(username="officer").exists()


def test_a_link_to_sign_out_does_not_sign_anyone_out(client, officer):
    client.force_login(officer)

    response = client.get("/admin/logout/")

    assert response.status_code == 405
    cookie = response.cookies.get(settings.SESSION_COOKIE_NAME)
    assert cookie is None or cookie.value, "the GET deleted the session cookie"
    assert client.get("/admin/").status_code == 200
    assert client.post("/admin/logout/").status_code == 302
    assert client.get("/admin/").status_code == 302


def test_a_staff_session_ends_after_the_idle_time(client, officer):
    client.force_login(officer)
    assert client.get("/admin/").status_code == 200
    session = client.session
    session[LAST_SEEN] = int(time.time()) - settings.STAFF_IDLE_MINUTES * 60 - 1
    session.save()

    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")
    assert SESSION_KEY not in client.session


def test_a_staff_session_in_use_stays(client, officer):
    client.force_login(officer)
    session = client.session
    session[LAST_SEEN] = int(time.time()) - (settings.STAFF_IDLE_MINUTES - 1) * 60
    session.save()

    assert client.get("/admin/").status_code == 200
    assert client.session[LAST_SEEN] >= int(time.time()) - 5


def test_a_short_password_is_refused(officer):
    with pytest.raises(ValidationError):
        validate_password("eleven-char", officer)
    validate_password("twelve-chars-ok", officer)
