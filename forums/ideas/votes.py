"""The records of voting on improvement ideas: votes, email vote requests waiting to be
confirmed, and batches of printed one-time voting codes. They sit beside models.py (the
rounds, suggestions and followers) and are registered through forums/models.py like them.
"""

import datetime
import hashlib
import hmac
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import VoteMode, VotingRound


class VoteQuerySet(models.QuerySet):
    def counted(self):
        return self.filter(voided_at=None)


class Vote(models.Model):
    """One vote for one idea. Holds no personal data: the voter key is a keyed hash of an
    email address, the number of a voting code, or a random browser id; the network address
    is a keyed hash kept for the duplicate report. The unique key on (idea, voter key) makes a
    second vote by the same voter on the same idea impossible, whatever the timing. A voided
    vote keeps its place (and so its voter key), but is not counted."""

    idea = models.ForeignKey("forums.IdeaPage", on_delete=models.CASCADE, related_name="votes")
    voting_round = models.ForeignKey(VotingRound, on_delete=models.CASCADE, related_name="votes")
    mode = models.CharField(max_length=10, choices=VoteMode.choices)
    voter_key = models.CharField(max_length=80)
    network_hash = models.CharField(max_length=16, blank=True, db_index=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    voided_at = models.DateTimeField(null=True, blank=True)
    void_reason = models.CharField(max_length=200, blank=True)

    objects = VoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("vote")
        constraints = [
            models.UniqueConstraint(
                fields=["idea", "voter_key"], name="one_vote_per_voter_per_idea"
            )
        ]
        permissions = [("void_vote", _("Can void votes"))]

    def __str__(self):
        return _("Vote %(number)s") % {"number": self.pk}


class EmailVoteRequest(models.Model):
    """Personal data: an email address waiting to confirm a vote. The link we send holds a
    random token (stored only as a hash). When the link is used, the address is wiped and
    only its keyed hash goes with the vote; unused requests are deleted after two days
    (`tend_ideas`)."""

    idea = models.ForeignKey("forums.IdeaPage", on_delete=models.CASCADE, related_name="+")
    email = models.EmailField(blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    wants_updates = models.BooleanField(default=False)
    language = models.CharField(max_length=10, default="en-gb")
    created_at = models.DateTimeField(default=timezone.now)
    used_at = models.DateTimeField(null=True, blank=True)

    LIFETIME_HOURS = 48

    def __str__(self):
        return _("Vote request %(number)s") % {"number": self.pk}

    @staticmethod
    def hash_token(token):
        return hashlib.sha256(token.encode()).hexdigest()

    @classmethod
    def start(cls, idea, email, wants_updates, language):
        """A new request. Its link is made by the task that sends it (`new_token`), so the
        token never passes through the task queue."""
        return cls.objects.create(
            idea=idea,
            email=email,
            token_hash=cls.hash_token(secrets.token_urlsafe(24)),
            wants_updates=wants_updates,
            language=language,
        )

    def new_token(self):
        """A fresh token for this request's link; only its hash is stored."""
        token = secrets.token_urlsafe(24)
        self.token_hash = self.hash_token(token)
        self.save(update_fields=["token_hash"])
        return token

    @property
    def is_expired(self):
        return timezone.now() - self.created_at > datetime.timedelta(hours=self.LIFETIME_HOURS)


class CodeBatch(models.Model):
    """A batch of one-time voting codes that staff printed for one round, to hand out on a
    ward or at a community group. The codes are shown once, when printed; only salted hashes
    are kept."""

    voting_round = models.ForeignKey(
        VotingRound, verbose_name=_("voting round"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(
        _("where they are for"), max_length=120, help_text=_("For example: Willow ward.")
    )
    votes_per_code = models.PositiveSmallIntegerField(_("votes each code carries"), default=3)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("batch of voting codes")
        verbose_name_plural = _("batches of voting codes")

    def __str__(self):
        return self.label


# No 0, O, 1, I or L: easy to read aloud and to type from paper.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10
LOOKUP_LENGTH = 4


def normalise_code(code):
    return "".join(c for c in code.upper() if c.isalnum())


class VotingCode(models.Model):
    """One printed code: its first characters (to find it) and a salted hash of the whole
    code. A code carries a set number of votes, each for a different idea."""

    batch = models.ForeignKey(CodeBatch, on_delete=models.CASCADE, related_name="codes")
    lookup = models.CharField(max_length=LOOKUP_LENGTH, db_index=True)
    salt = models.CharField(max_length=32)
    code_hash = models.CharField(max_length=64)
    votes_left = models.PositiveSmallIntegerField()

    def __str__(self):
        return _("Code %(number)s") % {"number": self.pk}

    @staticmethod
    def hash_code(salt, code):
        return hashlib.sha256(f"{salt}:{normalise_code(code)}".encode()).hexdigest()

    @classmethod
    def generate(cls, batch, count):
        """Make `count` codes; returns them in plain text, for printing once."""
        codes, rows = [], []
        for _number in range(count):
            code = "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))
            salt = secrets.token_hex(16)
            rows.append(
                cls(
                    batch=batch,
                    lookup=code[:LOOKUP_LENGTH],
                    salt=salt,
                    code_hash=cls.hash_code(salt, code),
                    votes_left=batch.votes_per_code,
                )
            )
            codes.append(f"{code[:5]}-{code[5:]}")
        cls.objects.bulk_create(rows)
        return codes

    @classmethod
    def find(cls, code, voting_round):
        code = normalise_code(code)
        if len(code) != CODE_LENGTH:
            return None
        for row in cls.objects.filter(
            lookup=code[:LOOKUP_LENGTH], batch__voting_round=voting_round
        ):
            if hmac.compare_digest(row.code_hash, cls.hash_code(row.salt, code)):
                return row
        return None
