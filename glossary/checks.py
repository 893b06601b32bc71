"""Plain-English checks in Wagtail's own content checker: the Checks panel beside the page
editor (which also shows Wagtail's word count, reading time and LIX readability score) and
the userbar on the live site. Each check is an axe rule; its test runs in the browser
(static/js/plain-english-checks.js, registered with `window.wagtail.userbar.registerCheck`).
They give advice and never stop a page being published. glossary/plain_english.py runs the
same checks in Python for the `plain_english_report` command.

Imports plain_english and terms of this app.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

from .plain_english import MAX_PARAGRAPH_SENTENCES, MAX_SENTENCE_WORDS, WELL_KNOWN
from .terms import GlossaryTerm, PlainerWord

TEXT = "main p, main li"
RULES = [
    ("involve-long-sentence", TEXT, "involve-sentence-length"),
    ("involve-long-paragraph", "main p", "involve-paragraph-length"),
    ("involve-plainer-word", TEXT, "involve-plainer-words"),
    ("involve-abbreviation", TEXT, "involve-abbreviations"),
    ("involve-link-text", "main a[href]", "involve-link-text"),
]


def language_words(page):
    """The plainer-word list and the glossary's abbreviations for the page's language."""
    language = None
    if page is not None and getattr(page, "locale_id", None):
        source = page.alias_of if getattr(page, "alias_of_id", None) else page
        language = source.locale.language_code
    plainer = PlainerWord.objects.all()
    terms = GlossaryTerm.objects.exclude(abbreviations="")
    if language:
        plainer = plainer.filter(locale__language_code=language)
        terms = terms.filter(locale__language_code=language)
    words = {item.word.lower(): item.alternative for item in plainer}
    abbreviations = sorted(
        {abbreviation for term in terms for abbreviation in term.abbreviation_list} | WELL_KNOWN
    )
    return words, abbreviations


class PlainEnglishCheckerItem(ContentCheckerItem):
    """Wagtail's content checker with five plain-English rules added to its own."""

    def __init__(self, in_editor=False, page=None):
        super().__init__(in_editor=in_editor)
        self.page = page

    class Media:
        js = ["js/plain-english-checks.js"]

    def get_axe_run_only(self, request):
        return [*super().get_axe_run_only(request), *(rule for rule, _s, _c in RULES)]

    def get_axe_custom_rules(self, request):
        return [
            *super().get_axe_custom_rules(request),
            *(
                {
                    "id": rule,
                    "impact": "minor",
                    "selector": selector,
                    "tags": ["best-practice"],
                    "any": [check],
                    "enabled": True,
                }
                for rule, selector, check in RULES
            ),
        ]

    def get_axe_custom_checks(self, request):
        words, abbreviations = language_words(self.page)
        return [
            *super().get_axe_custom_checks(request),
            {"id": "involve-sentence-length", "options": {"max": MAX_SENTENCE_WORDS}},
            {"id": "involve-paragraph-length", "options": {"max": MAX_PARAGRAPH_SENTENCES}},
            {"id": "involve-plainer-words", "options": {"words": words}},
            {"id": "involve-abbreviations", "options": {"known": abbreviations}},
            {"id": "involve-link-text", "options": {}},
        ]

    def get_axe_messages(self, request):
        return {
            **super().get_axe_messages(request),
            "involve-long-sentence": {
                "error_name": _("Sentence longer than %(words)s words")
                % {"words": MAX_SENTENCE_WORDS},
                "help_text": _("Split it in two. Short sentences are easier to read."),
            },
            "involve-long-paragraph": {
                "error_name": _("Paragraph longer than %(sentences)s sentences")
                % {"sentences": MAX_PARAGRAPH_SENTENCES},
                "help_text": _("Start a new paragraph, or use a list."),
            },
            "involve-plainer-word": {
                "error_name": _("A plainer word would do"),
                "help_text": _(
                    "For example, say “use” for “utilise”. The list is under Snippets, "
                    "Glossary, Plainer words."
                ),
            },
            "involve-abbreviation": {
                "error_name": _("Abbreviation not explained"),
                "help_text": _(
                    "Write it out in full the first time, with the short form in brackets, "
                    "or add it to a glossary term."
                ),
            },
            "involve-link-text": {
                "error_name": _("Link text does not say where it goes"),
                "help_text": _("Instead of “click here”, use the name of the page."),
            },
        }
