"""Tags for finding your way around the site and between its languages.

Each tag costs a fixed number of queries, whatever the number of pages or languages.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html, format_html_join
from wagtail.models import Page, Site

from home.languages import direction
from home.translation import content_languages

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


def _live_translations(page, request):
    """{language code: page} for each live translation of the page, itself included: one
    query per request, shared by the head's alternates and the language switcher."""
    if page is None or not isinstance(page, Page):
        return {}
    cache = request.__dict__.setdefault("_involve_live_translations", {})
    if page.pk not in cache:
        cache[page.pk] = {
            translated.locale.language_code: translated
            for translated in page.get_translations(inclusive=True).live().select_related("locale")
        }
    return cache[page.pk]


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Every language of the site, each linking to this page in that language.

    A page's translations (and the aliases standing in for missing ones) give the links. Views
    that are not pages, such as search, link to the same address under the other prefix.
    """
    request = context["request"]
    current_language = translation.get_language()
    translations = _live_translations(context.get("page"), request)
    path = request.get_full_path()
    languages = [
        {
            "code": code,
            "name": name,
            "current": code == current_language,
            "url": translations[code].get_url(request)
            if code in translations
            else translate_url(path, code),
        }
        for code, name in settings.LANGUAGES
    ]
    return {"languages": languages}


@register.simple_tag(takes_context=True)
def page_alternates(context, page):
    """<link rel="canonical"> and one hreflang alternate per live translation.

    Aliases (English words under another language's address) are not translations: they
    are left out of the alternates and name the English page as canonical, so search engines
    index each text once, in its own language."""
    request = context["request"]
    alternates = format_html_join(
        "\n    ",
        '<link rel="alternate" hreflang="{}" href="{}">',
        (
            (code, translated.get_full_url(request))
            for code, translated in _live_translations(page, request).items()
            if translated.alias_of_id is None
        ),
    )
    canonical = (page.alias_of if page.alias_of_id else page).get_full_url(request)
    return format_html('<link rel="canonical" href="{}">\n    {}', canonical, alternates)


@register.simple_tag
def content_language(page):
    """The language the page's words are written in (see `content_languages`)."""
    if not isinstance(page, Page):
        return ""
    return content_languages([page])[page.pk] or ""


@register.filter
def language_direction(language_code):
    """The direction a language is written in: "rtl" (Urdu, Arabic) or "ltr"."""
    return direction(language_code)
