"""A per-address limit on public form submissions, shared by every form that takes one.

Counts in the cache (Redis in production, so every server shares the count). The address is
stored only as a keyed hash, and only for the length of the window.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def _key(scope, request):
    address = request.META.get("REMOTE_ADDR", "")
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256)
    return f"ratelimit:{scope}:{digest.hexdigest()[:32]}"


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
