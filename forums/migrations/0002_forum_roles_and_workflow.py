"""Who does what on the forums.

"Forum co-chairs" review a lead's forum pages before a communications officer publishes them,
in a "Forum review" workflow (co-chair review, then communications officer approval) that
forums/signals.py puts on each forum index page. Each forum gets its own leads group when it
is created (also forums/signals.py); this migration only makes the shared parts.
"""

from django.db import migrations

from home.permissions import approval_task, editor_group, grant_permissions

CO_CHAIRS = "Forum co-chairs"
CO_CHAIRS_DESCRIPTION = (
    "Review what co-production leads post about their forum, as a lived-experience "
    "co-chair, before a communications officer publishes it."
)
REVIEW_TASK = "Forum co-chair review"
COMMS_TASK = "Communications officer approval"
WORKFLOW = "Forum review"
GRANTS = {
    "Communications officers": ["change_forumsettings"],
    # Leads choose the venue of a meeting; only communications officers change venues.
    "Co-production leads": ["view_venue"],
}


def create(apps, schema_editor):
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")

    co_chairs = editor_group(apps, CO_CHAIRS, CO_CHAIRS_DESCRIPTION)
    grant_permissions(apps, GRANTS, ["forums", "opportunities"])
    review = approval_task(apps, REVIEW_TASK, [co_chairs])
    comms_task = GroupApprovalTask.objects.get(name=COMMS_TASK)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=0)
        WorkflowTask.objects.create(workflow=workflow, task=comms_task, sort_order=1)


class Migration(migrations.Migration):
    dependencies = [
        ("forums", "0001_initial"),
        ("opportunities", "0002_permissions"),
        ("home", "0003_editor_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
