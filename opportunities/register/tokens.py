"""Private links: signed, expiring and single-purpose.

A link carries an object's random public id, signed with the site's secret and a salt naming
its one purpose, so a confirmation link cannot open the self-service page and no link can be
forged or edited. Django's signer joins value, timestamp and signature with `:`, which
Wagtail's page routes do not accept (only letters, digits, `-` and `_`), so the token is the
three parts run together: the id is always 32 hex digits and the signature always 43
characters, which leaves the timestamp in between.

The register's links are made here; project followers' links (`forums/project_tokens.py`)
use the same `PrivateLinks` with their own purposes.
"""

import datetime
import uuid

from django.core import signing

ID_LENGTH = 32
SIGNATURE_LENGTH = 43  # SHA-256, base64 without padding


class LinkInvalid(Exception):
    """Not a link we made for this purpose (mistyped, cut short or tampered with)."""


class LinkExpired(Exception):
    """A real link, too old to use."""


class PrivateLinks:
    """Tokens for one family of links. `lifetimes` maps each purpose to how long its links
    work (None: for ever)."""

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

    def _signer(self, purpose):
        if purpose not in self.lifetimes:
            raise ValueError(f"Unknown link purpose: {purpose}")
        return signing.TimestampSigner(salt=f"{self.namespace}.{purpose}", algorithm="sha256")


REGISTER_LINKS = PrivateLinks(
    "involve.register",
    {
        # The first email: a week to confirm, as long as an unconfirmed entry is kept.
        "confirm": datetime.timedelta(days=7),
        # The optional questions straight after joining, in the same sitting.
        "details": datetime.timedelta(hours=12),
        # The self-service page, from any email: long enough to answer the yearly question.
        "manage": datetime.timedelta(days=45),
    },
)
make_token = REGISTER_LINKS.make
read_token = REGISTER_LINKS.read
