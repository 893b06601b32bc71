"""The messages registering interest sends: the person's confirmation (by email, and by text
to someone who gave only a mobile number or chose texts, `Registration.gets_texts`); the
host's notice when they ask for support, or else a short alert of a new registration; and
the offer of a freed place to the next person on the waiting list. Sent with the core's one
policy (`home.emails.send_once`): once, and tried again later on failure. Task arguments
are row ids, never an address or a phone number."""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django_tasks import task

from home.emails import ALREADY_SENT, SENT, render_email, send_once, staff_language
from home.texts import render_text

from .links import cancel_link, place_link
from .models import PlaceOffer, Registration

CONFIRMATION_TEMPLATES = (
    "opportunities/emails/confirmation_subject.txt",
    "opportunities/emails/confirmation.txt",
)


@task()
def send_registration_emails(registration_id):
    """The person's confirmation (by email if they gave one, by text if they get texts)
    and the host's notice if they asked for support or what they wrote mentions crisis or
    self-harm, else the host's alert of a new registration. Sent once: a registration whose
    messages went is skipped, so a second enqueue never sends twice. When one fails, the
    retry sends only that one (`home.emails.send_once`); a notice about crisis shows on the
    moderators' dashboard from its first failure. `texted_at` records that the text went."""
    registration = (
        Registration.objects.select_related("opportunity")
        .filter(pk=registration_id, emails_sent_at=None)
        .first()
    )
    if registration is None:
        return ALREADY_SENT
    messages = _messages_for(registration)
    texted = registration.gets_texts

    def claim():
        now = timezone.now()
        return Registration.objects.filter(pk=registration.pk, emails_sent_at=None).update(
            emails_sent_at=now, **({"texted_at": now} if texted else {})
        )

    result = send_once(
        messages,
        task=send_registration_emails,
        args=(registration.pk,),
        safeguarding=registration.mentions_crisis,
        claim=claim,
    )
    return f"sent {len(messages)}" if result == SENT else result


def messages_to(registration, context, *, email_template, text_template, reference):
    """One message to a person, each way they are reached, in their language: the email if
    they gave an address, the text if they get texts (`Registration.gets_texts`).
    `reference` names the message to Notify by row id, never by the person."""
    messages = []
    if registration.email:
        messages.append(
            render_email(
                email_template, context, to=[registration.email], language=registration.language
            )
        )
    if registration.gets_texts:
        messages.append(
            render_text(
                text_template,
                context,
                to=registration.phone,
                language=registration.language,
                reference=reference,
            )
        )
    return messages


def _messages_for(registration):
    opportunity = registration.opportunity
    crisis = registration.mentions_crisis
    context = {"registration": registration, "opportunity": opportunity, "crisis": crisis}
    messages = messages_to(
        registration,
        {**context, "cancel_link": cancel_link(registration)},
        email_template=_confirmation_template(opportunity),
        text_template=getattr(
            opportunity.specific_class,
            "confirmation_text_template",
            "opportunities/texts/confirmation",
        ),
        reference=f"registration-{registration.pk}",
    )
    if not opportunity.contact_email:
        return messages
    # The host's notice (every opportunity page names a contact email), when they ask for
    # support or when what they wrote mentions crisis or self-harm; otherwise, unless the
    # page says not to, a short alert that names nobody.
    if crisis or registration.asks_for_support:
        messages.append(
            render_email(
                "opportunities/emails/support_request",
                context,
                to=[opportunity.contact_email],
                language=staff_language(opportunity.contact_email),
            )
        )
    elif opportunity.email_each_registration:
        messages.append(
            render_email(
                "opportunities/emails/new_registration",
                {**context, **_places(opportunity), "activity_link": activity_link(opportunity)},
                to=[opportunity.contact_email],
                language=staff_language(opportunity.contact_email),
            )
        )
    return messages


def _places(opportunity):
    """How many places are left (None when there is no limit)."""
    if opportunity.places is None:
        return {"places_left": None}
    return {"places_left": max(opportunity.places - opportunity.places_taken(), 0)}


def activity_link(opportunity):
    """The activity's page in the admin, for the host (its URL is named by `running`, which
    builds on this package: a name, not an import). The admin's home if it is not there."""
    try:
        path = reverse("run_activity", args=[opportunity.pk])
    except NoReverseMatch:
        path = reverse("wagtailadmin_home")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


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
    """The offer of a freed place, with the private link to take it or say no thanks and
    the time to answer by: by email, and by text to those who get texts. Sent once (the
    offer records it), tried again on failure. Someone with neither is rung by the host
    instead (the activity's page in the admin lists them)."""
    offer = (
        PlaceOffer.objects.select_related("registration__opportunity")
        .filter(registration_id=registration_id, emailed_at=None)
        .first()
    )
    if offer is None:
        return ALREADY_SENT
    registration = offer.registration
    context = {
        "registration": registration,
        "opportunity": registration.opportunity,
        "offer": offer,
        "place_link": place_link(registration),
    }
    messages = messages_to(
        registration,
        context,
        email_template="opportunities/emails/place_offer",
        text_template="opportunities/texts/place_offer",
        reference=f"place-offer-{offer.pk}",
    )
    if not messages:
        return ALREADY_SENT
    return send_once(
        messages,
        task=send_place_offer,
        args=(registration_id,),
        claim=lambda: PlaceOffer.objects.filter(pk=offer.pk, emailed_at=None).update(
            emailed_at=timezone.now()
        ),
    )
