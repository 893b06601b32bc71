"""Ideas and suggestions name their service with the `Service` snippet that projects use,
instead of a fixed list of choices of their own, so an idea taken into a project shares its
service.

Each stored choice value becomes a snippet row in the default language: the one with the
same name, else the one whose slug is the former value, else a new one (slug: the former
value, so filter links keep working; name: the former label). Rows are only made for
values in use."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from wagtail.coreutils import get_supported_content_language_variant

# The former choices, as (slug, name): the same as forums/taxonomy.py `IDEA_SERVICES`,
# copied so that this migration never changes with the code.
IDEA_SERVICES = {
    "community": ("community", "Community mental health teams"),
    "wards": ("wards", "Wards and hospital care"),
    "crisis": ("crisis", "Crisis care"),
    "talking": ("talking", "Talking therapies"),
    "young": ("young", "Children and young people"),
    "older": ("older", "Older people"),
    "trust_wide": ("trust_wide", "Across the trust"),
}


def _default_locale(Locale):
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return Locale.objects.filter(language_code=code).first() or Locale.objects.first()


def choices_to_snippets(apps, schema_editor):
    Service = apps.get_model("forums", "Service")
    Locale = apps.get_model("wagtailcore", "Locale")
    rows = [apps.get_model("forums", "IdeaPage"), apps.get_model("forums", "Suggestion")]
    found = {}

    def service_for(value):
        if value not in found:
            slug, name = IDEA_SERVICES.get(value, (value, value))
            locale = _default_locale(Locale)
            in_locale = Service.objects.filter(locale=locale)
            found[value] = (
                in_locale.filter(name=name).first()
                or in_locale.filter(slug=slug).first()
                or Service.objects.create(name=name, slug=slug, locale=locale)
            )
        return found[value]

    for model in rows:
        for row in model.objects.exclude(old_service="").only("pk", "old_service"):
            model.objects.filter(pk=row.pk).update(service=service_for(row.old_service))


def snippets_to_choices(apps, schema_editor):
    by_slug = {slug: value for value, (slug, _name) in IDEA_SERVICES.items()}
    for name in ["IdeaPage", "Suggestion"]:
        model = apps.get_model("forums", name)
        for row in model.objects.exclude(service=None).select_related("service"):
            value = by_slug.get(row.service.slug, "trust_wide")
            model.objects.filter(pk=row.pk).update(old_service=value)


class Migration(migrations.Migration):
    dependencies = [
        ("forums", "0007_idea_glossary_marking"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RenameField("ideapage", "service", "old_service"),
        migrations.RenameField("suggestion", "service", "old_service"),
        migrations.AddField(
            model_name="ideapage",
            name="service",
            field=models.ForeignKey(
                blank=True,
                help_text="The same list as projects, so an idea taken into one shares its service.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="forums.service",
                verbose_name="service",
            ),
        ),
        migrations.AddField(
            model_name="suggestion",
            name="service",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="forums.service",
                verbose_name="service",
            ),
        ),
        migrations.RunPython(choices_to_snippets, snippets_to_choices),
        migrations.RemoveField("ideapage", "old_service"),
        migrations.RemoveField("suggestion", "old_service"),
    ]
