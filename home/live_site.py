"""Keeping a live site up when what it stands on falters.

- `server_error` (the 500 handler): while the database is out of reach, visitors get a plain
  503 page in their language with `Retry-After` (a load balancer and a browser both know to
  come back), not the 500 page that says something is broken.
- `ForgivingRedisCache`: while Redis is out of reach, the cache misses rather than failing
  the page (rate limits count nothing, pages are built afresh), and says so in the log.
- `healthz`: for a load balancer, whether this server can reach its database and its cache;
  no personal data, nothing else.

Imports nothing of ours: home is the core.
"""

import logging
import sys

from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views import defaults
from django.views.decorators.cache import never_cache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


def server_error(request):
    """The site's 500 handler (`handler500` in urls.py): while the database is out of
    reach (a connection refused or lost), a plain 503 page in the visitor's language with
    `Retry-After`, whichever part of the request met it; any other fault, the 500 page."""
    error = sys.exc_info()[1]
    if not isinstance(error, (OperationalError, InterfaceError)):
        return defaults.server_error(request)
    logger.error("The database is out of reach: answering 503")
    response = TemplateResponse(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response.render()


def _forgiving(method_name, default=None):
    def method(self, *args, **kwargs):
        try:
            return getattr(super(ForgivingRedisCache, self), method_name)(*args, **kwargs)
        except RedisError:
            logger.warning("Redis is out of reach: %s missed", method_name, exc_info=True)
            return default

    method.__name__ = method_name
    return method


class ForgivingRedisCache(RedisCache):
    """Django's Redis cache, missing instead of failing while Redis is down."""

    get_many = _forgiving("get_many", {})
    set = _forgiving("set")
    set_many = _forgiving("set_many", [])
    add = _forgiving("add", False)
    touch = _forgiving("touch", False)
    delete = _forgiving("delete", False)
    delete_many = _forgiving("delete_many")
    has_key = _forgiving("has_key", False)
    clear = _forgiving("clear")

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except RedisError:
            logger.warning("Redis is out of reach: get missed", exc_info=True)
            return default

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except RedisError:
            logger.warning("Redis is out of reach: incr missed", exc_info=True)
            return delta


@never_cache
def healthz(request):
    """200 when this server reaches its database and its cache, else 503 naming which."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except (DatabaseError, InterfaceError):
        checks["database"] = "unavailable"
    try:
        # Read back what was written: the forgiving cache misses silently while Redis is down.
        cache.set("involve:healthz", "ok", timeout=10)
        checks["cache"] = "ok" if cache.get("involve:healthz") == "ok" else "unavailable"
    except Exception:  # any backend's own error type
        checks["cache"] = "unavailable"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(checks, status=200 if healthy else 503)
