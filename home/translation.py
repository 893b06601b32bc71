"""Keeping the other languages' page trees in step with English.

Every language but English is synchronised from English (wagtail-localize's
`LocaleSynchronization`, set up by home/migrations/0004): each English page has a copy in each
language, an alias that repeats the English until a translator replaces it with a
translation. wagtail-localize makes those aliases only in the admin's "add page" view (its
`after_create_page` hook), so a page made by code (the moderation queue, a task, a command,
the demo loader) had none, and answered 404 at /ur/. `copy_into_every_language` is the one
way a page gets its copies, and `connect` calls it for every page however it was made: when
any revision is published (the editor, a workflow's approval, a service's
`save_revision().publish()`, `publish_scheduled`) and once the transaction that created a page
commits (a page made live without a revision, a draft, a copy).

Imports only home.languages: home is the core.
"""

import re
from html import unescape
from typing import NamedTuple

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.db.models.signals import post_save
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.signals import page_published
from wagtail_localize import synctree
from wagtail_localize.models import (
    LocaleSynchronization,
    StringSegment,
    StringTranslation,
    Translation,
)
from wagtail_localize.synctree import PageIndex, synchronize_tree

from .languages import locale_language_code


def copy_into_every_language(page):
    """Give `page` an alias in each language synchronised from its language that has no copy
    of it yet (neither an alias nor a translation), and its parents too where they lack one.
    Returns the aliases made. Safe to repeat: two queries when every copy exists.

    Aliases themselves are never a source, and the root has no copies."""
    if page.alias_of_id is not None or page.depth < 2:
        return []
    synchronised = LocaleSynchronization.objects.filter(sync_from_id=page.locale_id)
    missing = Locale.objects.filter(pk__in=synchronised.values("locale_id")).exclude(
        pk__in=Page.objects.filter(translation_key=page.translation_key).values("locale_id")
    )
    page = page.specific
    return [page.copy_for_translation(locale, copy_parents=True, alias=True) for locale in missing]


def _copy_on_publish(sender, instance, **kwargs):
    made = copy_into_every_language(instance)
    # Wagtail brings a page's aliases up to date just after this signal (`update_aliases`);
    # these were copied from the very content it would write, so it passes them by.
    instance._aliases_copied_on_publish = [alias.pk for alias in made]


class AliasesCopiedOnPublish:
    """For page models: publishing a page that had no copies yet makes them (`connect`) from
    the content being published, then Wagtail would save each again with that same content
    and send `page_published` for each, to no effect. Skipping that second save of seven
    aliases and their child rows speeds every first publish: the editor's, the tasks', and
    the demo loader's, which took less than half as long without it."""

    def update_aliases(self, *, revision=None, _content=None, _updated_ids=None):
        fresh = self.__dict__.pop("_aliases_copied_on_publish", [])
        return super().update_aliases(
            revision=revision, _content=_content, _updated_ids=[*(_updated_ids or []), *fresh]
        )


def _copy_once_created(sender, instance, created, raw=False, **kwargs):
    """A new page gets its copies once the transaction that made it commits: by then its
    inline children are saved too, and a page deleted in the same transaction is gone."""
    if not created or raw or not isinstance(instance, Page) or instance.alias_of_id:
        return
    pk = instance.pk

    def copy():
        page = Page.objects.filter(pk=pk).first()
        if page is not None:
            copy_into_every_language(page)

    transaction.on_commit(copy, robust=True)


def connect():
    """Connected once, by `HomeConfig.ready()`.

    wagtail-localize's own `after_create_page` hook (run by the admin's "add page" view after
    the page is saved and perhaps published) copies into every language without looking for
    copies that exist, so after these receivers it would fail with "Page with this
    Translation key and Locale already exists". Wagtail has no way to unregister a hook; the
    hook calls `synctree.create_aliases_for_new_page`, so that name is pointed at ours, which
    makes only the copies that are missing."""
    page_published.connect(_copy_on_publish, dispatch_uid="home.copy_into_every_language")
    post_save.connect(_copy_once_created, dispatch_uid="home.copy_new_page_into_every_language")
    synctree.create_aliases_for_new_page = copy_into_every_language


def synchronise_language_trees():
    """Give every page an alias in each synchronised language that lacks a translation of it.

    Every page gets its copies as it is made (see `connect`); this mends a database made
    before that, in one pass (the demo loader ends with it). Safe to repeat: existing aliases
    and translations are left alone.
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


class UntranslatedParts(NamedTuple):
    partly: bool
    wholly: frozenset
    # {field name or block id: the texts (tags stripped) of its segments not translated yet}
    passages: dict


NOTHING_UNTRANSLATED = UntranslatedParts(partly=False, wholly=frozenset(), passages={})
TAG = re.compile(r"<[^>]+>")


def passage_text(html):
    """A passage's words, for matching a rendered paragraph to its segment: tags dropped
    (wagtail-localize rewrites a segment's links), entities and spaces as rendered."""
    return " ".join(unescape(TAG.sub("", html)).split())


def untranslated_parts(page):
    """The parts of a translated page that wagtail-localize published still in the words of
    the page it translates: its editor publishes what is done and keeps the original's words
    for the rest, until a translator gets to them. A frozenset of field names ("summary")
    and StreamField block ids, each only when none of its segments is translated yet (a
    rich-text field translated paragraph by paragraph is mixed, and is left to the page's
    notice), with `partly` true when any segment is untranslated. Nothing for an alias
    (wholly English, said so by its own notice), a page in the default language and a
    wholly translated page. `passages` holds the words of each untranslated segment by
    field and block, for marking the paragraphs of a mixed rich text one by one. Two queries
    for a translation, none otherwise, and none again for the same page object (a page's
    template asks once per field)."""
    if not isinstance(page, Page) or page.alias_of_id or not page.pk:
        return NOTHING_UNTRANSLATED
    if "_untranslated_parts" not in page.__dict__:
        page.__dict__["_untranslated_parts"] = _find_untranslated_parts(page)
    return page.__dict__["_untranslated_parts"]


def _find_untranslated_parts(page):
    # The default language's code from settings, not Locale.get_default(): no query.
    if locale_language_code(page.locale_id) == get_supported_content_language_variant(
        settings.LANGUAGE_CODE
    ):
        return NOTHING_UNTRANSLATED
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id
        )
        .only("source_id")
        .first()
    )
    if translation is None:
        return NOTHING_UNTRANSLATED
    segments = (
        StringSegment.objects.filter(source_id=translation.source_id)
        .exclude(
            # A page's slug is its address, not words anyone reads: a translator who leaves it
            # (it sits apart, on the Promote tab) has not left anything in English.
            context__path="slug"
        )
        .annotate(
            translated=Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=page.locale_id,
                    has_error=False,
                )
            )
        )
    )
    parts, passages, partly = {}, {}, False
    rows = segments.values_list("context__path", "translated", "string__data")
    for path, translated, words in rows:
        field, _, rest = path.partition(".")
        keys = [field, rest.partition(".")[0]] if rest else [field]
        for key in keys:
            parts[key] = parts.get(key, True) and not translated
            if not translated:
                passages.setdefault(key, set()).add(passage_text(words))
        partly = partly or not translated
    return UntranslatedParts(
        partly=partly,
        wholly=frozenset(key for key, untranslated in parts.items() if untranslated),
        passages={key: frozenset(texts) for key, texts in passages.items()},
    )


def partly_in_english(page):
    """True for a translated page published with some segments still in the original's
    words (see `untranslated_parts`)."""
    return untranslated_parts(page).partly
