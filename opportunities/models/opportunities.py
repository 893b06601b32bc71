import datetime
import uuid

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import SHORT_TEXT_FEATURES
from home.models import InvolvePage

# --- Fixed choices: their meaning is built into filters and wording, so editors pick from
# --- them rather than edit them. Topics and areas, which editors do manage, are snippets.


class Kind(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    INTERVIEW_PANEL = "interview_panel", _("Interview panel")
    SURVEY = "survey", _("Survey")
    WORKSHOP = "workshop", _("Workshop")
    TRAINING = "training", _("Training")
    READING_GROUP = "reading_group", _("Reading group")
    FOCUS_GROUP = "focus_group", _("Focus group")
    COMMITTEE = "committee", _("Committee")


class Payment(models.TextChoices):
    PAID = "paid", _("Paid for your time, plus expenses")
    EXPENSES_ONLY = "expenses_only", _("Expenses only")


class TimeCommitment(models.TextChoices):
    ONE_OFF = "one_off", _("A single session")
    FEW_SESSIONS = "few_sessions", _("A few sessions")
    ONGOING = "ongoing", _("Regular, for some months")


class CoProductionLevel(models.TextChoices):
    """The ladder of co-production, from least to most say."""

    INFORMING = "informing", _("Informing")
    CONSULTING = "consulting", _("Consulting")
    INVOLVING = "involving", _("Involving")
    CO_DESIGNING = "co_designing", _("Co-designing")
    CO_PRODUCING = "co_producing", _("Co-producing")


CO_PRODUCTION_MEANING = {
    CoProductionLevel.INFORMING: _("We will tell you about a decision and why we made it."),
    CoProductionLevel.CONSULTING: _("We will ask for your views before we decide."),
    CoProductionLevel.INVOLVING: _(
        "You will work with us and your views will shape the decision."
    ),
    CoProductionLevel.CO_DESIGNING: _("You will help design the change with us."),
    CoProductionLevel.CO_PRODUCING: _(
        "You will share the power and the work, from start to finish."
    ),
}

FORMATS = {
    "online": _("Online"),
    "in_person": _("In person"),
    "by_phone": _("By phone"),
    "on_paper": _("On paper"),
}
AUDIENCES = {
    "for_service_users": _("People who use our services"),
    "for_carers": _("Carers, family and friends"),
    "for_young_people": _("Young people"),
    "for_anyone": _("Anyone"),
}


class TaxonomySnippet(TranslatableMixin, models.Model):
    """A translatable name with a slug that stays the same in every language, so a filter
    link works whichever language the reader uses."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)

    override_translatable_fields = [SynchronizedField("slug")]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(TaxonomySnippet):
    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("topic")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Area(TaxonomySnippet):
    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("area")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Venue(TranslatableMixin, models.Model):
    """A place where activities happen, with the access facts people need before they go."""

    name = models.CharField(_("name"), max_length=120)
    address = models.TextField(_("address"))
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    wifi = models.BooleanField(_("free Wi-Fi"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    parking = models.CharField(_("parking"), max_length=200, blank=True)
    public_transport = models.CharField(_("public transport"), max_length=200, blank=True)
    access_notes = models.TextField(_("other access information"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("step_free_access"), FieldPanel("hearing_loop")]),
                FieldRowPanel([FieldPanel("wifi"), FieldPanel("accessible_toilet")]),
                FieldPanel("parking"),
                FieldPanel("public_transport"),
                FieldPanel("access_notes"),
            ],
            heading=_("Access"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def access_facts(self):
        """(label, yes or no) for each access feature, in the order people ask about them."""
        return [
            (_("Step-free access"), self.step_free_access),
            (_("Hearing loop"), self.hearing_loop),
            (_("Accessible toilet"), self.accessible_toilet),
            (_("Free Wi-Fi"), self.wifi),
        ]


class OpportunityIndexPage(RoutablePageMixin, InvolvePage):
    """Lists the open opportunities under it, soonest closing first, with filters, and gives
    their feeds. Closed ones leave the list but keep their pages."""

    introduction = RichTextField(_("introduction"), features=SHORT_TEXT_FEATURES, blank=True)

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["opportunities.OpportunityPage"]
    max_count_per_parent = 1
    page_description = _("The list of ways to get involved. Opportunities go under it.")

    class Meta:
        verbose_name = _("opportunity index page")

    def open_opportunities(self):
        return (
            OpportunityPage.objects.live()
            .public()
            .child_of(self)
            .filter(closing_date__gte=timezone.localdate())
            .order_by("closing_date", "title")
        )

    @path("")
    def index_route(self, request):
        from ..views import opportunity_index

        return opportunity_index(request, self)

    @path("feed/")
    def feed_route(self, request):
        from ..feeds import NewOpportunitiesFeed

        return NewOpportunitiesFeed()(request, index_page=self)

    @path("calendar/")
    def calendar_route(self, request):
        from ..calendar import calendar_response

        dated = self.open_opportunities().exclude(starts_at=None).select_related("venue")
        return calendar_response(dated, request, filename="opportunities.ics")


class OpportunityPage(RoutablePageMixin, InvolvePage):
    """One way to get involved, in plain words: what you would do, what you can and cannot
    change, who it is for, when, where, payment and support, and a form to register interest.
    """

    kind = models.CharField(_("kind of activity"), max_length=20, choices=Kind.choices)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True)
    areas = ParentalManyToManyField(Area, verbose_name=_("areas"), blank=True)
    online = models.BooleanField(_("online"), default=False)
    in_person = models.BooleanField(_("in person"), default=False)
    by_phone = models.BooleanField(_("by phone"), default=False)
    on_paper = models.BooleanField(_("on paper"), default=False)
    for_service_users = models.BooleanField(_("for people who use services"), default=False)
    for_carers = models.BooleanField(_("for carers, family and friends"), default=False)
    for_young_people = models.BooleanField(_("for young people"), default=False)
    for_anyone = models.BooleanField(_("for anyone"), default=False)

    what_you_would_do = RichTextField(_("what you would do"), features=SHORT_TEXT_FEATURES)
    can_influence = RichTextField(_("what you can change"), features=SHORT_TEXT_FEATURES)
    cannot_influence = RichTextField(
        _("what you cannot change"),
        features=SHORT_TEXT_FEATURES,
        help_text=_("Be honest about what is already decided, and why."),
    )
    co_production_level = models.CharField(
        _("how much say people will have"),
        max_length=20,
        choices=CoProductionLevel.choices,
        default=CoProductionLevel.CONSULTING,
    )

    starts_at = models.DateTimeField(_("starts"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    time_commitment = models.CharField(
        _("time commitment"), max_length=20, choices=TimeCommitment.choices
    )
    time_details = models.CharField(
        _("how long it takes"),
        max_length=200,
        blank=True,
        help_text=_("For example: 2 hours, once a month, for 6 months."),
    )
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    joining_instructions = models.TextField(_("how to join online or by phone"), blank=True)

    payment = models.CharField(_("payment"), max_length=20, choices=Payment.choices)
    payment_rate = models.CharField(
        _("rate of pay"),
        max_length=100,
        blank=True,
        help_text=_("As the payment policy states it, for example: £25 an hour."),
    )
    pre_meeting = models.BooleanField(_("a meeting before, to explain"), default=False)
    named_contact = models.BooleanField(_("a named person to contact"), default=False)
    travel_help = models.BooleanField(_("help with travel"), default=False)
    technology_help = models.BooleanField(_("help with technology"), default=False)
    support_notes = models.TextField(_("more about support"), blank=True)

    host_team = models.CharField(_("host team"), max_length=120)
    contact = models.CharField(
        _("contact"), max_length=120, help_text=_("A role, and a first name if they agree.")
    )
    contact_email = models.EmailField(
        _("host's email"),
        help_text=_("Told about each registration that asks for support. Not shown publicly."),
    )
    host_group = models.ForeignKey(
        Group,
        verbose_name=_("staff who can see responses"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Besides the involvement team, who may see the people who responded."),
    )
    places = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave blank if there is no limit.")
    )
    closing_date = models.DateField(_("closing date"))
    what_happened_next = RichTextField(
        _("what happened next"),
        features=SHORT_TEXT_FEATURES,
        blank=True,
        help_text=_("After it closes: what came of it. Shown on the closed page."),
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel(
                    [
                        FieldPanel("online"),
                        FieldPanel("in_person"),
                        FieldPanel("by_phone"),
                        FieldPanel("on_paper"),
                    ],
                    heading=_("How people take part"),
                ),
                FieldRowPanel(
                    [
                        FieldPanel("for_service_users"),
                        FieldPanel("for_carers"),
                        FieldPanel("for_young_people"),
                        FieldPanel("for_anyone"),
                    ],
                    heading=_("Who it is for"),
                ),
            ],
            heading=_("What it is"),
        ),
        FieldPanel("what_you_would_do"),
        FieldPanel("can_influence"),
        FieldPanel("cannot_influence"),
        FieldPanel("co_production_level"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("time_commitment"),
                FieldPanel("time_details"),
                FieldPanel("venue"),
                FieldPanel("joining_instructions"),
            ],
            heading=_("When and where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("payment"),
                FieldPanel("payment_rate"),
                FieldRowPanel([FieldPanel("pre_meeting"), FieldPanel("named_contact")]),
                FieldRowPanel([FieldPanel("travel_help"), FieldPanel("technology_help")]),
                FieldPanel("support_notes"),
            ],
            heading=_("Payment and support"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("host_team"),
                FieldPanel("contact"),
                FieldPanel("contact_email"),
                FieldPanel("host_group"),
                FieldPanel("places"),
                FieldPanel("closing_date"),
            ],
            heading=_("Signing up"),
        ),
        FieldPanel("what_happened_next"),
    ]
    search_fields = InvolvePage.search_fields + [
        index.SearchField("what_you_would_do"),
        index.SearchField("can_influence"),
        index.SearchField("host_team"),
        index.FilterField("closing_date"),
        index.FilterField("kind"),
    ]
    override_translatable_fields = [
        SynchronizedField("contact_email"),
        SynchronizedField("payment_rate"),
    ]

    parent_page_types = ["opportunities.OpportunityIndexPage"]
    subpage_types = []
    page_description = _("One way to get involved, with a form to register interest.")

    class Meta:
        verbose_name = _("opportunity")

    def clean(self):
        super().clean()
        errors = {}
        if not self.summary:
            errors["summary"] = _("Say in one sentence what this is, in plain words.")
        if not any(getattr(self, name) for name in FORMATS):
            errors["online"] = _("Choose at least one way people can take part.")
        if not any(getattr(self, name) for name in AUDIENCES):
            errors["for_anyone"] = _("Choose at least one group it is for.")
        if self.in_person and not self.venue_id:
            errors["venue"] = _("Choose the venue for an in-person activity.")
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The end must be after the start.")
        if errors:
            raise ValidationError(errors)

    # What readers see

    @property
    def is_closed(self):
        return self.closing_date < timezone.localdate()

    @property
    def formats(self):
        return [label for name, label in FORMATS.items() if getattr(self, name)]

    @property
    def audiences(self):
        return [label for name, label in AUDIENCES.items() if getattr(self, name)]

    @property
    def support_offered(self):
        offered = [
            (self.pre_meeting, _("A meeting before, to explain what will happen")),
            (self.named_contact, _("A named person you can contact")),
            (self.travel_help, _("Help with travel")),
            (self.technology_help, _("Help with technology, such as joining online")),
        ]
        return [label for is_offered, label in offered if is_offered]

    @property
    def co_production_meaning(self):
        return CO_PRODUCTION_MEANING.get(self.co_production_level, "")

    def places_taken(self):
        return self.registrations.holding_a_place().count()

    def is_full(self):
        return self.places is not None and self.places_taken() >= self.places

    def related_opportunities(self, limit=3):
        """Other open opportunities sharing a topic, soonest closing first."""
        return (
            OpportunityPage.objects.live()
            .public()
            .sibling_of(self, inclusive=False)
            .filter(closing_date__gte=timezone.localdate(), topics__in=self.topics.all())
            .distinct()
            .order_by("closing_date")[:limit]
        )

    # Routes: the page with its form, the thanks page, and the calendar file.

    @path("")
    def page_route(self, request):
        from ..views import opportunity_detail

        return opportunity_detail(request, self)

    @path("thanks/")
    def thanks_route(self, request):
        from ..views import registration_thanks

        return registration_thanks(request, self)

    @path("calendar/")
    def calendar_route(self, request):
        from django.http import Http404

        from ..calendar import calendar_response

        if not self.starts_at:
            raise Http404
        return calendar_response([self], request, filename=f"{self.slug}.ics")


class RegistrationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """What `user` may see: everything for the involvement team (the model's view
        permission), otherwise only the opportunities their group hosts."""
        if user.has_perm("opportunities.view_registration"):
            return self
        return self.filter(opportunity__host_group__in=user.groups.all())

    def anonymise(self):
        """Keep what counts (opportunity, date, status) and nothing that says who. Clears the
        log entries' labels too (see `Person.erase`). Returns how many."""
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import ModelLogEntry

        ids = list(self.values_list("pk", flat=True))
        erased = str(_("(erased)"))
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
            opportunity__closing_date__lt=today - datetime.timedelta(days=365)
        ).exclude(name=str(_("(erased)")), email="", phone="")

    def holding_a_place(self):
        return self.filter(on_waiting_list=False, status__in=Registration.Status.holding_a_place())

    def register(self, opportunity, form, language):
        """Save a valid form once, whatever the number of submits of it, joining the waiting
        list when the places are taken. Returns (registration, whether it is new).

        The confirmation and the host's notice are sent by a task after the commit."""
        from ..tasks import send_registration_emails
        from .register import Person

        key = form.cleaned_data["submission_key"]
        with transaction.atomic():
            existing = self.filter(submission_key=key).first()
            if existing:
                return existing, False
            # Hold the opportunity's row while counting, so two people cannot take one place.
            type(opportunity).objects.select_for_update().filter(pk=opportunity.pk).first()
            registration = form.save(commit=False)
            registration.opportunity = opportunity
            registration.submission_key = key
            registration.language = language
            registration.on_waiting_list = opportunity.is_full()
            if registration.email:
                registration.person = (
                    Person.objects.registered().filter(email=registration.email.lower()).first()
                )
            try:
                with transaction.atomic():
                    registration.save()
            except IntegrityError:
                return self.get(submission_key=key), False
            transaction.on_commit(lambda: send_registration_emails.enqueue(registration.pk))
        return registration, True


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

    opportunity = models.ForeignKey(
        OpportunityPage, on_delete=models.CASCADE, related_name="registrations"
    )
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
    access_needs = models.TextField(_("other access needs"), blank=True)
    message = models.TextField(_("message"), blank=True)
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
    email_attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    # One key per rendered form: a second submit of the same form finds the first record.
    submission_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration of interest")
        verbose_name_plural = _("registrations of interest")
        ordering = ["-created_at"]

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
