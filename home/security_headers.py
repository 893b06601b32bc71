"""The Content-Security-Policy of every response (django-csp), with what each part of the
site needs beyond the strict policy in settings:

- reCAPTCHA's script and frame hosts, only while reCAPTCHA is on (both keys set);
- the Wagtail admin's inline styles (its widgets set `style` attributes from JavaScript).

Scripts never run inline anywhere: no page, public or admin, has `'unsafe-inline'` for
scripts. Imports nothing of ours: home is the core.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

RECAPTCHA = {
    "script-src": ["https://www.google.com/recaptcha/", "https://www.gstatic.com/recaptcha/"],
    "frame-src": ["https://www.google.com/recaptcha/", "https://recaptcha.google.com/recaptcha/"],
}
ADMIN = {"style-src": ["'unsafe-inline'"]}
ADMIN_PREFIXES = ("/admin/",)


def recaptcha_on():
    return bool(settings.RECAPTCHA_PUBLIC_KEY and settings.RECAPTCHA_PRIVATE_KEY)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        extra = {}
        if recaptcha_on():
            extra.update(RECAPTCHA)
        if request.path.startswith(ADMIN_PREFIXES):
            extra.update(ADMIN)
        if not extra:
            return parts
        update = dict(parts.update or {})
        for directive, sources in extra.items():
            update[directive] = [*update.get(directive, []), *sources]
        return PolicyParts(parts.config, update, parts.replace, parts.nonce)
