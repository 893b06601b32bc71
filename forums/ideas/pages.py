"""The page types of improvement ideas, and what they do with a request: the list (filter by
theme and service, sort by most votes or newest), one idea and its vote form, suggesting an
idea, confirming an email vote, the results of a round and leaving the status emails. Every
form posts, then redirects. The work is done by services.py; these pages only read the
request, call a service and render.

Imports: models, forms, services, charts of this package; lower features' models."""

import uuid

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import page_cache
from home.blocks import SHORT_TEXT_FEATURES
from home.languages import in_default_language
from home.models import InvolvePage
from home.public_forms import recaptcha_enabled
from home.public_post import handle_public_form, handle_public_post
from home.ratelimit import RateLimit
from home.thanks import redirect_to_thanks, thanked_pk

from ..outcomes.models import OutcomePoint, PointStatus
from . import services
from .charts import results_charts
from .forms import CodeVoteForm, EmailVoteForm, IdeaFilterForm, OpenVoteForm, SuggestionForm
from .models import (
    IdeaFollower,
    IdeaSettings,
    IdeaStatus,
    Source,
    Suggestion,
    Vote,
    VoteMode,
    VotingRound,
)
from .services import VoteResult

VOTER_COOKIE = "involve_voter"
IDEAS_PER_PAGE = 20
VOTER_COOKIE_SALT = "involve.ideas.voter"
# Where on the idea's page a vote's confirmation is shown (templates/includes/messages.html).
VOTE_MESSAGES = "vote"
THANKS_SALT = "involve.ideas.suggestion"
# Generous for a person, tight for a robot.
VOTES_PER_ADDRESS = 30
SUGGESTIONS_PER_ADDRESS = 6
RATE_WINDOW_SECONDS = 60 * 60
RTL_LANGUAGES = {"ur", "ar", "fa", "he"}
TOO_MANY_VOTES = _("You have voted a lot in a short time.")
TOO_MANY_IDEAS = _("You have sent a lot of ideas in a short time.")


def never_cached(response):
    add_never_cache_headers(response)
    return response


class IdeaIndexPage(RoutablePageMixin, InvolvePage):
    """The improvement ideas: those open for votes (filter by theme and service, sort by most
    votes or newest), the past rounds and their results, and the form to suggest one."""

    introduction = RichTextField(_("introduction"), features=SHORT_TEXT_FEATURES, blank=True)
    how_we_decide = RichTextField(
        _("how we decide"),
        features=SHORT_TEXT_FEATURES,
        blank=True,
        help_text=_("Who looks at the most-voted ideas, and when."),
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("how_we_decide"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["forums.IdeaPage"]
    max_count_per_parent = 1
    page_description = _("The list of improvement ideas, with voting. Ideas go under it.")
    template = "forums/ideas/idea_index_page.html"

    class Meta:
        verbose_name = _("idea index page")

    @cached_property
    def source_index(self):
        """The index in the default language, which owns the rounds (rounds hold no text)."""
        return in_default_language(self)

    def current_round(self):
        now = timezone.now()
        return (
            VotingRound.objects.filter(index=self.source_index, opens_at__lte=now)
            .filter(closes_at__gt=now)
            .order_by("-opens_at")
            .first()
        )

    def past_rounds(self):
        return VotingRound.objects.filter(
            index=self.source_index, closes_at__lte=timezone.now()
        ).order_by("-closes_at")

    def ideas(self):
        return IdeaPage.objects.live().public().child_of(self)

    @path("")
    def index_route(self, request):
        """The open ideas (filtered and sorted), the round, and the past rounds."""
        current = self.current_round()
        totals_shown = current is None or current.totals_shown
        form = IdeaFilterForm(request.GET or None, allow_vote_sort=totals_shown)
        page_cache.depends_on(request, "votes")
        ideas = services.open_ideas(
            self, current, form, by_votes=form.chosen_sort == "votes" and totals_shown
        )
        query = request.GET.copy()
        query.pop("page", None)
        return self.render(
            request,
            context_overrides={
                "current_round": current,
                "totals_shown": totals_shown,
                "filter_form": form,
                "open_ideas": Paginator(ideas, IDEAS_PER_PAGE).get_page(request.GET.get("page")),
                "past_rounds": list(self.past_rounds()),
                "filter_query": query.urlencode(),
            },
        )

    @path("suggest/")
    def suggest_route(self, request):
        def thanks(form):
            suggestion = services.save_suggestion(form.cleaned_data, self, request.LANGUAGE_CODE)
            return redirect_to_thanks(
                f"{self.url}suggest/thanks/", suggestion.pk, salt=THANKS_SALT
            )

        response = handle_public_form(
            request,
            SuggestionForm,
            rate_limit=RateLimit(
                "idea-suggest", SUGGESTIONS_PER_ADDRESS, RATE_WINDOW_SECONDS, TOO_MANY_IDEAS
            ),
            on_valid=thanks,
            on_spam=lambda: redirect(self.url + "suggest/thanks/"),
            render=lambda form: self.render(
                request, template="forums/ideas/suggest.html", context_overrides={"form": form}
            ),
            form_kwargs={"use_recaptcha": recaptcha_enabled(request)},
        )
        return never_cached(response)

    @path("suggest/thanks/")
    def suggest_thanks_route(self, request):
        pk = thanked_pk(request, salt=THANKS_SALT)
        suggestion = Suggestion.objects.filter(pk=pk).first() if pk else None
        return never_cached(
            self.render(
                request,
                template="forums/ideas/suggest_thanks.html",
                context_overrides={
                    "suggestion": suggestion,
                    "idea_settings": IdeaSettings.read(self.get_site()),
                },
            )
        )

    @path("vote/<str:token>/")
    def confirm_vote_route(self, request, token):
        """The link in a vote email. GET shows a button (mail scanners follow links); POST
        counts the vote, once."""
        vote_request = services.find_vote_request(token)
        problem = services.check_vote_request(vote_request)
        state = problem or "ready"
        if problem is None and request.method == "POST":
            state = services.confirm_email_vote(vote_request, services.network_hash(request))
        idea = vote_request.idea if vote_request else None
        if idea is not None:
            idea = (
                IdeaPage.objects.filter(
                    translation_key=idea.translation_key, locale=Locale.get_active()
                ).first()
                or idea
            )
        response = self.render(
            request,
            template="forums/ideas/confirm_vote.html",
            context_overrides={"state": str(state), "idea": idea},
        )
        if state == VoteResult.LINK_INVALID:
            response.status_code = 404
        return never_cached(response)

    @path("stop/<str:token>/")
    def stop_route(self, request, token):
        """The link in every status email: GET asks, POST deletes the address."""
        follower = IdeaFollower.from_stop_token(token)
        state = "ready" if follower else "gone"
        if follower and request.method == "POST":
            follower.delete()
            state = "stopped"
        return never_cached(
            self.render(
                request,
                template="forums/ideas/stop.html",
                context_overrides={"state": state, "follower": follower},
            )
        )

    @path("results/<int:round_id>/")
    def results_route(self, request, round_id):
        """A round's votes, by idea and by theme: a chart drawn on the server and the same
        numbers in a table. Hidden until the round closes when the round hides its totals."""
        voting_round = self.source_index.rounds.filter(pk=round_id).first()
        if voting_round is None:
            raise Http404
        ideas, by_theme = services.round_results(self, voting_round)
        return self.render(
            request,
            template="forums/ideas/results.html",
            context_overrides={
                "voting_round": voting_round,
                "ideas": ideas,
                "by_theme": by_theme,
                "total": sum(idea.vote_total for idea in ideas),
                **results_charts(ideas, by_theme, rtl=request.LANGUAGE_CODE in RTL_LANGUAGES),
            },
        )


class IdeaPage(InvolvePage):
    """One improvement idea: what it is, where it came from, and what happened to it, with a
    dated history and the written reason for each change. People vote on it while its round
    is open."""

    what = models.TextField(_("what the idea is"), help_text=_("Two or three short sentences."))
    theme = models.ForeignKey(
        "opportunities.Topic",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    service = models.ForeignKey(
        "forums.Service",
        verbose_name=_("service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The same list as projects, so an idea taken into one shares its service."),
    )
    source = models.CharField(
        _("where it came from"), max_length=10, choices=Source.choices, default=Source.STAFF
    )
    voting_round = models.ForeignKey(
        VotingRound,
        verbose_name=_("voting round"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ideas",
    )
    status = models.CharField(
        _("status now"),
        max_length=20,
        choices=IdeaStatus.choices,
        default=IdeaStatus.OPEN,
        help_text=_("Filled in from the latest change in the history when you save."),
    )
    project = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The project page, when the idea was taken forward."),
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("what"),
        FieldRowPanel([FieldPanel("theme"), FieldPanel("service")]),
        FieldRowPanel([FieldPanel("source"), FieldPanel("voting_round")]),
        PageChooserPanel("project", "forums.ProjectPage"),
        InlinePanel(
            "status_changes",
            heading=_("Status history"),
            label=_("Change"),
            help_text=_("Add a change with its date and a reason in plain words."),
        ),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("what")]
    override_translatable_fields = [
        SynchronizedField("theme"),
        SynchronizedField("service"),
        SynchronizedField("source"),
        SynchronizedField("voting_round"),
        SynchronizedField("status"),
        SynchronizedField("project"),
    ]

    parent_page_types = ["forums.IdeaIndexPage"]
    subpage_types = []
    page_description = _("One improvement idea, its votes and what happened to it.")
    template = "forums/ideas/idea_page.html"

    class Meta:
        verbose_name = _("improvement idea")

    def clean(self):
        super().clean()
        self.status = self.latest_status()
        if self.status == IdeaStatus.PROJECT and not self.project_id:
            raise ValidationError({"project": _("Choose the project this idea went into.")})

    def latest_status(self):
        changes = sorted(
            self.status_changes.all(),
            key=lambda change: (change.changed_on, change.sort_order or 0),
        )
        return changes[-1].status if changes else IdeaStatus.OPEN

    def save(self, *args, **kwargs):
        self.status = self.latest_status()
        super().save(*args, **kwargs)

    @cached_property
    def source_idea(self):
        """The idea in the default language, which holds the votes."""
        return in_default_language(self)

    def forum_points(self):
        """The forum points this idea came from, in one query."""
        points = list(
            OutcomePoint.objects.filter(
                link_page__translation_key=self.translation_key,
                status=PointStatus.IDEA,
                page__live=True,
            ).select_related("page")
        )
        mine = [point for point in points if point.locale_id == self.locale_id]
        return mine or [point for point in points if point.page.alias_of_id is None]

    def serve(self, request, *args, **kwargs):
        """The idea, and the vote form for its round's way of voting."""
        voting_round = self.voting_round
        can_vote = voting_round is not None and voting_round.is_open
        form = None
        if can_vote:
            form_class = {
                VoteMode.EMAIL: EmailVoteForm,
                VoteMode.CODE: CodeVoteForm,
                VoteMode.OPEN: OpenVoteForm,
            }[voting_round.mode]
            kwargs = (
                {"use_recaptcha": recaptcha_enabled(request)} if form_class is OpenVoteForm else {}
            )
            if request.method == "POST":
                votes = RateLimit(
                    "idea-vote", VOTES_PER_ADDRESS, RATE_WINDOW_SECONDS, TOO_MANY_VOTES
                )
                response = handle_public_post(
                    request,
                    form_class(request.POST, **kwargs),
                    rate_limit=votes,
                    on_valid=lambda form: self._take_vote(request, form),
                    render=lambda form: self._show(request, form),
                    invalid_status=400,
                )
                return never_cached(response)
            form = form_class(**kwargs)
        page_cache.depends_on(request, f"votes:{self.source_idea.pk}")
        response = self._show(request, form)
        if browser_id(request):
            # "This browser has voted": this visitor's own page.
            return never_cached(response)
        return response

    def _show(self, request, form):
        """The idea's page, with the vote form while its round is open."""
        voting_round = self.voting_round
        can_vote = voting_round is not None and voting_round.is_open
        services.attach_service_names([self])
        context = self.get_context(request)
        context.update(
            vote_form=form,
            can_vote=can_vote,
            voting_round=voting_round,
            totals_shown=voting_round is None or voting_round.totals_shown,
            vote_count=self.vote_count(),
            history=sorted(
                self.status_changes.all(), key=lambda c: (c.changed_on, c.sort_order or 0)
            ),
            forum_points=self.forum_points(),
            already_voted=services.has_browser_vote(self, browser_id(request))
            if can_vote
            else False,
        )
        return TemplateResponse(request, self.get_template(request), context)

    def _take_vote(self, request, form):
        """Count the vote, or start it (email). A redirect when done; None with a form error."""
        source, voting_round = self.source_idea, self.voting_round
        # Lands on the confirmation in the vote's own region, which the browser focuses.
        done = redirect(self.url + "#vote-confirmation")
        if voting_round.mode == VoteMode.EMAIL:
            services.request_email_vote(
                source,
                voting_round,
                form.cleaned_data["email"],
                form.cleaned_data["wants_updates"],
                request.LANGUAGE_CODE,
            )
            messages.success(
                request,
                gettext(
                    "Nearly done. Check your email and click the link. Your vote counts when "
                    "you do."
                ),
                extra_tags=VOTE_MESSAGES,
            )
            return done
        if voting_round.mode == VoteMode.CODE:
            result = services.cast_code_vote(
                source, voting_round, form.cleaned_data["code"], services.network_hash(request)
            )
            if result in CODE_ERRORS:
                form.add_error("code", str(CODE_ERRORS[result]))
                return None
            messages.success(
                request,
                gettext("Thank you. Your vote has been counted."),
                extra_tags=VOTE_MESSAGES,
            )
            return done
        voter = browser_id(request) or uuid.uuid4().hex
        result = services.cast_open_vote(
            source, voting_round, voter, services.network_hash(request)
        )
        if result == VoteResult.ALREADY_VOTED:
            messages.info(
                request,
                gettext("This browser has already voted for this idea."),
                extra_tags=VOTE_MESSAGES,
            )
        else:
            messages.success(
                request,
                gettext("Thank you. Your vote has been counted."),
                extra_tags=VOTE_MESSAGES,
            )
        done.set_signed_cookie(
            VOTER_COOKIE,
            voter,
            salt=VOTER_COOKIE_SALT,
            max_age=60 * 60 * 24 * 365,
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
        return done

    def vote_count(self):
        return Vote.objects.counted().filter(idea_id=self.source_idea.pk).count()


# What a code vote that did not count says, by result.
CODE_ERRORS = {
    VoteResult.INVALID_CODE: _(
        "We do not recognise that code for this round. Check it and try again."
    ),
    VoteResult.NO_VOTES_LEFT: _("This code has no votes left."),
    VoteResult.ALREADY_VOTED: _("This code has already voted for this idea."),
    VoteResult.ROUND_CLOSED: _("This round has closed."),
}


def browser_id(request):
    return request.get_signed_cookie(VOTER_COOKIE, default=None, salt=VOTER_COOKIE_SALT)
