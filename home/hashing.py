"""Keyed hashing: one way to keep a value we must recognise again (an email address, a
network address) without keeping the value itself.

Imports nothing of ours: home is the core, and this module sits at its bottom.
"""

import hashlib
import hmac

from django.conf import settings


def keyed_hash(purpose, value):
    """A keyed hash (HMAC-SHA256, hex) of `value`, with a key derived from SECRET_KEY for
    this one `purpose` (a dotted name such as "involve.ideas.email").

    The value is compared without surrounding spaces or capitals, so the same address
    always gives the same hash; nobody without the key can test a guessed value against
    it; and a hash made for one purpose says nothing about another.
    """
    key = hashlib.sha256(f"{purpose}:{settings.SECRET_KEY}".encode()).digest()
    return hmac.new(key, value.strip().lower().encode(), hashlib.sha256).hexdigest()
