"""Running one activity, for its host team and the involvement team: a page in the admin
(`views`) with who is coming, the waiting list and its offers, support requests by their
reply-by date, the people to ring, attendance marked in one go (written to each person's
activity record on the register) and a message to everyone registered (`ActivityMessage`,
sent by `tasks` with the core's one retry policy).

Import rule: the highest feature of the app with `register`; it builds on `registrations`,
`register`, `listing` and `home`. Inside: models <- tasks <- services <- views <-
wagtail_hooks; `demo` (people to ring for the next panel training) builds on
`listing` and `registrations` only.
"""
