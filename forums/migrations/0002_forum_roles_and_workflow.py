"""Who does what on the forums.

"Forum co-chairs" review a lead's forum pages before a communications officer publishes them,
in a "Forum review" workflow (co-chair review, then communications officer approval) that
forums/signals.py puts on each forum index page. Each forum gets its own leads group when it
is created (also forums/signals.py); this migration only makes the shared parts.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

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
    for label in ["forums", "opportunities"]:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    EditorGroupDescription = apps.get_model("home.EditorGroupDescription")

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    co_chairs, _created = Group.objects.get_or_create(name=CO_CHAIRS)
    co_chairs.permissions.add(access_admin)
    EditorGroupDescription.objects.update_or_create(
        group=co_chairs, defaults={"description": CO_CHAIRS_DESCRIPTION}
    )
    for group_name, codenames in GRANTS.items():
        permissions = Permission.objects.filter(codename__in=codenames)
        assert permissions.count() == len(codenames), codenames
        Group.objects.get(name=group_name).permissions.add(*permissions)

    task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    review, _created = GroupApprovalTask.objects.get_or_create(
        name=REVIEW_TASK, defaults={"content_type": task_type, "active": True}
    )
    review.groups.set([co_chairs])
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
