"""Groups and permissions, for the data migrations that set up who may do what.

Every function takes the migration's `apps` (the historical models), so a migration keeps
working however the models change later; code outside migrations may pass
`django.apps.apps`. Each is safe to run twice.

Imports nothing of ours: home is the core, and migrations of every app import this module.
"""

from django.contrib.auth.management import create_permissions


def create_permissions_now(apps, *app_labels):
    """Make the permissions of these apps (all apps when none are named) now: Django makes
    them only after every migration has run, and a migration that grants them needs them
    before."""
    configs = (
        [apps.get_app_config(label) for label in app_labels]
        if app_labels
        else list(apps.get_app_configs())
    )
    for app_config in configs:
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant_permissions(apps, grants, app_labels, *, skip_missing_groups=False):
    """Give each group its model permissions: `grants` maps a group's name to permission
    codenames of the models of `app_labels` (a label or a list of labels).

    Makes the apps' permissions first. A codename that does not exist is an error (a typo
    would otherwise grant nothing, silently); so is a missing group, unless
    `skip_missing_groups`."""
    if isinstance(app_labels, str):
        app_labels = [app_labels]
    create_permissions_now(apps, *app_labels)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group_name, codenames in grants.items():
        permissions = Permission.objects.filter(
            content_type__app_label__in=app_labels, codename__in=codenames
        )
        found = set(permissions.values_list("codename", flat=True))
        missing = set(codenames) - found
        if missing:
            raise ValueError(f"No such permissions in {app_labels}: {sorted(missing)}")
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            if skip_missing_groups:
                continue
            raise ValueError(f"No group named {group_name!r}")
        group.permissions.add(*permissions)


def editor_group(apps, name, description):
    """The admin group `name`, made if need be, with access to the admin and the line that
    tells its members on the dashboard what it is for (home.EditorGroupDescription)."""
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    EditorGroupDescription = apps.get_model("home.EditorGroupDescription")
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    EditorGroupDescription.objects.update_or_create(
        group=group, defaults={"description": description}
    )
    return group


def grant_page_permissions(apps, group, page, codenames):
    """Give `group` these Wagtail page permissions (add_page, change_page, publish_page...)
    on `page` and the pages below it."""
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def approval_task(apps, name, groups):
    """The workflow task `name` in which any member of `groups` approves, made if need be."""
    ContentType = apps.get_model("contenttypes.ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _created = GroupApprovalTask.objects.get_or_create(
        name=name, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set(groups)
    return task
