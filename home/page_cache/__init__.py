"""Whole pages kept for visitors who carry nothing of their own, so that a campaign's
hundreds of visitors a second are answered from the shared cache (Redis in production: one
copy for every worker and every server) without touching the database.

Which pages: only those a view opts in to (`allow`), for a request that
- is a GET or HEAD of a path under a language prefix (never the admin, documents, feeds of
  personal data), with no Authorization header, and
- carries no cookie but the cookie-consent answer and the language choice: a session (staff,
  someone who answered a password), a message waiting to be shown, an open-vote browser
  cookie all mean the page may be the visitor's own, so it is made for them.
And only a 200 that sets no cookie and was not marked private or never-cache. Every Wagtail
page's main route is allowed (`wagtail_hooks.allow_served_pages`), once Wagtail's own check
of view restrictions has let an anonymous visitor through; a routable page lists its other
routes that show nothing personal in `cached_routes`.

The key is the host, the path with its query, and the cookie-consent answer (the banner
shows until it is given); the language is in the path.

Keeping it right: each copy remembers the versions of the tags it depends on, and is used
only while they are unchanged. `purge_everything()` changes the tag every page depends on:
publishing, unpublishing, moving, deleting or translating a page, and saving a snippet, a
setting, an image or anything else pages show (`signals`), so a menu, a listing or a
glossary link is never stale. Busier things purge only what shows them: a vote purges its
idea (`votes:<id>`) and the lists of ideas (`votes`); a registration its opportunity
(`places:<id>`). A purge is written after the transaction commits, and a copy keeps the
versions read before the rows they cover (`depends_on` is called before reading them), so a
purge while a page is being made leaves its copy out of date, never stale. Copies also expire after
PAGE_CACHE_SECONDS, which bounds what a purge can miss (a closing date passing).

With Redis down the cache misses and pages are made as usual (home.live_site).

Imports only Django and Wagtail: home is the core.
"""

from .store import allow, depends_on, purge, purge_everything

__all__ = ["allow", "depends_on", "purge", "purge_everything"]
