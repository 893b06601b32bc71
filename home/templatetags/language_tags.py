"""Marking text in a language other than the reader's (WCAG 3.1.2, language of parts), and
keeping inserted values from scrambling the punctuation around them in right-to-left text.

The page's own interface (labels, buttons, dates, errors) is in the reader's language, set
on <html>. Only the words editors wrote that are shown in another language (an alias page's
English text, an English snippet) carry `lang` and `dir`:

    <h1{% lang_attrs %}>{{ page.title }}</h1>                 the page's own words
    <p{% lang_attrs opportunity %}>{{ opportunity.summary }}</p>   another page's, a snippet's
    <p{% lang_attrs "en-gb" %}>...</p>                          a language code

Each gives nothing when the words are in the reader's language. Listings call
`{% content_languages_of pages %}` first, so their cards cost one query together.

`|bdi` wraps an inserted value (name, date, number, language name) in <bdi>, keeping the
msgid of the sentence it goes into unchanged; `|isolate` does the same with Unicode isolates
for plain text (emails, <title>), and `|isolate_in_text` for a text message, only where
directions mix.

Imports nothing of ours but home: home is the core.
"""

import re
import unicodedata

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from wagtail.blocks import StreamValue
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from home import languages
from home.translation import content_languages, passage_text, untranslated_parts

register = template.Library()

_LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def _cache(context, name):
    """A dict kept on the request (so a page asks once), or a fresh one without a request."""
    request = context.get("request")
    if request is None:
        return {}
    return request.__dict__.setdefault(f"_involve_{name}", {})


def _locale_language(context, locale_id):
    """The language of a locale. The page being shown is in the reader's locale (an alias
    too: it is served under its own language's address), so its locale costs no query."""
    shown = context.get("page")
    if isinstance(shown, Page) and locale_id == shown.locale_id:
        return translation.get_language()
    return languages.locale_language_code(locale_id)


def language_of(context, obj=None):
    """The language the words of `obj` are written in: a page (its own locale, or for an
    alias the locale of the page it copies), a page's inline child (its page's), a
    translatable snippet (its locale), a string that says its language (`InLanguage`), a
    form's choice, a language code, a site setting (the default language), or by default
    the page being shown. "" when unknown."""
    if obj is None:
        if context.get("interface_only"):
            return ""
        obj = context.get("page")
    if isinstance(obj, languages.InLanguage):
        return obj.language
    if isinstance(obj, str):
        # A language code; any other string (a plain label) says nothing.
        return obj if obj in _LANGUAGE_CODES else ""
    if hasattr(obj, "choice_label"):
        # A form's choice: its label's language, or its snippet's (a model choice).
        value = obj.data.get("value")
        return language_of(context, obj.choice_label) or language_of(
            context, getattr(value, "instance", None) or ""
        )
    if isinstance(obj, Page):
        pages = _cache(context, "content_languages")
        if obj.pk not in pages:
            if obj.alias_of_id is None:
                pages[obj.pk] = _locale_language(context, obj.locale_id)
            else:
                pages.update(content_languages([obj]))
        return pages[obj.pk] or ""
    parent_id = getattr(obj, "page_id", None)
    if parent_id is not None:
        # A page's inline child (an action, a point) is in its page's words: an alias's
        # children are copies in the alias's locale, but English like the alias.
        shown = context.get("page")
        parent = shown if getattr(shown, "pk", None) == parent_id else obj.page
        return language_of(context, parent)
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is not None:
        return _locale_language(context, locale_id)
    if isinstance(obj, BaseSiteSetting):
        # Site settings hold names and addresses, written once in the default language.
        return settings.LANGUAGE_CODE
    return ""


@register.simple_tag(takes_context=True)
def content_languages_of(context, pages):
    """Looks up the languages of a list of pages in one query, for the `lang_attrs` of each
    card of a listing. Renders nothing."""
    pages = [page for page in pages if isinstance(page, Page)]
    cache = _cache(context, "content_languages")
    wanted = [page for page in pages if page.pk not in cache and page.alias_of_id]
    if wanted:
        cache.update(content_languages(wanted))
    return ""


def _still_untranslated(context, obj, field):
    """Whether a page field (`field`, of the page shown) or a StreamField block (`obj`) of a
    translated page is still in the words of the original, none of it translated yet."""
    page = context.get("page")
    if field is not None:
        key = field
    elif isinstance(obj, StreamValue.StreamChild):
        key = obj.id
    else:
        return False
    return key in untranslated_parts(page).wholly


@register.simple_tag(takes_context=True)
def lang_attrs(context, obj=None, field=None):
    """` lang="…" dir="…"` for an element holding words in another language than the
    reader's, else nothing. `{% lang_attrs field="summary" %}` (a field of the page shown)
    and `{% lang_attrs block %}` (one of its StreamField blocks) also mark a part of a
    translated page that is still in the original's words."""
    if _still_untranslated(context, obj, field):
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    else:
        language = language_of(context, None if field is not None else obj)
    reader = translation.get_language() or settings.LANGUAGE_CODE
    if not language or language == reader:
        return ""
    return format_html(' lang="{}" dir="{}"', language, languages.direction(language))


@register.simple_tag(takes_context=True)
def copied_words_attrs(context):
    """`lang_attrs` for what wagtail-localize copies into a translation as it is, untranslated
    (a table's cells): on a translated page those words are still the original's, written in
    the default language; elsewhere they are the page's own."""
    page = context.get("page")
    if isinstance(page, Page) and page.alias_of_id is None:
        return lang_attrs(context, settings.LANGUAGE_CODE)
    return lang_attrs(context)


# A paragraph-level element of rich text: wagtail-localize makes one segment of each.
_PASSAGE = re.compile(r"<(p|h[1-6]|li|blockquote)(\s[^>]*)?>(.*?)</\1>", re.S)


def _mark_passages(html, texts, language):
    def mark(match):
        tag, attrs, inner = match.group(1), match.group(2) or "", match.group(3)
        if "lang=" in attrs or passage_text(inner) not in texts:
            return match.group(0)
        return format_html(
            '<{} lang="{}" dir="{}"{}>{}</{}>',
            tag,
            language,
            languages.direction(language),
            mark_safe(attrs),
            mark_safe(inner),
            tag,
        )

    return mark_safe(_PASSAGE.sub(mark, str(html)))


@register.simple_tag(takes_context=True)
def with_english_marked(context, html, part):
    """`html` (a rendered rich text or StreamField block of the page shown) with each
    paragraph still in the original's words marked with its language, when the part
    (`part`: a field name, or the block) is only partly translated: wagtail-localize
    translates rich text paragraph by paragraph. Unchanged otherwise (a part wholly in
    English is marked as one by `lang_attrs`)."""
    if isinstance(html, StreamValue.StreamChild):
        # `{% with_english_marked block block %}`: the block, rendered as include_block does.
        html = html.render_as_block(context=context.flatten())
    key = part.id if isinstance(part, StreamValue.StreamChild) else part
    parts = untranslated_parts(context.get("page"))
    texts = parts.passages.get(key)
    if not texts or key in parts.wholly:
        return html
    return _mark_passages(
        html, texts, get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )


@register.filter
def bdi(value, of=None):
    """`value` in a <bdi>: an inserted value keeps its own direction, and the sentence's
    punctuation stays where the sentence puts it. `{{ project.title|bdi:project }}` also
    gives it `lang` and `dir` when `project`'s words are in another language than the
    reader's (a title put into a sentence of interface text)."""
    if value is None or value == "":
        return value
    return languages.bdi(value, language_of({}, of) if of is not None else "")


@register.filter(is_safe=True, needs_autoescape=True)
def isolate(value, autoescape=True):
    """`value` between Unicode isolates (FSI … PDI), for plain text where <bdi> cannot go."""
    if value is None or value == "":
        return value
    return mark_safe(languages.isolate(conditional_escape(value) if autoescape else value))


@register.filter
def language_direction(language_code):
    """The direction a language is written in: "rtl" (Urdu, Arabic) or "ltr"."""
    return languages.direction(language_code)


@register.filter(is_safe=True)
def isolate_in_text(value):
    """`isolate` for a text message (home/texts.py), only where directions mix: a
    right-to-left reader, or a right-to-left value. An isolate is not in the phone
    network's basic alphabet, so an English text with one is sent as Unicode, in parts of
    70 characters instead of 160."""
    if value is None or value == "":
        return value
    text = str(value)
    mixed = languages.direction(translation.get_language()) == "rtl" or any(
        unicodedata.bidirectional(char) in ("R", "AL") for char in text
    )
    return languages.isolate(text) if mixed else text
