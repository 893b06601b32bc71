"""The opportunities themselves: the index page with its filters, Atom feed and calendar
file, and the opportunity page with its registration form and thanks page (`pages`).

Import rule: builds on `taxonomy` and `registrations` (the form and `register_interest`) and
`home`; inside, forms, feeds and calendar <- pages. It never
imports `register`, which builds on it (the register hears of a newly published
opportunity through a signal connected in `register.signals`).
"""
