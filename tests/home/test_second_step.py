"""Two-step sign-in: required of administrators and of everyone who sees personal data when
the setting says so (production), offered to everyone; set up with an authenticator app,
with single-use recovery codes; no admin page but the second step's until it is passed."""

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from home.staff_access.lockout import SECOND_STEP_ON
from tests.home.factories import UserFactory

pytestmark = pytest.mark.django_db

SET_UP = "/admin/second-step/set-up/"
STEP = "/admin/second-step/"


def code_for(device):
    number = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return f"{number:06d}"


def turned_on(client):
    """An administrator signed in who has just turned it on: (user, their recovery codes)."""
    user = UserFactory(is_superuser=True)
    signed_in(client, user)
    client.get(SET_UP)
    device = TOTPDevice.objects.get(user=user)
    page = client.post(SET_UP, {"code": code_for(device)}).content.decode()
    return user, re.findall(r"<code>([a-z0-9]+)</code>", page)


def wrong_code_for(device):
    return "000000" if code_for(device) != "000000" else "111111"


def signed_in(client, user):
    client.post("/admin/login/", {"username": user.username, "password": "a-long-test-password"})
    return client


@pytest.fixture
def required(settings):
    settings.STAFF_SECOND_STEP = "required"


@pytest.mark.parametrize("groups", [["Involvement team"], ["Communications officers"]])
def test_who_sees_personal_data_must_set_it_up_before_anything_else(client, required, groups):
    user = UserFactory(groups=groups)
    signed_in(client, user)

    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response["Location"].startswith(SET_UP + "?next=")
    assert client.get("/admin/register/").status_code == 302
    assert client.get(SET_UP).status_code == 200


def test_setting_it_up_with_the_apps_code_gives_recovery_codes_once(client, required, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # a wrong code first: no wait before the right one
    user = UserFactory(is_superuser=True)
    signed_in(client, user)
    page = client.get(SET_UP).content.decode()
    assert "<svg" in page  # the QR code
    device = TOTPDevice.objects.get(user=user)

    refused = client.post(SET_UP, {"code": wrong_code_for(device)})
    assert refused.status_code == 400
    done = client.post(SET_UP, {"code": code_for(device)})

    codes = re.findall(r"<code>([a-z0-9]+)</code>", done.content.decode())
    assert done.status_code == 200 and len(codes) == 10
    assert client.get("/admin/pages/").status_code == 200
    assert ModelLogEntry.objects.filter(action=SECOND_STEP_ON, object_id=str(user.pk)).exists()


def test_next_time_the_code_or_a_recovery_code_is_asked_for(client, required, settings):
    # A wrong code first: no wait before the right one (see the throttling test).
    settings.OTP_TOTP_THROTTLE_FACTOR = settings.OTP_STATIC_THROTTLE_FACTOR = 0
    user, codes = turned_on(client)
    client.post("/admin/logout/")

    signed_in(client, user)
    assert client.get("/admin/").status_code == 302
    assert client.post(STEP, {"code": "nonsense"}).status_code == 400
    assert client.post(STEP, {"code": codes[0], "next": "/admin/pages/"})["Location"] == (
        "/admin/pages/"
    )
    assert client.get("/admin/").status_code == 200
    # A recovery code works once.
    client.post("/admin/logout/")
    signed_in(client, user)
    assert client.post(STEP, {"code": codes[0]}).status_code == 400


def test_the_second_step_never_sends_anyone_elsewhere(client, required):
    user = UserFactory(is_superuser=True)
    signed_in(client, user)
    client.get(SET_UP)
    device = TOTPDevice.objects.get(user=user)
    response = client.post(SET_UP, {"code": code_for(device), "next": "https://evil.example"})
    assert "https://evil.example" not in response.content.decode()


def test_it_is_offered_not_forced_where_the_setting_says_so(client, settings):
    settings.STAFF_SECOND_STEP = "offered"
    user = UserFactory(groups=["Involvement team"])
    signed_in(client, user)
    assert client.get("/admin/").status_code == 200
    assert "Two-step sign-in" in client.get("/admin/account/").content.decode()


def test_editors_without_personal_data_are_only_offered_it(client, required):
    signed_in(client, UserFactory(groups=["Translators"]))
    assert client.get("/admin/").status_code == 200


def test_after_a_wrong_code_even_the_right_one_waits(client, required):
    # django-otp's throttling: each wrong code doubles the wait before the next try.
    user = UserFactory(is_superuser=True)
    signed_in(client, user)
    client.get(SET_UP)
    device = TOTPDevice.objects.get(user=user)
    client.post(SET_UP, {"code": wrong_code_for(device)})
    assert client.post(SET_UP, {"code": code_for(device)}).status_code == 400
    device.refresh_from_db()
    assert not device.confirmed and device.throttling_failure_count >= 1


def test_the_second_steps_own_pages_load_their_scripts(client, required):
    signed_in(client, UserFactory(is_superuser=True))
    response = client.get("/admin/jsi18n/")
    assert response.status_code == 200 and "javascript" in response["Content-Type"]


def test_once_on_the_page_makes_new_recovery_codes_and_the_old_ones_stop(
    client, required, settings
):
    settings.OTP_STATIC_THROTTLE_FACTOR = 0
    user, old = turned_on(client)

    assert "Two-step sign-in is on" in client.get(SET_UP).content.decode()
    new = re.findall(r"<code>([a-z0-9]+)</code>", client.post(SET_UP).content.decode())

    assert len(new) == 10 and not set(new) & set(old)
    client.post("/admin/logout/")
    signed_in(client, user)
    assert client.post(STEP, {"code": old[0]}).status_code == 400
    assert client.post(STEP, {"code": new[0]}).status_code == 302
