"""Who checks what the forums' leads post, before a communications officer publishes it.

- Each forum has its own co-chairs: the group "Forum co-chairs: <forum>", holding nothing
  itself. An administrator adds a lived-experience co-chair to the group of their forum,
  beside "Forum co-chairs" (which gives admin access). The forum's own workflow, "Forum
  review: <forum>", on the forum's page (so on its meetings and outcomes), has its co-chairs
  review, then a communications officer approve and publish. A co-chair is offered their own
  forum's pages only: Wagtail's group approval task lets only its groups open, approve or see
  a page on their dashboard.
- A project's leads post updates (forums/projects/signals.py) that a communications officer
  approves: the "Communications officer approval" workflow on the projects' index page.

Every function takes `apps` (the migration's historical models, or `django.apps.apps`), so
the migration that set this up for the forums there were and the signals that set it up for
each new one share it. Imports home.permissions only."""

from home.permissions import (
    COMMUNICATIONS_APPROVAL,
    approval_task,
    communications_approval,
    editor_group,
    put_workflow_on,
    review_workflow,
)

CO_CHAIRS = "Forum co-chairs"


def co_chairs_group_name(title):
    return f"{CO_CHAIRS}: {title}"[:150]


def give_forum_its_review(apps, forum):
    """The co-chairs group and review workflow of `forum` (the original page, not a copy in
    another language: those go through their language's translation review). Found from
    the workflow on the forum's page, so renaming the forum, the group or the workflow keeps
    the link; returns the co-chairs group."""
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    existing = WorkflowPage.objects.filter(page_id=forum.pk).first()
    if existing is not None:
        first = existing.workflow.workflow_tasks.order_by("sort_order").first()
        review = first and GroupApprovalTask.objects.filter(pk=first.task_id).first()
        group = review and review.groups.first()
        if group is not None:
            return group
    group = editor_group(
        apps,
        co_chairs_group_name(forum.title),
        f"Review what co-production leads post about {forum.title}, before a "
        "communications officer publishes it.",
    )
    review = approval_task(apps, f"Co-chair review: {forum.title}"[:255], [group])
    workflow = review_workflow(
        apps, f"Forum review: {forum.title}"[:255], [review, communications_approval(apps)]
    )
    put_workflow_on(apps, workflow, forum)
    return group


def put_project_updates_under_approval(apps, project_index):
    """A lead's project update waits for a communications officer (the original index page
    only: the copies in other languages go through their language's translation review)."""
    workflow = review_workflow(apps, COMMUNICATIONS_APPROVAL, [communications_approval(apps)])
    put_workflow_on(apps, workflow, project_index)
