"""The glossary: plain-English meanings of the words we use, and the toolkits.

`terms` (GlossaryTerm, PlainerWord: translatable snippets), `blocks` (toolkit blocks),
`forms` (GET forms), `pages` (GlossaryPage, ToolkitIndexPage, ToolkitPage,
SelfAssessmentPage), `models` (gathers terms and pages for Django), `marking` (linking
glossary words in page text) with `signals` and `templatetags/glossary_tags`,
`plain_english` and `checks` (the editors' plain-English checks), `report` (the site-wide
report), `wagtail_hooks` (snippets and the content checker), `demo` (demo content).

Import rule: home <- glossary. The glossary imports home (the core) and never
opportunities or forums. Inside it: terms, blocks, forms <- pages <- models; marking,
checks, report, signals and wagtail_hooks import terms and pages.
"""
