"""Private links: signed, expiring and single-purpose.

A link carries an object's random public id, signed with the site's secret and a salt naming
its one purpose, so a confirmation link cannot open the self-service page and no link can be
forged or edited. Django's signer joins value, timestamp and signature with `:`, which
Wagtail's page routes do not accept (only letters, digits, `-` and `_`), so the token is the
three parts run together: the id is always 32 hex digits and the signature always 43
characters, which leaves the timestamp in between.

Each family of links (the register's, project followers') is one `PrivateLinks` with its
own namespace and purposes. Imports nothing of ours: home is the core.
"""

import uuid

from django.core import signing

ID_LENGTH = 32
SIGNATURE_LENGTH = 43  # SHA-256, base64 without padding

# What a page says about a link that does not work, and the status it answers with.
EXPIRED = "expired"
INVALID = "invalid"
GONE = "gone"
PROBLEM_STATUS = {EXPIRED: 410, INVALID: 404, GONE: 410}


class LinkInvalid(Exception):
    """Not a link we made for this purpose (mistyped, cut short or tampered with)."""


class LinkExpired(Exception):
    """A real link, too old to use."""


class PrivateLinks:
    """Tokens for one family of links. `lifetimes` maps each purpose to how long its links
    work (a timedelta, or None: for ever)."""

    def __init__(self, namespace, lifetimes):
        self.namespace = namespace
        self.lifetimes = lifetimes

    def make(self, holder, purpose):
        """A token for `holder` (anything with a UUID `public_id`)."""
        public_id, timestamp, signature = (
            self._signer(purpose).sign(holder.public_id.hex).split(":")
        )
        return public_id + timestamp + signature

    def read(self, token, purpose):
        """The public id (a UUID) the token was made for. Raises LinkInvalid or LinkExpired."""
        if len(token) <= ID_LENGTH + SIGNATURE_LENGTH:
            raise LinkInvalid
        public_id = token[:ID_LENGTH]
        timestamp = token[ID_LENGTH:-SIGNATURE_LENGTH]
        signature = token[-SIGNATURE_LENGTH:]
        try:
            value = self._signer(purpose).unsign(
                f"{public_id}:{timestamp}:{signature}", max_age=self.lifetimes[purpose]
            )
            return uuid.UUID(hex=value)
        except signing.SignatureExpired as error:
            raise LinkExpired from error
        except (signing.BadSignature, ValueError) as error:
            raise LinkInvalid from error

    def find(self, queryset, token, purpose):
        """(the holder in `queryset` the token names, None), or (None, the problem: EXPIRED,
        INVALID or GONE, a key of PROBLEM_STATUS) for a page to explain plainly."""
        try:
            public_id = self.read(token, purpose)
        except LinkExpired:
            return None, EXPIRED
        except LinkInvalid:
            return None, INVALID
        holder = queryset.filter(public_id=public_id).first()
        return (holder, None) if holder is not None else (None, GONE)

    def _signer(self, purpose):
        if purpose not in self.lifetimes:
            raise ValueError(f"Unknown link purpose: {purpose}")
        return signing.TimestampSigner(salt=f"{self.namespace}.{purpose}", algorithm="sha256")
