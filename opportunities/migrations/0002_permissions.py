"""Who may see the people who register: the Involvement team. Who manages the lists that
opportunities are filed under: Communications officers."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Involvement team": ["view_registration", "change_registration", "delete_registration"],
    "Communications officers": [
        "add_topic",
        "change_topic",
        "delete_topic",
        "add_area",
        "change_area",
        "delete_area",
        "add_venue",
        "change_venue",
        "delete_venue",
    ],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("opportunities")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group_name, codenames in GRANTS.items():
        group = Group.objects.get(name=group_name)
        permissions = Permission.objects.filter(
            content_type__app_label="opportunities", codename__in=codenames
        )
        assert permissions.count() == len(codenames), codenames
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0001_initial"),
        ("home", "0003_editor_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
