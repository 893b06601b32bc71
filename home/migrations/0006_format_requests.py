import uuid

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

import home.format_requests.models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_glossary_marking"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="organisationsettings",
            name="format_requests_email",
            field=models.EmailField(
                blank=True,
                help_text="The communications team's address: each visitor's request for a page in another language or format is sent here. If empty, requests go to the email above.",
                max_length=254,
                verbose_name="email for requests for other languages and formats",
            ),
        ),
        migrations.CreateModel(
            name="FormatRequest",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "wanted",
                    models.CharField(
                        choices=home.format_requests.models.wanted_choices,
                        max_length=20,
                        verbose_name="asked for",
                    ),
                ),
                (
                    "other_language",
                    models.CharField(
                        blank=True, max_length=80, verbose_name="which other language"
                    ),
                ),
                (
                    "email",
                    models.EmailField(
                        blank=True, max_length=254, verbose_name="email to reply to"
                    ),
                ),
                (
                    "phone",
                    models.CharField(
                        blank=True, max_length=40, verbose_name="phone number to reply to"
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        default="en-gb", max_length=10, verbose_name="reading the site in"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(
                        db_index=True, default=django.utils.timezone.now, verbose_name="asked on"
                    ),
                ),
                (
                    "team_told_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="team emailed"),
                ),
                (
                    "contact_erased_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="way to reply erased"
                    ),
                ),
                (
                    "submission_key",
                    models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
                ),
                (
                    "page",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.WAGTAIL_PAGE_MODEL,
                        verbose_name="page",
                    ),
                ),
            ],
            options={
                "verbose_name": "request for another language or format",
                "verbose_name_plural": "requests for another language or format",
                "ordering": ["-created_at"],
            },
        ),
    ]
