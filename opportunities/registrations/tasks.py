"""The emails registering interest sends: the person's confirmation and, when they ask for
support, the host's notice. Task arguments are row ids, never an address."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from .models import Registration

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
CONFIRMATION_TEMPLATES = (
    "opportunities/emails/confirmation_subject.txt",
    "opportunities/emails/confirmation.txt",
)


@task()
def send_registration_emails(registration_id):
    """The person's confirmation (if they gave an email) and, if they asked for support, the
    host's notice with the reply-by date. Sent once: a registration whose emails went is
    skipped, so a retry or a second enqueue never sends twice. A failure leaves the
    registration unsent for `retry_registration_emails` to try again."""
    registration = (
        Registration.objects.select_related("opportunity")
        .filter(pk=registration_id, emails_sent_at=None)
        .first()
    )
    if registration is None:
        return "already sent"
    Registration.objects.filter(pk=registration.pk).update(
        email_attempts=registration.email_attempts + 1
    )
    messages = _messages_for(registration)
    try:
        get_connection().send_messages(messages)
    except Exception:
        attempts = registration.email_attempts + 1
        logger.exception(
            "Registration %s: emails not sent (attempt %s)", registration.pk, attempts
        )
        _retry_later(registration.pk, attempts)
        raise
    Registration.objects.filter(pk=registration.pk).update(emails_sent_at=timezone.now())
    return f"sent {len(messages)}"


def _retry_later(registration_id, attempts):
    """Queue another try, later each time, where the task backend can defer work (the
    database queue in production). Elsewhere `retry_registration_emails` sweeps up."""
    backend = send_registration_emails.get_backend()
    if attempts < MAX_ATTEMPTS and backend.supports_defer:
        run_after = timezone.now() + timedelta(minutes=5 * attempts)
        send_registration_emails.using(run_after=run_after).enqueue(registration_id)


def _messages_for(registration):
    opportunity = registration.opportunity
    messages = []
    if registration.email:
        # A kind of opportunity (a forum meeting) may word its confirmation its own way.
        templates = getattr(
            opportunity.specific_class, "confirmation_email_templates", CONFIRMATION_TEMPLATES
        )
        with translation.override(registration.language):
            context = {"registration": registration, "opportunity": opportunity}
            messages.append(
                EmailMessage(
                    subject=render_to_string(templates[0], context).strip(),
                    body=render_to_string(templates[1], context),
                    to=[registration.email],
                )
            )
    if registration.asks_for_support and opportunity.contact_email:
        # Staff read the admin in English.
        with translation.override(settings.LANGUAGE_CODE):
            messages.append(
                EmailMessage(
                    subject=f"Support requested for {opportunity.title}: "
                    f"reply by {registration.reply_by:%d %B %Y}",
                    body=render_to_string(
                        "opportunities/emails/support_request.txt",
                        {"registration": registration, "opportunity": opportunity},
                    ),
                    to=[opportunity.contact_email],
                )
            )
    return messages
