# A target date the trust gave is never edited away: each move is kept with its reason.

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("forums", "0009_public_text_limits"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="projectaction",
            name="date_change_reason",
            field=models.TextField(
                blank=True,
                help_text="Needed when you change a target date people have already seen. The project page keeps the old date and shows the new one with this reason.",
                max_length=2000,
                validators=[django.core.validators.MaxLengthValidator(2000)],
                verbose_name="why the target date changed",
            ),
        ),
        migrations.CreateModel(
            name="TargetDateChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("action_key", models.UUIDField(db_index=True)),
                ("action", models.CharField(max_length=250)),
                ("old_date", models.DateField()),
                ("new_date", models.DateField()),
                ("reason", models.TextField(blank=True)),
                ("language", models.CharField(max_length=10)),
                ("changed_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "project",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="target_date_changes",
                        to="forums.projectpage",
                    ),
                ),
                (
                    "revision",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                    ),
                ),
            ],
            options={
                "verbose_name": "target date change",
                "ordering": ["changed_at", "pk"],
                "default_permissions": (),
            },
        ),
    ]
