"""What staff do to keep voting fair: printing voting codes (and the slips they go on), the
duplicate-vote report, and voiding votes with a reason."""

import dataclasses
import datetime

from django.db import transaction
from django.db.models import Count, Max, Min
from django.db.models.functions import TruncHour
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale

from .services import log_title
from .votes import CodeBatch, Vote, VotingCode

# The duplicate report: this many votes or more from one network address within one hour.
DUPLICATE_THRESHOLD = 5


@dataclasses.dataclass
class CodeSlips:
    """What the printed slips of one batch say, in one language: the codes (each on a slip
    of its own), the round's dates, the address to vote at and how many votes a code
    gives."""

    batch: CodeBatch
    codes: list
    language: str
    address: str
    opens_at: datetime.datetime
    closes_at: datetime.datetime

    @property
    def votes(self):
        return self.batch.votes_per_code


def code_slips(batch, codes, language, request=None):
    """The slips for `codes` (just made, in plain text) in `language`: the address is the
    ideas page in that language when it has one, else the default language's."""
    index = batch.voting_round.index
    locale = Locale.objects.filter(language_code=language).first()
    shown = (index.get_translation_or_none(locale) if locale else None) or index
    return CodeSlips(
        batch=batch,
        codes=list(codes),
        language=language,
        address=shown.get_full_url(request),
        opens_at=batch.voting_round.opens_at,
        closes_at=batch.voting_round.closes_at,
    )


def print_codes(voting_round, user, label, count, votes_per_code):
    """A batch of codes for `voting_round`; returns (batch, the codes in plain text, to show
    once)."""
    with transaction.atomic():
        batch = CodeBatch.objects.create(
            voting_round=voting_round, label=label, votes_per_code=votes_per_code, created_by=user
        )
        codes = VotingCode.generate(batch, count)
        log(
            instance=batch,
            action="forums.print_codes",
            user=user,
            data={"count": len(codes), "votes_per_code": batch.votes_per_code},
        )
    return batch, codes


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


def votes_from_network(network, since):
    return list(
        Vote.objects.counted()
        .filter(network_hash=network, created_at__gte=since)
        .select_related("idea")
        .order_by("created_at")
    )


def report_window():
    """The duplicate report looks back this far."""
    return timezone.now() - datetime.timedelta(days=90)


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
                title=log_title(_("Vote"), vote.pk),
                data={"reason": reason, "idea": vote.idea_id},
            )
            voided += 1
    return voided
