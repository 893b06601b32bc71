"""Site search: live public pages in the reader's language.

Pages not yet translated into the reader's language are searched in the default language,
the same fallback the site uses to show them, so a reader of Urdu still finds every page.
"""

from wagtail.models import Locale, Page

# Enough for any real query on a site this size; keeps the de-duplication in memory cheap.
MAX_RESULTS = 200


def search_pages(query):
    """Results for `query` as a list of specific pages, best match first."""
    active = Locale.get_active()
    default = Locale.get_default()
    locales = {active.pk, default.pk}
    found = list(
        Page.objects.live().public().filter(locale_id__in=locales).search(query)[:MAX_RESULTS]
    )
    translated_keys = {page.translation_key for page in found if page.locale_id == active.pk}
    chosen = [
        page
        for page in found
        if page.locale_id == active.pk or page.translation_key not in translated_keys
    ]
    # One query per page type, not per result, to fetch each page's own fields (its summary).
    specific = {
        page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in chosen]).specific()
    }
    return [specific[page.pk] for page in chosen if page.pk in specific]
