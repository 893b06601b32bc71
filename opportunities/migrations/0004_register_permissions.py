"""The involvement register is the Involvement team's alone: nobody else, not even
communications officers, is given its permissions. Communications officers may edit the
register page itself, as any page, through their page permissions."""

from django.db import migrations

from home.permissions import grant_permissions

GRANTS = {
    "Involvement team": ["add_person", "view_person", "change_person", "delete_person"],
}


def grant(apps, schema_editor):
    grant_permissions(apps, GRANTS, "opportunities")


class Migration(migrations.Migration):
    dependencies = [("opportunities", "0003_involvement_register")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
