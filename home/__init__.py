"""The core of the site: what every app shares, and the site's own pages.

Pages and settings: `models` (HomePage, ContentPage, the abstract InvolvePage every public
page type builds on, OrganisationSettings, EditorGroupDescription), `blocks` (the shared
StreamField blocks), `views` (search, cookies), `search`, `feeds`, `translation` (language
trees), `templatetags/navigation_tags`, `wagtail_hooks` (the dashboard's "Your role").

Shared mechanisms, one home each (see /work/brief/CORE_API.md):
`public_forms` (honeypot, submission key, reCAPTCHA), `public_post` (the POST flow and its
429), `ratelimit`, `emails` (render in the recipient's language, send once, retry),
`private_links` (signed tokens), `hashing` (keyed hashes), `exports` (spreadsheet-safe
values), `languages` (the default-language lookup), `permissions` (for data migrations),
`cookies` (consent), `screening` (crisis and complaint words in every language, for text
the public sends).

Translators' work: `translating/` (who may translate what, the second person's review,
machine drafts, the out-of-date report; see its docstring).

Import rule: home is the core. It imports Django, Wagtail and its own modules, never another
app of ours (glossary, opportunities and forums import home, not the other way). Within
home, the shared mechanisms import at most `cookies`, `hashing` and `ratelimit`; `models`
imports `blocks`; views and hooks import everything below them.
"""
