"""The opportunity page: one way to get involved, with its form to register interest, or its
link to take part directly. Its routes (the form, thanks page, calendar file and private
links) are in `routes.py`; the index page that lists opportunities is in `index.py`."""

import html
import re

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import SHORT_TEXT_FEATURES
from home.models import InvolvePage

from ..payments.links import payments_page
from ..payments.models import PaymentLevel, PaymentSettings
from ..registrations.models import PlaceOffer, Registration
from ..taxonomy.models import (
    AUDIENCES,
    CO_PRODUCTION_MEANING,
    FORMATS,
    Area,
    CoProductionLevel,
    Kind,
    Payment,
    TimeCommitment,
    Topic,
    Venue,
)
from .routes import OpportunityRoutes

# A link people follow straight from the page: never sent in the clear.
HTTPS_ONLY = URLValidator(
    schemes=["https"], message=_("Enter the full link, starting with https://")
)


class OpportunityPage(OpportunityRoutes, RoutablePageMixin, InvolvePage):
    """One way to get involved, in plain words: what you would do, what you can and cannot
    change, who it is for, when, where, payment and support, and a form to register interest,
    or, for something done straight away (a survey), a link to take part with no form at all.
    Once closed, the page tells in the past tense what was asked and what happened next.
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
    payment_level = models.ForeignKey(
        PaymentLevel,
        verbose_name=_("payment level"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The role in the payment policy, with its rate. The involvement team keeps the "
            "levels and their rates (Snippets > Payment levels)."
        ),
    )
    payment_note = models.CharField(
        _("more about pay"),
        max_length=200,
        blank=True,
        help_text=_(
            "Only what the rate cannot say, for example: paid after each session. "
            "Translated with the page."
        ),
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
        help_text=_(
            "Told about each registration that asks for support, and about every other "
            "registration unless you untick the box below. Not shown publicly."
        ),
    )
    email_each_registration = models.BooleanField(
        _("email me about each registration"),
        default=True,
        help_text=_(
            "A short email to the host's email for each new registration: how many places "
            "are left, and a link to the activity's page. It never names the person. "
            "Requests for support are always emailed."
        ),
    )
    host_group = models.ForeignKey(
        Group,
        verbose_name=_("staff who can see responses"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        # Only groups marked as host teams: a page editor cannot hand the names and phone
        # numbers of the people who responded to any group at all (their own, Translators).
        limit_choices_to={"permissions__codename": "host_opportunities"},
        help_text=_(
            "Besides the involvement team, who may see the people who responded. Only host "
            "teams are offered; the involvement team or an administrator chooses."
        ),
    )
    places = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave blank if there is no limit.")
    )
    closing_date = models.DateField(_("closing date"))
    take_part_url = models.URLField(
        _("link to take part"),
        max_length=500,
        blank=True,
        validators=[HTTPS_ONLY],
        help_text=_(
            "For something people do straight away online, such as a survey. The page then "
            "shows a “Take part online” button instead of the form to register interest. "
            "It must start with https://."
        ),
    )
    anonymous = models.BooleanField(
        _("anonymous"),
        default=False,
        help_text=_(
            "Tick if taking part asks for no name or contact details. The page then says so."
        ),
    )
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
                FieldPanel("payment_level"),
                FieldPanel("payment_note"),
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
                FieldPanel("email_each_registration"),
                FieldPanel("host_group", permission="opportunities.choose_host_team"),
                FieldPanel("places"),
                FieldPanel("closing_date"),
            ],
            heading=_("Signing up"),
        ),
        MultiFieldPanel(
            [FieldPanel("take_part_url"), FieldPanel("anonymous")],
            heading=_("Taking part straight away, without registering"),
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
        # One level for every language: its rates are the same, and its words are shown
        # in the reader's language from the level's own translation.
        SynchronizedField("payment_level"),
        # A translator may point to the survey in their own language.
        SynchronizedField("take_part_url", overridable=True),
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
        level = self.payment_level
        if self.payment != Payment.PAID and level is not None and level.pays_for_time:
            errors["payment_level"] = _(
                "This level pays for time. Choose “Paid for your time”, or a level for "
                "expenses only."
            )
        # An online survey with no link would promise what the page cannot give.
        if self.kind == Kind.SURVEY and self.online and not self.take_part_url:
            errors["take_part_url"] = _(
                "Give the link to the survey, so people can fill it in online. Or untick “Online”."
            )
        elif self.anonymous and not self.take_part_url:
            errors["take_part_url"] = _(
                "Give the link to take part. Without one, people register with their name, "
                "so it is not anonymous."
            )
        if errors:
            raise ValidationError(errors)

    # What readers see

    @property
    def is_closed(self):
        return self.closing_date < timezone.localdate()

    @property
    def what_happened_next_text(self):
        """What happened next as plain text, for a card that is one link as a whole."""
        spaced = re.sub(r"</(p|li|h[2-6])>", r"</\1> ", self.what_happened_next)
        return " ".join(html.unescape(strip_tags(spaced)).split())

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
    def level(self):
        """The payment level in the reader's language (its translation when there is one),
        or None."""
        return self.payment_level.localized if self.payment_level_id else None

    @property
    def rate_of_pay(self):
        """The level's rates in the reader's language ("£25 an hour", pl "25 £ na godzinę";
        "£25 an hour, or £100 a day"), or ""."""
        if self.payment != Payment.PAID or self.payment_level is None:
            return ""
        rates = self.payment_level.rates
        if not rates:
            return ""
        worded = rates[0]
        for rate in rates[1:]:
            worded = _("%(rate)s, or %(other)s") % {"rate": worded, "other": rate}
        return worded

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The mileage rate, the policy and the benefits advice, read without writing.
        context["payment_settings"] = PaymentSettings.read(
            Site.find_for_request(request) or self.get_site()
        )
        # How pay and claims work, in the reader's language.
        context["payments_page"] = payments_page(request.LANGUAGE_CODE)
        return context

    @property
    def co_production_meaning(self):
        return CO_PRODUCTION_MEANING.get(self.co_production_level, "")

    def places_taken(self):
        """Places held, counting each place offered from the waiting list and not yet
        answered, so a newcomer never takes it ahead of the list. One query."""
        holding = Registration.Status.holding_a_place()
        counts = self.registrations.aggregate(
            taken=models.Count("pk", filter=Q(on_waiting_list=False, status__in=holding)),
            offered=models.Count(
                "pk",
                filter=Q(
                    on_waiting_list=True,
                    status__in=holding,
                    place_offer__outcome=PlaceOffer.Outcome.WAITING,
                ),
            ),
        )
        return counts["taken"] + counts["offered"]

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
