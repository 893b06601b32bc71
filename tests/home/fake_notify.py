"""A fake GOV.UK Notify for the tests: nothing in the suite ever calls the service.

`no_real_notify` (autouse, from tests/conftest.py) makes any request the real client would
make fail the test. `fake_notify` turns texts on (a key and a template id, as production's
environment would) and replaces the client with `FakeNotifyClient`, which records each text
it is asked to send in `fake_notify.sent` and fails the next `fake_notify.failures` sends
as Notify does when it is down (a 503)."""

import pytest
from notifications_python_client.base import BaseAPIClient
from notifications_python_client.errors import HTTP503Error

# The shape of a real key (name, service id, secret), with made-up ids.
FAKE_KEY = (
    "involve_tests-11111111-1111-1111-1111-111111111111-22222222-2222-2222-2222-222222222222"
)
FAKE_TEMPLATE = "33333333-3333-3333-3333-333333333333"


class FakeNotifyClient:
    """What `NotificationsAPIClient` offers for texts, without the network."""

    outbox = None

    def __init__(self, api_key):
        assert api_key == FAKE_KEY
        self.api_key = api_key

    def send_sms_notification(
        self, phone_number, template_id, personalisation=None, reference=None, sms_sender_id=None
    ):
        outbox = type(self).outbox
        if outbox.failures:
            outbox.failures -= 1
            raise HTTP503Error(message="Notify is down")
        outbox.sent.append(
            {
                "phone_number": phone_number,
                "template_id": template_id,
                "body": (personalisation or {}).get("body", ""),
                "personalisation": personalisation,
                "reference": reference,
                "sms_sender_id": sms_sender_id,
            }
        )
        return {"id": f"fake-{len(outbox.sent)}", "reference": reference}


class FakeOutbox:
    def __init__(self):
        self.sent = []
        self.failures = 0

    @property
    def bodies(self):
        return [text["body"] for text in self.sent]


@pytest.fixture(autouse=True)
def no_real_notify(monkeypatch):
    def refuse(self, *args, **kwargs):
        raise AssertionError("A test tried to call GOV.UK Notify: use the fake_notify fixture")

    monkeypatch.setattr(BaseAPIClient, "request", refuse)


@pytest.fixture
def fake_notify(settings, monkeypatch):
    settings.NOTIFY_API_KEY = FAKE_KEY
    settings.NOTIFY_SMS_TEMPLATE_ID = FAKE_TEMPLATE
    outbox = FakeOutbox()
    monkeypatch.setattr(FakeNotifyClient, "outbox", outbox)
    monkeypatch.setattr("home.texts.NotificationsAPIClient", FakeNotifyClient)
    return outbox
