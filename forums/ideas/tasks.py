"""Emails about improvement ideas, sent outside the request. Each task takes row ids only;
each reads the address from its row when it runs, so an erased address is never sent to."""

import logging

from django.conf import settings
from django.core.mail import mail_admins
from django.utils import timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django_tasks import task

from home.emails import render_email, render_plain_text, send_once, staff_language
from home.languages import in_language
from home.screening import describe, matches

from .models import (
    EmailVoteRequest,
    IdeaFollower,
    IdeaSettings,
    IdeaStatusChange,
    StatusEmail,
    Suggestion,
)

logger = logging.getLogger(__name__)


def _message(template, context, to, language):
    return render_email(f"forums/ideas/emails/{template}", context, to=to, language=language)


@task()
def send_vote_link(request_id, attempt=1):
    """The single-use link that counts an email vote, in the voter's language."""
    vote_request = EmailVoteRequest.objects.filter(pk=request_id, used_at=None).first()
    if vote_request is None or not vote_request.email:
        return "gone"
    idea = in_language(vote_request.idea, vote_request.language).specific
    index = idea.get_parent().specific
    token = vote_request.new_token()
    context = {
        "idea": idea,
        "link": f"{index.get_full_url()}vote/{token}/",
        "hours": EmailVoteRequest.LIFETIME_HOURS,
    }
    message = _message("vote_link", context, [vote_request.email], vote_request.language)
    return send_once(message, task=send_vote_link, args=(request_id,), attempt=attempt)


def language_name(code):
    """A language's name in the staff member's language, and its code: "Urdu (ur)"."""
    try:
        # Lazy: read in the email's language, whichever language the task runs in.
        return format_lazy("{} ({})", get_language_info(code)["name_translated"], code)
    except KeyError:
        return code


@task()
def tell_safeguarding(suggestion_id, attempt=1):
    """A suggestion that mentions crisis or self-harm, to the safeguarding contact, at once.
    With no contact set, the site's admins are told instead: never silently dropped."""
    suggestion = Suggestion.objects.select_related("index").filter(pk=suggestion_id).first()
    if suggestion is None:
        return "gone"
    settings_row = IdeaSettings.read(suggestion.index.get_site())
    text = f"{suggestion.title}\n{suggestion.what}"
    context = {
        "suggestion": suggestion,
        "contact": settings_row.safeguarding_contact,
        # Staff may not read the language it came in: say which, and which words flagged it.
        "language_name": language_name(suggestion.language),
        "flagged_by": describe(matches(text, "crisis")),
    }
    if settings_row.safeguarding_email:
        address = settings_row.safeguarding_email
        message = _message("safeguarding", context, [address], staff_language(address))
        send_once(message, task=tell_safeguarding, args=(suggestion_id,), attempt=attempt)
    else:
        logger.error("No safeguarding email set: suggestion %s sent to admins", suggestion_id)
        # The admins are a list in settings, not accounts: the site's default language.
        with translation.override(settings.LANGUAGE_CODE):
            mail_admins(
                _("Safeguarding: a suggested idea needs a person to read it"),
                render_plain_text("forums/ideas/emails/safeguarding.txt", context),
            )
    Suggestion.objects.filter(pk=suggestion_id).update(safeguarding_told_at=timezone.now())
    return "sent"


@task()
def tell_author(suggestion_id, attempt=1):
    """What the moderators decided, to the author, in their language, if they gave an
    address."""
    suggestion = (
        Suggestion.objects.select_related("index", "idea").filter(pk=suggestion_id).first()
    )
    if suggestion is None or not suggestion.email:
        return "no address"
    idea = in_language(suggestion.idea, suggestion.language) if suggestion.idea else None
    context = {
        "suggestion": suggestion,
        "idea": idea,
        "settings": IdeaSettings.read(suggestion.index.get_site()),
    }
    message = _message("decision", context, [suggestion.email], suggestion.language)
    return send_once(message, task=tell_author, args=(suggestion_id,), attempt=attempt)


@task()
def announce_status_changes(idea_id):
    """After an idea is published: one email per follower for each change they have not
    heard of (changes dated on or after the day they started following)."""
    changes = list(IdeaStatusChange.objects.filter(page_id=idea_id))
    queued = 0
    for follower in IdeaFollower.objects.filter(idea_id=idea_id):
        started = timezone.localtime(follower.created_at).date()
        for change in changes:
            if change.changed_on >= started:
                send_status_email.enqueue(follower.pk, change.pk)
                queued += 1
    return queued


@task()
def send_status_email(follower_id, change_id, attempt=1):
    """One status change, to one follower, once: the sent row and the send share a
    transaction, so a second run meets the unique key and a failed send is tried again."""
    follower = IdeaFollower.objects.filter(pk=follower_id).first()
    change = IdeaStatusChange.objects.select_related("page").filter(pk=change_id).first()
    if follower is None or change is None:
        return "gone"
    # The change as written in the follower's language, where it has been translated.
    idea = in_language(change.page, follower.language).specific
    translated = idea.status_changes.filter(translation_key=change.translation_key).first()
    index = idea.get_parent().specific
    context = {
        "idea": idea,
        "change": translated or change,
        "stop_link": f"{index.get_full_url()}stop/{follower.stop_token()}/",
    }
    message = _message("status_change", context, [follower.email], follower.language)
    return send_once(
        message,
        task=send_status_email,
        args=(follower_id, change_id),
        attempt=attempt,
        claim=lambda: StatusEmail.objects.create(
            follower=follower, change_key=change.translation_key
        ),
    )
