"""Daily: the time limit on the way to reply kept with a request for another language or
format (docs/data-map.md). Running it twice in a day does nothing twice."""

from django.core.management.base import BaseCommand

from home.format_requests.models import CONTACT_DAYS, FormatRequest


class Command(BaseCommand):
    help = f"Erase the email or phone number left with a request, {CONTACT_DAYS} days after it."

    def handle(self, **options):
        erased = FormatRequest.objects.contact_due_for_erasing().erase_contact()
        self.stdout.write(f"Language and format requests: {erased} ways to reply erased.")
