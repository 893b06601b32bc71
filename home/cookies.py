"""The visitor's answer to "may we set optional cookies?".

The answer itself lives in a strictly necessary cookie. Anything optional (reCAPTCHA today)
asks `optional_cookies_allowed(request)` before it loads.

Imports nothing of ours: home is the core.
"""

from django.conf import settings

ACCEPTED = "accepted"
REJECTED = "rejected"


def consent_of(request):
    """ACCEPTED, REJECTED, or None when the visitor has not answered yet."""
    value = request.COOKIES.get(settings.COOKIE_CONSENT_NAME)
    return value if value in (ACCEPTED, REJECTED) else None


def optional_cookies_allowed(request):
    return consent_of(request) == ACCEPTED


def remember_consent(response, answer):
    response.set_cookie(
        settings.COOKIE_CONSENT_NAME,
        answer,
        max_age=settings.COOKIE_CONSENT_MAX_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response
