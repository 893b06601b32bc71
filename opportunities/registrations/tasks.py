"""The emails registering interest sends: the person's confirmation and, when they ask for
support, the host's notice; and the email offering a freed place to the next person on the
waiting list. Sent with the core's one policy (`home.emails.send_once`): once,
and tried again later on failure. Task arguments are row ids, never an address."""

from django.utils import timezone
from django_tasks import task

from home.emails import ALREADY_SENT, SENT, render_email, send_once, staff_language

from .links import cancel_link, place_link
from .models import PlaceOffer, Registration

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
                {**context, "cancel_link": cancel_link(registration)},
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


@task()
def send_place_offer(registration_id):
    """The email offering a freed place, with the private link to take it or say no
    thanks and the time to answer by. Sent once (the offer records it), tried again on
    failure. Someone without an email address is rung by the host instead (the activity's
    page in the admin lists them)."""
    offer = (
        PlaceOffer.objects.select_related("registration__opportunity")
        .filter(registration_id=registration_id, emailed_at=None)
        .exclude(registration__email="")
        .first()
    )
    if offer is None:
        return ALREADY_SENT
    registration = offer.registration
    message = render_email(
        "opportunities/emails/place_offer",
        {
            "registration": registration,
            "opportunity": registration.opportunity,
            "offer": offer,
            "place_link": place_link(registration),
        },
        to=[registration.email],
        language=registration.language,
    )
    return send_once(
        message,
        task=send_place_offer,
        args=(registration_id,),
        claim=lambda: PlaceOffer.objects.filter(pk=offer.pk, emailed_at=None).update(
            emailed_at=timezone.now()
        ),
    )
