"""What makes the glossary matchers rebuild (glossary/marking.py): a term saved or deleted,
or a glossary page published, unpublished, moved or deleted (its address is in each mark).

Imports marking, pages and terms; connected in GlossaryConfig.ready().
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .marking import glossary_changed
from .pages import GlossaryPage
from .terms import GlossaryTerm


def _glossary_page_changed(sender, instance, **kwargs):
    if isinstance(instance, GlossaryPage) or instance.specific_class is GlossaryPage:
        glossary_changed()


def connect():
    post_save.connect(glossary_changed, sender=GlossaryTerm, dispatch_uid="glossary-term-save")
    post_delete.connect(glossary_changed, sender=GlossaryTerm, dispatch_uid="glossary-term-delete")
    post_delete.connect(glossary_changed, sender=GlossaryPage, dispatch_uid="glossary-page-delete")
    page_published.connect(_glossary_page_changed, dispatch_uid="glossary-page-publish")
    page_unpublished.connect(_glossary_page_changed, dispatch_uid="glossary-page-unpublish")
    # A move changes the address of every page below, the glossary page perhaps among them.
    post_page_move.connect(glossary_changed, dispatch_uid="glossary-page-move")
