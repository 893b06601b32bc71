"""The involvement register: people who asked to hear about ways to get involved, what they
are interested in, and what they have done with us. Everything here is personal data except
`ActivityRecord` rows whose person has left (see `Person.erase`). Joining, confirming and
the other things that happen to a person are in `services`."""

import datetime
import uuid

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import ModelLogEntry

from home.formatting import local_date
from home.languages import InLanguage, default_locale
from home.text_limits import LONGEST_TEXT, max_length_validators

from ..listing.pages import OpportunityPage
from ..registrations.models import ERASED, Registration
from ..taxonomy.models import FORMATS, Area, Topic
from .equality import EqualityMonitoring
from .events import person_erased

# How long each step of the register waits for the person.
CONFIRM_WITHIN = datetime.timedelta(days=7)
CONSENT_LASTS = datetime.timedelta(days=365)
RENEWAL_ANSWER_WITHIN = datetime.timedelta(days=30)

ROLES = {
    "interview_panels": _("Interview panels, to help choose staff"),
    "reading_groups": _("Reading groups, to check leaflets and letters"),
    "training": _("Helping to train staff"),
    "committees": _("Committees and meetings where decisions are made"),
    "peer_support": _("Peer support, helping others with your experience"),
}


class Relationship(models.TextChoices):
    USES_SERVICES = "uses_services", _("I use mental health services, now or in the past")
    CARER = "carer", _("I care for someone who uses them")
    BOTH = "both", _("Both")
    NEITHER = "neither", _("Neither")
    PREFER_NOT_TO_SAY = "prefer_not_to_say", _("I would rather not say")


class PersonAdminForm(WagtailAdminModelForm):
    """Topics and areas are kept in the default language (their slugs are the same in
    every language), so staff choose from those only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = default_locale()
        for name, model in [("topics", Topic), ("areas", Area)]:
            if name in self.fields:
                self.fields[name].queryset = model.objects.filter(locale=default)


class PersonQuerySet(models.QuerySet):
    def registered(self):
        """People who confirmed: only they count as on the register."""
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed_too_long(self, now=None):
        now = now or timezone.now()
        return self.filter(confirmed_at__isnull=True, created_at__lt=now - CONFIRM_WITHIN)

    def due_consent_renewal(self, now=None):
        """Registered people whose consent is a year old and who have not been asked yet."""
        now = now or timezone.now()
        return self.registered().filter(
            consent_renewed_at__lte=now - CONSENT_LASTS, renewal_requested_at__isnull=True
        )

    def renewal_unanswered(self, now=None):
        now = now or timezone.now()
        return self.registered().filter(
            renewal_requested_at__lte=now - RENEWAL_ANSWER_WITHIN,
        )


def _kept(value):
    """`value` as a plain string, keeping the language an `InLanguage` says."""
    return value if isinstance(value, InLanguage) else str(value)


class Person(ClusterableModel):
    """Personal data: someone on the involvement register (or waiting to confirm they want
    to be), how to reach them, what they are interested in and what they need.

    Seen only by users with the `view_person` permission (the involvement team) and by the
    person through their private link. Unconfirmed entries go after 7 days; everyone is
    asked once a year whether to stay and is erased without an answer within 30 days; leaving
    erases at once (`erase`). The data map (docs/data-map.md) lists each field.
    """

    # In private links instead of the row number, so a link reveals nothing guessable.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_method = models.CharField(
        _("how to contact"), max_length=20, choices=Registration.ContactMethod.choices
    )
    language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )

    # The optional second step: what they would like to hear about, and what they bring.
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True)
    areas = ParentalManyToManyField(Area, verbose_name=_("areas"), blank=True)
    online = models.BooleanField(_("online"), default=False)
    in_person = models.BooleanField(_("in person"), default=False)
    by_phone = models.BooleanField(_("by phone"), default=False)
    on_paper = models.BooleanField(_("on paper"), default=False)
    relationship = models.CharField(
        _("uses services or cares"), max_length=20, choices=Relationship.choices, blank=True
    )
    access_needs = models.TextField(
        _("what they need to take part"),
        blank=True,
        max_length=LONGEST_TEXT,
        validators=max_length_validators(),
    )
    skills = models.TextField(
        _("skills and experience"),
        blank=True,
        max_length=LONGEST_TEXT,
        validators=max_length_validators(),
    )
    interview_panels = models.BooleanField(_("interview panels"), default=False)
    reading_groups = models.BooleanField(_("reading groups"), default=False)
    training = models.BooleanField(_("training staff"), default=False)
    committees = models.BooleanField(_("committees"), default=False)
    peer_support = models.BooleanField(_("peer support"), default=False)
    emergency_contact_name = models.CharField(
        _("emergency contact's name"), max_length=120, blank=True
    )
    emergency_contact_phone = models.CharField(
        _("emergency contact's phone"), max_length=40, blank=True
    )

    contact_paused = models.BooleanField(
        _("contact paused"),
        default=False,
        help_text=_("The person asked for no news for now. They stay on the register."),
    )
    created_at = models.DateTimeField(_("joined"), auto_now_add=True)
    confirmed_at = models.DateTimeField(
        _("confirmed"),
        null=True,
        blank=True,
        help_text=_(
            "Set when the person clicks their email link. For someone who joined by phone or "
            "on paper, fill it in once you have checked with them."
        ),
    )
    consent_renewed_at = models.DateTimeField(_("consent last given"), null=True, blank=True)
    renewal_requested_at = models.DateTimeField(_("asked to renew consent"), null=True, blank=True)
    last_alert_on = models.DateField(_("last news of opportunities"), null=True, blank=True)
    # One key per rendered form: a second submit of the same form finds the first record.
    submission_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    objects = PersonQuerySet.as_manager()

    base_form_class = PersonAdminForm
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("contact_method"),
                FieldPanel("language"),
                FieldPanel("contact_paused"),
                FieldPanel("confirmed_at"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel(
                    [
                        FieldPanel("online"),
                        FieldPanel("in_person"),
                        FieldPanel("by_phone"),
                        FieldPanel("on_paper"),
                    ]
                ),
                FieldPanel("relationship"),
                FieldPanel("access_needs"),
            ],
            heading=_("Interests"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("skills"),
                FieldRowPanel(
                    [
                        FieldPanel("interview_panels"),
                        FieldPanel("reading_groups"),
                        FieldPanel("training"),
                        FieldPanel("committees"),
                        FieldPanel("peer_support"),
                    ]
                ),
            ],
            heading=_("What they bring"),
        ),
        MultiFieldPanel(
            [FieldPanel("emergency_contact_name"), FieldPanel("emergency_contact_phone")],
            heading=_("Emergency contact"),
        ),
        InlinePanel("training_records", heading=_("Training done"), label=_("training")),
        InlinePanel(
            "activity_records", heading=_("Activities taken part in"), label=_("activity")
        ),
    ]

    class Meta:
        verbose_name = _("person on the register")
        verbose_name_plural = _("people on the register")
        ordering = ["name"]
        constraints = [
            # One registered record per person, matched by email.
            models.UniqueConstraint(
                fields=["email"],
                condition=Q(confirmed_at__isnull=False) & ~Q(email=""),
                name="one_registered_person_per_email",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        if self.confirmed_at and not self.consent_renewed_at:
            self.consent_renewed_at = self.confirmed_at
        super().save(*args, **kwargs)

    # What the person and staff read

    @property
    def is_registered(self):
        return self.confirmed_at is not None

    @property
    def ways_of_taking_part(self):
        return [label for name, label in FORMATS.items() if getattr(self, name)]

    def topics_list(self):
        return ", ".join(topic.name for topic in self.topics.all())

    def areas_list(self):
        return ", ".join(area.name for area in self.areas.all())

    @property
    def roles(self):
        return [label for name, label in ROLES.items() if getattr(self, name)]

    def wants(self, opportunity):
        """Whether this opportunity matches what the person asked to hear about. A question
        left unanswered matches anything; the place matters only when going there is the
        one way the person and the opportunity share. Reads prefetched topics and areas."""
        mine = {name for name in FORMATS if getattr(self, name)}
        its = {name for name in FORMATS if getattr(opportunity, name)}
        shared = mine & its if mine else its
        if not shared:
            return False
        my_topics = {topic.slug for topic in self.topics.all()}
        if my_topics and not my_topics & {topic.slug for topic in opportunity.topics.all()}:
            return False
        my_areas = {area.slug for area in self.areas.all()}
        its_areas = {area.slug for area in opportunity.areas.all()}
        if shared == {"in_person"} and my_areas and its_areas and not my_areas & its_areas:
            return False
        return True

    @property
    def renewal_due_by(self):
        if self.renewal_requested_at:
            return (self.renewal_requested_at + RENEWAL_ANSWER_WITHIN).date()
        return None

    def held_data(self):
        """Everything we hold about this person, in sections of (label, value) in words:
        what their self-service page shows and what they download. Words the team or an
        editor wrote (topics, courses, activities, opportunity titles) are in the default
        language and say so (`InLanguage`), for the page's `lang`; the person's own words
        are in whatever language they typed."""
        written_by_us = settings.LANGUAGE_CODE

        def words(value):
            if isinstance(value, bool):
                return _("Yes") if value else _("No")
            if isinstance(value, datetime.date):
                return local_date(value)
            return value or "-"

        contact = [
            (_("Name"), self.name),
            (_("Email"), self.email),
            (_("Phone"), self.phone),
            (_("How to contact you"), self.get_contact_method_display()),
            (_("Language"), self.get_language_display()),
            (_("Contact paused"), self.contact_paused),
            (_("Joined"), timezone.localdate(self.created_at)),
            (_("Confirmed"), timezone.localdate(self.confirmed_at) if self.confirmed_at else ""),
        ]
        interests = [
            (
                _("Topics"),
                InLanguage(", ".join(topic.name for topic in self.topics.all()), written_by_us),
            ),
            (
                _("Areas"),
                InLanguage(", ".join(area.name for area in self.areas.all()), written_by_us),
            ),
            (_("How you like to take part"), ", ".join(map(str, self.ways_of_taking_part))),
            (_("Uses services or cares"), self.get_relationship_display()),
            (_("What you need to take part"), self.access_needs),
            (_("Skills and experience"), self.skills),
            (_("What you would like to do"), "; ".join(map(str, self.roles))),
            (_("Emergency contact"), self.emergency_contact_name),
            (_("Emergency contact's phone"), self.emergency_contact_phone),
        ]
        sections = [(_("Your contact details"), contact), (_("Your interests"), interests)]
        equality = EqualityMonitoring.objects.filter(person=self).first()
        if equality:
            sections.append((_("Your equality monitoring answers"), equality.answers()))
        training = [
            (InLanguage(t.course, written_by_us), t.completed_on)
            for t in self.training_records.all()
        ]
        if training:
            sections.append((_("Training you have done"), training))
        activities = [
            (InLanguage(a.description, written_by_us), a.took_part_on)
            for a in self.activity_records.all()
        ]
        if activities:
            sections.append((_("Activities you took part in"), activities))
        interest = [
            (
                InLanguage(r.opportunity.title, written_by_us),
                f"{local_date(r.created_at)}, {r.get_status_display()}",
            )
            for r in self.registrations.select_related("opportunity")
        ]
        if interest:
            sections.append((_("Opportunities you registered interest in"), interest))
        return [
            (str(title), [(_kept(label), _kept(words(value))) for label, value in rows])
            for title, rows in sections
        ]

    # What happens to the record

    @property
    def has_preferences(self):
        return any(getattr(self, field) for field in PREFERENCE_FIELDS) or (
            self.pk and (self.topics.exists() or self.areas.exists())
        )

    def renew_consent(self, now=None):
        self.consent_renewed_at = now or timezone.now()
        self.renewal_requested_at = None
        self.save(update_fields=["consent_renewed_at", "renewal_requested_at"])

    def erase(self):
        """Remove every trace of this person: the record, its equality answers, training and
        alert history go; expressions of interest keep only what counts them (opportunity,
        date, status); activities stay unnamed; the audit log keeps that a record was viewed,
        not whose; what other apps hold under their email address goes too (`person_erased`:
        the forums' follows and suggestion addresses). Staff and the person themselves erase
        through `services.erase_person`."""
        with transaction.atomic():
            person_erased.send(sender=Person, email=self.email)
            interest = Registration.objects.filter(person=self)
            if self.email:
                interest = interest | Registration.objects.filter(email=self.email)
            interest.anonymise()
            ActivityRecord.objects.filter(person=self).update(person=None)
            # The log's label is the object's name when it was logged: keep the entry (what
            # was done, by whom, when) but not whose record it was.
            ModelLogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(Person), object_id=str(self.pk)
            ).update(label=str(ERASED), data={})
            self.delete()


PREFERENCE_FIELDS = [
    "online",
    "in_person",
    "by_phone",
    "on_paper",
    "relationship",
    "access_needs",
    "skills",
    *ROLES,
    "emergency_contact_name",
    "emergency_contact_phone",
]


class TrainingRecord(models.Model):
    """Personal data: training a person on the register has done, recorded by staff."""

    person = ParentalKey(Person, on_delete=models.CASCADE, related_name="training_records")
    course = models.CharField(
        _("course"), max_length=120, help_text=_("For example: recruitment panel training.")
    )
    completed_on = models.DateField(_("completed on"))

    panels = [FieldRowPanel([FieldPanel("course"), FieldPanel("completed_on")])]

    class Meta:
        ordering = ["-completed_on"]
        verbose_name = _("training record")

    def __str__(self):
        return self.course


class ActivityRecord(models.Model):
    """An activity someone on the register took part in, recorded by staff. Personal data
    while it names a person; when they leave it stays, unnamed, so the count stays true."""

    person = ParentalKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activity_records",
    )
    description = models.CharField(
        _("what they did"), max_length=200, help_text=_("No names of other people.")
    )
    opportunity = models.ForeignKey(
        OpportunityPage,
        verbose_name=_("opportunity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    took_part_on = models.DateField(_("date"))

    panels = [
        FieldRowPanel([FieldPanel("description"), FieldPanel("took_part_on")]),
        FieldPanel("opportunity"),
    ]

    class Meta:
        ordering = ["-took_part_on"]
        verbose_name = _("activity record")

    def __str__(self):
        return self.description


class OpportunityAlert(models.Model):
    """That a person was told about an opportunity: one row per person and opportunity, so
    a task that runs twice never emails twice."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="alerts")
    opportunity = models.ForeignKey(OpportunityPage, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["person", "opportunity"], name="one_alert_per_person_and_opportunity"
            )
        ]

    def __str__(self):
        return f"Alert {self.pk}"
