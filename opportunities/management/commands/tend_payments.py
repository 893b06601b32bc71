from django.core.management.base import BaseCommand

from opportunities.payments.services import tend_claims


class Command(BaseCommand):
    help = (
        "Expense claims' daily care: erase receipts 6 months after a claim was approved or "
        "rejected, delete claims never filled in 6 months after the activity, and delete "
        "every claim 6 tax years after the end of the tax year of its activity "
        "(docs/data-map.md). Running it again the same day does nothing twice."
    )

    def handle(self, **options):
        counts = tend_claims()
        self.stdout.write(
            f"Payments: erased the receipts of {counts['receipts']} decided claims, deleted "
            f"{counts['unclaimed']} never filled in and {counts['deleted']} past the "
            "retention time."
        )
