"""A registration made, changed or deleted changes its opportunity's places: the kept copies
of its page are purged (home/page_cache/), and a place freed by staff (marking someone
withdrawn or moving them to the waiting list, or deleting them) is offered to the waiting
list after the commit (`services.offer_free_places`). Connected in
`OpportunitiesConfig.ready()`."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from home import page_cache

from .models import Registration
from .services import offer_free_places


def purge_places(sender, instance, **kwargs):
    page_cache.purge(f"places:{instance.opportunity_id}")


def offer_a_freed_place(sender, instance, created=False, **kwargs):
    holds_a_place = not instance.on_waiting_list and instance.status in (
        Registration.Status.holding_a_place()
    )
    if created or (holds_a_place and kwargs.get("signal") is post_save):
        return
    opportunity_id = instance.opportunity_id
    transaction.on_commit(lambda: offer_free_places(opportunity_id))


def connect():
    post_save.connect(purge_places, sender=Registration, dispatch_uid="registration_saved")
    post_delete.connect(purge_places, sender=Registration, dispatch_uid="registration_deleted")
    post_save.connect(
        offer_a_freed_place, sender=Registration, dispatch_uid="registration_place_freed"
    )
    post_delete.connect(
        offer_a_freed_place, sender=Registration, dispatch_uid="registration_place_deleted"
    )
