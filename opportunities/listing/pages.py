"""The opportunity pages: the index, which lists the open ones with filters, the closed ones
with what came of them (`past/`), and gives their feed and calendar; and the opportunity with
its form to register interest, or its link to take part directly. Both are controllers too:
their routes handle the request and render with `self.render`."""

import datetime
import html
import re

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import page_cache
from home.blocks import SHORT_TEXT_FEATURES
from home.models import InvolvePage
from home.private_links import PROBLEM_STATUS
from home.public_post import handle_public_form
from home.ratelimit import RateLimit
from home.thanks import redirect_to_thanks, thanked_pk

from ..payments.links import payments_page
from ..payments.models import PaymentLevel, PaymentSettings
from ..registrations import services as registrations
from ..registrations.forms import RegistrationForm
from ..registrations.links import REGISTRATION_LINKS
from ..registrations.models import PlaceOffer, Registration
from ..registrations.services import register_interest
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
from .calendar import calendar_response
from .feeds import NewOpportunitiesFeed
from .forms import OpportunityFilterForm

PER_PAGE = 10
# Generous for a person (a family signing up one by one), tight for a robot.
REGISTRATIONS = RateLimit("registration", 8)
THANKS_SALT = "opportunities.registration.thanks"
THANKS_NAMES_FOR = datetime.timedelta(days=1)
# A link people follow straight from the page: never sent in the clear.
HTTPS_ONLY = URLValidator(
    schemes=["https"], message=_("Enter the full link, starting with https://")
)


class OpportunityIndexPage(RoutablePageMixin, InvolvePage):
    """Lists the open opportunities under it, soonest closing first, with filters, and gives
    their feeds. Closed ones leave that list but keep their pages, and are listed newest
    closed first, with what came of them, on `past/`."""

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

    # Kept for other visitors (home/page_cache/): both lists show nothing personal.
    cached_routes = ("index_route", "past_route")

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

    def closed_opportunities(self):
        return (
            OpportunityPage.objects.live()
            .public()
            .child_of(self)
            .filter(closing_date__lt=timezone.localdate())
            .order_by("-closing_date", "title")
        )

    @path("")
    def index_route(self, request):
        """The open opportunities, filtered by plain GET parameters, so a filtered list works
        without JavaScript, survives a reload and can be shared as a link."""
        form = OpportunityFilterForm(request.GET or None)
        opportunities = form.filter(self.open_opportunities())
        opportunities = opportunities.select_related("venue").prefetch_related("topics", "areas")
        page_of_results = Paginator(opportunities, PER_PAGE).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        return self.render(
            request,
            context_overrides={
                "form": form,
                "opportunities": page_of_results,
                "filter_query": query.urlencode(),
            },
        )

    @path("past/")
    def past_route(self, request):
        """The closed opportunities, newest closed first, each saying when it closed and
        what happened next, so what people took part in stays visible after it closes."""
        closed = self.closed_opportunities().prefetch_related("areas")
        page_of_results = Paginator(closed, PER_PAGE).get_page(request.GET.get("page"))
        return self.render(
            request,
            template="opportunities/past_opportunities.html",
            context_overrides={"opportunities": page_of_results},
        )

    @path("feed/")
    def feed_route(self, request):
        return NewOpportunitiesFeed()(request, index_page=self)

    @path("calendar/")
    def calendar_route(self, request):
        dated = self.open_opportunities().exclude(starts_at=None).select_related("venue")
        return calendar_response(dated, request, filename="opportunities.ics")


class OpportunityPage(RoutablePageMixin, InvolvePage):
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

    # Routes: the page with its form, the thanks page, and the calendar file. A page type
    # built on this one (a forum meeting) keeps them and names its own templates.

    thanks_template = "opportunities/registration_thanks.html"

    # Kept for other visitors (home/page_cache/): the page and its calendar entry.
    cached_routes = ("page_route", "calendar_route")

    @path("")
    def page_route(self, request):
        return self.registration_page(request)

    @path("thanks/")
    def thanks_route(self, request):
        return self.thanks_page(request)

    @path("calendar/")
    def calendar_route(self, request):
        if not self.starts_at:
            raise Http404
        return calendar_response([self], request, filename=f"{self.slug}.ics")

    # The private links in a registration's emails (registrations/links.py). A button, not
    # the link itself, changes anything: mail scanners open links.

    @path("cancel/<str:token>/")
    @method_decorator(never_cache)
    def cancel_route(self, request, token):
        """Cancel a place, or leave the waiting list: what it is, then a button."""
        registration, problem = self._registration_from_link(request, token, "cancel")
        if problem:
            return problem
        result = None
        if registration.status == Registration.Status.WITHDRAWN:
            result = registrations.ALREADY_CANCELLED
        elif request.method == "POST" and not self.is_over:
            result = registrations.cancel_registration(registration)
        return self._render_link_page(
            request, "cancel.html", registration=registration, result=result
        )

    @path("place/<str:token>/")
    @method_decorator(never_cache)
    def place_route(self, request, token):
        """A place offered from the waiting list: take it, or say no thanks."""
        registration, problem = self._registration_from_link(request, token, "place")
        if problem:
            return problem
        result = None
        if request.method == "POST":
            answer = request.POST.get("answer")
            if answer == "accept":
                result = registrations.accept_place(registration)
            elif answer == "decline":
                result = registrations.decline_place(registration)
        offer = PlaceOffer.objects.filter(registration=registration).first()
        if result is None and offer is not None:
            result = registrations.unanswerable(registration, offer, timezone.now())
        elif result is None:
            result = registrations.NO_OFFER
        return self._render_link_page(
            request, "place.html", registration=registration, offer=offer, result=result
        )

    @property
    def is_over(self):
        """Whether the activity has begun, so a place in it can no longer be given up."""
        return bool(self.starts_at and self.starts_at <= timezone.now())

    def _registration_from_link(self, request, token, purpose):
        """(registration, None), or (None, a page in the link's language saying plainly why
        it does not work). An anonymised registration is one we no longer hold."""
        registration, problem = REGISTRATION_LINKS.find(
            Registration.objects.filter(opportunity_id=self.pk, anonymised_at=None),
            token,
            purpose,
        )
        if problem:
            response = self._render_link_page(request, "link_problem.html", problem=problem)
            response.status_code = PROBLEM_STATUS[problem]
            return None, response
        return registration, None

    def _render_link_page(self, request, template, **context):
        return self.render(
            request,
            template=f"opportunities/registrations/{template}",
            # The page is interface text around the activity's title, which says its own
            # language where it shows.
            context_overrides={"interface_only": True, "form": None, **context},
        )

    def registration_page(self, request):
        """The opportunity, and its registration form: POST, then redirect to the thanks
        page. The page with an empty form is the same for everyone, so it may be kept
        (home/page_cache/) until a registration changes its places."""
        page_cache.depends_on(request, f"places:{self.pk}")
        if self.is_closed or self.take_part_url:
            # Nothing to register for: closed, or taken part in through its link.
            return self.render(request, context_overrides={"form": None})
        return handle_public_form(
            request,
            RegistrationForm,
            rate_limit=REGISTRATIONS,
            on_spam=lambda: redirect(self.url + "thanks/"),
            on_valid=lambda form: self._register_interest(form, request),
            render=lambda form: self.render(request, context_overrides={"form": form}),
        )

    def _register_interest(self, form, request):
        """Save the valid form (once); the redirect to the thanks page, which names the
        registration to this browser only (home.thanks)."""
        registration, _created = register_interest(self, form, language=request.LANGUAGE_CODE)
        return redirect_to_thanks(f"{self.url}thanks/", registration.pk, salt=THANKS_SALT)

    @method_decorator(never_cache)
    def thanks_page(self, request):
        """What happens next. Names the person's own registration to the browser that sent it."""
        pk = thanked_pk(request, salt=THANKS_SALT)
        registration = (
            Registration.objects.filter(
                pk=pk, opportunity=self, created_at__gte=timezone.now() - THANKS_NAMES_FOR
            ).first()
            if pk
            else None
        )
        return self.render(
            request,
            template=self.thanks_template,
            context_overrides={"registration": registration},
        )
