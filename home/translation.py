"""Keeping the other languages' page trees in step with English."""

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
