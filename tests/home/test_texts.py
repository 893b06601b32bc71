"""The core's text messages (home/texts.py): on only when configured, which numbers get
them, built in the person's language, sent once with the emails' one policy, and never a
phone number where it should not be. Through the fake Notify (tests/home/fake_notify.py)."""

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.utils import timezone
from notifications_python_client.notifications import NotificationsAPIClient

from home.email_delivery.services import shortened, without_addresses
from home.emails import ALREADY_SENT, SENT, send_once
from home.phone_numbers import is_mobile
from home.texts import TextMessage, can_text, notify_client, render_text, texts_enabled
from tests.home.fake_notify import FAKE_KEY

MOBILE = "+447700900123"


def test_texts_are_off_unless_a_key_and_a_template_are_given(settings):
    assert not texts_enabled() and not can_text(MOBILE)
    settings.NOTIFY_API_KEY = FAKE_KEY
    assert not texts_enabled()  # a key without the template to send with
    settings.NOTIFY_SMS_TEMPLATE_ID = "33333333-3333-3333-3333-333333333333"
    assert texts_enabled() and can_text(MOBILE)


def test_the_real_client_is_made_from_the_key(settings):
    settings.NOTIFY_API_KEY = FAKE_KEY
    client = notify_client()
    assert isinstance(client, NotificationsAPIClient)
    assert client.service_id == "11111111-1111-1111-1111-111111111111"


def test_no_test_can_reach_the_real_service(settings):
    settings.NOTIFY_API_KEY = FAKE_KEY
    with pytest.raises(AssertionError, match="tried to call GOV.UK Notify"):
        notify_client().send_sms_notification(MOBILE, "template")


@pytest.mark.parametrize(
    ("number", "mobile"),
    [
        (MOBILE, True),  # Ofcom's drama range for mobiles
        ("+447911123456", True),
        ("+441632960123", False),  # drama range for landlines
        ("+442079460123", False),
        ("", False),
        ("not a number", False),
    ],
)
def test_only_mobiles_get_texts(number, mobile):
    assert is_mobile(number) is mobile


@pytest.mark.django_db
def test_a_text_is_sent_through_notify_as_the_templates_one_placeholder(fake_notify, settings):
    settings.NOTIFY_SMS_SENDER_ID = "44444444-4444-4444-4444-444444444444"
    message = TextMessage("Hello\nhttps://example.org/cancel/abc/", to=MOBILE, reference="r-1")

    assert send_once(message) == SENT

    [text] = fake_notify.sent
    assert text["phone_number"] == MOBILE
    assert text["personalisation"] == {"body": "Hello\nhttps://example.org/cancel/abc/"}
    assert text["reference"] == "r-1"
    assert text["sms_sender_id"] == "44444444-4444-4444-4444-444444444444"


@pytest.mark.django_db
def test_a_claimed_text_is_not_sent_again(fake_notify):
    message = TextMessage("Hello", to=MOBILE)
    assert send_once(message, claim=lambda: 0) == ALREADY_SENT
    assert fake_notify.sent == []


@pytest.mark.django_db
def test_a_text_failing_never_stops_the_email_beside_it(fake_notify):
    fake_notify.failures = 1
    email = EmailMessage("Subject", "Body", to=["sam@example.org"])
    with pytest.raises(Exception, match="Notify is down"):
        send_once([email, TextMessage("Hello", to=MOBILE)])
    assert len(mail.outbox) == 1 and fake_notify.sent == []


def test_a_text_is_rendered_in_the_persons_language_without_blank_lines():
    message = render_text(
        "opportunities/texts/place_offer",
        {
            "opportunity": {"title": "Reading group"},
            "offer": {"expires_at": timezone.now()},
            "place_link": "https://example.org/place/abc/",
        },
        to=MOBILE,
        language="pl",
    )
    assert "\n\n" not in message.body and message.body == message.body.strip()
    assert "A place has come up" not in message.body
    assert "https://example.org/place/abc/" in message.body
    # What the team's list of undelivered messages shows: the first line, never a link.
    assert "https://" not in message.subject and message.subject


def test_a_text_never_shows_its_number_in_a_log():
    assert MOBILE not in repr(TextMessage("Hello", to=MOBILE, reference="registration-4"))
    assert shortened(MOBILE) == "+44…123"
    assert without_addresses(f"400 - {MOBILE} is not a mobile") == "400 - +44…123 is not a mobile"
    assert without_addresses("07700 900123 refused") == "077…123 refused"
    assert without_addresses("550 5.1.1 on 2026-12-03 10:00") == "550 5.1.1 on 2026-12-03 10:00"
