"""Translators who can translate, and a second person who checks before a translation goes
live.

Each language other than English gets a "Translators: <language>" group that may change
(never publish) the pages of that language's tree and translate the glossary terms, plainer
words, topics, areas, venues and services; "Translators" gives every such language. Each
language's tree gets a "Translation review" workflow: a communications officer or another
translator approves (the forum review stays on the English forums only). Communications
officers may now manage the glossary, the plainer words and the services too (topics, areas
and venues they had already).

Languages and home pages made later get the same from home/translating/signals.py.
"""

from django.conf import settings
from django.db import migrations

from home.permissions import COMMUNICATIONS, give_translators_a_language, grant_permissions

COMMUNICATIONS_GRANTS = {
    "glossary": [
        "add_glossaryterm",
        "change_glossaryterm",
        "delete_glossaryterm",
        "add_plainerword",
        "change_plainerword",
        "delete_plainerword",
    ],
    "forums": ["add_service", "change_service", "delete_service"],
}


def give_translators_their_languages(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    # The forum review (co-chairs, then communications) is for the English forum pages; their
    # copies in other languages are translations, reviewed in their language's workflow.
    WorkflowPage.objects.filter(workflow__name="Forum review").exclude(
        page__locale__language_code=settings.LANGUAGE_CODE
    ).delete()
    for app_label, codenames in COMMUNICATIONS_GRANTS.items():
        grant_permissions(apps, {COMMUNICATIONS: codenames}, app_label)
    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE):
        give_translators_a_language(apps, locale)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_translation_review_task"),
        ("glossary", "0001_initial"),
        ("opportunities", "0007_mark_anonymised_registrations"),
        ("forums", "0008_ideas_use_the_service_snippet"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.RunPython(give_translators_their_languages, migrations.RunPython.noop)
    ]
