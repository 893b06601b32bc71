"""A message the host sent to everyone holding a place at one activity."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.text_limits import LONGEST_TEXT, max_length_validators

from ..listing.pages import OpportunityPage


class ActivityMessage(models.Model):
    """What a member of staff wrote to everyone holding a place at one activity, kept so
    the email can be sent (and tried again) by a task whose argument is this row's id.
    Not personal data: the words are staff's, the recipients are the registrations at the
    time of sending, and the sender is a staff account."""

    opportunity = models.ForeignKey(
        OpportunityPage, on_delete=models.CASCADE, related_name="activity_messages"
    )
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(
        _("message"), max_length=LONGEST_TEXT, validators=max_length_validators()
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("message to everyone registered")
        ordering = ["-created_at"]

    def __str__(self):
        return self.subject
