"""Who may see the people who register: the Involvement team. Who manages the lists that
opportunities are filed under: Communications officers."""

from django.db import migrations

from home.permissions import grant_permissions

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
    grant_permissions(apps, GRANTS, "opportunities")


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0001_initial"),
        ("home", "0003_editor_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
