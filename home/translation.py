"""Keeping the other languages' page trees in step with English.

Imports nothing of ours: home is the core.
"""

from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree


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
    """{page pk: language code of the page's words} in one query, whatever the number of
    pages: a page's own locale, or for an alias (the copy kept in a language the page is not
    yet translated into) the locale of the page it copies."""
    source_ids = {page.alias_of_id for page in pages if page.alias_of_id}
    wanted = {page.pk for page in pages} | source_ids
    languages = dict(Page.objects.filter(pk__in=wanted).values_list("pk", "locale__language_code"))
    return {page.pk: languages.get(page.alias_of_id or page.pk) for page in pages}
