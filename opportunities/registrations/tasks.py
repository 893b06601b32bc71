"""The emails registering interest sends: the person's confirmation and, when they ask for
support, the host's notice. Sent with the core's one policy (`home.emails.send_once`): once,
and tried again later on failure. Task arguments are row ids, never an address."""

from django.utils import timezone
from django_tasks import task

from home.emails import ALREADY_SENT, SENT, render_email, send_once, staff_language

from .models import Registration

CONFIRMATION_TEMPLATES = (
    "opportunities/emails/confirmation_subject.txt",
    "opportunities/emails/confirmation.txt",
)


@task()
def send_registration_emails(registration_id):
    """The person's confirmation (if they gave an email) and, if they asked for support or
    what they wrote mentions crisis or self-harm, the host's notice. Sent once: a
    registration whose emails went is skipped, so a second enqueue never sends twice. When
    one of the two fails, the retry sends only that one (`home.emails.send_once`); a notice
    about crisis shows on the moderators' dashboard from its first failure."""
    registration = (
        Registration.objects.select_related("opportunity")
        .filter(pk=registration_id, emails_sent_at=None)
        .first()
    )
    if registration is None:
        return ALREADY_SENT
    messages = _messages_for(registration)
    result = send_once(
        messages,
        task=send_registration_emails,
        args=(registration.pk,),
        safeguarding=registration.mentions_crisis,
        claim=lambda: Registration.objects.filter(pk=registration.pk, emails_sent_at=None).update(
            emails_sent_at=timezone.now()
        ),
    )
    return f"sent {len(messages)}" if result == SENT else result


def _messages_for(registration):
    opportunity = registration.opportunity
    crisis = registration.mentions_crisis
    context = {"registration": registration, "opportunity": opportunity, "crisis": crisis}
    messages = []
    if registration.email:
        messages.append(
            render_email(
                _confirmation_template(opportunity),
                context,
                to=[registration.email],
                language=registration.language,
            )
        )
    # The host's notice (every opportunity page names a contact email), when they ask for
    # support or when what they wrote mentions crisis or self-harm.
    if opportunity.contact_email and (crisis or registration.asks_for_support):
        messages.append(
            render_email(
                "opportunities/emails/support_request",
                context,
                to=[opportunity.contact_email],
                language=staff_language(opportunity.contact_email),
            )
        )
    return messages


def _confirmation_template(opportunity):
    """The confirmation's templates, less `_subject.txt` and `.txt`. A kind of opportunity
    (a forum meeting) may word its confirmation its own way, with its own
    `confirmation_email_templates` (subject, body) named the same way."""
    _subject, body = getattr(
        opportunity.specific_class, "confirmation_email_templates", CONFIRMATION_TEMPLATES
    )
    return body.removesuffix(".txt")
