import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.backups import MANIFEST, BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a folder made by `backup` into an empty database (or over the current one "
        "with --replace), then check every table has the rows it had."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument("--replace", action="store_true")

    def handle(self, folder, replace=False, **options):
        try:
            rows = restore(folder, replace=replace)
        except BackupError as error:
            raise CommandError(str(error)) from error
        media = json.loads((Path(folder) / MANIFEST).read_text())["media_files"]
        self.stdout.write(
            f"Restored {sum(rows.values())} rows in {len(rows)} tables and {media} media "
            "files; every table matches the backup."
        )
