"""Protection against cross-site request forgery for the public site without a token in the
page, so that a page with a form (the cookie banner is one, on every page) can be kept whole
for everyone (home/page_cache/) and nobody is given a CSRF cookie for reading it.

A forged request is one a browser sends from another site. Browsers say where a request
comes from: `Sec-Fetch-Site` (every current browser) and `Origin` (on every cross-origin
POST for years). This is the check Go's net/http adopted as `CrossOriginProtection`:
- `Sec-Fetch-Site: same-origin` or `none` (typed by the person) passes; any other value is
  refused;
- without it, an `Origin` must be the site's own or one of CSRF_TRUSTED_ORIGINS;
- with neither, the request is not from a browser a page could make forge it, and passes.
What a token adds over this only matters where the browser carries authority: the public
forms carry none (no session is needed to use them, and a private link's token is in its
address). So the admin, where a session does carry authority, keeps Django's full token
check, and so does anything else outside the language prefixes.

Imports nothing of ours: home is the core.
"""

from django.conf import settings
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.functional import cached_property

REASON_CROSS_SITE = "The form was sent from another site."


class CrossOriginProtectionMiddleware(CsrfViewMiddleware):
    @cached_property
    def public_prefixes(self):
        return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if not request.path.startswith(self.public_prefixes):
            return super().process_view(request, callback, callback_args, callback_kwargs)
        if request.method in ("GET", "HEAD", "OPTIONS", "TRACE"):
            return self._accept(request)
        if getattr(callback, "csrf_exempt", False) or getattr(
            request, "_dont_enforce_csrf_checks", False
        ):
            return None
        fetch_site = request.headers.get("Sec-Fetch-Site")
        if fetch_site is not None:
            if fetch_site in ("same-origin", "none"):
                return self._accept(request)
            return self._reject(request, REASON_CROSS_SITE)
        if "HTTP_ORIGIN" in request.META and not self._origin_verified(request):
            return self._reject(request, REASON_CROSS_SITE)
        return self._accept(request)
