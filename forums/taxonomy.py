"""The forums' shared taxonomy: `Service`, the one list of the trust's services that ideas
and projects are about (a translatable snippet, its slug the same in every language), so an
idea taken into a project shares its service.

Below every feature: imports only opportunities' `TaxonomySnippet`; ideas and projects
import it.
"""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from home.languages import InLanguage
from opportunities.taxonomy.models import TaxonomySnippet

# The services ideas named before they used the snippet (a fixed list of choices), as
# (slug, name). `service_for` finds the snippet for one: the one with the same name in the
# default language, else the one with this slug, else a new one. Migration 0008 maps the
# stored values the same way.
IDEA_SERVICES = {
    "community": ("community", "Community mental health teams"),
    "wards": ("wards", "Wards and hospital care"),
    "crisis": ("crisis", "Crisis care"),
    "talking": ("talking", "Talking therapies"),
    "young": ("young", "Children and young people"),
    "older": ("older", "Older people"),
    "trust_wide": ("trust_wide", "Across the trust"),
}
# What an idea is about when nobody said: the whole trust.
ACROSS_THE_TRUST = "trust_wide"


class Service(TaxonomySnippet):
    """A service an idea or a project is about (for example: community mental health teams),
    to filter them by. Translatable; its slug is the same in every language."""

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("service")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


def service_for(value):
    """The `Service` (in the default language) for one of the ideas' former choice values
    (`IDEA_SERVICES`), made if missing."""
    slug, name = IDEA_SERVICES[value]
    locale = Locale.get_default()
    in_locale = Service.objects.filter(locale=locale)
    service = in_locale.filter(name=name).first() or in_locale.filter(slug=slug).first()
    if service is None:
        service = Service.objects.create(name=name, slug=slug, locale=locale)
    return service


def service_choices(locale):
    """(slug, name) of every service, in `locale` where translated, else in the default
    language (an `InLanguage`, for its `lang`), sorted by name: one query."""
    default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    rows = Service.objects.filter(Q(locale=locale) | Q(locale__language_code=default_code))
    names = {}
    for slug, name, locale_id in rows.values_list("slug", "name", "locale_id"):
        if slug not in names or locale_id == locale.pk:
            names[slug] = name if locale_id == locale.pk else InLanguage(name, default_code)
    return sorted(names.items(), key=lambda item: item[1])
