"""The idea page type, and what it does with a request: one idea, its history and its vote
form (by email link, printed code or browser). The idea index (the list, suggesting an
idea, confirming an email vote, the results of a round, leaving the status emails) is in
index.py. Every form posts, then redirects. The work is done by services.py; these pages
only read the request, call a service and render.

Imports: models, votes, forms, services of this package; lower features' models."""

import uuid

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, PageChooserPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import page_cache
from home.languages import in_default_language
from home.models import InvolvePage
from home.public_forms import recaptcha_enabled
from home.public_post import handle_public_post
from home.ratelimit import RateLimit

from ..outcomes.models import OutcomePoint, PointStatus
from . import services
from .forms import CodeVoteForm, EmailVoteForm, OpenVoteForm
from .models import IdeaStatus, Source, VoteMode, VotingRound
from .services import VoteResult
from .votes import Vote

VOTER_COOKIE = "involve_voter"
VOTER_COOKIE_SALT = "involve.ideas.voter"
# Where on the idea's page a vote's confirmation is shown (templates/includes/messages.html).
VOTE_MESSAGES = "vote"
# Generous for a person, tight for a robot.
VOTES_PER_ADDRESS = 30
RATE_WINDOW_SECONDS = 60 * 60
TOO_MANY_VOTES = _("You have voted a lot in a short time.")


def never_cached(response):
    add_never_cache_headers(response)
    return response


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
