"""The records of "you said, we are doing" projects: the stages and co-production levels,
a project's quotes, actions and challenges (inline on its page), and
its followers (personal data) with the record of each update emailed.

- `TargetDateChange` keeps a target date the trust gave when an action's date moves: the old
  date, the new one, why and when. Written only by the services, never edited.
- `ProjectFollower` (personal data) is someone who asked to hear about each new update.
- `ProjectUpdateSend` is one update emailed to one follower, once.

Imports: home, opportunities' models. The page types are in pages.py."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
)
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from home.text_limits import LONGEST_TEXT, max_length_validators
from opportunities.models import CoProductionLevel


class Stage(models.TextChoices):
    """The fixed path every project follows, in order."""

    LISTENING = "listening", _("Listening")
    PLANNING = "planning", _("Planning")
    DOING = "doing", _("Doing")
    CHECKING = "checking", _("Checking")
    DONE = "done", _("Done")


STAGE_MEANING = {
    Stage.LISTENING: _("We are hearing what people want to change."),
    Stage.PLANNING: _("We are agreeing what to do, and who does it."),
    Stage.DOING: _("We are making the changes."),
    Stage.CHECKING: _("We are checking the changes worked."),
    Stage.DONE: _("The project has finished."),
}


def stage_steps(stage):
    """Each stage of the path with whether it is done, the current one or still to come."""
    current = [value for value, _label in Stage.choices].index(stage)
    return [
        {
            "value": value,
            "label": label,
            "state": "done" if number < current else "current" if number == current else "to_come",
            "number": number + 1,
        }
        for number, (value, label) in enumerate(Stage.choices)
    ]


LADDER = [level for level, _label in CoProductionLevel.choices]
# At this level or above, people share the decisions: the page says "we said".
SHARED_FROM = LADDER.index(CoProductionLevel.CO_DESIGNING)


class ActionStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    UNDER_WAY = "under_way", _("Under way")
    DONE = "done", _("Done")
    STOPPED = "stopped", _("Stopped")


FINISHED = {ActionStatus.DONE, ActionStatus.STOPPED}


class ProjectQuote(TranslatableMixin, Orderable):
    """What someone said, in their own words, with their agreement. No names."""

    page = ParentalKey("forums.ProjectPage", on_delete=models.CASCADE, related_name="quotes")
    quote = models.TextField(_("what they said"))
    said_by = models.CharField(
        _("who said it"),
        max_length=120,
        help_text=_("A role, not a name. For example: a carer at the Riverside forum."),
    )
    agreed = models.BooleanField(
        _("they agreed we can use their words"),
        default=False,
    )

    panels = [FieldPanel("quote"), FieldPanel("said_by"), FieldPanel("agreed")]
    override_translatable_fields = [SynchronizedField("agreed")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("quote")

    def clean(self):
        super().clean()
        if not self.agreed:
            raise ValidationError(
                {"agreed": _("Only use someone's words if they agreed. Tick the box.")}
            )


class ProjectAction(TranslatableMixin, Orderable):
    """One thing we are doing, in the shape of an action plan: the action, what should
    change, how we will know, who leads it (a role), by when, and where it is now."""

    page = ParentalKey("forums.ProjectPage", on_delete=models.CASCADE, related_name="actions")
    action = models.CharField(_("what we will do"), max_length=250)
    what_should_change = models.TextField(_("what should change"))
    how_we_will_know = models.TextField(_("how we will know"))
    lead_role = models.CharField(
        _("who leads it"), max_length=120, help_text=_("A role, not a name.")
    )
    target_date = models.DateField(_("target date"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ActionStatus.choices,
        default=ActionStatus.NOT_STARTED,
    )
    done_on = models.DateField(_("done on"), null=True, blank=True)
    # Kept in the page's revisions, so a moved date waiting in a draft or for approval
    # keeps its reason until it is published (and recorded as a `TargetDateChange`).
    date_change_reason = models.TextField(
        _("why the target date changed"),
        blank=True,
        max_length=LONGEST_TEXT,
        validators=max_length_validators(),
        help_text=_(
            "Needed when you change a target date people have already seen. The project "
            "page keeps the old date and shows the new one with this reason."
        ),
    )

    panels = [
        FieldPanel("action"),
        FieldPanel("what_should_change"),
        FieldPanel("how_we_will_know"),
        FieldRowPanel([FieldPanel("lead_role"), FieldPanel("target_date")]),
        FieldPanel("date_change_reason"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("done_on")]),
    ]
    override_translatable_fields = [
        SynchronizedField("target_date"),
        SynchronizedField("status"),
        SynchronizedField("done_on"),
        # The reason is shown from its `TargetDateChange`, in the words it was written in;
        # translators are not asked for each one.
        SynchronizedField("date_change_reason"),
    ]

    # The moves of this action's target date, oldest first, when the page has looked them
    # up (`services.attach_date_history`); none otherwise.
    date_changes = ()

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("action")

    def __str__(self):
        return self.action

    def save(self, *args, **kwargs):
        if self.status == ActionStatus.DONE and self.done_on is None:
            self.done_on = timezone.localdate()
        super().save(*args, **kwargs)

    @property
    def is_slipped(self):
        """Past its target date and not done (or stopped): the page says so."""
        return self.status not in FINISHED and self.target_date < timezone.localdate()

    @property
    def first_target_date(self):
        """The first date we gave, however often it has moved since."""
        return self.date_changes[0].old_date if self.date_changes else self.target_date

    @property
    def is_late(self):
        """Not finished, and past its target date or past the first date we gave: moving
        the date of a late action never makes it on time."""
        return self.is_slipped or (
            self.status not in FINISHED and self.first_target_date < timezone.localdate()
        )

    @property
    def done_late(self):
        return bool(self.done_on and self.done_on > self.first_target_date)


def promised_target_dates(page):
    """{action's translation key: target date} of the actions as published on `page` (the
    rows a page's revisions do not touch until one is published): the dates people have
    seen. Empty for a page never published, which promised nothing. One query."""
    if not page.pk:
        return {}
    return dict(
        ProjectAction.objects.filter(
            page_id=page.pk, page__first_published_at__isnull=False
        ).values_list("translation_key", "target_date")
    )


class TargetDateChange(models.Model):
    """An action's target date, moved after people had seen it: the date we gave, the new
    one, why, and when it changed. Written only by `services.record_target_date_changes`
    when a published project's action gets a new date, and never edited or deleted in the
    admin, so a promise stays on the public page for good.

    Names nobody: who made the change is in the page's history (the revision, kept as
    Wagtail keeps revisions), which only editors see. Kept with the project: the same in
    every language, found by the action's translation key."""

    project = models.ForeignKey(
        "forums.ProjectPage", on_delete=models.CASCADE, related_name="target_date_changes"
    )
    action_key = models.UUIDField(db_index=True)
    action = models.CharField(max_length=250)
    old_date = models.DateField()
    new_date = models.DateField()
    reason = models.TextField(blank=True)
    # The language the reason is written in (the project's own), to mark it on the pages
    # of other languages.
    language = models.CharField(max_length=10)
    changed_at = models.DateTimeField(default=timezone.now)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("target date change")
        default_permissions = ()
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.action[:60]}: {self.old_date} to {self.new_date}"


class ProjectChallenge(TranslatableMixin, Orderable):
    """What is in the way, since when, and what we are doing about it."""

    page = ParentalKey("forums.ProjectPage", on_delete=models.CASCADE, related_name="challenges")
    what = models.TextField(_("what is in the way"))
    since = models.DateField(_("since when"))
    what_we_are_doing = models.TextField(_("what we are doing about it"))
    resolved_on = models.DateField(
        _("sorted out on"), null=True, blank=True, help_text=_("Leave blank while it lasts.")
    )

    panels = [
        FieldPanel("what"),
        FieldRowPanel([FieldPanel("since"), FieldPanel("resolved_on")]),
        FieldPanel("what_we_are_doing"),
    ]
    override_translatable_fields = [
        SynchronizedField("since"),
        SynchronizedField("resolved_on"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("challenge")

    def __str__(self):
        return self.what[:60]


class ProjectFollowerQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class ProjectFollower(models.Model):
    """Personal data: someone who asked for an email about each new update on a project.

    Holds an email address and a language, and for people on the involvement register a
    link to their record (they follow from their private page, with no second email to
    confirm). Seen by nobody in the admin; the person leaves with the link in every email,
    which deletes the row at once. Unconfirmed rows go after 7 days
    (`tend_project_followers`), and a person erased from the register takes their follows
    with them (the foreign key cascades). Listed in docs/data-map.md."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    project = models.ForeignKey(
        "forums.ProjectPage", on_delete=models.CASCADE, related_name="followers"
    )
    email = models.EmailField(_("email"))
    language = models.CharField(_("language"), max_length=10)
    person = models.ForeignKey(
        "opportunities.Person",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="project_follows",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = ProjectFollowerQuerySet.as_manager()

    class Meta:
        verbose_name = _("project follower")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["project", "email"], name="one_follow_per_project_and_email"
            )
        ]

    def __str__(self):
        # Never the address: this may appear in logs.
        return f"Follower {self.pk}"


class ProjectUpdateSend(models.Model):
    """That one update's email went to one follower: the unique key makes a second send of
    the same update impossible, whatever the number of publishes or task retries."""

    follower = models.ForeignKey(ProjectFollower, on_delete=models.CASCADE, related_name="sends")
    update = models.ForeignKey(
        "forums.ProjectUpdatePage", on_delete=models.CASCADE, related_name="+"
    )
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["follower", "update"], name="one_email_per_follower_and_update"
            )
        ]

    def __str__(self):
        return f"Update {self.update_id} to follower {self.follower_id}"
