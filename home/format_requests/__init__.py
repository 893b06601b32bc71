"""Asking for a page in another language or format: the link under every page, the public
form it opens, the `FormatRequest` it saves (personal data: an optional way to reply), the
email that tells the communications team, the admin list with its counts per page and choice
(so the team translates what is most asked for first), and the daily erasing of the way to
reply (`manage.py tend_format_requests`).

Import rule: part of home, the core: it imports only home's own modules and no other app.
Inside, models <- forms, tasks <- services <- views, wagtail_hooks.
"""
