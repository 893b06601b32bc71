import datetime

import factory
import wagtail_factories
from django.utils import timezone

from forums.ideas.index import IdeaIndexPage
from forums.ideas.models import IdeaStatusChange, VoteMode, VotingRound
from forums.ideas.pages import IdeaPage


class IdeaIndexPageFactory(wagtail_factories.PageFactory):
    title = "Improvement ideas"
    slug = "ideas"
    summary = "Vote for the changes you want."

    class Meta:
        model = IdeaIndexPage


class VotingRoundFactory(factory.django.DjangoModelFactory):
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=21))
    mode = VoteMode.EMAIL

    class Meta:
        model = VotingRound


class IdeaPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Idea {n}")
    slug = factory.Sequence(lambda n: f"idea-{n}")
    what = "Longer visiting hours on wards."

    class Meta:
        model = IdeaPage


def add_change(idea, status, reason="Because the board agreed.", days_ago=0):
    """A status change, saved the way the editor saves it: through the page, then published."""
    idea.status_changes.add(
        IdeaStatusChange(
            status=status,
            changed_on=timezone.localdate() - datetime.timedelta(days=days_ago),
            reason=reason,
        )
    )
    idea.save_revision().publish()
    idea.refresh_from_db()
    return idea
