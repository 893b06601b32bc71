"""Improvement ideas in the Wagtail admin, for communications officers: voting rounds,
moderating suggestions (a reason from the short list for every decision), printing voting
codes, the duplicate-vote report with voiding, and turning a forum point into an idea. Each
decision, voiding and printing is written to Wagtail's audit log."""

import re

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from home.admin_menu import PermissionMenuItem
from home.email_delivery.panels import SafeguardingFailuresPanel
from home.languages import of_default_language

from ..outcomes.models import OutcomePoint
from . import moderation, oversight
from .forms import CodeBatchForm, ModerationForm, VoidForm
from .index import IdeaIndexPage
from .models import ModerationDecision, Suggestion, VotingRound


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


class VotingRoundViewSet(ModelViewSet):
    model = VotingRound
    icon = "date"
    menu_label = gettext_lazy("Voting rounds")
    add_to_admin_menu = False
    list_display = ["__str__", "mode", "hide_totals"]
    form_fields = ["index", "opens_at", "closes_at", "mode", "hide_totals"]


voting_round_viewset = VotingRoundViewSet("voting_rounds")


def suggestions(request):
    _require(request, "forums.moderate_suggestion")
    pending = Suggestion.objects.filter(decision=ModerationDecision.PENDING)
    decided = Suggestion.objects.exclude(decision=ModerationDecision.PENDING).order_by(
        "-decided_at"
    )[:30]
    return TemplateResponse(
        request,
        "forums/ideas/admin/suggestions.html",
        {"pending": pending, "decided": decided, "page_title": _("Suggested ideas")},
    )


def moderate(request, pk):
    _require(request, "forums.moderate_suggestion")
    suggestion = get_object_or_404(Suggestion, pk=pk)
    ideas = moderation.joinable_ideas(suggestion)
    if request.method == "POST" and suggestion.decision == ModerationDecision.PENDING:
        form = ModerationForm(request.POST, ideas=ideas, suggestion=suggestion)
        if form.is_valid():
            moderation.decide(suggestion, request.user, **form.cleaned_data)
            messages.success(request, _("Decision saved."))
            return redirect("ideas_admin:suggestions")
    else:
        form = ModerationForm(ideas=ideas, suggestion=suggestion)
    return TemplateResponse(
        request,
        "forums/ideas/admin/moderate.html",
        {
            "suggestion": suggestion,
            "form": form,
            "media": form.media,
            "page_title": suggestion.title,
        },
    )


def print_codes(request):
    """Make a batch of codes and show them once, as slips to print and cut out, in the
    language chosen. They are never shown again."""
    _require(request, "forums.add_codebatch")
    rounds = VotingRound.objects.filter(closes_at__gt=timezone.now(), mode="code")
    codes = None
    form = CodeBatchForm(request.POST or None)
    voting_round = None
    if request.method == "POST":
        chosen = request.POST.get("voting_round", "")
        voting_round = rounds.filter(pk=chosen).first() if chosen.isdigit() else None
        if voting_round is None:
            form.add_error(None, _("Choose a voting round that is open."))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        batch, codes = oversight.print_codes(
            voting_round, request.user, data["label"], data["count"], data["votes_per_code"]
        )
        response = TemplateResponse(
            request,
            "forums/ideas/admin/code_slips.html",
            {
                "slips": oversight.code_slips(
                    batch, codes, data["language"] or settings.LANGUAGE_CODE, request
                )
            },
        )
        response["Cache-Control"] = "no-store"
        return response
    return TemplateResponse(
        request,
        "forums/ideas/admin/print_codes.html",
        {"form": form, "rounds": rounds, "page_title": _("Print voting codes")},
        status=400 if form.errors else 200,
    )


NETWORK = re.compile(r"[0-9a-f]{1,64}")


def duplicates(request):
    _require(request, "forums.void_vote")
    since = oversight.report_window()
    groups = oversight.duplicate_groups(since)
    network = request.GET.get("network", "")
    if network and not NETWORK.fullmatch(network):
        # Only a network from the report's own links (a hash): anything else is not one.
        raise Http404
    votes = oversight.votes_from_network(network, since) if network else []
    form = VoidForm(request.POST or None, vote_ids=[vote.pk for vote in votes])
    if request.method == "POST" and form.is_valid():
        count = oversight.void_votes(
            form.cleaned_data["votes"], form.cleaned_data["reason"], request.user
        )
        messages.success(
            request,
            ngettext("%(count)s vote voided.", "%(count)s votes voided.", count)
            % {"count": count},
        )
        return redirect(reverse("ideas_admin:duplicates") + f"?network={network}")
    return TemplateResponse(
        request,
        "forums/ideas/admin/duplicates.html",
        {
            "groups": groups,
            "votes": votes,
            "network": network,
            "form": form,
            "threshold": oversight.DUPLICATE_THRESHOLD,
            "page_title": _("Possible duplicate votes"),
        },
    )


def forum_points(request):
    """Points raised at forums that are still awaiting an answer, each with a button to turn
    it into an idea."""
    _require(request, "forums.moderate_suggestion")
    points = OutcomePoint.objects.published().awaiting().order_by("due_date")[:100]
    return TemplateResponse(
        request,
        "forums/ideas/admin/forum_points.html",
        {"points": points, "page_title": _("Turn a forum point into an idea")},
    )


@require_POST
def point_to_idea(request, pk):
    _require(request, "forums.moderate_suggestion")
    point = get_object_or_404(OutcomePoint.objects.published(), pk=pk)
    index = of_default_language(IdeaIndexPage.objects.all(), originals=True).first()
    if index is None:
        messages.error(request, _("Make an idea index page first."))
        return redirect("ideas_admin:forum_points")
    idea = moderation.idea_from_point(point, index, request.user)
    messages.success(request, _("The idea is published. Add its theme and summary here."))
    return redirect("wagtailadmin_pages:edit", idea.pk)


@hooks.register("register_admin_urls")
def register_idea_admin_urls():
    urls = [
        path("suggestions/", suggestions, name="suggestions"),
        path("suggestions/<int:pk>/", moderate, name="moderate"),
        path("codes/", print_codes, name="print_codes"),
        path("duplicates/", duplicates, name="duplicates"),
        path("points/", forum_points, name="forum_points"),
        path("points/<int:pk>/idea/", point_to_idea, name="point_to_idea"),
    ]
    return [path("ideas/", include((urls, "ideas_admin"), namespace="ideas_admin"))]


@hooks.register("register_admin_viewset")
def register_voting_round_viewset():
    return voting_round_viewset


@hooks.register("register_admin_menu_item")
def register_ideas_menu():
    items = [
        PermissionMenuItem(
            gettext_lazy("Suggested ideas"),
            reverse("ideas_admin:suggestions"),
            icon_name="help",
            permission="forums.moderate_suggestion",
            order=1,
        ),
        PermissionMenuItem(
            gettext_lazy("Voting rounds"),
            reverse("voting_rounds:index"),
            icon_name="date",
            permission="forums.change_votinground",
            order=2,
        ),
        PermissionMenuItem(
            gettext_lazy("Print voting codes"),
            reverse("ideas_admin:print_codes"),
            icon_name="list-ul",
            permission="forums.add_codebatch",
            order=3,
        ),
        PermissionMenuItem(
            gettext_lazy("Possible duplicate votes"),
            reverse("ideas_admin:duplicates"),
            icon_name="warning",
            permission="forums.void_vote",
            order=4,
        ),
        PermissionMenuItem(
            gettext_lazy("Forum points to ideas"),
            reverse("ideas_admin:forum_points"),
            icon_name="arrow-right",
            permission="forums.moderate_suggestion",
            order=5,
        ),
    ]
    return SubmenuMenuItem(
        gettext_lazy("Improvement ideas"), Menu(items=items), icon_name="pick", order=320
    )


@hooks.register("register_log_actions")
def register_idea_actions(actions):
    actions.register_action(
        "forums.moderate_suggestion",
        gettext_lazy("Moderate suggestion"),
        gettext_lazy("Decided on a suggested idea"),
    )
    actions.register_action(
        "forums.void_vote", gettext_lazy("Void vote"), gettext_lazy("Voided a vote")
    )
    actions.register_action(
        "forums.print_codes", gettext_lazy("Print codes"), gettext_lazy("Printed voting codes")
    )
    actions.register_action(
        "forums.point_to_idea",
        gettext_lazy("Point to idea"),
        gettext_lazy("Made an idea from a forum point"),
    )


@hooks.register("construct_homepage_panels")
def add_safeguarding_failures_panel(request, panels):
    """A safeguarding alert the mail server refused, on every moderator's dashboard."""
    if request.user.has_perm("forums.moderate_suggestion"):
        panels.append(SafeguardingFailuresPanel(request.user))
