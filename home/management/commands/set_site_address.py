from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from home.site_address import host_and_port


def set_site_address(url):
    """Give the default Site the address `url`. Returns True if it changed."""
    hostname, port = host_and_port(url)
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return True


class Command(BaseCommand):
    help = (
        "Put the site's address (SITE_URL, or --url) on the default Site, so every link the "
        "site writes (emails, calendar files, canonical tags) leads to it. Safe to repeat."
    )

    def add_arguments(self, parser):
        parser.add_argument("--url", default=None, help="Default: the SITE_URL setting.")

    def handle(self, url=None, **options):
        url = url or settings.SITE_URL
        try:
            changed = set_site_address(url)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Site address: {url}" + ("" if changed else " (already set)"))
