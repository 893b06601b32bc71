from django.db import models
from django.utils.translation import gettext_lazy as _


class ScheduledRun(models.Model):
    """One run of one scheduled job in one period (a minute, an hour or a day): the unique
    pair is what lets several servers share the schedule. No personal data: a job's output
    is counts."""

    job = models.CharField(_("job"), max_length=60)
    period = models.CharField(_("period"), max_length=20)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    succeeded = models.BooleanField(_("worked"), null=True)
    output = models.TextField(_("what it said"), blank=True)

    class Meta:
        verbose_name = _("scheduled run")
        verbose_name_plural = _("scheduled runs")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(fields=["job", "period"], name="one_run_per_job_and_period")
        ]

    def __str__(self):
        return f"{self.job} {self.period}"
