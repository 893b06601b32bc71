"""What happens to a person on the register: joining, confirming, changing their details and
equality answers, pausing contact, staying another year, asking for a fresh link, and leaving
or being erased. The register's pages, its admin, the daily command, the demo and the tests
all do these through here."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from home.public_post import save_once

from ..registrations.models import Registration
from .models import Person
from .tasks import send_register_email

# Joining


def join_register(form, language):
    """Save a valid first step once, whatever the number of submits of it. Returns the
    (unconfirmed) person; the confirmation email goes by a task after the commit.

    Typing someone else's address touches nothing of theirs: their own unconfirmed entry
    stays (the daily care removes entries nobody confirmed), and when the address is on the
    register already, its owner is sent their own private link (where they change their
    details themselves) instead of a link that would put these details on their record.
    The new entry is never confirmed and goes with the daily care. The page that follows is
    the same either way, so nobody learns who is on the register."""
    key = form.cleaned_data["submission_key"]
    with transaction.atomic():
        existing = Person.objects.filter(submission_key=key).first()
        if existing:
            return existing
        person = form.save(commit=False)
        person.language = language
        person, created = save_once(person, key)
        if created and person.email:
            registered = Person.objects.registered().filter(email=person.email).first()
            if registered is not None:
                transaction.on_commit(
                    lambda: send_register_email.enqueue(registered.pk, "manage_link")
                )
            else:
                transaction.on_commit(
                    lambda: send_register_email.enqueue(person.pk, "confirm_email")
                )
    return person


def confirm_person(person, now=None):
    """Count this entry as registered: the email's owner has clicked their link. If the
    address was registered meanwhile (two entries confirmed, or an old link), the registered
    record stays as it is and this entry goes: only the person changes their own details,
    from their private page. Returns the registered person."""
    now = now or timezone.now()
    with transaction.atomic():
        registered = (
            Person.objects.registered()
            .select_for_update()
            .filter(email=person.email)
            .exclude(pk=person.pk)
            .first()
            if person.email
            else None
        )
        if registered is None:
            person.confirmed_at = now
            person.consent_renewed_at = now
            person.renewal_requested_at = None
            try:
                with transaction.atomic():
                    person.save(
                        update_fields=[
                            "confirmed_at",
                            "consent_renewed_at",
                            "renewal_requested_at",
                        ]
                    )
            except IntegrityError:
                # Another entry with this address was confirmed at the same moment: this
                # one joins it instead.
                person.confirmed_at = None
                return confirm_person(person, now)
            registered = person
        else:
            registered.renew_consent(now)
            person.delete()
        # Earlier expressions of interest with this address belong to the person.
        if registered.email:
            Registration.objects.filter(email=registered.email, person=None).update(
                person=registered
            )
    return registered


# Changing what we hold


def change_details(contact_form, preferences_form):
    """Save the person's own changes: valid forms for their contact details (either may be
    None) and their interests."""
    if contact_form is not None:
        contact_form.save()
    return preferences_form.save()


def answer_equality_questions(person, form):
    """Keep the person's valid equality answers; every answer taken back keeps nothing."""
    existing = form.instance if form.instance.pk else None
    if form.has_answers:
        answers = form.save(commit=False)
        answers.person = person
        answers.save()
    elif existing:
        existing.delete()


def pause_contact(person, paused=True):
    person.contact_paused = paused
    person.save(update_fields=["contact_paused"])


def stay_on_register(person, now=None):
    """The yearly question answered "yes, keep me": another year from now."""
    person.renew_consent(now)


def send_new_link(email):
    """Email a fresh private link to the address: the self-service page to someone on the
    register, the confirmation again to someone who has not confirmed, nothing to a stranger.
    """
    email = email.strip().lower()
    person = Person.objects.registered().filter(email=email).first()
    kind = "manage_link"
    if person is None:
        person = Person.objects.filter(email=email).order_by("-created_at").first()
        kind = "confirm_email"
    if person:
        send_register_email.enqueue(person.pk, kind)


# Leaving


def log_title(person):
    """How the audit log names a person: by record number, never by name."""
    return _("Person %(number)s") % {"number": person.pk}


def erase_person(person, by=None):
    """Erase every trace of the person (`Person.erase`). Staff erasing someone (`by`) is
    written to the audit log first, under the record's number."""
    if by is not None:
        log(
            instance=person,
            action="opportunities.erase_person",
            user=by,
            title=log_title(person),
        )
    person.erase()


def leave_register(person):
    """The person leaves: everything goes at once."""
    erase_person(person)
