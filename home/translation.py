"""Keeping the other languages' page trees in step with English.

Imports only home.languages: home is the core.
"""

from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree

from .languages import locale_language_code


def synchronise_language_trees():
    """Give every page an alias in each synchronised language that lacks a translation of it.

    wagtail-localize does this by itself for pages made in the admin; pages made in code (the
    demo content, a migration) need this call. Safe to repeat: existing aliases and
    translations are left alone.
    """
    index = PageIndex.from_database().sort_by_tree_position()
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(sync.sync_from, sync.locale, page_index=index)


def content_languages(pages):
    """{page pk: language code of the page's words}, whatever the number of pages: a page's
    own locale, or for an alias (the copy kept in a language the page is not yet translated
    into) the locale of the page it copies. One query for the aliases' originals, none when
    there are no aliases (locales come from `locale_language_code`'s table)."""
    source_ids = {page.alias_of_id for page in pages if page.alias_of_id}
    sources = (
        dict(Page.objects.filter(pk__in=source_ids).values_list("pk", "locale_id"))
        if source_ids
        else {}
    )
    languages = {}
    for page in pages:
        locale_id = sources.get(page.alias_of_id) if page.alias_of_id else page.locale_id
        languages[page.pk] = locale_language_code(locale_id) if locale_id else None
    return languages
