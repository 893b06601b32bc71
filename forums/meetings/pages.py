"""The forums' page types: the index of forums (with the next round's schedule, its feed and
calendar), one page per local forum, its meetings (which people register to attend, through
the opportunities' views), the Development Group's papers and the quarterly newsletter.

An outcome (forums/outcomes) goes under a meeting; the pages here find it by its model name
(`apps.get_model`), never by import, so meetings stay below outcomes."""

import datetime

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import SHORT_TEXT_FEATURES, BodyBlock
from home.models import InvolvePage
from opportunities.listing.calendar import calendar_response
from opportunities.models import Kind, OpportunityPage, Payment, TimeCommitment

from .blocks import PaperBlock
from .feeds import ForumPublicationsFeed
from .forms import MeetingPageForm
from .models import REMINDER_DAYS_BEFORE, MeetingFormat


def outcome_model():
    """ForumOutcomePage, looked up by name (it belongs to forums/outcomes, above this)."""
    return apps.get_model("forums", "ForumOutcomePage")


# The forums meet in quarterly rounds, each round's meetings within a few weeks of each
# other: the next round is the next meeting and every meeting in the six weeks after it.
ROUND_LENGTH = datetime.timedelta(weeks=6)


class ForumIndexPage(RoutablePageMixin, InvolvePage):
    """The community forums: each local forum, the next round's meetings across all of them
    in one schedule, what the Development Group is, its papers and the newsletters."""

    introduction = RichTextField(_("introduction"), features=SHORT_TEXT_FEATURES, blank=True)
    development_group = RichTextField(
        _("what the Development Group is"),
        features=SHORT_TEXT_FEATURES,
        help_text=_("Who is in it, what it does with what the forums raise, how often it meets."),
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("development_group"),
    ]
    search_fields = InvolvePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("development_group"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "forums.ForumPage",
        "forums.DevelopmentGroupPapersPage",
        "forums.NewsletterPage",
    ]
    max_count_per_parent = 1
    page_description = _(
        "The list of community forums. Forums, Development Group papers and newsletters go "
        "under it."
    )

    class Meta:
        verbose_name = _("forum index page")

    def forums(self):
        return ForumPage.objects.live().public().child_of(self).order_by("path")

    def upcoming_meetings(self):
        return (
            MeetingPage.objects.live()
            .public()
            .descendant_of(self)
            .filter(starts_at__gte=timezone.now())
            .select_related("venue")
            .order_by("starts_at", "path")
        )

    def next_round(self):
        """The next round's meetings, soonest first, each with `.forum` set. Three queries,
        whatever the number of forums and meetings."""
        upcoming = self.upcoming_meetings()
        first = upcoming.first()
        if first is None:
            return []
        meetings = list(upcoming.filter(starts_at__lt=first.starts_at + ROUND_LENGTH))
        attach_forums(meetings, self.forums())
        return meetings

    def papers(self):
        return (
            DevelopmentGroupPapersPage.objects.live().public().child_of(self).order_by("-met_on")
        )

    def newsletters(self):
        return NewsletterPage.objects.live().public().child_of(self).order_by("-issued_on")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            forums=self.forums(),
            round_meetings=self.next_round(),
            papers=self.papers()[:4],
            newsletters=self.newsletters()[:4],
        )
        return context

    @path("feed/")
    def feed_route(self, request):
        return ForumPublicationsFeed()(request, index_page=self)

    @path("calendar/")
    def calendar_route(self, request):
        return calendar_response(self.upcoming_meetings(), request, filename="forums.ics")


def attach_forums(meetings, forums):
    """Set `.forum` on each meeting from a list of forum pages, by tree path: no query per
    meeting."""
    by_path = {forum.path: forum for forum in forums}
    for meeting in meetings:
        meeting.forum = by_path.get(meeting.path[: -meeting.steplen])


class ForumPage(InvolvePage):
    """One local community forum: who it is for, how a meeting runs, who facilitates it, its
    upcoming meetings and its past meetings with their outcomes."""

    who_it_is_for = RichTextField(_("who it is for"), features=SHORT_TEXT_FEATURES)
    how_it_runs = RichTextField(
        _("how a meeting runs"),
        features=SHORT_TEXT_FEATURES,
        help_text=_("The two parts, the social time, peer support before it starts."),
    )
    facilitated_by = models.CharField(
        _("who facilitates"),
        max_length=200,
        help_text=_(
            "Roles, not names. For example: a co-production lead and a forum coordinator."
        ),
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("who_it_is_for"),
        FieldPanel("how_it_runs"),
        FieldPanel("facilitated_by"),
    ]
    search_fields = InvolvePage.search_fields + [
        index.SearchField("who_it_is_for"),
        index.SearchField("how_it_runs"),
    ]

    parent_page_types = ["forums.ForumIndexPage"]
    subpage_types = ["forums.MeetingPage"]
    page_description = _("One local community forum. Its meetings go under it.")

    class Meta:
        verbose_name = _("community forum")

    def meetings(self):
        return MeetingPage.objects.live().public().child_of(self).select_related("venue")

    def upcoming_meetings(self):
        return self.meetings().filter(starts_at__gte=timezone.now()).order_by("starts_at")

    def past_meetings(self):
        """Past meetings, newest first, each with `.outcome` (or None): two queries, whatever
        the number of meetings and outcomes."""
        meetings = list(
            self.meetings().filter(starts_at__lt=timezone.now()).order_by("-starts_at")
        )
        outcomes = {
            outcome.path[: -outcome.steplen]: outcome
            for outcome in outcome_model()
            .objects.live()
            .public()
            .descendant_of(self)
            .with_point_counts()
        }
        for meeting in meetings:
            meeting.outcome = outcomes.get(meeting.path)
        return meetings

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            upcoming_meetings=self.upcoming_meetings(), past_meetings=self.past_meetings()
        )
        return context


class MeetingPage(OpportunityPage):
    """One meeting of a forum, which people register to attend.

    A kind of opportunity (Django multi-table inheritance), not a copy of one: registering,
    places and the waiting list, access needs, the confirmation email, the thanks page and
    the calendar file all come from opportunities. The opportunity fields a meeting does
    not use are filled in by `fill_meeting_defaults`. A meeting never names a host group, so
    no forum lead ever sees the people who register (only the involvement team does).
    """

    meeting_format = models.CharField(
        _("online or in person"),
        max_length=20,
        choices=MeetingFormat.choices,
        default=MeetingFormat.IN_PERSON,
    )
    what_will_be_discussed = RichTextField(
        _("what will be discussed"),
        features=SHORT_TEXT_FEATURES,
        help_text=_("The topic of the first part, and who from the trust will come."),
    )
    joining_link = models.URLField(
        _("link to join online"),
        blank=True,
        help_text=_(
            "Sent only to people who registered, in the reminder two days before. "
            "Never shown on the page."
        ),
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("meeting_format"),
                FieldPanel("venue"),
                FieldPanel("joining_instructions", heading=_("How to join")),
                FieldPanel("joining_link"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("what_will_be_discussed"),
        MultiFieldPanel(
            [
                FieldPanel("host_team", heading=_("Run by")),
                FieldPanel("contact"),
                FieldPanel("contact_email"),
                FieldPanel("places"),
                FieldPanel(
                    "closing_date",
                    heading=_("Last day to register"),
                    help_text=_("Leave blank to take registrations until the day."),
                ),
            ],
            heading=_("Signing up"),
        ),
        FieldPanel("support_notes", heading=_("Support we offer")),
    ]
    search_fields = OpportunityPage.search_fields + [index.SearchField("what_will_be_discussed")]
    override_translatable_fields = OpportunityPage.override_translatable_fields + [
        SynchronizedField("joining_link"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("places"),
    ]

    base_form_class = MeetingPageForm
    parent_page_types = ["forums.ForumPage"]
    subpage_types = ["forums.ForumOutcomePage"]
    page_description = _("One meeting of a forum, with a form to register to attend.")

    # Opportunity fields a meeting leaves empty: not asked for, so not checked.
    UNUSED_OPPORTUNITY_FIELDS = ["what_you_would_do", "can_influence", "cannot_influence"]

    class Meta:
        verbose_name = _("forum meeting")

    def fill_meeting_defaults(self):
        """What every meeting is, as an opportunity: a one-off meeting, online or in person,
        for people who use services and carers, expenses paid, open until the day, and
        hosted by nobody (see the class docstring)."""
        self.kind = Kind.MEETING
        self.time_commitment = TimeCommitment.ONE_OFF
        self.online = self.meeting_format == MeetingFormat.ONLINE
        self.in_person = self.meeting_format == MeetingFormat.IN_PERSON
        self.by_phone = self.on_paper = False
        if not self.payment:
            self.payment = Payment.EXPENSES_ONLY
        if not any([self.for_service_users, self.for_carers, self.for_anyone]):
            self.for_service_users = self.for_carers = True
        if self.closing_date is None and self.starts_at:
            self.closing_date = timezone.localtime(self.starts_at).date()
        self.host_group = None

    def clean_fields(self, exclude=None):
        self.fill_meeting_defaults()
        exclude = set(exclude or []) | set(self.UNUSED_OPPORTUNITY_FIELDS)
        super().clean_fields(exclude=exclude)

    def clean(self):
        if not self.starts_at:
            raise ValidationError({"starts_at": _("Enter the date and time of the meeting.")})
        super().clean()

    def save(self, *args, **kwargs):
        self.fill_meeting_defaults()
        super().save(*args, **kwargs)

    @property
    def is_past(self):
        return self.starts_at is not None and self.starts_at < timezone.now()

    def _days_ahead(self):
        return (timezone.localtime(self.starts_at).date() - timezone.localdate()).days

    @property
    def reminder_two_days_before(self):
        """Whether the reminder two days before is still to come, so the thanks page and the
        confirmation may promise it."""
        return self.starts_at is not None and self._days_ahead() > REMINDER_DAYS_BEFORE

    @property
    def reminder_to_come(self):
        """Whether a reminder still goes before the meeting: the morning run catches up a
        registration made inside the two days, but not one made on the day."""
        return self.starts_at is not None and self._days_ahead() >= 1

    @cached_property
    def forum(self):
        return self.get_parent().specific

    @cached_property
    def outcome(self):
        return outcome_model().objects.live().public().child_of(self).first()

    confirmation_email_templates = (
        "forums/emails/meeting_confirmation_subject.txt",
        "forums/emails/meeting_confirmation.txt",
    )
    # And by text, to those who get texts (opportunities.registrations.tasks).
    confirmation_text_template = "forums/texts/meeting_confirmation"

    # A forum is a drop-in: registering is all it takes, with no call to talk it through
    # first as for a panel (the registration form's words follow this).
    registering_is_all_it_takes = True

    # The opportunity's routes serve a meeting too: its own page template is Wagtail's
    # default for the type (forums/meeting_page.html); the thanks page is named here.
    thanks_template = "forums/meeting_thanks.html"


class DevelopmentGroupPapersPage(InvolvePage):
    """The papers of one Development Group meeting: agenda, minutes and papers, as
    documents, with a short plain-English note of what was discussed."""

    met_on = models.DateField(_("date of the meeting"))
    introduction = RichTextField(_("what was discussed"), features=SHORT_TEXT_FEATURES, blank=True)
    agenda = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("agenda"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    minutes = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("minutes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    papers = StreamField([("paper", PaperBlock())], blank=True, verbose_name=_("papers"))

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("met_on"),
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("agenda"), FieldPanel("minutes")]),
        FieldPanel("papers"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["forums.ForumIndexPage"]
    subpage_types = []
    page_description = _("The agenda, minutes and papers of one Development Group meeting.")

    class Meta:
        verbose_name = _("Development Group papers")
        verbose_name_plural = _("Development Group papers")

    @property
    def published_on(self):
        return self.met_on


class NewsletterPage(InvolvePage):
    """The quarterly newsletter: themes the forums raised, answers and progress from the
    Development Group, and the dates of the next forums."""

    issued_on = models.DateField(_("date of this issue"))
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("issued_on"),
        FieldPanel("body"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["forums.ForumIndexPage"]
    subpage_types = []
    page_description = _("A quarterly newsletter of the community forums.")

    class Meta:
        verbose_name = _("forum newsletter")

    @property
    def published_on(self):
        return self.issued_on
