import uuid

from django.db import migrations, models


def give_each_a_public_id(apps, schema_editor):
    Registration = apps.get_model("opportunities", "Registration")
    for registration in Registration.objects.filter(public_id=None).only("pk").iterator():
        Registration.objects.filter(pk=registration.pk).update(public_id=uuid.uuid4())


class Migration(migrations.Migration):
    """A random id for each registration's private links (cancel, take an offered place).
    Added empty and filled here; made unique and required in the next migration, as
    PostgreSQL cannot alter a table in the transaction that just updated its rows."""

    dependencies = [
        ("opportunities", "0011_registration_emails_one_retry_policy"),
    ]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(give_each_a_public_id, migrations.RunPython.noop),
    ]
