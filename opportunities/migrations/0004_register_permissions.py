"""The involvement register is the Involvement team's alone: nobody else, not even
communications officers, is given its permissions. Communications officers may edit the
register page itself, as any page, through their page permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Involvement team": ["add_person", "view_person", "change_person", "delete_person"],
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
    dependencies = [("opportunities", "0003_involvement_register")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
