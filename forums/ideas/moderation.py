"""Suggestions from the public and their moderation: saving a suggestion (screened for crisis
and complaint words), a moderator's decision, and publishing an idea from a suggestion or a
forum point."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from home.languages import of_default_language
from home.public_post import save_once
from home.screening import mentions_crisis, reads_as_complaint

from ..outcomes.models import PointStatus
from ..taxonomy import ACROSS_THE_TRUST, service_for
from .models import (
    IdeaFollower,
    IdeaStatus,
    IdeaStatusChange,
    ModerationDecision,
    Source,
    Suggestion,
)
from .services import idea_page_model, log_title
from .tasks import tell_author, tell_safeguarding


def save_suggestion(data, index_page, language):
    """Save once (a double click finds the first by its submission key); a suggestion that
    mentions crisis or self-harm goes to the safeguarding contact at once. `data` is the
    suggestion form's cleaned data."""
    text = f"{data['title']}\n{data['what']}"
    suggestion, created = save_once(
        Suggestion(
            index=index_page.source_index,
            title=data["title"],
            what=data["what"],
            service=data["service"],
            email=data["email"],
            wants_updates=data["wants_updates"],
            language=language,
            crisis_flag=mentions_crisis(text),
            complaint_flag=reads_as_complaint(text),
        ),
        data["submission_key"],
    )
    if created and suggestion.crisis_flag:
        transaction.on_commit(lambda: tell_safeguarding.enqueue(suggestion.pk))
    return suggestion


def joinable_ideas(suggestion):
    """The ideas a suggestion may join: the published ideas of its index, as editors wrote
    them (in the default language, no aliases)."""
    return (
        of_default_language(idea_page_model().objects.live(), originals=True)
        .descendant_of(suggestion.index)
        .order_by("title")
    )


def decide(
    suggestion, user, decision, reason, joined_idea=None, title=None, what=None, theme=None
):
    """Record a moderator's decision and its reason, act on it, log it and tell the author.
    Publishing uses `title`, `what` and `theme` when the moderator edited them (the
    suggestion keeps the person's own words); joining needs `joined_idea`, one of
    `joinable_ideas(suggestion)`."""
    if decision == ModerationDecision.JOINED and not (
        joined_idea is not None and joinable_ideas(suggestion).filter(pk=joined_idea.pk).exists()
    ):
        raise ValueError("A suggestion joins one of its index's published ideas.")
    with transaction.atomic():
        suggestion.decision = decision
        suggestion.reason = reason
        suggestion.decided_at = timezone.now()
        if decision == ModerationDecision.PUBLISHED:
            suggestion.idea = publish_idea(
                suggestion.index,
                user,
                title=(title or "").strip() or suggestion.title,
                what=(what or "").strip() or suggestion.what,
                service=suggestion.service or service_for(ACROSS_THE_TRUST),
                source=Source.PUBLIC,
                theme=theme,
            )
        elif decision == ModerationDecision.JOINED:
            suggestion.idea = joined_idea
        suggestion.save()
        if suggestion.idea and suggestion.wants_updates and suggestion.email:
            IdeaFollower.follow(suggestion.idea, suggestion.email, suggestion.language)
        log(
            instance=suggestion,
            action="forums.moderate_suggestion",
            user=user,
            title=log_title(_("Suggestion"), suggestion.pk),
            data={"decision": decision, "reason": reason},
        )
        if decision == ModerationDecision.SAFEGUARDING and not suggestion.safeguarding_told_at:
            transaction.on_commit(lambda: tell_safeguarding.enqueue(suggestion.pk))
        transaction.on_commit(lambda: tell_author.enqueue(suggestion.pk))
    return suggestion


def publish_idea(index, user, title, what, service, source, theme=None, reason=None):
    """A new idea under the index (in the default language), open for votes in the current
    round, published."""
    idea = idea_page_model()(
        title=title,
        what=what,
        service=service,
        source=source,
        theme=theme,
        voting_round=index.current_round(),
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


def idea_from_point(point, index, user):
    """Publish an idea from a forum point, and mark the point as turned into that idea (its
    "where it went" link is how the idea finds where it came from)."""
    with transaction.atomic():
        idea = publish_idea(
            index,
            user,
            title=point.theme,
            what=point.what_was_said,
            service=service_for(ACROSS_THE_TRUST),
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
        log(instance=idea, action="forums.point_to_idea", user=user, data={"point": point.pk})
    return idea
