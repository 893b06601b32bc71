"""Django's makemessages, with the project's folders that hold no interface text left out,
so `make messages` and the catalogue test (tests/home/test_catalogues.py) find the same msgids.

Tests, docs and collected or generated files are not shown to a reader: a msgid found there
would only cost seven translations of nothing."""

from django.core.management.commands import makemessages

NOT_INTERFACE = ["tests/*", "docs/*", "staticfiles/*", "var/*", "media/*"]


class Command(makemessages.Command):
    def handle(self, *args, **options):
        options["ignore_patterns"] = [*options.get("ignore_patterns", []), *NOT_INTERFACE]
        return super().handle(*args, **options)
