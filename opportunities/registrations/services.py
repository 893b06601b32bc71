"""Registering interest in an opportunity, and what happens to a place afterwards:
cancelling it, and offering a freed place to the waiting list in turn (taking it, saying no
thanks, or letting the time run out). The public form, the private links' pages, the admin,
the schedule and the tests all do these through here.

Every change to an opportunity's places holds the opportunity's row (`_lock`) while it
counts, so two people can never end up in one place, and a place freed goes to the waiting
list before any newcomer."""

import datetime

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from home import page_cache
from home.public_post import save_once

from .models import PlaceOffer, Registration
from .tasks import send_place_offer, send_registration_emails

# A freed place is kept for the person offered it for two days: long enough for someone
# who reads their email every other day, short enough that the next person on the list
# still has time to plan.
OFFER_LASTS = datetime.timedelta(hours=48)
# But only until the day before the activity, so whoever takes it can arrange travel,
# support and time off. When that is closer than this, the offer lasts this long instead
# (never past the start): a late place is still worth offering.
SHORTEST_OFFER = datetime.timedelta(hours=6)

# What cancelling, taking or declining a place did, for the page to say.
CANCELLED = "cancelled"
ALREADY_CANCELLED = "already_cancelled"
ACCEPTED = "accepted"
ALREADY_ACCEPTED = "already_accepted"
DECLINED = "declined"
RAN_OUT = "ran_out"
PLACE_GONE = "place_gone"
NO_OFFER = "no_offer"


def register_interest(opportunity, form, language):
    """Save a valid form once, whatever the number of submits of it, joining the waiting
    list when the places are taken (or offered to people already waiting), and matched to
    the person's place on the involvement register by email. Returns (registration, whether
    it is new).

    The confirmation and the host's notice are sent by a task after the commit."""
    key = form.cleaned_data["submission_key"]
    # A second submit of a form already saved: its record, at once (the usual case of a
    # double click); `save_once` below settles two submits that arrive together.
    existing = Registration.objects.filter(submission_key=key).first()
    if existing is not None:
        return existing, False
    with transaction.atomic():
        opportunity = _lock(opportunity)
        # A place free while people wait (the places were raised, say) is theirs first.
        _offer_free_places(opportunity)
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


def _lock(opportunity):
    """Hold the opportunity's row until the transaction ends; its current values."""
    return type(opportunity).objects.select_for_update().get(pk=opportunity.pk)


# Cancelling


def cancel_registration(registration):
    """The person cancels their place (or leaves the waiting list): the place goes to the
    next person waiting. Doing it twice changes nothing the second time. Returns CANCELLED
    or ALREADY_CANCELLED."""
    with transaction.atomic():
        opportunity = _lock(registration.opportunity)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Registration.Status.WITHDRAWN:
            return ALREADY_CANCELLED
        registration.status = Registration.Status.WITHDRAWN
        registration.save(update_fields=["status"])
        PlaceOffer.objects.filter(
            registration=registration, outcome=PlaceOffer.Outcome.WAITING
        ).update(outcome=PlaceOffer.Outcome.DECLINED, answered_at=timezone.now())
        _offer_free_places(opportunity)
    return CANCELLED


# Offering freed places


def offer_free_places(opportunity_id, now=None):
    """Offer each free place at this opportunity to the next person on the waiting list who
    has not had an offer, first come first. Safe to call at any time and any number of
    times (and for an opportunity deleted meanwhile): it offers only places nobody holds or
    has been offered. Returns the offers made."""
    opportunity_model = apps.get_model("opportunities", "OpportunityPage")
    with transaction.atomic():
        opportunity = (
            opportunity_model.objects.select_for_update().filter(pk=opportunity_id).first()
        )
        return _offer_free_places(opportunity, now) if opportunity else []


def _offer_free_places(opportunity, now=None):
    """The same, inside a transaction that holds the opportunity's row."""
    now = now or timezone.now()
    if opportunity.starts_at and opportunity.starts_at <= now:
        return []
    queue = opportunity.registrations.waiting_for_an_offer()
    if opportunity.places is not None:
        free = opportunity.places - opportunity.places_taken()
        if free <= 0:
            return []
        queue = queue[:free]
    expires_at = offer_expires_at(opportunity, now)
    offers = [PlaceOffer(registration=r, expires_at=expires_at) for r in queue]
    if not offers:
        return []
    PlaceOffer.objects.bulk_create(offers)
    _places_changed(opportunity)
    for offer in offers:
        transaction.on_commit(
            lambda registration_id=offer.registration_id: send_place_offer.enqueue(registration_id)
        )
    return offers


def offer_expires_at(opportunity, now):
    """When an offer made `now` runs out: `OFFER_LASTS` on, or the start of the day before
    the activity if that is sooner (see `SHORTEST_OFFER`)."""
    expires_at = now + OFFER_LASTS
    if opportunity.starts_at:
        activity_day = timezone.localtime(opportunity.starts_at).date()
        day_before = timezone.make_aware(
            datetime.datetime.combine(activity_day - datetime.timedelta(days=1), datetime.time())
        )
        expires_at = min(expires_at, day_before)
        if expires_at < now + SHORTEST_OFFER:
            expires_at = min(now + SHORTEST_OFFER, opportunity.starts_at)
    return expires_at


def accept_place(registration, now=None):
    """The person takes the place offered to them: ACCEPTED, ALREADY_ACCEPTED, RAN_OUT (too
    late: it has gone to the next person), DECLINED (they said no thanks before),
    PLACE_GONE (the places were cut meanwhile: they keep their turn) or NO_OFFER."""
    now = now or timezone.now()
    with transaction.atomic():
        opportunity, registration, offer, problem = _answering(registration, now)
        if problem:
            return problem
        if opportunity.places is not None:
            taken = opportunity.registrations.holding_a_place().count()
            if taken >= opportunity.places:
                # Fewer places than offers (the host cut the places): the offer goes and
                # they keep their turn at the head of the list.
                offer.delete()
                _places_changed(opportunity)
                return PLACE_GONE
        registration.on_waiting_list = False
        registration.save(update_fields=["on_waiting_list"])
        offer.outcome, offer.answered_at = PlaceOffer.Outcome.ACCEPTED, now
        offer.save(update_fields=["outcome", "answered_at"])
    return ACCEPTED


def decline_place(registration, now=None):
    """The person says no thanks: they leave the waiting list and the place is offered to
    the next person. DECLINED, or what `accept_place` says when there is nothing to
    answer."""
    now = now or timezone.now()
    with transaction.atomic():
        opportunity, registration, offer, problem = _answering(registration, now)
        if problem:
            return problem
        offer.outcome, offer.answered_at = PlaceOffer.Outcome.DECLINED, now
        offer.save(update_fields=["outcome", "answered_at"])
        registration.status = Registration.Status.WITHDRAWN
        registration.save(update_fields=["status"])
        _offer_free_places(opportunity, now)
    return DECLINED


def _answering(registration, now):
    """(the opportunity, locked; the registration, locked; its offer; what stops an answer,
    or None) for an answer to an offer, inside the caller's transaction. An offer that ran
    out passes to the next person here, whatever the answer was."""
    opportunity = _lock(registration.opportunity)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    offer = PlaceOffer.objects.filter(registration=registration).first()
    problem = unanswerable(registration, offer, now)
    if problem == RAN_OUT:
        _pass_on(offer, opportunity, now)
    return opportunity, registration, offer, problem


def unanswerable(registration, offer, now):
    """Why this offer cannot be answered now, or None (what its page shows)."""
    if offer is None:
        return NO_OFFER
    if offer.outcome == PlaceOffer.Outcome.ACCEPTED:
        return ALREADY_ACCEPTED
    if offer.outcome == PlaceOffer.Outcome.DECLINED:
        return DECLINED
    if offer.outcome == PlaceOffer.Outcome.EXPIRED:
        return RAN_OUT
    if registration.status == Registration.Status.WITHDRAWN:
        return NO_OFFER
    if offer.expires_at <= now:
        return RAN_OUT
    return None


def _pass_on(offer, opportunity, now):
    """The offer ran out: mark it so (only if still unanswered) and offer the place on."""
    ran_out = PlaceOffer.objects.filter(pk=offer.pk, outcome=PlaceOffer.Outcome.WAITING).update(
        outcome=PlaceOffer.Outcome.EXPIRED, answered_at=now
    )
    if ran_out:
        _places_changed(opportunity)
        _offer_free_places(opportunity, now)


def pass_on_offers_that_ran_out(now=None):
    """What the schedule runs: each unanswered offer whose time is up goes to the next
    person, and a place free while people wait (the host raised the places) is offered.
    Returns (offers passed on, offers made)."""
    now = now or timezone.now()
    opportunity_model = apps.get_model("opportunities", "OpportunityPage")
    passed, made = 0, 0
    ran_out = PlaceOffer.objects.ran_out(now).values_list(
        "registration__opportunity_id", flat=True
    )
    waiting = Registration.objects.waiting_for_an_offer().values_list("opportunity_id", flat=True)
    ahead = (
        opportunity_model.objects.filter(pk__in={*ran_out, *waiting})
        .exclude(starts_at__lte=now)
        .values_list("pk", flat=True)
    )
    for opportunity_id in ahead:
        with transaction.atomic():
            opportunity = (
                opportunity_model.objects.select_for_update().filter(pk=opportunity_id).first()
            )
            if opportunity is None:
                continue
            expired = PlaceOffer.objects.ran_out(now).filter(registration__opportunity=opportunity)
            # Each still unanswered: an answer given a moment ago stands.
            expired_now = expired.update(outcome=PlaceOffer.Outcome.EXPIRED, answered_at=now)
            if expired_now:
                _places_changed(opportunity)
            passed += expired_now
            made += len(_offer_free_places(opportunity, now))
    return passed, made


def _places_changed(opportunity):
    """The page's kept copies show its places: purged after the commit, as a registration
    saved purges them (`signals`)."""
    page_cache.purge(f"places:{opportunity.pk}")
