"""Wagtail's own permissions and workflows, set up when forum pages are made.

- Each new forum gets a group, "Forum leads: <forum title>", holding add and change
  permission on that forum's page (so on its meetings and outcomes, which go under it) and
  nothing else. An administrator adds a co-production lead to the group of each forum they
  run, beside "Co-production leads" (which gives admin access). No publish permission: what
  a lead submits goes through the forum's workflow.
- Each new forum index page gets the "Forum review" workflow: a forum co-chair reviews, then
  a communications officer approves and publishes.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Workflow, WorkflowPage

from home.languages import is_original
from home.permissions import grant_page_permissions

LEAD_PAGE_PERMISSIONS = ["add_page", "change_page"]
WORKFLOW = "Forum review"


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


def ensure_forum_workflow(index_page):
    workflow = Workflow.objects.filter(name=WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page=index_page, defaults={"workflow": workflow})


@receiver(post_save, sender="forums.ForumIndexPage", dispatch_uid="forums.index_created")
def forum_index_created(sender, instance, created, raw=False, **kwargs):
    """Only the original forum index gets the forum review: its copies in other languages
    are translations, which go through their language's translation review."""
    if created and not raw and is_original(instance):
        ensure_forum_workflow(instance)


@receiver(post_save, sender="forums.ForumPage", dispatch_uid="forums.forum_created")
def forum_created(sender, instance, created, raw=False, **kwargs):
    """Only the original forum gets a group: its copies in other languages are kept by
    translators, not by the forum's leads."""
    if created and not raw and is_original(instance):
        ensure_leads_group(instance)
