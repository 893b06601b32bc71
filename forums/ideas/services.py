"""Voting on improvement ideas, whoever asks: casting and confirming votes, and counting and
showing them. Saving and moderating suggestions and publishing ideas are in moderation.py;
printed codes, voiding and the duplicate-vote report in oversight.py. The pages, the admin,
the tasks, the demo and the tests all call these; none of them builds a vote or a decision
by hand.

Every vote ends in a `VoteResult`, a string enum (so it reads the same in a template, a
log or a test): counted, already voted, no votes left on the code, a code we do not know,
the round closed, or (for an email vote) the link sent, invalid, used or expired.
"""

import enum

from django.apps import apps
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from home.client_address import client_address
from home.hashing import keyed_hash
from home.languages import InLanguage, locale_language_code
from opportunities.models import Topic

from ..taxonomy import Service
from .models import NETWORK_HASH, IdeaFollower, VoteMode, hash_email
from .tasks import send_vote_link
from .votes import EmailVoteRequest, Vote, VotingCode


class VoteResult(enum.StrEnum):
    """How one attempt to vote ended."""

    COUNTED = "counted"
    ALREADY_VOTED = "already"
    NO_VOTES_LEFT = "no_votes_left"
    INVALID_CODE = "invalid_code"
    ROUND_CLOSED = "closed"
    # An email vote: the link went out, or the link could not count a vote.
    LINK_SENT = "sent"
    LINK_INVALID = "invalid"
    LINK_USED = "used"
    LINK_EXPIRED = "expired"

    @property
    def counted(self):
        return self is VoteResult.COUNTED


def idea_page_model():
    """IdeaPage, by name: the page types (pages.py) sit above the services."""
    return apps.get_model("forums", "IdeaPage")


def log_title(kind, number):
    """The title of an audit log entry: "Suggestion 12", "Vote 340"."""
    return _("%(kind)s %(number)s") % {"kind": kind, "number": number}


# Voting


def network_hash(request):
    """The voter's network, as a keyed hash of their address behind the trusted proxies, for
    the duplicate report: never the proxy's, which every voter shares."""
    return keyed_hash(NETWORK_HASH, client_address(request))[:16]


def cast_vote(idea, voting_round, mode, voter_key, network=""):
    """Store one vote. The unique key decides, whatever the timing: a second vote by the same
    voter on the same idea fails in the database, and we say so."""
    if voting_round is None or not voting_round.is_open:
        return VoteResult.ROUND_CLOSED
    try:
        with transaction.atomic():
            Vote.objects.create(
                idea=idea,
                voting_round=voting_round,
                mode=mode,
                voter_key=voter_key,
                network_hash=network,
            )
    except IntegrityError:
        return VoteResult.ALREADY_VOTED
    return VoteResult.COUNTED


def cast_code_vote(idea, voting_round, code, network=""):
    """One of the code's votes, for this idea: the code's row is locked while its votes are
    counted down, so two people sharing a code cannot spend the same vote twice. `code` is a
    `VotingCode` row, or the code as typed (None when we do not know it)."""
    if isinstance(code, str):
        code = VotingCode.find(code, voting_round)
    if code is None:
        return VoteResult.INVALID_CODE
    with transaction.atomic():
        locked = VotingCode.objects.select_for_update().get(pk=code.pk)
        if locked.votes_left < 1:
            return VoteResult.NO_VOTES_LEFT
        result = cast_vote(idea, voting_round, VoteMode.CODE, f"code:{locked.pk}", network)
        if result == VoteResult.COUNTED:
            locked.votes_left -= 1
            locked.save(update_fields=["votes_left"])
        return result


def cast_open_vote(idea, voting_round, browser_id, network=""):
    return cast_vote(idea, voting_round, VoteMode.OPEN, f"browser:{browser_id}", network)


def request_email_vote(idea, voting_round, email, wants_updates, language):
    """Start an email vote: the link that counts it is sent after the commit."""
    if voting_round is None or not voting_round.is_open:
        return VoteResult.ROUND_CLOSED
    vote_request = EmailVoteRequest.start(idea, email, wants_updates, language)
    transaction.on_commit(lambda: send_vote_link.enqueue(vote_request.pk))
    return VoteResult.LINK_SENT


def find_vote_request(token):
    return (
        EmailVoteRequest.objects.filter(token_hash=EmailVoteRequest.hash_token(token))
        .select_related("idea", "idea__voting_round")
        .first()
    )


def check_vote_request(vote_request):
    """Why the link cannot count a vote, or None when it can."""
    if vote_request is None:
        return VoteResult.LINK_INVALID
    if vote_request.used_at is not None:
        return VoteResult.LINK_USED
    if vote_request.is_expired:
        return VoteResult.LINK_EXPIRED
    voting_round = vote_request.idea.voting_round
    if voting_round is None or not voting_round.is_open:
        return VoteResult.ROUND_CLOSED
    return None


def confirm_email_vote(vote_request, network=""):
    """Count the vote a link stands for, once. The address is wiped as the vote is stored:
    only its keyed hash stays (and, if asked for, a follow of the idea)."""
    problem = check_vote_request(vote_request)
    if problem is not None:
        return problem
    with transaction.atomic():
        email = vote_request.email
        taken = EmailVoteRequest.objects.filter(pk=vote_request.pk, used_at=None).update(
            used_at=timezone.now(), email=""
        )
        if not taken:
            return VoteResult.LINK_USED
        idea = vote_request.idea
        result = cast_vote(
            idea, idea.voting_round, VoteMode.EMAIL, "email:" + hash_email(email), network
        )
        if vote_request.wants_updates:
            IdeaFollower.follow(idea, email, vote_request.language)
    return result


def has_browser_vote(idea, browser_id):
    if not browser_id or idea.voting_round is None or idea.voting_round.mode != VoteMode.OPEN:
        return False
    return Vote.objects.filter(
        idea_id=idea.source_idea.pk, voter_key=f"browser:{browser_id}"
    ).exists()


# Counting and showing


def vote_counts(idea_ids):
    """{idea id: counted votes} in one query."""
    return dict(
        Vote.objects.counted()
        .filter(idea_id__in=idea_ids)
        .values_list("idea_id")
        .annotate(total=Count("id"))
        .values_list("idea_id", "total")
    )


def source_ids(ideas):
    """{translation key: id of the idea in the default language}, in one query: votes belong to
    the idea in the default language, whatever language it is read in."""
    keys = [idea.translation_key for idea in ideas]
    return dict(
        Page.objects.filter(translation_key__in=keys, locale=Locale.get_default()).values_list(
            "translation_key", "pk"
        )
    )


def attach_counts(ideas):
    """Set `.vote_total` on each idea: two queries, whatever the number of ideas."""
    ids = source_ids(ideas)
    counts = vote_counts(ids.values())
    for idea in ideas:
        idea.vote_total = counts.get(ids.get(idea.translation_key), 0)
    return ideas


def _names_in_reader_language(model, items, locale=None):
    """{translation key: name} of `items` (snippets) in the reader's language: one query,
    none when there are none."""
    keys = {item.translation_key for item in items if item}
    if not keys:
        return {}
    return dict(
        model.objects.filter(
            translation_key__in=keys, locale=locale or Locale.get_active()
        ).values_list("translation_key", "name")
    )


def _untranslated(snippet):
    """A snippet's own name, saying its language (`InLanguage`) for the `lang` attribute."""
    return InLanguage(snippet.name, locale_language_code(snippet.locale_id))


def attach_theme_names(ideas, locale=None):
    """Set `.theme_name` on each idea, in the reader's language where the theme has been
    translated: one query, whatever the number of ideas."""
    names = _names_in_reader_language(Topic, [idea.theme for idea in ideas], locale)
    for idea in ideas:
        idea.theme_name = (
            names.get(idea.theme.translation_key) or _untranslated(idea.theme)
            if idea.theme
            else ""
        )
    return ideas


def attach_service_names(ideas, locale=None):
    """Set `.service_name` on each idea, in the reader's language where the service has been
    translated: one query (none when no idea names a service)."""
    names = _names_in_reader_language(Service, [idea.service for idea in ideas], locale)
    for idea in ideas:
        idea.service_name = (
            names.get(idea.service.translation_key) or _untranslated(idea.service)
            if idea.service
            else ""
        )
    return ideas


def attach_names(ideas, locale=None):
    """Theme and service names in the reader's language (the language looked up once)."""
    locale = locale or Locale.get_active()
    return attach_service_names(attach_theme_names(ideas, locale), locale)


class OpenIdeas:
    """The ideas open for votes, in the order chosen, for a Paginator: only the page shown is
    loaded as pages, with their votes and names. Loading all of a large round's ideas took
    3 s with 2,000 of them. Newest first, the round costs a count; most votes first, one
    narrow query of its ideas and one count of its votes. The page shown costs four more."""

    def __init__(self, ideas, by_votes):
        self.ideas = ideas
        self.by_votes = by_votes
        self.locale = Locale.get_active()

    @cached_property
    def by_most_votes(self):
        """([idea id, most votes first], {idea id: votes}) for the whole round."""
        rows = list(self.ideas.values_list("pk", "translation_key"))
        # The ideas' keys by subquery (a list of 2,000 uuids took PostgreSQL 0.7 s to read),
        # but the votes by a list of ids (as a subquery, the count took four times longer).
        ids = dict(
            Page.objects.filter(
                locale=Locale.get_default(),
                translation_key__in=self.ideas.values("translation_key"),
            ).values_list("translation_key", "pk")
        )
        counts = vote_counts(list(ids.values()))
        totals = {pk: counts.get(ids.get(key), 0) for pk, key in rows}
        # sorted() is stable, so ideas with as many votes stay newest first.
        return sorted(totals, key=lambda pk: -totals[pk]), totals

    def __len__(self):
        return len(self.by_most_votes[0]) if self.by_votes else self.ideas.count()

    def __getitem__(self, window):
        ideas = self.ideas.select_related("theme", "service")
        if not self.by_votes:
            return attach_names(attach_counts(list(ideas[window])), self.locale)
        order, totals = self.by_most_votes
        found = ideas.in_bulk(order[window])
        shown = [found[pk] for pk in order[window] if pk in found]
        for idea in shown:
            idea.vote_total = totals[idea.pk]
        return attach_names(shown, self.locale)


def open_ideas(index_page, voting_round, filter_form, by_votes=False):
    """The ideas open for votes in `voting_round` (none without one), filtered, newest first
    or with the most votes first: a fixed number of queries for any size of round."""
    ideas = index_page.ideas()
    ideas = ideas.filter(voting_round_id=voting_round.pk) if voting_round else ideas.none()
    return OpenIdeas(filter_form.filter(ideas).order_by("-first_published_at", "-pk"), by_votes)


def round_results(index_page, voting_round):
    """(ideas with their votes, most first; [(theme name, votes)], most first), or nothing
    while the round hides its totals."""
    if not voting_round.totals_shown:
        return [], []
    ideas = attach_names(
        attach_counts(
            list(
                index_page.ideas()
                .filter(voting_round_id=voting_round.pk)
                .select_related("theme", "service")
                .order_by("title")
            )
        )
    )
    ideas.sort(key=lambda idea: -idea.vote_total)
    themes = {}
    for idea in ideas:
        name = idea.theme_name or _("No theme")
        themes[name] = themes.get(name, 0) + idea.vote_total
    return ideas, sorted(themes.items(), key=lambda item: -item[1])
