"""Private links for project followers: the core's signed, single-purpose links
(`home/private_links.py`) with purposes of their own.

Confirming expires after a week. Leaving never expires: the link in an old email must still
stop the emails, and all it can do is delete the follow it names.
"""

import datetime

from home.private_links import PROBLEM_STATUS, LinkExpired, LinkInvalid, PrivateLinks

FOLLOWER_LINKS = PrivateLinks(
    "involve.projects",
    {"follow-confirm": datetime.timedelta(days=7), "unfollow": None},
)
make_token = FOLLOWER_LINKS.make
read_token = FOLLOWER_LINKS.read

__all__ = [
    "FOLLOWER_LINKS",
    "PROBLEM_STATUS",
    "LinkExpired",
    "LinkInvalid",
    "make_token",
    "read_token",
]
