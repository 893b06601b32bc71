"""What purges every copy: anything a page shows that editors change. Connected in
`HomeConfig.ready()`.

- Pages: published, unpublished (Wagtail sends it for deletion too), moved. A translation
  synced by wagtail-localize is published like any page.
- Snippets, settings, images, documents, redirects, sites and locales: saved or deleted.
- Any other model a page shows sets `shown_on_public_pages = True` (a voting round).
Drafts and autosaves purge nothing: only what is live is kept."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import DraftStateMixin, Locale, Page, Site
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)
from wagtail.snippets.models import get_snippet_models

from . import store


def models_pages_show():
    """Every model whose saved rows are live on public pages as they are saved."""
    shown = {Site, Locale, *get_snippet_models()}
    for model in apps.get_models():
        if issubclass(model, Page):
            continue
        if issubclass(model, (BaseGenericSetting, BaseSiteSetting)) or getattr(
            model, "shown_on_public_pages", False
        ):
            shown.add(model)
    for label in ("wagtailimages.Image", "wagtaildocs.Document", "wagtailredirects.Redirect"):
        shown.add(apps.get_model(label))
    return shown


def _purge_unless_draft(sender, instance, **kwargs):
    """A snippet with drafts is saved for every draft; only its publishing counts (the
    `published` signal), but deleting it does."""
    if isinstance(instance, DraftStateMixin) and kwargs.get("signal") is post_save:
        return
    store.purge_everything()


def connect():
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(store.purge_everything, dispatch_uid="page-cache")
    for model in models_pages_show():
        for signal in (post_save, post_delete):
            signal.connect(
                _purge_unless_draft, sender=model, dispatch_uid=f"page-cache-{model._meta.label}"
            )
