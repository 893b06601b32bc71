"""The page cache in the request cycle. It sits just inside the security headers and
whitenoise, so a copy still gets this response's headers (Content-Security-Policy, HSTS) and
skips everything else: sessions, the language, CSRF, the user, the database."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property

from ..cookies import consent_of
from . import store

# Cookies that say nothing about who the visitor is: the pages made for them are the same
# for everyone with the same answer (the consent answer is part of the key), and no public
# page uses a CSRF token (home/cross_origin.py), so an old csrftoken cookie changes nothing.
_HARMLESS_COOKIES = {"django_language"}


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def language_prefixes(self):
        return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    @cached_property
    def harmless_cookies(self):
        return _HARMLESS_COOKIES | {settings.COOKIE_CONSENT_NAME, settings.CSRF_COOKIE_NAME}

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not self._may_be_shared(request):
            return self.get_response(request)
        key = store.copy_key(request, consent_of(request))
        copy = store.get_copy(key)
        if copy is not None:
            return self._from_copy(copy, head=request.method == "HEAD")
        store.start(request)
        response = self.get_response(request)
        if self._may_keep(request, response):
            store.keep_copy(
                key, response, request.page_cache_versions, settings.PAGE_CACHE_SECONDS
            )
            self._mark(response, "miss")
        return response

    def _may_be_shared(self, request):
        return (
            request.method in ("GET", "HEAD")
            and request.path.startswith(self.language_prefixes)
            and "authorization" not in request.headers
            and request.COOKIES.keys() <= self.harmless_cookies
        )

    def _may_keep(self, request, response):
        cache_control = response.get("Cache-Control", "")
        return (
            getattr(request, "page_cache_allowed", False)
            and request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            # A page that asked for a CSRF token holds one visitor's token.
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
        )

    def _from_copy(self, copy, *, head):
        # A HEAD gets the headers of the copy, not its body.
        response = HttpResponse(b"" if head else copy["content"], status=copy["status"])
        for name, value in copy["headers"]:
            response[name] = value
        self._mark(response, "hit")
        return response

    def _mark(self, response, status):
        """Say it is shared (a CDN may keep it for PAGE_CACHE_SHARED_SECONDS, purged by
        Wagtail's frontend cache on publishing) and whether this one was a copy."""
        if settings.PAGE_CACHE_SHARED_SECONDS:
            patch_cache_control(
                response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SHARED_SECONDS
            )
        response["X-Page-Cache"] = status
