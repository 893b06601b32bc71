import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from home.schedule.services import run_due_jobs


class Command(BaseCommand):
    help = (
        "Run the scheduled work (publishing scheduled pages each minute, the daily care at "
        "night) for as long as it runs: `make serve` starts it beside the task worker. "
        "--once runs what is due now and stops."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true")

    def handle(self, once=False, **options):
        while True:
            # A database that went away and came back: a fresh connection each minute.
            close_old_connections()
            for run in run_due_jobs():
                self.stdout.write(
                    f"{run.job} ({run.period}): {'ok' if run.succeeded else 'FAILED'}"
                )
            if once:
                return
            time.sleep(60 - time.time() % 60 + 1)
