import datetime
import logging

from django.utils import timezone
from django_tasks import task

from home.emails import render_email, send_once
from opportunities.models import Registration
from opportunities.registrations.links import cancel_link

from .models import REMINDER_DAYS_BEFORE, MeetingReminder
from .pages import MeetingPage

logger = logging.getLogger(__name__)


def registrations_due_a_reminder(now=None):
    """Registrations holding a place at a forum meeting that starts within the next two days
    (by the calendar), that gave an email address and have had no reminder yet. A day the
    command did not run is caught up the next day, as long as the meeting is still ahead."""
    now = now or timezone.now()
    last_day = timezone.localtime(now).date() + datetime.timedelta(days=REMINDER_DAYS_BEFORE)
    until = timezone.make_aware(
        datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time())
    )
    meetings = MeetingPage.objects.live().filter(
        starts_at__gt=now, starts_at__lt=until, alias_of=None
    )
    return (
        Registration.objects.holding_a_place()
        .filter(opportunity__in=meetings, meeting_reminder=None)
        .exclude(email="")
    )


@task()
def send_meeting_reminder(registration_id):
    """The reminder for one registration, once. The reminder row is written in the same
    transaction as the send: a second run, or a second worker, meets the unique key and
    skips; a failed send rolls the row back so the next run tries again."""
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None:
        return "gone"
    meeting = MeetingPage.objects.select_related("venue").get(pk=registration.opportunity_id)
    message = render_email(
        "forums/emails/reminder",
        {
            "registration": registration,
            "meeting": meeting,
            "cancel_link": cancel_link(registration),
        },
        to=[registration.email],
        language=registration.language,
    )
    return send_once(
        message,
        task=send_meeting_reminder,
        args=(registration_id,),
        claim=lambda: MeetingReminder.objects.create(registration=registration),
    )
