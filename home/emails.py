"""Every email the site sends, built and sent one way, with one retry policy.

Building: `render_email(template, context, to=..., language=...)` renders
`<template>_subject.txt`, `<template>.txt` (and with `html=True`, `<template>.html`) in the
recipient's language. The subject and the plain text are rendered with autoescaping off (see
`render_plain_text`): a mail program shows "&#x27;" as it is, never as an apostrophe. Only
the HTML part is escaped.

Sending, from a django-tasks task, with `send_once(messages, task=..., args=..., claim=...)`:

- Once to each recipient. `claim`, if given, runs in the same transaction as the sends and
  records them (a row with a unique key, or an update that marks the record sent): when it
  raises IntegrityError or returns False or 0 (rows updated), the email went already and
  nothing is sent. If any message fails, the claim is rolled back, so the next try sends.
- Tried again on failure, one policy for every email (`home.email_delivery`): the failure
  is recorded with whom it reached, the schedule queues the task again with the same
  arguments 5, 10, 15 and 20 minutes later, each retry sends only to the recipients not yet
  reached, and after `MAX_TRIES` the email is listed for the team (Reports > Undelivered
  emails) with a button to send it again. The error is raised again, so the task's result
  records the failure. Without `task` (a daily digest), nothing is recorded: its next run
  is the retry.

Staff emails (to a team's or a contact's address) are in `staff_language(address)`: the
admin language of the person whose account has that address, else the site's default.

Text messages (`home.texts.TextMessage`) go through `send_once` too, in the same list as a
task's emails: anything with `recipients()`, `send()` and a `subject` is sent the same way,
once, with the same retries; only emails share the mail server's connection.

Task arguments are row ids, never addresses: the task queue is no place for personal data.

Imports home.email_delivery only: home is the core.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.template import Context
from django.template.loader import get_template, render_to_string
from django.utils import translation

from .email_delivery import services as delivery

logger = logging.getLogger(__name__)

SENT = "sent"
ALREADY_SENT = "already sent"


def render_email(
    template, context, *, to, language, subject=None, html=False, headers=None, **message_kwargs
):
    """An EmailMessage (with an HTML alternative when `html`) rendered in `language`.

    `template`: the templates' shared start, e.g. "forums/ideas/emails/vote_link" for
    `vote_link_subject.txt` and `vote_link.txt`. `subject`, when given, replaces the subject
    template. `message_kwargs` go to the message (reply_to, cc...)."""
    with translation.override(language):
        if subject is None:
            subject = render_plain_text(f"{template}_subject.txt", context)
        body = render_plain_text(f"{template}.txt", context)
        html_body = render_to_string(f"{template}.html", context) if html else None
    # A header holds one line: a stray newline in a subject template must not break it.
    subject = " ".join(str(subject).split())
    message_class = EmailMultiAlternatives if html else EmailMessage
    message = message_class(
        subject=subject, body=body, to=list(to), headers=headers, **message_kwargs
    )
    if html:
        message.attach_alternative(html_body, "text/html")
    return message


def staff_language(address):
    """The language to write to a member of staff in: the admin language chosen in the
    Wagtail account that has this address (Account > Preferences), when the site has that
    language, else the site's default (a shared mailbox, someone without an account, or
    someone who never chose). One query."""
    user = (
        get_user_model()
        .objects.filter(email__iexact=address, is_active=True)
        .select_related("wagtail_userprofile")
        .order_by("pk")
        .first()
        if address
        else None
    )
    profile = getattr(user, "wagtail_userprofile", None) if user else None
    chosen = getattr(profile, "preferred_language", "")
    try:
        return (
            translation.get_supported_language_variant(chosen)
            if chosen
            else settings.LANGUAGE_CODE
        )
    except LookupError:
        return settings.LANGUAGE_CODE


def render_plain_text(template_name, context):
    """A Django template rendered with autoescaping off, for text that is not HTML (an
    email's subject and plain-text body): "Carers' break days & more" stays as typed.
    Templates included from it are unescaped too, as the setting travels with the context."""
    template = get_template(template_name)
    return template.template.render(Context(context or {}, autoescape=False))


class _NotAllSent(Exception):
    """Raised inside the sends' savepoint to roll the claim back."""


def send_once(messages, *, task=None, args=(), claim=None, safeguarding=False):
    """Send `messages` (one message or a list: emails, texts), each once to its recipients;
    SENT, or ALREADY_SENT when `claim` says another run sent them. `safeguarding`: a failure
    shows on the moderators' dashboard at once. See the module's docstring."""
    if not isinstance(messages, (list, tuple)):
        messages = [messages]
    failures = []
    with transaction.atomic():
        row = delivery.unsent_row(task, args) if task is not None else None
        reached = set(row.reached) if row else set()
        pending = [m for m in messages if delivery.recipient_key(m) not in reached]
        result = SENT
        try:
            with transaction.atomic():
                if not _claimed(claim):
                    result = ALREADY_SENT
                else:
                    failures = _send(pending, reached)
                    if failures:
                        raise _NotAllSent
        except _NotAllSent:
            pass
        if failures and task is not None:
            delivery.record_failure(row, task, args, failures, reached, safeguarding=safeguarding)
        elif row is not None and not failures:
            delivery.mark_sent(row, reached)
    if failures:
        logger.error(
            "Message from %s: %s of %s not sent",
            getattr(task, "name", "?"),
            len(failures),
            len(pending),
            exc_info=failures[0][1],
        )
        raise failures[0][1]
    return result


def _claimed(claim):
    """Run `claim` in a savepoint: False when it finds the email already sent."""
    if claim is None:
        return True
    try:
        with transaction.atomic():
            result = claim()
    except IntegrityError:
        return False
    # An update marking the record sent returns 0 rows when another run marked it first.
    return result is None or bool(result)


def _send(messages, reached):
    """Each message through its own `send` (so a test that stops `EmailMessage.send` or the
    backend's `send_messages` stops both), the emails over one connection. Adds each
    recipient reached to `reached`; returns (message, error) for each that failed."""
    emails = [message for message in messages if isinstance(message, EmailMessage)]
    others = [message for message in messages if not isinstance(message, EmailMessage)]
    failures = []
    if emails:
        try:
            connection = get_connection()
            connection.open()
        except Exception as error:  # no mail server: every email waits
            failures += [(message, error) for message in emails]
        else:
            try:
                for message in emails:
                    message.connection = connection
                    _send_one(message, reached, failures)
            finally:
                connection.close()
    for message in others:
        _send_one(message, reached, failures)
    return failures


def _send_one(message, reached, failures):
    try:
        if not message.recipients():
            raise ValueError("no address to send to")
        message.send()
    except Exception as error:
        failures.append((message, error))
    else:
        reached.add(delivery.recipient_key(message))
