"""Improvement ideas and voting (issue 6).

Ideas come from three places: a point raised at a forum (found again through
`OutcomePoint.link_page`), a public suggestion that a communications officer approved, or
staff. Each idea is a page under the idea index, with a dated history of its status. Votes
need no account: each voting round chooses one way to prove one person, one vote (an email
link, a printed code or a signed browser cookie), and a unique key on (idea, voter key) makes
a second vote by the same voter impossible, whatever the timing.

The votes themselves, email vote requests and printed codes are in votes.py.
"""

import hmac

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
