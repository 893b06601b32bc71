"""Daily: the time limits on the personal data kept for improvement ideas (docs/data-map.md).
Running it twice in a day does nothing twice."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from forums.ideas.models import IdeaFollower, ModerationDecision, Suggestion
from forums.ideas.votes import EmailVoteRequest

# The author has had the decision by then; if they follow the idea, the address lives on
# only in IdeaFollower.
SUGGESTION_EMAIL_DAYS = 90
FOLLOW_YEARS = 2


class Command(BaseCommand):
    help = "Delete vote requests past their link's life, and addresses past their time."

    def handle(self, **options):
        now = timezone.now()
        requests = EmailVoteRequest.objects.filter(
            created_at__lt=now - datetime.timedelta(hours=EmailVoteRequest.LIFETIME_HOURS)
        ).delete()[0]
        suggestions = (
            Suggestion.objects.exclude(decision=ModerationDecision.PENDING)
            .exclude(email="")
            .filter(decided_at__lt=now - datetime.timedelta(days=SUGGESTION_EMAIL_DAYS))
            .update(email="", wants_updates=False)
        )
        followers = IdeaFollower.objects.filter(
            created_at__lt=now - datetime.timedelta(days=365 * FOLLOW_YEARS)
        ).delete()[0]
        self.stdout.write(
            f"Ideas: {requests} vote requests deleted, {suggestions} suggestion addresses "
            f"erased, {followers} followers deleted."
        )
