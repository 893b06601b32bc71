"""The forums' personal data, erased by email address: the idea follows, project follows,
suggestion addresses, service feedback's reply details and unused vote links of one
address.

- `services.erase_address(email)`: what the involvement team's "Erase an email address"
  screen does (`views`, registered in `wagtail_hooks`), and what happens when a person
  leaves the involvement register (`signals`, on opportunities' `person_erased`).

Imports: opportunities (the register's signal), and the forums' ideas, projects and
feedback models.
"""
