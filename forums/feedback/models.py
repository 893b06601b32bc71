"""Service feedback: one record per thing a person told the trust about a service."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.text_limits import LONGEST_TEXT, max_length_validators


class Channel(models.TextChoices):
    WEBSITE = "website", _("Website")
    FORUM = "forum", _("Community forum")
    PAPER = "paper", _("Paper form")
    PHONE = "phone", _("Phone call")
    OTHER = "other", _("Other")


# Staff enter what they heard; the website channel is the public form's alone.
STAFF_CHANNELS = [choice for choice in Channel.choices if choice[0] != Channel.WEBSITE]


class FeedbackStatus(models.TextChoices):
    NEW = "new", _("New")
    READ = "read", _("Read")
    TURNED_INTO_IDEA = "turned_into_idea", _("Turned into an idea")
    LINKED_TO_PROJECT = "linked_to_project", _("Linked to a project")
    CLOSED = "closed", _("Closed")


# Done with: the reply details are erased some days after (see tend_feedback).
FINISHED = [
    FeedbackStatus.TURNED_INTO_IDEA,
    FeedbackStatus.LINKED_TO_PROJECT,
    FeedbackStatus.CLOSED,
]


class ServiceFeedbackQuerySet(models.QuerySet):
    def for_themes(self):
        """Feedback whose words may be grouped into themes: all that has words left (erasure
        clears the way to reply, never the words, so only empty text is left out)."""
        return self.exclude(experience="")

    def anonymise(self):
        """Erase the way to reply of every row; returns how many."""
        return self.update(
            name="", email="", phone="", wants_reply=False, anonymised_at=timezone.now()
        )

    def needing_reply_erased(self, before):
        """Finished before `before` and still holding a way to reply."""
        return (
            self.filter(status__in=FINISHED, finished_at__lt=before)
            .filter(anonymised_at=None)
            .exclude(name="", email="", phone="")
        )


class ServiceFeedback(models.Model):
    """Personal data (only if the person left a way to reply: name, email, phone): what
    someone told the trust about a service, in their own words and language. Anonymous by
    default. Seen only by the communications officers and the involvement team (every look is
    audited); never published as it stands. The reply details are erased 90 days after the
    feedback is finished with (`anonymise()`, recorded in `anonymised_at`); the words stay,
    with no one attached."""

    service = models.ForeignKey(
        "forums.Service",
        verbose_name=_("service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    experience = models.TextField(
        _("how it went"), max_length=LONGEST_TEXT, validators=max_length_validators()
    )
    improvement = models.TextField(
        _("what would make it better"),
        max_length=LONGEST_TEXT,
        validators=max_length_validators(),
        blank=True,
    )
    language = models.CharField(_("language it was written in"), max_length=10, default="en-gb")
    channel = models.CharField(
        _("how it reached us"), max_length=10, choices=Channel.choices, default=Channel.WEBSITE
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=20, choices=FeedbackStatus.choices, default=FeedbackStatus.NEW
    )
    finished_at = models.DateTimeField(null=True, blank=True, editable=False)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    wants_reply = models.BooleanField(_("would like a reply"), default=False)
    mentions_crisis = models.BooleanField(_("mentions crisis or self-harm"), default=False)
    mentions_complaint = models.BooleanField(_("reads as a complaint"), default=False)
    idea = models.ForeignKey(
        "forums.IdeaPage",
        verbose_name=_("idea"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    project = models.ForeignKey(
        "forums.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    anonymised_at = models.DateTimeField(_("reply details erased"), null=True, blank=True)
    # Sent through the public form: the one record of that submission (a double click makes
    # one). Staff entry has none.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    # When the safeguarding contact was emailed about it: claimed so it is sent once.
    safeguarding_told_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ServiceFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("service feedback")
        verbose_name_plural = _("service feedback")
        # Crisis first, then what nobody has read yet, oldest first (the most overdue).
        ordering = [
            "-mentions_crisis",
            models.Case(models.When(status=FeedbackStatus.NEW, then=0), default=1),
            "created_at",
        ]
        permissions = [("handle_servicefeedback", _("Can read and act on service feedback"))]

    def __str__(self):
        return self.experience[:60]

    def anonymise(self):
        self.name = self.email = self.phone = ""
        self.wants_reply = False
        self.anonymised_at = timezone.now()
        self.save(update_fields=["name", "email", "phone", "wants_reply", "anonymised_at"])
