"""`{% glossary_marking %}`: marks glossary words in whatever it wraps (base.html wraps each
page's main content in it), so every page type gets marking without its own template."""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page

from glossary.marking import mark_terms

register = template.Library()


class GlossaryMarkingNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        markup = self.nodelist.render(context)
        page = context.get("page")
        language = context.get("content_language")
        if not (isinstance(page, Page) and language and marks_terms(page)):
            return markup
        return mark_safe(mark_terms(markup, language, translation.get_language()))


def marks_terms(page):
    """Whether the page's text is marked: on unless its editor turned it off, or its type
    (the glossary page itself, a form) never marks."""
    return getattr(page, "glossary_marking", False) and getattr(page, "marks_glossary_terms", True)


@register.tag
def glossary_marking(parser, token):
    nodelist = parser.parse(("endglossary_marking",))
    parser.delete_first_token()
    return GlossaryMarkingNode(nodelist)
