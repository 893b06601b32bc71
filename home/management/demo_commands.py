"""What the demo commands (`load_demo_content`, `ensure_demo_accounts`) share: they refuse
to run under production settings unless told so explicitly. The demo writes made-up people
into the register, and its accounts include an administrator whose password sits in a file:
neither belongs on a live site by accident."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class DemoCommand(BaseCommand):
    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.add_argument(
            "--in-production",
            action="store_true",
            help="Run even under production settings (a staging copy, say).",
        )
        return parser

    def execute(self, *args, **options):
        if settings.INVOLVE_ENVIRONMENT == "production" and not options.get("in_production"):
            raise CommandError(
                f"{self.__module__.rsplit('.', 1)[-1]} makes demo content and accounts, and "
                "these are production settings. Add --in-production if you really mean it."
            )
        return super().execute(*args, **options)
