"""The involvement register: the people who asked to hear about ways to get involved
(`Person`, personal data), their equality monitoring answers (`equality`, special category),
the register page with its private self-service pages (`pages`), the private links
(`tokens`), the emails and news of opportunities (`tasks`), joining, confirming, changing and
erasing (`services`), and the admin for the involvement team (`views`, `wagtail_hooks`).

Import rule: the highest feature of the app; it may import `taxonomy`, `registrations`,
`listing` and `home`. Inside: equality <- models <- forms, tasks <- services <- pages <-
views, wagtail_hooks, signals (tasks, below pages, find the register page through the app
registry). Other apps add parts to the private page through the
`register_private_page_sections` hook (`sections`), never by being imported here.
"""
