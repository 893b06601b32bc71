"""The rate of pay becomes an amount and a unit, so each language can show it in its own form
("£25 an hour", "25 £ na godzinę"). The free text `payment_rate` becomes `payment_note`,
for what an amount and a unit cannot say. A text that reads as a plain rate ("£25 an hour",
"£12.50 per session") moves into the new fields and leaves the note empty; anything else
stays as the note for an editor to look at. The latest revision of each page gets the same
change, so the next edit in the admin does not bring the old text back."""

import decimal
import re

from django.db import migrations, models

RATE = re.compile(
    r"^\s*£\s*(?P<amount>\d{1,5}(?:\.\d{1,2})?)\s*(?:an?|per|each|for each)\s+"
    r"(?P<unit>hour|day|session)s?\s*\.?\s*$",
    re.IGNORECASE,
)


def parse_rate(text):
    """(amount, unit) for a text that is just a rate, else None."""
    match = RATE.match(text or "")
    if not match:
        return None
    return decimal.Decimal(match["amount"]), match["unit"].lower()


def split(apps, schema_editor):
    OpportunityPage = apps.get_model("opportunities", "OpportunityPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for page in OpportunityPage.objects.exclude(payment_note=""):
        rate = parse_rate(page.payment_note)
        if rate is None:
            continue
        page.payment_amount, page.payment_unit = rate
        page.payment_note = ""
        page.save(update_fields=["payment_amount", "payment_unit", "payment_note"])
    for revision in Revision.objects.filter(
        content_type__app_label="opportunities",
        content_type__model="opportunitypage",
        content__has_key="payment_rate",
    ):
        content = revision.content
        text = content.pop("payment_rate", "")
        rate = parse_rate(text)
        if rate is None:
            content["payment_note"] = text
        else:
            content["payment_amount"], content["payment_unit"] = str(rate[0]), rate[1]
            content["payment_note"] = ""
        revision.save(update_fields=["content"])


def join(apps, schema_editor):
    OpportunityPage = apps.get_model("opportunities", "OpportunityPage")
    words = {"hour": "an hour", "day": "a day", "session": "a session"}
    for page in OpportunityPage.objects.exclude(payment_amount=None):
        amount = f"{page.payment_amount:.2f}".removesuffix(".00")
        page.payment_note = f"£{amount} {words.get(page.payment_unit, 'an hour')}"
        page.save(update_fields=["payment_note"])


class Migration(migrations.Migration):
    dependencies = [("opportunities", "0007_mark_anonymised_registrations")]

    operations = [
        migrations.RenameField("opportunitypage", "payment_rate", "payment_note"),
        migrations.AlterField(
            model_name="opportunitypage",
            name="payment_note",
            field=models.CharField(
                blank=True,
                help_text="Only what the rate cannot say, for example: paid after each session. Translated with the page.",
                max_length=200,
                verbose_name="more about pay",
            ),
        ),
        migrations.AddField(
            model_name="opportunitypage",
            name="payment_amount",
            field=models.DecimalField(
                blank=True,
                decimal_places=2,
                help_text="As the payment policy sets it, for example: 25.",
                max_digits=7,
                null=True,
                verbose_name="rate of pay, in pounds",
            ),
        ),
        migrations.AddField(
            model_name="opportunitypage",
            name="payment_unit",
            field=models.CharField(
                blank=True,
                choices=[("hour", "an hour"), ("session", "a session"), ("day", "a day")],
                max_length=20,
                verbose_name="for each",
            ),
        ),
        migrations.RunPython(split, join),
    ]
