"""The register's private links (`home.private_links.PrivateLinks`): signed, expiring and
single-purpose, one purpose per kind of page they open."""

import datetime

from home.private_links import PrivateLinks

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
