"""Registering interest in an opportunity: what the public form's valid submission does,
whichever page type shows the form (an opportunity, a forum meeting)."""

from django.apps import apps
from django.db import transaction

from home.public_post import save_once

from .models import Registration
from .tasks import send_registration_emails


def register_interest(opportunity, form, language):
    """Save a valid form once, whatever the number of submits of it, joining the waiting
    list when the places are taken, and matched to the person's place on the involvement
    register by email. Returns (registration, whether it is new).

    The confirmation and the host's notice are sent by a task after the commit."""
    key = form.cleaned_data["submission_key"]
    # A second submit of a form already saved: its record, at once (the usual case of a
    # double click); `save_once` below settles two submits that arrive together.
    existing = Registration.objects.filter(submission_key=key).first()
    if existing is not None:
        return existing, False
    with transaction.atomic():
        # Hold the opportunity's row while counting, so two people cannot take one place.
        type(opportunity).objects.select_for_update().filter(pk=opportunity.pk).first()
        registration = form.save(commit=False)
        registration.opportunity = opportunity
        registration.language = language
        registration.on_waiting_list = opportunity.is_full()
        if registration.email:
            registration.person = _registered_person(registration.email)
        registration, created = save_once(registration, key)
        if created:
            transaction.on_commit(lambda: send_registration_emails.enqueue(registration.pk))
    return registration, created


def _registered_person(email):
    """The person on the register with this address, if any. The register builds on this
    package, so its model is looked up in the app registry rather than imported."""
    person_model = apps.get_model("opportunities", "Person")
    return person_model.objects.registered().filter(email=email.lower()).first()
