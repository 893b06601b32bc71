import datetime
import logging

from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from home.emails import send_once
from home.texts import texts_enabled
from opportunities.models import Registration
from opportunities.registrations.links import cancel_link
from opportunities.registrations.tasks import messages_to

from .models import REMINDER_DAYS_BEFORE, MeetingReminder
from .pages import MeetingPage

logger = logging.getLogger(__name__)


def registrations_due_a_reminder(now=None):
    """Registrations holding a place at a forum meeting that starts within the next two days
    (by the calendar), that gave an email address (or, when texts are configured, a phone
    number) and have had no reminder yet. A day the command did not run is caught up the
    next day, as long as the meeting is still ahead."""
    now = now or timezone.now()
    last_day = timezone.localtime(now).date() + datetime.timedelta(days=REMINDER_DAYS_BEFORE)
    until = timezone.make_aware(
        datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time())
    )
    meetings = MeetingPage.objects.live().filter(
        starts_at__gt=now, starts_at__lt=until, alias_of=None
    )
    reachable = ~Q(email="") | ~Q(phone="") if texts_enabled() else ~Q(email="")
    return Registration.objects.holding_a_place().filter(
        reachable, opportunity__in=meetings, meeting_reminder=None
    )


@task()
def send_meeting_reminder(registration_id):
    """The reminder for one registration, once: by email, and by text to those who get
    texts (a phone number that takes no texts gets nothing, and is recorded so, as the host
    rings them). The reminder row is written in the same transaction as the send: a second
    run, or a second worker, meets the unique key and skips; a failed send rolls the row
    back so the next run tries again."""
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None:
        return "gone"
    meeting = MeetingPage.objects.select_related("venue").get(pk=registration.opportunity_id)
    context = {
        "registration": registration,
        "meeting": meeting,
        "cancel_link": cancel_link(registration),
    }
    messages = messages_to(
        registration,
        context,
        email_template="forums/emails/reminder",
        text_template="forums/texts/reminder",
        reference=f"reminder-{registration.pk}",
    )
    return send_once(
        messages,
        task=send_meeting_reminder,
        args=(registration_id,),
        claim=lambda: MeetingReminder.objects.create(registration=registration),
    )
