"""Every email the site sends, built and sent one way, with one retry policy.

Building: `render_email(template, context, to=..., language=...)` renders
`<template>_subject.txt`, `<template>.txt` (and with `html=True`, `<template>.html`) in the
recipient's language. The subject and the plain text are rendered with autoescaping off (see
`render_plain_text`): a mail program shows "&#x27;" as it is, never as an apostrophe. Only
the HTML part is escaped.

Sending, from a django-tasks task, with `send_once(...)`:

- Once. `claim`, if given, runs in the same transaction as the send and records it (a row
  with a unique key, or an update that marks the record sent): when it raises
  IntegrityError or returns False or 0 (rows updated), the email went already and nothing
  is sent. A failed send rolls the claim back, so the next try sends.
- Tried again on failure. The task is queued again with its arguments and `attempt + 1` as
  the last positional argument, `RETRY_DELAY * attempt` later, up to `MAX_ATTEMPTS` tries,
  where the task backend can defer work (`run_after`: the database queue in production).
  The error is raised again, so the task's result records the failure.

Staff emails (to a team's or a contact's address) are in `staff_language(address)`: the
admin language of the person whose account has that address, else the site's default.

Task arguments are row ids, never addresses: the task queue is no place for personal data.

Imports nothing of ours: home is the core.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.template import Context
from django.template.loader import get_template, render_to_string
from django.utils import timezone, translation

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
RETRY_DELAY = timedelta(minutes=5)

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


def send_once(
    messages,
    *,
    task=None,
    args=(),
    attempt=1,
    claim=None,
    max_attempts=MAX_ATTEMPTS,
    retry_delay=RETRY_DELAY,
):
    """Send `messages` (one EmailMessage or a list) once; SENT, or ALREADY_SENT when
    `claim` says another run sent them. On failure: `retry_later(task, args, attempt)`,
    then the error is raised again. See the module's docstring."""
    if isinstance(messages, EmailMessage):
        messages = [messages]
    try:
        with transaction.atomic():
            if not _claimed(claim):
                return ALREADY_SENT
            _send(messages)
    except Exception:
        logger.exception("Email from %s not sent (try %s)", getattr(task, "name", "?"), attempt)
        if task is not None:
            retry_later(task, args, attempt, max_attempts=max_attempts, retry_delay=retry_delay)
        raise
    return SENT


def retry_later(task, args, attempt, *, max_attempts=MAX_ATTEMPTS, retry_delay=RETRY_DELAY):
    """Queue `task(*args, attempt + 1)` for `retry_delay * attempt` from now, if this was
    not the last try and the task's backend can wait. True when queued."""
    if attempt >= max_attempts or not task.get_backend().supports_defer:
        return False
    run_after = timezone.now() + retry_delay * attempt
    task.using(run_after=run_after).enqueue(*args, attempt + 1)
    return True


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


def _send(messages):
    """Over one connection, through each message's own `send` (so a test that stops
    `EmailMessage.send` or the backend's `send_messages` stops both)."""
    if not messages:
        return
    with get_connection() as connection:
        for message in messages:
            message.connection = connection
            message.send()
