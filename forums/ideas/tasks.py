"""Emails about improvement ideas, sent outside the request. Each task takes row ids only;
each reads the address from its row when it runs, so an erased address is never sent to."""

import logging

from django.conf import settings
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import get_language_info
from django_tasks import task

from home.emails import render_email, send_once, staff_language
from home.languages import in_language
from home.screening import describe, matches

from .models import IdeaFollower, IdeaSettings, IdeaStatusChange, StatusEmail, Suggestion
from .votes import EmailVoteRequest

logger = logging.getLogger(__name__)


def _message(template, context, to, language):
    return render_email(f"forums/ideas/emails/{template}", context, to=to, language=language)


@task()
def send_vote_link(request_id):
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
    return send_once(message, task=send_vote_link, args=(request_id,))


def language_name(code):
    """A language's name in the staff member's language, and its code: "Urdu (ur)"."""
    try:
        # Lazy: read in the email's language, whichever language the task runs in.
        return format_lazy("{} ({})", get_language_info(code)["name_translated"], code)
    except KeyError:
        return code


def safeguarding_recipients(site, what):
    """(the contact's name, the addresses, their language) for words that mention crisis or
    self-harm: Settings > Ideas, else SAFEGUARDING_EMAIL, else the site's admins, so an alert
    is never silently dropped. `what` names the record in the log. Service feedback uses it
    too."""
    settings_row = IdeaSettings.read(site)
    address = settings_row.safeguarding_email or settings.SAFEGUARDING_EMAIL
    if address:
        return settings_row.safeguarding_contact, [address], staff_language(address)
    logger.error("No safeguarding email set: %s sent to admins", what)
    # The admins are a list in settings, not accounts: the site's default language.
    admins = [email for _name, email in settings.ADMINS]
    return settings_row.safeguarding_contact, admins, settings.LANGUAGE_CODE


@task()
def tell_safeguarding(suggestion_id):
    """A suggestion that mentions crisis or self-harm, to the safeguarding contact, at once.
    The address: Settings > Ideas, else SAFEGUARDING_EMAIL, else the site's admins: never
    silently dropped. A failure is retried and shows on every moderator's dashboard."""
    suggestion = Suggestion.objects.select_related("index").filter(pk=suggestion_id).first()
    if suggestion is None:
        return "gone"
    text = f"{suggestion.title}\n{suggestion.what}"
    contact, to, language = safeguarding_recipients(
        suggestion.index.get_site(), f"suggestion {suggestion_id}"
    )
    context = {
        "suggestion": suggestion,
        "contact": contact,
        # Staff may not read the language it came in: say which, and which words flagged it.
        "language_name": language_name(suggestion.language),
        "flagged_by": describe(matches(text, "crisis")),
    }
    message = _message("safeguarding", context, to, language)
    result = send_once(
        message,
        task=tell_safeguarding,
        args=(suggestion_id,),
        safeguarding=True,
        claim=lambda: Suggestion.objects.filter(
            pk=suggestion_id, safeguarding_told_at=None
        ).update(safeguarding_told_at=timezone.now()),
    )
    return result


@task()
def tell_author(suggestion_id):
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
    return send_once(message, task=tell_author, args=(suggestion_id,))


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
def send_status_email(follower_id, change_id):
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
        claim=lambda: StatusEmail.objects.create(
            follower=follower, change_key=change.translation_key
        ),
    )
