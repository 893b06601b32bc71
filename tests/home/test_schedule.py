"""Scheduled work runs itself: a page scheduled a minute ahead goes live when the schedule
wakes, each daily job runs once a day at its hour, and several servers share the schedule
(each run once)."""

import datetime
from unittest import mock

import pytest
from django.utils import timezone

from home.models import ContentPage
from home.schedule.models import ScheduledRun
from home.schedule.services import SCHEDULE, Job, run_due_jobs
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

LONDON_3AM = datetime.datetime(2026, 12, 2, 3, 0, tzinfo=datetime.UTC)


def test_a_page_scheduled_a_minute_ahead_goes_live_with_no_command_typed(home_page):
    page = ContentPageFactory(parent=home_page, title="Winter forum", live=False)
    in_a_minute = timezone.now() + datetime.timedelta(minutes=1)
    page.go_live_at = in_a_minute
    page.save_revision().publish()  # with a future go-live date: scheduled, not live
    page.refresh_from_db()
    assert not page.live

    run_due_jobs(now=in_a_minute)  # nothing yet: Wagtail publishes once the time is past
    with mock.patch(
        "django.utils.timezone.now", return_value=in_a_minute + datetime.timedelta(seconds=61)
    ):
        run_due_jobs(now=in_a_minute + datetime.timedelta(minutes=1))

    assert ContentPage.objects.get(pk=page.pk).live
    assert ScheduledRun.objects.filter(job="publish_scheduled", succeeded=True).count() == 2


def test_each_daily_job_runs_once_a_day_from_its_hour(home_page):
    daily = [job.command for job in SCHEDULE if job.every == "day"]
    at_one = LONDON_3AM.replace(hour=1)

    run_due_jobs(now=at_one)
    assert not ScheduledRun.objects.filter(job__in=daily).exists()

    run_due_jobs(now=LONDON_3AM)
    run_due_jobs(now=LONDON_3AM + datetime.timedelta(minutes=5))

    ran = list(ScheduledRun.objects.filter(job__in=daily).values_list("job", flat=True))
    assert sorted(ran) == sorted(job for job in daily if job != "send_meeting_reminders")
    assert ScheduledRun.objects.filter(succeeded=False).count() == 0


def test_two_servers_run_each_job_once():
    job = Job("publish_scheduled", "minute")
    first = run_due_jobs(now=LONDON_3AM, schedule=[job])
    second = run_due_jobs(now=LONDON_3AM + datetime.timedelta(seconds=30), schedule=[job])
    assert len(first) == 1 and second == []
    assert ScheduledRun.objects.count() == 1


def test_a_failing_job_is_recorded_and_the_rest_still_run():
    broken, fine = Job("no_such_command", "minute"), Job("publish_scheduled", "minute")
    runs = run_due_jobs(now=LONDON_3AM, schedule=[broken, fine])
    assert [(run.job, run.succeeded) for run in runs] == [
        ("no_such_command", False),
        ("publish_scheduled", True),
    ]
