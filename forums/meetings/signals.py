"""Wagtail's own permissions and workflows, set up when forum pages are made.

- Each new forum gets a group, "Forum leads: <forum title>", holding add and change
  permission on that forum's page (so on its meetings and outcomes, which go under it) and
  nothing else. An administrator adds a co-production lead to the group of each forum they
  run, beside "Co-production leads" (which gives admin access). No publish permission: what
  a lead submits goes through the forum's workflow.
- Each new forum gets its own co-chairs group and "Forum review: <forum title>" workflow:
  the forum's co-chairs review, then a communications officer approves and publishes
  (forums/roles.py).
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.db.models.signals import post_save
from django.dispatch import receiver

from home.languages import is_original
from home.permissions import grant_page_permissions

from ..roles import give_forum_its_review

LEAD_PAGE_PERMISSIONS = ["add_page", "change_page"]


def leads_group_name(forum):
    return f"Forum leads: {forum.title}"[:150]


def ensure_leads_group(forum):
    """The group whose members run `forum`: its page permissions and nothing else. Found by
    its permission on the page, so renaming the forum or the group keeps the link."""
    existing = Group.objects.filter(page_permissions__page=forum).exclude(
        name__in=["Communications officers"]
    )
    group = existing.filter(name__startswith="Forum leads").first()
    if group is None:
        group, _created = Group.objects.get_or_create(name=leads_group_name(forum))
    grant_page_permissions(apps, group, forum, LEAD_PAGE_PERMISSIONS)
    return group


@receiver(post_save, sender="forums.ForumPage", dispatch_uid="forums.forum_created")
def forum_created(sender, instance, created, raw=False, **kwargs):
    """Only the original forum gets its groups and review: its copies in other languages are
    kept by translators, not by the forum's leads and co-chairs."""
    if created and not raw and is_original(instance):
        ensure_leads_group(instance)
        give_forum_its_review(apps, instance)
