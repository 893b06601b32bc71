from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from opportunities.models import Registration
from opportunities.registrations.tasks import MAX_ATTEMPTS, send_registration_emails


class Command(BaseCommand):
    help = (
        "Try again to send registration emails that failed. Safe to run every few minutes "
        f"(from cron or the task worker); gives up after {MAX_ATTEMPTS} attempts."
    )

    def handle(self, **options):
        waiting = Registration.objects.filter(
            emails_sent_at=None,
            email_attempts__lt=MAX_ATTEMPTS,
            created_at__lt=timezone.now() - timedelta(minutes=1),
        ).values_list("pk", flat=True)
        count = 0
        for pk in waiting:
            send_registration_emails.enqueue(pk)
            count += 1
        self.stdout.write(f"Registration emails retried: {count}.")
