"""Private links for project followers: signed, single-purpose, the same shape as the
register's links (`opportunities/register/tokens.py`, which explains why the three parts of
Django's signed value are run together for Wagtail's routes).

Confirming expires after a week. Leaving never expires: the link in an old email must still
stop the emails, and all it can do is delete the follow it names.
"""

import datetime
import uuid

from django.core import signing

from opportunities.register.tokens import ID_LENGTH, SIGNATURE_LENGTH, LinkExpired, LinkInvalid

LIFETIMES = {
    "follow-confirm": datetime.timedelta(days=7),
    "unfollow": None,
}

__all__ = ["LinkExpired", "LinkInvalid", "make_token", "read_token"]


def make_token(follower, purpose):
    public_id, timestamp, signature = _signer(purpose).sign(follower.public_id.hex).split(":")
    return public_id + timestamp + signature


def read_token(token, purpose):
    """The follower's public id (a UUID). Raises LinkInvalid or LinkExpired."""
    if len(token) <= ID_LENGTH + SIGNATURE_LENGTH:
        raise LinkInvalid
    public_id = token[:ID_LENGTH]
    timestamp = token[ID_LENGTH:-SIGNATURE_LENGTH]
    signature = token[-SIGNATURE_LENGTH:]
    try:
        value = _signer(purpose).unsign(
            f"{public_id}:{timestamp}:{signature}", max_age=LIFETIMES[purpose]
        )
        return uuid.UUID(hex=value)
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except (signing.BadSignature, ValueError) as error:
        raise LinkInvalid from error


def _signer(purpose):
    if purpose not in LIFETIMES:
        raise ValueError(f"Unknown link purpose: {purpose}")
    return signing.TimestampSigner(salt=f"involve.projects.{purpose}", algorithm="sha256")
