from django.core.management.base import BaseCommand, CommandError

from home.backups import BackupError, back_up


class Command(BaseCommand):
    help = (
        "Back up the database and the uploaded media into a new folder inside --to "
        "(default var/backups). `make backup` runs it with the production settings."
    )

    def add_arguments(self, parser):
        parser.add_argument("--to", default="var/backups")

    def handle(self, to, **options):
        try:
            folder = back_up(to)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backed up to {folder}")
