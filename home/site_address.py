"""Where the site is, for every absolute link it writes: emails (confirm, private, vote,
follow and stop links, reminders), `.ics` files, canonical and hreflang tags.

Wagtail builds them from the default Site's hostname and port, which the first migration
made `localhost:80`. `manage.py set_site_address` (run by `make serve` with `SITE_URL` from
the environment, and by `make run` with its own port) puts the real address there; the
deploy check (home/checks.py) refuses a production `SITE_URL` on localhost. No models here:
the checks import it while the apps load.

Imports nothing of ours: home is the core.
"""

from urllib.parse import urlsplit

LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0"}


def host_and_port(url):
    """("involve.example.org", 443) for "https://involve.example.org"; the default port of
    the scheme when none is given, which is how Wagtail's `root_url` tells the scheme."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"Not a web address: {url!r} (say https://involve.example.nhs.uk)")
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
