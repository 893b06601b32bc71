"""Choices for forms that filter or ask by topic and area."""

from home.languages import InLanguage, default_locale, of_default_language


def taxonomy_choices(model, locale):
    """(slug, name) in the reader's language, or in the default language where the editors
    have not translated them yet (those names say so: `InLanguage`, for their `lang`).
    Slugs are the same in every language."""
    items = list(model.objects.filter(locale=locale).values_list("slug", "name"))
    if not items:
        language = default_locale().language_code
        rows = of_default_language(model.objects.all()).values_list("slug", "name")
        items = [(slug, InLanguage(name, language)) for slug, name in rows]
    return sorted(items, key=lambda item: item[1])
