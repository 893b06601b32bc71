"""A registration made, changed or deleted changes its opportunity's places: the kept copies
of its page are purged (home/page_cache/). Connected in `OpportunitiesConfig.ready()`."""

from django.db.models.signals import post_delete, post_save

from home import page_cache

from .models import Registration


def purge_places(sender, instance, **kwargs):
    page_cache.purge(f"places:{instance.opportunity_id}")


def connect():
    post_save.connect(purge_places, sender=Registration, dispatch_uid="registration_saved")
    post_delete.connect(purge_places, sender=Registration, dispatch_uid="registration_deleted")
