"""Communications officers see the requests for a page in another language or format (and
the way to reply each visitor left: personal data, see docs/data-map.md). Nobody else does:
not translators, co-production leads or the involvement team."""

from django.db import migrations

from home.permissions import grant_permissions


def grant(apps, schema_editor):
    grant_permissions(apps, {"Communications officers": ["view_formatrequest"]}, "home")


class Migration(migrations.Migration):
    dependencies = [("home", "0006_format_requests")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
