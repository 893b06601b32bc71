"""The forums' own records: the agreed answer time (a site setting), how a meeting is held,
and that a meeting's reminder went to one registration."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from opportunities.models import Registration

# The reminder goes this many days (by the calendar) before a meeting, at the morning run.
REMINDER_DAYS_BEFORE = 2


@register_setting(icon="time")
class ForumSettings(BaseSiteSetting):
    """The answer time the trust agreed with the forums. Each point raised is due this many
    weeks after its meeting. The due date is kept on the point, so changing the setting
    never moves a promise already made."""

    response_weeks = models.PositiveSmallIntegerField(
        _("weeks to answer a point"),
        default=6,
        help_text=_("The trust's agreed time to answer a point raised at a forum."),
    )

    panels = [FieldPanel("response_weeks")]

    class Meta:
        verbose_name = _("community forums")

    @classmethod
    def response_weeks_for(cls, site):
        """The agreed weeks for `site`, read without writing (Wagtail's `for_site` creates
        the row on first use, which a page view should never do)."""
        weeks = cls.objects.filter(site=site).values_list("response_weeks", flat=True).first()
        return cls._meta.get_field("response_weeks").default if weeks is None else weeks


class MeetingFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")


class MeetingReminder(models.Model):
    """That a meeting's reminder went to one registration, so a second run of the reminder
    command never sends it again (the one-to-one key is the guarantee).

    Linked to personal data (a registration): deleted with it when a person is erased."""

    registration = models.OneToOneField(
        Registration, on_delete=models.CASCADE, related_name="meeting_reminder"
    )
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("meeting reminder")

    def __str__(self):
        return f"Reminder {self.registration_id} at {self.sent_at:%Y-%m-%d %H:%M}"
