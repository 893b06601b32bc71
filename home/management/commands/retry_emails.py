from django.core.management.base import BaseCommand

from home.email_delivery.services import forget_old, retry_due


class Command(BaseCommand):
    help = (
        "Queue again every email whose next try has come, and forget emails sent or given "
        "up 30 days ago. The schedule runs it every minute; safe to run at any time."
    )

    def handle(self, **options):
        queued = retry_due()
        forgotten = forget_old()
        self.stdout.write(f"Emails queued again: {queued}. Old records removed: {forgotten}.")
