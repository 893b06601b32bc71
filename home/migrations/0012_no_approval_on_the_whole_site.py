"""Communications officers publish their own pages directly.

Migration 0003 put "Communications officer approval" on the root of the page tree. Wagtail
then offers "Submit to Communications officer approval" first on every page, to the
officers too (publishing hidden under "More actions"), and nobody else writes there. The
workflow now sits only where a second person is meant to check: each forum's review and
the leads' project updates (forums, migration 0011 and forums/roles.py) and each
language's translation review (0009).
"""

from django.db import migrations

from home.permissions import COMMUNICATIONS_APPROVAL


def forward(apps, schema_editor):
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowPage.objects.filter(page__depth=1, workflow__name=COMMUNICATIONS_APPROVAL).delete()


def backward(apps, schema_editor):
    Page = apps.get_model("wagtailcore.Page")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    workflow = Workflow.objects.filter(name=COMMUNICATIONS_APPROVAL).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=Page.objects.get(depth=1), workflow=workflow)


class Migration(migrations.Migration):
    dependencies = [("home", "0011_email_delivery")]

    operations = [migrations.RunPython(forward, backward)]
