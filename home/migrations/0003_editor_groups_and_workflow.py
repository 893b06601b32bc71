"""The four editor groups, what each may do today, and moderation by Communications officers.

Later issues add each group's particular permissions (forums for Co-production leads, the
register for the Involvement team, translations for Translators) in their own migrations.
"""

from django.db import migrations

from home.permissions import (
    approval_task,
    create_permissions_now,
    editor_group,
    grant_page_permissions,
    grant_permissions,
)

COMMUNICATIONS = "Communications officers"
GROUPS = {
    COMMUNICATIONS: "Edit and publish every page, snippet, image and document, and approve "
    "pages others submit.",
    "Co-production leads": "Post what your community forums raised and how the trust "
    "answered; a communications officer publishes it.",
    "Involvement team": "See who joined the involvement register, export lists and erase a "
    "person's data when they ask.",
    "Translators": "Translate pages and snippets into the site's other languages.",
}
PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "delete_image"],
    "wagtaildocs": ["add_document", "change_document", "delete_document", "choose_document"],
}
MODEL_PERMISSIONS = {
    "home": ["change_organisationsettings"],
    "wagtailredirects": ["add_redirect", "change_redirect", "delete_redirect"],
    "wagtail_localize": ["submit_translation"],
}


def create_groups(apps, schema_editor):
    # Permissions are normally made after migrations finish; this migration needs them now.
    create_permissions_now(apps)

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    groups = {name: editor_group(apps, name, description) for name, description in GROUPS.items()}
    communications = groups[COMMUNICATIONS]
    root_page = Page.objects.get(depth=1)
    grant_page_permissions(apps, communications, root_page, PAGE_PERMISSIONS)
    root_collection = Collection.objects.get(depth=1)
    for app_label, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            GroupCollectionPermission.objects.get_or_create(
                group=communications, collection=root_collection, permission=permission
            )
    for app_label, codenames in MODEL_PERMISSIONS.items():
        grant_permissions(apps, {COMMUNICATIONS: codenames}, app_label)

    # Wagtail's starter groups would sit beside ours with overlapping powers.
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()

    # One workflow on the whole tree: anyone without publish permission submits pages for a
    # communications officer to approve. Communications officers publish directly.
    task = approval_task(apps, "Communications officer approval", [communications])
    workflow, created = Workflow.objects.get_or_create(
        name="Communications officer approval", defaults={"active": True}
    )
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.filter(page=root_page).delete()
    WorkflowPage.objects.create(workflow=workflow, page=root_page)
    # The starter workflow's task now has no groups; retire it so nobody assigns it.
    Workflow.objects.exclude(pk=workflow.pk).update(active=False)
    GroupApprovalTask.objects.exclude(pk=task.pk).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_locales_and_home_page"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailimages", "__latest__"),
        ("wagtaildocs", "__latest__"),
        ("wagtailredirects", "__latest__"),
        ("wagtailadmin", "__latest__"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
