"""The host's alert of each registration (`OpportunityPage.email_each_registration`) and
when a registration's confirmation went by text (`Registration.texted_at`)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0017_payments_page"),
    ]

    operations = [
        migrations.AddField(
            model_name="opportunitypage",
            name="email_each_registration",
            field=models.BooleanField(
                default=True,
                help_text="A short email to the host's email for each new registration: how many places are left, and a link to the activity's page. It never names the person. Requests for support are always emailed.",
                verbose_name="email me about each registration",
            ),
        ),
        migrations.AddField(
            model_name="registration",
            name="texted_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="texted"
            ),
        ),
        migrations.AlterField(
            model_name="opportunitypage",
            name="contact_email",
            field=models.EmailField(
                help_text="Told about each registration that asks for support, and about every other registration unless you untick the box below. Not shown publicly.",
                max_length=254,
                verbose_name="host's email",
            ),
        ),
    ]
