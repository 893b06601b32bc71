"""What happens when project pages are made or published.

- Each new project gets a group, "Project leads: <project title>", holding add, change and
  publish permission on that project's page (so on its updates, which go under it). An
  administrator adds the co-production lead named on the project to it, beside
  "Co-production leads" (which gives admin access): a lead posts updates on the projects
  they are named on and no others. Communications officers can already edit and publish
  every page.
- Publishing an update queues its follower emails (after the commit). The sends are
  recorded per follower and update, so publishing again never sends twice.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from home.languages import is_original
from home.permissions import grant_page_permissions

from .tasks import queue_update_emails

LEAD_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def leads_group_name(project):
    return f"Project leads: {project.title}"[:150]


def ensure_project_leads_group(project):
    """The group whose members post updates on `project`. Found by its permission on the
    page, so renaming the project or the group keeps the link."""
    group = Group.objects.filter(
        page_permissions__page=project, name__startswith="Project leads"
    ).first()
    if group is None:
        group, _created = Group.objects.get_or_create(name=leads_group_name(project))
    grant_page_permissions(apps, group, project, LEAD_PAGE_PERMISSIONS)
    return group


def _is_original(page):
    return is_original(page)


@receiver(post_save, sender="forums.ProjectPage", dispatch_uid="forums.project_created")
def project_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw and _is_original(instance):
        ensure_project_leads_group(instance)


@receiver(page_published, dispatch_uid="forums.project_update_published")
def project_update_published(sender, instance, **kwargs):
    """Only the update in the default language sends: its translations are the same news."""
    if instance._meta.label != "forums.ProjectUpdatePage" or not _is_original(instance):
        return
    update_id = instance.pk
    transaction.on_commit(lambda: queue_update_emails.enqueue(update_id))
