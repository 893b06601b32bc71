"""Tags for finding your way around the site and between its languages.

Each tag costs a fixed number of queries, whatever the number of pages or languages.
"""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from home.language_links import (
    PAGE_CANONICAL_PARAMETERS,
    canonical_query,
    canonical_url,
    is_private,
    is_translatable_view,
    language_url,
    language_urls,
    live_translations,
)
from home.translation import content_languages, partly_in_english

register = template.Library()


def _home_page(request):
    """The site's home page in the reader's language, or the default one if not translated."""
    if not hasattr(request, "_involve_home_page"):
        site = Site.find_for_request(request)
        request._involve_home_page = site.root_page.localized if site else None
    return request._involve_home_page


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context["request"]
    home = _home_page(request)
    return home.get_url(request) if home else "/"


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The home page's live children that editors marked "show in menus"."""
    request = context["request"]
    home = _home_page(request)
    if home is None:
        return {"menu_items": []}
    current = context.get("page")
    current_path = current.path if current else ""
    children = list(home.get_children().live().public().in_menu())
    languages = _other_languages(children)
    menu_items = [
        {
            "title": child.title,
            "url": child.get_url(request),
            "current": child.path == current_path,
            "active": current_path.startswith(child.path),
            "language": languages.get(child.pk),
        }
        for child in children
    ]
    return {"menu_items": menu_items}


def _other_languages(pages):
    """{pk: language} for the pages whose words are not in the reader's language, so their
    titles can carry a `lang` attribute and be read out in the right voice."""
    reader = translation.get_language()
    return {pk: code for pk, code in content_languages(pages).items() if code != reader}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors from the home page down; nothing on the home page itself."""
    ancestors = list(page.get_ancestors().filter(depth__gt=1).live()) if page.depth > 2 else []
    languages = _other_languages(ancestors) if ancestors else {}
    for ancestor in ancestors:
        ancestor.other_language = languages.get(ancestor.pk)
    return {"ancestors": ancestors, "request": context["request"]}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Every language of the site, each linking to the reader's place in that language: this
    page's copy there (a translation, or the alias standing in for a missing one), on the
    same page route, with the same query string (see `home.language_links`). A private page
    keeps its token: the reader needs it to stay on their own page."""
    request = context["request"]
    current_language = translation.get_language()
    urls = dict(language_urls(request, context.get("page")))
    languages = [
        {"code": code, "name": name, "current": code == current_language, "url": urls[code]}
        for code, name in settings.LANGUAGES
    ]
    return {"languages": languages}


@register.simple_tag(takes_context=True)
def page_alternates(context, page=None):
    """The head's links for search engines: <link rel="canonical">, one hreflang alternate
    per real translation and `x-default` (the default language's copy).

    Aliases (English words under another language's address) are not translations: they
    are left out of the alternates and name the English page as canonical, so search engines
    index each text once, in its own language. Views that are not pages (search, cookies)
    are interface text only, so every language is a real translation of them. Addresses
    keep the page route and what of the query makes the page its own (see
    `home.language_links.canonical_query`; a view may widen it with `canonical_parameters`
    in its context). A private page gets `noindex` and nothing that repeats its token."""
    request = context["request"]
    page = page if isinstance(page, Page) else None
    if is_private(request, page):
        return mark_safe('<meta name="robots" content="noindex">')
    query = canonical_query(
        request, context.get("canonical_parameters", PAGE_CANONICAL_PARAMETERS)
    )
    codes = [code for code, _name in settings.LANGUAGES]
    if page is not None:
        translations = live_translations(page, request)
        codes = [code for code in codes if code in translations]
        codes = [code for code in codes if translations[code].alias_of_id is None]
    elif not is_translatable_view(request):
        return ""
    alternates = [
        (code, language_url(request, page, code, query=query, full=True)) for code in codes
    ]
    default = settings.LANGUAGE_CODE
    if default in codes:
        alternates.append(
            ("x-default", language_url(request, page, default, query=query, full=True))
        )
    return format_html(
        '<link rel="canonical" href="{}">{}',
        canonical_url(request, page, query),
        format_html_join("", '\n    <link rel="alternate" hreflang="{}" href="{}">', alternates),
    )


@register.simple_tag
def content_language(page):
    """The language the page's words are written in (see `content_languages`)."""
    if not isinstance(page, Page):
        return ""
    return content_languages([page])[page.pk] or ""


@register.simple_tag
def partly_english(page):
    """Whether a translated page still shows some of the original's English words."""
    return partly_in_english(page)
