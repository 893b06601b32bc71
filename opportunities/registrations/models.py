"""A person's interest in one opportunity: the record, how it is found, counted and, a year
after the opportunity closes, anonymised."""

import datetime
import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry

from home import screening
from home.text_limits import LONGEST_TEXT, max_length_validators
from home.texts import can_text

# What an anonymised registration shows where the name was (the admin and the export).
ERASED = _("(erased)")


def host_teams_of(user):
    """The user's groups that are host teams (marked with `host_opportunities`)."""
    return user.groups.filter(permissions__codename=HOST_TEAM_PERMISSION)


HOST_TEAM_PERMISSION = "host_opportunities"


class RegistrationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """What `user` may see: everything for the involvement team (the model's view
        permission), otherwise only the opportunities hosted by one of their groups that is
        a host team (a group chosen before it stopped being one sees nothing)."""
        if user.has_perm("opportunities.view_registration"):
            return self
        return self.filter(opportunity__host_group__in=host_teams_of(user))

    def anonymise(self):
        """Keep what counts (opportunity, date, status) and nothing that says who, and record
        when in `anonymised_at`. Clears the log entries' labels too (see `Person.erase`).
        Returns how many."""
        ids = list(self.values_list("pk", flat=True))
        erased = str(ERASED)
        count = Registration.objects.filter(pk__in=ids).update(
            person=None,
            name=erased,
            email="",
            phone="",
            interpreter_language="",
            access_needs="",
            message="",
            needs_interpreter=False,
            bringing_supporter=False,
            needs_quiet_room=False,
            needs_travel_help=False,
            anonymised_at=timezone.now(),
        )
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Registration),
            object_id__in=[str(pk) for pk in ids],
        ).update(label=erased, data={})
        return count

    def due_for_anonymising(self, today=None):
        """Interest in opportunities that closed over a year ago, not yet anonymised."""
        today = today or timezone.localdate()
        return self.filter(
            opportunity__closing_date__lt=today - datetime.timedelta(days=365),
            anonymised_at=None,
        )

    def holding_a_place(self):
        return self.filter(on_waiting_list=False, status__in=Registration.Status.holding_a_place())

    def waiting(self):
        """On the waiting list and still wanting a place."""
        return self.filter(on_waiting_list=True, status__in=Registration.Status.holding_a_place())

    def waiting_for_an_offer(self):
        """On the waiting list and never offered a place: the queue, first come first."""
        return self.waiting().filter(place_offer=None).order_by("created_at", "pk")


def reply_by(start, working_days=5):
    """The date `working_days` working days after `start` (weekends skipped)."""
    day = start
    remaining = working_days
    while remaining:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            remaining -= 1
    return day


class Registration(models.Model):
    """Personal data: a person's interest in one opportunity, with how to reach them and what
    they need to take part.

    Seen only by users with the `view_registration` permission (the involvement team) and
    by the staff group hosting the opportunity. Matched to the involvement register by
    email when that exists; deleting the opportunity deletes its registrations.
    """

    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONTACTED = "contacted", _("Contacted")
        CONFIRMED = "confirmed", _("Confirmed")
        ATTENDED = "attended", _("Attended")
        WITHDRAWN = "withdrawn", _("Withdrawn")

        @classmethod
        def holding_a_place(cls):
            return [cls.NEW, cls.CONTACTED, cls.CONFIRMED, cls.ATTENDED]

    class ContactMethod(models.TextChoices):
        EMAIL = "email", _("Email")
        PHONE = "phone", _("Phone call")
        TEXT = "text", _("Text message")
        PHONE_BACK = "phone_back", _("Phone me back: I am not online")

    # A string: the opportunity page type lives in `listing`, which builds on this package.
    opportunity = models.ForeignKey(
        "opportunities.OpportunityPage", on_delete=models.CASCADE, related_name="registrations"
    )
    # In private links (cancel, take an offered place) instead of the row number, so a link
    # reveals nothing guessable.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Set when the address belongs to someone on the involvement register.
    person = models.ForeignKey(
        "opportunities.Person",
        verbose_name=_("on the register as"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_method = models.CharField(
        _("how to contact"), max_length=20, choices=ContactMethod.choices
    )
    needs_interpreter = models.BooleanField(_("needs an interpreter"), default=False)
    interpreter_language = models.CharField(_("interpreter language"), max_length=80, blank=True)
    bringing_supporter = models.BooleanField(_("bringing a carer or supporter"), default=False)
    needs_quiet_room = models.BooleanField(_("needs a quiet room"), default=False)
    needs_travel_help = models.BooleanField(_("needs help with travel"), default=False)
    access_needs = models.TextField(
        _("other access needs"),
        blank=True,
        max_length=LONGEST_TEXT,
        validators=max_length_validators(),
    )
    message = models.TextField(
        _("message"), blank=True, max_length=LONGEST_TEXT, validators=max_length_validators()
    )
    consent = models.BooleanField(_("agreed to be contacted"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    on_waiting_list = models.BooleanField(_("on the waiting list"), default=False)
    reply_by = models.DateField(_("reply to support request by"), null=True, blank=True)
    language = models.CharField(
        _("language"), max_length=10, default=settings.LANGUAGE_CODE, editable=False
    )
    emails_sent_at = models.DateTimeField(_("emails sent"), null=True, blank=True)
    # When the confirmation went by text message (home/texts.py): someone who asked for
    # texts and got one is off the host's "people to ring" list.
    texted_at = models.DateTimeField(_("texted"), null=True, blank=True, editable=False)
    # One key per rendered form: a second submit of the same form finds the first record.
    submission_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Set when `anonymise` took out everything that says who (the name then reads "(erased)").
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration of interest")
        verbose_name_plural = _("registrations of interest")
        ordering = ["-created_at"]
        permissions = [
            # Marks a group as a host team (Settings > Groups): only such groups may be
            # given an opportunity's responses to see.
            ("host_opportunities", _("Can be a host team that sees an opportunity's responses")),
            # Who may give a team those responses: the involvement team and administrators.
            ("choose_host_team", _("Can choose which host team sees an opportunity's responses")),
        ]

    def __str__(self):
        return f"{self.name}: {self.opportunity.title}"

    def save(self, *args, **kwargs):
        # One spelling per address, so the involvement register can match people by email.
        self.email = self.email.strip().lower()
        if self.reply_by is None and self.asks_for_support:
            self.reply_by = reply_by(timezone.localdate())
        super().save(*args, **kwargs)

    @property
    def asks_for_support(self):
        return any(
            [
                self.needs_interpreter,
                self.bringing_supporter,
                self.needs_quiet_room,
                self.needs_travel_help,
                self.access_needs.strip(),
            ]
        )

    @property
    def gets_texts(self):
        """Whether messages to this person go by text too (home/texts.py): texts are
        configured, the number is a mobile, and they gave no email address or chose text
        messages. Everyone else gets email only, and those with neither are rung."""
        return bool(
            (not self.email or self.contact_method == self.ContactMethod.TEXT)
            and can_text(self.phone)
        )

    @property
    def mentions_crisis(self):
        """Whether what they wrote (access needs, message) mentions crisis or self-harm, in
        any of the site's languages: the host is told at once and the person is shown crisis
        support."""
        return screening.mentions_crisis(f"{self.access_needs}\n{self.message}")

    @property
    def support_requested(self):
        """The person's requests in words, for the host."""
        requests = []
        if self.needs_interpreter:
            requests.append(
                _("An interpreter (%(language)s)") % {"language": self.interpreter_language}
                if self.interpreter_language
                else _("An interpreter")
            )
        if self.bringing_supporter:
            requests.append(_("Bringing a carer or supporter"))
        if self.needs_quiet_room:
            requests.append(_("A quiet room"))
        if self.needs_travel_help:
            requests.append(_("Help with travel"))
        if self.access_needs.strip():
            requests.append(self.access_needs.strip())
        return requests


class PlaceOfferQuerySet(models.QuerySet):
    def holding_a_place(self):
        """Offers still waiting for an answer, to people still on the waiting list: each keeps
        its place from newcomers until it is answered or passed on (even once its time is up,
        until `pass_on_place_offers` passes it to the next person)."""
        return self.filter(
            outcome=PlaceOffer.Outcome.WAITING,
            registration__on_waiting_list=True,
            registration__status__in=Registration.Status.holding_a_place(),
        )

    def ran_out(self, now=None):
        return self.filter(
            outcome=PlaceOffer.Outcome.WAITING, expires_at__lte=now or timezone.now()
        )


class PlaceOffer(models.Model):
    """A freed place offered to one person on the waiting list, theirs to take until
    `expires_at`. One per registration: a person is offered a place once, in their turn.

    Linked to personal data (a registration), and deleted with it; holds nothing that says
    who on its own."""

    class Outcome(models.TextChoices):
        WAITING = "waiting", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Said no thanks")
        EXPIRED = "expired", _("Ran out")

    registration = models.OneToOneField(
        Registration, on_delete=models.CASCADE, related_name="place_offer"
    )
    offered_at = models.DateTimeField(_("offered"), auto_now_add=True)
    expires_at = models.DateTimeField(_("answer by"))
    outcome = models.CharField(
        _("answer"), max_length=20, choices=Outcome.choices, default=Outcome.WAITING
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("emailed"), null=True, blank=True)

    objects = PlaceOfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("place offered from the waiting list")
        ordering = ["offered_at"]

    def __str__(self):
        return f"Place offer {self.pk}"
