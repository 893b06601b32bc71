"""The opportunities themselves: the index page with its filters, Atom feed and calendar
file (`index`), and the opportunity page (`pages`) with its routes: the registration form,
thanks page, calendar file and the private links in a registration's emails (`routes`, a
mixin of the page).

Import rule: builds on `taxonomy` and `registrations` (the form and `register_interest`) and
`home`; inside, forms, feeds and calendar <- routes <- pages <- index. It never
imports `register`, which builds on it (the register hears of a newly published
opportunity through a signal connected in `register.signals`).
"""
