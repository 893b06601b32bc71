from django.core.management.base import BaseCommand

from forums.meetings.tasks import registrations_due_a_reminder, send_meeting_reminder


class Command(BaseCommand):
    help = (
        "Queue the reminder email for each person registered for a forum meeting in the next "
        "two days. Run it daily (cron or a scheduler). Safe to run twice: nobody gets a "
        "reminder twice."
    )

    def handle(self, **options):
        ids = list(registrations_due_a_reminder().values_list("pk", flat=True))
        for registration_id in ids:
            send_meeting_reminder.enqueue(registration_id)
        self.stdout.write(f"Meeting reminders: {len(ids)} queued.")
