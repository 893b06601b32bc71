"""Emails about service feedback, sent outside the request. Each task takes row ids only."""

from django.utils import timezone
from django_tasks import task
from wagtail.models import Site

from home.emails import render_email, send_once
from home.screening import describe, matches

from ..ideas.tasks import language_name, safeguarding_recipients
from .models import Channel, ServiceFeedback


@task()
def tell_safeguarding(feedback_id):
    """Feedback that mentions crisis or self-harm, from the public form or entered by staff,
    to the safeguarding contact at once: the same contact, the same fallbacks and the same
    retries as a suggestion (forums.ideas.tasks). Sent once, whatever runs it again."""
    feedback = ServiceFeedback.objects.select_related("service").filter(pk=feedback_id).first()
    if feedback is None:
        return "gone"
    text = f"{feedback.experience}\n{feedback.improvement}"
    contact, to, language = safeguarding_recipients(
        Site.objects.filter(is_default_site=True).first(), f"service feedback {feedback_id}"
    )
    context = {
        "feedback": feedback,
        "contact": contact,
        "from_the_website": feedback.channel == Channel.WEBSITE,
        "language_name": language_name(feedback.language),
        "flagged_by": describe(matches(text, "crisis")),
    }
    message = render_email(
        "forums/feedback/emails/safeguarding", context, to=to, language=language
    )
    return send_once(
        message,
        task=tell_safeguarding,
        args=(feedback_id,),
        safeguarding=True,
        claim=lambda: ServiceFeedback.objects.filter(
            pk=feedback_id, safeguarding_told_at=None
        ).update(safeguarding_told_at=timezone.now()),
    )
