"""Limits on public form submissions, shared by every form that takes one.

Each form (`scope`) has two limits per address and window: one on submissions accepted
(saved), and a higher one on submissions refused as invalid, so a person who makes a few
mistakes is never locked out while a robot trying every value still is. A form with an email
address is limited per address too (`email=`), so a crowd of addresses cannot flood one
inbox. `home.public_post` applies a `RateLimit` and answers 429 with the minutes to wait.

Counts live in the cache (Redis in production, so every server shares them) in fixed windows,
keyed by a keyed hash (home.hashing) of the address or email, kept only for the window. The
address is the client's own behind trusted proxies (home.client_address). When the cache is
down, nothing is limited rather than every form failing.

Imports only home.hashing and home.client_address: home is the core.
"""

import logging
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from .client_address import client_address
from .hashing import keyed_hash

logger = logging.getLogger(__name__)

HOUR = 60 * 60
TOO_MANY = _("You have sent a lot of forms in a short time.")
# A person's mistakes are not a robot's guesses: this many refused forms for one accepted.
FAILED_PER_ACCEPTED = 4


def _window(window_seconds, now):
    return int(now // window_seconds)


def _key(scope, kind, value, window):
    digest = keyed_hash("involve.ratelimit", value)
    return f"ratelimit:{scope}:{kind}:{window}:{digest[:32]}"


def _count(key):
    try:
        return cache.get(key, 0)
    except Exception:  # the cache is down: limit nothing rather than fail the form
        logger.warning("Rate limit not checked: the cache is unavailable", exc_info=True)
        return 0


def _add_one(key, timeout):
    try:
        if not cache.add(key, 1, timeout=timeout):
            cache.incr(key)
    except ValueError:  # expired between add and incr
        _add_one(key, timeout)
    except Exception:
        logger.warning("Rate limit not counted: the cache is unavailable", exc_info=True)


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` accepted submissions of one form (`scope`) per address (and per email,
    where one is given) per window, and `limit * FAILED_PER_ACCEPTED` refused ones;
    `message` is the form error shown, with status 429, to the address that goes over."""

    scope: str
    limit: int
    window_seconds: int = HOUR
    message: str = TOO_MANY

    def _keys(self, request, kind, email=None, now=None):
        window = _window(self.window_seconds, time.time() if now is None else now)
        keys = [_key(self.scope, kind, "ip:" + client_address(request), window)]
        if email:
            keys.append(_key(self.scope, kind, "email:" + email.strip().lower(), window))
        return keys

    def reached(self, request, email=None):
        """True when the address (or the email) may send no more in this window."""
        accepted = max(_count(key) for key in self._keys(request, "accepted", email))
        failed = _count(self._keys(request, "failed")[0])
        return accepted >= self.limit or failed >= self.limit * FAILED_PER_ACCEPTED

    def accepted(self, request, email=None):
        """Count a submission that was saved."""
        for key in self._keys(request, "accepted", email):
            _add_one(key, self.window_seconds)

    def failed(self, request):
        """Count a submission refused as invalid."""
        _add_one(self._keys(request, "failed")[0], self.window_seconds)

    def seconds_left(self, now=None):
        """Seconds until this window ends and the counts start again (Retry-After)."""
        now = time.time() if now is None else now
        return max(1, int(self.window_seconds - now % self.window_seconds))
