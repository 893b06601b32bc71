"""Recording a failed send, retrying it when due, and sending a given-up email again (see
the package's docstring). `home.emails.send_once` is the only caller of the first three."""

import logging
import re
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from ..hashing import keyed_hash
from .models import EmailDelivery

logger = logging.getLogger(__name__)

MAX_TRIES = 5
RETRY_DELAY = timedelta(minutes=5)
KEPT_FOR = timedelta(days=30)

ADDRESS = re.compile(r"[^\s<>()\[\]\"',;:]+@([A-Za-z0-9.-]+)")
# A phone number in an answer from the text service (home/texts.py): "+447700900123",
# "07700 900123" (not a date or a mail server's "5.1.1").
PHONE = re.compile(r"(?<![\w.-])(?:\+|0)\d[\d ]{8,}\d")


def recipient_key(message):
    """Who one message is for, as a keyed hash: how a retry knows whom it reached."""
    return keyed_hash("involve.email.recipient", ",".join(sorted(message.recipients())))


def shortened(address):
    """ "sam@example.org" as "s…@example.org", a text's "+447700900123" as "+44…123":
    enough to tell inboxes and phones apart."""
    local, _, domain = address.partition("@")
    if domain:
        return f"{local[:1]}…@{domain}"
    if PHONE.fullmatch(address):
        return f"{address[:3]}…{address[-3:]}"
    return "…"


def without_addresses(text):
    """A mail server's (or the text service's) answer with each address and phone number
    in it shortened."""
    text = ADDRESS.sub(lambda match: shortened(match.group()), text)
    return PHONE.sub(lambda match: shortened(match.group()), text)


def args_key(args):
    return ",".join(str(arg) for arg in args)


def unsent_row(task, args):
    """The row of this task run's emails, locked until the transaction ends (so two runs of
    one retry never send at once), or None when nothing of it has failed."""
    return (
        EmailDelivery.objects.select_for_update()
        .filter(task_path=task.module_path, args_key=args_key(args), sent_at=None)
        .first()
    )


def mark_sent(row, reached):
    row.reached = sorted(reached)
    row.sent_at = timezone.now()
    row.waiting_for = ""
    row.next_try_at = None
    row.save(update_fields=["reached", "sent_at", "waiting_for", "next_try_at"])


def record_failure(row, task, args, failures, reached, *, safeguarding=False):
    """`failures`: (message, error) for each message that did not go. Tried again
    `RETRY_DELAY` × tries later, until `MAX_TRIES`; then given up, for a person to see."""
    now = timezone.now()
    message, error = failures[0]
    if row is None:
        row = EmailDelivery(
            task_path=task.module_path, task_args=list(args), args_key=args_key(args)
        )
    row.tries += 1
    row.reached = sorted(reached)
    row.subject = message.subject[:255]
    row.waiting_for = ", ".join(
        shortened(address) for failed, _ in failures for address in failed.recipients()
    )[:255]
    row.safeguarding = row.safeguarding or safeguarding
    row.last_error = without_addresses(f"{type(error).__name__}: {error}")[:300]
    row.last_tried_at = now
    if row.tries >= MAX_TRIES:
        row.gave_up_at, row.next_try_at = now, None
        logger.error("Email %s (%s) given up after %s tries", row.subject, row.pk, row.tries)
    else:
        row.next_try_at = now + RETRY_DELAY * row.tries
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:
        # Another run of the same email failed first and wrote its row: count this try there.
        existing = EmailDelivery.objects.get(
            task_path=row.task_path, args_key=row.args_key, sent_at=None
        )
        return record_failure(existing, task, args, failures, reached, safeguarding=safeguarding)
    return row


def retry_due(now=None):
    """Queue again each email whose next try has come. Its next try moves on by one delay
    meanwhile, so a run that never happens (no worker) is queued again, and a run that
    happens sets the real next try. Returns how many were queued."""
    now = now or timezone.now()
    due = list(EmailDelivery.objects.due(now))
    for row in due:
        row.next_try_at = now + RETRY_DELAY
        import_string(row.task_path).enqueue(*row.task_args)
    EmailDelivery.objects.bulk_update(due, ["next_try_at"])
    return len(due)


def forget_old(now=None):
    """Rows sent or given up more than `KEPT_FOR` ago. Returns how many went."""
    cutoff = (now or timezone.now()) - KEPT_FOR
    deleted, _ = EmailDelivery.objects.filter(sent_at__lt=cutoff).delete()
    given_up, _ = EmailDelivery.objects.unsent().filter(gave_up_at__lt=cutoff).delete()
    return deleted + given_up


def send_again(row, user):
    """A person's "Send again": one more try now, to the recipients not yet reached. If it
    fails, it is given up again at once."""
    if row.sent_at:
        return False
    row.gave_up_at = None
    row.next_try_at = timezone.now() + RETRY_DELAY
    row.resent_by = user
    row.save(update_fields=["gave_up_at", "next_try_at", "resent_by"])
    import_string(row.task_path).enqueue(*row.task_args)
    return True
