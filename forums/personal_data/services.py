"""Erasing one email address from every forum record that holds it."""

from django.db import transaction

from ..feedback.models import ServiceFeedback
from ..ideas.models import IdeaFollower, Suggestion
from ..ideas.votes import EmailVoteRequest
from ..projects.models import ProjectFollower


def erase_address(email):
    """Forget `email` in the forums: its idea and project follows go, its suggestions and
    service feedback keep their words but lose the address (feedback its name and phone too),
    its unused vote links go (a used one holds only a keyed hash). Returns {what: how
    many}."""
    email = (email or "").strip().lower()
    if not email:
        return {}
    with transaction.atomic():
        suggestions = Suggestion.objects.filter(email__iexact=email)
        erased_suggestions = suggestions.update(email="", wants_updates=False)
        return {
            "idea_follows": IdeaFollower.erase_email(email),
            "project_follows": ProjectFollower.objects.filter(email__iexact=email).delete()[0],
            "suggestions": erased_suggestions,
            "feedback": ServiceFeedback.objects.filter(email__iexact=email).anonymise(),
            "vote_links": EmailVoteRequest.objects.filter(email__iexact=email).delete()[0],
        }
