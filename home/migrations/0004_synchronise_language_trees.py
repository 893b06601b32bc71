"""Every other language's page tree follows English: wagtail-localize keeps an alias of each
English page in each language until a translator replaces it with a translation. Readers of
Urdu stay on /ur/ addresses and see the English text, marked as English, meanwhile."""

from django.conf import settings
from django.db import migrations


def synchronise_from_english(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize.LocaleSynchronization")
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    for locale in Locale.objects.exclude(pk=english.pk):
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": english})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_editor_groups_and_workflow"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(synchronise_from_english, migrations.RunPython.noop)]
