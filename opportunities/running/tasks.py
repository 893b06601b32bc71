"""Sending a message to everyone holding a place, each in their own language around the
host's words, with the core's one policy (`home.emails.send_once`): once to each, and a
retry reaches only those the mail server refused."""

from django.utils import timezone
from django_tasks import task

from home.emails import ALREADY_SENT, render_email, send_once

from ..registrations.links import cancel_link
from ..registrations.models import Registration
from .models import ActivityMessage


@task()
def send_activity_message(message_id):
    message = ActivityMessage.objects.filter(pk=message_id, sent_at=None).first()
    if message is None:
        return ALREADY_SENT
    opportunity = message.opportunity
    recipients = (
        Registration.objects.holding_a_place()
        .filter(opportunity=opportunity, anonymised_at=None)
        .exclude(email="")
        .select_related("opportunity")
    )
    emails = [
        render_email(
            "opportunities/emails/activity_message",
            {
                "registration": registration,
                "opportunity": opportunity,
                "message": message,
                "cancel_link": cancel_link(registration),
            },
            to=[registration.email],
            language=registration.language,
        )
        for registration in recipients
    ]
    result = send_once(
        emails,
        task=send_activity_message,
        args=(message_id,),
        claim=lambda: ActivityMessage.objects.filter(pk=message_id, sent_at=None).update(
            sent_at=timezone.now()
        ),
    )
    return f"sent {len(emails)}" if result != ALREADY_SENT else result
