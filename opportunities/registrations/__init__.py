"""Registering interest in one opportunity: the `Registration` record (personal data), its
public form, the emails it sends (`tasks`), saving it once (`services.register_interest`),
and its admin with the export (`views`, `wagtail_hooks`).

Import rule: builds on `taxonomy` and `home`; inside, models <- forms, tasks <- services <-
views <- wagtail_hooks. It never imports `listing` or `register`, which build on it: the
opportunity and the person are foreign keys by string, and the few places that need those
model classes at run time ask the app registry (`apps.get_model`).
"""
