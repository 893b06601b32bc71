"""Naming a person's own submission on its thanks page, without putting it in the address.

A thanks page says what happens next, and for the browser that just sent the form it names
what was sent ("We have sent a confirmation to …"). The reference used to travel in the URL
(`?ref=`), so it was written to every access log and anyone given the link saw the email
address for a day. Now it travels in a signed, HttpOnly cookie set on the redirect, kept for
the thanks page's path alone and for `THANKS_FOR` only: strictly necessary (the page the
person asked for), so no consent is needed, and nothing private is in any address.

Imports nothing of ours: home is the core.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.shortcuts import redirect

COOKIE = "involve_thanks"
THANKS_FOR = datetime.timedelta(hours=1)


def redirect_to_thanks(url, pk, *, salt):
    """A redirect to the thanks page `url` that remembers the submission `pk` (signed with
    `salt`, one per kind of form) for that page."""
    response = redirect(url)
    response.set_signed_cookie(
        COOKIE,
        str(pk),
        salt=salt,
        max_age=int(THANKS_FOR.total_seconds()),
        path=url.split("?", 1)[0],
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response


def thanked_pk(request, *, salt):
    """The pk this browser's thanks cookie names (for this `salt`), or None."""
    try:
        value = request.get_signed_cookie(COOKIE, salt=salt, max_age=THANKS_FOR.total_seconds())
    except (KeyError, signing.BadSignature):
        return None
    return int(value) if value.isdigit() else None
