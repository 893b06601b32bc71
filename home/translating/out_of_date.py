"""Translations that are behind English: what changed, and since when.

wagtail-localize keeps, for each translated page or snippet, a frozen copy of the English
it was translated from (a TranslationSource, refreshed only when someone syncs) and the
translated passages (StringTranslation, one per English passage and language). A
translation is behind when

- English has changed since the last sync: the live English passages differ from the
  frozen ones. Syncing (wagtail-localize's "Sync translated pages") brings the changes in
  and keeps every translation of an unchanged passage, because a translation belongs to
  the passage's text, not to the revision;
- or some passages of the frozen English have no translation yet (new ones brought in by a
  sync, or never translated): readers see them in English.

wagtail-localize has no report of this (its issue 832); this module builds it on its
models. Imports access and review of this package."""

import json
from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale, ModelLogEntry, Page, PageLogEntry
from wagtail_localize.models import Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .access import language_ids
from .review import untranslated


@dataclass
class BehindEnglish:
    """One translation that is behind English."""

    translation: Translation
    title: str
    kind: str
    edit_url: str
    sync_url: str
    changed: int  # English passages new or changed since the last sync
    removed: int  # English passages gone since the last sync
    missing: int  # passages of the synced English with no translation yet
    english_changed_at: datetime | None  # the first English change after the last sync
    synced_at: datetime

    @property
    def locale(self):
        return self.translation.target_locale

    @property
    def needs_sync(self):
        return bool(self.changed or self.removed)

    @property
    def since(self):
        return self.english_changed_at or self.synced_at


def _passages(segments):
    return {
        (segment.path, segment.string.data)
        for segment in segments
        if isinstance(segment, StringSegmentValue)
    }


def english_changes(source):
    """(new or changed, removed) English passages of `source`'s object since its last sync,
    and when English first changed after it (None when unknown or unchanged)."""
    instance = source.get_source_instance()
    if isinstance(instance, Page):
        if not instance.last_published_at or instance.last_published_at <= source.last_updated_at:
            return 0, 0, None
    elif not isinstance(instance, ClusterableModel):
        current = json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
        if json.loads(current) == json.loads(source.content_json):
            return 0, 0, None
    live = _passages(extract_segments(instance))
    synced = {
        (segment.context.path, segment.string.data)
        for segment in source.stringsegment_set.select_related("context", "string")
    }
    new, gone = len(live - synced), len(synced - live)
    if not (new or gone):
        return 0, 0, None
    return new, gone, _first_change_after(instance, source.last_updated_at)


def _first_change_after(instance, moment):
    if isinstance(instance, Page):
        entries = PageLogEntry.objects.filter(
            page_id=instance.pk, action="wagtail.publish", timestamp__gt=moment
        )
        fallback = instance.last_published_at
    else:
        entries = ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
            object_id=str(instance.pk),
            action__in=["wagtail.edit", "wagtail.create"],
            timestamp__gt=moment,
        )
        fallback = None
    first = entries.order_by("timestamp").values_list("timestamp", flat=True).first()
    return first or fallback


def behind_english(user=None, locale=None):
    """Every enabled translation that is behind English, oldest first: into the languages
    `user` may write in (every language when no user is given), or only into `locale`."""
    translations = Translation.objects.filter(enabled=True).select_related(
        "source", "source__specific_content_type", "target_locale"
    )
    translations = translations.exclude(target_locale=Locale.get_default())
    if user is not None:
        translations = translations.filter(target_locale_id__in=language_ids(user))
    if locale is not None:
        translations = translations.filter(target_locale=locale)
    changes = {}
    rows = []
    for translation in translations.order_by("source_id", "target_locale_id"):
        source = translation.source
        try:
            if source.pk not in changes:
                changes[source.pk] = english_changes(source)
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            continue  # the English or the translation was deleted
        new, gone, changed_at = changes[source.pk]
        missing = untranslated(translation).count()
        if not (new or gone or missing):
            continue
        rows.append(
            BehindEnglish(
                translation=translation,
                title=str(target),
                kind=target._meta.verbose_name,
                edit_url=translation.get_target_instance_edit_url(),
                sync_url=reverse("wagtail_localize:update_translations", args=[source.pk]),
                changed=new,
                removed=gone,
                missing=missing,
                english_changed_at=changed_at,
                synced_at=source.last_updated_at,
            )
        )
    rows.sort(key=lambda row: row.since)
    return rows
