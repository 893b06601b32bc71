"""What happens when project pages are made or published.

- Each new project gets a group, "Project leads: <project title>", holding add and change
  permission on that project's page (so on its updates, which go under it). An
  administrator adds the co-production lead named on the project to it, beside
  "Co-production leads" (which gives admin access): a lead posts updates on the projects
  they are named on and no others, and a communications officer approves and publishes
  each (the new projects index page gets that workflow, forums/roles.py). Communications
  officers can already edit and publish every page.
- Publishing an update queues its follower emails (after the commit). The sends are
  recorded per follower and update, so publishing again never sends twice.
- Saving a project's actions (publishing it, however that happens) keeps each target date
  it moves, with the reason (`services.record_target_date_changes`). Saving a draft leaves
  the published actions as they are, so it records nothing until it is published.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.signals import page_published

from home.languages import is_original
from home.permissions import grant_page_permissions

from ..roles import put_project_updates_under_approval
from . import services
from .tasks import queue_update_emails

LEAD_PAGE_PERMISSIONS = ["add_page", "change_page"]


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


@receiver(post_save, sender="forums.ProjectIndexPage", dispatch_uid="forums.project_index_created")
def project_index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw and _is_original(instance):
        put_project_updates_under_approval(apps, instance)


@receiver(post_save, sender="forums.ProjectPage", dispatch_uid="forums.project_created")
def project_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw and _is_original(instance):
        ensure_project_leads_group(instance)


@receiver(pre_save, sender="forums.ProjectPage", dispatch_uid="forums.project_dates_kept")
def keep_moved_target_dates(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before the actions are written over (modelcluster saves them after the page), while
    the published dates can still be read."""
    if raw or (update_fields is not None and "actions" not in update_fields):
        return
    services.record_target_date_changes(instance)


@receiver(page_published, dispatch_uid="forums.project_update_published")
def project_update_published(sender, instance, **kwargs):
    """Only the update in the default language sends: its translations are the same news."""
    if instance._meta.label != "forums.ProjectUpdatePage" or not _is_original(instance):
        return
    update_id = instance.pk
    transaction.on_commit(lambda: queue_update_emails.enqueue(update_id))
