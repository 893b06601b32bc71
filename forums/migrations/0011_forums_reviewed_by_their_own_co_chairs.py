"""Each forum reviewed by its own co-chairs, and leads' project updates approved.

Before, one "Forum review" workflow on the forums' index had every co-chair review every
forum, and project leads could publish their updates themselves. Now each forum there is
gets its own co-chairs group and "Forum review: <forum>" workflow (forums/roles.py; new
forums get theirs when they are made), and project leads lose publish: their updates wait
for a communications officer, in the workflow now on the projects' index. The shared
"Forum review" is retired once nothing is waiting in it. Home's migration 0012 takes the
communications officers' approval off the rest of the site.
"""

from django.conf import settings
from django.db import migrations

from forums.roles import give_forum_its_review, put_project_updates_under_approval

OLD_WORKFLOW = "Forum review"
OLD_TASK = "Forum co-chair review"


def originals(apps, model_name):
    model = apps.get_model("forums", model_name)
    return model.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True
    )


def forward(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore.WorkflowState")
    Task = apps.get_model("wagtailcore.Task")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")

    for forum in originals(apps, "ForumPage"):
        give_forum_its_review(apps, forum)
    WorkflowPage.objects.filter(workflow__name=OLD_WORKFLOW).delete()
    # A review already under way finishes where it started.
    if not WorkflowState.objects.filter(workflow__name=OLD_WORKFLOW, status="in_progress"):
        Workflow.objects.filter(name=OLD_WORKFLOW).update(active=False)
        Task.objects.filter(name=OLD_TASK).update(active=False)

    GroupPagePermission.objects.filter(
        group__name__startswith="Project leads", permission__codename="publish_page"
    ).delete()
    for index in originals(apps, "ProjectIndexPage"):
        put_project_updates_under_approval(apps, index)


class Migration(migrations.Migration):
    dependencies = [
        ("forums", "0010_project_target_date_changes"),
        ("home", "0011_email_delivery"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
