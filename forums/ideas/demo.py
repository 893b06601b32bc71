"""Builds the demo improvement ideas from forums/ideas/demo/ideas.yaml (called by
`load_demo_content`, after the forums, some of whose points become ideas).

Two rounds, dated from the day it first runs: one closed about three months ago, with results
and what happened next, and one open now. Votes are made up, with realistic spreads; one
small burst from a single network address shows in the duplicate report. Existing pages are
never changed."""

import datetime
import hashlib

from django.apps import apps
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from home.demo_data import demo_path, read_constants
from opportunities.models import Topic

from ..meetings.pages import ForumPage
from ..outcomes.models import OutcomePoint
from ..taxonomy import ACROSS_THE_TRUST, service_for
from .index import IdeaIndexPage
from .models import IdeaSettings, IdeaStatus, IdeaStatusChange, VoteMode, VotingRound
from .moderation import idea_from_point
from .pages import IdeaPage
from .votes import Vote

demo = read_constants(demo_path("forums", "ideas", "ideas.yaml"))
FORUM_POINTS_TO_IDEAS = 4


def build(home, created):
    """Add what is missing; returns the idea index page."""
    index = home.get_children().filter(slug=demo.INDEX["slug"]).specific().first()
    if index is None:
        index = IdeaIndexPage(show_in_menus=True, **demo.INDEX)
        home.add_child(instance=index)
        index.save_revision().publish()
        created.append(f"“{index.title}”")

    site = index.get_site()
    if site and not IdeaSettings.objects.filter(site=site).exists():
        IdeaSettings.objects.create(site=site, **demo.SETTINGS)
        created.append("idea settings")

    if VotingRound.objects.filter(index=index).exists():
        return index
    now = timezone.now()
    closed = VotingRound.objects.create(
        index=index,
        opens_at=now - datetime.timedelta(days=120),
        closes_at=now - datetime.timedelta(days=92),
        mode=VoteMode.EMAIL,
    )
    current = VotingRound.objects.create(
        index=index,
        opens_at=now - datetime.timedelta(days=10),
        closes_at=now + datetime.timedelta(days=20),
        mode=VoteMode.EMAIL,
    )
    themes = {topic.slug: topic for topic in Topic.objects.filter(locale=Locale.get_default())}
    ideas = 0
    for item in demo.CLOSED_ROUND:
        _idea(index, closed, item, themes)
        ideas += 1
    for item in demo.OPEN_ROUND:
        _idea(index, current, item, themes)
        ideas += 1
    ideas += _from_forum_points(index, current)
    _burst(index, current)
    created.append(f"{ideas} improvement ideas in two voting rounds")
    return index


def _idea(index, voting_round, item, themes):
    slug = slugify(item["title"])[:60]
    existing = IdeaPage.objects.child_of(index).filter(slug=slug).first()
    if existing:
        return existing
    opened = timezone.localtime(voting_round.opens_at).date()
    closed = timezone.localtime(voting_round.closes_at).date()
    changes = [
        IdeaStatusChange(status=IdeaStatus.OPEN, changed_on=opened, reason=demo.OPEN_REASON)
    ]
    for status, days_after in item.get("then", []):
        changes.append(
            IdeaStatusChange(
                status=status,
                changed_on=closed + datetime.timedelta(days=days_after),
                reason=demo.CONSIDERING if status == "considering" else demo.REASONS[status],
            )
        )
    idea = IdeaPage(
        title=item["title"],
        slug=slug,
        what=item["what"],
        theme=themes.get(item["theme"]),
        # The data names services by the ideas' former choice values; none means the trust.
        service=service_for(item.get("service", ACROSS_THE_TRUST)),
        # Left out of the data when it is the model's default.
        **({"source": item["source"]} if "source" in item else {}),
        voting_round=voting_round,
        project=_project(item.get("project")),
    )
    idea.status_changes = changes
    index.add_child(instance=idea)
    idea.save_revision().publish()
    _votes(idea, voting_round, item["votes"])
    return idea


def _project(slug):
    """The project page with this slug. Looked up by type: an opportunity can share a
    project's slug (the carers' pack has both), and an idea goes into a project. By name,
    since projects sit above ideas."""
    if not slug:
        return None
    project_page = apps.get_model("forums", "ProjectPage")
    return project_page.objects.filter(slug=slug, locale=Locale.get_default()).first()


def _votes(idea, voting_round, count, network=None):
    """`count` made-up votes, spread over the round so far."""
    start = voting_round.opens_at
    end = min(voting_round.closes_at, timezone.now())
    step = (end - start) / max(count, 1)
    Vote.objects.bulk_create(
        Vote(
            idea=idea,
            voting_round=voting_round,
            mode=voting_round.mode,
            voter_key=f"demo:{idea.pk}:{number}",
            network_hash=network
            or hashlib.sha256(f"{idea.pk}:{number}".encode()).hexdigest()[:16],
            created_at=start + step * number,
        )
        for number in range(count)
    )


def _from_forum_points(index, voting_round):
    """A few points raised at the demo forums, turned into ideas the way staff do it."""
    made = 0
    seen = set()
    awaiting = OutcomePoint.objects.published().awaiting()
    # The forum demo shows late answers (and the browser suite looks for one at Riverside):
    # leave Riverside's points alone, and always leave some answers overdue.
    riverside = ForumPage.objects.filter(slug="riverside", locale=Locale.get_default()).first()
    if riverside is not None:
        awaiting = awaiting.exclude(page__path__startswith=riverside.path)
    overdue_left = OutcomePoint.objects.published().overdue().count()
    for point in awaiting.order_by("-due_date", "pk"):
        if made >= FORUM_POINTS_TO_IDEAS or point.theme in seen:
            continue
        if point.is_overdue:
            if overdue_left <= 2:
                continue
            overdue_left -= 1
        seen.add(point.theme)
        idea = idea_from_point(point, index, None)
        _votes(idea, voting_round, 30 - 6 * made)
        made += 1
    return made


def _burst(index, voting_round):
    """Seven votes in a few minutes from one network address: the duplicate report shows it."""
    idea = IdeaPage.objects.child_of(index).filter(voting_round=voting_round).last()
    now = timezone.now() - datetime.timedelta(hours=3)
    Vote.objects.bulk_create(
        Vote(
            idea=idea,
            voting_round=voting_round,
            mode=voting_round.mode,
            voter_key=f"demo:burst:{number}",
            network_hash="demo0burst000001",
            created_at=now + datetime.timedelta(seconds=20 * number),
        )
        for number in range(7)
    )
