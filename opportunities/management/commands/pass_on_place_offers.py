from django.core.management.base import BaseCommand

from opportunities.registrations.services import pass_on_offers_that_ran_out


class Command(BaseCommand):
    help = (
        "Offer each place whose offer ran out unanswered to the next person on the waiting "
        "list, and any free place to the people waiting. The schedule runs it every hour; "
        "running it again does nothing twice."
    )

    def handle(self, **options):
        passed, made = pass_on_offers_that_ran_out()
        self.stdout.write(
            f"Waiting lists: {passed} offers ran out unanswered; {made} places offered."
        )
