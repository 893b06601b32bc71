"""The payments page: what the trust pays for involvement, and where each claim opens."""

import django.db.models.deletion
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0016_payment_levels_and_claims"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="PaymentsPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                (
                    "summary",
                    models.TextField(
                        blank=True,
                        help_text="One or two short sentences in plain English saying what this page is for. Shown under the title and in search results.",
                        max_length=300,
                        verbose_name="summary",
                    ),
                ),
                (
                    "glossary_marking",
                    models.BooleanField(
                        default=True,
                        help_text="Link the first use of each glossary word on this page to its plain-English meaning. Untick to turn this off for this page only.",
                        verbose_name="mark glossary words",
                    ),
                ),
                (
                    "introduction",
                    wagtail.fields.RichTextField(blank=True, verbose_name="introduction"),
                ),
            ],
            options={
                "verbose_name": "payments and claims page",
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, "wagtailcore.page"),
        ),
    ]
