"""What every template needs from the request: the visitor's cookie choice. Imports only
home.cookies, and never the database, so the 404 page stays database-free."""

from .cookies import consent_of


def cookie_consent(request):
    """What the cookie banner and optional scripts need; reads a cookie, never the database,
    so the 404 page stays database-free."""
    answer = consent_of(request)
    return {
        "cookie_consent": answer,
        "optional_cookies_allowed": answer == "accepted",
    }
