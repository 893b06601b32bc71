"""The glossary: plain-English meanings of the words we use, and the toolkits.

`terms` (GlossaryTerm, PlainerWord: translatable snippets), `blocks` (toolkit blocks),
`forms` (GET forms), `pages` (GlossaryPage, ToolkitIndexPage, ToolkitPage,
SelfAssessmentPage), `models` (gathers terms and pages for Django), `marking` (linking
glossary words in page text) with `signals` and `templatetags/glossary_tags`,
`plain_english` (measuring text: LIX, long sentences, plainer words, reading HTML),
`passages` (a page's words as passages, checked and given a reading age),
`page_text` (the words an editor wrote on a page, field by field and block by block),
`checks` (the plain-English checks in the editor's Checks panel, through
`templatetags/plain_english_tags`), `report` (the site-wide report), `views` (the list of
plainer words every editor may open), `wagtail_hooks` (snippets and that list's address),
`demo` (demo content).

Import rule: home <- glossary. The glossary imports home (the core) and never
opportunities or forums. Inside it: terms, blocks, forms <- pages <- models; plain_english
<- passages <- page_text <- checks, report; marking, checks, report, views, signals and
wagtail_hooks import terms and pages.
"""
