"""Private links for project followers: the register's signed, single-purpose links
(`opportunities/register/tokens.py`) with purposes of their own.

Confirming expires after a week. Leaving never expires: the link in an old email must still
stop the emails, and all it can do is delete the follow it names.
"""

import datetime

from opportunities.register.tokens import LinkExpired, LinkInvalid, PrivateLinks

FOLLOWER_LINKS = PrivateLinks(
    "involve.projects",
    {"follow-confirm": datetime.timedelta(days=7), "unfollow": None},
)
make_token = FOLLOWER_LINKS.make
read_token = FOLLOWER_LINKS.read

__all__ = ["LinkExpired", "LinkInvalid", "make_token", "read_token"]
