"""Daily: erase the way to reply left with service feedback, 90 days after it was finished
with (docs/data-map.md). Running it twice in a day does nothing twice."""

from django.core.management.base import BaseCommand

from forums.feedback.services import erase_reply_details


class Command(BaseCommand):
    help = "Erase reply details of service feedback finished with 90 days ago."

    def handle(self, **options):
        self.stdout.write(f"Feedback: {erase_reply_details()} reply details erased.")
