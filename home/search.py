"""Site search: live public pages in the reader's language.

Pages not yet translated are found too: wagtail-localize keeps an alias of each of them in
every language's tree (see home.translation), so one locale holds everything a reader can
open.

Imports only home.translation: home is the core.
"""

from wagtail.models import Locale, Page

from .translation import content_languages

# Enough for any real query on a site this size.
MAX_RESULTS = 200


def search_pages(query):
    """Results for `query` as a list of specific pages, best match first."""
    found = list(
        Page.objects.live().public().filter(locale=Locale.get_active()).search(query)[:MAX_RESULTS]
    )
    # One query per page type, not per result, to fetch each page's own fields (its summary).
    specific = Page.objects.filter(pk__in=[page.pk for page in found]).specific().in_bulk()
    results = [specific[page.pk] for page in found if page.pk in specific]
    languages = content_languages(results)
    for page in results:
        page.content_language = languages[page.pk]
    return results
