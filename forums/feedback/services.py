"""What is done with feedback: saving what a person sent through the public form, and what
staff do with it (enter it, mark it read, turn it into an improvement idea, link it to a
project, close it, and erase the way to reply when its time is up; each written to
Wagtail's audit log). Feedback that mentions crisis or self-harm, however it came, goes to
the safeguarding contact at once (tasks.tell_safeguarding, sent once)."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from home.languages import of_default_language
from home.public_post import save_once
from home.screening import mentions_crisis, reads_as_complaint

from ..ideas.models import Source
from ..ideas.moderation import publish_idea
from ..ideas.services import idea_page_model
from ..taxonomy import Service
from .forms import NOT_SURE
from .models import Channel, FeedbackStatus, ServiceFeedback
from .tasks import tell_safeguarding

# The person has had their reply by then; the words stay without them.
REPLY_DETAILS_DAYS = 90


def screen(feedback):
    """Flag crisis and complaint words, in any language, from what was said."""
    text = f"{feedback.experience}\n{feedback.improvement}"
    feedback.mentions_crisis = mentions_crisis(text)
    feedback.mentions_complaint = reads_as_complaint(text)


def tell_safeguarding_if_needed(feedback):
    """After the save commits: the safeguarding contact is emailed about feedback that
    mentions crisis, once (the task claims `safeguarding_told_at`)."""
    if feedback.mentions_crisis and feedback.safeguarding_told_at is None:
        transaction.on_commit(lambda: tell_safeguarding.enqueue(feedback.pk))


def save_public_feedback(data, language):
    """Save what a person sent through the public form, once (a double click finds the first
    by its submission key), as new, from the website, in the language of the page. `data` is
    the form's cleaned data. Returns the feedback."""
    service = None
    if data["service"] != NOT_SURE:
        service = of_default_language(Service.objects.filter(slug=data["service"])).first()
    feedback = ServiceFeedback(
        service=service,
        experience=data["experience"],
        improvement=data["improvement"],
        language=language,
        channel=Channel.WEBSITE,
        status=FeedbackStatus.NEW,
        wants_reply=data["wants_reply"],
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
    )
    screen(feedback)
    feedback, created = save_once(feedback, data["submission_key"])
    if created:
        tell_safeguarding_if_needed(feedback)
    return feedback


def enter_feedback(feedback, user):
    """Save feedback a member of staff heard (a forum, a paper form, a phone call)."""
    screen(feedback)
    feedback.save()
    log(instance=feedback, action="forums.feedback_entered", user=user)
    tell_safeguarding_if_needed(feedback)
    return feedback


def _finish(feedback, status, user, **fields):
    feedback.status = status
    feedback.finished_at = timezone.now()
    for name, value in fields.items():
        setattr(feedback, name, value)
    feedback.save()
    log(instance=feedback, action="forums.feedback_" + status, user=user)


def mark_read(feedback, user):
    if feedback.status == FeedbackStatus.NEW:
        feedback.status = FeedbackStatus.READ
        feedback.save(update_fields=["status"])
        log(instance=feedback, action="forums.feedback_read", user=user)


def turn_into_idea(feedback, index, user, title, what=None):
    """An improvement idea from feedback, about the same service, and the feedback marked as
    turned into it. Published if the user may publish ideas (communications officers);
    otherwise (the involvement team) saved as a draft for them to publish."""
    what = what or feedback.improvement or feedback.experience
    with transaction.atomic():
        if index.permissions_for_user(user).can_publish_subpage():
            idea = publish_idea(
                index,
                user,
                title=title,
                what=what,
                service=feedback.service,
                source=Source.STAFF,
                reason=_(
                    "Came from feedback about a service. Published so that people can vote on it."
                ),
            )
        else:
            idea = idea_page_model()(
                title=title,
                what=what,
                service=feedback.service,
                source=Source.STAFF,
                voting_round=index.current_round(),
                owner=user,
                live=False,
            )
            index.add_child(instance=idea)
            idea.save_revision(user=user)
        _finish(feedback, FeedbackStatus.TURNED_INTO_IDEA, user, idea=idea)
    return idea


def link_to_project(feedback, project, user):
    with transaction.atomic():
        _finish(feedback, FeedbackStatus.LINKED_TO_PROJECT, user, project=project)


def close(feedback, user):
    _finish(feedback, FeedbackStatus.CLOSED, user)


def erase_reply_details(now=None):
    """Erase the way to reply of feedback finished with more than REPLY_DETAILS_DAYS ago.
    Returns how many."""
    now = now or timezone.now()
    return ServiceFeedback.objects.needing_reply_erased(
        now - datetime.timedelta(days=REPLY_DETAILS_DAYS)
    ).anonymise()
