"""Translators' work in the admin: who may translate what (`access`), the second person's
check and the machine drafts it waits for (`review`, `models`: the workflow task), what is out
of date since English changed (`out_of_date`), publishing what the reviewer approved
(`finish`), and the admin's views and hooks.

Built on wagtail-localize's models. Imports home.permissions and home.languages of ours
(home is the core, and this is part of it); `models` <- `access`, `review`,
`out_of_date` <- `views` <- `wagtail_hooks`, `signals`.
"""
