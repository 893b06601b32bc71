from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from opportunities.models import Person, Registration
from opportunities.register.services import erase_person
from opportunities.register.tasks import send_opportunity_alerts, send_register_email


class Command(BaseCommand):
    help = (
        "The involvement register's daily care: erase entries unconfirmed after 7 days, ask "
        "people whose consent is a year old whether to stay, erase those who have not "
        "answered in 30 days, anonymise registrations of interest a year after their "
        "opportunity closed, and send news of matching opportunities. Run it once a day "
        "(cron); running it again the same day does nothing twice."
    )

    def handle(self, **options):
        now = timezone.now()
        unconfirmed = self.erase(Person.objects.unconfirmed_too_long(now))
        unanswered = self.erase(Person.objects.renewal_unanswered(now))
        anonymised = Registration.objects.due_for_anonymising().anonymise()

        with transaction.atomic():
            due = list(Person.objects.due_consent_renewal(now).select_for_update())
            Person.objects.filter(pk__in=[p.pk for p in due]).update(renewal_requested_at=now)
        by_email = [person for person in due if person.email]
        for person in by_email:
            send_register_email.enqueue(person.pk, "renewal")
        by_phone = len(due) - len(by_email)

        send_opportunity_alerts.enqueue()
        self.stdout.write(
            f"Register: erased {unconfirmed} unconfirmed after 7 days and {unanswered} who "
            f"did not renew; asked {len(by_email)} by email whether to stay"
            + (f" ({by_phone} have no email: phone them, see the admin)" if by_phone else "")
            + f"; anonymised {anonymised} registrations of interest a year after closing"
            + "; opportunity news queued."
        )

    def erase(self, people):
        erased = 0
        for person in people:
            erase_person(person)
            erased += 1
        return erased
