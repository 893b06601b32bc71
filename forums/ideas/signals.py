"""Receivers for improvement ideas, connected in `ForumsConfig.ready()` (through
forums/signals.py).

Publishing an idea in the default language tells its followers of new changes (each change
once: see `StatusEmail`). A vote counted or voided purges the kept copies of its idea and
of the lists of ideas (home/page_cache/)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from home import page_cache
from home.languages import is_original

from .tasks import announce_status_changes
from .votes import Vote


@receiver(page_published, dispatch_uid="forums.idea_published")
def announce_status_changes_on_publish(sender, instance, **kwargs):
    if instance._meta.label != "forums.IdeaPage":
        return
    if is_original(instance):
        transaction.on_commit(lambda: announce_status_changes.enqueue(instance.pk))


@receiver(post_save, sender=Vote, dispatch_uid="forums.vote_saved")
@receiver(post_delete, sender=Vote, dispatch_uid="forums.vote_deleted")
def purge_vote_counts(sender, instance, **kwargs):
    page_cache.purge("votes", f"votes:{instance.idea_id}")
