"""Emails to project followers, by background tasks. Arguments are row ids only, never an
address: the task queue is not a place personal data should linger.

Each update goes to each follower once: the `ProjectUpdateSend` row is the claim of the
core's `send_once` (home/emails.py), written in the same transaction as the send, so a
second publish, a second worker or a retry meets the unique key and skips, and a failed
send rolls its row back and is tried again later."""

import logging

from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django_tasks import task

from home.emails import render_email, send_once
from home.languages import in_language

from .models import ProjectFollower, ProjectUpdateSend
from .tokens import make_token

logger = logging.getLogger(__name__)


def _live_updates():
    """Live project updates. The page type is reached through the send's foreign key: it
    is defined in pages.py, which sits above the tasks."""
    return ProjectUpdateSend._meta.get_field("update").related_model.objects.live()


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
def send_follow_confirmation(follower_id):
    """The email with the link to confirm following a project."""
    follower = ProjectFollower.objects.filter(pk=follower_id, confirmed_at=None).first()
    if follower is None:
        return "nothing to confirm"
    with translation.override(follower.language):
        project = in_language(follower.project, follower.language, live=True)
        context = {"project": project, **links(follower, project)}
    message = render_email(
        "forums/projects/emails/confirm",
        context,
        to=[follower.email],
        language=follower.language,
    )
    return send_once(message, task=send_follow_confirmation, args=(follower_id,))


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
def send_update_email(follower_id, update_id):
    follower = ProjectFollower.objects.confirmed().filter(pk=follower_id).first()
    update = _live_updates().filter(pk=update_id).first()
    if follower is None or update is None:
        return "gone"
    return send_once(
        _update_message(follower, update),
        task=send_update_email,
        args=(follower_id, update_id),
        claim=lambda: ProjectUpdateSend.objects.create(follower=follower, update=update),
    )


def _update_message(follower, update):
    with translation.override(follower.language):
        project = in_language(follower.project, follower.language, live=True)
        translated = in_language(update, follower.language, live=True)
        context = {
            "project": project,
            "update": translated,
            "update_text": strip_tags(translated.body).strip(),
            **links(follower, project),
        }
    return render_email(
        "forums/projects/emails/update",
        context,
        to=[follower.email],
        language=follower.language,
        headers={
            "List-Unsubscribe": f"<{context['one_click_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
