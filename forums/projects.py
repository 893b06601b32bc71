""" "You said, we are doing": projects that close the loop on what people told us.

- `ProjectIndexPage` lists the projects with their stage, filters them by stage, service and
  theme, sorts them by their latest update, shows the latest updates across all of them and
  offers them as an Atom feed.
- `ProjectPage` is one project: what people said (the forum points linked to it, and quotes
  in their own words), the actions with what should change, how we will know, the lead role,
  a target date and a status, the stage along a fixed path, the co-production level planned
  at the start and reported at the end, and challenges. A slipped target date shows on the
  page and on the editors' dashboard until it is met or explained by a challenge.
- `ProjectUpdatePage` is one dated update, a child page of its project. A page of its own,
  not an inline row, because each update must email each follower exactly once: a page has
  one id for its whole life and a `page_published` signal, so "sent" is one row per follower
  and update (`ProjectUpdateSend`), whatever the number of revisions or re-publishes. Inline
  rows are rewritten by every revision and translation sync, which makes "this update" hard
  to pin down. A page also gives each update its own link for the feed and the emails, its
  own revisions, and translation by wagtail-localize like any page.
- `ProjectFollower` (personal data) is someone who asked to hear about each new update.
"""

import dataclasses
import datetime
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Prefetch, Subquery
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import SHORT_TEXT_FEATURES
from home.models import InvolvePage
from opportunities.models import CO_PRODUCTION_MEANING, CoProductionLevel, TaxonomySnippet, Topic


class Stage(models.TextChoices):
    """The fixed path every project follows, in order."""

    LISTENING = "listening", _("Listening")
    PLANNING = "planning", _("Planning")
    DOING = "doing", _("Doing")
    CHECKING = "checking", _("Checking")
    DONE = "done", _("Done")


STAGE_MEANING = {
    Stage.LISTENING: _("We are hearing what people want to change."),
    Stage.PLANNING: _("We are agreeing what to do, and who does it."),
    Stage.DOING: _("We are making the changes."),
    Stage.CHECKING: _("We are checking the changes worked."),
    Stage.DONE: _("The project has finished."),
}

LADDER = [level for level, _label in CoProductionLevel.choices]
# At this level or above, people share the decisions: the page says "we said".
SHARED_FROM = LADDER.index(CoProductionLevel.CO_DESIGNING)


class ActionStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    UNDER_WAY = "under_way", _("Under way")
    DONE = "done", _("Done")
    STOPPED = "stopped", _("Stopped")


FINISHED = {ActionStatus.DONE, ActionStatus.STOPPED}


class Service(TaxonomySnippet):
    """A service a project is about (for example: community mental health teams), to filter
    projects by. Translatable; its slug is the same in every language."""

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("service")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class ProjectIndexPage(RoutablePageMixin, InvolvePage):
    """Every "you said, we are doing" project, with filters, and the latest updates."""

    introduction = RichTextField(_("introduction"), features=SHORT_TEXT_FEATURES, blank=True)

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["forums.ProjectPage"]
    max_count_per_parent = 1
    page_description = _(
        'The list of "you said, we are doing" projects. Each project goes under it.'
    )

    class Meta:
        verbose_name = _("project index page")

    def projects(self):
        """Live projects, each with `latest_update` (the date of its newest live update, or
        None): one query."""
        latest = (
            ProjectUpdatePage.objects.live()
            .filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
            .order_by("-published_on")
            .values("published_on")[:1]
        )
        return (
            ProjectPage.objects.live()
            .public()
            .child_of(self)
            .select_related("service")
            .prefetch_related("themes")
            .annotate(latest_update=Subquery(latest))
        )

    def latest_updates(self, count=5):
        """The newest live updates across all projects, each with `.project`: two queries."""
        updates = list(
            ProjectUpdatePage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-published_on", "-path")[:count]
        )
        attach_projects(updates)
        return updates

    @path("")
    def index_route(self, request):
        from .project_views import project_index

        return project_index(request, self)

    @path("feed/")
    def feed_route(self, request):
        from .project_feeds import ProjectUpdatesFeed

        return ProjectUpdatesFeed()(request, index_page=self)


def attach_projects(updates):
    """Set `.project` on each update from its parent's path: one query, whatever the count."""
    paths = {update.path[: -update.steplen] for update in updates}
    by_path = {project.path: project for project in ProjectPage.objects.filter(path__in=paths)}
    for update in updates:
        update.project = by_path.get(update.path[: -update.steplen])


@dataclasses.dataclass
class SaidItem:
    """One thing people said that led to a project, from whatever place they said it: a
    forum point today, an improvement idea once ideas exist. Plain values only, so the
    template shows every kind the same way."""

    kind: str  # "forum_point" or "idea"
    kind_label: str
    title: str
    url: str
    what_was_said: str
    date: datetime.date | None
    source: str  # where it was said, for example the forum's meeting


class ProjectPage(RoutablePageMixin, InvolvePage):
    """One project: what people said, what we are doing about it, how far it has got, how
    much say people have, what is in the way, and dated updates (child pages)."""

    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, default=Stage.LISTENING
    )
    service = models.ForeignKey(
        Service,
        verbose_name=_("service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ParentalManyToManyField(Topic, verbose_name=_("themes"), blank=True)
    you_said = RichTextField(
        _("what people told us"),
        features=SHORT_TEXT_FEATURES,
        help_text=_("In plain English: what people asked us to change, and why."),
    )
    planned_level = models.CharField(
        _("how much say we planned to give"),
        max_length=20,
        choices=CoProductionLevel.choices,
        default=CoProductionLevel.CONSULTING,
        help_text=_("Set at the start. Do not change it later: say what happened below."),
    )
    reported_level = models.CharField(
        _("how much say people really had"),
        max_length=20,
        choices=CoProductionLevel.choices,
        blank=True,
        help_text=_("Fill in at the end (stage: done)."),
    )
    level_reason = models.TextField(
        _("why it was different"),
        blank=True,
        help_text=_("Needed when the level at the end is not the one planned."),
    )
    co_produced_with = models.CharField(
        _("who we are working with"),
        max_length=250,
        blank=True,
        help_text=_(
            "Roles, not names. Needed at co-designing or above. For example: three carers "
            "and a peer support worker."
        ),
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("stage"), FieldPanel("service"), FieldPanel("themes")],
            heading=_("Where it is"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("you_said"),
                InlinePanel(
                    "quotes",
                    heading=_("In their own words"),
                    label=_("Quote"),
                    help_text=_("Only with the person's agreement. No names."),
                ),
            ],
            heading=_("You said"),
        ),
        InlinePanel("actions", heading=_("We are doing"), label=_("Action"), min_num=1),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("planned_level"), FieldPanel("reported_level")]),
                FieldPanel("level_reason"),
                FieldPanel("co_produced_with"),
            ],
            heading=_("How much say people have"),
        ),
        InlinePanel(
            "challenges",
            heading=_("Challenges"),
            label=_("Challenge"),
            help_text=_("When a target date passes, add a challenge saying why and what next."),
        ),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("you_said")]
    override_translatable_fields = [
        SynchronizedField("stage"),
        SynchronizedField("service"),
        SynchronizedField("planned_level"),
        SynchronizedField("reported_level"),
    ]

    parent_page_types = ["forums.ProjectIndexPage"]
    subpage_types = ["forums.ProjectUpdatePage"]
    page_description = _('One "you said, we are doing" project. Its dated updates go under it.')

    class Meta:
        verbose_name = _("project")

    # Stage and say

    def stage_steps(self):
        """Each stage with whether it is done, the current one or still to come."""
        current = [stage for stage, _label in Stage.choices].index(self.stage)
        return [
            {
                "value": value,
                "label": label,
                "state": "done"
                if number < current
                else "current"
                if number == current
                else "to_come",
                "number": number + 1,
            }
            for number, (value, label) in enumerate(Stage.choices)
        ]

    @property
    def stage_meaning(self):
        return STAGE_MEANING.get(self.stage, "")

    @property
    def level(self):
        """The level that holds now: the one reported at the end, else the one planned."""
        return self.reported_level or self.planned_level

    @property
    def is_shared(self):
        """Co-designing or above: the page speaks as "we said, we are doing"."""
        return self.level in LADDER and LADDER.index(self.level) >= SHARED_FROM

    @property
    def level_changed(self):
        return bool(self.reported_level) and self.reported_level != self.planned_level

    @property
    def planned_meaning(self):
        return CO_PRODUCTION_MEANING.get(self.planned_level, "")

    @property
    def reported_meaning(self):
        return CO_PRODUCTION_MEANING.get(self.reported_level, "")

    def clean(self):
        super().clean()
        errors = {}
        if self.level_changed and not self.level_reason.strip():
            errors["level_reason"] = _(
                "Say in plain words why people had a different say from the one planned."
            )
        if self.stage == Stage.DONE and not self.reported_level:
            errors["reported_level"] = _("Say how much say people really had, now it is done.")
        if self.is_shared and not self.co_produced_with.strip():
            errors["co_produced_with"] = _("Say who you are working with, by role.")
        if errors:
            raise ValidationError(errors)

    # Actions and challenges

    def slipped_actions(self):
        return [action for action in self.actions.all() if action.is_slipped]

    def open_challenges(self):
        return [c for c in self.challenges.all() if c.resolved_on is None]

    # What people said

    def you_said_items(self):
        """What people said that led here, as plain `SaidItem`s, oldest first.

        The forum points whose "where it went" is this project, and the improvement ideas
        taken forward into it."""
        # The two languages are looked up once for both kinds.
        active, default = Locale.get_active(), Locale.get_default()
        items = self._points_said(active, default) + self._ideas_said(active, default)
        items.sort(key=lambda item: item.date or datetime.date.min)
        return items

    def _points_said(self, active, default):
        """Forum points linked to this project, in the reader's language where the outcome
        is translated, else in the default language: two queries."""
        from .models import MeetingPage, OutcomePoint

        points = list(
            OutcomePoint.objects.filter(
                page__live=True,
                link_page__translation_key=self.translation_key,
                locale__in={active.pk, default.pk},
            )
            .select_related("page")
            .order_by("pk")
        )
        chosen = {}
        for point in points:
            if point.translation_key not in chosen or point.locale_id == active.pk:
                chosen[point.translation_key] = point
        meetings = {
            meeting.path: meeting
            for meeting in MeetingPage.objects.filter(
                path__in={point.page.path[: -point.page.steplen] for point in chosen.values()}
            )
        }
        items = []
        for point in chosen.values():
            meeting = meetings.get(point.page.path[: -point.page.steplen])
            items.append(
                SaidItem(
                    kind="forum_point",
                    kind_label=str(_("Raised at a community forum")),
                    title=point.theme,
                    url=point.page.url or "",
                    what_was_said=point.what_was_said,
                    date=timezone.localtime(meeting.starts_at).date()
                    if meeting and meeting.starts_at
                    else None,
                    source=meeting.title if meeting else point.page.title,
                )
            )
        return items

    def _ideas_said(self, active, default):
        """Improvement ideas taken into this project (their `project` is this page in any
        language), in the reader's language where translated, else in the default
        language: one query."""
        from .ideas import IdeaPage

        ideas = list(
            IdeaPage.objects.live()
            .filter(
                project__translation_key=self.translation_key,
                locale__in={active.pk, default.pk},
            )
            .order_by("pk")
        )
        chosen = {}
        for idea in ideas:
            if idea.translation_key not in chosen or idea.locale_id == active.pk:
                chosen[idea.translation_key] = idea
        return [
            SaidItem(
                kind="idea",
                kind_label=str(_("Suggested as an improvement idea")),
                title=idea.title,
                url=idea.url or "",
                what_was_said=idea.what,
                date=timezone.localtime(idea.first_published_at).date()
                if idea.first_published_at
                else None,
                source=str(idea.get_source_display()),
            )
            for idea in chosen.values()
        ]

    # Updates

    def updates(self):
        """Live updates, newest first, with their picture and document: a fixed number of
        queries whatever the number of updates."""
        from wagtail.images import get_image_model

        return (
            ProjectUpdatePage.objects.live()
            .public()
            .child_of(self)
            .select_related("document")
            .prefetch_related(
                Prefetch(
                    "image",
                    queryset=get_image_model().objects.prefetch_renditions("width-640"),
                )
            )
            .order_by("-published_on", "-path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        actions = list(self.actions.all())
        context.update(
            stage_steps=self.stage_steps(),
            actions=actions,
            slipped=[action for action in actions if action.is_slipped],
            challenges=list(self.challenges.all()),
            quotes=list(self.quotes.all()),
            said=self.you_said_items(),
            updates=list(self.updates()),
        )
        return context

    @path("")
    def page_route(self, request):
        from .project_views import project_page

        return project_page(request, self)

    @path("follow/")
    def follow_route(self, request):
        from .project_views import follow

        return follow(request, self)

    @path("follow/sent/")
    def follow_sent_route(self, request):
        from .project_views import follow_sent

        return follow_sent(request, self)

    @path("follow/confirm/<str:token>/")
    def confirm_route(self, request, token):
        from .project_views import confirm_follow

        return confirm_follow(request, self, token)

    @path("unfollow/<str:token>/")
    def unfollow_route(self, request, token):
        from .project_views import unfollow

        return unfollow(request, self, token)

    @cached_property
    def original(self):
        """The page in the default language: followers follow that one."""
        if self.locale_id == Locale.get_default().pk and self.alias_of_id is None:
            return self
        return (
            ProjectPage.objects.filter(
                translation_key=self.translation_key, locale=Locale.get_default()
            ).first()
            or self
        )


class ProjectQuote(TranslatableMixin, Orderable):
    """What someone said, in their own words, with their agreement. No names."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="quotes")
    quote = models.TextField(_("what they said"))
    said_by = models.CharField(
        _("who said it"),
        max_length=120,
        help_text=_("A role, not a name. For example: a carer at the Riverside forum."),
    )
    agreed = models.BooleanField(
        _("they agreed we can use their words"),
        default=False,
    )

    panels = [FieldPanel("quote"), FieldPanel("said_by"), FieldPanel("agreed")]
    override_translatable_fields = [SynchronizedField("agreed")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("quote")

    def clean(self):
        super().clean()
        if not self.agreed:
            raise ValidationError(
                {"agreed": _("Only use someone's words if they agreed. Tick the box.")}
            )


class ProjectAction(TranslatableMixin, Orderable):
    """One thing we are doing, in the shape of an action plan: the action, what should
    change, how we will know, who leads it (a role), by when, and where it is now."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="actions")
    action = models.CharField(_("what we will do"), max_length=250)
    what_should_change = models.TextField(_("what should change"))
    how_we_will_know = models.TextField(_("how we will know"))
    lead_role = models.CharField(
        _("who leads it"), max_length=120, help_text=_("A role, not a name.")
    )
    target_date = models.DateField(_("target date"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ActionStatus.choices,
        default=ActionStatus.NOT_STARTED,
    )
    done_on = models.DateField(_("done on"), null=True, blank=True)

    panels = [
        FieldPanel("action"),
        FieldPanel("what_should_change"),
        FieldPanel("how_we_will_know"),
        FieldRowPanel([FieldPanel("lead_role"), FieldPanel("target_date")]),
        FieldRowPanel([FieldPanel("status"), FieldPanel("done_on")]),
    ]
    override_translatable_fields = [
        SynchronizedField("target_date"),
        SynchronizedField("status"),
        SynchronizedField("done_on"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("action")

    def __str__(self):
        return self.action

    def save(self, *args, **kwargs):
        if self.status == ActionStatus.DONE and self.done_on is None:
            self.done_on = timezone.localdate()
        super().save(*args, **kwargs)

    @property
    def is_slipped(self):
        """Past its target date and not done (or stopped): the page says so."""
        return self.status not in FINISHED and self.target_date < timezone.localdate()

    @property
    def done_late(self):
        return bool(self.done_on and self.done_on > self.target_date)


class ProjectChallenge(TranslatableMixin, Orderable):
    """What is in the way, since when, and what we are doing about it."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="challenges")
    what = models.TextField(_("what is in the way"))
    since = models.DateField(_("since when"))
    what_we_are_doing = models.TextField(_("what we are doing about it"))
    resolved_on = models.DateField(
        _("sorted out on"), null=True, blank=True, help_text=_("Leave blank while it lasts.")
    )

    panels = [
        FieldPanel("what"),
        FieldRowPanel([FieldPanel("since"), FieldPanel("resolved_on")]),
        FieldPanel("what_we_are_doing"),
    ]
    override_translatable_fields = [
        SynchronizedField("since"),
        SynchronizedField("resolved_on"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("challenge")

    def __str__(self):
        return self.what[:60]


class ProjectUpdatePage(InvolvePage):
    """One dated update on a project, by a named role, with an optional picture or document.
    Publishing it for the first time emails each follower once (`project_tasks`)."""

    template = "forums/projects/project_update_page.html"

    published_on = models.DateField(_("date of the update"), default=timezone.localdate)
    written_by = models.CharField(
        _("written by"),
        max_length=120,
        help_text=_("A role, not a name. For example: the carers lead."),
    )
    body = RichTextField(_("what has happened"), features=SHORT_TEXT_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("what the picture shows"),
        max_length=200,
        blank=True,
        help_text=_("For people who cannot see it. Needed with a picture."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("published_on"), FieldPanel("written_by")]),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("document")],
            heading=_("Picture or document"),
        ),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("body")]
    override_translatable_fields = [
        SynchronizedField("published_on"),
        SynchronizedField("image"),
        SynchronizedField("document"),
    ]

    parent_page_types = ["forums.ProjectPage"]
    subpage_types = []
    page_description = _(
        "A dated update on a project. Followers get an email when it is published."
    )

    class Meta:
        verbose_name = _("project update")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Say what the picture shows.")})

    @cached_property
    def project(self):
        parent = self.get_parent()
        return parent.specific if parent else None


class ProjectFollowerQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class ProjectFollower(models.Model):
    """Personal data: someone who asked for an email about each new update on a project.

    Holds an email address and a language, and for people on the involvement register a
    link to their record (they follow from their private page, with no second email to
    confirm). Seen by nobody in the admin; the person leaves with the link in every email,
    which deletes the row at once. Unconfirmed rows go after 7 days
    (`tend_project_followers`), and a person erased from the register takes their follows
    with them (the foreign key cascades). Listed in docs/data-map.md."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    project = models.ForeignKey(ProjectPage, on_delete=models.CASCADE, related_name="followers")
    email = models.EmailField(_("email"))
    language = models.CharField(_("language"), max_length=10)
    person = models.ForeignKey(
        "opportunities.Person",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="project_follows",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = ProjectFollowerQuerySet.as_manager()

    class Meta:
        verbose_name = _("project follower")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["project", "email"], name="one_follow_per_project_and_email"
            )
        ]

    def __str__(self):
        # Never the address: this may appear in logs.
        return f"Follower {self.pk}"


class ProjectUpdateSend(models.Model):
    """That one update's email went to one follower: the unique key makes a second send of
    the same update impossible, whatever the number of publishes or task retries."""

    follower = models.ForeignKey(ProjectFollower, on_delete=models.CASCADE, related_name="sends")
    update = models.ForeignKey(ProjectUpdatePage, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["follower", "update"], name="one_email_per_follower_and_update"
            )
        ]

    def __str__(self):
        return f"Update {self.update_id} to follower {self.follower_id}"


from . import project_signals  # noqa: E402,F401
