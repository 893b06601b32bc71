"""Community forums: the index of forums, one page per local forum, its meetings (which people
register to attend), the outcome posted after a meeting with the points raised and the
trust's answers, the Development Group's papers and the quarterly newsletter."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import SHORT_TEXT_FEATURES, BodyBlock
from home.models import InvolvePage
from opportunities.models import Kind, OpportunityPage, Payment, Registration, TimeCommitment

from .blocks import PaperBlock
from .forms import MeetingPageForm


@register_setting(icon="time")
class ForumSettings(BaseSiteSetting):
    """The answer time the trust agreed with the forums. Each point raised is due this many
    weeks after its meeting. The due date is kept on the point, so changing the setting
    never moves a promise already made."""

    response_weeks = models.PositiveSmallIntegerField(
        _("weeks to answer a point"),
        default=6,
        help_text=_("The trust's agreed time to answer a point raised at a forum."),
    )

    panels = [FieldPanel("response_weeks")]

    class Meta:
        verbose_name = _("community forums")

    @classmethod
    def response_weeks_for(cls, site):
        """The agreed weeks for `site`, read without writing (Wagtail's `for_site` creates
        the row on first use, which a page view should never do)."""
        weeks = cls.objects.filter(site=site).values_list("response_weeks", flat=True).first()
        return cls._meta.get_field("response_weeks").default if weeks is None else weeks


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
        from .feeds import ForumPublicationsFeed

        return ForumPublicationsFeed()(request, index_page=self)

    @path("calendar/")
    def calendar_route(self, request):
        from opportunities.listing.calendar import calendar_response

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
            for outcome in ForumOutcomePage.objects.live()
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


class MeetingFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")


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

    @cached_property
    def forum(self):
        return self.get_parent().specific

    @cached_property
    def outcome(self):
        return ForumOutcomePage.objects.live().public().child_of(self).first()

    confirmation_email_templates = (
        "forums/emails/meeting_confirmation_subject.txt",
        "forums/emails/meeting_confirmation.txt",
    )

    # Routes: the same views as an opportunity, with the meeting's own templates.

    @path("")
    def page_route(self, request):
        from opportunities.views import opportunity_detail

        return _with_template(opportunity_detail(request, self), "forums/meeting_page.html")

    @path("thanks/")
    def thanks_route(self, request):
        from opportunities.views import registration_thanks

        return _with_template(registration_thanks(request, self), "forums/meeting_thanks.html")


def _with_template(response, template_name):
    """An opportunity view's response, rendered with a meeting template instead (a redirect
    passes through)."""
    if hasattr(response, "template_name"):
        response.template_name = template_name
    return response


class ForumOutcomePageQuerySet(PageQuerySet):
    def with_point_counts(self):
        """Each outcome with how many points it has, and how many are answered (or taken
        further), awaiting an answer in time, and overdue: in the same query."""
        today = timezone.localdate()
        awaiting = Q(points__status=PointStatus.AWAITING)
        overdue = awaiting & Q(points__due_date__lt=today)
        return self.annotate(
            point_count=Count("points", distinct=True),
            answered_count=Count("points", filter=~awaiting, distinct=True),
            waiting_count=Count("points", filter=awaiting & ~overdue, distinct=True),
            overdue_count=Count("points", filter=overdue, distinct=True),
        )


class PointStatus(models.TextChoices):
    AWAITING = "awaiting", _("Awaiting an answer")
    ANSWERED = "answered", _("Answered")
    IDEA = "idea", _("Turned into an improvement idea")
    PROJECT = "project", _("Taken into a project")


class ForumOutcomePage(InvolvePage):
    """What came of one forum meeting, posted by a co-production lead: a plain-English
    summary, how many people came, who wrote it (by role) and the points raised, each with
    the trust's answer and its due date. Goes under its meeting."""

    what_happened = RichTextField(
        _("what happened"),
        features=SHORT_TEXT_FEATURES,
        help_text=_("In plain English: what was talked about and what people felt."),
    )
    attendance = models.PositiveSmallIntegerField(_("how many people came"))
    written_by = models.CharField(
        _("written by"),
        max_length=200,
        help_text=_(
            "Roles, not names. For example: the co-production lead and a lived-experience "
            "co-chair."
        ),
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("what_happened"),
        FieldRowPanel([FieldPanel("attendance"), FieldPanel("written_by")]),
        InlinePanel(
            "points",
            heading=_("Points raised"),
            label=_("Point"),
            help_text=_(
                "No personal names. Each point is due an answer by the agreed time after "
                "the meeting."
            ),
        ),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("what_happened")]
    override_translatable_fields = [SynchronizedField("attendance")]

    parent_page_types = ["forums.MeetingPage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = _(
        "What came of a forum meeting: the points raised and the trust's answers."
    )

    objects = PageManager.from_queryset(ForumOutcomePageQuerySet)()

    class Meta:
        verbose_name = _("forum outcome")

    @cached_property
    def meeting(self):
        parent = self.get_parent()
        return parent.specific if parent else None

    def fill_due_dates(self):
        """Give each point without one its due date: the meeting's date plus the agreed
        answer time. Needs the page in the tree (to find its meeting and its site)."""
        if not self.path:
            return
        undated = [point for point in self.points.all() if point.due_date is None]
        if not undated:
            return
        meeting = self.meeting
        weeks = ForumSettings.response_weeks_for(self.get_site())
        met_on = (
            timezone.localtime(meeting.starts_at).date()
            if isinstance(meeting, MeetingPage) and meeting.starts_at
            else timezone.localdate()
        )
        for point in undated:
            point.due_date = met_on + datetime.timedelta(weeks=weeks)

    def clean(self):
        super().clean()
        self.fill_due_dates()

    def save(self, *args, **kwargs):
        self.fill_due_dates()
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        points = list(self.points.select_related("link_page"))
        context["points"] = points
        context["overdue_count"] = sum(point.is_overdue for point in points)
        context["answered_count"] = sum(point.status != PointStatus.AWAITING for point in points)
        context["response_weeks"] = ForumSettings.response_weeks_for(self.get_site())
        return context


class PointQuerySet(models.QuerySet):
    def published(self):
        """Points on live outcome pages in the language they were written in (not the
        copies kept in other languages), with what the dashboard shows."""
        return self.filter(
            page__live=True, page__alias_of=None, locale=Locale.get_default()
        ).select_related("page")

    def awaiting(self):
        return self.filter(status=PointStatus.AWAITING)

    def overdue(self):
        return self.awaiting().filter(due_date__lt=timezone.localdate())

    def in_forums(self, forums):
        condition = Q()
        for forum in forums:
            condition |= Q(page__path__startswith=forum.path)
        return self.filter(condition) if forums else self.none()


class OutcomePoint(TranslatableMixin, Orderable):
    """One point raised at a forum meeting, and the trust's answer. An inline model rather
    than a StreamField block, so the dashboard can ask the database for the points awaiting
    an answer, soonest due first, across every forum."""

    page = ParentalKey(ForumOutcomePage, on_delete=models.CASCADE, related_name="points")
    theme = models.CharField(
        _("theme"), max_length=80, help_text=_("A few words. For example: Waiting times.")
    )
    what_was_said = models.TextField(_("what was said"), help_text=_("No personal names."))
    status = models.CharField(
        _("where it is now"),
        max_length=20,
        choices=PointStatus.choices,
        default=PointStatus.AWAITING,
    )
    answer = models.TextField(_("the trust's answer"), blank=True)
    answered_by = models.CharField(
        _("who answers"), max_length=120, help_text=_("A role, not a name.")
    )
    due_date = models.DateField(_("answer due by"), null=True, blank=True)
    answered_on = models.DateField(
        _("answered on"), null=True, blank=True, help_text=_("Filled in when you save.")
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("where it went"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The improvement idea or project page, if it became one."),
    )

    panels = [
        FieldPanel("theme"),
        FieldPanel("what_was_said"),
        FieldPanel("answered_by"),
        FieldPanel("status"),
        FieldPanel("answer"),
        PageChooserPanel("link_page"),
    ]
    override_translatable_fields = [
        SynchronizedField("status"),
        SynchronizedField("due_date"),
        SynchronizedField("answered_on"),
        SynchronizedField("link_page"),
    ]

    objects = PointQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("point raised")
        verbose_name_plural = _("points raised")
        indexes = [models.Index(fields=["status", "due_date"])]

    def __str__(self):
        return self.theme

    def clean(self):
        super().clean()
        if self.status != PointStatus.AWAITING and not self.answer.strip():
            raise ValidationError({"answer": _("Write the trust's answer in plain words.")})
        if self.status in {PointStatus.IDEA, PointStatus.PROJECT} and not self.link_page_id:
            raise ValidationError({"link_page": _("Choose the page where this point went.")})

    def save(self, *args, **kwargs):
        if self.status != PointStatus.AWAITING and self.answered_on is None:
            self.answered_on = timezone.localdate()
        super().save(*args, **kwargs)

    @property
    def is_overdue(self):
        return (
            self.status == PointStatus.AWAITING
            and self.due_date is not None
            and self.due_date < timezone.localdate()
        )

    @property
    def answered_late(self):
        return bool(self.answered_on and self.due_date and self.answered_on > self.due_date)


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


class MeetingReminder(models.Model):
    """That a meeting's reminder went to one registration, so a second run of the reminder
    command never sends it again (the one-to-one key is the guarantee).

    Linked to personal data (a registration): deleted with it when a person is erased."""

    registration = models.OneToOneField(
        Registration, on_delete=models.CASCADE, related_name="meeting_reminder"
    )
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("meeting reminder")

    def __str__(self):
        return f"Reminder {self.registration_id} at {self.sent_at:%Y-%m-%d %H:%M}"


from .ideas import IdeaIndexPage, IdeaPage, IdeaSettings, VotingRound  # noqa: E402,F401
from .projects import (  # noqa: E402,F401
    ProjectAction,
    ProjectChallenge,
    ProjectFollower,
    ProjectIndexPage,
    ProjectPage,
    ProjectQuote,
    ProjectUpdatePage,
    ProjectUpdateSend,
    Service,
)
