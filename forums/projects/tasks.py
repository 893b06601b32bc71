"""Emails to project followers, by background tasks. Arguments are row ids only, never an
address: the task queue is not a place personal data should linger.

Each update goes to each follower once: the `ProjectUpdateSend` row is written in the same
transaction as the send, so a second publish, a second worker or a retry meets the unique
key and skips, and a failed send rolls its row back so the retry tries again."""

import logging
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django_tasks import task
from wagtail.models import Page

from .models import ProjectFollower, ProjectUpdateSend
from .tokens import make_token

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


def _retry(task_function, attempt, *args):
    """Try again later where the backend can wait (the database queue in production)."""
    backend = task_function.get_backend()
    if attempt < MAX_ATTEMPTS and backend.supports_defer:
        task_function.using(run_after=timezone.now() + timedelta(minutes=5 * attempt)).enqueue(
            *args, attempt + 1
        )


def _live_updates():
    """Live project updates. The page type is reached through the send's foreign key: it
    is defined in pages.py, which sits above the tasks."""
    return ProjectUpdateSend._meta.get_field("update").related_model.objects.live()


def in_language(page, language):
    """The live copy of `page` in `language`, else the page itself."""
    translated = (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=language)
        .first()
    )
    return translated.specific if translated else page


def links(follower, project):
    base = project.get_full_url()
    return {
        "confirm_url": f"{base}follow/confirm/{make_token(follower, 'follow-confirm')}/",
        "unfollow_url": f"{base}unfollow/{make_token(follower, 'unfollow')}/",
        "one_click_url": _site_root(project)
        + reverse("project_one_click_unfollow", args=[make_token(follower, "unfollow")]),
    }


def _site_root(page):
    site = page.get_site()
    return site.root_url if site else ""


@task()
def send_follow_confirmation(follower_id, attempt=1):
    """The email with the link to confirm following a project."""
    follower = ProjectFollower.objects.filter(pk=follower_id, confirmed_at=None).first()
    if follower is None:
        return "nothing to confirm"
    with translation.override(follower.language):
        project = in_language(follower.project, follower.language)
        context = {"project": project, **links(follower, project)}
        message = EmailMessage(
            subject=render_to_string(
                "forums/projects/emails/confirm_subject.txt", context
            ).strip(),
            body=render_to_string("forums/projects/emails/confirm.txt", context),
            to=[follower.email],
        )
    try:
        message.send()
    except Exception:
        logger.exception(
            "Follow confirmation to follower %s failed (try %s)", follower_id, attempt
        )
        _retry(send_follow_confirmation, attempt, follower_id)
        raise
    return "sent"


@task()
def queue_update_emails(update_id):
    """One task per confirmed follower who has not had this update yet."""
    update = _live_updates().filter(pk=update_id).first()
    if update is None:
        return "not live"
    already = ProjectUpdateSend.objects.filter(update=update).values("follower")
    followers = (
        ProjectFollower.objects.confirmed()
        .filter(project_id=update.get_parent().pk)
        .exclude(pk__in=already)
        .values_list("pk", flat=True)
    )
    count = 0
    for follower_id in followers:
        send_update_email.enqueue(follower_id, update_id)
        count += 1
    return f"queued {count}"


@task()
def send_update_email(follower_id, update_id, attempt=1):
    follower = ProjectFollower.objects.confirmed().filter(pk=follower_id).first()
    update = _live_updates().filter(pk=update_id).first()
    if follower is None or update is None:
        return "gone"
    try:
        with transaction.atomic():
            ProjectUpdateSend.objects.create(follower=follower, update=update)
            _update_message(follower, update).send()
    except IntegrityError:
        return "already sent"
    except Exception:
        logger.exception(
            "Update %s to follower %s failed (try %s)", update_id, follower_id, attempt
        )
        _retry(send_update_email, attempt, follower_id, update_id)
        raise
    return "sent"


def _update_message(follower, update):
    with translation.override(follower.language):
        project = in_language(follower.project, follower.language)
        translated = in_language(update, follower.language)
        context = {
            "project": project,
            "update": translated,
            "update_text": strip_tags(translated.body).strip(),
            **links(follower, project),
        }
        one_click_url = context["one_click_url"]
        return EmailMessage(
            subject=render_to_string("forums/projects/emails/update_subject.txt", context).strip(),
            body=render_to_string("forums/projects/emails/update.txt", context),
            to=[follower.email],
            headers={
                "List-Unsubscribe": f"<{one_click_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
