""" "You said, we are doing": the page types of one project, and what they do with a request
(the index of projects is in index.py).

- `ProjectPage` is one project: what people said (the forum points linked to it, ideas taken
  into it, and quotes in their own words), the actions, the stage, the co-production level
  planned at the start and reported at the end, and challenges. Its routes take the follow
  form and the private links (confirm, leave); every form posts, then redirects, and every
  page reached by a private link is never cached and says plainly what went wrong.
- `ProjectUpdatePage` is one dated update, a child page of its project. A page of its own,
  not an inline row, because each update must email each follower exactly once: a page has
  one id for its whole life and a `page_published` signal, so "sent" is one row per follower
  and update (`ProjectUpdateSend`), whatever the number of revisions or re-publishes. Inline
  rows are rewritten by every revision and translation sync, which makes "this update" hard
  to pin down. A page also gives each update its own link for the feed and the emails, its
  own revisions, and translation by wagtail-localize like any page.

Imports: models, forms, services, tokens of this package; lower features."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import SHORT_TEXT_FEATURES
from home.languages import in_default_language
from home.models import InvolvePage
from home.public_post import handle_public_post
from home.ratelimit import RateLimit
from opportunities.models import CO_PRODUCTION_MEANING, CoProductionLevel, Topic

from . import services
from .forms import FollowForm, ProjectPageForm
from .models import LADDER, SHARED_FROM, STAGE_MEANING, Stage, stage_steps
from .tokens import PROBLEM_STATUS

FOLLOWS_PER_ADDRESS = 10
RATE_WINDOW_SECONDS = 60 * 60


def never_cached(response):
    add_never_cache_headers(response)
    return response


class ProjectPage(RoutablePageMixin, InvolvePage):
    """One project: what people said, what we are doing about it, how far it has got, how
    much say people have, what is in the way, and dated updates (child pages)."""

    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, default=Stage.LISTENING
    )
    service = models.ForeignKey(
        "forums.Service",
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

    base_form_class = ProjectPageForm

    parent_page_types = ["forums.ProjectIndexPage"]
    subpage_types = ["forums.ProjectUpdatePage"]
    page_description = _('One "you said, we are doing" project. Its dated updates go under it.')

    class Meta:
        verbose_name = _("project")

    # Stage and say

    def stage_steps(self):
        return stage_steps(self.stage)

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
        """What people said that led here, as plain `SaidItem`s, oldest first (see
        services.py)."""
        return services.you_said_items(self)

    # Updates

    def updates(self):
        """Live updates, newest first, with their picture and document: a fixed number of
        queries whatever the number of updates."""
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

    def details(self):
        """What the project's own page shows (its other routes need none of it). Each
        action comes with its moved dates; "late" counts an action whose first date has
        passed even if it has a new one."""
        actions = services.attach_date_history(self.actions.all())
        return {
            "stage_steps": self.stage_steps(),
            "actions": actions,
            "late": [action for action in actions if action.is_late],
            "challenges": list(self.challenges.all()),
            "quotes": list(self.quotes.all()),
            "said": self.you_said_items(),
            "updates": list(self.updates()),
        }

    def _show(self, request, form=None, status=200):
        response = self.render(
            request,
            template="forums/projects/project_page.html",
            context_overrides={**self.details(), "follow_form": form or FollowForm()},
        )
        response.status_code = status
        return response

    def _interface(self, request, template, context=None, status=200):
        """A small page of the follow journey, under the project's name."""
        response = self.render(
            request,
            template=f"forums/projects/{template}",
            context_overrides={"interface_only": True, **(context or {})},
        )
        response.status_code = status
        return never_cached(response)

    # Kept for other visitors (home/page_cache/): the project, with an empty follow form.
    cached_routes = ("page_route",)

    @path("")
    def page_route(self, request):
        return self._show(request)

    @path("follow/")
    def follow_route(self, request):
        """Ask for updates by email: a link to confirm goes to the address. Says the same
        whether or not the address already follows, so nobody can find out who does."""
        if request.method != "POST":
            return never_cached(redirect(self.url + "#follow"))

        def follow(form):
            services.ask_to_follow(self, form.cleaned_data["email"], request.LANGUAGE_CODE)
            return redirect(self.url + "follow/sent/")

        response = handle_public_post(
            request,
            FollowForm(request.POST),
            rate_limit=RateLimit("project-follow", FOLLOWS_PER_ADDRESS, RATE_WINDOW_SECONDS),
            on_valid=follow,
            on_spam=lambda: redirect(self.url + "follow/sent/"),
            render=lambda form: self._show(request, form),
            invalid_status=400,
        )
        return never_cached(response)

    @path("follow/sent/")
    def follow_sent_route(self, request):
        return self._interface(request, "follow_sent.html")

    def _follower_from_link(self, request, token, purpose):
        follower, problem = services.follower_from_link(self, token, purpose)
        if problem:
            return None, self._interface(
                request, "link_problem.html", {"problem": problem}, PROBLEM_STATUS[problem]
            )
        return follower, None

    @path("follow/confirm/<str:token>/")
    def confirm_route(self, request, token):
        """A button, not the link itself, confirms: email scanners open links."""
        follower, problem = self._follower_from_link(request, token, "follow-confirm")
        if problem:
            return problem
        if request.method == "POST":
            services.confirm_following(follower)
        if follower.confirmed_at:
            return self._interface(request, "follow_confirmed.html", {"follower": follower})
        return self._interface(request, "follow_confirm.html", {"follower": follower})

    @path("unfollow/<str:token>/")
    def unfollow_route(self, request, token):
        """Leave with one button. Deletes the follow at once."""
        follower, problem = self._follower_from_link(request, token, "unfollow")
        if problem:
            return problem
        if request.method == "POST":
            services.stop_following(follower=follower)
            return self._interface(request, "unfollowed.html")
        return self._interface(request, "unfollow.html", {"follower": follower})

    @cached_property
    def original(self):
        """The page in the default language: followers follow that one."""
        return in_default_language(self)


class ProjectUpdatePage(InvolvePage):
    """One dated update on a project, by a named role, with an optional picture or document.
    Publishing it for the first time emails each follower once (tasks.py)."""

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
