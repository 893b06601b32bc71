"""The idea index page type, and what it does with a request: the list (filter by theme and
service, sort by most votes or newest), suggesting an idea, confirming an email vote, the
results of a round and leaving the status emails. Every form posts, then redirects. The work
is done by services.py and moderation.py; the page only reads the request, calls a service
and renders.

Imports: models, forms, services, moderation, charts and pages (the idea page) of this
package; home."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale
from wagtail.search import index

from home import page_cache
from home.blocks import SHORT_TEXT_FEATURES
from home.languages import in_default_language
from home.models import InvolvePage
from home.public_forms import recaptcha_enabled
from home.public_post import handle_public_form
from home.ratelimit import RateLimit
from home.thanks import redirect_to_thanks, thanked_pk

from . import moderation, services
from .charts import results_charts
from .forms import IdeaFilterForm, SuggestionForm
from .models import IdeaFollower, IdeaSettings, Suggestion, VotingRound
from .pages import RATE_WINDOW_SECONDS, IdeaPage, never_cached
from .services import VoteResult

IDEAS_PER_PAGE = 20
THANKS_SALT = "involve.ideas.suggestion"
# Generous for a person, tight for a robot.
SUGGESTIONS_PER_ADDRESS = 6
RTL_LANGUAGES = {"ur", "ar", "fa", "he"}
TOO_MANY_IDEAS = _("You have sent a lot of ideas in a short time.")


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
            suggestion = moderation.save_suggestion(form.cleaned_data, self, request.LANGUAGE_CODE)
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
