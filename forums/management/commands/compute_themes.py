"""Weekly: group forum points, suggestions and service feedback into themes (forums/themes),
keeping what staff decided. Embeds only new or changed text."""

from django.core.management.base import BaseCommand

from forums.themes.services import compute_themes


class Command(BaseCommand):
    help = "Work out the themes in what people told the trust, on this server."

    def handle(self, **options):
        run = compute_themes()
        self.stdout.write(
            f"{run.item_count} items ({run.embedded_count} embedded), "
            f"{run.theme_count} active themes, {run.seconds:.1f} s"
        )
