"""A per-address limit on public form submissions, shared by every form that takes one.

Counts in the cache (Redis in production, so every server shares the count). The address is
stored only as a keyed hash (home.hashing), and only for the length of the window.
`home.public_post` applies a `RateLimit` and answers 429 when it is reached.

Imports only home.hashing: home is the core.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from .hashing import keyed_hash

HOUR = 60 * 60
TOO_MANY = _(
    "You have sent a lot of forms in a short time. Please wait an hour and try again, or phone us."
)


def _key(scope, request):
    digest = keyed_hash("involve.ratelimit", request.META.get("REMOTE_ADDR", ""))
    return f"ratelimit:{scope}:{digest[:32]}"


def over_limit(request, scope, limit, window_seconds):
    """Count this request; True if the address has now made more than `limit` in the window."""
    key = _key(scope, request)
    if cache.add(key, 1, timeout=window_seconds):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds)
        return False
    return count > limit


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` submissions of one form (`scope`) per address per window; `message`
    is the form error shown, with status 429, to the address that goes over."""

    scope: str
    limit: int
    window_seconds: int = HOUR
    message: str = TOO_MANY

    def reached(self, request):
        """Count this request; True when it is one too many."""
        return over_limit(request, self.scope, self.limit, self.window_seconds)
