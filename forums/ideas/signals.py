"""Receivers for improvement ideas, connected in `ForumsConfig.ready()` (through
forums/signals.py).

Publishing an idea in the default language tells its followers of new changes (each change
once: see `StatusEmail`)."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from home.languages import is_original

from .tasks import announce_status_changes


@receiver(page_published, dispatch_uid="forums.idea_published")
def announce_status_changes_on_publish(sender, instance, **kwargs):
    if instance._meta.label != "forums.IdeaPage":
        return
    if is_original(instance):
        transaction.on_commit(lambda: announce_status_changes.enqueue(instance.pk))
