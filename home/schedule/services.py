"""What runs when, and running what is due (see the package's docstring)."""

import io
import logging
from dataclasses import dataclass

from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import ScheduledRun

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    command: str
    every: str  # "minute", "hour", "day" or "week"
    at_hour: int = 0  # for a daily job: the hour (local time) from which it is due

    def period(self, now):
        """The period `now` falls in, or None when a daily job is not due yet today."""
        local = timezone.localtime(now)
        if self.every == "minute":
            return local.strftime("%Y-%m-%dT%H:%M")
        if self.every == "hour":
            return local.strftime("%Y-%m-%dT%H")
        if local.hour < self.at_hour:
            return None
        if self.every == "week":
            # From Monday at `at_hour` (or the first wake after it) until the next Monday.
            year, week, _weekday = local.isocalendar()
            return f"{year}-W{week:02d}"
        return local.strftime("%Y-%m-%d")


# Daily care at night, when few people use the site; reminders by 07:00 for the day's post.
SCHEDULE = [
    Job("publish_scheduled", "minute"),
    Job("retry_emails", "minute"),
    # An offered place is held for hours, not minutes: passed on within the hour its time ends.
    Job("pass_on_place_offers", "hour"),
    Job("tend_register", "day", at_hour=2),
    Job("tend_project_followers", "day", at_hour=2),
    Job("tend_ideas", "day", at_hour=2),
    Job("tend_feedback", "day", at_hour=2),
    Job("tend_format_requests", "day", at_hour=2),
    Job("tend_payments", "day", at_hour=2),
    Job("send_meeting_reminders", "day", at_hour=7),
    # Themes need a CPU for minutes on a large trust: once a week, at night.
    Job("compute_themes", "week", at_hour=3),
]


def run_due_jobs(now=None, schedule=SCHEDULE):
    """Run each job not yet run in its current period (by this server or another). Returns
    the runs made here."""
    now = now or timezone.now()
    runs = []
    for job in schedule:
        period = job.period(now)
        if period is None:
            continue
        try:
            with transaction.atomic():
                run = ScheduledRun.objects.create(job=job.command, period=period)
        except IntegrityError:
            continue  # another server has it
        runs.append(_run(job, run))
    return runs


def _run(job, run):
    out = io.StringIO()
    try:
        call_command(job.command, stdout=out, stderr=out)
        run.succeeded = True
    except Exception:  # a failed job is recorded and the schedule goes on
        logger.exception("Scheduled job %s failed", job.command)
        run.succeeded = False
    run.output = out.getvalue()[-4000:]
    run.finished_at = timezone.now()
    run.save(update_fields=["succeeded", "output", "finished_at"])
    logger.info(
        "Scheduled job %s (%s): %s", job.command, run.period, "ok" if run.succeeded else "FAILED"
    )
    return run
