"""Text messages, through GOV.UK Notify (the service UK public bodies use for email, text
and letters) when it is configured; otherwise none are sent and people without an email
address are rung by the host, as before.

Configured from the environment (README): NOTIFY_API_KEY, the key of the trust's Notify
service, and NOTIFY_SMS_TEMPLATE_ID, one text message template in that service whose whole
content is `((body))`. The site writes every text itself, in the person's language, from a
Django template, and Notify sends it as the template's one placeholder: so the words live in
this repository with their translations, not in Notify's editor. NOTIFY_SMS_SENDER_ID (a
text message sender set up in Notify) is optional. Email stays on Django's own backends.

Building: `render_text(template, context, to=..., language=...)` renders `<template>.txt`
in the person's language (blank lines and spaces at the ends of lines taken out: a text is
short). Sending: a `TextMessage` goes through `home.emails.send_once` with the emails of
the same task, so it is sent once and tried again on failure by the same one policy
(`home.email_delivery`), and a retry sends only what did not go. A test replaces the client
(`notify_client`) with a fake: nothing in the tests calls the service.

Only numbers that can take a text are texted (`phone_numbers.is_mobile`). Task arguments
stay row ids, and a phone number never reaches a log: what Notify answers is cut down as
an address is (`email_delivery.services.without_addresses`).

Imports home.emails and home.phone_numbers only: home is the core.
"""

import re

from django.conf import settings
from django.utils import translation
from notifications_python_client.notifications import NotificationsAPIClient

from .emails import render_plain_text
from .phone_numbers import is_mobile

LINK = re.compile(r"https?://\S+")


def texts_enabled():
    """Whether texts can be sent: a Notify key and the template to send them with."""
    return bool(settings.NOTIFY_API_KEY and settings.NOTIFY_SMS_TEMPLATE_ID)


def can_text(phone):
    """Whether this stored number gets texts now (texts configured, a mobile number)."""
    return texts_enabled() and is_mobile(phone)


def notify_client():
    """A Notify client for one send (the client is not thread-safe, so none is shared)."""
    return NotificationsAPIClient(settings.NOTIFY_API_KEY)


class TextMessage:
    """One text to one number, with what `home.emails.send_once` needs of a message:
    `recipients()`, `send()` and a `subject` (what the team's list of undelivered messages
    shows: the text's first line, without any link)."""

    def __init__(self, body, *, to, reference=""):
        self.body = body
        self.to = to
        # Row ids at most ("registration-12"): Notify keeps it with the message.
        self.reference = reference
        first_line = LINK.sub("", body.strip().splitlines()[0] if body.strip() else "")
        self.subject = " ".join(first_line.split())[:120]

    def recipients(self):
        return [self.to] if self.to else []

    def send(self):
        notify_client().send_sms_notification(
            phone_number=self.to,
            template_id=settings.NOTIFY_SMS_TEMPLATE_ID,
            personalisation={"body": self.body},
            reference=self.reference or None,
            sms_sender_id=settings.NOTIFY_SMS_SENDER_ID or None,
        )
        return 1

    def __repr__(self):
        # Never the number: a message may be shown in a traceback or a log.
        return f"<TextMessage {self.reference or '?'}>"


def render_text(template, context, *, to, language, reference=""):
    """A TextMessage rendered from `<template>.txt` in `language` (autoescaping off, as an
    email's plain text)."""
    with translation.override(language):
        body = render_plain_text(f"{template}.txt", context)
    lines = [" ".join(line.split()) for line in body.splitlines()]
    return TextMessage("\n".join(line for line in lines if line), to=to, reference=reference)
