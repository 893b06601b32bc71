import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0012_registration_public_id"),
    ]

    operations = [
        migrations.AlterField(
            model_name="registration",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.CreateModel(
            name="PlaceOffer",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("offered_at", models.DateTimeField(auto_now_add=True, verbose_name="offered")),
                ("expires_at", models.DateTimeField(verbose_name="answer by")),
                (
                    "outcome",
                    models.CharField(
                        choices=[
                            ("waiting", "Waiting for an answer"),
                            ("accepted", "Accepted"),
                            ("declined", "Said no thanks"),
                            ("expired", "Ran out"),
                        ],
                        default="waiting",
                        max_length=20,
                        verbose_name="answer",
                    ),
                ),
                (
                    "answered_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="answered"),
                ),
                (
                    "emailed_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="emailed"),
                ),
                (
                    "registration",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="place_offer",
                        to="opportunities.registration",
                    ),
                ),
            ],
            options={
                "verbose_name": "place offered from the waiting list",
                "ordering": ["offered_at"],
            },
        ),
    ]
