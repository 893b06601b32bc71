"""Improvement ideas and voting (issue 6).

Ideas come from three places: a point raised at a forum (found again through
`OutcomePoint.link_page`), a public suggestion that a communications officer approved, or
staff. Each idea is a page under the idea index, with a dated history of its status. Votes
need no account: each voting round chooses one way to prove one person, one vote (an email
link, a printed code or a signed browser cookie), and a unique key on (idea, voter key) makes
a second vote by the same voter impossible, whatever the timing.
"""

import datetime
import hashlib
import hmac
import secrets

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from home.formatting import local_date
from home.hashing import keyed_hash
from home.text_limits import LONGEST_TEXT, max_length_validators

# Keyed-hash purposes (home/hashing.py): the same address always gives the same hash.
EMAIL_HASH = "involve.ideas.email"
NETWORK_HASH = "involve.ideas.network"


def hash_email(email):
    return keyed_hash(EMAIL_HASH, email)


@register_setting(icon="warning")
class IdeaSettings(BaseSiteSetting):
    """Who hears at once about a suggestion that mentions crisis or self-harm, and how to
    reach PALS (the Patient Advice and Liaison Service) for a complaint. Names and numbers
    only: the same in every language."""

    safeguarding_contact = models.CharField(
        _("safeguarding contact"),
        max_length=120,
        blank=True,
        help_text=_("A role, for example: the trust's safeguarding lead on duty."),
    )
    safeguarding_email = models.EmailField(
        _("safeguarding email"),
        blank=True,
        help_text=_(
            "Suggestions and service feedback that mention crisis or self-harm are sent "
            "here at once."
        ),
    )
    pals_phone = models.CharField(_("PALS phone number"), max_length=40, blank=True)
    pals_email = models.EmailField(_("PALS email"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("safeguarding_contact"), FieldPanel("safeguarding_email")]),
        FieldRowPanel([FieldPanel("pals_phone"), FieldPanel("pals_email")]),
    ]

    class Meta:
        verbose_name = _("improvement ideas")

    @classmethod
    def read(cls, site):
        """The settings for `site` without writing (a page view never creates the row)."""
        return cls.objects.filter(site=site).first() or cls()


class IdeaStatus(models.TextChoices):
    OPEN = "open", _("Open for votes")
    CONSIDERING = "considering", _("Under consideration")
    PROJECT = "project", _("Taken forward into a project")
    HAPPENING = "happening", _("Already happening")
    NOT_TAKEN = "not_taken", _("Not taken forward")


class Source(models.TextChoices):
    FORUM = "forum", _("Raised at a community forum")
    PUBLIC = "public", _("Suggested on this website")
    STAFF = "staff", _("Suggested by staff")


class VoteMode(models.TextChoices):
    EMAIL = "email", _("Email: each vote is confirmed from a link we send")
    CODE = "code", _("Voting codes: printed codes handed out by staff")
    OPEN = "open", _("Open: one vote per idea per browser")


class VotingRound(models.Model):
    """A time to vote on the ideas listed under one idea index, and how votes are proved.

    Holds no text: the public sees a round by its dates, in their own language."""

    # Its dates and way of voting show on the ideas' pages (home/page_cache/).
    shown_on_public_pages = True

    index = models.ForeignKey(
        "forums.IdeaIndexPage", on_delete=models.CASCADE, related_name="rounds"
    )
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    mode = models.CharField(
        _("how people prove one vote each"),
        max_length=10,
        choices=VoteMode.choices,
        default=VoteMode.EMAIL,
    )
    hide_totals = models.BooleanField(
        _("hide the totals until it closes"),
        default=False,
        help_text=_("People vote for what they think, not for what is winning."),
    )

    panels = [
        FieldPanel("index"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("mode"),
        FieldPanel("hide_totals"),
    ]

    class Meta:
        verbose_name = _("voting round")
        ordering = ["-opens_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=models.F("opens_at")), name="round_closes_after_open"
            )
        ]

    def __str__(self):
        return _("%(opens)s to %(closes)s") % {
            "opens": local_date(self.opens_at, "short"),
            "closes": local_date(self.closes_at, "short"),
        }

    def clean(self):
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The round must close after it opens.")})

    @property
    def is_open(self):
        return self.opens_at <= timezone.now() < self.closes_at

    @property
    def is_closed(self):
        return timezone.now() >= self.closes_at

    @property
    def totals_shown(self):
        return self.is_closed or not self.hide_totals


class IdeaStatusChange(TranslatableMixin, Orderable):
    """One dated change in an idea's status, with the written reason. The newest is the
    idea's status now. Everyone following the idea hears of each change once."""

    page = ParentalKey("forums.IdeaPage", on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(_("status"), max_length=20, choices=IdeaStatus.choices)
    changed_on = models.DateField(_("date"), default=timezone.localdate)
    reason = models.TextField(
        _("reason"), help_text=_("In plain words: why, and what happens next.")
    )

    panels = [
        FieldRowPanel([FieldPanel("status"), FieldPanel("changed_on")]),
        FieldPanel("reason"),
    ]
    override_translatable_fields = [
        SynchronizedField("status"),
        SynchronizedField("changed_on"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("status change")

    def __str__(self):
        return f"{self.get_status_display()} ({self.changed_on})"

    def clean(self):
        super().clean()
        if not (self.reason or "").strip():
            raise ValidationError({"reason": _("Write the reason in plain words.")})


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


class ModerationDecision(models.TextChoices):
    PENDING = "pending", _("Waiting for a decision")
    PUBLISHED = "published", _("Published as an idea")
    JOINED = "joined", _("Joined to an idea already listed")
    COMPLAINT = "complaint", _("Answered with how to reach PALS")
    SAFEGUARDING = "safeguarding", _("Passed to the safeguarding contact")
    DECLINED = "declined", _("Not published")


class ModerationReason(models.TextChoices):
    CLEAR_IDEA = "clear_idea", _("A clear idea people can vote on")
    ALREADY_LISTED = "already_listed", _("The same as an idea already listed")
    COMPLAINT = "complaint", _("About one person's care: a matter for PALS")
    CRISIS = "crisis", _("Mentions crisis or self-harm")
    NAMES_PEOPLE = "names_people", _("Names or describes a person")
    NOT_OUR_SERVICES = "not_our_services", _("Not about our services")
    ABUSIVE = "abusive", _("Abusive, or advertising")


class Suggestion(models.Model):
    """Personal data (the author's email address, if given): a suggestion sent through the
    public form, held until a communications officer decides. Each decision has a reason
    from a short list; the author is told by email if they gave an address. A suggestion that
    mentions crisis or self-harm is flagged and sent to the safeguarding contact at once.
    Erased with `erase()` (the address only: the words stay, with no one attached)."""

    index = models.ForeignKey("forums.IdeaIndexPage", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("the idea in a few words"), max_length=120)
    what = models.TextField(
        _("the idea"), max_length=LONGEST_TEXT, validators=max_length_validators()
    )
    service = models.ForeignKey(
        "forums.Service",
        verbose_name=_("service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("email address"), blank=True)
    wants_updates = models.BooleanField(_("wants to hear of changes"), default=False)
    language = models.CharField(max_length=10, default="en-gb")
    submission_key = models.UUIDField(unique=True)
    submitted_at = models.DateTimeField(default=timezone.now)
    crisis_flag = models.BooleanField(_("mentions crisis or self-harm"), default=False)
    complaint_flag = models.BooleanField(_("reads as a complaint"), default=False)
    safeguarding_told_at = models.DateTimeField(null=True, blank=True)
    decision = models.CharField(
        _("decision"),
        max_length=20,
        choices=ModerationDecision.choices,
        default=ModerationDecision.PENDING,
    )
    reason = models.CharField(
        _("reason"), max_length=20, choices=ModerationReason.choices, blank=True
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    idea = models.ForeignKey(
        "forums.IdeaPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("suggested idea")
        ordering = ["-crisis_flag", "submitted_at"]
        permissions = [("moderate_suggestion", _("Can moderate suggested ideas"))]

    def __str__(self):
        return self.title

    def erase(self):
        self.email = ""
        self.wants_updates = False
        self.save(update_fields=["email", "wants_updates"])


class IdeaFollower(models.Model):
    """Personal data: the email address of someone who voted for, or suggested, an idea and
    asked to hear when its status changes, and the language to write in. Erased with the
    unsubscribe link in every email, or by the involvement team (`erase_email`)."""

    idea = models.ForeignKey("forums.IdeaPage", on_delete=models.CASCADE, related_name="followers")
    email = models.EmailField()
    email_hash = models.CharField(max_length=64)
    language = models.CharField(max_length=10, default="en-gb")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("person following an idea")
        constraints = [
            models.UniqueConstraint(fields=["idea", "email_hash"], name="follow_an_idea_once")
        ]

    def __str__(self):
        return _("Follower %(number)s") % {"number": self.pk}

    @classmethod
    def follow(cls, idea, email, language):
        follower, _created = cls.objects.get_or_create(
            idea=idea,
            email_hash=hash_email(email),
            defaults={"email": email, "language": language},
        )
        return follower

    STOP_SALT = "involve.ideas.stop"

    def stop_token(self):
        """For the "stop these emails" link: the row's number and its signature (letters,
        digits, `-` and `_` only, as Wagtail's page routes need)."""
        return f"{self.pk}-{signing.Signer(salt=self.STOP_SALT).signature(str(self.pk))}"

    @classmethod
    def from_stop_token(cls, token):
        number, _dash, signature = token.partition("-")
        expected = signing.Signer(salt=cls.STOP_SALT).signature(number)
        if not number.isdigit() or not hmac.compare_digest(signature, expected):
            return None
        return cls.objects.filter(pk=int(number)).first()

    @classmethod
    def erase_email(cls, email):
        """Forget an address everywhere it follows an idea. Returns how many rows went."""
        return cls.objects.filter(email_hash=hash_email(email)).delete()[0]


class StatusEmail(models.Model):
    """That one follower was told of one status change: the unique key means one email per
    change, however many times the page is published."""

    follower = models.ForeignKey(IdeaFollower, on_delete=models.CASCADE, related_name="+")
    change_key = models.UUIDField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["follower", "change_key"], name="one_email_per_change")
        ]

    def __str__(self):
        return f"{self.follower_id} {self.change_key}"
