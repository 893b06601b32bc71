"""A person leaving the involvement register leaves the forums' lists too (connected by
forums/signals.py)."""

from django.dispatch import receiver

from opportunities.register.events import person_erased

from .services import erase_address


@receiver(person_erased, dispatch_uid="forums.erase_address_of_erased_person")
def erase_address_of_erased_person(sender, email, **kwargs):
    erase_address(email)
