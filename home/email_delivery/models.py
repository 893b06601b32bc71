from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class EmailDeliveryQuerySet(models.QuerySet):
    def unsent(self):
        return self.filter(sent_at=None)

    def given_up(self):
        return self.unsent().exclude(gave_up_at=None)

    def due(self, now):
        return self.unsent().filter(gave_up_at=None, next_try_at__lte=now)


class EmailDelivery(models.Model):
    """One task run's emails, from its first failed send until every recipient has it.

    Personal data: `waiting_for` holds each unreached address shortened to its first letter
    and its domain ("s…@example.org"), so the team can tell which inbox refused; `reached`
    holds keyed hashes, meaningless without the address. The task's arguments are row ids.
    Rows go 30 days after they were sent or given up (`retry_emails`)."""

    task_path = models.CharField(_("task"), max_length=200)
    task_args = models.JSONField(_("task arguments"), default=list)
    # The arguments as text, so one row per email can be a unique constraint on every database.
    args_key = models.CharField(max_length=200, editable=False)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    waiting_for = models.CharField(_("not yet reached"), max_length=255, blank=True)
    reached = models.JSONField(default=list, editable=False)
    safeguarding = models.BooleanField(_("safeguarding alert"), default=False)
    tries = models.PositiveSmallIntegerField(_("tries"), default=0)
    last_error = models.CharField(_("what the mail server said"), max_length=300, blank=True)
    first_failed_at = models.DateTimeField(_("first failed"), auto_now_add=True)
    last_tried_at = models.DateTimeField(_("last tried"), null=True, blank=True)
    next_try_at = models.DateTimeField(_("next try"), null=True, blank=True)
    gave_up_at = models.DateTimeField(_("given up"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    resent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent again by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = EmailDeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("undelivered email")
        verbose_name_plural = _("undelivered emails")
        ordering = ["-first_failed_at"]
        permissions = [("resend_emaildelivery", "Can send an undelivered email again")]
        constraints = [
            models.UniqueConstraint(
                fields=["task_path", "args_key"],
                condition=Q(sent_at=None),
                name="one_unsent_row_per_email",
            )
        ]

    def __str__(self):
        return self.subject or self.task_path

    @property
    def status(self):
        if self.sent_at:
            return _("Sent")
        if self.gave_up_at:
            return _("Given up")
        return _("Trying again")
