from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0005_glossary_marking"),
    ]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="anonymised_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="anonymised"
            ),
        ),
    ]
