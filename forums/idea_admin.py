"""Improvement ideas in the Wagtail admin, for communications officers: voting rounds,
moderating suggestions (a reason from the short list for every decision), printing voting
codes, the duplicate-vote report with voiding, and turning a forum point into an idea. Each
decision, voiding and printing is written to Wagtail's audit log."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Max, Min
from django.db.models.functions import TruncHour
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.models import Locale

from .idea_forms import CodeBatchForm, ModerationForm, VoidForm
from .ideas import (
    CodeBatch,
    IdeaIndexPage,
    IdeaPage,
    IdeaStatus,
    IdeaStatusChange,
    ModerationDecision,
    Source,
    Suggestion,
    Vote,
    VotingCode,
    VotingRound,
)

# The duplicate report: this many votes or more from one network address within one hour.
DUPLICATE_THRESHOLD = 5


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _title(kind, number):
    return _("%(kind)s %(number)s") % {"kind": kind, "number": number}


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
    if request.method == "POST" and suggestion.decision == ModerationDecision.PENDING:
        form = ModerationForm(request.POST)
        if form.is_valid():
            decide(suggestion, request.user, **form.cleaned_data)
            messages.success(request, _("Decision saved."))
            return redirect("ideas_admin:suggestions")
    else:
        form = ModerationForm()
    return TemplateResponse(
        request,
        "forums/ideas/admin/moderate.html",
        {"suggestion": suggestion, "form": form, "page_title": suggestion.title},
    )


def decide(suggestion, user, decision, reason, joined_idea=None):
    """Record a moderator's decision and its reason, act on it, log it and tell the author."""
    from .idea_tasks import tell_author, tell_safeguarding

    with transaction.atomic():
        suggestion.decision = decision
        suggestion.reason = reason
        suggestion.decided_at = timezone.now()
        if decision == ModerationDecision.PUBLISHED:
            suggestion.idea = publish_idea(
                suggestion.index,
                user,
                title=suggestion.title,
                what=suggestion.what,
                service=suggestion.service or "trust_wide",
                source=Source.PUBLIC,
            )
        elif decision == ModerationDecision.JOINED:
            suggestion.idea = IdeaPage.objects.get(pk=joined_idea)
        suggestion.save()
        if suggestion.idea and suggestion.wants_updates and suggestion.email:
            from .ideas import IdeaFollower

            IdeaFollower.follow(suggestion.idea, suggestion.email, suggestion.language)
        log(
            instance=suggestion,
            action="forums.moderate_suggestion",
            user=user,
            title=_title(_("Suggestion"), suggestion.pk),
            data={"decision": decision, "reason": reason},
        )
        if decision == ModerationDecision.SAFEGUARDING and not suggestion.safeguarding_told_at:
            transaction.on_commit(lambda: tell_safeguarding.enqueue(suggestion.pk))
        transaction.on_commit(lambda: tell_author.enqueue(suggestion.pk))
    return suggestion


def publish_idea(index, user, title, what, service, source, theme=None, reason=None):
    """A new idea under the index (in the default language), open for votes in the current
    round, published."""
    voting_round = index.current_round()
    idea = IdeaPage(
        title=title,
        what=what,
        service=service,
        source=source,
        theme=theme,
        voting_round=voting_round,
        owner=user,
    )
    idea.status_changes = [
        IdeaStatusChange(
            status=IdeaStatus.OPEN,
            changed_on=timezone.localdate(),
            reason=reason or _("Published so that people can vote on it."),
        )
    ]
    index.add_child(instance=idea)
    idea.save_revision(user=user).publish(user=user)
    return idea


def print_codes(request):
    """Make a batch of codes and show them once, to print. They are never shown again."""
    _require(request, "forums.add_codebatch")
    rounds = VotingRound.objects.filter(closes_at__gt=timezone.now(), mode="code")
    codes = None
    form = CodeBatchForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        voting_round = get_object_or_404(rounds, pk=request.POST.get("voting_round"))
        with transaction.atomic():
            batch = CodeBatch.objects.create(
                voting_round=voting_round,
                label=form.cleaned_data["label"],
                votes_per_code=form.cleaned_data["votes_per_code"],
                created_by=request.user,
            )
            codes = VotingCode.generate(batch, form.cleaned_data["count"])
            log(
                instance=batch,
                action="forums.print_codes",
                user=request.user,
                data={"count": len(codes), "votes_per_code": batch.votes_per_code},
            )
        response = TemplateResponse(
            request,
            "forums/ideas/admin/codes_printed.html",
            {"batch": batch, "codes": codes, "page_title": _("Voting codes")},
        )
        response["Cache-Control"] = "no-store"
        return response
    return TemplateResponse(
        request,
        "forums/ideas/admin/print_codes.html",
        {"form": form, "rounds": rounds, "page_title": _("Print voting codes")},
    )


def duplicate_groups(since=None):
    """Network addresses (as keyed hashes) with many counted votes within one hour."""
    votes = Vote.objects.counted().exclude(network_hash="")
    if since is not None:
        votes = votes.filter(created_at__gte=since)
    return list(
        votes.annotate(hour=TruncHour("created_at"))
        .values("network_hash", "hour", "voting_round")
        .annotate(votes=Count("id"), first=Min("created_at"), last=Max("created_at"))
        .filter(votes__gte=DUPLICATE_THRESHOLD)
        .order_by("-votes")[:50]
    )


def duplicates(request):
    _require(request, "forums.void_vote")
    since = timezone.now() - datetime.timedelta(days=90)
    groups = duplicate_groups(since)
    network = request.GET.get("network", "")
    votes = []
    if network:
        votes = list(
            Vote.objects.counted()
            .filter(network_hash=network, created_at__gte=since)
            .select_related("idea")
            .order_by("created_at")
        )
    form = VoidForm(request.POST or None, vote_ids=[vote.pk for vote in votes])
    if request.method == "POST" and form.is_valid():
        count = void_votes(form.cleaned_data["votes"], form.cleaned_data["reason"], request.user)
        messages.success(request, _("%(count)s votes voided.") % {"count": count})
        return redirect(reverse("ideas_admin:duplicates") + f"?network={network}")
    return TemplateResponse(
        request,
        "forums/ideas/admin/duplicates.html",
        {
            "groups": groups,
            "votes": votes,
            "network": network,
            "form": form,
            "threshold": DUPLICATE_THRESHOLD,
            "page_title": _("Possible duplicate votes"),
        },
    )


def void_votes(vote_ids, reason, user):
    """Void votes with a reason: they stay stored (and keep their voter's place), are no
    longer counted, and each is written to the audit log."""
    voided = 0
    with transaction.atomic():
        for vote in Vote.objects.select_for_update().filter(pk__in=vote_ids, voided_at=None):
            vote.voided_at = timezone.now()
            vote.void_reason = reason
            vote.save(update_fields=["voided_at", "void_reason"])
            log(
                instance=vote,
                action="forums.void_vote",
                user=user,
                title=_title(_("Vote"), vote.pk),
                data={"reason": reason, "idea": vote.idea_id},
            )
            voided += 1
    return voided


def forum_points(request):
    """Points raised at forums that are still awaiting an answer, each with a button to turn
    it into an idea."""
    from .models import OutcomePoint

    _require(request, "forums.moderate_suggestion")
    points = OutcomePoint.objects.published().awaiting().order_by("due_date")[:100]
    return TemplateResponse(
        request,
        "forums/ideas/admin/forum_points.html",
        {"points": points, "page_title": _("Turn a forum point into an idea")},
    )


@require_POST
def point_to_idea(request, pk):
    from .models import OutcomePoint

    _require(request, "forums.moderate_suggestion")
    point = get_object_or_404(OutcomePoint.objects.published(), pk=pk)
    index = IdeaIndexPage.objects.filter(locale=Locale.get_default(), alias_of=None).first()
    if index is None:
        messages.error(request, _("Make an idea index page first."))
        return redirect("ideas_admin:forum_points")
    idea = idea_from_point(point, index, request.user)
    messages.success(request, _("The idea is published. Add its theme and summary here."))
    return redirect("wagtailadmin_pages:edit", idea.pk)


def idea_from_point(point, index, user):
    """Publish an idea from a forum point, and mark the point as turned into that idea (its
    "where it went" link is how the idea finds where it came from)."""
    from .models import PointStatus

    with transaction.atomic():
        idea = publish_idea(
            index,
            user,
            title=point.theme,
            what=point.what_was_said,
            service="trust_wide",
            source=Source.FORUM,
            reason=_("Raised at a community forum. Published so that people can vote on it."),
        )
        outcome = point.page.specific
        rows = list(outcome.points.all())
        for row in rows:
            if row.pk == point.pk:
                row.status = PointStatus.IDEA
                row.link_page = idea
                row.answer = row.answer or _("We have made this point an improvement idea.")
        outcome.points = rows
        outcome.save_revision(user=user).publish(user=user)
        log(
            instance=idea,
            action="forums.point_to_idea",
            user=user,
            data={"point": point.pk},
        )
    return idea


@hooks.register("register_admin_urls")
def register_idea_admin_urls():
    from django.urls import include

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


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


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
